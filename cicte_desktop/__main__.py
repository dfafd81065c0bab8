"""Command line of CICTE Desktop: arguments, paths and logging, then the GUI or a subcommand.

Subcommands never import Qt widgets; the GUI is imported only when it is started.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from cicte_desktop import __version__

log = logging.getLogger("cicte_desktop")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("{value!r} is not a whole number").format(value=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_tr("must be at least 1, not {value}").format(value=value))
    return value


def _database_path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError(_tr("the database path is empty"))
    return Path(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cicte-desktop",
        description=_tr("Plan, log and report the capacity-building work of the CICTE Secretariat. "
                        "Without a command, opens the main window."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", type=_database_path, metavar="PATH",
                        help=_tr("database file to open (created and seeded with the 2016 Work Plan if missing); "
                                 "default: cicte.sqlite in the per-user data folder"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    plan = sub.add_parser("plan", help=_tr("print the work plan"))
    plan.add_argument("--json", action="store_true", help=_tr("print JSON for scripts instead of an outline"))
    plan.add_argument("--year", type=int, help=_tr("work plan year (default: the latest)"))
    sub.add_parser("check", help=_tr("run the full integrity checks and print a report (exit 1 on problems)"))
    backup = sub.add_parser("backup", help=_tr("write a consistent copy of the database"))
    backup.add_argument("--out", type=Path, required=True, metavar="FILE", help=_tr("where to write the copy"))
    restore = sub.add_parser("restore", help=_tr("replace the database with a backup (the current one is kept as a "
                                                  "backup first)"))
    restore.add_argument("file", type=Path, metavar="FILE", help=_tr("the backup to restore"))
    demo = sub.add_parser("demo-data", help=_tr("add synthetic logged events for demonstrations and benchmarks"))
    demo.add_argument("--events", type=_positive_int, required=True, metavar="N", help=_tr("how many events to add"))
    demo.add_argument("--seed", type=int, default=0, metavar="S", help=_tr("random seed (same seed, same events)"))
    return parser


def _open(path: Path | None):
    from cicte_desktop.db.database import open_database
    from cicte_desktop.paths import default_database_path

    return open_database(path or default_database_path())


def _print_outline(plan) -> None:
    from cicte_desktop.services.workplan import target_label

    print(f"{plan.title} ({plan.symbol})")
    for wa in plan.work_areas:
        print(f"{wa.number}. {wa.title}")
        for p in wa.programs:
            print(f"  {p.letter}. {p.title}")
            for pj in p.projects:
                print(f"    {pj.number + '. ' if pj.number else '- '}{pj.title}")
                for a in pj.activities:
                    target = _tr("Upon request") if a.upon_request else (target_label(a) or _tr("no target"))
                    print(f"      * {a.text}  [{target}]")


def _print_backup(info) -> None:  # type: ignore[no-untyped-def]
    print(_tr("{path}: saved {when} on {device}; {events} events, {people} participants (schema {revision})").format(
        path=info.path, when=info.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), device=info.device,
        events=info.events, people=info.participants, revision=info.revision))


def run_file_command(args: argparse.Namespace) -> int | None:
    """Commands that work on the file itself, without opening it as the app does."""
    from cicte_desktop.paths import backup_dir, default_database_path
    from cicte_desktop.services import backup

    path = (args.db or default_database_path()).expanduser().absolute()
    if args.command == "check":
        report = backup.full_check(path)
        print(path)
        for line in report.lines:
            print(f"  {line}")
        return 0 if report.ok else 1
    if args.command == "restore":
        info = backup.inspect_backup(args.file.expanduser().absolute())
        _print_backup(info)
        kept = backup.restore(path, info.path, backup_dir())
        print(_tr("Restored into {path}; the database as it was is kept in {kept}.").format(path=path, kept=kept))
        _open(path).close()  # brings an older backup up to the current schema
        return 0
    return None


def run_command(args: argparse.Namespace) -> int:
    from cicte_desktop.services import workplan

    if args.command in ("check", "restore"):
        result = run_file_command(args)
        assert result is not None
        return result
    db = _open(args.db)
    try:
        if args.command == "plan":
            try:
                plan = workplan.get_work_plan(db, args.year)
            except workplan.PlanNotFoundError:
                print(_tr("cicte-desktop: error: there is no work plan for {year}").format(year=args.year), file=sys.stderr)
                return 1
            if args.json:
                json.dump(workplan.plan_as_dict(plan), sys.stdout, ensure_ascii=False, indent=2)
                sys.stdout.write("\n")
            else:
                _print_outline(plan)
        elif args.command == "backup":
            from cicte_desktop.services import backup

            out = args.out.expanduser().absolute()
            db.integrity.wait()
            backup.copy_database(db.path, out)
            _print_backup(backup.inspect_backup(out))
        elif args.command == "demo-data":
            from cicte_desktop.services.demo import add_demo_events

            started = time.perf_counter()
            added = add_demo_events(db, args.events, args.seed)
            print(_tr("Added {count} demo events to {path} in {seconds:.1f} s.").format(
                count=added, path=db.path, seconds=time.perf_counter() - started))
    finally:
        db.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from cicte_desktop.db.errors import DatabaseOpenError
    from cicte_desktop.logging_setup import configure_logging
    from cicte_desktop.paths import log_dir

    try:
        configure_logging(log_dir())
    except OSError:
        pass  # a read-only data folder must not stop the app; errors still reach stderr
    if args.command is None:
        from cicte_desktop.app import run_gui

        return run_gui(args.db)
    try:
        return run_command(args)
    except DatabaseOpenError as exc:
        print(f"cicte-desktop: error: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:  # a backup that could not be written (BackupError says why)
        print(f"cicte-desktop: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
