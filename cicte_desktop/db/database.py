"""Opening a database safely: checks first, backup before migrating, then the engine.

A file that is not a database, or is damaged, is never written: every check before the
migration step reads the file only, and the first write is the migration or the seed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from cicte_desktop.db import errors, stamping  # noqa: F401  (stamping registers a flush hook)
from cicte_desktop.db.schema import APPLICATION_ID, HEAD_REVISION, KNOWN_REVISIONS, UNMARKED_REVISIONS

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Database", text)


def apply_connection_pragmas(dbapi_connection: sqlite3.Connection, foreign_keys: bool = True, wal: bool = True) -> None:
    """Every connection: foreign keys on, WAL, synchronous=FULL, a busy timeout.

    FULL rather than NORMAL: with WAL, NORMAL may lose the last acknowledged commits when a
    field laptop loses power. Only migrations turn foreign keys off (see ``migrate``).
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def make_engine(path: Path, foreign_keys: bool = True, wal: bool = True) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite begins transactions implicitly, and only before DML: let SQLAlchemy emit
        # BEGIN itself so that each transaction, DDL included, is exactly one SQLite transaction.
        dbapi_connection.isolation_level = None
        apply_connection_pragmas(dbapi_connection, foreign_keys, wal)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    return engine


@dataclass
class Database:
    """An open, checked and up-to-date CICTE database."""

    path: Path
    engine: Engine
    device_id: str
    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"device_id": self.device_id})

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One session, one transaction: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


# --- Checks that only read --------------------------------------------------------------


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise errors.DatabasePathError(
            path, _tr("{path} is a folder, not a database file.").format(path=path)
        )
    if not path.exists() and not path.parent.is_dir():
        raise errors.DatabasePathError(
            path, _tr("The folder {folder} does not exist.").format(folder=path.parent)
        )


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise errors.ReadOnlyDatabaseError(
            path,
            _tr(
                "{path} is on a read-only location. Copy it to a folder you can write to "
                "(for example your Documents folder) and open the copy."
            ).format(path=path),
        )


def _check_header(path: Path) -> None:
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
    return errors.NotADatabaseError(
        path, _tr("{path} is an SQLite database of another program, not of CICTE Desktop.").format(path=path)
    )


def _inspect_existing(path: Path) -> str | None:
    """Integrity check, identity and schema revision of an existing file, without writing it.

    Returns the Alembic revision, or None for an SQLite file with no tables at all.
    """
    damaged = _tr(
        "{path} is damaged and cannot be opened safely ({detail}). It has not been changed. "
        "Open a backup instead."
    )
    journal = path.with_name(path.name + "-journal")
    siblings = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    made_here = [p for p in siblings if not p.exists()]
    # A left-over rollback journal is an interrupted write, not damage: SQLite must roll it
    # back (a write) before anything can be read, which a read-only connection cannot do.
    mode = "rw" if journal.exists() and journal.stat().st_size > 0 else "ro"
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise errors.DamagedDatabaseError(path, damaged.format(path=path, detail=exc)) from exc
    try:
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                raise errors.LockedDatabaseError(
                    path,
                    _tr("{path} is locked by another program. Close it there and try again.").format(path=path),
                ) from exc
            raise errors.DamagedDatabaseError(path, damaged.format(path=path, detail=exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise errors.DamagedDatabaseError(path, damaged.format(path=path, detail=exc)) from exc
        if rows != [("ok",)]:
            problems = [line for r in rows for line in str(r[0]).splitlines()]
            detail = "; ".join(problems[:2]) + (f" (+{len(problems) - 2} more)" if len(problems) > 2 else "")
            raise errors.DamagedDatabaseError(path, damaged.format(path=path, detail=detail))
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and application_id in (0, APPLICATION_ID):
            return None
        if application_id not in (0, APPLICATION_ID) or "alembic_version" not in tables:
            raise _other_program(path)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if application_id == 0:
            # Databases made before revision 0003 carry no application id: recognise them by
            # their revision and the tables and settings every one of them has.
            signature = {"local_setting", "work_plan", "planned_activity", "member_state"}
            known = revision in UNMARKED_REVISIONS and signature <= tables and conn.execute(
                "SELECT count(*) FROM local_setting WHERE key IN ('device_id', 'seed_version')"
            ).fetchone()[0] == 2
            if not known:
                raise _other_program(path)
    finally:
        conn.close()
        _remove_empty_logs(made_here)
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
    return revision


# --- Opening ----------------------------------------------------------------------------


def open_database(path: Path | str, *, backup_folder: Path | None = None) -> Database:
    """Check, back up, migrate and seed the database at ``path``, creating it if missing.

    Raises a :class:`errors.DatabaseOpenError` subclass, whose message is for the user, and
    leaves the file's bytes unchanged, whenever the file cannot be opened safely.
    """
    from cicte_desktop.db import migrate  # Alembic only when a schema change is due

    path = Path(path).expanduser().absolute()
    _check_path(path)
    exists = path.exists()
    revision: str | None = None
    if exists:
        _check_header(path)
    # Before reading with SQLite: a WAL database on read-only media cannot even be read
    # (SQLite needs to create its -shm file), which must not be mistaken for damage.
    _check_writable(path)
    if exists:
        revision = _inspect_existing(path)

    backup_path = None
    if revision != HEAD_REVISION:
        if revision is not None:
            from cicte_desktop.paths import backup_dir

            try:
                backup_path = migrate.backup_before_migration(path, revision, backup_folder or backup_dir())
            except (OSError, sqlite3.Error) as exc:
                log.exception("backup of %s before migrating failed", path)
                raise errors.MigrationError(
                    path,
                    _tr("{path} needs upgrading, but the copy made first failed ({detail}), so nothing was "
                        "changed. Free some disk space or check the data folder, then try again.").format(
                        path=path, detail=exc),
                ) from exc
        try:
            migrate.upgrade_to_head(path)
        except Exception as exc:  # the backup keeps the user's data whatever went wrong
            log.exception("migration of %s failed", path)
            raise errors.MigrationError(
                path,
                _tr("Upgrading {path} failed ({detail}). A copy of it was kept in {backup}.").format(
                    path=path, detail=exc, backup=backup_path or "-"
                ),
            ) from exc

    engine = make_engine(path)
    try:
        from cicte_desktop.services.seed import ensure_seeded

        device_id = ensure_seeded(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise _write_error(path, exc.orig) from exc
    return Database(
        path=path,
        engine=engine,
        device_id=device_id,
        created=not exists or revision is None,
        upgraded_from=revision if exists and revision not in (None, HEAD_REVISION) else None,
        backup_path=backup_path,
    )


def _write_error(path: Path, exc: BaseException) -> errors.DatabaseOpenError:
    text = str(exc)
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
