"""Backing up and restoring headquarters' database on a PostgreSQL server, with the same
commands and menu items as a laptop's file (``backup --out``, ``restore``; ``check`` is in
``services.server_check``).

A backup of a server is a database file like any other backup: every row of every table, read
in one snapshot, with the change log, the search index and the order rows were entered in. It is
looked into, checked and restored as a laptop's backup is: onto the same server, onto a new one
(``upgrade``, then ``restore``), or opened on a laptop to read. No PostgreSQL program is needed
on the manager's computer (``pg_dump`` must match the server's version); what the administrator
does besides is in the README.

A restore replaces the content of the server database in one transaction: the tables are locked
against writes, their content is first kept in a backup file, then replaced. Should anything
fail or be cancelled, the transaction is rolled back and the server is as it was.

No Qt widgets.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.cancel import Cancelled, Steps
from cicte_desktop.db.connection import BUSY_TIMEOUT_MS, read_only_uri
from cicte_desktop.db.server import ServerDatabaseError, ServerUrl, connection_problem
from cicte_desktop.services.backup import BackupError, BackupInfo, inspect_backup

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], bool]

#: Rows read and written at a time: memory stays bounded whatever the size of the database.
BATCH = 2000

#: How long a restore waits for other managers' work under way before giving up (nothing changed).
LOCK_WAIT_S = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backup", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("Backup", text, None, n)



# --- The tables, as both databases hold them --------------------------------------------------


def _file_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables of a CICTE database file whose rows a backup holds (not Alembic's, not SQLite's
    own, not the full-text indexes' shadow tables: their virtual tables are copied row by row)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [name for name, _sql in rows
            if name != "alembic_version" and not name.startswith("sqlite_")
            and not any(name.startswith(f"{table}_") for table in virtual)]


def _parents_first(names: list[str]) -> list[str]:
    """``names`` in an order where a row's parent table comes before it (the models' order)."""
    from cicte_desktop.db.models import Base

    rank = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
    return sorted(names, key=lambda name: (rank.get(name, len(rank)), name))


def _server_columns(cursor: Any, table: str) -> list[str]:
    """The columns of ``table`` on the server that hold data (not the computed search words)."""
    cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                   "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,))
    return [row[0] for row in cursor.fetchall()]


def _server_tables(cursor: Any) -> set[str]:
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return {row[0] for row in cursor.fetchall()}


def _plan(file: sqlite3.Connection, cursor: Any) -> list[tuple[str, list[str]]]:
    """Each table to copy with its columns, parents first. The server numbers rows with a ``rowid``
    column of its own; SQLite's implicit one is copied into it and back, so that rows keep the
    order they were entered in. Tables must be alike on both sides (same schema revision)."""
    on_server = _server_tables(cursor)
    plan = []
    for table in _parents_first(_file_tables(file)):
        columns = [row[1] for row in file.execute(f'PRAGMA table_info("{table}")')]
        server = _server_columns(cursor, table) if table in on_server else []
        if set(server) - {"rowid"} != set(columns):
            raise BackupError(_tr("The table {table} is not the same on the server as in the file, so nothing was "
                                  "copied; both must be at the same version of CICTE Desktop (run upgrade).").format(
                                      table=table))
        plan.append((table, (["rowid"] if "rowid" in server else []) + columns))
    return plan


def _count(cursor: Any, table: str) -> int:
    return int(cursor.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --- From the server to a file ------------------------------------------------------------------


def connect_to_server(url: ServerUrl, *, read_only: bool) -> Any:
    """A connection of its own to ``url``, reading in one snapshot; unreachable: ServerDatabaseError."""
    import psycopg

    try:
        connection = psycopg.connect(url, **url.connect_arguments)
    except psycopg.Error as exc:
        raise ServerDatabaseError(connection_problem(url, exc)) from exc
    connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ  # one snapshot of every table
    connection.read_only = read_only
    return connection


def _schema_of_head(path: Path) -> None:
    """An empty database at this version's schema at ``path`` (a new file)."""
    from cicte_desktop.db import migrate

    migrate.upgrade_to_head(path)


