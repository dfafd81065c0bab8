"""The Excel workbook for member-state reporting: Summary, Work plan, Events, By member state and,
only when asked, Participants. Knows nothing of widgets: data in, a file out.

Written with openpyxl's write-only mode (constant memory) to a temporary file that is renamed
over the target at the end: a cancelled or failed export leaves no partial file. Text that a
spreadsheet could take for a formula is written as text; control characters are dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.files import atomic_target
from cicte_desktop.services import figures, plan_edit, workplan
from cicte_desktop.services.workbook_layout import (
    EVENT_FROZEN_COLUMNS, HEADER_ROWS, ILLEGAL_CHARACTERS, RISKY_START, event_columns, plan_paths, sheet_names,
)
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.vocabulary import STATUS_LABELS, event_type_label, modality_label, status_label
from cicte_desktop.cancel import Cancelled

#: Characters openpyxl refuses (it raises IllegalCharacterError): dropped from every text.
_ILLEGAL, _RISKY_START = ILLEGAL_CHARACTERS, RISKY_START  # (the names used below)


def _tr(text: str) -> str:
    return i18n.translate("ExcelExport", text)


class ExportCancelled(Cancelled):
    """The user cancelled; nothing was written at the target."""


@dataclass(frozen=True)
class ExportOptions:
    date_from: dt.date | None
    date_to: dt.date | None
    member_state: str | None = None  # ISO3
    work_area: str | None = None  # number, e.g. "1"
    with_participants: bool = False  # personal data: off unless asked
    language: str | None = None  # "en", "es", "fr", "pt"; None: the UI's

    def event_filter(self) -> figures.EventFilter:
        return figures.EventFilter(member_state=self.member_state, date_from=self.date_from, date_to=self.date_to)

    def period_text(self) -> str:
        if self.date_from and self.date_to:
            return _tr("{start} to {end}").format(start=self.date_from.isoformat(), end=self.date_to.isoformat())
        return _tr("all dates")


def period_options(year: int | None = None, half: int | None = None, date_from: dt.date | None = None,
                   date_to: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The dates of a year, a half year (1: January-June, 2: July-December) or a range."""
    if year is not None and half == 1:
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if year is not None and half == 2:
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    if year is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return date_from, date_to


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int
    participants: int
    #: Years of the period without a work plan (a period over several plan years): named in a note.
    missing_years: tuple[int, ...] = ()


# --- Cells --------------------------------------------------------------------------------


