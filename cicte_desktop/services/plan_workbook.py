"""Importing a plan workbook (``exports.plan_xlsx``) edited in Excel: what it would add, change
and retire in the plan of its year, previewed first; applied in one transaction, each change
with the reason given in the plan's history (amendments after approval). No widgets.

The workbook's *Year* (above the table) names the plan it is for:

- **that year has a plan**: the import *adds to that plan* — it adds the rows without an Id,
  changes the items whose cells differ, retires those set to Retired Yes; items whose rows were
  deleted are kept as they are (and listed);
- **that year has no plan yet**: the import *creates it*, as ``plan new`` does, a copy of the
  plan the workbook's Ids belong to (every item carried over, linked to the one it came from),
  then makes the workbook's changes to the copy — all in the same transaction.

A workbook comes from anyone: it is opened as ``events_import`` opens one (size limits, zip
checks, no XML entities, read-only streaming), at most ``plan_workbook_sheet.MAX_ROWS`` rows. Cells holding a
formula are refused, never evaluated: the value Excel shows may be stale or absent from the file
(a workbook written by another program carries no computed values), and importing a computed
title or target nobody typed would be a surprise; text that merely starts with "=" (which the
export writes as text) is read as text. Merged cells in the table are refused: only their first
cell holds a value, which would silently empty the others.

Plan changes are made at headquarters (they travel only from there): on a laptop the preview
says so and applying is refused.

The sheet is read by ``plan_workbook_sheet``; the preview and applying it are in
``plan_workbook_changes``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.services import plan_edit, plan_reading, plan_years, workplan
from cicte_desktop.services import plan_workbook_layout as layout
from cicte_desktop.services.plan_workbook_changes import (
    ADDED, CHANGED, MISSING, RETIRED, UNCHANGED, FieldChange, PlanRowChange, PlanWorkbookError, PlanWorkbookPreview,
    plan_state,
)
from cicte_desktop.services.plan_workbook_layout import PlanColumn, plan_columns
from cicte_desktop.services.plan_workbook_sheet import (
    CellError, Formula, Words, find_header, fold, read_sheet, sheet_year,
)


def _tr(text: str) -> str:
    return i18n.translate("PlanWorkbookImport", text)


# --- The plans in the database -----------------------------------------------------------------


def _plans_of_items(db: Database) -> dict[str, int]:
    """Every item's plan year, by uuid (items not deleted)."""
    sql = ("SELECT a.uuid, w.year FROM work_area a JOIN work_plan w ON w.uuid = a.work_plan_uuid "
           "WHERE NOT a.deleted AND NOT w.deleted "
           "UNION ALL SELECT p.uuid, w.year FROM program p JOIN work_area a ON a.uuid = p.work_area_uuid "
           "JOIN work_plan w ON w.uuid = a.work_plan_uuid WHERE NOT p.deleted AND NOT w.deleted "
           "UNION ALL SELECT j.uuid, w.year FROM project j JOIN program p ON p.uuid = j.program_uuid "
           "JOIN work_area a ON a.uuid = p.work_area_uuid JOIN work_plan w ON w.uuid = a.work_plan_uuid "
           "WHERE NOT j.deleted AND NOT w.deleted "
           "UNION ALL SELECT t.uuid, w.year FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid "
           "JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON a.uuid = p.work_area_uuid "
           "JOIN work_plan w ON w.uuid = a.work_plan_uuid WHERE NOT t.deleted AND NOT w.deleted "
           "UNION ALL SELECT uuid, year FROM work_plan WHERE NOT deleted")
    with db.sql() as conn:
        return dict(conn.execute(sql).fetchall())


# --- The preview -------------------------------------------------------------------------------


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _normal(value: Any) -> str:
    from cicte_desktop.services.workbook_layout import ILLEGAL_CHARACTERS

    return " ".join(ILLEGAL_CHARACTERS.sub("", str(value or "")).split())


def _shown(value: str, limit: int = 60) -> str:
    text = "".join(c if c.isprintable() else " " for c in value)
    return text if len(text) <= limit else text[:limit] + "…"


def _merge_in_table(ref: str, first_row: int) -> bool:
    from openpyxl.utils.cell import range_boundaries

    try:
        _min_col, _min_row, _max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return False
    return max_row is not None and max_row > first_row


