"""The full check of headquarters' database on a PostgreSQL server (``check``, *Tools > Check the
Database*): the counterpart of a file's ``PRAGMA integrity_check`` and ``foreign_key_check``, for
what a server can lose (constraints or triggers switched off, an index build that failed, a
search index out of step with its rows). It only reads. No Qt widgets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.cancel import Cancelled
from cicte_desktop.db.bulk import EVENT_SEARCH_BODY
from cicte_desktop.db.server import ServerUrl
from cicte_desktop.services.backup import CheckReport
from cicte_desktop.services.server_backup import ProgressCallback, connect_to_server, server_problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backup", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("Backup", text, None, n)

#: What each search index holds per row, by table (revision 0003's triggers): the check compares.
SEARCH_BODIES = {
    "work_area": ("plan_search_index", "t.number || '. ' || t.title"),
    "program": ("plan_search_index", "t.letter || '. ' || t.title"),
    "project": ("plan_search_index", "coalesce(t.number || '. ', '') || t.title"),
    "planned_activity": ("plan_search_index", "t.text || ' ' || coalesce(t.target_unit, '')"),
    "event": ("search_index", EVENT_SEARCH_BODY.format(e="t")),
}

#: What else each index row carries, as a comparison with its row: the events' filters read these,
#: the plan's its kind of item.
SEARCH_EXTRAS = {
    "work_area": "s.kind IS DISTINCT FROM 'work_area'",
    "program": "s.kind IS DISTINCT FROM 'program'",
    "project": "s.kind IS DISTINCT FROM 'project'",
    "planned_activity": "s.kind IS DISTINCT FROM 'activity'",
    "event": ("s.activity IS DISTINCT FROM t.activity_uuid OR s.start_date::text IS DISTINCT FROM t.start_date::text OR "
              "s.status IS DISTINCT FROM t.status OR s.event_type IS DISTINCT FROM t.event_type"),
}

#: The server functions of revisions 0003 and 0006 that keep the change log and the search index.
SEARCH_TRIGGERS = tuple(f"{table}_search" for table in SEARCH_BODIES)


def check_server(url: ServerUrl, progress: ProgressCallback | None = None) -> CheckReport:
    """The server database's counterpart of a file's full check, as a report: its schema, the
    references between rows, the triggers that keep the change log and the search index, the
    indexes, the search index against the rows, the sort order, and counts. It only reads.
    ``progress`` returning False stops it (:class:`Cancelled`)."""
    import psycopg

    from cicte_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS

    server = connect_to_server(url, read_only=True)
    lines: list[str] = []
    ok = True
    path = Path(url.display_name)
    try:
        cursor = server.cursor()
        cursor.execute("SHOW server_version")
        lines.append(_tr("Server: PostgreSQL {version}").format(version=cursor.fetchone()[0].split()[0]))
        has_schema = cursor.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()[0]
        row = cursor.execute("SELECT version_num FROM alembic_version").fetchone() if has_schema else None
        revision = row[0] if row else None
        if revision is None:
            lines.append(_tr("Schema: none. This is not a CICTE Desktop database yet: run upgrade."))
            return CheckReport(path, lines, False)
        if revision not in KNOWN_REVISIONS:
            lines.append(_tr("Schema revision: {revision}, of a newer version of CICTE Desktop: install it to check "
                             "this database.").format(revision=revision))
            return CheckReport(path, lines, False)
        if revision != HEAD_REVISION:
            ok = False
            lines.append(_tr("Schema revision: {revision}; this version needs {head}: run upgrade.").format(
                revision=revision, head=HEAD_REVISION))
        else:
            lines.append(_tr("Schema revision: {revision}").format(revision=revision))
        steps = [_references, _triggers, _indexes, _search_index, _sort_order]
        for number, step in enumerate(steps):
            if progress is not None and progress(number, len(steps) + 1) is False:
                raise Cancelled
            found, step_ok = step(cursor)
            lines += found
            ok = ok and step_ok
        for table, label in (("event", _tr("Events")), ("participant", _tr("Participants"))):
            count = cursor.execute(f"SELECT count(*) FROM {table} WHERE NOT deleted").fetchone()[0]
            lines.append(f"{label}: {count}")
    except psycopg.Error as exc:
        raise server_problem(url, exc, _tr("The check did not finish.")) from exc
    finally:
        server.close()
    return CheckReport(path, lines, ok)


def _references(cursor: Any) -> tuple[list[str], bool]:
    """Rows that point to missing rows (a constraint disabled, or added unchecked, lets them in)."""
    cursor.execute(
        "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, pa.attname, c.convalidated "
        "FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] "
        "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace ORDER BY 1, 2")
    problems = []
    for table, column, parent, key, _validated in cursor.fetchall():
        cursor.execute(f"SELECT count(*) FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
                       f"(SELECT 1 FROM {parent} p WHERE p.{key} = t.{column})")
        missing = cursor.fetchone()[0]
        if missing:
            problems.append(f"  {table}.{column} -> {parent}: {missing}")
    cursor.execute("SELECT count(*) FROM pg_trigger t JOIN pg_constraint c ON c.oid = t.tgconstraint "
                   "WHERE c.contype = 'f' AND t.tgenabled = 'D' AND c.connamespace = current_schema()::regnamespace")
    disabled = cursor.fetchone()[0]
    if not problems and not disabled:
        return [_tr("References: ok")], True
    lines = [_trn("References: %n row(s) point to missing rows", sum(int(p.rsplit(": ", 1)[1]) for p in problems))]
    lines += problems[:20]
    if disabled:
        lines.append(_tr("  The server does not check some references: their triggers are disabled."))
    return lines, False


def _triggers(cursor: Any) -> tuple[list[str], bool]:
    """The triggers that log every change (for field packages) and keep the search index."""
    from cicte_desktop.db.synced import SYNCED_TABLES

    expected = {f"{t}_sync_{kind}" for t in SYNCED_TABLES for kind in ("insert", "update")} | set(SEARCH_TRIGGERS)
    cursor.execute("SELECT t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                   "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace")
    found = dict(cursor.fetchall())
    missing = sorted(expected - set(found))
    disabled = sorted(name for name in expected & set(found) if found[name] == "D")
    if not missing and not disabled:
        return [_tr("Change log and search triggers: ok")], True
    lines = []
    if missing:
        lines.append(_tr("Change log and search triggers: missing: {names}").format(names=", ".join(missing)))
    if disabled:
        lines.append(_tr("Change log and search triggers: disabled: {names}").format(names=", ".join(disabled)))
    return lines, False


def _indexes(cursor: Any) -> tuple[list[str], bool]:
    """Indexes left unusable (a build that failed half-way)."""
    cursor.execute("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                   "WHERE c.relnamespace = current_schema()::regnamespace AND NOT (i.indisvalid AND i.indisready) "
                   "ORDER BY 1")
    broken = [row[0] for row in cursor.fetchall()]
    if not broken:
        return [_tr("Indexes: ok")], True
    return [_tr("Indexes: unusable: {names}").format(names=", ".join(broken))], False


def _search_index(cursor: Any) -> tuple[list[str], bool]:
    """Every row that is not deleted is in its search index once, as it reads now; nothing else is."""
    missing = stale = 0
    for table, (index, body) in SEARCH_BODIES.items():
        cursor.execute(f"SELECT count(*) FROM {table} t WHERE NOT t.deleted AND NOT EXISTS (SELECT 1 FROM search_key k "
                       f"JOIN {index} s ON s.rowid = k.id WHERE k.uuid = t.uuid)")
        missing += cursor.fetchone()[0]
        cursor.execute(f"SELECT count(*) FROM search_key k JOIN {index} s ON s.rowid = k.id JOIN {table} t "
                       f"ON t.uuid = k.uuid WHERE t.deleted OR s.body IS DISTINCT FROM {body} OR s.uuid <> t.uuid "
                       f"OR {SEARCH_EXTRAS[table]}")
        stale += cursor.fetchone()[0]
    for index in ("search_index", "plan_search_index"):
        cursor.execute(f"SELECT count(*) FROM {index} s WHERE NOT EXISTS (SELECT 1 FROM search_key k "
                       f"WHERE k.id = s.rowid AND k.uuid = s.uuid)")
        stale += cursor.fetchone()[0]
    if not missing and not stale:
        return [_tr("Search index: ok")], True
    return [_trn("Search index: %n record(s) missing or out of date: searches do not find them as they are", missing + stale)], False


def _sort_order(cursor: Any) -> tuple[list[str], bool]:
    """Text sorted by code point, as on the laptops (lists, workbooks and reports in one order)."""
    from cicte_desktop.db.server_setup import CODE_POINT_COLLATIONS

    cursor.execute("SELECT datcollate, to_jsonb(d) ->> 'datlocprovider', coalesce(to_jsonb(d) ->> 'datlocale', "
                   "to_jsonb(d) ->> 'daticulocale') FROM pg_database d WHERE datname = current_database()")
    collation, provider, icu = cursor.fetchone()
    if provider in ("i", "b"):
        collation = icu
    if collation in CODE_POINT_COLLATIONS:
        return [_tr("Sort order: {collation}, as on the laptops").format(collation=collation)], True
    return [_tr("Sort order: {collation}; lists would not come out in the laptops' order").format(
        collation=collation)], False