class _Cells:
    """Turns Python values into write-only cells: text made safe, dates and percentages formatted."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._sheet = sheet
        self._cell = WriteOnlyCell

    def text(self, value: str) -> Any:
        value = _ILLEGAL.sub("", value)
        if value.startswith(_RISKY_START):
            cell = self._cell(self._sheet, value=value)
            cell.data_type = "s"  # never a formula
            return cell
        return value

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        return value

    def percent(self, share: float | None) -> Any:
        if share is None:
            return None
        cell = self._cell(self._sheet, value=share)
        cell.number_format = "0%"
        return cell

    def date(self, value: dt.date | None) -> Any:
        if value is None:
            return None
        cell = self._cell(self._sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell

    def bold(self, value: Any, wrap: bool = False) -> Any:
        from openpyxl.styles import Alignment, Font

        cell = self._cell(self._sheet, value=self.value(value) if isinstance(value, str) else value)
        cell.font = Font(bold=True)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell


@dataclass(frozen=True)
class _Group:
    """A heading over several columns of the table header (on the row above it)."""
    first: int  # 1-based column
    span: int
    text: str


def _table(book: Any, title: str, heading: str, subtitle: str, columns: list[tuple[str, int]],
           rows: Iterable[list[Any]], progress: Callable[[], None] | None = None, *, frozen_columns: int = 0,
           groups: list[_Group] | None = None, footer: list[list[Any]] | None = None, note: str | None = None) -> int:
    """A sheet: title rows, a frozen header row with a filter, then ``rows``; how many rows.

    ``frozen_columns`` stay in view when scrolling right; ``groups`` head several columns each
    (wrapped, merged, on the row above the header); ``footer`` rows (totals, in bold) and a
    ``note`` follow the table, outside its filter so that sorting leaves them last."""
    sheet = book.create_sheet(title)
    cells = _Cells(sheet)
    from openpyxl.utils import get_column_letter

    widths = []
    for index, (name, width) in enumerate(columns, start=1):
        # Wide enough for the heading in any language (a bold heading is cut by the next cell),
        # unless groups head the columns: then the heading wraps.
        widths.append(width if groups else max(width, len(name) * 1.15 + 2))
        sheet.column_dimensions[get_column_letter(index)].width = widths[-1]
    sheet.freeze_panes = f"{get_column_letter(frozen_columns + 1)}{HEADER_ROWS + 2}"
    # Printed (or turned into PDF) the table fits the page's width, landscape, its header on
    # every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROWS + 1}:{HEADER_ROWS + 1}"
    sheet.append([cells.bold(heading)])
    sheet.append([cells.text(subtitle)])
    if groups:
        from openpyxl.worksheet.cell_range import CellRange

        group_row: list[Any] = [None] * len(columns)
        lines = 1
        for group in groups:
            group_row[group.first - 1] = cells.bold(group.text, wrap=True)
            sheet.merged_cells.add(CellRange(min_col=group.first, max_col=group.first + group.span - 1,
                                             min_row=HEADER_ROWS, max_row=HEADER_ROWS))
            room = sum(widths[group.first - 1:group.first - 1 + group.span]) - 2
            lines = max(lines, -(-len(group.text) * 11 // 10 // max(int(room), 1)))
        sheet.row_dimensions[HEADER_ROWS].height = 15 * min(lines, 6) + 2
        sheet.append(group_row)
    else:
        sheet.append([])
    if groups:  # (a write-only sheet writes a row's height with the row: set it first)
        header_lines = max(-(-len(name) * 11 // 10 // max(int(width) - 1, 1)) for name, width in zip(
            [n for n, _w in columns], widths, strict=True))
        sheet.row_dimensions[HEADER_ROWS + 1].height = 15 * min(header_lines, 4) + 2
    sheet.append([cells.bold(name, wrap=bool(groups)) for name, _width in columns])
    count = 0
    for row in rows:
        sheet.append(list(_prepare(cells, row)))
        count += 1
        if progress is not None and count % 500 == 0:
            progress()
    last = HEADER_ROWS + 1 + count
    sheet.auto_filter.ref = f"A{HEADER_ROWS + 1}:{get_column_letter(len(columns))}{max(last, HEADER_ROWS + 1)}"
    for row in footer or []:
        sheet.append([cells.bold(value) if value is not None else None for value in row])
    if note:
        sheet.append([cells.text(note)])
    return count


def _prepare(cells: _Cells, row: list[Any]) -> Iterator[Any]:
    for value in row:
        if isinstance(value, _Percent):
            yield cells.percent(value.share)
        elif isinstance(value, dt.date):
            yield cells.date(value)
        else:
            yield cells.value(value)


@dataclass(frozen=True)
class _Percent:
    share: float | None


# --- The workbook -------------------------------------------------------------------------


def _activities_in(plan: WorkPlanNode, work_area: str | None) -> list[str] | None:
    if work_area is None:
        return None
    return [a.uuid for area in plan.work_areas if area.number == work_area for p in area.programs
            for pj in p.projects for a in pj.activities]


def export_workbook(db: Database, options: ExportOptions, out: Path,
                    progress: Callable[[int, int], bool] | None = None) -> ExportResult:
    """Write the workbook to ``out`` (atomically); ``progress(done, total)`` returning False cancels.

    Sheet names, headings, labels and the plan's titles are in ``options.language``. The period
    is measured against its own year's work plan (``workplan.PeriodPlanError`` when it covers
    none). A period over several plan years is grouped by plan year: a Summary, Work plan and
    By member state sheet per year (named with it), each measured against its own plan with the
    period cut to that year; one Events sheet lists every event of the period with its plan
    year; years without a plan are named in a note.
    """
    with i18n.using_language(options.language):
        return _export_workbook(db, options, out, progress)


def _export_workbook(db: Database, options: ExportOptions, out: Path,
                     progress: Callable[[int, int], bool] | None) -> ExportResult:
    from openpyxl import Workbook

    # The period decides the plans, never the plan a window shows nor another year's.
    period = workplan.plan_years_in_period(db, options.date_from, options.date_to)
    plans = [workplan.get_work_plan(db, year, language=i18n.export_language()) for year in period.years]
    event_filter = options.event_filter()
    scopes = [_activities_in(plan, options.work_area) for plan in plans]
    activity_scope = None if options.work_area is None else [a for scope in scopes for a in scope or []]
    total = _count_events(db, event_filter, activity_scope)
    done = 0

    def tick(step: int = 500) -> None:
        nonlocal done
        done += step
        if progress is not None and not progress(min(done, total), total):
            raise ExportCancelled

    _temporary_files_in_scratch()
    book = Workbook(write_only=True)
    try:
        return _write(book, db, plans, period, options, out, event_filter, activity_scope, total, tick, progress)
    except BaseException:
        _discard(book)
        raise


def _discard(book: Any) -> None:
    """Close and remove the temporary files of a write-only workbook that will not be saved."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None and isinstance(getattr(writer, "out", None), str):
            with contextlib.suppress(Exception):
                writer.cleanup()


