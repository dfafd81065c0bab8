"""``backup``, ``restore`` and ``check``: the database file itself."""

from __future__ import annotations

import argparse
import sys

from cicte_desktop.cli.common import open_db


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n event(s)"), in its singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text, None, n)


def print_backup(info) -> None:  # type: ignore[no-untyped-def]
    print(_tr("{path}: saved {when} on {device}; {events}, {people} (schema {revision})").format(
        path=info.path, when=info.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), device=info.device,
        events=_trn("%n event(s)", info.events), people=_trn("%n participant(s)", info.participants),
        revision=info.revision))


def run_file_command(args: argparse.Namespace) -> int | None:
    """Commands that work on the file itself, without opening it as the app does."""
    from cicte_desktop.db.server import ServerUrl
    from cicte_desktop.paths import backup_dir, default_database_path
    from cicte_desktop.services import backup

    if isinstance(args.db, ServerUrl):
        return _on_server(args, args.db)
    path = (args.db or default_database_path()).expanduser().absolute()
    if args.command == "check":
        from cicte_desktop.db import errors
        from cicte_desktop.db.database import check_path

        check_path(path)  # a folder, or a missing folder: said in words
        if not path.exists():
            raise errors.DatabasePathError(path, _tr("{path} does not exist; there is nothing to check.").format(
                path=path))
        report = backup.full_check(path)
        print(path)
        for line in report.lines:
            print(f"  {line}")
        return 0 if report.ok else 1
    if args.command == "restore":
        info = backup.inspect_backup(args.file.expanduser().absolute())
        print_backup(info)
        try:
            kept = backup.restore(path, info.path, backup_dir(), force=args.force)
        except backup.NotCicteTargetError as exc:
            print(_tr("cicte-desktop: error: {message}").format(message=exc),
                  _tr("To replace it anyway (it is kept in the backups folder first), add --force."), file=sys.stderr)
            return 1
        print(_tr("Restored into {path}; the database as it was is kept in {kept}.").format(path=path, kept=kept))
        open_db(path).close()  # brings an older backup up to the current schema
        return 0
    return None


def _on_server(args: argparse.Namespace, url) -> int:  # type: ignore[no-untyped-def]
    """``check`` and ``restore`` of a database on a PostgreSQL server (see services.server_backup)."""
    from cicte_desktop.paths import backup_dir
    from cicte_desktop.services import backup, server_backup, server_check

    if args.command == "check":
        report = server_check.check_server(url)
        print(url.display_name)
        for line in report.lines:
            print(f"  {line}")
        return 0 if report.ok else 1
    info = backup.inspect_backup(args.file.expanduser().absolute())
    print_backup(info)
    kept = server_backup.restore_server(url, info.path, backup_dir(), force=args.force)
    print(_tr("Restored into {path}; the database as it was is kept in {kept}.").format(path=url.display_name,
                                                                                        kept=kept))
    return 0


def backup(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """``backup``: a consistent copy of the open database (of a server's, a file like a laptop's)."""
    from cicte_desktop.services import backup as backups

    out = args.out.expanduser().absolute()
    if db.dialect != "sqlite":
        from cicte_desktop.services import server_backup

        info, broken = server_backup.backup_server(db.url, out)
        print_backup(info)
        if broken:
            print(_trn("Note: %n row(s) of the database point to records that are missing; check tells which.", broken))
        return 0
    db.integrity.wait()
    backups.copy_database(db.path, out)
    print_backup(backups.inspect_backup(out))
    return 0
