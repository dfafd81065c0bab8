"""Fast multi-row inserts for generated or imported data.

SQLAlchemy's bulk paths compile and bind every row through Python type processors and split
rows into many statements; the driver's own ``executemany`` over one prepared statement is
several times faster. Values must already be in their stored form (see ``stored``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from cicte_desktop.db.models import format_timestamp


def stored(value: Any) -> Any:
    """A Python value in the form SQLite stores it in this schema."""
    if isinstance(value, dt.datetime):
        return format_timestamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def bulk_insert(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys, values already ``stored``) in one executemany."""
    if not rows:
        return
    columns = list(rows[0])
    unknown = set(columns) - set(table.c.keys())
    if unknown:
        raise KeyError(f"{table.name} has no column(s) {sorted(unknown)}")
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    connection.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])
