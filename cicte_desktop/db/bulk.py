"""Fast multi-row writes for generated, imported or merged data.

SQLAlchemy's bulk paths compile and bind every row through Python type processors and split
rows into many statements; the driver's own ``executemany`` over one prepared statement is
several times faster. Values must already be in their stored form (see ``stored``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from cicte_desktop.db.model_base import format_timestamp


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
    if connection.dialect.name != "sqlite":
        _write_on_server(connection, table.name, columns, [[row[c] for c in columns] for row in rows])
        return
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    connection.exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])


#: Fewer rows than this are written one statement each, with the tables' triggers as they are.
BULK_ROWS = 50

#: What the per-row triggers of migrations 0003 (search) and 0006 (change log) do, as set-based
#: statements over the staged rows (``temp.sync_incoming``, in the order they were staged) and
#: the rows as stored after the merge (a package may leave out columns: the stored row has them).
#: ``tests/sync/test_sync_merge.py`` checks that both ways leave the same log, search index and rows;
#: a migration that changes those triggers must change these statements too (that test fails
#: until it does). The one difference: the internal ids of re-indexed events' search keys.
_LOG_STAGED = (
    "INSERT INTO sync_change (table_name, uuid, updated_at, device_id, origin) "
    "SELECT ?, uuid, updated_at, device_id, (SELECT value FROM local_setting WHERE key = 'sync_origin') "
    "FROM temp.sync_incoming ORDER BY rowid"
)
_UNINDEX_STAGED_EVENTS = (
    ("DELETE FROM search_index WHERE rowid IN "
     "(SELECT id FROM search_key WHERE uuid IN (SELECT uuid FROM temp.sync_incoming))"),
    "DELETE FROM search_key WHERE uuid IN (SELECT uuid FROM temp.sync_incoming)",
)
#: The text an event is found by (revision 0003's ``EVENT_BODY``, with the event's alias ``{e}``):
#: the bulk writes below index it, and a server's check compares its index with it.
EVENT_SEARCH_BODY = (
    "{e}.title || ' ' || coalesce({e}.venue, '') || ' ' || coalesce({e}.city, '') || ' ' || "
    "coalesce({e}.lead_trainer, '') || ' ' || coalesce({e}.experts, '') || ' ' || "
    "coalesce({e}.funding_source, '') || ' ' || coalesce({e}.outcomes, '') || ' ' || coalesce({e}.notes, '')"
)
_INDEX_STAGED_EVENTS = (
    ("INSERT INTO search_key (kind, uuid) SELECT 'event', e.uuid FROM temp.sync_incoming i "
     "JOIN main.event e ON e.uuid = i.uuid WHERE NOT e.deleted ORDER BY i.rowid"),
    ("INSERT INTO search_index (rowid, body, uuid, activity, start_date, status, event_type) "
     f"SELECT k.id, {EVENT_SEARCH_BODY.format(e='e')}, "
     "e.uuid, e.activity_uuid, e.start_date, e.status, "
     "e.event_type FROM temp.sync_incoming i JOIN main.event e ON e.uuid = i.uuid JOIN search_key k ON k.uuid = e.uuid "
     "WHERE NOT e.deleted ORDER BY k.id"),
)


#: The same on PostgreSQL (``sync_incoming`` numbered in the order staged; its triggers skip the
#: rows while ``cicte.bulk`` is on: revisions 0003 and 0006). ``tests/sync/test_server_packages.py``
#: checks that a merge leaves the same rows, log and index on a server as on a file.
_LOG_STAGED_SERVER = (
    "INSERT INTO sync_change (table_name, uuid, updated_at, device_id, origin) "
    "SELECT %s, uuid, updated_at, device_id, (SELECT value FROM local_setting WHERE key = 'sync_origin') "
    "FROM sync_incoming ORDER BY incoming_order"
)
_UNINDEX_STAGED_EVENTS_SERVER = (
    "WITH gone AS (DELETE FROM search_key WHERE uuid IN (SELECT uuid FROM sync_incoming) RETURNING id) "
    "DELETE FROM search_index WHERE rowid IN (SELECT id FROM gone)"
)
_INDEX_STAGED_EVENTS_SERVER = (
    ("INSERT INTO search_key (kind, uuid) SELECT 'event', e.uuid FROM sync_incoming i "
     "JOIN event e ON e.uuid = i.uuid WHERE NOT e.deleted ORDER BY i.incoming_order"),
    ("INSERT INTO search_index (rowid, body, uuid, activity, start_date, status, event_type) "
     f"SELECT k.id, {EVENT_SEARCH_BODY.format(e='e')}, "
     "e.uuid, e.activity_uuid, e.start_date, e.status, "
     "e.event_type FROM sync_incoming i JOIN event e ON e.uuid = i.uuid JOIN search_key k ON k.uuid = e.uuid "
     "WHERE NOT e.deleted ORDER BY k.id"),
)


#: The order a bulk write inserts rows in: that of the table's largest index keyed at random
#: (an import then walks its pages once, in order; some 15 % faster on the tables listed).
_BULK_ORDER = {"event": ("start_date", "activity_uuid"), "event_member_state": ("event_uuid",),
               "event_partner": ("event_uuid",)}


def _bulk_order(table: str, columns: Sequence[str]) -> str:
    order = _BULK_ORDER.get(table, ())
    return ", ".join(order) if order and set(order) <= set(columns) else "rowid"


#: On a server, rows that refer to an event go in grouped by it (in the order staged within it):
#: the reference check of each row then finds its event's page just read.
_SERVER_ORDER = {"participant": "event_uuid", "event_member_state": "event_uuid", "event_partner": "event_uuid",
                 "attachment": "event_uuid"}


def _server_order(table: str, columns: Sequence[str]) -> str:
    parent = _SERVER_ORDER.get(table)
    return f"{parent}, incoming_order" if parent in columns else "incoming_order"


def _bulk_triggers(table: str) -> tuple[str, ...]:
    """The triggers of ``table`` whose work a bulk write does itself (see ``_LOG_STAGED``)."""
    names = (f"{table}_sync_insert", f"{table}_sync_update")
    return names + ("event_search_insert", "event_search_update") if table == "event" else names


def upsert_rows(conn: Any, table: str, columns: Sequence[str], rows: list[list[Any]], *, fresh: bool = False) -> None:
    """Write ``rows`` (insert, or update by uuid; values already ``stored``) inside the transaction of
    ``conn`` (a SQLAlchemy connection). ``fresh``: none of them is in the table yet.

    Used by the field-package merge and by services that add many rows at once (an Excel import):
    the change log and the search index come out as the tables' triggers would write them."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        _write_on_server(conn, table, columns, rows, upsert=True)
        return
    names = ", ".join(columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "uuid")
    raw = conn.connection.driver_connection  # the session's own sqlite3 connection, inside its transaction
    if len(rows) < BULK_ROWS:
        raw.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))}) "
                        f"ON CONFLICT (uuid) DO UPDATE SET {updates}", rows)
        return
    # One INSERT ... SELECT rather than one statement per row; and the change log and the
    # full-text index written for all the rows at once rather than by a trigger per row: the
    # triggers are dropped and created again inside this transaction, so that nobody ever sees
    # the table without them (a failure rolls the drop back with the rest).
    triggers = raw.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name IN "
        f"({', '.join('?' * len(_bulk_triggers(table)))})", (table, *_bulk_triggers(table))).fetchall()
    bulk = len(triggers) == len(_bulk_triggers(table))  # else an unknown schema: leave the triggers be
    raw.execute(f"CREATE TEMP TABLE sync_incoming AS SELECT {names} FROM main.{table} WHERE 0")
    try:
        raw.executemany(f"INSERT INTO temp.sync_incoming ({names}) VALUES ({', '.join('?' * len(columns))})", rows)
        if bulk:
            for name, _sql in triggers:
                raw.execute(f"DROP TRIGGER main.{name}")
        raw.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM temp.sync_incoming WHERE true "
                    f"ORDER BY {_bulk_order(table, columns)} ON CONFLICT (uuid) DO UPDATE SET {updates}")
        if bulk:
            raw.execute(_LOG_STAGED, (table,))
            if table == "event":
                # New events have no search entry to remove.
                for statement in _INDEX_STAGED_EVENTS if fresh else _UNINDEX_STAGED_EVENTS + _INDEX_STAGED_EVENTS:
                    raw.execute(statement)
            for _name, sql in triggers:
                raw.execute(sql)
    finally:
        raw.execute("DROP TABLE temp.sync_incoming")