def read_plan_workbook(path: Path, db: Database, progress: Any = None) -> PlanWorkbookPreview:
    """What importing the plan workbook at ``path`` would do. PlanWorkbookError (in words) for
    a file that is not a readable plan workbook; problems of single rows are listed in the
    preview's ``problems`` (each naming its sheet, row and column), which block applying.
    ``progress(done, total)`` returning False cancels (PlanWorkbookCancelled)."""
    path = Path(path)
    words = Words.build()
    sheet = read_sheet(path, words, progress)
    last_head, position, headings = find_header(sheet, words, path)
    year = sheet_year(sheet, last_head, words, path)
    missing = [c for c in ("level", "title", "id") if c not in position]
    if missing:
        names = {c.key: c.header for c in plan_columns()}
        raise PlanWorkbookError(_tr("{name}: the table of the sheet {sheet} lacks the columns {columns}.").format(
            name=path.name, sheet=sheet.name, columns=", ".join(names[c] for c in missing)))
    columns = {c.key: c for c in plan_columns()}
    problems: list[str] = []
    skipped: list[str] = []

    def where(row: int, key: str | None = None) -> str:
        if key is None or key not in position:
            return _tr("{sheet}, row {row}").format(sheet=sheet.name, row=row)
        index = position[key]
        return _tr("{sheet}, row {row}, column {letter} ({heading})").format(
            sheet=sheet.name, row=row, letter=_letter(index), heading=headings.get(index, columns[key].header))

    for ref in sheet.merges:
        if _merge_in_table(ref, last_head):
            problems.append(_tr("{sheet}, cells {cells}: merged cells in the table; unmerge them (each row needs its "
                                "own values).").format(sheet=sheet.name, cells=_shown(ref, 20)))

    # Which plan: the year's, or (none yet) the one the workbook's ids belong to.
    item_years = _plans_of_items(db)
    years = workplan.plan_years(db)
    creates = year not in years
    source_year: int | None = None
    if creates:
        found_years = sorted({item_years[str(values[position["id"]]).strip()] for _n, values in sheet.rows
                              if _n > last_head and position["id"] < len(values)
                              and isinstance(values[position["id"]], str)
                              and values[position["id"]].strip() in item_years})
        if not found_years:
            raise PlanWorkbookError(_tr("There is no work plan for {year}, and the rows of {name} carry no Id of another "
                                        "year's plan to start it from. Export an earlier year's plan workbook, change "
                                        "its Year to {year}, and edit it.").format(year=year, name=path.name))
        if len(found_years) > 1:
            raise PlanWorkbookError(_tr("There is no work plan for {year}, and the Ids of {name} belong to the plans of "
                                        "several years ({years}): a new plan starts from one.").format(
                year=year, name=path.name, years=", ".join(map(str, found_years))))
        source_year = found_years[0]
    plan = plan_reading.plan_for_editing(db, source_year if creates else year)
    existing: dict[str, plan_reading.EditorItem] = {item.uuid: item for _d, item in layout.walk(plan.items)}
    with db.sql() as conn:
        state = plan_state(lambda sql, params=(): conn.execute(sql, params).fetchall(), year, source_year)
        with_events = _items_with_events(conn, list(existing))

    labels = _labels()
    result: list[PlanRowChange] = []
    seen: dict[str, int] = {}
    last_of_level: dict[str, PlanRowChange] = {}  # the nearest row above, per level
    listed: set[str] = set()
    for number, raw in sheet.rows:
        if number <= last_head:
            continue
        values = {key: (raw[index] if index < len(raw) else None) for key, index in position.items()}
        values = {key: (v.strip() if isinstance(v, str) and not isinstance(v, (Formula, CellError)) else v)
                  for key, v in values.items()}
        if all(v in (None, "") for v in values.values()):
            continue  # a blank row (or one whose only cells are outside the table)
        if values.get("level") in (None, "") and values.get("id") in (None, ""):
            first = next((str(v) for v in raw if v not in (None, "")), "")
            skipped.append(_tr("{where}: no Level and no Id, not an item (a total or a note?): “{text}”").format(
                where=where(number), text=_shown(first, 40)))
            continue
        row_problems: list[str] = []

        def say(key: str | None, text: str, row: int = number, out: list[str] = row_problems) -> None:
            out.append(_tr("{where}: {problem}").format(where=where(row, key), problem=text))

        for key, value in values.items():
            if isinstance(value, Formula):
                say(key, _tr("holds a formula ({formula}); the import takes typed values only (a formula is never "
                             "computed here): type the value").format(formula=_shown(str(value), 40)))
                values[key] = None
            elif isinstance(value, CellError):
                say(key, _tr("holds the error {value}").format(value=_shown(str(value), 20)))
                values[key] = None
        level_text = values.get("level")
        table = words.levels.get(fold(level_text)) if level_text not in (None, "") else None
        if table is None:
            say("level", _tr("“{value}” is not a level ({levels})").format(
                value=_shown(str(level_text or "")), levels=", ".join(labels.values())) if level_text not in (None, "")
                else _tr("the Level is empty ({levels})").format(levels=", ".join(labels.values())))
        uuid = str(values["id"]) if values.get("id") not in (None, "") else None
        item = None
        if uuid is not None:
            if uuid in seen:
                say("id", _tr("the same Id is on row {row} too; each item has one row").format(row=seen[uuid]))
                uuid = None
            else:
                seen[uuid] = number
                item = existing.get(uuid)
                if item is None:
                    other = item_years.get(uuid)
                    if other is not None and other != (source_year if creates else year):
                        say("id", _tr("this Id is an item of the {other} plan, not of the {year} plan").format(
                            other=other, year=source_year if creates else year))
                    else:
                        say("id", _tr("no item of the {year} plan has this Id (taken out of the plan, or from "
                                      "another database); leave the Id empty to add an item").format(
                            year=source_year if creates else year))
                    uuid = None
                elif table is not None and item.table != table:
                    say("level", _tr("this item is a {level}; an item's level cannot change (add a new row and "
                                     "retire this one)").format(level=labels[item.table]))
        # Cells.
        title = _normal(values.get("title"))
        if not title:
            say("title", _tr("an item needs a title"))
        elif len(title) > plan_edit.MAX_TITLE:
            say("title", _tr("a title has at most {count} characters (this one has {length})").format(
                count=f"{plan_edit.MAX_TITLE:,}", length=f"{len(title):,}"))
        titles = {}
        for language in plan_reading.LANGUAGES:
            key = f"title_{language}"
            if key in position:
                titles[language] = _normal(values.get(key))
                if len(titles[language]) > plan_edit.MAX_TITLE:
                    say(key, _tr("a title has at most {count} characters (this one has {length})").format(
                        count=f"{plan_edit.MAX_TITLE:,}", length=f"{len(titles[language]):,}"))
        code = _normal(values.get("code")) if "code" in position else None
        if isinstance(values.get("code"), float) and values["code"].is_integer():
            code = str(int(values["code"]))
        effective = table or (item.table if item else None)
        if code and effective == "planned_activity":
            say("code", _tr("activities have no code (they are numbered by their order)"))
        elif code and effective in ("work_area", "project") and not (code.isdigit() and len(code) <= 8):
            say("code", _tr("“{value}” is not a number like 3").format(value=_shown(code)))
        elif code and effective == "program" and not (code.isalpha() and len(code) <= 4):
            say("code", _tr("“{value}” is not a letter like B").format(value=_shown(code)))
        elif not code and item is not None and effective in ("work_area", "program"):
            say("code", _tr("a work area needs its number and a program its letter"))
        def whole(key: str) -> int | None:
            """A target cell: empty, or a whole number from 0 to MAX_TARGET (said otherwise)."""
            if key not in position:
                return None
            value = values.get(key)
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            if isinstance(value, str) and value.replace(",", "").isdigit():
                value = int(value.replace(",", ""))
            if value in (None, ""):
                return None
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                say(key, _tr("“{value}” is not a whole number from 0 to 1,000,000").format(value=_shown(str(value))))
                return None
            if value > plan_edit.MAX_TARGET:
                say(key, _tr("{value} is too large: a target is at most 1,000,000").format(value=f"{value:,}"))
                return None
            return value

        target = whole("target")
        first_half, second_half = whole("target_first_half"), whole("target_second_half")
        if first_half is not None or second_half is not None:
            halves = plan_edit.half_targets_problem(target, first_half, second_half)
            if halves:
                say("target_first_half" if first_half is not None else "target_second_half", halves)
        unit = _normal(values.get("unit")) if "unit" in position else ""
        if len(unit) > plan_edit.MAX_UNIT:
            say("unit", _tr("a unit has at most {count} characters (this one has {length})").format(
                count=plan_edit.MAX_UNIT, length=f"{len(unit):,}"))

        def flag(key: str) -> bool | None:
            value = values.get(key)
            if key not in position:
                return None
            if value in (None, ""):
                return False
            folded = fold(value)
            if folded in words.yes:
                return True
            if folded in words.no:
                return False
            yes, no = layout.yes_no()
            say(key, _tr("“{value}” is neither {yes} nor {no}").format(value=_shown(str(value)), yes=yes, no=no))
            return None

        upon = flag("upon_request")
        retired = flag("retired")
        if effective is not None and effective != "planned_activity":
            if target is not None or unit or upon or first_half is not None or second_half is not None:
                say("target" if target is not None else "unit" if unit else "upon_request" if upon
                    else "target_first_half" if first_half is not None else "target_second_half",
                    _tr("only activities have targets"))
        # The parent: its Id, or the nearest row above of the level above.
        parent_uuid: str | None = None
        parent_row: int | None = None
        if effective is not None:
            parent_table = plan_reading.PARENTS[effective][0]
            given = str(values["parent_id"]) if values.get("parent_id") not in (None, "") else None
            if given is not None:
                if parent_table == "work_plan":
                    if given not in (plan.uuid,):
                        say("parent_id", _tr("a work area's Parent id is the plan's own (or empty)"))
                    parent_uuid = plan.uuid
                else:
                    parent = existing.get(given)
                    if parent is None:
                        other = item_years.get(given)
                        say("parent_id", _tr("no item of the {year} plan has this Id").format(
                            year=source_year if creates else year) if other is None or other == plan.year
                            else _tr("this Id is an item of the {other} plan, not of the {year} plan").format(
                                other=other, year=source_year if creates else year))
                    elif parent.table != parent_table:
                        say("parent_id", _tr("a {level} goes under a {parent_level}, but this Parent id is a "
                                             "{found}").format(level=labels[effective], parent_level=labels[parent_table],
                                                               found=labels[parent.table]))
                    else:
                        parent_uuid = parent.uuid
            elif parent_table == "work_plan":
                parent_uuid = plan.uuid
            else:
                above = last_of_level.get(parent_table)
                if above is None:
                    say("parent_id", _tr("no {parent_level} above this {level} and no Parent id: say where it "
                                         "goes").format(parent_level=labels[parent_table], level=labels[effective]))
                elif above.uuid is not None:
                    parent_uuid = above.uuid
                else:
                    parent_row = above.row
        change = PlanRowChange(UNCHANGED if item else ADDED, number, effective or "planned_activity",
                               code or "", title, uuid, parent_uuid=parent_uuid, parent_row=parent_row,
                               values={"title": title, "titles": titles, "code": code, "target": target, "unit": unit,
                                       "upon_request": upon, "retired": retired, "target_first_half": first_half,
                                       "target_second_half": second_half})
        if item is not None and not row_problems:
            _compare(change, item, columns, labels, position)
            listed.add(item.uuid)
            if change.kind == RETIRED:
                change.keeps_events = not creates and item.uuid in with_events
        elif item is None and retired:
            say("retired", _tr("a new item cannot be retired; leave the row out"))
        problems += row_problems
        if effective is not None:
            last_of_level[effective] = change
            for lower in plan_reading.ITEM_TABLES[plan_reading.ITEM_TABLES.index(effective) + 1:]:
                last_of_level.pop(lower, None)  # "the row above" never reaches over a parent
        result.append(change)
    # A retired parent whose children stay.
    going = {c.uuid for c in result if c.kind == RETIRED and c.uuid}
    for change in result:
        if change.parent_uuid in going and change.kind != RETIRED and not change.values["retired"]:
            problems.append(_tr("{where}: its parent is being retired; retire it too, or move it under another "
                                "parent").format(where=where(change.row or 0, "retired")))
    orders = _orders(plan, existing, result, _tr("Order"))
    # Two items of one parent with the same number or letter.
    codes: dict[tuple[str, str, str], int] = {}
    for change in result:
        code = (change.values.get("code") or (change.code if change.kind != ADDED else "")).upper()
        if not code or change.kind == RETIRED or change.row is None or change.table == "planned_activity":
            continue
        parent_key = change.parent_uuid or f"row:{change.parent_row}"
        first = codes.setdefault((parent_key, change.table, code), change.row)
        if first != change.row:
            problems.append(_tr("{where}: {code} is also the code of row {row}, under the same parent; each item "
                                "has its own").format(where=where(change.row, "code"), code=_shown(code, 10), row=first))
    for _depth, item in layout.walk(plan.items):
        if item.uuid not in listed and item.uuid not in seen:
            result.append(PlanRowChange(MISSING, None, item.table, item.code, item.title, item.uuid))
    if not any(c.kind != MISSING for c in result) and not problems:
        raise PlanWorkbookError(_tr("{name}: the sheet {sheet} lists no items of a plan.").format(
            name=path.name, sheet=sheet.name))
    return PlanWorkbookPreview(path, sheet.name, year, creates, source_year, plan.symbol,
                               plan_years.plan_travels_from_here(db), result, problems, skipped, state, orders)