def _write_file(server: Any, partial: Path, steps: Steps) -> int:
    """Every row of the server database (read on ``server``, in its transaction) into the new
    file ``partial``, whose triggers are left out while it fills: the change log and the search
    index are copied as they are, not written again. Returns how many rows point to missing rows
    (copied all the same: a backup of imperfect data beats none)."""
    from cicte_desktop.db.driver_sql import sqlite_like_cursor

    _schema_of_head(partial)
    file = sqlite3.connect(partial, isolation_level=None)
    try:
        file.execute("BEGIN")
        triggers = file.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in triggers:
            file.execute(f'DROP TRIGGER "{name}"')
        plan = _plan(file, server.cursor())
        for number, (table, columns) in enumerate(plan):
            file.execute(f"DELETE FROM {table}")  # what the migrations themselves wrote
            cursor = sqlite_like_cursor(server, name=f"cicte_backup_{number}")  # read in batches, on the server
            cursor.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1")
            insert = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            while rows := cursor.fetchmany(BATCH):
                file.executemany(insert, rows)
                steps.advance(len(rows))
            cursor.close()
        for _name, sql in triggers:
            file.execute(sql)
        broken = len(file.execute("PRAGMA foreign_key_check").fetchall())
        if broken:
            log.warning("%s: %d rows point to missing rows", partial, broken)
        file.execute("COMMIT")
    finally:
        file.close()
    return broken


def _copy_server(server: Any, target: Path, progress: ProgressCallback | None) -> int:
    """The server database, as ``server``'s transaction sees it, into a new file at ``target``
    (written to a temporary name, then renamed: a failure or *Cancel* leaves nothing); how many
    rows point to missing rows. A file that cannot be written: :class:`BackupError`."""
    from sqlalchemy.exc import DBAPIError

    from cicte_desktop.files import OutputPathError, atomic_target

    cursor = server.cursor()
    total = sum(_count(cursor, table) for table in _server_tables(cursor) if table != "alembic_version")
    steps = Steps(progress, total, every=BATCH)
    try:
        with atomic_target(target) as partial:
            broken = _write_file(server, partial, steps)
    except OutputPathError as exc:  # a folder, a device: said already in the user's words
        raise BackupError(str(exc)) from exc
    except (OSError, sqlite3.Error, DBAPIError) as exc:  # a full disk, a pulled USB stick (not BackupError's)
        if isinstance(exc, BackupError):
            raise
        raise BackupError(_tr("The copy to {target} could not be written ({detail}). Nothing was changed; check "
                              "that the disk or USB stick has room and is still connected.").format(
                                  target=target, detail=getattr(exc, "orig", None) or exc)) from exc
    steps.check()
    return broken


def backup_server(url: ServerUrl, target: Path, progress: ProgressCallback | None = None) -> tuple[BackupInfo, int]:
    """A backup of the server database ``url`` at ``target``: a database file holding every row, read
    in one snapshot while the other managers go on working. Checked once written, and described,
    with how many of its rows point to missing rows (0 unless someone switched the server's checks
    off; the file is written all the same).
    ``progress(done, total)`` follows the rows; when it returns False the backup stops
    (:class:`Cancelled`) and nothing is left. Raises :class:`BackupError` or
    :class:`ServerDatabaseError`, whose messages are for the user."""
    import psycopg

    server = connect_to_server(url, read_only=True)
    try:
        broken = _copy_server(server, target, progress)
    except psycopg.Error as exc:
        raise server_problem(url, exc, _tr("Nothing was written.")) from exc
    finally:
        server.close()
    return inspect_backup(target), broken


