"""What the implementation report says, gathered before anything is drawn: per plan year of the
period its plan, the period cut to its year, the figures (``figures``, as the tree and the
workbook show them), the events delivered (``reporting``) and the amendments; the report's
title and period in words, and small helpers every section uses. ``sections`` and ``annex``
draw them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QLocale
from reportlab.platypus import Flowable

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.exports.pdf.layout import Heading, locale_for, long_date, para, register_fonts, styles
from cicte_desktop.exports.pdf.options import MEMBER_STATE, ReportError, ReportOptions
from cicte_desktop.services import figures, plan_reading, reference, reporting, workplan
from cicte_desktop.services.reporting import DeliveredEvent
from cicte_desktop.services.workplan import WorkPlanNode


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


@dataclass
class ReportContext:
    db: Database
    options: ReportOptions
    plan: WorkPlanNode
    locale: QLocale
    state_name: str | None  # the member-state report's subject
    period_filter: figures.EventFilter
    progress: dict[str, figures.NodeProgress]  # figures.plan_figures of the period (and member state)
    expected: float  # share of the year's targets due by now in the period (figures.expected_by_now)
    delivered: dict[str, list[DeliveredEvent]]
    styles: dict = field(default_factory=dict)
    headings: list[Heading] = field(default_factory=list)  # shared by the parts of a report
    depth: int = 0  # 1 in a report over several plan years: its headings sit under their part's
    amended: dict[str, list[str]] = field(default_factory=dict)  # plan_reading.amendment_notes of the plan
    elsewhere: int = 0  # completed events of the period (cut) logged under another year's plan: not counted

    @property
    def for_state(self) -> bool:
        return self.state_name is not None

    def number(self, value: int) -> str:
        return self.locale.toString(value)

    def heading(self, text: str, style: str, level: int, contents_text: str | None = None) -> Heading:
        item = Heading(text, self.styles[style], level + self.depth, f"h{len(self.headings)}", contents_text)
        self.headings.append(item)
        return item


def report_plan_years(db: Database, date_from: dt.date | None, date_to: dt.date | None) -> workplan.PeriodPlans:
    """The plan years a report of the period is about: one part per plan year, each measured
    against its own plan with the period cut to that year (as the workbook's per-year sheets).
    Never another year's plan: a period with no plan year, or with a year without a plan that has
    events in the period or lies between two of its plan years, raises ``PeriodPlanError`` naming
    that year. A year without a plan at an edge of the period with no events there is left out:
    there is nothing of it to report."""
    period = workplan.plan_years_in_period(db, date_from, date_to)
    if period.missing:
        have = ", ".join(str(y) for y in workplan.plan_years(db))
        missing = ", ".join(str(y) for y in period.missing)
        raise workplan.PeriodPlanError(period.missing[0], _tr(
            "there is no work plan for {missing} (work plans: {years}), which the period {start} to {end} covers: a "
            "report measures each year against its own plan, so choose a period without {missing} or start its work "
            "plan first").format(missing=missing, years=have, start=date_from.isoformat() if date_from else "…",
                                 end=date_to.isoformat() if date_to else "…"))
    return period


def report_title(options: ReportOptions) -> str:
    if options.kind == MEMBER_STATE:
        return _tr("Member-State Report")
    start, end = options.date_from, options.date_to
    if start is None or end is None or start.year != end.year:
        return _tr("Implementation Report")
    if start and end and start.year == end.year and (start.month, start.day) == (1, 1):
        if (end.month, end.day) == (12, 31):
            return _tr("Annual Implementation Report")
    return _tr("Semi-annual Implementation Report")


def period_label(options: ReportOptions, locale: QLocale) -> str:
    """"January–June 2016", "July–December 2016", "2016", or the dates in words."""
    start, end = options.date_from, options.date_to
    if start is None or end is None:
        return _tr("All dates")
    if start.year == end.year and (start.month, start.day) == (1, 1):
        if (end.month, end.day) == (6, 30):
            return _tr("January–June {year}").format(year=start.year)
        if (end.month, end.day) == (12, 31):
            return str(start.year)
    if start.year < end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year}–{end.year}"  # whole years
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (7, 1, 12, 31):
        return _tr("July–December {year}").format(year=start.year)
    return _tr("{start} to {end}").format(start=long_date(start, locale), end=long_date(end, locale))


def progress_text(node: figures.NodeProgress | None, ctx: ReportContext, target_text: str | None = None) -> str:
    """The item's figures in the words of every output (``figures.describe_line``)."""
    return figures.describe_line(node or figures.NodeProgress(0, 0, 0, 0, figures.NO_TARGET), ctx.number,
                                 target_text)


def mark(ctx: ReportContext, uuid: str) -> str:
    """The mark after the title of an item amended after the plan's approval."""
    return f" {plan_reading.AMENDED_MARK}" if uuid in ctx.amended else ""


def amendment_notes(ctx: ReportContext, uuid: str) -> list[Flowable]:
    """Under an amended item: each amendment's date and reason (the workbook's words)."""
    return [para(f"{plan_reading.AMENDED_MARK} {text}", ctx.styles["amended"]) for text in ctx.amended.get(uuid, [])]


def activity_uuids(area_or_program) -> list[str]:  # type: ignore[no-untyped-def]
    programs = area_or_program.programs if hasattr(area_or_program, "programs") else [area_or_program]
    return [a.uuid for p in programs for pj in p.projects for a in pj.activities]


def day_text(day: dt.date | None, ctx: ReportContext) -> str:
    return long_date(day, ctx.locale) if day else "…"


def gather_parts(db: Database, options: ReportOptions) -> list[ReportContext]:
    """What the report says, one part per plan year of the period (``report_plan_years``): its
    plan, the period cut to its year, its figures, the events delivered and the amendments.
    ``ReportError`` (in words) for a member state that is missing or unknown."""
    state_name = None
    if options.kind == MEMBER_STATE:
        names = {s.iso3: s.name for s in reference.member_states(db)}
        if not options.member_state:
            raise ReportError(_tr("Choose the member state the report is for."))
        if options.member_state not in names:
            raise ReportError(_tr("There is no member state with the code “{code}” (use ISO codes such as JAM or "
                                  "TTO).").format(code=options.member_state))
        state_name = names[options.member_state]
    elif options.member_state:
        raise ReportError(_tr("The semi-annual report covers every member state; choose the member-state report "
                              "for one."))
    register_fonts()
    period = report_plan_years(db, options.date_from, options.date_to)
    locale, shared_styles, headings = locale_for(options.language), styles(), []
    several = len(period.years) > 1
    parts = []  # one per plan year: its plan, the period cut to its year, its figures
    for year in period.years:
        plan = workplan.get_work_plan(db, year, language=options.language)
        period_filter = figures.EventFilter(options.member_state, *period.cut(year))
        # The same figures as the tree and the workbook for the same filter (one truth): the
        # events of the period (cut to the plan year), measured against the share of the plan
        # year that falls in it.
        plan_figures = figures.plan_figures(db, plan, period_filter)
        expected = figures.expected_by_now(plan.year, period_filter)
        delivered = reporting.delivered_events(db, period_filter, [a.uuid for a in plan.activities()])
        elsewhere = (figures.summary(db, period_filter, None).events_by_status.get("completed", 0)
                     - sum(len(rows) for rows in delivered.values()))
        parts.append(ReportContext(db, options, plan, locale, state_name, period_filter, plan_figures, expected,
                                   delivered, shared_styles, headings, 1 if several else 0,
                                   plan_reading.amendment_notes(db, year), elsewhere))
    return parts
