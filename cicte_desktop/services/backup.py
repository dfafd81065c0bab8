"""Backups on a field laptop: automatic (daily, before migrations, on exit after changes) with
rotation, to and from a USB stick, restore with a look first, and the full check.

Copies are consistent copies of the live database (SQLite's backup API) written to a
temporary name, synced, then renamed: a full disk or a pulled stick leaves no half file.
No Qt widgets.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db import copy as db_copy
from cicte_desktop.db import errors
from cicte_desktop.db.connection import BUSY_TIMEOUT_MS, read_only_uri


log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backup", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things, in its singular or plural form."""
    return QCoreApplication.translate("Backup", text, None, n)


AUTO_PREFIX = "auto-"
KEEP_RECENT = 10
KEEP_MONTHS = 12
_STAMP = "%Y%m%dT%H%M%SZ"
_AUTO_NAME = re.compile(r"^auto-(\d{8}T\d{6}Z)-([a-z]+)-(.+)\.sqlite$")


def database_key(db_path: Path) -> str:
    """Tells the backups of different databases apart in the one backups folder."""
    digest = hashlib.sha1(str(db_path.expanduser().absolute()).encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r"[^A-Za-z0-9_]+", "_", db_path.stem)[:40] or "db"
    return f"{stem}-{digest}"


class BackupError(OSError):
    """A backup or restore could not be made; the message says why, for the user."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


CopyCancelled = db_copy.CopyCancelled


def copy_database(source: Path, target: Path, progress: Callable[[int, int], bool] | None = None) -> None:
    """A consistent copy of a (possibly live) database (see ``db.copy``), with a message for the
    user when it fails: a full disk or a vanished USB stick leaves no half-written file."""
    try:
        db_copy.copy_database(source, target, progress)
    except db_copy.SameFileError:
        raise BackupError(_tr("{target} is the database being copied: a backup cannot be written over the "
                              "database itself. Choose another file.").format(target=target)) from None
    except db_copy.CopyBusy:
        raise BackupError(_busy_message(source)) from None
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(_tr("The copy to {target} could not be written ({detail}). Nothing was changed; check "
                              "that the disk or USB stick has room and is still connected.").format(
                                  target=target, detail=exc)) from exc


def _busy_message(path: Path) -> str:
    return _tr("Another program is using {path} and did not let go of it within {seconds} seconds, so nothing "
               "was copied or changed. Close the other program and try again.").format(
                   path=path, seconds=BUSY_TIMEOUT_MS // 1000)


class NotCicteTargetError(BackupError):
    """A restore would replace a file that is not a CICTE Desktop database."""


# --- What a backup holds ----------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    device: str
    revision: str
    events: int
    participants: int
    size_bytes: int


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup file holds, checked: refuses anything but a sound CICTE database."""
    from cicte_desktop.db.integrity import check_header, identify, quick_check

    if not path.is_file():
        raise errors.DatabasePathError(path, _tr("{path} is not a file.").format(path=path))
    check_header(path)
    revision, settings = identify(path)
    if revision is None:
        raise errors.NotADatabaseError(path, _tr("{path} is an empty database, not a backup.").format(path=path))
    quick_check(path)
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        events = conn.execute("SELECT count(*) FROM event WHERE NOT deleted").fetchone()[0] if "event" in tables else 0
        people = (conn.execute("SELECT count(*) FROM participant WHERE NOT deleted").fetchone()[0]
                  if "participant" in tables else 0)
        device_id = settings.get("device_id", "")
        row = conn.execute("SELECT name FROM device WHERE uuid = ?", (device_id,)).fetchone()
    finally:
        conn.close()
    match = _AUTO_NAME.match(path.name)
    made_at = (dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.timezone.utc) if match
               else dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc))
    return BackupInfo(path, made_at, row[0] if row else device_id, revision, events, people, path.stat().st_size)


# --- Automatic backups and their rotation -------------------------------------------------


def reference_problems(db_path: Path) -> int:
    """``PRAGMA foreign_key_check`` before a backup: rows pointing to missing rows (logged; the
    copy is made all the same, as a backup of imperfect data beats none)."""
    conn = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    if problems:
        log.warning("%s: %d rows point to missing rows, e.g. %s", db_path, len(problems), problems[:3])
    return len(problems)