def _temporary_files_in_scratch() -> None:
    """openpyxl's write-only sheets keep their rows in temporary files of the system's temp
    folder until the workbook is saved: put them in this process's scratch folder instead, so
    that those of an export that was killed are removed by the next run (files.sweep_scratch)."""
    from openpyxl.worksheet import _writer

    from cicte_desktop.files import scratch_file

    if getattr(_writer.create_temporary_file, "_cicte", False):
        return

    def create_temporary_file(suffix: str = "") -> str:
        name = scratch_file(suffix, prefix="openpyxl.")
        _writer.ALL_TEMP_FILES.append(name)
        return name

    create_temporary_file._cicte = True  # type: ignore[attr-defined]
    _writer.create_temporary_file = create_temporary_file


def missing_years_note(missing: Iterable[int]) -> str | None:
    """The note naming the years of a period without a work plan (None when there are none)."""
    years = ", ".join(str(year) for year in missing)
    if not years:
        return None
    return _tr("No work plan for {years}: their events are listed in the Events sheet but measured against no "
               "plan.").format(years=years)


def _write(book: Any, db: Database, plans: list[WorkPlanNode], period: workplan.PeriodPlans, options: ExportOptions,
           out: Path, event_filter: figures.EventFilter, activity_scope: list[str] | None, total: int,
           tick: Callable[..., None], progress: Callable[[int, int], bool] | None) -> ExportResult:
    names = sheet_names()
    exported = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    state = options.member_state or _tr("all member states")
    area = _tr("work area {number}").format(number=options.work_area) if options.work_area else _tr("all work areas")
    several = len(plans) > 1
    note = missing_years_note(period.missing)

    def subtitle(symbol: str, period_text: str) -> str:
        return _tr("{symbol} · Period: {period} · {state} · {area} · Exported {when}").format(
            symbol=symbol, period=period_text, state=state, area=area, when=exported)

    years = []  # per plan year: its sheet names' suffix, its filter (the period cut to it), subtitle, figures, areas
    for plan in plans:
        cut = figures.EventFilter(options.member_state, *period.cut(plan.year))
        text = ExportOptions(cut.date_from, cut.date_to).period_text() if several else options.period_text()
        years.append((f" {plan.year}" if several else "", cut, subtitle(plan.symbol, text),
                      figures.plan_figures(db, plan, cut),
                      [a for a in plan.work_areas if options.work_area in (None, a.number)]))
    for (suffix, cut, sub, progress_by_item, areas), plan in zip(years, plans, strict=True):
        _summary_sheet(book, names["summary"] + suffix, db, plan, areas, cut, progress_by_item, sub, note)
    for (suffix, _cut, sub, progress_by_item, areas), plan in zip(years, plans, strict=True):
        _plan_sheet(book, names["plan"] + suffix, areas, progress_by_item, sub,
                    plan_edit.amendment_notes(db, plan.year))
    tick(0)
    whole = subtitle(", ".join(p.symbol for p in plans), options.period_text())
    events = _table(book, names["events"], _tr("Events"), whole,
                    [(header, width) for _key, header, width in event_columns()],
                    _event_rows(db, plans, event_filter, activity_scope), progress=tick,
                    frozen_columns=EVENT_FROZEN_COLUMNS, note=note)
    for (suffix, cut, sub, _progress, areas), plan in zip(years, plans, strict=True):
        _states_sheet(book, names["states"] + suffix, db, plan, areas, cut, sub)
    people = 0
    if options.with_participants:
        people = _table(book, names["participants"], _tr("Participants (personal data)"), whole, [
            (_tr("Event ID"), 38), (_tr("Event"), 40), (_tr("Start date"), 12), (_tr("Name"), 28), (_tr("Sex"), 6),
            (_tr("Institution"), 28), (_tr("Country"), 16), (_tr("Position"), 20), (_tr("E-mail"), 28),
            (_tr("Phone"), 16)], _participant_rows(db, event_filter, activity_scope))
    if progress is not None and not progress(total, total):
        raise ExportCancelled

    out = Path(out)
    with atomic_target(out, prefix=".") as partial:
        book.save(partial)
    return ExportResult(out, events, people, tuple(period.missing))


