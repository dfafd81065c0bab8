"""Reading a year's work plan for editing: its items (retired ones included), where an item can
move, the plan's history of changes and the amendments made after its approval, in the words the
reports use. The writes are in ``plan_edit``. No widgets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cicte_desktop import i18n
from cicte_desktop.db.database import Database

ITEM_TABLES = ("work_area", "program", "project", "planned_activity")
#: Each item table's parent table and the column naming the parent.
PARENTS = {"work_area": ("work_plan", "work_plan_uuid"), "program": ("work_area", "work_area_uuid"),
           "project": ("program", "program_uuid"), "planned_activity": ("project", "project_uuid")}
#: The column holding an item's English title.
TITLE_COLUMN = {"work_area": "title", "program": "title", "project": "title", "planned_activity": "text"}
LANGUAGES = ("es", "fr", "pt")


def _tr(text: str) -> str:
    return i18n.translate("PlanEdit", text)


class PlanEditError(ValueError):
    """The change cannot be made as asked; the message is for the user. Nothing was written."""


@dataclass
class EditorItem:
    table: str
    uuid: str
    code: str  # number or letter; "" for activities and unnumbered projects
    title: str
    retired: bool
    target: int | None = None
    unit: str | None = None
    upon_request: bool = False
    children: list[EditorItem] = field(default_factory=list)
    first_half: int | None = None  # of the target, due by 30 June (None: the plan does not say)
    second_half: int | None = None  # due in July-December
    parent_uuid: str = ""
    carried_from: str | None = None
    #: Titles in Spanish, French and Portuguese, by language (those the plan has).
    titles: dict[str, str] = field(default_factory=dict)


@dataclass
class EditorPlan:
    uuid: str
    year: int
    symbol: str
    title: str
    approved_on: dt.date | None
    items: list[EditorItem] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryRow:
    at: str  # UTC ISO timestamp
    item_table: str
    item: str  # the item's title today
    field: str
    old_value: str | None
    new_value: str | None
    reason: str
    amendment: bool
    user_name: str
    item_uuid: str = ""


def plan_for_editing(db: Database, year: int) -> EditorPlan:
    """``year``'s plan with every item not deleted, retired ones included, in the document's order."""
    with db.sql() as conn:
        row = conn.execute("SELECT uuid, year, symbol, title, approved_on FROM work_plan WHERE year = ? AND NOT deleted",
                           (year,)).fetchone()
        if row is None:
            raise PlanEditError(_tr("There is no work plan for {year}.").format(year=year))
        approved = dt.date.fromisoformat(row[4]) if row[4] else None
        plan = EditorPlan(row[0], row[1], row[2], row[3], approved)
        parents: dict[str, list[EditorItem]] = {plan.uuid: plan.items}
        none = "NULL, NULL, 0, NULL, NULL"
        queries = {
            "work_area": f"SELECT uuid, work_plan_uuid, number, title, retired, {none}, carried_from_uuid FROM work_area",
            "program": f"SELECT uuid, work_area_uuid, letter, title, retired, {none}, carried_from_uuid FROM program",
            "project": f"SELECT uuid, program_uuid, coalesce(number, ''), title, retired, {none}, carried_from_uuid "
                       "FROM project",
            "planned_activity": "SELECT uuid, project_uuid, '', text, retired, target_quantity, target_unit, "
                                "upon_request, target_first_half, target_second_half, carried_from_uuid "
                                "FROM planned_activity",
        }
        items: dict[str, EditorItem] = {}
        for table in ITEM_TABLES:
            for uuid, parent, code, title, retired, target, unit, upon, first, second, carried in conn.execute(
                    queries[table] + " WHERE NOT deleted ORDER BY position, rowid"):
                if parent in parents:
                    item = EditorItem(table, uuid, code, title, bool(retired), target, unit, bool(upon),
                                      first_half=first, second_half=second, parent_uuid=parent, carried_from=carried)
                    parents[parent].append(item)
                    parents[uuid] = item.children
                    items[uuid] = item
        wanted = list(items)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for uuid, language, title in conn.execute(
                    f"SELECT item_uuid, language, title FROM plan_title WHERE NOT deleted AND item_uuid IN "
                    f"({', '.join('?' * len(chunk))}) ORDER BY rowid", chunk):
                if language in LANGUAGES:
                    items[uuid].titles[language] = title
    return plan


@dataclass(frozen=True)
class MoveTarget:
    """A parent an item can move under: its uuid, and its code and title as the tree shows them."""

    uuid: str
    label: str


def move_targets(db: Database, uuid: str) -> list[MoveTarget]:
    """Where the item ``uuid`` (a program, project or activity) can move: every item of its
    parent's level in the same plan, in the document's order, except its own parent and what is
    retired (or under a retired item)."""
    with db.sql() as conn:
        for table in ITEM_TABLES[1:]:
            row = conn.execute(f"SELECT {PARENTS[table][1]} FROM {table} WHERE uuid = ? AND NOT deleted",
                               (uuid,)).fetchone()
            if row is not None:
                level, current = PARENTS[table][0], row[0]
                break
        else:
            return []
        year = conn.execute(
            {"work_area": "SELECT w.year FROM work_area a JOIN work_plan w ON w.uuid = a.work_plan_uuid WHERE a.uuid = ?",
             "program": "SELECT w.year FROM program p JOIN work_area a ON a.uuid = p.work_area_uuid "
                        "JOIN work_plan w ON w.uuid = a.work_plan_uuid WHERE p.uuid = ?",
             "project": "SELECT w.year FROM project j JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON "
                        "a.uuid = p.work_area_uuid JOIN work_plan w ON w.uuid = a.work_plan_uuid WHERE j.uuid = ?",
             }[level], (current,)).fetchone()
    if year is None:
        return []
    plan = plan_for_editing(db, year[0])
    found: list[MoveTarget] = []

    def walk(items: list[EditorItem], codes: tuple[str, ...]) -> None:
        for position, item in enumerate(items, start=1):
            if item.retired:
                continue  # nor anything under it
            code = ".".join((*codes, item.code or f"({position})"))
            if item.table != level:
                walk(item.children, (*codes, item.code or f"({position})"))
            elif item.uuid != current:
                found.append(MoveTarget(item.uuid, f"{code}. {item.title}" if level == "work_area"
                                        else f"{code} {item.title}"))

    walk(plan.items, ())
    return found


def history(db: Database, year: int) -> list[HistoryRow]:
    """The plan's changes, newest first."""
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT c.created_at, c.item_table, c.item_uuid, c.field, c.old_value, c.new_value, c.reason, c.amendment, "
            "coalesce(c.user_name, '') FROM plan_change c JOIN work_plan w ON w.uuid = c.work_plan_uuid "
            "WHERE w.year = ? AND NOT c.deleted ORDER BY c.created_at DESC, c.rowid DESC", (year,)).fetchall()
        titles: dict[str, str] = {}
        for table in ("work_plan", *ITEM_TABLES):
            column = TITLE_COLUMN.get(table, "title")
            wanted = [r[2] for r in rows if r[1] == table]
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                titles.update(conn.execute(f"SELECT uuid, {column} FROM {table} WHERE uuid IN "
                                           f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return [HistoryRow(at, table, titles.get(uuid, ""), name, old, new, reason, bool(amendment), user, uuid)
            for at, table, uuid, name, old, new, reason, amendment, user in rows]


def is_approved(db: Database, year: int) -> bool:
    with db.sql() as conn:
        row = conn.execute("SELECT approved_on FROM work_plan WHERE year = ? AND NOT deleted", (year,)).fetchone()
    return bool(row and row[0])


def amended_items(db: Database, year: int) -> dict[str, list[HistoryRow]]:
    """The items of ``year``'s plan changed after its approval, each with its amendments (oldest
    first): what a report marks as amended."""
    result: dict[str, list[HistoryRow]] = {}
    for row in reversed(history(db, year)):
        if row.amendment:
            result.setdefault(row.item_uuid, []).append(row)
    return result


#: The mark after an amended item's title in the reports.
AMENDED_MARK = "†"


def amendment_notes(db: Database, year: int) -> dict[str, list[str]]:
    """Each item of ``year``'s plan changed after its approval (and the plan itself, under its
    uuid), with its amendments in words, oldest first: "Amended on 2017-03-02, after the plan's
    approval on 2016-12-15: the donor doubled the target". The words every output shows (the PDF
    reports under the item, the workbook's Work plan sheet in its Amended column); a change of
    several fields at once (a target's quantity and unit) is one amendment."""
    amended = amended_items(db, year)
    if not amended:
        return {}
    with db.sql() as conn:
        approved = conn.execute("SELECT approved_on FROM work_plan WHERE year = ? AND NOT deleted",
                                (year,)).fetchone()
    approved_on = str(approved[0])[:10] if approved and approved[0] else "…"
    notes: dict[str, list[str]] = {}
    for uuid, rows in amended.items():
        texts = notes.setdefault(uuid, [])
        for row in rows:
            text = _tr("Amended on {date}, after the plan's approval on {approved}: {reason}").format(
                date=row.at[:10], approved=approved_on, reason=row.reason)
            if text not in texts:
                texts.append(text)
    return notes
