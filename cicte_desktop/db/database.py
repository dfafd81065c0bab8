"""Opening a database safely: checks first, backup before migrating, then the engine.

A file that is not a database, or is damaged, is never written: every check before the
migration step reads the file only, and the first write is the migration or the seed.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db import errors
from cicte_desktop.cancel import Cancelled, ProgressCallback
from cicte_desktop.db.connection import BUSY_TIMEOUT_MS, apply_connection_pragmas, connect, on_read_only_media
from cicte_desktop.db.engine import CHECKPOINT_LATER, WRITING, make_engine
from cicte_desktop.db.integrity import IntegrityCheck, check_header, disk_full, identify, quick_check
from cicte_desktop.db.schema import HEAD_REVISION

if TYPE_CHECKING:  # SQLAlchemy is imported when first needed, never at start-up
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: How long :meth:`Database.close` waits for reads other threads have begun (a dashboard's, a job's).
CLOSE_WAIT_S = 10.0

__all__ = ["BUSY_TIMEOUT_MS", "Database", "IntegrityCheck", "apply_connection_pragmas", "check_header", "check_path",
           "disk_full", "identify", "make_engine", "open_database", "quick_check"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Database", text)


class Database:
    """An open, identified and up-to-date CICTE database.

    Reads of the window use :meth:`sql` (plain sqlite3); writes use :meth:`write` (one ORM
    session, one transaction), which imports SQLAlchemy the first time.
    """

    #: The SQL dialect services write for (see ``services.sql_parts``).
    dialect = "sqlite"

    def __init__(self, path: Path, device_id: str, integrity: IntegrityCheck, *, created: bool = False,
                 upgraded_from: str | None = None, backup_path: Path | None = None,
                 read_only: bool = False) -> None:
        self.path = path
        #: On read-only media: open for viewing, checking and exporting; every write refuses.
        self.read_only = read_only
        self.device_id = device_id
        self.integrity = integrity
        self.created = created
        self.upgraded_from = upgraded_from
        self.backup_path = backup_path
        self._engine: Engine | None = None
        self._sessions: Any = None
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        #: The connections inside a :meth:`sql` transaction now (by their thread's state): :meth:`close`
        #: waits for them; those it could not close are closed when their read ends.
        self._in_use: dict[int, sqlite3.Connection] = {}
        self._left_open: list[sqlite3.Connection] = []
        self._released = threading.Condition(self._lock)
        self._checkpoints: threading.Thread | None = None
        self._checkpoint_again = False
        #: Something was saved since the database was opened (an automatic backup is due on exit).
        self.changed = False

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from sqlalchemy.orm import sessionmaker

                self._engine = make_engine(self.path, read_only=self.read_only)
                self._sessions = sessionmaker(self._engine, expire_on_commit=False,
                                              info={"device_id": self.device_id})
            return self._engine

    @contextlib.contextmanager
    def write(self, *, checkpoint_in_background: bool = False) -> Iterator[Session]:
        """One session, one transaction: committed on success, rolled back on any error.

        Waits for the integrity check of the file: nothing is written to a damaged database.

        ``checkpoint_in_background``, for large writes (merging a field package): the commit
        makes the write durable in the write-ahead log, as always, but leaves copying those
        pages into the database file (the checkpoint: for a 10,000-event package, some 115 MB
        written again) to a thread of its own, so that the user gets the window back sooner.
        A power cut before the checkpoint loses nothing: SQLite replays the log on opening.
        """
        self.refuse_if_read_only()
        self.integrity.wait()
        self.engine  # noqa: B018  (creates the session factory)
        try:
            with self._sessions() as session, session.begin():
                connection = session.connection(execution_options={WRITING: True})  # BEGIN IMMEDIATE
                if checkpoint_in_background:
                    connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
                    connection.connection.info[CHECKPOINT_LATER] = True  # restored when it goes back to the pool
                yield session
        except Exception as exc:
            problem = write_problem(self.path, exc)
            if problem is None:
                raise
            raise problem from exc
        self.changed = True
        if checkpoint_in_background:
            self.checkpoint_in_background()

    def checkpoint_in_background(self) -> None:
        """Copy the write-ahead log into the database file in a thread of its own.

        A passive checkpoint: it never waits for, nor blocks, the window's reads and writes.
        :meth:`close` waits for it; :meth:`wait_for_checkpoint` too.
        """
        with self._lock:
            if self._checkpoints is not None:
                self._checkpoint_again = True  # pages committed after that one started
                return
            self._checkpoint_again = False
            self._checkpoints = threading.Thread(target=self._run_checkpoints, name="checkpoint", daemon=True)
            self._checkpoints.start()  # under the lock: nobody joins it before it has started

    def _run_checkpoints(self) -> None:
        again = True
        while again:
            try:
                # mode=rw: should the file have gone meanwhile, fail rather than make an empty one.
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=rw", uri=True,
                                       timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                finally:
                    conn.close()
            except sqlite3.Error as exc:  # the next commit's automatic checkpoint does it instead
                log.warning("background checkpoint of %s failed: %s", self.path, exc)
            with self._lock:
                again, self._checkpoint_again = self._checkpoint_again, False
                if not again:
                    self._checkpoints = None

    def wait_for_checkpoint(self) -> None:
        """Return once a checkpoint begun by :meth:`checkpoint_in_background` has finished."""
        with self._lock:
            thread = self._checkpoints
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """An ORM session for reading, in one transaction."""
        self.engine  # noqa: B018
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def sql(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection of this thread, inside one read transaction."""
        state = getattr(self._local, "state", None)
        if state is None:
            state = self._local.state = _ThreadConnection(connect(self.path, read_only=self.read_only))
            with self._lock:
                self._connections.append(state.conn)
        # ``state`` is this thread's whatever thread ends the block (a generator reading inside one
        # may be finished by another thread: the window's, after a job failed).
        conn, outermost = state.conn, state.depth == 0
        if outermost:
            with self._lock:
                self._in_use[id(state)] = conn
            try:
                conn.execute("BEGIN")
            except BaseException:
                self._release(state)
                raise
        state.depth += 1
        try:
            yield conn
        finally:
            state.depth -= 1
            if outermost:
                try:
                    if conn.in_transaction:  # SQLite may have rolled back already
                        conn.execute("COMMIT")
                finally:
                    self._release(state)

    def _release(self, state: _ThreadConnection) -> None:
        with self._lock:
            self._in_use.pop(id(state), None)
            if state.conn in self._left_open:  # closed meanwhile: its reader was still in it
                self._left_open.remove(state.conn)
                with contextlib.suppress(sqlite3.Error):
                    state.conn.close()
            self._released.notify_all()

    def write_local(self, sql: str, params: Sequence[Any] = ()) -> None:
        """One statement on a local, never synchronised table (drafts), in its own transaction.

        Plain sqlite3, so that autosaving a form never waits for SQLAlchemy to load.
        """
        self.refuse_if_read_only()
        self.integrity.wait()
        try:
            with self.sql() as conn:
                conn.execute(sql, params)
        except sqlite3.Error as exc:
            problem = write_problem(self.path, exc)
            if problem is None:
                raise
            raise problem from exc

    def refuse_if_read_only(self) -> None:
        """Raise ReadOnlyDatabaseError, in words, when this database is open read-only."""
        if self.read_only:
            raise errors.ReadOnlyDatabaseError(self.path, read_only_message(self.path))

    def close(self, wait_s: float = CLOSE_WAIT_S) -> None:
        """Close every thread's connection, once the reads other threads have begun are over. After
        ``wait_s`` their statements are interrupted; a connection still in a read then is left to its
        thread to close when the read ends (closed under a running statement, the process crashed)."""
        self.wait_for_checkpoint()
        mine = id(getattr(self._local, "state", None))

        def others() -> list[sqlite3.Connection]:
            return [conn for key, conn in self._in_use.items() if key != mine]

        with self._lock:
            if not self._released.wait_for(lambda: not others(), timeout=wait_s):
                log.warning("closing %s while %d reads still run in other threads: interrupted", self.path,
                            len(others()))
                for conn in others():
                    conn.interrupt()
                self._released.wait_for(lambda: not others(), timeout=1.0)
            busy = others()
            for conn in self._connections:
                if conn in busy:
                    self._left_open.append(conn)
                    continue
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
            self._local = threading.local()
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()