def _write_on_server(conn: Any, table: str, columns: Sequence[str], rows: list[list[Any]],
                     *, upsert: bool = False) -> None:
    """:func:`bulk_insert` and :func:`upsert_rows` on PostgreSQL; stored 0 and 1 made booleans where
    the column is one (text dates are cast by the server). A few rows, or a plain insert, go in one
    prepared statement sent in a pipeline, the tables' triggers writing the change log and the
    search index row by row. Many rows to merge are copied in, then written by one INSERT ... ON
    CONFLICT, the change log and the events' index written for them all at once (as on SQLite),
    in the order of ``rows``."""
    from sqlalchemy import Boolean

    from cicte_desktop.db.models import Base

    known = Base.metadata.tables[table].c
    flags = [index for index, name in enumerate(columns) if isinstance(known[name].type, Boolean)]
    rows = [[bool(value) if index in flags and value is not None
             else value.replace("\x00", "") if isinstance(value, str) and "\x00" in value  # (refused by the server)
             else value for index, value in enumerate(row)] for row in rows]
    import psycopg
    from sqlalchemy.exc import DBAPIError

    try:
        _write_rows_on_server(conn, table, columns, rows, upsert)
    except psycopg.Error as exc:  # as SQLAlchemy's own writes raise it: the callers say it in words
        raise DBAPIError.instance(f"INSERT INTO {table}", None, exc, psycopg.Error) from exc


