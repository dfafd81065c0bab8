"""Importing an Events sheet back (a workbook exported by the app, edited in Excel): rows with a
known event ID update that event, rows without one create events. Everything is checked and
previewed first; applying is one transaction, all or nothing. No Qt widgets.

A workbook is a zip of XML files that may come from anyone: before openpyxl reads it, the file
must be a zip whose parts declare sizes within :data:`LIMITS` (a "zip bomb" is refused by its
declared sizes, which the zip reader then holds it to), and every XML part must be well-formed
and free of document type and entity declarations (the "billion laughs" and external entities);
defusedxml, which openpyxl then uses by itself, refuses entities a second time. The Events
sheet is read as a stream, at most :data:`MAX_COLUMNS` columns and :data:`MAX_ROWS` rows, so
memory and time stay bounded whatever its declared dimension. Every value is then checked
against the schema the database and field packages share (``cicte_desktop.validation``),
each problem naming its row and column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat


from cicte_desktop import i18n, validation
from cicte_desktop.db.database import Database
from cicte_desktop.services import event_log, reference, workplan
from cicte_desktop.services.event_log import EventInput
from cicte_desktop.services.workbook_layout import HEADER_ROWS, event_columns, plan_paths, sheet_names
from cicte_desktop.vocabulary import EVENT_TYPE_LABELS, MODALITY_LABELS, STATUS_LABELS, event_type_label
from cicte_desktop.vocabulary import modality_label, status_label

NEW, CHANGED, UNCHANGED, REJECTED = "new", "changed", "unchanged", "rejected"


def _tr(text: str) -> str:
    return i18n.translate("ExcelImport", text)


class ImportFileError(ValueError):
    """The file cannot be imported; the message says why, for the user."""


MIB = 1 << 20
#: What one import reads at most. A workbook of 100,000 events is some 19 MB, its Events sheet
#: some 140 MB of XML compressed 7 times: far below these, which keep memory and time bounded.
LIMITS = {
    "file_bytes": 256 * MIB,  # the .xlsx file itself
    "parts": 10_000,  # files in the zip
    "part_bytes": 384 * MIB,  # one part, uncompressed (as declared, and held to it)
    "total_bytes": 768 * MIB,  # all parts, uncompressed
    "ratio": 100,  # uncompressed / compressed, for parts over 1 MiB (XML compresses 5 to 20 times)
}
#: Data rows of the Events sheet one import takes at most, and the columns read.
MAX_ROWS = 200_000
MAX_COLUMNS = 64
#: The most rows and columns a worksheet can have (Excel's own limits).
SHEET_ROWS, SHEET_COLUMNS = 1_048_576, 16_384


def _cannot_read(path: Path, detail: str) -> ImportFileError:
    return ImportFileError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
        name=path.name, detail=detail))


def error_detail(exc: BaseException) -> str:
    """An exception's own words, short and printable (they may quote the file)."""
    text = "".join(c if c.isprintable() else " " for c in (str(exc) or type(exc).__name__))
    return text if len(text) <= 160 else text[:160] + "…"


class _Refused(Exception):
    """An XML part declares a document type or an entity."""


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Parse one XML part as a stream: well-formed, and no DOCTYPE or ENTITY anywhere."""
    parser = expat.ParserCreate()

    def refuse(*_args: Any) -> None:
        raise _Refused

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        with archive.open(info) as part:
            started = False
            while chunk := part.read(MIB):
                if not started and chunk.lstrip():
                    if not chunk.lstrip().startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
                        return  # not XML (a picture...): no XML parser reads it (openpyxl refuses it in words)
                    started = True
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Refused:
        raise ImportFileError(_tr(
            "{name} was refused: its part {part} declares a document type or entities, which workbooks never do "
            "(a known way to attack the program that reads it).").format(name=path.name, part=info.filename)) from None
    except expat.ExpatError as exc:
        raise ImportFileError(_tr("{name} is damaged or was altered: its part {part} is not well-formed XML "
                                  "({detail}).").format(name=path.name, part=info.filename, detail=error_detail(exc))) from None


def check_archive(handle: IO[bytes], path: Path) -> None:
    """Refuse (ImportFileError, in words) a file that is not a sound workbook archive, before
    any XML of it is parsed by openpyxl: see the module's documentation."""
    try:
        archive = zipfile.ZipFile(handle)
    except Exception:  # BadZipFile, or stranger errors from a damaged directory
        raise _cannot_read(path, _tr("it is not a zip archive, as workbooks are.")) from None
    with archive:
        try:
            parts = archive.infolist()
            names = {info.filename for info in parts}
            if "[Content_Types].xml" not in names:
                raise _cannot_read(path, _tr("it is a zip archive, but not of a workbook."))
            if len(parts) > LIMITS["parts"]:
                raise _cannot_read(path, _tr("it holds {count} files, more than a workbook does.").format(
                    count=f"{len(parts):,}"))
            total = 0
            for info in parts:
                total += info.file_size
                if (info.file_size > LIMITS["part_bytes"] or total > LIMITS["total_bytes"]
                        or (info.file_size > MIB and info.file_size > LIMITS["ratio"] * max(info.compress_size, 1))):
                    raise ImportFileError(_tr(
                        "{name} was refused: its part {part} would unpack to {size} MB, far more than a workbook of "
                        "events holds (a \"zip bomb\").").format(name=path.name, part=info.filename,
                                                                size=f"{info.file_size / 1e6:,.0f}"))
            for info in parts:  # whatever their names: a rels file may call any part a sheet
                if not info.is_dir():
                    _check_part(archive, info, path)
        except ImportFileError:
            raise
        except Exception as exc:  # a damaged or encrypted part, a bad checksum...
            raise _cannot_read(path, error_detail(exc)) from None