def automatic_backup(db_path: Path, folder: Path, reason: str,
                     progress: Callable[[int, int], bool] | None = None) -> Path:
    """An automatic backup in ``folder`` (reason: "daily", "exit"...), then rotation.
    ``progress`` returning False stops the copy (CopyCancelled): nothing is left behind."""
    key = database_key(db_path)
    target = folder / f"{AUTO_PREFIX}{_now().strftime(_STAMP)}-{reason}-{key}.sqlite"
    reference_problems(db_path)
    copy_database(db_path, target, progress)
    rotate(folder, key=key)
    return target


def automatic_backups(folder: Path, key: str | None = None) -> list[tuple[dt.datetime, Path]]:
    """Automatic backups in ``folder`` (of the database ``key`` only, when given), newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _AUTO_NAME.match(path.name)
            if match and (key is None or match.group(3) == key):
                found.append((dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.timezone.utc), path))
    return sorted(found, reverse=True)


def rotate(folder: Path, now: dt.datetime | None = None, key: str | None = None) -> list[Path]:
    """Keep the last 10 automatic backups and the newest of each month of the past year; remove
    the others. Backups made by hand or before a migration are never removed. Returns the removed."""
    now = now or _now()
    backups = automatic_backups(folder, key)
    keep = {path for _when, path in backups[:KEEP_RECENT]}
    months: set[tuple[int, int]] = set()
    oldest_month = (now.year - 1, now.month)
    for when, path in backups:  # newest first: the first seen of a month is its newest
        month = (when.year, when.month)
        if month not in months and month > oldest_month:
            months.add(month)
            keep.add(path)
    removed = []
    for _when, path in backups:
        if path not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def daily_backup_due(folder: Path, now: dt.datetime | None = None, key: str | None = None) -> bool:
    now = now or _now()
    latest = automatic_backups(folder, key)
    return not latest or latest[0][0].date() != now.date()


def latest_good_backup(folder: Path, db_path: Path | None = None) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes the checks: an automatic backup of
    ``db_path`` when given (another database's backups are never offered for it), else any."""
    candidates = sorted((p for p in folder.glob("*.sqlite") if p.is_file()), key=lambda p: p.stat().st_mtime,
                        reverse=True) if folder.is_dir() else []
    if db_path is not None:
        key = database_key(db_path)
        candidates = [p for p in candidates if (m := _AUTO_NAME.match(p.name)) and m.group(3) == key]
    for path in candidates:
        try:
            return inspect_backup(path)
        except errors.DatabaseOpenError:
            continue
    return None


# --- Restore ------------------------------------------------------------------------------


def not_cicte_database(path: Path) -> str | None:
    """Why the existing file at ``path`` is not a CICTE Desktop database (the message), or None
    when it is one (sound or damaged), an empty SQLite file, or missing."""
    from cicte_desktop.db.integrity import check_header, identify

    if not path.exists():
        return None
    if not path.is_file():
        return _tr("{path} is not a file.").format(path=path)
    try:
        check_header(path)
        identify(path)
    except (errors.NotADatabaseError, errors.DatabasePathError) as exc:
        return exc.message
    except errors.DatabaseOpenError:
        return None  # a CICTE database, damaged, locked or newer: restoring over it is what a backup is for
    return None