def _write_rows_on_server(conn: Any, table: str, columns: Sequence[str], rows: list[list[Any]],
                          upsert: bool) -> None:
    names = ", ".join(columns)
    conflict = ""
    if upsert:
        conflict = " ON CONFLICT (uuid) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in columns if c != "uuid")
    with conn.connection.driver_connection.cursor() as cursor:
        if len(rows) < BULK_ROWS or not upsert:  # (a plain insert, demo data, keeps the row triggers)
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))}){conflict}",
                               rows)
            return
        # Many rows: copied into a table of this transaction (COPY, no statement per row), then one
        # INSERT ... SELECT in their order; dropped at the commit.
        cursor.execute(f"CREATE TEMP TABLE sync_incoming ON COMMIT DROP AS SELECT {names} FROM {table} WHERE false")
        cursor.execute("ALTER TABLE sync_incoming ADD COLUMN incoming_order bigserial")
        with cursor.copy(f"COPY sync_incoming ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        # The change log and the events' search index written for all the rows at once, as on SQLite.
        # (The flag lasts as long as the transaction: should a statement fail, the whole transaction
        # is void, the flag with it.)
        cursor.execute("SELECT set_config('cicte.bulk', 'on', true)")
        if table == "event":
            cursor.execute(_UNINDEX_STAGED_EVENTS_SERVER)
        cursor.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM sync_incoming "
                       f"ORDER BY {_server_order(table, columns)}{conflict}")
        cursor.execute(_LOG_STAGED_SERVER, (table,))
        if table == "event":
            cursor.execute(_INDEX_STAGED_EVENTS_SERVER[0])
            cursor.execute(_INDEX_STAGED_EVENTS_SERVER[1])
        cursor.execute("SELECT set_config('cicte.bulk', 'off', true)")
        cursor.execute("DROP TABLE sync_incoming")
