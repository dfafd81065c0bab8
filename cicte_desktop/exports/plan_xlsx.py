"""The plan workbook: a year's work plan as one row per item, for a program manager to draft the
next plan (or amend this one) in Excel and import it back (``services.plan_workbook``). Knows
nothing of widgets: a plan in, a file out.

Sheet *Work plan*: a header block naming the plan (title, year, symbol, approval), a hidden row
of column keys (``cicte:level``…), which makes the workbook readable whatever the language of
its headings, the headings in the user's language, then every item in the plan's order
(retired ones too, marked). Sheet *How to use*: what to change and how, in plain words.

The columns are :func:`plan_columns`, one table: a column added there is written and read.

Deterministic: the same plan gives the same bytes (fixed document dates, fixed zip entry
times), so that export, import with no change, export gives the same file. Text a spreadsheet
could take for a formula is written as text; control characters are dropped.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.files import atomic_target
from cicte_desktop.services import plan_reading
from cicte_desktop.services.workbook_layout import ILLEGAL_CHARACTERS, RISKY_START
from cicte_desktop.services.plan_workbook_layout import (  # noqa: F401 (offered here too)
    KEY_PREFIX, BLOCK_ROWS, KEY_ROW, HEADING_ROW, FIRST_ITEM_ROW, LEVELS, PlanColumn,
    plan_columns, level_labels, yes_no, block_labels, sheet_names, help_lines, walk,
)

#: Document dates written into every plan workbook (openpyxl would write the time of saving).
FIXED_TIME = "2000-01-01T00:00:00Z"


def _tr(text: str) -> str:
    return i18n.translate("PlanWorkbook", text)


@dataclass(frozen=True)
class PlanExportResult:
    path: Path
    items: int


def _safe(cell: Any, value: Any) -> None:
    """Set a cell's value: text without control characters, and never a formula."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS.sub("", value)
        cell.value = value
        if value.startswith(RISKY_START):
            cell.data_type = "s"
    else:
        cell.value = value


def item_values(item: plan_reading.EditorItem, labels: dict[str, str], words: tuple[str, str]) -> dict[str, Any]:
    """One row's values by column key, as written."""
    yes, no = words
    activity = item.table == "planned_activity"
    return {
        "level": labels[item.table], "code": item.code or None, "title": item.title,
        "title_es": item.titles.get("es") or None, "title_fr": item.titles.get("fr") or None,
        "title_pt": item.titles.get("pt") or None,
        "target": item.target if activity else None,
        "target_first_half": item.first_half if activity else None,
        "target_second_half": item.second_half if activity else None,
        "unit": (item.unit or None) if activity else None,
        "upon_request": (yes if item.upon_request else no) if activity else None,
        "retired": yes if item.retired else no, "parent_id": item.parent_uuid, "id": item.uuid,
        "carried_from_id": item.carried_from,
    }


def export_plan_workbook(db: Database, year: int, out: Path, language: str | None = None) -> PlanExportResult:
    """Write ``year``'s plan workbook to ``out`` atomically, its words in ``language`` (None: the
    UI's). ``plan_reading.PlanEditError`` when the year has no plan."""
    plan = plan_reading.plan_for_editing(db, year)
    with i18n.using_language(language):
        data = plan_workbook_bytes(plan)
    out = Path(out)
    with atomic_target(out, prefix=".") as partial:
        partial.write_bytes(data)
    return PlanExportResult(out, sum(1 for _ in walk(plan.items)))


def plan_workbook_bytes(plan: plan_reading.EditorPlan) -> bytes:
    """The workbook of ``plan`` (in the language in use), as the bytes of an .xlsx file."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    names = sheet_names()
    sheet.title = names["plan"]
    columns = plan_columns()
    block = block_labels()
    bold = Font(bold=True)
    grey = Font(color="808080", size=9)
    _safe(sheet.cell(1, 1), f"{block['title']}: {plan.title}")
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    for row, (key, value) in enumerate((("year", plan.year), ("symbol", plan.symbol), (
            "approved_on", plan.approved_on.isoformat() if plan.approved_on else _tr("not approved yet"))), start=2):
        _safe(sheet.cell(row, 1), block[key])
        sheet.cell(row, 1).font = bold
        _safe(sheet.cell(row, 2), value)
        sheet.cell(row, 2).alignment = Alignment(horizontal="left")
    heading_fill = PatternFill("solid", fgColor="DDE6F0")
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        _safe(sheet.cell(KEY_ROW, index), KEY_PREFIX + column.key)
        heading = sheet.cell(HEADING_ROW, index)
        _safe(heading, column.header)
        heading.font = Font(bold=True, color="808080") if column.kind == "id" else bold
        heading.fill = heading_fill
        heading.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[KEY_ROW].hidden = True
    sheet.row_dimensions[HEADING_ROW].height = 30
    labels, words = level_labels(), yes_no()
    retired_font = Font(color="808080", italic=True)
    row = HEADING_ROW
    for depth, item in walk(plan.items):
        row += 1
        values = item_values(item, labels, words)
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row, index)
            _safe(cell, values[column.key])
            if column.kind == "id":
                cell.font = grey
            elif item.retired:
                cell.font = retired_font
            elif item.table != "planned_activity" and column.key in ("level", "code", "title"):
                cell.font = bold
            if column.key == "title":
                cell.alignment = Alignment(indent=depth, wrap_text=True, vertical="top")
            elif column.kind == "text":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(vertical="top")
    last = get_column_letter(len(columns))
    sheet.freeze_panes = f"C{FIRST_ITEM_ROW}"
    sheet.auto_filter.ref = f"A{HEADING_ROW}:{last}{max(row, HEADING_ROW)}"
    sheet.print_title_rows = f"{HEADING_ROW}:{HEADING_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # Drop-down lists of the words the import reads (when they can be listed: no comma or quote).
    end = max(row, HEADING_ROW) + 500
    keys = [c.key for c in columns]
    for key, choices in (("level", list(labels.values())), ("upon_request", list(words)), ("retired", list(words))):
        if key in keys and not any("," in c or '"' in c for c in choices):
            letter = get_column_letter(keys.index(key) + 1)
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            validation.add(f"{letter}{FIRST_ITEM_ROW}:{letter}{end}")
            sheet.add_data_validation(validation)

    guide = book.create_sheet(names["help"])
    guide.column_dimensions["A"].width = 110
    for number, line in enumerate(help_lines(), start=1):
        cell = guide.cell(number, 1)
        _safe(cell, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if number == 1:
            cell.font = Font(bold=True, size=13)

    book.properties.creator = "CICTE Desktop"
    book.properties.title = plan.title[:250]
    buffer = io.BytesIO()
    book.save(buffer)
    return _stable(buffer.getvalue())


_CORE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _stable(data: bytes) -> bytes:
    """The same bytes for the same workbook: fixed document dates and zip entry times."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = _CORE_DATES.sub(lambda m: m.group(1) + FIXED_TIME.encode() + m.group(3), content)
            entry = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, content)
    return out.getvalue()
