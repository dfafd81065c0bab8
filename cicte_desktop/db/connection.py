"""Plain sqlite3 connections with the app's pragmas. No SQLAlchemy here.

The window's reads go through these: SQLAlchemy costs ~250 ms to import, more than the
whole start-up budget, so it is imported only when something writes (see ``database``).
"""

from __future__ import annotations

import os
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


def on_read_only_media(path: Path) -> bool:
    """Whether the database at ``path`` cannot be written where it is: its folder or the file
    itself is read-only (a write-protected USB stick, a CD, a read-only share)."""
    folder = path.parent
    return not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def read_only_uri(path: Path) -> str:
    """The URI of a connection that reads ``path`` and never writes anything, beside it either.

    On read-only media a WAL database cannot make its ``-shm`` file, so SQLite could not even
    read it: there, with no write-ahead log holding data, the file is opened ``immutable`` (it
    cannot change under us), which needs no ``-shm``. A log left with data is read as usual.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    has_log = wal.exists() and wal.stat().st_size > 0
    if on_read_only_media(path) and not has_log:
        uri += "&immutable=1"
    return uri


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are begun explicitly) with the pragmas;
    ``read_only``: one that never writes (see :func:`read_only_uri`)."""
    if read_only:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        apply_connection_pragmas(conn, wal=False)
        return conn
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    apply_connection_pragmas(conn)
    return conn
