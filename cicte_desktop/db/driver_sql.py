"""SQL sent straight to the driver, on a file (sqlite3) or a server (psycopg), read the same way.

The services and the package code write SQLite's SQL with ``?`` placeholders and read values as
SQLite returns them: a date or a JSON document as its text, a boolean as 0 or 1. On PostgreSQL
:func:`psycopg_sql` turns the placeholders into psycopg's, and :func:`sqlite_like_cursor` reads
values that way (the ORM, on its own connections, keeps its Python types). :func:`execute` does
both for a SQLAlchemy connection inside a transaction under way; :func:`json_values` is the one
SQL idiom of theirs the two databases write differently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

#: A ``?`` placeholder, or a stretch of SQL that may hold one without it being one (a quoted
#: string or name, a comment), or a ``%`` (which psycopg would read as the start of a placeholder).
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/|\?|%", re.DOTALL)

#: PostgreSQL types read as the text SQLite keeps them as.
_TEXT_TYPES = ("date", "json", "jsonb", "timestamp", "timestamptz")


@lru_cache(maxsize=1024)
def psycopg_sql(sql: str) -> str:
    """SQLite's SQL with ``?`` placeholders as psycopg's ``%s`` (and every ``%`` doubled)."""
    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        return "%s" if token == "?" else token.replace("%", "%%")

    return _TOKENS.sub(swap, sql)


def json_values(dialect: str) -> str:
    """A subquery of the values of the JSON array bound to its one ``?`` (as text)."""
    if dialect == "postgresql":
        return "(SELECT json_array_elements_text(CAST(? AS json)))"
    return "(SELECT value FROM json_each(?))"


def sqlite_like_cursor(connection: Any, name: str | None = None) -> Any:
    """A cursor of the psycopg ``connection`` that reads values as sqlite3 does (see the module);
    with a ``name``, a cursor on the server, which hands rows over as they are fetched."""
    from psycopg.adapt import Loader

    class AsText(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode("utf-8")

    class AsNumber(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    cursor = connection.cursor(name=name) if name else connection.cursor()
    for type_name in _TEXT_TYPES:
        cursor.adapters.register_loader(type_name, AsText)
    cursor.adapters.register_loader("bool", AsNumber)
    return cursor


def execute(conn: Any, sql: str, params: Sequence[Any] = ()) -> Any:
    """``sql`` (SQLite's, with ``?``) on the SQLAlchemy connection ``conn``, in its transaction;
    rows to fetch as sqlite3 would give them."""
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql(sql, tuple(params))
    cursor = sqlite_like_cursor(conn.connection.driver_connection)
    cursor.execute(psycopg_sql(sql), tuple(params))
    return cursor


def executemany(conn: Any, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """``sql`` once per row of ``rows``, as :func:`execute` (sent in a pipeline on a server)."""
    rows = [tuple(row) for row in rows]
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(sql, rows)
        return
    with conn.connection.driver_connection.cursor() as cursor:
        cursor.executemany(psycopg_sql(sql), rows)
