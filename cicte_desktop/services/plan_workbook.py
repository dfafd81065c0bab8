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

A workbook comes from anyone: it is opened as ``events.workbook_files`` opens one (size limits, zip
checks, no XML entities, read-only streaming), at most :data:`MAX_ROWS` rows. Cells holding a
formula are refused, never evaluated: the value Excel shows may be stale or absent from the file
(a workbook written by another program carries no computed values), and importing a computed
title or target nobody typed would be a surprise; text that merely starts with "=" (which the
export writes as text) is read as text. Merged cells in the table are refused: only their first
cell holds a value, which would silently empty the others.

Plan changes are made at headquarters (they travel only from there): on a laptop the preview
says so and applying is refused.
"""

from __future__ import annotations

import hashlib
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.services import plan_workbook_layout as layout
from cicte_desktop.services.plan_workbook_layout import KEY_PREFIX, PlanColumn, plan_columns
from cicte_desktop.services import plan_edit, plan_years, workplan
from cicte_desktop.services.events import workbook_files
from cicte_desktop.services.events.workbook_files import ImportFileError, error_detail
from cicte_desktop.cancel import Cancelled

#: Item rows one workbook holds at most (a plan has a few hundred items).
MAX_ROWS = 20_000
#: Columns read; rows above the table searched for its headings.
MAX_COLUMNS = 40
HEADER_SEARCH_ROWS = 60
#: Merged ranges looked at (a table has none).
MAX_MERGES = 10_000

ADDED, CHANGED, RETIRED, UNCHANGED, MISSING = "added", "changed", "retired", "unchanged", "missing"


def _tr(text: str) -> str:
    return i18n.translate("PlanWorkbookImport", text)


class PlanWorkbookError(ImportFileError):
    """The workbook cannot be imported (or no longer can); the message is for the user. Nothing
    was written."""


class PlanWorkbookCancelled(Cancelled):
    """The user cancelled reading the workbook."""


@dataclass(frozen=True)
class FieldChange:
    key: str  # column key: "title", "target", "parent_id"...
    label: str  # the column's heading, in the UI's language
    old: str
    new: str


@dataclass
class PlanRowChange:
    """An item of the plan as the workbook leaves it."""
    kind: str  # ADDED, CHANGED, RETIRED, UNCHANGED or MISSING
    row: int | None  # the sheet's row (None: MISSING)
    table: str
    code: str
    title: str
    uuid: str | None = None  # None: ADDED
    changes: list[FieldChange] = field(default_factory=list)
    keeps_events: bool = False  # RETIRED: events point at it, so it stays, marked retired
    # What applying needs (not shown):
    parent_uuid: str | None = None
    parent_row: int | None = None  # an added parent, by its row
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class PlanWorkbookPreview:
    path: Path
    sheet: str
    year: int
    creates: bool  # the year has no plan: importing creates it from ``source_year``'s
    source_year: int | None
    plan_symbol: str
    headquarters: bool
    items: list[PlanRowChange]
    problems: list[str]
    skipped: list[str]  # rows not read (totals, notes), each with why
    state: str  # the plan as it was read; applying refuses if it changed since
    #: The order of the rows under each item of the plan (its uuid: the children's uuids, or the
    #: sheet rows of added ones), when it differs from the plan's.
    orders: dict[str, list[str | int]] = field(default_factory=dict)

    def of(self, kind: str) -> list[PlanRowChange]:
        return [i for i in self.items if i.kind == kind]

    def count(self, kind: str) -> int:
        return sum(1 for i in self.items if i.kind == kind)

    @property
    def has_changes(self) -> bool:
        return self.creates or any(i.kind in (ADDED, CHANGED, RETIRED) for i in self.items)

    @property
    def can_apply(self) -> bool:
        return not self.problems and self.has_changes and self.headquarters

    def mode_sentence(self) -> str:
        """Whether importing adds to the year's plan or creates it, plainly."""
        if self.creates:
            return _tr("There is no work plan for {year} yet: importing CREATES it, as a copy of the {source} plan "
                       "(every item carried over, linked to the one it came from) with the changes below.").format(
                year=self.year, source=self.source_year)
        return _tr("The {year} work plan ({symbol}) exists: importing ADDS TO it — the items below are added, changed "
                   "or retired in it; the others stay as they are.").format(
            year=self.year, symbol=self.plan_symbol)

    def role_sentence(self) -> str | None:
        if self.headquarters:
            return None
        return _tr("This computer is a laptop: plan changes are made at headquarters, where they travel to every "
                   "laptop. This workbook can be previewed here, not imported.")