def _with_joins(from_sql: str, joins: str) -> str:
    """``FROM ... WHERE ...`` of ``figures.events_from`` with more tables joined to ``e``."""
    return from_sql.replace(" WHERE ", f" {joins} WHERE ", 1)


def _count_events(db: Database, event_filter: figures.EventFilter, scope: list[str] | None) -> int:
    from_sql, params = figures.events_from(event_filter, scope)
    with db.sql() as conn:
        return conn.execute(f"SELECT count(*) {from_sql}", params).fetchone()[0]


def _share(node: figures.NodeProgress | None) -> _Percent:
    return _Percent(node.percent / 100 if node and node.percent is not None else None)


def _figure_columns(contribution: bool, with_target: bool = True) -> list[tuple[str, int]]:
    """The figures' columns, in the words of ``figures.labels`` (the tree's, the reports')."""
    words = figures.labels()
    columns = [(words["target"], 9)] if with_target else []
    if contribution:  # one member state: its contribution, never measured against the whole target
        return columns + [(words["achieved"], 9), (words["share"], 10)]
    return columns + [(words["achieved"], 9), (words["counted"], 10), (words["progress"], 9),
                      (words["expected"], 9), (words["state"], 12)]


def _figure_cells(node: figures.NodeProgress | None, with_target: bool = True) -> list[Any]:
    node = node or figures.NodeProgress(0, 0, 0, 0, figures.NO_TARGET)
    cells: list[Any] = [node.target or None] if with_target else []
    if node.contribution:
        share = node.share_percent
        return cells + [node.achieved, _Percent(share / 100 if share is not None else None)]
    expected = node.expected_percent
    return cells + [node.achieved, node.counted if node.target else None, _share(node),
                    _Percent(expected / 100 if expected is not None else None), figures.state_label(node.state)]


def _summary_sheet(book: Any, title: str, db: Database, plan: WorkPlanNode, areas: list[Any],
                   event_filter: figures.EventFilter, progress: dict[str, figures.NodeProgress], subtitle: str,
                   note: str | None = None) -> None:
    contribution = event_filter.member_state is not None
    columns = [(_tr("Work area / program"), 50), *_figure_columns(contribution)]
    columns += [(status_label(code), 10) for code in STATUS_LABELS]
    columns += [(_tr("Women"), 9), (_tr("Men"), 9), (_tr("Sex not recorded"), 10), (_tr("Member states reached"), 12)]
    activities = {item.uuid: [a.uuid for p in item.programs for pj in p.projects for a in pj.activities]
                  for item in areas}
    activities |= {p.uuid: [a.uuid for pj in p.projects for a in pj.activities] for item in areas for p in item.programs}

    def row(label: str, node: figures.NodeProgress | None, scope: list[str]) -> list[Any]:
        summary = figures.summary(db, event_filter, scope)
        return [label, *_figure_cells(node),
                *[summary.events_by_status.get(code, 0) for code in STATUS_LABELS],
                summary.women, summary.men, summary.sex_not_recorded, len(summary.member_states)]

    rows: list[list[Any]] = []
    for item in areas:
        rows.append(row(f"{item.number}. {item.title}", progress.get(item.uuid), activities[item.uuid]))
        rows += [row(f"    {p.letter}. {p.title}", progress.get(p.uuid), activities[p.uuid]) for p in item.programs]
    everything = [a for item in areas for a in activities[item.uuid]]
    rows.append(row(_tr("Total"), figures.total(progress, [item.uuid for item in areas]), everything))
    _table(book, title, _tr("Summary by work area and program"), subtitle, columns, rows, note=note)


