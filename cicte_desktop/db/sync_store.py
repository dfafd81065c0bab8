"""The SQL of field packages: the change log, what was sent to and received from each peer,
the rows of synchronised tables by uuid, the conflict log and the trusted senders.

Reads take a ``query`` (:func:`query_on` makes one from a connection); writes take the
SQLAlchemy connection of a transaction under way. Everything returns plain rows or values;
what they mean is the business of ``cicte_desktop.sync``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from cicte_desktop.db import driver_sql
from cicte_desktop.db.models import format_timestamp, utcnow

class Query:
    """``query(sql, params)``: the rows of one statement (SQLite's SQL, with ``?``), inside a
    transaction under way; ``query.dialect`` is the database's ("sqlite" or "postgresql")."""

    def __init__(self, run: Callable[[str, Sequence[Any]], list[tuple[Any, ...]]], dialect: str) -> None:
        self.run, self.dialect = run, dialect

    def __call__(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.run(sql, params)

#: How many uuids one statement looks up (as a JSON array).
CHUNK = 50_000


def query_on(conn: Any) -> Query:
    """A ``query`` on the plain connection of ``Database.sql`` (sqlite3, or its like on a server)
    or a SQLAlchemy one (``Database.write``)."""
    if not hasattr(conn, "exec_driver_sql"):
        dialect = "sqlite" if isinstance(conn, sqlite3.Connection) else "postgresql"
        return Query(lambda sql, params=(): conn.execute(sql, params).fetchall(), dialect)
    return Query(lambda sql, params=(): driver_sql.execute(conn, sql, params).fetchall(), conn.dialect.name)


@contextlib.contextmanager
def interruptible(conn: Any, stop: Callable[[], bool], every: int = 20_000) -> Iterator[None]:
    """Statements run on ``conn`` (sqlite3 or SQLAlchemy) inside stop once ``stop()`` returns True
    (asked every ``every`` steps of SQLite's virtual machine): they raise
    ``sqlite3.OperationalError`` ("interrupted"), and the transaction is to be rolled back. On a
    server the caller's own checks between statements stop the work instead."""
    raw = conn if isinstance(conn, sqlite3.Connection) else getattr(conn, "connection", None)
    raw = getattr(raw, "driver_connection", raw)
    if not isinstance(raw, sqlite3.Connection):
        yield
        return
    raw.set_progress_handler(lambda: bool(stop()), every)
    try:
        yield
    finally:
        raw.set_progress_handler(None, 0)


def wait_for_writers(conn: Any, dialect: str) -> None:
    """Begin a read of the change log (``conn``'s transaction, before anything else is read) once
    every write under way has ended, holding new ones until the read ends. On a server the log's
    sequence numbers are given as rows are written, not as they are committed: without this, an
    export could record as sent a number past a change still being saved, which would then never
    travel. (A file has one writer at a time, and a read sees only what was committed before.)"""
    if dialect == "postgresql":
        conn.execute("LOCK TABLE sync_change IN SHARE MODE")


def now_stamp() -> str:
    """Now, as the database stores time stamps."""
    return format_timestamp(utcnow())


def name_key(name: str) -> str:
    """The ``sync_peer`` key of a destination typed by name before its device was known."""
    return "name:" + " ".join(name.split()).casefold()


def chunks(values: list[Any], size: int = CHUNK) -> list[list[Any]]:
    return [values[i:i + size] for i in range(0, len(values), size)] or [[]]


def _in_chunks(query: Query, sql: str, values: Iterable[Any]) -> list[tuple]:
    """``sql`` (one ``?``: a JSON array of values, read by ``{values}``) for the values, a chunk at a time."""
    sql = sql.format(values=driver_sql.json_values(query.dialect))
    rows: list[tuple] = []
    for chunk in chunks(list(values)):
        if chunk:
            rows += query(sql, (json.dumps(chunk),))
    return rows


# --- Rows of synchronised tables ------------------------------------------------------------


def rows_by_uuid(query: Query, table: str, columns: Sequence[str], uuids: list[str],
                 not_device: str | None = None) -> list[tuple]:
    """Rows in the order they were stored, which is the order of a roster: packages keep it.
    ``not_device``: leave out the rows last written by that device (the seed's)."""
    extra = f"AND device_id != '{not_device}'" if not_device else ""
    return _in_chunks(query, f"SELECT {', '.join(columns)} FROM {table} WHERE uuid IN {{values}} "
                             f"{extra} ORDER BY rowid", uuids)


def all_rows(query: Query, table: str, columns: Sequence[str], not_device: str) -> list[tuple]:
    """Every row of ``table`` but those last written by ``not_device``, in the order stored."""
    return query(f"SELECT {', '.join(columns)} FROM {table} WHERE device_id != ? ORDER BY rowid", (not_device,))


def natural_key_owners(query: Query, table: str, key: Sequence[str], first_values: list[Any]) -> list[tuple]:
    """(uuid, *key) of the rows whose first key column holds one of ``first_values``."""
    return _in_chunks(query, f"SELECT uuid, {', '.join(key)} FROM {table} WHERE {key[0]} IN "
                             "{values}", first_values)


def device_names(query: Query, *leaving_out: str) -> list[tuple[str, str]]:
    """(uuid, name) of the devices not deleted, by name, but those listed."""
    return query(f"SELECT uuid, name FROM device WHERE uuid NOT IN ({', '.join('?' * len(leaving_out)) or 'NULL'}) "
                 "AND NOT deleted ORDER BY name", leaving_out)


def device_name(query: Query, uuid: str) -> str:
    rows = query("SELECT name FROM device WHERE uuid = ?", (uuid,))
    return rows[0][0] if rows else ""


def locked_halves(query: Query) -> set[tuple[int, int]]:
    """(year, half) of every locked reporting period."""
    return {(y, h) for y, h in query("SELECT year, half FROM period_lock WHERE locked AND NOT deleted", ())}


# --- The change log and the peers -----------------------------------------------------------


def last_change(query: Query) -> int:
    """The sequence number of the change log's last entry (0 when empty)."""
    return query("SELECT coalesce(max(seq), 0) FROM sync_change", ())[0][0]


def changes_between(query: Query, after: int, upto: int) -> list[tuple[str, str, str | None]]:
    """(table, uuid, origin) of the change log's entries after ``after`` up to ``upto``, in order."""
    return query("SELECT table_name, uuid, origin FROM sync_change WHERE seq > ? AND seq <= ? ORDER BY seq",
                 (after, upto))


def changes_of(query: Query, uuids: list[str]) -> list[tuple[int, str, str, str, str | None]]:
    """(seq, uuid, updated_at, device_id, origin) of the change log's entries for ``uuids``, in
    order for each chunk of uuids."""
    return _in_chunks(query, "SELECT seq, uuid, updated_at, device_id, origin FROM sync_change "
                             "WHERE uuid IN {values} ORDER BY seq", uuids)


def peers(query: Query) -> list[tuple[str, str, str | None, str | None]]:
    """(peer_key, name, device_uuid, exported_at) of every destination packages were made for."""
    return query("SELECT peer_key, name, device_uuid, exported_at FROM sync_peer", ())


def exported_seq(query: Query, *peer_keys: str) -> int:
    """How far the change log was sent to the peer known by any of ``peer_keys`` (0: never)."""
    rows = query(f"SELECT coalesce(max(exported_seq), 0) FROM sync_peer WHERE peer_key IN "
                 f"({', '.join('?' * len(peer_keys))})", peer_keys)
    return rows[0][0] if rows else 0


def imported_at(query: Query, package_uuid: str) -> str | None:
    """When the package was imported here before (None: never)."""
    rows = query("SELECT max(at) FROM sync_package WHERE package_uuid = ? AND direction = 'import'", (package_uuid,))
    return rows[0][0] if rows else None


def judged_versions(query: Query, uuids: list[str]) -> set[tuple[str, str, str]]:
    """(uuid, updated_at, device_id) of the incoming versions already logged as conflicts."""
    return set(_in_chunks(
        query, f"SELECT record_uuid, {_json_field(query.dialect, 'theirs', 'updated_at')}, "
               f"{_json_field(query.dialect, 'theirs', 'device_id')} FROM sync_conflict "
               "WHERE record_uuid IN {values}", uuids))


def _json_field(dialect: str, column: str, field: str) -> str:
    """A field of the JSON object a text column holds, as text."""
    if dialect == "postgresql":
        return f"(CAST({column} AS json) ->> '{field}')"
    return f"json_extract({column}, '$.{field}')"


def logged_conflicts(query: Query, limit: int) -> list[tuple]:
    """(resolved_at, peer_name, table_name, label, winner, rule, user_name, ours, theirs), newest first."""
    return query("SELECT resolved_at, peer_name, table_name, label, winner, rule, coalesce(user_name, ''), ours, "
                 "theirs FROM sync_conflict ORDER BY resolved_at DESC, label LIMIT ?", (limit,))


def _greater(conn: Any, first: str, second: str) -> str:
    """The greater of two values (SQLite's two-argument max)."""
    return f"{'greatest' if conn.dialect.name == 'postgresql' else 'max'}({first}, {second})"


def remember_export(conn: Any, peer_key: str, name: str, device_uuid: str | None, seq: int, now: str) -> None:
    driver_sql.execute(
        conn,
        "INSERT INTO sync_peer (peer_key, name, device_uuid, exported_seq, exported_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (peer_key) DO UPDATE SET name = excluded.name, exported_at = excluded.exported_at, "
        f"exported_seq = {_greater(conn, 'sync_peer.exported_seq', 'excluded.exported_seq')}",
        (peer_key, name, device_uuid, seq, now))


def remember_import(conn: Any, device: str, name: str, now: str) -> None:
    """The peer ``device`` sent a package; a destination typed as ``name`` before is that device."""
    folded = exported_seq(query_on(conn), name_key(name))
    driver_sql.execute(conn, "DELETE FROM sync_peer WHERE peer_key = ?", (name_key(name),))
    driver_sql.execute(
        conn,
        "INSERT INTO sync_peer (peer_key, name, device_uuid, exported_seq, imported_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (peer_key) DO UPDATE SET name = excluded.name, device_uuid = excluded.device_uuid, "
        "imported_at = excluded.imported_at, "
        f"exported_seq = {_greater(conn, 'sync_peer.exported_seq', 'excluded.exported_seq')}",
        (device, name, device, folded, now))


def log_package(conn: Any, package_uuid: str, direction: str, peer_key: str, peer_name: str, file_name: str,
                at: str, counts: dict[str, int]) -> None:
    driver_sql.execute(conn, 
        "INSERT INTO sync_package (package_uuid, direction, peer_key, peer_name, file_name, at, counts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (package_uuid, direction, peer_key, peer_name, file_name, at, json.dumps(counts)))


# --- Merging --------------------------------------------------------------------------------


def begin_merge(conn: Any, origin: str) -> None:
    """Foreign keys checked at commit; the change log's triggers mark what this transaction
    writes as coming from ``origin``, so that it is not sent back to it."""
    if conn.dialect.name == "sqlite":  # (a server checks each row as it is written: rows come parents first)
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    driver_sql.execute(conn, "INSERT INTO local_setting (key, value) VALUES ('sync_origin', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (origin,))


def end_merge(conn: Any) -> None:
    driver_sql.execute(conn, "DELETE FROM local_setting WHERE key = 'sync_origin'")


def restamp(conn: Any, table: str, uuid: str, stamp: str, device_id: str) -> None:
    """Make the row a change made here at ``stamp``."""
    driver_sql.execute(conn, f"UPDATE {table} SET updated_at = ?, device_id = ? WHERE uuid = ?", (stamp, device_id, uuid))


def log_conflicts(conn: Any, rows: list[tuple]) -> None:
    """Rows of (id, package_uuid, peer_device_uuid, peer_name, table_name, record_uuid, label,
    ours, theirs, winner, rule, resolved_at, user_name)."""
    if rows:
        driver_sql.executemany(
            conn,
            "INSERT INTO sync_conflict (id, package_uuid, peer_device_uuid, peer_name, table_name, record_uuid, label, "
            "ours, theirs, winner, rule, resolved_at, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)


# --- Trusted senders ------------------------------------------------------------------------


def trusted_device(query: Query, device_uuid: str) -> tuple[str, str, str] | None:
    """(public_key as hex, role, name) the device was confirmed with, or None."""
    rows = query("SELECT public_key, role, name FROM trusted_device WHERE device_uuid = ?", (device_uuid,))
    return tuple(rows[0]) if rows else None  # type: ignore[return-value]


def trusted_in_role(query: Query, role: str, leaving_out: str) -> str | None:
    """The name of a trusted device (other than ``leaving_out``) in ``role``, or None."""
    rows = query("SELECT name FROM trusted_device WHERE role = ? AND device_uuid != ?", (role, leaving_out))
    return rows[0][0] if rows else None


def change_role(conn: Any, from_role: str, to_role: str, leaving_out: str) -> None:
    driver_sql.execute(conn, "UPDATE trusted_device SET role = ? WHERE role = ? AND device_uuid != ?",
                         (to_role, from_role, leaving_out))


def trust_device(conn: Any, device_uuid: str, name: str, public_key_hex: str, role: str, now: str) -> None:
    """Remember the device as trusted in ``role`` (its confirmation time kept when nothing changed)."""
    driver_sql.execute(conn, 
        "INSERT INTO trusted_device (device_uuid, name, public_key, role, confirmed_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (device_uuid) DO UPDATE SET name = excluded.name, public_key = excluded.public_key, "
        "role = excluded.role, confirmed_at = CASE WHEN trusted_device.public_key = excluded.public_key "
        "AND trusted_device.role = excluded.role THEN trusted_device.confirmed_at ELSE excluded.confirmed_at END",
        (device_uuid, name, public_key_hex, role, now))
