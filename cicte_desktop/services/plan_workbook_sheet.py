"""Reading the Work plan sheet of a plan workbook edited in Excel, in any of the four languages:
its rows (a formula or a spreadsheet error kept as such, never computed), merged ranges, the
table's head and the Year above it. Opened as ``events_import`` opens a workbook (size limits,
zip checks, no XML entities, read-only streaming). ``plan_workbook`` turns the rows into a
preview. No widgets.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from cicte_desktop import i18n
from cicte_desktop.services import plan_reading, plan_years
from cicte_desktop.services.events import workbook_files
from cicte_desktop.services import plan_workbook_layout as layout
from cicte_desktop.services.events.workbook_files import error_detail
from cicte_desktop.services.plan_workbook_changes import PlanWorkbookCancelled, PlanWorkbookError
from cicte_desktop.services.plan_workbook_layout import KEY_PREFIX, plan_columns

#: Item rows one workbook holds at most (a plan has a few hundred items).
MAX_ROWS = 20_000
#: Columns read; rows above the table searched for its headings.
MAX_COLUMNS = 40
HEADER_SEARCH_ROWS = 60
#: Merged ranges looked at (a table has none).
MAX_MERGES = 10_000


def _tr(text: str) -> str:
    return i18n.translate("PlanWorkbookImport", text)


# --- Words in any language ---------------------------------------------------------------------


def fold(value: Any) -> str:
    text = " ".join(str(value).split()).casefold().rstrip(":").strip()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _in_every_language(make: Any) -> list[Any]:
    results = []
    for language in i18n.LANGUAGES:
        with i18n.using_language(language):
            results.append(make())
    return results


@dataclass
class Words:
    headings: dict[str, str]  # folded heading -> column key
    levels: dict[str, str]  # folded level word -> table
    yes: set[str]
    no: set[str]
    year_labels: set[str]
    sheet_names: set[str]

    @classmethod
    def build(cls) -> Words:
        headings: dict[str, str] = {}
        for columns in _in_every_language(plan_columns):
            for column in columns:
                headings.setdefault(fold(column.header), column.key)
        levels = {fold(table): table for table in plan_reading.ITEM_TABLES}
        for labels in _in_every_language(layout.level_labels):
            levels.update({fold(label): table for table, label in labels.items()})
        words = _in_every_language(layout.yes_no)
        yes = {fold(y) for y, _n in words} | {"yes", "y", "true", "1", "si", "x"}
        no = {fold(n) for _y, n in words} | {"no", "n", "false", "0"}
        years = {fold(labels["year"]) for labels in _in_every_language(layout.block_labels)}
        sheets = {names["plan"] for names in _in_every_language(layout.sheet_names)}
        return cls(headings, levels, yes, no, years, sheets)


# --- Reading the workbook ----------------------------------------------------------------------


class Formula(str):
    """A cell that holds a formula (its text): refused, never computed."""


class CellError(str):
    """A cell that holds a spreadsheet error (#DIV/0!...): named in the preview."""


@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, tuple[Any, ...]]]  # (sheet row number, values) from the top
    merges: list[str]


def _merged_ranges(sheet: Any, handle: Any) -> list[str]:
    """The merged ranges of a read-only sheet (openpyxl does not read them in that mode): its XML
    part streamed, at most MAX_MERGES."""
    part = getattr(sheet, "_worksheet_path", None)
    if not part:
        return []
    found: list[str] = []
    parser = expat.ParserCreate()

    def start(name: str, attributes: dict[str, str]) -> None:
        if name.rsplit(":", 1)[-1] == "mergeCell" and len(found) < MAX_MERGES:
            found.append(attributes.get("ref", ""))

    parser.StartElementHandler = start
    handle.seek(0)
    with zipfile.ZipFile(handle) as archive, archive.open(part.lstrip("/")) as stream:
        while chunk := stream.read(1 << 20):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    return found