def restore(db_path: Path, backup: Path, backup_folder: Path, force: bool = False,
            progress: Callable[[int, int], bool] | None = None) -> Path:
    """Replace the database at ``db_path`` with ``backup``; returns the copy of the database
    as it was (kept in ``backup_folder`` first). The database must not be open elsewhere in
    this process. The replacement is one SQLite transaction (backup API), so a failure half-way
    leaves the database as it was; another program's lock held past the busy timeout makes it
    give up (BackupError), never wait for ever.

    ``db_path`` must be a CICTE Desktop database (or missing): any other file is refused
    (NotCicteTargetError), unless ``force``; then its bytes are kept in ``backup_folder``
    and the backup takes its place.

    ``progress(done, total)`` follows the copy kept first, then the pages restored; when it
    returns False the restore stops (CopyCancelled) and leaves the database as it was and no
    copy behind: SQLite rolls the unfinished replacement back. Replacing a file that is not a
    CICTE database (``force``) is not interrupted once its bytes are kept."""
    inspect_backup(backup)  # never replace good data with a bad file
    if db_copy.same_database(db_path, backup):
        raise BackupError(_tr("{backup} is the database itself: choose a backup file to restore.").format(backup=backup))
    foreign = not_cicte_database(db_path)
    if foreign is not None and not force:
        raise NotCicteTargetError(_tr("{problem} Restoring would replace it, so nothing was changed.").format(
            problem=foreign))
    kept = backup_folder / f"before-restore-{_now().strftime(_STAMP)}-{db_path.stem}.sqlite"
    if foreign is not None:
        return _replace_foreign(db_path, backup, kept)
    if db_path.exists():
        copy_database(db_path, kept, progress)
    try:
        src = sqlite3.connect(read_only_uri(backup), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                db_copy.backup_pages(src, dst, -1 if progress is None else 1024, progress)
            finally:
                dst.close()
        finally:
            src.close()
    except db_copy.CopyCancelled:  # the replacement was rolled back: the copy kept first is not needed
        kept.unlink(missing_ok=True)
        raise
    except db_copy.CopyBusy:
        raise BackupError(_tr("{problem} The database is as it was.").format(problem=_busy_message(db_path))) from None
    except sqlite3.Error as exc:
        raise BackupError(_tr("{path} could not be restored ({detail}); it is as it was.").format(
            path=db_path, detail=exc)) from exc
    return kept


def _replace_foreign(db_path: Path, backup: Path, kept: Path) -> Path:
    """``restore --force`` over a file that is not a CICTE database: its bytes (and those of its
    logs) are copied to ``kept`` first, then the backup is renamed over it."""
    from cicte_desktop.files import atomic_target

    kept = kept.with_suffix(".original")
    try:
        for suffix in ("", "-wal", "-shm", "-journal"):
            source = db_path.with_name(db_path.name + suffix)
            if source.is_file():
                with atomic_target(kept.with_name(kept.name + suffix)) as partial:
                    shutil.copyfile(source, partial)
    except OSError as exc:
        raise BackupError(_tr("{path} could not be kept before restoring ({detail}); nothing was changed.").format(
            path=db_path, detail=exc)) from exc
    copy_database(backup, db_path)
    for suffix in ("-wal", "-shm", "-journal"):  # the replaced file's logs belong to it, not to the backup
        with contextlib.suppress(OSError):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    return kept


def set_damaged_aside(db_path: Path) -> Path:
    """Move a damaged database (and its -wal/-shm) out of the way, never deleting it."""
    aside = db_path.with_name(f"{db_path.name}.damaged-{_now().strftime(_STAMP)}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    return aside


# --- The full check -----------------------------------------------------------------------


@dataclass
class CheckReport:
    path: Path
    lines: list[str]
    ok: bool


def full_check(db_path: Path, progress: Callable[[int, int], bool] | None = None) -> CheckReport:
    """``PRAGMA integrity_check`` and ``foreign_key_check``, schema and counts, as a report.
    ``progress`` returning False stops it (it only reads): Cancelled."""
    from cicte_desktop.cancel import Cancelled
    from cicte_desktop.db.integrity import Interruptible, check_header, identify

    lines: list[str] = []
    try:
        check_header(db_path)
        revision, _settings = identify(db_path)
    except errors.DatabaseOpenError as exc:
        return CheckReport(db_path, [exc.message], False)
    conn = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    watch = Interruptible(conn, progress)
    ok = True
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity == ["ok"]:
            lines.append(_tr("Integrity: ok"))
        else:
            ok = False
            lines.append(_trn("Integrity: %n problem(s)", len(integrity)))
            lines += [f"  {problem}" for problem in integrity[:20]]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            ok = False
            lines.append(_trn("References: %n row(s) point to missing rows", len(broken)))
            lines += [f"  {table} rowid {rowid} -> {parent}" for table, rowid, parent, _fk in broken[:20]]
        else:
            lines.append(_tr("References: ok"))
        lines.append(_tr("Schema revision: {revision}").format(revision=revision))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, label in (("event", _tr("Events")), ("participant", _tr("Participants"))):
            if table in tables:
                count = conn.execute(f"SELECT count(*) FROM {table} WHERE NOT deleted").fetchone()[0]
                lines.append(f"{label}: {count}")
    except sqlite3.DatabaseError as exc:
        if watch.stopped:
            raise Cancelled from None
        ok = False
        lines.append(_tr("Integrity: the file is damaged ({detail})").format(detail=exc))
    finally:
        conn.close()
    return CheckReport(db_path, lines, ok)