@dataclass(frozen=True)
class PlanWorkbookResult:
    year: int
    created: bool
    added: int
    changed: int
    retired: int


# --- Words in any language ---------------------------------------------------------------------


def _fold(value: Any) -> str:
    text = " ".join(str(value).split()).casefold().rstrip(":").strip()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _in_every_language(make: Any) -> list[Any]:
    results = []
    for language in i18n.LANGUAGES:
        with i18n.using_language(language):
            results.append(make())
    return results


@dataclass
class _Words:
    headings: dict[str, str]  # folded heading -> column key
    levels: dict[str, str]  # folded level word -> table
    yes: set[str]
    no: set[str]
    year_labels: set[str]
    sheet_names: set[str]

    @classmethod
    def build(cls) -> _Words:
        headings: dict[str, str] = {}
        for columns in _in_every_language(plan_columns):
            for column in columns:
                headings.setdefault(_fold(column.header), column.key)
        levels = {_fold(table): table for table in plan_edit.ITEM_TABLES}
        for labels in _in_every_language(layout.level_labels):
            levels.update({_fold(label): table for table, label in labels.items()})
        words = _in_every_language(layout.yes_no)
        yes = {_fold(y) for y, _n in words} | {"yes", "y", "true", "1", "si", "x"}
        no = {_fold(n) for _y, n in words} | {"no", "n", "false", "0"}
        years = {_fold(labels["year"]) for labels in _in_every_language(layout.block_labels)}
        sheets = {names["plan"] for names in _in_every_language(layout.sheet_names)}
        return cls(headings, levels, yes, no, years, sheets)


# --- Reading the workbook ----------------------------------------------------------------------


class _Formula(str):
    """A cell that holds a formula (its text): refused, never computed."""


class _Error(str):
    """A cell that holds a spreadsheet error (#DIV/0!...): named in the preview."""


@dataclass
class _Sheet:
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