def _orders(plan: plan_reading.EditorPlan, existing: dict[str, plan_reading.EditorItem], result: list[PlanRowChange],
            label: str) -> dict[str, list[str | int]]:
    """The rows' order under each item of the plan where it differs from the plan's: an added row
    goes where it was typed, a row moved up or down moves its item (an "order" change, before →
    after, counted among its siblings). An item moved under another parent by its Parent id goes
    last there."""
    rows: dict[str, list[PlanRowChange]] = {}
    for change in result:
        moved_in = any(f.key == "parent_id" for f in change.changes)  # (goes last under its new parent)
        if change.kind != MISSING and change.parent_uuid is not None and change.row is not None and not moved_in:
            rows.setdefault(change.parent_uuid, []).append(change)
    orders: dict[str, list[str | int]] = {}
    for parent, children in rows.items():
        current = [c.uuid for c in (plan.items if parent == plan.uuid else existing[parent].children)]
        known = set(current)
        wanted: list[str | int] = [c.uuid if c.uuid else (c.row or 0) for c in children]
        staying = [u for u in wanted if isinstance(u, str) and u in known]
        before = [u for u in current if u in set(staying)]
        if wanted == before + [u for u in wanted if not (isinstance(u, str) and u in known)]:
            continue  # the plan's order, new rows (and items moved in) last: what adding does anyway
        orders[parent] = wanted
        if staying != before:
            for change in children:
                if change.uuid in staying and staying.index(change.uuid) != before.index(change.uuid):
                    change.changes.append(FieldChange("order", label, str(current.index(change.uuid) + 1),
                                                      str(wanted.index(change.uuid) + 1)))
                    if change.kind == UNCHANGED:
                        change.kind = CHANGED
    return orders