@dataclass
class ImportRow:
    row_number: int
    kind: str  # NEW, CHANGED, UNCHANGED or REJECTED
    title: str
    event_uuid: str | None = None
    event: EventInput | None = None
    changes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    path: Path
    rows: list[ImportRow]

    def count(self, kind: str) -> int:
        return sum(1 for r in self.rows if r.kind == kind)

    @property
    def can_apply(self) -> bool:
        """All or nothing: any rejected row blocks the import."""
        return not self.count(REJECTED) and bool(self.count(NEW) + self.count(CHANGED))


def _lookup(codes: dict[str, str], label: Any) -> dict[str, str]:
    return {**{code: code for code in codes}, **{label(code).casefold(): code for code in codes}}


def _as_date(value: Any) -> Any:
    """A date from a cell (a date, or text starting with YYYY-MM-DD); the value itself when it
    is none (the schema then says it is not a date)."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return str(value)


def _as_number(value: Any, kind: type) -> Any:
    """A whole number (``kind`` int) or a number from a cell; anything else as it is, for the
    schema to name (text, 2.5 for a count, inf, nan, 1e308...)."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            try:
                value = float(value.strip().replace(",", "."))
            except ValueError:
                return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if kind is int and isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


#: Event columns whose sheet values are checked against the schema, and their kind.
_NUMBERS = (("women", int), ("men", int), ("sex_not_recorded", int), ("participants_total", int),
            ("institutions", int), ("units", int), ("satisfaction", float), ("pretest_average", float),
            ("posttest_average", float))
_TEXTS = ("title", "venue", "city", "lead_trainer", "experts", "funding_source", "outcomes", "notes",
          "follow_up_notes")


def preview_import(db: Database, path: Path) -> ImportPreview:
    """Read the Events sheet of ``path`` and say, row by row, what importing it would do.

    Raises ImportFileError, in words, for anything that is not a sound workbook of events."""
    path = Path(path)
    rows = _read_events_sheet(path)
    headers = [str(h).strip() if h is not None else "" for h in (rows[0] if rows else ())]
    return _preview_rows(db, path, rows, headers, _language_of(headers))


class _Formula(str):
    """A cell holding a formula (its text); the import takes typed values only."""


class _ErrorValue(str):
    """A cell holding an error such as #DIV/0!."""


def open_workbook(path: Path) -> IO[bytes]:
    """``path`` opened for reading, once it is a file of a workbook's size; ImportFileError in words."""
    if path.is_dir():
        raise _cannot_read(path, _tr("it is a folder."))
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise ImportFileError(_tr("{name} does not exist (any more?).").format(name=path.name)) from None
    except OSError as exc:
        raise _cannot_read(path, exc.strerror or error_detail(exc)) from None
    size = os.fstat(handle.fileno()).st_size
    if size == 0 or size > LIMITS["file_bytes"]:
        handle.close()
        raise _cannot_read(path, _tr("it is empty.") if size == 0 else _tr(
            "it is {size} MB, far more than a workbook of events.").format(size=f"{size / 1e6:,.0f}"))
    return handle


def open_checked(path: Path) -> IO[bytes]:
    """The file at ``path``, open for reading, once it was found to be a sound workbook archive
    (size, zip parts, XML without entities: see the module's documentation); ImportFileError,
    in words, if not. The caller closes it."""
    handle = open_workbook(path)
    try:
        check_archive(handle, path)
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    return handle