def server_problem(url: ServerUrl, exc: BaseException, outcome: str) -> Exception:
    """The error, for the user, of a psycopg error ``exc``, followed by what it left (``outcome``)."""
    import psycopg

    state = getattr(exc, "sqlstate", None) or ""
    if isinstance(exc, psycopg.OperationalError) and (not state or state.startswith(("08", "57P"))):
        problem = connection_problem(url, exc).rstrip(".")  # the connection lost, the server shut down
        return ServerDatabaseError(f"{problem}. {outcome}")
    if state in ("55P03", "40P01", "40001"):  # a lock not granted in time, a deadlock, a serialization failure
        return BackupError(_tr("Other work on {name} (program managers saving, or the server's maintenance) went on "
                               "the whole time, so it could not be done. {outcome} Try again in a moment.").format(
                                   name=url.display_name, outcome=outcome))
    detail = str(getattr(exc, "diag", None) and exc.diag.message_primary or exc).strip()
    return BackupError(_tr("The server refused it ({detail}). {outcome}").format(detail=detail, outcome=outcome))


# --- From a file to the server ------------------------------------------------------------------


@contextlib.contextmanager
def _at_this_version(backup: BackupInfo) -> Iterator[Path]:
    """The backup, or an upgraded copy of it when an older version of the app saved it (the backup
    itself is never changed)."""
    from cicte_desktop.db.copy import copy_database
    from cicte_desktop.db.database import open_database
    from cicte_desktop.db.schema import HEAD_REVISION
    from cicte_desktop.files import scratch_file

    if backup.revision == HEAD_REVISION:
        yield backup.path
        return
    copy = Path(scratch_file(suffix=".sqlite", prefix="restore."))
    try:
        try:
            copy_database(backup.path, copy)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(_tr("{backup} could not be copied to bring it to this version ({detail}), so nothing "
                                  "was restored.").format(backup=backup.path, detail=exc)) from exc
        open_database(copy, backup_folder=copy.parent).close()  # (its refusals say why, in words)
        yield copy
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            copy.with_name(copy.name + suffix).unlink(missing_ok=True)


def _ready(cursor: Any, url: ServerUrl) -> None:
    """Refuses a server database that ``upgrade`` has not made ready for this version."""
    from cicte_desktop.db.schema import HEAD_REVISION

    cursor.execute("SELECT to_regclass('alembic_version') IS NOT NULL")
    revision = None
    if cursor.fetchone()[0]:
        cursor.execute("SELECT version_num FROM alembic_version")
        row = cursor.fetchone()
        revision = row[0] if row else None
    if revision != HEAD_REVISION:
        raise ServerDatabaseError(_tr(
            "The database {name} is not ready for this version of CICTE Desktop, so nothing was restored: run "
            "cicte-desktop --db {url} upgrade first.").format(name=url.display_name, url=url))


def kept_backup_name(url: ServerUrl) -> str:
    """The name of the copy a restore keeps of the server database as it was."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    name = re.sub(r"[^A-Za-z0-9_]+", "_", f"{url.database}_on_{url.host}")[:60]
    return f"before-restore-{stamp}-{name}.sqlite"


def restore_server(url: ServerUrl, backup: Path, backup_folder: Path,
                   progress: ProgressCallback | None = None, *, force: bool = False) -> Path:
    """Replace the content of the server database ``url`` with the backup file ``backup`` (a
    server's, or a laptop's, of this version of the app or an older one); returns the copy of the
    server's content as it was, kept in ``backup_folder`` first.

    One transaction. Its locks are taken all at once or not at all (``NOWAIT``, tried again for up
    to :data:`LOCK_WAIT_S` seconds while other managers' saves finish): it never waits holding
    some, so it never deadlocks with a save. From then on saves wait for it; reads go on, seeing
    the content as it was until the commit (rows are deleted, not truncated: a truncation would
    show readers empty tables). The content is kept, then replaced, the server checking every
    reference as the rows go in. Should anything fail, or ``progress`` return False
    (:class:`Cancelled`), it is rolled back: the server is as it was, and no copy is left.

    A headquarters database never takes a laptop's backup (it would become that laptop, its
    identity and role with it) unless ``force``: a laptop's work comes in through its package."""
    import psycopg

    info = inspect_backup(backup)  # never replace good data with a bad file
    kept = backup_folder / kept_backup_name(url)
    server = connect_to_server(url, read_only=False)
    server.isolation_level = psycopg.IsolationLevel.READ_COMMITTED  # the locks below come first
    committing = [False]
    try:
        with _at_this_version(info) as source:
            _restore(server, url, source, kept, info, progress, force, committing)
    except BaseException as exc:
        with contextlib.suppress(psycopg.Error):
            server.rollback()
        if not committing[0]:  # the server is as it was: the copy of it is not needed
            kept.unlink(missing_ok=True)
        outcome = _tr("Nothing was restored: the database is as it was.")
        if committing[0]:  # the commit itself failed (the connection lost): its outcome is unknown
            outcome = _tr("Whether the restore took effect is not known; the database as it was is kept in "
                          "{kept}.").format(kept=kept)
        if isinstance(exc, psycopg.errors.InsufficientPrivilege):
            raise _owners_only() from exc
        if isinstance(exc, psycopg.Error):
            raise server_problem(url, exc, outcome) from exc
        if isinstance(exc, sqlite3.Error):
            raise BackupError(_tr("{backup} could not be read ({detail}). {outcome}").format(
                backup=backup, detail=exc, outcome=outcome)) from exc
        raise
    finally:
        server.close()
    return kept


