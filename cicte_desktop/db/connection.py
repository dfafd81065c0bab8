"""Plain sqlite3 connections with the app's pragmas. No SQLAlchemy here.

The window's reads go through these: SQLAlchemy costs ~250 ms to import, more than the
whole start-up budget, so it is imported only when something writes (see ``database``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


def apply_connection_pragmas(dbapi_connection: sqlite3.Connection, foreign_keys: bool = True, wal: bool = True) -> None:
    """Every connection: foreign keys on, WAL, synchronous=FULL, a busy timeout.

    FULL rather than NORMAL: with WAL, NORMAL may lose the last acknowledged commits when a
    field laptop loses power. Only migrations turn foreign keys off and leave the journal as
    it is (see ``migrate``).
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        # 64 MB of page cache (SQLite keeps 2 MB by default): merging a field package of 10,000 events
        # into 100,000 touches pages of many indexes at once; with 2 MB it reads them again and again
        # (import 2.85 s -> 2.28 s). Memory is taken only as pages are read.
        cursor.execute("PRAGMA cache_size = -65536")
    finally:
        cursor.close()


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are begun explicitly) with the pragmas."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    apply_connection_pragmas(conn)
    return conn