def _labels() -> dict[str, str]:
    return layout.level_labels()


def _items_with_events(conn: Any, uuids: list[str]) -> set[str]:
    """The items among ``uuids`` that events point at, themselves or below them."""
    rows = conn.execute(
        "SELECT DISTINCT t.uuid, j.uuid, p.uuid, p.work_area_uuid FROM event e "
        "JOIN planned_activity t ON t.uuid = e.activity_uuid JOIN project j ON j.uuid = t.project_uuid "
        "JOIN program p ON p.uuid = j.program_uuid").fetchall()
    found = {uuid for row in rows for uuid in row}
    return found & set(uuids)


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


def _compare(change: PlanRowChange, item: plan_reading.EditorItem, columns: dict[str, PlanColumn],
             labels: dict[str, str], position: dict[str, int]) -> None:
    values = change.values
    yes, no = layout.yes_no()

    def differ(key: str, old: Any, new: Any, shown_old: str | None = None, shown_new: str | None = None) -> None:
        if old != new:
            change.changes.append(FieldChange(key, columns[key].header, shown_old or _text(old),
                                              shown_new or _text(new)))

    if values["code"] is not None:
        differ("code", item.code or "", values["code"])
    differ("title", _normal(item.title), values["title"])
    for language, title in values["titles"].items():
        differ(f"title_{language}", _normal(item.titles.get(language)), title)
    if item.table == "planned_activity":
        if "target" in position:
            differ("target", item.target, values["target"])
        for half, old in (("target_first_half", item.first_half), ("target_second_half", item.second_half)):
            if half in position:
                differ(half, old, values[half])
        if "unit" in position:
            differ("unit", _normal(item.unit), values["unit"])
        if values["upon_request"] is not None:
            differ("upon_request", item.upon_request, values["upon_request"], yes if item.upon_request else no,
                   yes if values["upon_request"] else no)
    if change.parent_uuid is not None and change.parent_uuid != item.parent_uuid:
        change.changes.append(FieldChange("parent_id", columns["parent_id"].header, item.parent_uuid,
                                          change.parent_uuid))
    if values["retired"] is not None and values["retired"] != item.retired:
        if values["retired"]:
            change.kind = RETIRED
            return
        change.changes.append(FieldChange("retired", columns["retired"].header, yes, no))
    if change.changes:
        change.kind = CHANGED