def _plan_sheet(book: Any, title: str, areas: list[Any], progress: dict[str, figures.NodeProgress],
                subtitle: str, amended: dict[str, list[str]] | None = None) -> None:
    """The plan with every item's figures; the last column, *Amended*, says how an item was
    changed after the plan's approval (``plan_edit.amendment_notes``: the PDF reports' words)."""
    contribution = any(p.contribution for p in progress.values())
    columns = [(_tr("Numbering"), 12), (_tr("Level"), 16), (_tr("Text"), 70), (figures.label("target"), 9),
               (_tr("Unit"), 26), (_tr("Upon request"), 10), *_figure_columns(contribution, with_target=False),
               (_tr("Amended"), 40)]
    amended = amended or {}

    def notes(uuid: str) -> str | None:
        return "\n".join(amended[uuid]) if uuid in amended else None

    rows: list[list[Any]] = []
    for item in areas:
        node = progress.get(item.uuid)
        rows.append([item.number, _tr("Work area"), item.title, node.target or None if node else None, None, None,
                     *_figure_cells(node, with_target=False), notes(item.uuid)])
        for program in item.programs:
            node = progress.get(program.uuid)
            rows.append([f"{item.number}.{program.letter}", _tr("Program"), program.title,
                         node.target or None if node else None, None, None, *_figure_cells(node, with_target=False),
                         notes(program.uuid)])
            for project in program.projects:
                node = progress.get(project.uuid)
                numbering = workplan.project_code(item, program, project)
                rows.append([numbering, _tr("Project"), project.title, node.target or None if node else None, None,
                             None, *_figure_cells(node, with_target=False), notes(project.uuid)])
                for a_index, activity in enumerate(project.activities, start=1):
                    node = progress.get(activity.uuid)
                    rows.append([f"{numbering}.{a_index}", _tr("Planned activity"), activity.text, activity.target,
                                 activity.unit, _tr("Yes") if activity.upon_request else None,
                                 *_figure_cells(node, with_target=False), notes(activity.uuid)])
    _table(book, title, _tr("Work plan"), subtitle, columns, rows)


def _event_rows(db: Database, plans: list[WorkPlanNode] | WorkPlanNode, event_filter: figures.EventFilter,
                scope: list[str] | None) -> Iterator[list[Any]]:
    plans = [plans] if isinstance(plans, WorkPlanNode) else plans
    paths = {uuid: found for plan in plans for uuid, found in plan_paths(plan).items()}
    with db.sql() as conn:  # the plan year of every planned activity (a few hundred per plan)
        year_of = dict(conn.execute(
            "SELECT t.uuid, w.year FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid "
            "JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON a.uuid = p.work_area_uuid "
            "JOIN work_plan w ON w.uuid = a.work_plan_uuid"))
    from_sql, params = figures.events_from(event_filter, scope)
    states = ("(SELECT group_concat(name, '; ') FROM (SELECT m.name FROM event_member_state l JOIN member_state m "
              "ON m.uuid = l.member_state_uuid WHERE l.event_uuid = e.uuid AND NOT l.deleted ORDER BY m.name))")
    partners = ("(SELECT group_concat(name, '; ') FROM (SELECT coalesce(o.acronym, o.name) AS name FROM event_partner l "
                "JOIN partner_organization o ON o.uuid = l.partner_uuid WHERE l.event_uuid = e.uuid AND NOT l.deleted "
                "ORDER BY 1))")
    sql = (f"SELECT e.uuid, e.activity_uuid, e.event_type, e.title, e.status, e.start_date, e.end_date, e.modality, "
           f"{states}, e.venue, e.city, {partners}, e.lead_trainer, e.experts, e.funding_source, e.women, e.men, "
           f"e.sex_not_recorded, e.participants_total, e.institutions, e.units, e.satisfaction, e.pretest_average, "
           f"e.posttest_average, e.follow_up_needed, e.follow_up_notes, e.outcomes, e.notes "
           f"{from_sql} ORDER BY e.start_date, e.title, e.uuid")
    yes, no = _tr("Yes"), _tr("No")
    with db.sql() as conn:
        for r in conn.execute(sql, params):
            path, activity = paths.get(r[1], ("", None))
            yield [
                r[3], dt.date.fromisoformat(r[5]) if r[5] else None, dt.date.fromisoformat(r[6]) if r[6] else None,
                event_type_label(r[2]), status_label(r[4]), path, activity.text if activity else "",
                modality_label(r[7]), r[8] or "", r[9], r[10], r[11] or "", r[12], r[13], r[14], r[15], r[16], r[17],
                r[18], r[19], r[20], r[21], r[22], r[23], yes if r[24] else no, r[25], r[26], r[27], year_of.get(r[1]), r[0],
            ]


