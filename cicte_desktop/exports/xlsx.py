"""The Excel workbook for member-state reporting: Summary, Work plan, Events, By member state and,
only when asked, Participants. Knows nothing of widgets: data in, a file out.

Written with openpyxl's write-only mode (constant memory) to a temporary file that is renamed
over the target at the end: a cancelled or failed export leaves no partial file. Text that a
spreadsheet could take for a formula is written as text; control characters are dropped.
The sheets are drawn by ``xlsx_sheets``; what they list is read by ``services.workbook_data``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.files import atomic_target
from cicte_desktop.exports import xlsx_sheets as sheets
from cicte_desktop.services import figures, member_state_names, plan_reading, workbook_data, workplan
from cicte_desktop.services.workbook_layout import sheet_names
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.cancel import Cancelled


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


def period_slug(date_from: dt.date | None, date_to: dt.date | None) -> str:
    """"2016", "2016-H1", "2016-H2" or "2016-03-01_2016-05-31", for file names."""
    if date_from is None or date_to is None:
        return "all-dates"
    for half in (None, 1, 2):
        if (date_from, date_to) == period_options(date_from.year, half):
            return f"{date_from.year}" + (f"-H{half}" if half else "")
    return f"{date_from.isoformat()}_{date_to.isoformat()}"


def suggested_file_name(options: ExportOptions) -> str:
    """"CICTE-2016.xlsx", "CICTE-2017-H1.xlsx", "CICTE-2016-03-01_2016-05-31.xlsx": the period's."""
    return f"CICTE-{period_slug(options.date_from, options.date_to)}.xlsx"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int
    participants: int
    #: Years of the period without a work plan (a period over several plan years): named in a note.
    missing_years: tuple[int, ...] = ()


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
    total = workbook_data.count_events(db, event_filter, activity_scope)
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
    state = (member_state_names.localized_name(options.member_state, i18n.export_language())
             if options.member_state else _tr("all member states"))
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
        sheets.summary_sheet(book, names["summary"] + suffix, db, plan, areas, cut, progress_by_item, sub, note)
    for (suffix, _cut, sub, progress_by_item, areas), plan in zip(years, plans, strict=True):
        sheets.plan_sheet(book, names["plan"] + suffix, areas, progress_by_item, sub,
                          plan_reading.amendment_notes(db, plan.year))
    tick(0)
    whole = subtitle(", ".join(p.symbol for p in plans), options.period_text())
    events = sheets.events_sheet(book, names["events"], db, plans, event_filter, activity_scope, whole, progress=tick,
                                 note=note)
    for (suffix, cut, sub, _progress, areas), plan in zip(years, plans, strict=True):
        sheets.states_sheet(book, names["states"] + suffix, db, plan, areas, cut, sub)
    people = 0
    if options.with_participants:
        people = sheets.participants_sheet(book, names["participants"], db, event_filter, activity_scope, whole)
    if progress is not None and not progress(total, total):
        raise ExportCancelled

    out = Path(out)
    with atomic_target(out, prefix=".") as partial:
        book.save(partial)
    return ExportResult(out, events, people, tuple(period.missing))
