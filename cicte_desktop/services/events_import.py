"""Importing an Events sheet back (a workbook exported by the app, edited in Excel): rows with a
known event ID update that event, rows without one create events. Everything is checked and
previewed first; applying is one transaction, all or nothing. No Qt widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.exports.xlsx import HEADER_ROWS, event_columns, plan_paths, sheet_names
from cicte_desktop.services import event_log, reference, workplan
from cicte_desktop.services.event_log import EventInput
from cicte_desktop.vocabulary import EVENT_TYPE_LABELS, MODALITY_LABELS, STATUS_LABELS, event_type_label
from cicte_desktop.vocabulary import modality_label, status_label

NEW, CHANGED, UNCHANGED, REJECTED = "new", "changed", "unchanged", "rejected"


def _tr(text: str) -> str:
    return i18n.translate("ExcelImport", text)


class ImportFileError(ValueError):
    """The file cannot be imported; the message says why, for the user."""


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


def _as_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def _as_number(value: Any, kind: type) -> Any:
    if value in (None, ""):
        return None
    return kind(float(value)) if kind is int else kind(value)


def preview_import(db: Database, path: Path) -> ImportPreview:
    """Read the Events sheet of ``path`` and say, row by row, what importing it would do."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as exc:
        raise ImportFileError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
            name=path.name, detail=exc)) from exc
    except Exception as exc:  # noqa: BLE001 - a damaged file: openpyxl raises what its XML and zip parsers do
        raise ImportFileError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
            name=path.name, detail=f"{type(exc).__name__}: {exc}")) from exc
    try:
        wanted = set()
        for language in i18n.LANGUAGES:  # a workbook exported in any of the four languages
            with i18n.using_language(language):
                wanted.add(sheet_names()["events"])
        sheet = next((book[name] for name in book.sheetnames if name in wanted), None)
        if sheet is None:
            raise ImportFileError(_tr("{name} has no Events sheet; export one from CICTE Desktop, edit it, and import "
                                      "it back.").format(name=path.name))
        rows = list(sheet.iter_rows(min_row=HEADER_ROWS + 1, values_only=True))
    except ImportFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - the sheet's XML or zip is damaged (read only now, row by row)
        raise ImportFileError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
            name=path.name, detail=f"{type(exc).__name__}: {exc}")) from exc
    finally:
        book.close()
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

    plan = workplan.get_work_plan(db)
    activity_by_path = {p: uuid for uuid, (p, _a) in plan_paths(plan).items()}
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
        yes = {_tr("Yes").casefold(), "yes", "true", "1"}

    result = ImportPreview(path, [])
    seen: set[str] = set()
    uuid_column = position["uuid"]
    existing = event_log.get_event_inputs(db, [
        str(v[uuid_column]).strip() for v in rows[1:] if uuid_column < len(v) and v[uuid_column] not in (None, "")])
    for number, values in enumerate(rows[1:], start=HEADER_ROWS + 2):
        if not any(v not in (None, "") for v in values):
            continue

        def cell(key: str) -> Any:
            index = position.get(key)
            value = values[index] if index is not None and index < len(values) else None
            return value.strip() if isinstance(value, str) else value

        def text(key: str) -> str | None:
            value = cell(key)
            return str(value).strip() if value not in (None, "") else None

        problems: list[str] = []
        event_uuid = text("uuid")
        title = text("title") or ""
        activity = activity_by_path.get(text("plan_path") or "")
        if activity is None:
            problems.append(_tr("unknown plan path “{path}”").format(path=text("plan_path") or ""))

        def code(key: str, table: dict[str, str], default: str | None) -> str | None:
            raw = text(key)
            if raw is None:
                return default
            found = table.get(raw.casefold())
            if found is None:
                problems.append(_tr("unknown {column} “{value}”").format(column=dict(
                    (k, h) for k, h, _w in columns)[key], value=raw))
            return found

        try:
            start, end = _as_date(cell("start_date")), _as_date(cell("end_date"))
        except ValueError:
            start = end = None
            problems.append(_tr("bad date"))
        isos = []
        for name in (text("member_states") or "").split(";"):
            if name.strip():
                iso = states.get(name.strip().casefold())
                if iso is None:
                    problems.append(_tr("unknown member state “{name}”").format(name=name.strip()))
                elif iso in isos:
                    problems.append(_tr("member state “{name}” is listed twice").format(name=name.strip()))
                else:
                    isos.append(iso)
        partner_ids = []
        for name in (text("partners") or "").split(";"):
            if name.strip():
                partner = partners.get(name.strip().casefold())
                if partner is None:
                    problems.append(_tr("unknown partner organisation “{name}”").format(name=name.strip()))
                elif partner in partner_ids:
                    problems.append(_tr("partner organisation “{name}” is listed twice").format(name=name.strip()))
                else:
                    partner_ids.append(partner)
        try:
            numbers = {key: _as_number(cell(key), kind) for key, kind in (
                ("women", int), ("men", int), ("sex_not_recorded", int), ("participants_total", int),
                ("institutions", int), ("units", int), ("satisfaction", float), ("pretest_average", float),
                ("posttest_average", float))}
        except (TypeError, ValueError):
            numbers = {}
            problems.append(_tr("a number column holds text"))
        event_type = code("event_type", types, "workshop")
        status = code("status", statuses, "completed")
        modality = code("modality", modalities, None)
        if event_uuid and event_uuid in seen:
            problems.append(_tr("the same event ID appears twice"))
        if event_uuid:
            seen.add(event_uuid)
        row = ImportRow(number, REJECTED, title, event_uuid)
        if not problems:
            event = EventInput(
                activity_uuid=activity or "", event_type=event_type or "workshop", title=title,
                status=status or "completed", start_date=start, end_date=end, modality=modality,
                venue=text("venue"), city=text("city"), member_states=tuple(sorted(isos)),
                partners=tuple(sorted(partner_ids)), lead_trainer=text("lead_trainer"), experts=text("experts"),
                funding_source=text("funding_source"), women=numbers["women"] or 0, men=numbers["men"] or 0,
                sex_not_recorded=numbers["sex_not_recorded"] or 0, participants_total=numbers["participants_total"] or 0,
                institutions=numbers["institutions"], units=1 if numbers["units"] is None else numbers["units"],
                outcomes=text("outcomes"), notes=text("notes"),
                follow_up_needed=(text("follow_up_needed") or "").casefold() in yes,
                follow_up_notes=text("follow_up_notes"), satisfaction=numbers["satisfaction"],
                pretest_average=numbers["pretest_average"], posttest_average=numbers["posttest_average"],
            )
            problems += [p.message for p in event_log.validate(event) if p.blocking]
            if event_uuid:
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
    when any row was rejected."""
    if not preview.can_apply:
        raise ImportFileError(_tr("Nothing was imported: fix the rows with problems first."))
    creates = [r.event for r in preview.rows if r.kind == NEW and r.event is not None]
    updates = [(r.event_uuid, r.event) for r in preview.rows
               if r.kind == CHANGED and r.event is not None and r.event_uuid]
    reason = _tr("Imported from {name}").format(name=preview.path.name)
    created, changed = event_log.save_many(db, creates, updates, reason)  # type: ignore[arg-type]
    return len(created), changed