def _lock_everything(server: Any, tables: list[str], progress: ProgressCallback | None) -> None:
    """Every table locked against saves (reads go on), all at once: another manager's save under
    way makes it let go of everything and try again a moment later, for up to :data:`LOCK_WAIT_S`
    seconds (then ``LockNotAvailable``); *Cancel* is heard meanwhile. A table the server's own
    autovacuum holds is waited for, holding no other lock (so that no deadlock can follow): the
    server stops an autovacuum that someone waits for, never one that a ``NOWAIT`` asked about.

    Runs inside the transaction the restore has begun (its reads opened it): each attempt is a
    savepoint, whose refusal lets go of the locks it took and leaves the transaction usable."""
    import psycopg

    assert server.info.transaction_status != psycopg.pq.TransactionStatus.IDLE  # (else the locks would not last)
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        if progress is not None and progress(0, 1) is False:
            raise Cancelled
        try:
            with server.transaction():
                for table in _vacuumed(server, tables):
                    server.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
                server.execute(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE NOWAIT")
            return
        except psycopg.errors.LockNotAvailable:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


def _vacuumed(server: Any, tables: list[str]) -> list[str]:
    """Those of ``tables`` that the server's autovacuum is working on now."""
    return [row[0] for row in server.execute(
        "SELECT DISTINCT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a "
        "ON a.pid = l.pid WHERE l.granted AND a.backend_type = 'autovacuum worker' AND c.relname = ANY(%s) "
        "ORDER BY 1", (tables,)).fetchall()]


def _owners_only() -> BackupError:
    return BackupError(_tr("The server lets only the owner of the database's tables restore it (the role that ran "
                           "upgrade), so nothing was restored. Ask the database administrator."))


def _laptop_onto_headquarters(server: Any, file: sqlite3.Connection) -> bool:
    """Whether the server database (``server``, a psycopg connection or cursor) is headquarters'
    and the backup (``file``) a laptop's: a restore takes that only when forced."""
    from cicte_desktop.db.driver_sql import psycopg_sql
    from cicte_desktop.services.devices import HEADQUARTERS, own_role

    ours = own_role(lambda sql, params=(): server.execute(psycopg_sql(sql), params).fetchall())
    theirs = own_role(lambda sql, params=(): file.execute(sql, params).fetchall())
    return ours == HEADQUARTERS and theirs != HEADQUARTERS


def headquarters_refuses(url: ServerUrl, backup: BackupInfo) -> bool:
    """:func:`_laptop_onto_headquarters` for the backup file ``backup``, asked before the user is
    (a server that cannot be read now: False, and the restore itself says why in words)."""
    import psycopg

    server = connect_to_server(url, read_only=True)
    file = sqlite3.connect(read_only_uri(backup.path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return _laptop_onto_headquarters(server, file)
    except psycopg.Error as exc:
        log.info("could not read the server's role: %s", exc)
        return False
    finally:
        file.close()
        server.close()


def _refuse_unless_allowed(cursor: Any, file: sqlite3.Connection, info: BackupInfo, force: bool,
                           tables: list[str]) -> None:
    """What would make the restore fail, or do harm, said before anything is locked."""
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY(%s) "
                   "AND NOT pg_has_role(tableowner, 'USAGE')", (tables,))
    if cursor.fetchone():
        raise _owners_only()
    broken = len(file.execute("PRAGMA foreign_key_check").fetchall())
    if broken:
        raise BackupError(_trn("{backup} has %n row(s) that point to missing rows, which the server does not take, so "
                               "nothing was restored. Restore it onto a laptop instead, where the check of the "
                               "database says which.", broken).format(backup=info.path.name))
    if not force and _laptop_onto_headquarters(cursor, file):
        raise BackupError(_tr(
            "{backup} is a backup of a laptop ({device}): restored here, headquarters' database would become that "
            "laptop's, its identity and role with it, so nothing was restored. Bring the laptop's work in with its "
            "field package instead; to replace headquarters' database all the same, run cicte-desktop --db URL "
            "restore FILE --force.").format(backup=info.path.name, device=info.device))


def _restore(server: Any, url: ServerUrl, source: Path, kept: Path, info: BackupInfo,
             progress: ProgressCallback | None, force: bool, committing: list[bool]) -> None:
    cursor = server.cursor()
    _ready(cursor, url)
    cursor.execute(f"SET lock_timeout = '{LOCK_WAIT_S}s'")  # (a safety net: nothing below should wait)
    file = sqlite3.connect(read_only_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        plan = _plan(file, cursor)
        tables = [table for table, _columns in plan]
        _refuse_unless_allowed(cursor, file, info, force, tables)
        _lock_everything(server, tables, progress)
        incoming = sum(_count(file, table) for table in tables)
        on_server = sum(_count(cursor, table) for table in tables)

        def kept_progress(done: int, _total: int) -> bool:
            return progress is None or progress(done, on_server + incoming) is not False

        _copy_server(server, kept, kept_progress)  # what is replaced, as it is under the locks
        steps = Steps(progress, on_server + incoming, every=BATCH)
        steps.advance(on_server)
        # The rows go in as they are: the triggers, which would log them as new changes and index
        # them again, are off until the end of this transaction (the change log and the search
        # index come from the backup).
        for table in tables:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        for table in reversed(tables):  # the rows that refer to others first
            cursor.execute(f"DELETE FROM {table}")
        for table, columns in plan:
            names = ", ".join(columns)
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                # (PostgreSQL cannot store a NUL character in text: the app never writes one, and
                # drops any that an older version or another program left in a file.)
                for row in file.execute(f"SELECT {names} FROM {table} ORDER BY 1"):
                    copy.write_row([value.replace("\x00", "") if isinstance(value, str) else value for value in row])
                    steps.advance(1)
        for table in tables:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        _continue_numbering(cursor, tables)
        for table in tables:  # the server holds what the file holds, row for row
            expected, found = _count(file, table), _count(cursor, table)
            if expected != found:
                raise BackupError(_tr("The server took {found} rows of {table} where the backup holds {expected}, so "
                                      "nothing was restored.").format(found=found, table=table, expected=expected))
        steps.check()
        committing[0] = True
        server.commit()
    finally:
        file.close()


def _continue_numbering(cursor: Any, tables: list[str]) -> None:
    """Each counter of the tables (change log, search keys, row order) continues after the
    highest number restored. (``ALTER SEQUENCE ... RESTART``, not ``setval``: a rollback undoes it,
    so that a restore cancelled or failing after this point leaves the counters as they were.)"""
    cursor.execute(
        "SELECT c.table_name, c.column_name, pg_get_serial_sequence(c.table_name, c.column_name) "
        "FROM information_schema.columns c WHERE c.table_schema = current_schema() AND c.table_name = ANY(%s) "
        "AND pg_get_serial_sequence(c.table_name, c.column_name) IS NOT NULL", (tables,))
    for table, column, sequence in cursor.fetchall():
        following = cursor.execute(f"SELECT coalesce(max({column}), 0) + 1 FROM {table}").fetchone()[0]
        cursor.execute(f"ALTER SEQUENCE {sequence} RESTART WITH {int(following)}")