def _read_events_sheet(path: Path) -> list[tuple[Any, ...]]:
    """The Events sheet's rows from the table header on (checked archive, bounded reading)."""
    from openpyxl import load_workbook

    with open_workbook(path) as handle:
        check_archive(handle, path)
        handle.seek(0)
        try:
            book = load_workbook(handle, read_only=True, data_only=False)
        except Exception as exc:  # whatever openpyxl meets in a file made to trip it
            raise _cannot_read(path, error_detail(exc)) from None
        try:
            wanted = set()
            for language in i18n.LANGUAGES:  # a workbook exported in any of the four languages
                with i18n.using_language(language):
                    wanted.add(sheet_names()["events"])
            sheet = next((book[name] for name in book.sheetnames if name in wanted), None)
            if sheet is None:
                raise ImportFileError(_tr("{name} has no Events sheet; export one from CICTE Desktop, edit it, and "
                                          "import it back.").format(name=path.name))
            if (sheet.max_row or 0) > SHEET_ROWS or (sheet.max_column or 0) > SHEET_COLUMNS:
                raise ImportFileError(_tr("{name} was refused: its Events sheet declares {rows} rows and {columns} "
                                          "columns, more than a worksheet can have.").format(
                    name=path.name, rows=f"{sheet.max_row:,}", columns=f"{sheet.max_column:,}"))
            return _sheet_rows(sheet, path)
        except ImportFileError:
            raise
        except Exception as exc:
            raise _cannot_read(path, error_detail(exc)) from None
        finally:
            book.close()


def _sheet_rows(sheet: Any, path: Path) -> list[tuple[Any, ...]]:
    """At most MAX_COLUMNS columns of at most MAX_ROWS rows, read as a stream; formulas and
    error values marked (see ``_Formula``, ``_ErrorValue``)."""
    rows: list[tuple[Any, ...]] = []
    number = HEADER_ROWS
    data_rows = 0
    try:
        # As many columns as the table header has (cells past it have no heading: unread).
        header = next(sheet.iter_rows(min_row=HEADER_ROWS + 1, max_row=HEADER_ROWS + 1, max_col=MAX_COLUMNS,
                                      values_only=True), ())
        width = max((at + 1 for at, value in enumerate(header) if value not in (None, "")), default=1)
        for number, cells in enumerate(sheet.iter_rows(min_row=HEADER_ROWS + 1, max_row=SHEET_ROWS,
                                                       max_col=width), start=HEADER_ROWS + 1):
            values = tuple(_Formula(c.value) if c.data_type == "f" else _ErrorValue(c.value) if c.data_type == "e"
                           else c.value for c in cells)
            if any(v is not None and v != "" for v in values):
                data_rows += 1
                if data_rows > MAX_ROWS + 1:  # the table header and MAX_ROWS events
                    raise ImportFileError(_tr("{name} holds more than {count} events; import it in parts.").format(
                        name=path.name, count=f"{MAX_ROWS:,}"))
            rows.append(values)
    except ImportFileError:
        raise
    except Exception as exc:  # a cell openpyxl cannot read: "inf" as a number, a missing shared text...
        raise ImportFileError(_tr("{name}: row {row} of the Events sheet cannot be read ({detail}); the workbook was "
                                  "damaged or altered.").format(name=path.name, row=number + 1, detail=error_detail(exc))) from None
    while rows and not any(v is not None and v != "" for v in rows[-1]):
        rows.pop()
    return rows


def _language_of(headers: list[str]) -> str:
    """The language whose column headings the sheet uses most (the UI's on a tie)."""
    def matches(language: str) -> int:
        with i18n.using_language(language):
            return sum(header in headers for _key, header, _w in event_columns())
    return max([i18n.export_language(), *i18n.LANGUAGES], key=matches)