class _ThreadConnection:
    """A thread's plain connection and how deep its :meth:`Database.sql` blocks are nested."""

    __slots__ = ("conn", "depth")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.depth = 0


# --- Checks that only read --------------------------------------------------------------


def check_path(path: Path) -> None:
    """DatabasePathError when ``path`` is a folder, or sits in a folder that does not exist."""
    if path.is_dir():
        raise errors.DatabasePathError(
            path, _tr("{path} is a folder, not a database file.").format(path=path)
        )
    if not path.exists() and not path.parent.is_dir():
        raise errors.DatabasePathError(
            path, _tr("The folder {folder} does not exist.").format(folder=path.parent)
        )


def read_only_message(path: Path) -> str:
    return _tr("{path} is on read-only media: it is open for viewing, checking and exporting, but changes cannot "
               "be saved. Nothing was changed. To make changes, copy it to a folder you can write to and open "
               "the copy.").format(path=path)


def write_problem(path: Path, exc: BaseException) -> errors.DatabaseOpenError | None:
    """What an SQLite error of a write means for the user (another program writing, a full
    disk, read-only media, a vanished drive); None for errors that are not about the file."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.OperationalError):
        return None
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        return errors.DatabaseBusyError(path, _tr(
            "Another program is using {path} and did not finish within {seconds} seconds. Nothing was saved; "
            "close the other program (or wait for it to finish) and try again.").format(
                path=path, seconds=BUSY_TIMEOUT_MS // 1000))
    if "full" in text:
        return errors.DatabaseWriteError(path, _tr(
            "The disk holding {path} is full. Nothing was saved; free some disk space and try again.").format(path=path))
    if "readonly" in text or "read-only" in text:
        return errors.ReadOnlyDatabaseError(path, read_only_message(path))
    if "disk i/o" in text or "unable to open" in text:
        return errors.DatabaseWriteError(path, _tr(
            "{path} could not be written ({detail}). Nothing was saved; check that the drive is still connected, "
            "then try again.").format(path=path, detail=orig))
    return None


def _check_writable(path: Path) -> None:
    if on_read_only_media(path):
        raise errors.ReadOnlyDatabaseError(
            path,
            _tr(
                "{path} is on a read-only location. Copy it to a folder you can write to "
                "(for example your Documents folder) and open the copy."
            ).format(path=path),
        )


# --- Opening ----------------------------------------------------------------------------


def open_database(path: Path | str, *, backup_folder: Path | None = None, check_in_background: bool = False,
                  progress: ProgressCallback | None = None) -> Database:
    """Check, back up, migrate and seed the database at ``path``, creating it if missing.

    Raises a :class:`errors.DatabaseOpenError` subclass, whose message is for the user, and
    leaves the file's bytes unchanged, whenever the file cannot be opened safely.

    With ``check_in_background``, a database that needs no change (the usual case) is handed
    over before ``PRAGMA quick_check`` has run: the caller runs it (``integrity.run``, in a task)
    when its window has painted, writes wait for it, and the caller looks at
    :attr:`Database.integrity` to report a damaged file. Whenever the opening itself must
    write (migration, seed), the check comes first.

    ``progress(done, total)`` follows the check, the copy made before migrating and the
    migration's steps; when it returns False the opening stops at the next step
    (:class:`Cancelled`), leaving the file as it was and no copy behind. Only the seed, a
    moment's work in one transaction, is not interrupted.
    """
    from cicte_desktop.db.schema import SEED_VERSION

    path = Path(path).expanduser().absolute()
    check_path(path)
    exists = path.exists()
    revision: str | None = None
    settings: dict[str, str] = {}
    if exists:
        check_header(path)
    read_only = exists and on_read_only_media(path)
    if not exists:
        _check_writable(path)
    else:  # on read-only media, read without ever writing (see connection.read_only_uri)
        revision, settings = identify(path)
    must_write = revision != HEAD_REVISION or settings.get("seed_version") != SEED_VERSION or "device_id" not in settings
    if read_only and must_write:  # an upgrade cannot be written there: say so, change nothing
        _check_writable(path)
    integrity = IntegrityCheck(path, needed=exists)
    if exists and not (check_in_background and not must_write):
        problem = integrity.run(progress)
        if problem is not None:
            raise problem
    if not must_write:
        return Database(path, settings["device_id"], integrity, read_only=read_only)

    backup_path = None
    if revision not in (None, HEAD_REVISION):
        from cicte_desktop.paths import backup_dir

        try:
            backup_path = _migrate().backup_before_migration(path, revision, backup_folder or backup_dir(), progress)
        except (OSError, sqlite3.Error) as exc:
            log.exception("backup of %s before migrating failed", path)
            raise errors.MigrationError(
                path,
                _tr("{path} needs upgrading, but the copy made first failed ({detail}), so nothing was "
                    "changed. Free some disk space or check the data folder, then try again.").format(
                    path=path, detail=exc),
            ) from exc
    if revision != HEAD_REVISION:
        try:
            _migrate().upgrade_to_head(path, progress)
        except Cancelled:  # rolled back: the file is as it was, and the copy made first not needed
            if not exists:
                _remove_new_database(path)
            elif backup_path is not None:
                backup_path.unlink(missing_ok=True)
            raise
        except Exception as exc:  # the backup keeps the user's data whatever went wrong
            log.exception("migration of %s failed", path)
            if not exists:  # creating it failed (a full disk): leave no empty database behind
                _remove_new_database(path)
                raise _write_error(path, getattr(exc, "orig", exc)) from exc
            raise errors.MigrationError(
                path,
                _tr("Upgrading {path} failed ({detail}). A copy of it was kept in {backup}.").format(
                    path=path, detail=exc, backup=backup_path or "-"
                ),
            ) from exc

    from sqlalchemy.exc import DBAPIError

    from cicte_desktop.db.seed import ensure_seeded

    engine = make_engine(path)
    try:
        device_id = ensure_seeded(engine)
    except DBAPIError as exc:
        engine.dispose()
        if not exists:  # a full disk (or a vanished drive) leaves no empty database behind
            _remove_new_database(path)
        raise _write_error(path, exc.orig) from exc
    finally:
        engine.dispose()
    return Database(
        path, device_id, integrity,
        created=not exists or revision is None,
        upgraded_from=revision if revision not in (None, HEAD_REVISION) else None,
        backup_path=backup_path,
    )


def _migrate():  # type: ignore[no-untyped-def]
    from cicte_desktop.db import migrate  # Alembic only when a schema change is due

    return migrate


def _remove_new_database(path: Path) -> None:
    """Remove a database this opening was creating, with its logs: its seed was never committed."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _write_error(path: Path, exc: BaseException) -> errors.DatabaseOpenError:
    text = str(exc)
    if "full" in text:
        return errors.DatabaseWriteError(path, _tr(
            "{path} could not be created: the disk is full. Nothing was left behind; free some disk space and try "
            "again.").format(path=path))
    if "locked" in text or "busy" in text:
        return errors.LockedDatabaseError(
            path, _tr("{path} is locked by another program. Close it there and try again.").format(path=path)
        )
    if "readonly" in text or "read-only" in text:
        return errors.ReadOnlyDatabaseError(
            path, _tr("{path} is on a read-only location. Copy it to a folder you can write to.").format(path=path)
        )
    return errors.DamagedDatabaseError(
        path, _tr("{path} could not be written ({detail}).").format(path=path, detail=text)
    )
