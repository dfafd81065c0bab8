"""The plan workbook's layout: its columns, the words of its levels and flags, its rows. One
table that the exporter (``exports.plan_xlsx``) writes and the importer
(``services.plan_workbook``) reads, so that a column added here is both written and read. No
widgets, no files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cicte_desktop import i18n
from cicte_desktop.services import plan_reading

#: Prefix of the hidden row's column keys ("cicte:level"): never a heading a person types.
KEY_PREFIX = "cicte:"
#: The rows of the header block above the hidden key row and the headings.
BLOCK_ROWS = 5
KEY_ROW = BLOCK_ROWS + 1
HEADING_ROW = KEY_ROW + 1
FIRST_ITEM_ROW = HEADING_ROW + 1
LEVELS = plan_reading.ITEM_TABLES


def _tr(text: str) -> str:
    return i18n.translate("PlanWorkbook", text)


@dataclass(frozen=True)
class PlanColumn:
    key: str  # the hidden row's key, without KEY_PREFIX
    header: str  # in the language being written
    width: float
    kind: str  # "level", "code", "text", "number", "flag", "id"


def plan_columns() -> list[PlanColumn]:
    """The plan workbook's columns, in order: the one table both the export and the import use."""
    return [
        PlanColumn("level", _tr("Level"), 12, "level"),
        PlanColumn("code", _tr("Code"), 7, "code"),
        PlanColumn("title", _tr("Title (English)"), 60, "text"),
        PlanColumn("title_es", _tr("Title (Spanish)"), 40, "text"),
        PlanColumn("title_fr", _tr("Title (French)"), 40, "text"),
        PlanColumn("title_pt", _tr("Title (Portuguese)"), 40, "text"),
        PlanColumn("target", _tr("Target"), 9, "number"),
        PlanColumn("target_first_half", _tr("Target by 30 June"), 10, "number"),
        PlanColumn("target_second_half", _tr("Target July–December"), 10, "number"),
        PlanColumn("unit", _tr("Unit"), 16, "text"),
        PlanColumn("upon_request", _tr("Upon request"), 11, "flag"),
        PlanColumn("retired", _tr("Retired"), 9, "flag"),
        PlanColumn("parent_id", _tr("Parent id"), 11, "id"),
        PlanColumn("id", _tr("Id"), 11, "id"),
        PlanColumn("carried_from_id", _tr("Carried from id"), 11, "id"),
    ]


def level_labels() -> dict[str, str]:
    """The Level column's words, by item table."""
    return {"work_area": _tr("Work area"), "program": _tr("Program"), "project": _tr("Project"),
            "planned_activity": _tr("Activity")}


def yes_no() -> tuple[str, str]:
    return _tr("Yes"), _tr("No")


def block_labels() -> dict[str, str]:
    """The header block's labels, by key (the import reads "year")."""
    return {"title": _tr("Work plan"), "year": _tr("Year"), "symbol": _tr("Symbol"),
            "approved_on": _tr("Approved on")}


def sheet_names() -> dict[str, str]:
    return {"plan": _tr("Work plan"), "help": _tr("How to use")}


def help_lines() -> list[str]:
    """The How to use sheet, line by line."""
    return [
        _tr("How to use this workbook"),
        "",
        _tr("The Work plan sheet lists every item of the plan, one row each, in the plan's order: work areas, "
            "programs, projects and planned activities. Change it here, save it, and import it with Plan > Import "
            "Plan Workbook… (or cicte-desktop plan import FILE). The import first shows what it would change: "
            "nothing is written until you confirm, with a reason, and every change goes to the plan's history."),
        "",
        _tr("To change an item, change its cells: its title in any language, its code (number or letter), its "
            "target, unit or “Upon request”."),
        _tr("To add an item, add a row with an empty Id where it goes, and say its Level. It goes under the nearest "
            "row above it of the level above (a program under the work area above it, and so on), or under the item "
            "named by its Parent id, and takes its row's place among its siblings. A new item's code, left empty, is "
            "the next free one."),
        _tr("To retire an item, set Retired to Yes. An item that events point at is kept, marked retired, with its "
            "events; one without events is taken out of the plan. Rows are never deleted: a row you delete is "
            "left in the plan as it is (the import lists it)."),
        _tr("To move an item up or down, move its row among its siblings. To move it under another parent of the "
            "same level, put that parent's Id in its Parent id: it goes last there."),
        _tr("Do not edit the Id, Parent id (except to move) or Carried from id columns, nor the hidden row above "
            "the headings: they tie each row to its item."),
        _tr("The Year above the table says which year's plan the workbook is for. To draft next year's plan, change "
            "the Year: if that year has no plan yet, the import creates it as a copy of this one, with your changes."),
        _tr("Targets are whole numbers from 0 to 1,000,000. Type values, not formulas: a cell holding a formula is "
            "refused. Titles have at most 2,000 characters, units 200."),
        _tr("An activity may split its target between the halves of the year: how many are due by 30 June and how "
            "many in July-December. Both given add up to the target; one alone leaves the rest to the other half; "
            "both empty: not split."),
        _tr("Headings may be in English, Spanish, French or Portuguese; title rows, blank rows and a total row "
            "without Level and Id are skipped. Do not merge cells in the table."),
    ]


def walk(items: list[plan_reading.EditorItem]) -> Iterator[tuple[int, plan_reading.EditorItem]]:
    """(depth, item) in outline order."""
    stack = [(0, item) for item in reversed(items)]
    while stack:
        depth, item = stack.pop()
        yield depth, item
        stack.extend((depth + 1, child) for child in reversed(item.children))
