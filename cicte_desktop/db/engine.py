"""The SQLAlchemy engine of a database file, with the app's pragmas on every connection and a
write transaction that takes the write lock first. SQLAlchemy is imported when an engine is made,
never at start-up (see ``connection``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cicte_desktop.db.connection import BUSY_TIMEOUT_MS, apply_connection_pragmas, read_only_uri

if TYPE_CHECKING:
    from sqlalchemy import Engine


#: Execution option of a connection whose transaction will write: it begins IMMEDIATE, taking
#: the write lock first (waiting up to the busy timeout for another program's write to end),
#: rather than failing half-way when a read transaction cannot become a write transaction.
WRITING = "cicte_writing"

#: SQLite's own default: after a commit that leaves this many pages in the write-ahead log,
#: the committing connection copies them into the database file.
WAL_AUTOCHECKPOINT_PAGES = 1000
#: Set in a pooled connection's ``info`` by a write that left its checkpoint to a thread
#: (``Database.write``): the default comes back when the connection returns to the pool.
CHECKPOINT_LATER = "cicte_checkpoint_later"


def make_engine(path: Path, foreign_keys: bool = True, wal: bool = True, read_only: bool = False) -> Engine:
    """An engine on ``path``; ``foreign_keys`` and ``wal`` off only for migrations, ``read_only``
    never writes (see ``connection.read_only_uri``)."""
    from sqlalchemy import create_engine, event

    from cicte_desktop.db import stamping  # noqa: F401  (registers the flush hook that stamps changes)

    if read_only:
        uri = read_only_uri(path)
        engine = create_engine("sqlite+pysqlite://", creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False))
        wal = False
    else:
        engine = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # pysqlite begins transactions implicitly, and only before DML: let SQLAlchemy emit
        # BEGIN itself so that each transaction, DDL included, is exactly one SQLite transaction.
        dbapi_connection.isolation_level = None
        apply_connection_pragmas(dbapi_connection, foreign_keys, wal)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITING) else "BEGIN")

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: sqlite3.Connection | None, record: Any) -> None:
        # A large write left its checkpoint to a thread (Database.write): back to the default.
        if record.info.pop(CHECKPOINT_LATER, False) and dbapi_connection is not None:
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")

    return engine