def _preview_rows(db: Database, path: Path, rows: list[tuple[Any, ...]], headers: list[str],
                  language: str) -> ImportPreview:
    """Headings and labels are read in the workbook's ``language``; messages are in the UI's."""
    with i18n.using_language(language):
        columns = event_columns()
    position = {key: headers.index(header) for key, header, _w in columns if header in headers}
    missing = [header for key, header, _w in columns if key not in position and key in ("uuid", "plan_path", "title")]
    if missing:
        raise ImportFileError(_tr("The Events sheet of {name} lacks the columns {columns}.").format(
            name=path.name, columns=", ".join(missing)))
    heading = {key: header for key, header, _w in columns}

    # A row's plan path is read in its Plan year (the column of a workbook over several plan
    # years) or else in the plan of the year its event starts in (the latest plan before it, or
    # the first plan, for a year without one), as the event form does.
    plan_years = workplan.plan_years(db)
    paths_by_year: dict[int, dict[str, str]] = {}

    def activity_at(path: str, plan_year: Any, start: dt.date | None) -> str | None:
        if not plan_years:
            return None
        try:
            year = int(plan_year) if plan_year not in (None, "") and not isinstance(plan_year, bool) else None
        except (TypeError, ValueError, OverflowError):
            year = None
        if year not in plan_years:
            year = start.year if start is not None else plan_years[-1]
            year = max((y for y in plan_years if y <= year), default=plan_years[0])
        if year not in paths_by_year:
            paths_by_year[year] = {p: uuid for uuid, (p, _a) in plan_paths(workplan.get_work_plan(db, year)).items()}
        return paths_by_year[year].get(path)

    states = {s.name.casefold(): s.iso3 for s in reference.member_states(db)}
    states |= {iso.casefold(): iso for iso in states.values()}
    partners: dict[str, str] = {}
    for partner in reference.partners(db):
        partners[partner.name.casefold()] = partner.uuid
        if partner.acronym:
            partners.setdefault(partner.acronym.casefold(), partner.uuid)
    with i18n.using_language(language):
        types = _lookup(EVENT_TYPE_LABELS, event_type_label)
        statuses = _lookup(STATUS_LABELS, status_label)
        modalities = _lookup(MODALITY_LABELS, modality_label)
        yes_word, no_word = i18n.translate("ExcelExport", "Yes"), i18n.translate("ExcelExport", "No")
    yes = {yes_word.casefold(), _tr("Yes").casefold(), "yes", "true", "1"}
    no = {no_word.casefold(), "no", "false", "0"}

    result = ImportPreview(path, [])
    seen: set[str] = set()
    uuid_column = position["uuid"]
    wanted_ids = [v[uuid_column].strip() for v in rows[1:] if uuid_column < len(v) and isinstance(
        v[uuid_column], str) and validation.problem("event", "uuid", v[uuid_column].strip()) is None]
    existing = event_log.get_event_inputs(db, wanted_ids)
    for number, raw in enumerate(rows[1:], start=HEADER_ROWS + 2):
        if not any(v is not None and v != "" for v in raw):
            continue
        problems: list[str] = []

        def say(key: str, text: str) -> None:
            problems.append(_tr("{column}: {problem}").format(column=heading[key], problem=text))

        values = list(raw)
        for key, index in position.items():  # formulas and error values: refused where they are read
            if index < len(values) and isinstance(values[index], (_Formula, _ErrorValue)):
                if isinstance(values[index], _Formula):
                    say(key, _tr("holds a formula ({formula}); the import takes typed values only: type the value, "
                                 "or copy the column and paste it as values").format(
                        formula=validation.shown(str(values[index]), 40).strip("'")))
                else:
                    say(key, _tr("holds the error {value}").format(value=validation.shown(str(values[index]), 20)))
                values[index] = None

        def cell(key: str) -> Any:
            index = position.get(key)
            value = values[index] if index is not None and index < len(values) else None
            return value.strip() if isinstance(value, str) else value

        def text(key: str) -> str | None:
            value = cell(key)
            return str(value).strip() if value not in (None, "") else None

        def checked(key: str, value: Any) -> Any:
            """``value`` when the schema finds it sound, else None and a problem said. An empty
            cell is left to the defaults and to ``event_log.validate`` (a title is required...)."""
            if value is None:
                return None
            trouble = validation.problem("event", key, validation.stored(value))
            if trouble:
                say(key, trouble)
                return None
            return value

        event_uuid = text("uuid")
        if event_uuid is not None and checked("uuid", event_uuid) is None:
            event_uuid = None
            known_id = False
        else:
            known_id = True
        title = text("title") or ""
        texts = {key: checked(key, text(key)) for key in _TEXTS}

        def code(key: str, table: dict[str, str], default: str | None) -> str | None:
            raw_text = text(key)
            if raw_text is None:
                return default
            found = table.get(raw_text.casefold())
            if found is None:
                problems.append(_tr("unknown {column} “{value}”").format(
                    column=heading[key], value=validation.shown(raw_text, 60).strip("'")))
            return found

        start, end = (checked(key, _as_date(cell(key))) for key in ("start_date", "end_date"))
        activity = activity_at(text("plan_path") or "", cell("plan_year"), start if isinstance(start, dt.date) else None)
        if activity is None:
            problems.append(_tr("unknown plan path “{path}”").format(
                path=validation.shown(text("plan_path") or "", 60).strip("'")))

        def listed(key: str, table: dict[str, str], unknown: str) -> list[str]:
            found: list[str] = []
            for name in (text(key) or "").split(";"):
                if not name.strip():
                    continue
                item = table.get(name.strip().casefold())
                if item is None:
                    problems.append(unknown.format(name=validation.shown(name.strip(), 60).strip("'")))
                elif item in found:
                    say(key, _tr("“{name}” is listed twice").format(name=validation.shown(name.strip(), 60).strip("'")))
                else:
                    found.append(item)
            return found

        isos = listed("member_states", states, _tr("unknown member state “{name}”"))
        partner_ids = listed("partners", partners, _tr("unknown partner organisation “{name}”"))
        numbers = {key: checked(key, _as_number(cell(key), kind)) for key, kind in _NUMBERS}
        event_type = code("event_type", types, "workshop")
        status = code("status", statuses, "completed")
        modality = code("modality", modalities, None)
        follow_up = (text("follow_up_needed") or "").casefold()
        if follow_up and follow_up not in yes | no:
            say("follow_up_needed", _tr("“{value}” is neither {yes} nor {no}").format(
                value=validation.shown(follow_up, 40).strip("'"), yes=yes_word, no=no_word))
        if event_uuid and event_uuid in seen:
            problems.append(_tr("the same event ID appears twice"))
        if event_uuid:
            seen.add(event_uuid)
        row = ImportRow(number, REJECTED, validation.shown(title, 200).strip("'"), event_uuid)
        if not problems:
            event = EventInput(
                activity_uuid=activity or "", event_type=event_type or "workshop", title=title,
                status=status or "completed", start_date=start, end_date=end, modality=modality,
                venue=texts["venue"], city=texts["city"], member_states=tuple(sorted(isos)),
                partners=tuple(sorted(partner_ids)), lead_trainer=texts["lead_trainer"], experts=texts["experts"],
                funding_source=texts["funding_source"], women=numbers["women"] or 0, men=numbers["men"] or 0,
                sex_not_recorded=numbers["sex_not_recorded"] or 0, participants_total=numbers["participants_total"] or 0,
                institutions=numbers["institutions"], units=1 if numbers["units"] is None else numbers["units"],
                outcomes=texts["outcomes"], notes=texts["notes"], follow_up_needed=follow_up in yes,
                follow_up_notes=texts["follow_up_notes"], satisfaction=numbers["satisfaction"],
                pretest_average=numbers["pretest_average"], posttest_average=numbers["posttest_average"],
            )
            problems += [p.message for p in event_log.validate(event) if p.blocking]
            if event_uuid and known_id:
                before = existing.get(event_uuid)
                if before is None:
                    problems.append(_tr("no event has this ID (deleted, or from another database)"))
                else:
                    # The sheet carries no roster or files: keep the event's own.
                    event = dataclasses.replace(event, participants=before.participants,
                                                attachments=before.attachments, partners=tuple(sorted(
                                                    partner_ids)))
                    before = dataclasses.replace(before, partners=tuple(sorted(before.partners)),
                                                 member_states=tuple(sorted(before.member_states)))
                    row.changes = event_log.changed_fields(before, event)
                    row.kind = CHANGED if row.changes else UNCHANGED
            else:
                row.kind = NEW
            row.event = event
        row.problems = problems
        if problems:
            row.kind = REJECTED
        result.rows.append(row)
    return result


