"""Headquarters' database on a PostgreSQL server, open: the same interface as a file's
:class:`~cicte_desktop.db.database.Database`, so that services, exports and packages work on
either.

Services read through :meth:`ServerDatabase.sql`, which on a file hands out a plain ``sqlite3``
connection. Here it hands out a psycopg connection that behaves as that one does
(:class:`SqliteLikeConnection`): ``?`` placeholders, values as SQLite returns them (a date or a
JSON document as its text, a boolean as 0 or 1), one snapshot per read (REPEATABLE READ, as a
SQLite read transaction sees the file). The SQL itself is the one both databases understand;
what each does its own way is chosen per dialect at the few places that need it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cicte_desktop.db.database import Database
from cicte_desktop.db.driver_sql import psycopg_sql, sqlite_like_cursor
from cicte_desktop.db.integrity import IntegrityCheck
from cicte_desktop.db.server import (ServerDatabaseError, ServerUrl, connection_problem, make_server_engine,
                                     newer_schema)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

class SqliteLikeConnection:
    """A psycopg connection with the part of ``sqlite3.Connection``'s interface services use."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        cursor = sqlite_like_cursor(self.connection)
        cursor.execute(psycopg_sql(sql), tuple(parameters))
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        cursor = self.connection.cursor()
        cursor.executemany(psycopg_sql(sql), [tuple(row) for row in rows])
        return cursor

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.connection.info.transaction_status != TransactionStatus.IDLE

    def commit(self) -> None:
        self.connection.commit()

    def __enter__(self) -> SqliteLikeConnection:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:  # as sqlite3's: the transaction ends, the connection stays
        if kind is None:
            self.connection.commit()
        else:
            self.connection.rollback()

    def close(self) -> None:
        self.connection.close()


def _connect(url: ServerUrl) -> SqliteLikeConnection:
    """A new connection to ``url`` that reads values as sqlite3 does (see the module)."""
    import psycopg

    connection = psycopg.connect(url, **url.connect_arguments)
    connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    return SqliteLikeConnection(connection)


class ServerDatabase:
    """An open, up-to-date server database (see the module): made by
    :func:`open_server_database`."""

    #: The SQL dialect services write for (see ``services.sql_parts``).
    dialect = "postgresql"

    read_only = False
    created = False
    upgraded_from = None
    backup_path = None

    def __init__(self, url: ServerUrl, device_id: str) -> None:
        self.url = url
        #: How the database is named to the user (where a file's path would be shown).
        self.path = Path(url.display_name)
        self.device_id = device_id
        #: A server checks itself: nothing to wait for before writing.
        self.integrity = IntegrityCheck(self.path, needed=False)
        self.changed = False
        self._engine: Engine | None = None
        self._sessions: Any = None
        self._local = threading.local()
        self._connections: list[SqliteLikeConnection] = []
        self._lock = threading.Lock()

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                from sqlalchemy.orm import sessionmaker

                self._engine = make_server_engine(self.url)
                self._sessions = sessionmaker(self._engine, expire_on_commit=False,
                                              info={"device_id": self.device_id})
            return self._engine

    @contextlib.contextmanager
    def write(self, *, checkpoint_in_background: bool = False) -> Iterator[Session]:
        """One session, one transaction: committed on success, rolled back on any error."""
        self.engine  # noqa: B018  (creates the session factory)
        with self._sessions() as session, session.begin():
            yield session
        self.changed = True

    #: An ORM session for reading, in one transaction: as on a file (``engine`` makes ``_sessions``).
    read = Database.read

    @contextlib.contextmanager
    def sql(self) -> Iterator[SqliteLikeConnection]:
        """This thread's connection, inside one transaction (nested blocks share it)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._local.depth == 0 and (conn.connection.closed or conn.connection.broken):
            with self._lock:  # the server restarted, or ended an idle session: a new connection
                self._connections.remove(conn)
            conn = None
        if conn is None:
            import psycopg

            try:
                conn = self._local.conn = _connect(self.url)
            except psycopg.OperationalError as exc:  # the server is down, or the network
                raise ServerDatabaseError(connection_problem(self.url, exc)) from exc
            self._local.depth = 0
            with self._lock:
                self._connections.append(conn)
        outermost = self._local.depth == 0
        self._local.depth += 1
        try:
            yield conn
        except BaseException as exc:
            if outermost:
                with contextlib.suppress(Exception):  # (a lost connection has nothing to roll back)
                    conn.connection.rollback()
            if conn.connection.broken:  # lost under way: said in words; the next read connects again
                raise ServerDatabaseError(connection_problem(self.url, exc)) from exc
            raise
        else:
            if outermost:
                conn.connection.commit()
        finally:
            self._local.depth -= 1

    def write_local(self, sql: str, params: Sequence[Any] = ()) -> None:
        """One statement on the drafts' table, in its own transaction. Its lock is taken first, so
        that should a restore hold the table, the statement's snapshot is taken once it is done
        (in REPEATABLE READ it would be taken before the wait, and then fail on the restored rows)."""
        with self.sql() as conn:
            conn.execute("LOCK TABLE event_draft IN ROW EXCLUSIVE MODE")
            conn.execute(sql, params)

    def refuse_if_read_only(self) -> None:
        """A server database is never opened read-only."""

    def checkpoint_in_background(self) -> None:
        """Nothing to do: the server writes its own checkpoints."""

    def wait_for_checkpoint(self) -> None:
        """Nothing to wait for (see :meth:`checkpoint_in_background`)."""

    def close(self, wait_s: float = 0.0) -> None:
        """Close every thread's connection and the engine."""
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(Exception):
                    conn.close()
            self._connections.clear()
            self._local = threading.local()
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()


def open_server_database(url: ServerUrl) -> ServerDatabase:
    """The server database ``url``, which ``upgrade`` has made ready: at this version's schema,
    seeded. Raises :class:`~cicte_desktop.db.server.ServerDatabaseError`, whose message is for the
    user, when it cannot be reached or is not ready (nothing is changed then). A shared database
    is never upgraded by merely opening it: the administrator runs ``upgrade`` once, when every
    manager has the new version. Checked over the plain connection the window reads through
    (SQLAlchemy is imported only when something is written, as on a file)."""
    import psycopg

    from cicte_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS, SEED_VERSION

    db = ServerDatabase(url, "")
    try:
        with db.sql() as conn:
            revision = None
            if conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()[0]:
                revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            settings = dict(conn.execute("SELECT key, value FROM local_setting WHERE key IN "
                                         "('device_id', 'seed_version')").fetchall()) if revision else {}
    except psycopg.Error as exc:
        db.close()
        raise ServerDatabaseError(connection_problem(url, exc)) from exc
    if revision == HEAD_REVISION and settings.get("seed_version") == SEED_VERSION and settings.get("device_id"):
        db.device_id = settings["device_id"]
        return db
    db.close()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise newer_schema(url, revision)
    raise ServerDatabaseError(_tr(
        "The database {name} is not ready for this version of CICTE Desktop: run cicte-desktop --db {url} upgrade "
        "once (the database administrator, when every manager has this version).").format(
        name=url.display_name, url=url))


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Server", text)