def read_sheet(path: Path, words: Words, progress: Any = None) -> Sheet:
    from openpyxl import load_workbook

    with workbook_files.open_checked(path) as handle:
        try:
            book = load_workbook(handle, read_only=True, data_only=False)
        except Exception as exc:  # whatever openpyxl meets in a file made to trip it
            raise PlanWorkbookError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
                name=path.name, detail=error_detail(exc))) from None
        try:
            names = [n for n in book.sheetnames if n in words.sheet_names] or list(book.sheetnames[:1])
            if not names:
                raise PlanWorkbookError(_tr("{name} has no Work plan sheet: export the plan workbook from CICTE "
                                            "Desktop, edit it, and import it back.").format(name=path.name))
            sheet = book[names[0]]
            rows: list[tuple[int, tuple[Any, ...]]] = []
            number = 0
            items = 0
            total = min(sheet.max_row or 0, MAX_ROWS) if isinstance(sheet.max_row, int) else 0
            try:
                for number, cells in enumerate(sheet.iter_rows(max_row=workbook_files.SHEET_ROWS, max_col=MAX_COLUMNS),
                                               start=1):
                    if progress is not None and number % 100 == 0 and not progress(min(number, total), total):
                        raise PlanWorkbookCancelled
                    values = tuple(Formula(c.value) if c.data_type == "f" else CellError(c.value)
                                   if c.data_type == "e" else c.value for c in cells)
                    if any(v not in (None, "") for v in values):
                        items += 1
                        if items > MAX_ROWS + HEADER_SEARCH_ROWS:
                            raise PlanWorkbookError(_tr("{name} holds more than {count} rows: a work plan has far "
                                                        "fewer. Is it the plan workbook?").format(
                                name=path.name, count=f"{MAX_ROWS:,}"))
                        rows.append((number, values))
            except (PlanWorkbookError, PlanWorkbookCancelled):
                raise
            except Exception as exc:  # a cell openpyxl cannot read
                raise PlanWorkbookError(_tr("{name}: row {row} of the sheet {sheet} cannot be read ({detail}); the "
                                            "workbook was damaged or altered.").format(
                    name=path.name, row=number + 1, sheet=sheet.title, detail=error_detail(exc))) from None
            try:
                merges = _merged_ranges(sheet, handle)
            except Exception as exc:  # expat or zip trouble in a part openpyxl read
                raise PlanWorkbookError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
                    name=path.name, detail=error_detail(exc))) from None
            return Sheet(sheet.title, rows, merges)
        finally:
            book.close()


def find_header(sheet: Sheet, words: Words, path: Path) -> tuple[int, dict[str, int], dict[int, str]]:
    """(the last row of the table's head, column index by key, heading by column index). The
    hidden row of keys is used when it is there; else the headings, in any of the four languages."""
    def by_keys(values: tuple[Any, ...]) -> dict[str, int]:
        known = {c.key for c in plan_columns()}
        found = {}
        for index, value in enumerate(values):
            if isinstance(value, str) and value.startswith(KEY_PREFIX) and value[len(KEY_PREFIX):] in known:
                found.setdefault(value[len(KEY_PREFIX):], index)
        return found

    def by_headings(values: tuple[Any, ...]) -> dict[str, int]:
        found = {}
        for index, value in enumerate(values):
            if isinstance(value, str) and fold(value) in words.headings:
                found.setdefault(words.headings[fold(value)], index)
        return found

    head = sheet.rows[:HEADER_SEARCH_ROWS]
    for position, (number, values) in enumerate(head):
        keys = by_keys(values)
        if len(keys) >= 3 and {"level", "id"} <= set(keys):
            headings: dict[int, str] = {}
            last = number
            if position + 1 < len(sheet.rows):
                following_number, following = sheet.rows[position + 1]
                if len(by_headings(following)) >= 3:
                    last = following_number
                    headings = {i: str(v) for i, v in enumerate(following) if v not in (None, "")}
            return last, keys, headings
    for number, values in head:
        found = by_headings(values)
        if len(found) >= 3 and {"level", "id"} <= set(found):
            return number, found, {i: str(v) for i, v in enumerate(values) if v not in (None, "")}
    raise PlanWorkbookError(_tr("{name}: the sheet {sheet} has no table of the plan (no row with the headings Level, "
                                "Title, Id… in its first {count} rows). Export the plan workbook from CICTE Desktop, "
                                "edit it, and import it back.").format(name=path.name, sheet=sheet.name,
                                                                       count=HEADER_SEARCH_ROWS))


def sheet_year(sheet: Sheet, last_head_row: int, words: Words, path: Path) -> int:
    for number, values in sheet.rows:
        if number >= last_head_row:
            break
        for index, value in enumerate(values):
            if isinstance(value, str) and fold(value) in words.year_labels:
                given = next((v for v in values[index + 1:] if v not in (None, "")), None)
                year = given if isinstance(given, int) and not isinstance(given, bool) else None
                if isinstance(given, float) and given.is_integer():
                    year = int(given)
                if isinstance(given, str) and given.strip().isdigit():
                    year = int(given.strip())
                if year is None or not plan_years.FIRST_YEAR <= year <= plan_years.LAST_YEAR:
                    raise PlanWorkbookError(_tr("{name}: the Year above the table (row {row}) is not a year from "
                                                "{first} to {last}.").format(name=path.name, row=number,
                                                                             first=plan_years.FIRST_YEAR,
                                                                             last=plan_years.LAST_YEAR))
                return year
    raise PlanWorkbookError(_tr("{name}: the sheet {sheet} does not say which year's plan it is for (the Year line "
                                "above the table).").format(name=path.name, sheet=sheet.name))
