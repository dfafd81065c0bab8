"""Checks that only read a database file: its header, what it is (identify), and its integrity
(``PRAGMA quick_check``, now or in a task of the window, cancellable).

None of them writes the file, or leaves anything beside it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cicte_desktop.cancel import Cancelled, ProgressCallback
from cicte_desktop.db import errors
from cicte_desktop.db.connection import BUSY_TIMEOUT_MS, read_only_uri
from cicte_desktop.db.schema import APPLICATION_ID, KNOWN_REVISIONS, UNMARKED_REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Database", text)


class IntegrityCheck:
    """``PRAGMA quick_check`` of a file, run once: by a task of the window (:meth:`run`, which
    can be cancelled and run again later), or by the first write (:meth:`wait`).

    It runs beside the window (SQLite releases the GIL while it reads); nothing may be written
    before it has passed: :meth:`Database.write` waits for it, and runs it first if nobody has.
    """

    def __init__(self, path: Path, needed: bool = True) -> None:
        self.path = path
        self._error: errors.DatabaseOpenError | None = None
        self._done = not needed  # a database this opening creates needs none
        self._running = False
        self._changed = threading.Condition()

    def run(self, progress: ProgressCallback | None = None) -> errors.DatabaseOpenError | None:
        """Run the check in this thread, or wait for the thread running it; return the problem
        found (None when the file is sound). ``progress`` returning False stops it at its next
        step (:class:`Cancelled`): the check is then still due, and the next call runs it."""
        with self._changed:
            while self._running:
                self._changed.wait(0.05)
                if progress is not None and progress(0, 0) is False:
                    raise Cancelled
            if self._done:
                return self._error
            self._running = True
        finished, error = False, None
        try:
            try:
                quick_check(self.path, progress)
            except errors.DatabaseOpenError as exc:
                error = exc
            finished = True
        finally:
            with self._changed:
                self._running = False
                if finished:
                    self._error, self._done = error, True
                self._changed.notify_all()
        return error

    @property
    def done(self) -> bool:
        return self._done

    @property
    def error(self) -> errors.DatabaseOpenError | None:
        """The problem found, once :attr:`done`; None when the file is sound."""
        return self._error

    def wait(self) -> None:
        """Run the check if nobody has, or wait for it; raise what it found."""
        error = self.run()
        if error is not None:
            raise error


def check_header(path: Path) -> None:
    """Reject non-databases and truncated files from their first page, without SQLite."""
    size = path.stat().st_size
    not_db = _tr("{path} is not a CICTE Desktop database (it is not an SQLite database file).")
    if size == 0:
        raise errors.NotADatabaseError(
            path, _tr("{path} is an empty file, not a CICTE Desktop database.").format(path=path)
        )
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise errors.NotADatabaseError(path, not_db.format(path=path))
    damaged = _tr(
        "{path} is damaged: the file is shorter than the database it describes (was it "
        "copied only in part?). It has not been changed. Open a backup instead."
    ).format(path=path)
    if len(header) < 100:
        raise errors.DamagedDatabaseError(path, damaged)
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise errors.NotADatabaseError(path, not_db.format(path=path))
    change_counter, = struct.unpack(">I", header[24:28])
    page_count, = struct.unpack(">I", header[28:32])
    valid_for, = struct.unpack(">I", header[92:96])
    if size % page_size:
        raise errors.DamagedDatabaseError(path, damaged)
    # After a power cut during a checkpoint the file may be shorter than its header says while
    # the write-ahead log still holds the pages: SQLite recovers that, so quick_check decides.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if not has_wal and change_counter == valid_for and size < page_count * page_size:
        raise errors.DamagedDatabaseError(path, damaged)


def _remove_empty_logs(created: list[Path]) -> None:
    """A read-only look at a WAL database leaves an empty -wal and its -shm behind: remove the
    ones this check created, so that a refused file's folder is as the user left it."""
    wal = next((p for p in created if p.name.endswith("-wal")), None)
    if wal is not None and wal.exists() and wal.stat().st_size > 0:
        return  # never remove a log holding data
    for sibling in created:
        with contextlib.suppress(OSError):
            sibling.unlink(missing_ok=True)


def _other_program(path: Path) -> errors.NotADatabaseError:
    return errors.ForeignDatabaseError(
        path, _tr("{path} is an SQLite database of another program, not of CICTE Desktop.").format(path=path)
    )