def _read(path: Path, words: _Words, progress: Any = None) -> _Sheet:
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
                    values = tuple(_Formula(c.value) if c.data_type == "f" else _Error(c.value)
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
            return _Sheet(sheet.title, rows, merges)
        finally:
            book.close()


def _header(sheet: _Sheet, words: _Words, path: Path) -> tuple[int, dict[str, int], dict[int, str]]:
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
            if isinstance(value, str) and _fold(value) in words.headings:
                found.setdefault(words.headings[_fold(value)], index)
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


def _year(sheet: _Sheet, last_head_row: int, words: _Words, path: Path) -> int:
    for number, values in sheet.rows:
        if number >= last_head_row:
            break
        for index, value in enumerate(values):
            if isinstance(value, str) and _fold(value) in words.year_labels:
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


def _state(query: Any, year: int, source_year: int | None) -> str:
    """A digest of the plan of ``year`` (or, when it has none, of the plan it would be created
    from) as stored: any change to it since the preview changes the digest."""
    digest = hashlib.sha256()
    for plan_year in (year, source_year):
        if plan_year is None:
            continue
        rows = query("SELECT uuid, approved_on, updated_at FROM work_plan WHERE year = ? AND NOT deleted", (plan_year,))
        digest.update(repr(rows).encode())
        if not rows:
            continue
        ids = [rows[0][0]]
        for table, parent in (("work_area", "work_plan_uuid"), ("program", "work_area_uuid"),
                              ("project", "program_uuid"), ("planned_activity", "project_uuid")):
            found: list[Any] = []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found += query(f"SELECT uuid, updated_at, deleted, retired, position FROM {table} WHERE {parent} IN "
                               f"({', '.join('?' * len(chunk))}) ORDER BY uuid", tuple(chunk))
            digest.update(repr(found).encode())
            ids = [r[0] for r in found]
        digest.update(repr(query("SELECT count(*), max(rowid) FROM plan_change WHERE work_plan_uuid = ?",
                                 (rows[0][0],))).encode())
        digest.update(repr(query("SELECT count(*), max(updated_at) FROM plan_title")).encode())
    return digest.hexdigest()


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
    words = _Words.build()
    sheet = _read(path, words, progress)
    last_head, position, headings = _header(sheet, words, path)
    year = _year(sheet, last_head, words, path)
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
    plan = plan_edit.plan_for_editing(db, source_year if creates else year)
    existing: dict[str, plan_edit.EditorItem] = {item.uuid: item for _d, item in layout.walk(plan.items)}
    with db.sql() as conn:
        state = _state(lambda sql, params=(): conn.execute(sql, params).fetchall(), year, source_year)
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
        values = {key: (v.strip() if isinstance(v, str) and not isinstance(v, (_Formula, _Error)) else v)
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
            if isinstance(value, _Formula):
                say(key, _tr("holds a formula ({formula}); the import takes typed values only (a formula is never "
                             "computed here): type the value").format(formula=_shown(str(value), 40)))
                values[key] = None
            elif isinstance(value, _Error):
                say(key, _tr("holds the error {value}").format(value=_shown(str(value), 20)))
                values[key] = None
        level_text = values.get("level")
        table = words.levels.get(_fold(level_text)) if level_text not in (None, "") else None
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
        for language in plan_edit.LANGUAGES:
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
            folded = _fold(value)
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
            parent_table = plan_edit.PARENTS[effective][0]
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
            for lower in plan_edit.ITEM_TABLES[plan_edit.ITEM_TABLES.index(effective) + 1:]:
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


def _orders(plan: plan_edit.EditorPlan, existing: dict[str, plan_edit.EditorItem], result: list[PlanRowChange],
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


def _compare(change: PlanRowChange, item: plan_edit.EditorItem, columns: dict[str, PlanColumn],
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


# --- Applying ----------------------------------------------------------------------------------


def apply_plan_workbook(db: Database, preview: PlanWorkbookPreview, reason: str) -> PlanWorkbookResult:
    """Make the preview's changes in one transaction, each with ``reason`` in the plan's history
    (amendments after approval); create the year's plan first when the preview says so. Refused
    (PlanWorkbookError, in words, nothing written) with problems, on a laptop, without a reason,
    or when the plan changed since the preview."""
    from sqlalchemy.exc import DBAPIError

    from cicte_desktop.db.errors import DatabaseOpenError

    if preview.problems:
        raise PlanWorkbookError(_tr("Nothing was imported: correct the rows with problems in the workbook first."))
    if not plan_years.plan_travels_from_here(db):
        raise PlanWorkbookError(_tr("Nothing was imported: this computer is a laptop, and plan changes are made at "
                                    "headquarters (where they travel to every laptop). Import the workbook there."))
    if not preview.has_changes:
        raise PlanWorkbookError(_tr("Nothing to import: the workbook is the plan as it is."))
    try:
        with plan_edit.batch(db, reason) as changes:
            return _apply(changes, preview)
    except plan_edit.PlanEditError as exc:
        raise PlanWorkbookError(_tr("Nothing was imported: {reason}").format(reason=exc)) from exc
    except (DBAPIError, DatabaseOpenError) as exc:
        raise PlanWorkbookError(_tr("Nothing was imported: the database refused the change ({detail}).").format(
            detail=error_detail(getattr(exc, "orig", exc)))) from exc


def _child_table(changes: plan_edit.PlanBatch, parent_uuid: str) -> str | None:
    """The table of the items under ``parent_uuid`` (a plan, a work area...); None for an activity."""
    from cicte_desktop.db import models as m

    plan = changes.session.get(m.WorkPlan, parent_uuid)
    if plan is not None:
        return "work_area"
    table, _row = changes.find(parent_uuid)
    index = plan_edit.ITEM_TABLES.index(table) + 1
    return plan_edit.ITEM_TABLES[index] if index < len(plan_edit.ITEM_TABLES) else None


def _apply(changes: plan_edit.PlanBatch, preview: PlanWorkbookPreview) -> PlanWorkbookResult:
    from sqlalchemy import select

    from cicte_desktop.db import models as m

    connection = changes.session.connection()

    def query(sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return [tuple(r) for r in connection.exec_driver_sql(sql, params).fetchall()]

    if _state(query, preview.year, preview.source_year) != preview.state:
        raise PlanWorkbookError(_tr("Nothing was imported: the {year} work plan changed since the workbook was "
                                    "read. Import it again to see what it would change now.").format(
            year=preview.source_year if preview.creates else preview.year))
    ids: dict[str, str] = {}  # the workbook's ids -> the items changed (another plan's when creating)
    if preview.creates:
        assert preview.source_year is not None
        plan_uuid, _symbol, _counts = plan_years.carry_over(changes.session, preview.year, preview.source_year)
        changes.session.flush()
        source = changes.session.scalars(select(m.WorkPlan).where(m.WorkPlan.year == preview.source_year,
                                                                  m.WorkPlan.deleted.is_(False))).one()
        plan = changes.session.get(m.WorkPlan, plan_uuid)
        changes.record(plan, "work_plan", plan_uuid, "added", None,
                       _tr("carried over from the {year} plan").format(year=preview.source_year))
        ids[source.uuid] = plan_uuid

    def mapped(uuid: str | None) -> str | None:
        if uuid is None or not preview.creates:
            return uuid
        return ids.get(uuid) or plan_years.carried_id(preview.year, uuid)

    added_rows: dict[int, str] = {}
    counts = {ADDED: 0, CHANGED: 0, RETIRED: 0}
    for change in preview.items:
        values = change.values
        if change.kind == ADDED:
            parent = mapped(change.parent_uuid) if change.parent_uuid else added_rows[change.parent_row or 0]
            uuid = changes.add(parent, values["title"], values["code"] or None)
            added_rows[change.row or 0] = uuid
            if any(values["titles"].values()):
                changes.set_titles(uuid, {k: v for k, v in values["titles"].items() if v})
            if change.table == "planned_activity" and (values["target"] is not None or values["unit"]
                                                       or values["upon_request"]):
                changes.set_target(uuid, values["target"], values["unit"] or None, bool(values["upon_request"]),
                                   first_half=values["target_first_half"], second_half=values["target_second_half"])
            counts[ADDED] += 1
        elif change.kind in (CHANGED, RETIRED):
            uuid = mapped(change.uuid)
            assert uuid is not None
            keys = {c.key for c in change.changes}
            if "parent_id" in keys:
                changes.move(uuid, parent_uuid=mapped(change.parent_uuid))
            if "code" in keys:
                changes.set_code(uuid, values["code"])
            if "title" in keys:
                changes.rename(uuid, values["title"])
            wanted = {k[len("title_"):]: v for k, v in ((f"title_{lang}", values["titles"].get(lang))
                                                         for lang in values["titles"]) if k in keys}
            if wanted:
                changes.set_titles(uuid, wanted)
            if keys & {"target", "unit", "upon_request", "target_first_half", "target_second_half"}:
                _table, row = changes.find(uuid)
                changes.set_target(uuid, values["target"] if "target" in keys else row.target_quantity,
                                   (values["unit"] or None) if "unit" in keys else row.target_unit,
                                   bool(values["upon_request"]) if "upon_request" in keys else row.upon_request,
                                   first_half=values["target_first_half"] if "target_first_half" in keys
                                   else plan_edit.KEEP,
                                   second_half=values["target_second_half"] if "target_second_half" in keys
                                   else plan_edit.KEEP)
            if "retired" in keys:
                changes.restore(uuid)
            if change.kind == CHANGED:
                counts[CHANGED] += 1
    # The order of the rows, where it differs from the plan's.
    recorded = {mapped(c.uuid) or "" for c in preview.items if c.uuid and any(f.key == "order" for f in c.changes)}
    for parent, wanted in preview.orders.items():
        parent_uuid = mapped(parent) or parent
        table = _child_table(changes, parent_uuid)
        if table is None:
            continue
        changes.reorder(table, parent_uuid, [added_rows[u] if isinstance(u, int) else (mapped(u) or u) for u in wanted
                                             if not isinstance(u, int) or u in added_rows], recorded)
    # Retired last, children before their parents.
    for change in reversed(preview.items):
        if change.kind == RETIRED:
            changes.retire(mapped(change.uuid) or "")
            counts[RETIRED] += 1
    return PlanWorkbookResult(preview.year, preview.creates, counts[ADDED], counts[CHANGED], counts[RETIRED])