def _states_sheet(book: Any, title: str, db: Database, plan: WorkPlanNode, areas: list[Any],
                  event_filter: figures.EventFilter, subtitle: str) -> None:
    """Events (any status) and participants (completed events) by member state and work area,
    each area headed by its number and title; a total column per member state and a total row
    per work area, both from the figures service (the total row counts an event that served
    several member states once, as the Summary sheet does)."""
    area_of = {a.uuid: item.number for item in areas for p in item.programs for pj in p.projects for a in pj.activities}
    from_sql, params = figures.events_from(figures.EventFilter(
        None, event_filter.date_from, event_filter.date_to), list(area_of))
    from_sql = _with_joins(from_sql, "JOIN event_member_state l ON l.event_uuid = e.uuid AND NOT l.deleted "
                                     "JOIN member_state m ON m.uuid = l.member_state_uuid")
    counts: dict[tuple[str, str], list[int]] = {}
    with db.sql() as conn:
        names = dict(conn.execute("SELECT iso3, name FROM member_state WHERE NOT deleted"))
        for iso, activity, events, women, men in conn.execute(
            f"SELECT m.iso3, e.activity_uuid, count(*), sum(CASE WHEN e.status = 'completed' THEN e.women END), "
            f"sum(CASE WHEN e.status = 'completed' THEN e.men END) {from_sql} GROUP BY m.iso3, e.activity_uuid", params,
        ):
            key = (iso, area_of[activity])
            totals = counts.setdefault(key, [0, 0, 0])
            totals[0] += events
            totals[1] += women or 0
            totals[2] += men or 0
    columns = [(_tr("Member state"), 30), (_tr("ISO code"), 8)]
    groups = []
    for item in areas:
        groups.append(_Group(len(columns) + 1, 3, f"{item.number}. {item.title}"))
        columns += [(_tr("{number}. events").format(number=item.number), 10),
                    (_tr("{number}. women").format(number=item.number), 10),
                    (_tr("{number}. men").format(number=item.number), 10)]
    groups.append(_Group(len(columns) + 1, 3, _tr("All work areas")))
    columns += [(_tr("Total events"), 10), (_tr("Total women"), 10), (_tr("Total men"), 10)]
    states = sorted({iso for iso, _n in counts}, key=lambda iso: names.get(iso, iso))
    if event_filter.member_state:
        states = [event_filter.member_state]
    everything = list(area_of)

    def figures_of(member_state: str | None, activities: list[str]) -> list[int]:
        found = figures.summary(db, figures.EventFilter(member_state, event_filter.date_from, event_filter.date_to),
                                activities)
        return [found.events, found.women, found.men]

    rows = []
    for iso in states:
        row: list[Any] = [names.get(iso, iso), iso]
        for item in areas:
            row += counts.get((iso, item.number), [0, 0, 0])
        rows.append(row + figures_of(iso, everything))
    total: list[Any] = [_tr("Total"), None]
    for item in areas:
        total += figures_of(event_filter.member_state, [a for a, number in area_of.items() if number == item.number])
    total += figures_of(event_filter.member_state, everything)
    _table(book, title, _tr("Events and participants by member state and work area"), subtitle, columns, rows,
           frozen_columns=1, groups=groups, footer=[total],
           note=_tr("An event that served several member states counts in the row of each, and once in the total."))


def _participant_rows(db: Database, event_filter: figures.EventFilter, scope: list[str] | None) -> Iterator[list[Any]]:
    from_sql, params = figures.events_from(event_filter, scope)
    sexes = {"F": _tr("F"), "M": _tr("M")}
    with db.sql() as conn:
        for r in conn.execute(
            f"SELECT e.uuid, e.title, e.start_date, p.name, p.sex, p.institution, p.country, p.position_title, p.email, "
            f"p.phone {_with_joins(from_sql, 'JOIN participant p ON p.event_uuid = e.uuid AND NOT p.deleted')} "
            f"ORDER BY e.start_date, e.uuid, p.rowid", params,
        ):
            yield [r[0], r[1], dt.date.fromisoformat(r[2]) if r[2] else None, r[3], sexes.get(r[4], ""), *r[5:]]