def apply_import(db: Database, preview: ImportPreview) -> tuple[int, int]:
    """Write what the preview found, in one transaction; (created, changed). Nothing is written
    when any row was rejected. Every refusal is an ImportFileError, in words."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    if not preview.can_apply:
        raise ImportFileError(_tr("Nothing was imported: fix the rows with problems first."))
    creates = [r.event for r in preview.rows if r.kind == NEW and r.event is not None]
    updates = [(r.event_uuid, r.event) for r in preview.rows
               if r.kind == CHANGED and r.event is not None and r.event_uuid]
    reason = _tr("Imported from {name}").format(name=preview.path.name)
    try:
        created, changed = event_log.save_many(db, creates, updates, reason)  # type: ignore[arg-type]
    except (event_log.PeriodLockedError, event_log.ValidationError) as exc:
        raise ImportFileError(_tr("Nothing was imported: {reason}").format(reason=exc)) from exc
    except event_log.EventGoneError as exc:
        raise ImportFileError(_tr("Nothing was imported: an event of the workbook was deleted meanwhile; import it "
                                  "again.")) from exc
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        raise ImportFileError(_tr("Nothing was imported: the database refuses a row of the workbook ({detail}).").format(
            detail=error_detail(getattr(exc, "orig", exc)))) from exc
    return len(created), changed