@contextlib.contextmanager
def _look_into(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that does not write the file, and leaves no trace beside it."""
    journal = path.with_name(path.name + "-journal")
    siblings = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    made_here = [p for p in siblings if not p.exists()]
    # A left-over rollback journal is an interrupted write, not damage: SQLite must roll it
    # back (a write) before anything can be read, which a read-only connection cannot do.
    uri = f"{path.as_uri()}?mode=rw" if journal.exists() and journal.stat().st_size > 0 else read_only_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _refusal(path, exc) if isinstance(exc, sqlite3.DatabaseError) else errors.DamagedDatabaseError(
            path, _damaged(path, exc)) from exc
    try:
        yield conn
    finally:
        conn.close()
        _remove_empty_logs(made_here)


def _damaged(path: Path, detail: object) -> str:
    return _tr(
        "{path} is damaged and cannot be opened safely ({detail}). It has not been changed. "
        "Open a backup instead."
    ).format(path=path, detail=detail)


def _locked(path: Path) -> errors.LockedDatabaseError:
    return errors.LockedDatabaseError(
        path, _tr("{path} is locked by another program. Close it there and try again.").format(path=path)
    )


def _refusal(path: Path, exc: sqlite3.DatabaseError) -> errors.DatabaseOpenError:
    """What an SQLite error while looking into a file means for the user: locked, a full disk,
    or damaged."""
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return _locked(path)
    if isinstance(exc, sqlite3.OperationalError) and disk_full(path):
        return _full_disk_at_opening(path)
    return errors.DamagedDatabaseError(path, _damaged(path, exc))


#: Less room than this beside a database: SQLite cannot make even the index of its write-ahead
#: log (-shm, 32 KB), which it needs to read a WAL database.
_ROOM_TO_OPEN = 64 * 1024


def disk_full(path: Path) -> bool:
    """Whether the file system holding ``path`` has (almost) no room left."""
    try:
        info = os.statvfs(path.parent)
    except (OSError, AttributeError):  # no statvfs on Windows: shutil.disk_usage says the same
        try:
            import shutil

            return shutil.disk_usage(path.parent).free < _ROOM_TO_OPEN
        except OSError:
            return False
    return info.f_bavail * info.f_frsize < _ROOM_TO_OPEN


def _full_disk_at_opening(path: Path) -> errors.DatabaseWriteError:
    return errors.DatabaseWriteError(path, _tr(
        "{path} cannot be opened: the disk holding it is full, and SQLite needs a little room beside the file even "
        "to read it. The file has not been changed; free some disk space and try again.").format(path=path))


#: SQLite virtual-machine steps between two looks at ``progress``.
_STEPS_PER_LOOK = 10_000


class Interruptible:
    """Lets ``progress`` interrupt a long statement of ``conn`` (a check, a count): it is told
    ``(steps, 0)`` every 50 ms or so, and when it returns False SQLite stops the statement,
    which raises sqlite3.OperationalError; :attr:`stopped` then tells it was the user."""

    def __init__(self, conn: sqlite3.Connection, progress: ProgressCallback | None) -> None:
        self.stopped = False
        self._progress = progress
        self._steps = 0
        self._looked = time.monotonic()
        if progress is not None:
            conn.set_progress_handler(self._look, _STEPS_PER_LOOK)

    def _look(self) -> int:
        self._steps += 1
        now = time.monotonic()
        if self._progress is None or now - self._looked < 0.05:
            return 0
        self._looked = now
        self.stopped = self._progress(self._steps, 0) is False
        return int(self.stopped)


def quick_check(path: Path, progress: ProgressCallback | None = None) -> None:
    """``PRAGMA quick_check``: raise DamagedDatabaseError (or LockedDatabaseError) on a problem.

    ``progress`` may stop it (see :class:`Interruptible`; it only reads): :class:`Cancelled`."""
    with _look_into(path) as conn:
        watch = Interruptible(conn, progress)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if watch.stopped:
                raise Cancelled from None
            raise _refusal(path, exc) from exc
    if rows != [("ok",)]:
        problems = [line for r in rows for line in str(r[0]).splitlines()]
        detail = "; ".join(problems[:2]) + (f" (+{len(problems) - 2} more)" if len(problems) > 2 else "")
        raise errors.DamagedDatabaseError(path, _damaged(path, detail))


def identify(path: Path) -> tuple[str | None, dict[str, str]]:
    """The schema revision and local settings of an existing file, which must be CICTE's.

    Returns (None, {}) for an SQLite file with no tables at all.
    """
    try:
        with _look_into(path) as conn:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables and application_id in (0, APPLICATION_ID):
                return None, {}
            if application_id not in (0, APPLICATION_ID) or "alembic_version" not in tables:
                raise _other_program(path)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            settings: dict[str, str] = {}
            if "local_setting" in tables:
                settings = dict(conn.execute("SELECT key, value FROM local_setting").fetchall())
            if application_id == 0:
                # Databases made before revision 0003 carry no application id: recognise them
                # by their revision and the tables and settings every one of them has.
                signature = {"local_setting", "work_plan", "planned_activity", "member_state"}
                known = (revision in UNMARKED_REVISIONS and signature <= tables
                         and {"device_id", "seed_version"} <= set(settings))
                if not known:
                    raise _other_program(path)
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, exc) from exc
    if revision is None:
        raise _other_program(path)
    if revision not in KNOWN_REVISIONS:
        raise errors.NewerSchemaError(
            path,
            _tr(
                "{path} was saved by a newer version of CICTE Desktop. Install the newer "
                "version to open it; the file has not been changed."
            ).format(path=path),
        )
    return revision, settings
