"""Importing an Events sheet back (a workbook exported by the app, edited in Excel): rows with a
known event ID update that event, rows without one create events. Everything is checked and
previewed first; applying is one transaction, all or nothing. No Qt widgets.

The file is opened and read safely by ``workbook_files``. Every value is then checked against
the schema the database and field packages share (``cicte_desktop.validation``), each problem
naming its row and column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cicte_desktop import i18n
from cicte_desktop.cancel import Cancelled, ProgressCallback
from cicte_desktop.validation.values import problem, shown, stored
from cicte_desktop.db.database import Database
from cicte_desktop.services import member_state_names, reference, workplan
from cicte_desktop.services.events import errors, reading, writing
from cicte_desktop.services.events.inputs import EventInput, changed_fields
from cicte_desktop.services.events.validation import validate
from cicte_desktop.services.events.workbook_files import ErrorCell, FormulaCell, ImportFileError, error_detail
from cicte_desktop.services.events.workbook_files import read_events_sheet
from cicte_desktop.services.workbook_layout import HEADER_ROWS, event_columns, plan_paths
from cicte_desktop.vocabulary import EVENT_TYPE_LABELS, MODALITY_LABELS, STATUS_LABELS, event_type_label
from cicte_desktop.vocabulary import modality_label, status_label

NEW, CHANGED, UNCHANGED, REJECTED = "new", "changed", "unchanged", "rejected"


def _tr(text: str) -> str:
    return i18n.translate("ExcelImport", text)


class WorkbookImportCancelled(Cancelled):
    """The user cancelled applying the import; nothing was written."""


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
    rows = read_events_sheet(path)
    headers = [str(h).strip() if h is not None else "" for h in (rows[0] if rows else ())]
    return _preview_rows(db, path, rows, headers, _language_of(headers))


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

    states = {}  # a workbook names its states in whichever language it was exported in
    for s in reference.member_states(db):
        for name in (s.name, *member_state_names.all_names(s.iso3)):
            states.setdefault(name.casefold(), s.iso3)
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
        v[uuid_column], str) and problem("event", "uuid", v[uuid_column].strip()) is None]
    existing = reading.get_event_inputs(db, wanted_ids)
    for number, raw in enumerate(rows[1:], start=HEADER_ROWS + 2):
        if not any(v is not None and v != "" for v in raw):
            continue
        problems: list[str] = []

        def say(key: str, text: str) -> None:
            problems.append(_tr("{column}: {problem}").format(column=heading[key], problem=text))

        values = list(raw)
        for key, index in position.items():  # formulas and error values: refused where they are read
            if index < len(values) and isinstance(values[index], (FormulaCell, ErrorCell)):
                if isinstance(values[index], FormulaCell):
                    say(key, _tr("holds a formula ({formula}); the import takes typed values only: type the value, "
                                 "or copy the column and paste it as values").format(
                        formula=shown(str(values[index]), 40).strip("'")))
                else:
                    say(key, _tr("holds the error {value}").format(value=shown(str(values[index]), 20)))
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
            cell is left to the defaults and to ``events.validation.validate`` (a title is required...)."""
            if value is None:
                return None
            trouble = problem("event", key, stored(value))
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
                    column=heading[key], value=shown(raw_text, 60).strip("'")))
            return found

        start, end = (checked(key, _as_date(cell(key))) for key in ("start_date", "end_date"))
        activity = activity_at(text("plan_path") or "", cell("plan_year"), start if isinstance(start, dt.date) else None)
        if activity is None:
            problems.append(_tr("unknown plan path “{path}”").format(
                path=shown(text("plan_path") or "", 60).strip("'")))

        def listed(key: str, table: dict[str, str], unknown: str) -> list[str]:
            found: list[str] = []
            for name in (text(key) or "").split(";"):
                if not name.strip():
                    continue
                item = table.get(name.strip().casefold())
                if item is None:
                    problems.append(unknown.format(name=shown(name.strip(), 60).strip("'")))
                elif item in found:
                    say(key, _tr("“{name}” is listed twice").format(name=shown(name.strip(), 60).strip("'")))
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
                value=shown(follow_up, 40).strip("'"), yes=yes_word, no=no_word))
        if event_uuid and event_uuid in seen:
            problems.append(_tr("the same event ID appears twice"))
        if event_uuid:
            seen.add(event_uuid)
        row = ImportRow(number, REJECTED, shown(title, 200).strip("'"), event_uuid)
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
            problems += [p.message for p in validate(event) if p.blocking]
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
                    row.changes = changed_fields(before, event)
                    row.kind = CHANGED if row.changes else UNCHANGED
            else:
                row.kind = NEW
            row.event = event
        row.problems = problems
        if problems:
            row.kind = REJECTED
        result.rows.append(row)
    return result


def apply_import(db: Database, preview: ImportPreview, progress: ProgressCallback | None = None) -> tuple[int, int]:
    """Write what the preview found, in one transaction; (created, changed). Nothing is written
    when any row was rejected. Every refusal is an ImportFileError, in words. ``progress(done,
    total)`` hears of the rows checked and written; once it returns False the work stops at its
    next step and WorkbookImportCancelled is raised: the transaction is rolled back whole."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    if not preview.can_apply:
        raise ImportFileError(_tr("Nothing was imported: fix the rows with problems first."))
    creates = [r.event for r in preview.rows if r.kind == NEW and r.event is not None]
    updates = [(r.event_uuid, r.event) for r in preview.rows
               if r.kind == CHANGED and r.event is not None and r.event_uuid]
    reason = _tr("Imported from {name}").format(name=preview.path.name)
    try:
        created, changed = writing.save_many(db, creates, updates, reason, progress=progress)  # type: ignore[arg-type]
    except Cancelled:
        raise WorkbookImportCancelled() from None
    except (errors.PeriodLockedError, errors.ValidationError) as exc:
        raise ImportFileError(_tr("Nothing was imported: {reason}").format(reason=exc)) from exc
    except errors.EventGoneError as exc:
        raise ImportFileError(_tr("Nothing was imported: an event of the workbook was deleted meanwhile; import it "
                                  "again.")) from exc
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        raise ImportFileError(_tr("Nothing was imported: the database refuses a row of the workbook ({detail}).").format(
            detail=error_detail(getattr(exc, "orig", exc)))) from exc
    return len(created), changed
