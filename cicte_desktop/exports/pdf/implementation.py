"""The implementation report to the member states (all of them, or one): cover, contents,
executive summary, charts, one section per work area and program listing the completed
events under each planned activity (those behind target flagged) and, for all member states,
an annex of participation by member state and work area.

No participant's name, e-mail or phone is printed: counts only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QLocale
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, PageBreak, Paragraph, Spacer

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.exports.pdf import charts
from cicte_desktop.exports.pdf.layout import (
    ACCENT,
    BEHIND,
    CELL_LEADING,
    CELL_PAD_Y,
    PAGE,
    CONDENSED_BOLD,
    WIDTH,
    Cancelled,
    ContentsLine,
    Heading,
    ReportDocument,
    date_span,
    locale_for,
    long_date,
    long_table,
    para,
    register_fonts,
    styles,
    table_style,
    wrap,
)
from cicte_desktop.exports.pdf.options import MEMBER_STATE, ReportCancelled, ReportError, ReportOptions, ReportResult
from cicte_desktop.files import atomic_target
from cicte_desktop.services import figures, plan_reading, reference, reporting, workplan
from cicte_desktop.services.reporting import DeliveredEvent
from cicte_desktop.services.workbook_layout import plan_paths
from cicte_desktop.services.workplan import ActivityNode, WorkAreaNode, WorkPlanNode
from cicte_desktop.vocabulary import EVENT_TYPE_LABELS, event_type_label


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n women"), in its singular or plural form."""
    return i18n.translate("PdfReport", text, n)


PAGE_HEIGHT = PAGE[1]


#: Columns of the events under each planned activity: (header, width in points), 504 in all.
def event_columns() -> list[tuple[str, float]]:
    return [(_tr("Dates"), 60), (_tr("Type"), 52), (_tr("Title"), 120), (_tr("Member states"), 52),
            (_tr("Venue"), 72), (_tr("Women"), 42), (_tr("Men"), 40), (_tr("Partners"), 66)]


@dataclass
class _Context:
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


def _progress_text(node: figures.NodeProgress | None, ctx: _Context, target_text: str | None = None) -> str:
    """The item's figures in the words of every output (``figures.describe_line``)."""
    return figures.describe_line(node or figures.NodeProgress(0, 0, 0, 0, figures.NO_TARGET), ctx.number,
                                 target_text)


def write_implementation_report(db: Database, options: ReportOptions, out: Path,
                                progress: Callable[[int, int], bool] | None = None) -> ReportResult:
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
        parts.append(_Context(db, options, plan, locale, state_name, period_filter, plan_figures, expected, delivered,
                              shared_styles, headings, 1 if several else 0, plan_reading.amendment_notes(db, year),
                              elsewhere))
    ctx = parts[0]
    events = sum(len(rows) for part in parts for rows in part.delivered.values())
    # Progress: one step per event listed while the story is made, then the layout (longer).
    layout_share = max(events, 50) * 1.5
    total = int(events + layout_share) + 1

    def step(done: int) -> None:
        if progress is not None and not progress(min(done, total - 1), total):
            raise ReportCancelled

    story = _story(parts, step)
    title = report_title(options)
    header = f"{title} · {state_name + ' · ' if state_name else ''}{period_label(options, ctx.locale)}"

    flowables = len(story)  # reportlab takes them off the list as it lays them out

    def layout_progress(laid_out: int) -> bool:
        return progress is None or bool(progress(min(events + int(layout_share * laid_out / flowables), total - 1),
                                                 total))

    with atomic_target(out, prefix=".") as partial:
        doc = ReportDocument(str(partial), header, f"{title} – {period_label(options, ctx.locale)}", len(story),
                             layout_progress)
        try:
            doc.build_story(story)
        except Cancelled:
            raise ReportCancelled from None
        step(total)
    if progress is not None:
        progress(total, total)
    return ReportResult(out, doc.page, events)


# --- The story ----------------------------------------------------------------------------


def _story(parts: list[_Context], step: Callable[[int], None]) -> list[Flowable]:
    """Cover, contents, then per plan year (a part of its own when the period covers several):
    summary, charts, the work areas and the mandates; the annex covers the whole period."""
    body: list[Flowable] = []
    done = 0
    for ctx in parts:
        if ctx.depth:  # (the first part starts on the page after the contents)
            body += [PageBreak()] * bool(body) + _part_heading(ctx)
        body += _summary(ctx)
        body += _charts(ctx)
        for area in ctx.plan.work_areas:
            flowables, listed = _area_section(ctx, area)
            body += flowables
            done += listed
            step(done)
        if not ctx.for_state:
            body += _mandates_section(ctx)
    if not parts[0].for_state:
        body += _annex(parts)
    return [*_cover(parts), PageBreak(), *_contents(parts[0]), PageBreak(), *body]


def _part_heading(ctx: _Context) -> list[Flowable]:
    """The heading of a plan year's part: its plan (its summary says which dates it covers)."""
    plan = ctx.plan
    return [ctx.heading(f"{plan.title} ({plan.symbol}){_mark(ctx, plan.uuid)}", "part", -1,
                        f"{plan.title} ({plan.symbol})"),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8),
            *_amendment_notes(ctx, plan.uuid)]


def _shown_items(ctx: _Context) -> set[str]:
    """The plan items the report's sections show: all of them, or for a member state those it
    reached (the others are left out)."""
    shown: set[str] = set()
    for area in ctx.plan.work_areas:
        for program in area.programs:
            for project in program.projects:
                for activity in project.activities:
                    if not ctx.for_state or ctx.delivered.get(activity.uuid):
                        shown.update((area.uuid, program.uuid, project.uuid, activity.uuid))
        if not ctx.for_state:
            shown.add(area.uuid)
            shown.update(program.uuid for program in area.programs)
            shown.update(project.uuid for program in area.programs for project in program.projects)
    return shown


def _mark(ctx: _Context, uuid: str) -> str:
    """The mark after the title of an item amended after the plan's approval."""
    return f" {plan_reading.AMENDED_MARK}" if uuid in ctx.amended else ""


def _amendment_notes(ctx: _Context, uuid: str) -> list[Flowable]:
    """Under an amended item: each amendment's date and reason (the workbook's words)."""
    return [para(f"{plan_reading.AMENDED_MARK} {text}", ctx.styles["amended"]) for text in ctx.amended.get(uuid, [])]


def _whole_period(parts: list[_Context]) -> figures.Summary:
    """The completed events of every part (each its plan's events of its plan year): the cover's
    figures. Parts cover different dates, so their events never overlap."""
    whole = figures.Summary()
    states: set[str] = set()
    for ctx in parts:
        summary = figures.summary(ctx.db, ctx.period_filter, [a.uuid for a in ctx.plan.activities()])
        for status, count in summary.events_by_status.items():
            whole.events_by_status[status] = whole.events_by_status.get(status, 0) + count
        whole.women += summary.women
        whole.men += summary.men
        whole.sex_not_recorded += summary.sex_not_recorded
        states.update(summary.member_states)
    whole.member_states = sorted(states)
    return whole


def _cover(parts: list[_Context]) -> list[Flowable]:
    ctx = parts[0]
    s, options = ctx.styles, ctx.options
    everything = _whole_period(parts)
    completed = everything.events_by_status.get("completed", 0)
    reached = len(everything.member_states)
    items: list[Flowable] = [
        Spacer(1, 0.9 * inch),
        para(_tr("Organization of American States"), s["cover_org"]),
        para(_tr("Inter-American Committee against Terrorism"), s["cover_sub"]),
        para(_tr("Secretariat"), s["cover_sub"]),
        Spacer(1, 0.25 * inch),
        HRFlowable(width="60%", thickness=1.2, color=ACCENT, spaceBefore=4, spaceAfter=18),
        para(report_title(options), s["cover_title"]),
    ]
    if ctx.state_name:
        items.append(para(_tr("Capacity building delivered to {state}").format(state=ctx.state_name),
                          s["cover_line"]))
    items.append(para(period_label(options, ctx.locale), s["cover_line"]))
    if len(parts) <= 2:
        items += [para(f"{part.plan.title} ({part.plan.symbol})", s["cover_line"]) for part in parts]
    else:  # many plan years: one line (the contents name each part's plan)
        items.append(para(_tr("Work plans: {plans}").format(plans=", ".join(
            f"{part.plan.year} ({part.plan.symbol})" for part in parts)), s["cover_line"]))
    items += [
        Spacer(1, 0.45 * inch),
        para(" · ".join([
            _tr("Events completed: {count}").format(count=ctx.number(completed)),
            _participants(ctx, everything),
            *([] if ctx.for_state else [_tr("Member states: {count}").format(count=ctx.number(reached))])]),
            s["cover_line"]),
        Spacer(1, (1.2 if len(parts) == 1 else 0.9) * inch),
        para(_tr("Date of issue: {date}").format(date=long_date(options.issue_date(), ctx.locale)), s["cover_line"]),
        para(_tr("Period: {period}").format(period=options.period_text()), s["cover_sub"]),
    ]
    return items


def _contents(ctx: _Context) -> list[Flowable]:
    s = ctx.styles
    items: list[Flowable] = [para(_tr("Contents"), s["h1"])]
    for heading in ctx.headings:
        if heading.toc_level > 1:  # programs of a part: in the bookmarks, not on the contents page
            continue
        items.append(ContentsLine(heading.toc_text, s["toc1" if heading.toc_level == 0 else "toc2"], heading.toc_key))
    return items


def _activities(area_or_program) -> list[str]:  # type: ignore[no-untyped-def]
    programs = area_or_program.programs if hasattr(area_or_program, "programs") else [area_or_program]
    return [a.uuid for p in programs for pj in p.projects for a in pj.activities]


def _summary(ctx: _Context) -> list[Flowable]:
    s = ctx.styles
    items: list[Flowable] = [ctx.heading(_tr("Executive summary"), "h1", 0)]
    if ctx.for_state:
        items.append(para(_tr(
            "Events completed for {state} between {start} and {end} under the {plan}, by work area. An event that "
            "served several member states counts for each, with all its participants.").format(
            state=ctx.state_name, start=_day(ctx.period_filter.date_from, ctx),
            end=_day(ctx.period_filter.date_to, ctx), plan=ctx.plan.title), s["body"]))
        words = figures.labels()
        header = [_tr("Work area"), _tr("Events completed"), words["achieved"], words["share"], _tr("Women"), _tr("Men"),
                  _tr("Participants"), _tr("Programs reached")]
        widths = [184, 44, 44, 52, 44, 44, 48, 44]
    else:
        items.append(para(_tr(
            "Capacity-building events completed between {start} and {end} against the {plan} ({symbol}), by work "
            "area.").format(start=_day(ctx.period_filter.date_from, ctx), end=_day(ctx.period_filter.date_to, ctx),
                            plan=ctx.plan.title, symbol=ctx.plan.symbol), s["body"]))
        words = figures.labels()
        header = [_tr("Work area"), words["target"], words["achieved"], words["counted"], words["progress"],
                  words["state"], _tr("Events completed"), _tr("Women"), _tr("Men"), _tr("Participants"),
                  _tr("Member states reached")]
        widths = [128, 34, 38, 40, 36, 40, 34, 36, 34, 44, 40]
    rows = []
    for area in ctx.plan.work_areas:
        rows.append(_summary_row(ctx, f"{area.number}. {area.title}", area, widths[0]))
    rows.append(_summary_row(ctx, _tr("Total"), None, widths[0]))
    numeric = list(range(1, len(header)))
    style = table_style(numeric, extra=[("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 7.5, 9.0),
                                        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)])
    items += long_table(header, rows, widths, style)
    if not ctx.for_state:
        items.append(para(_tr(
            "Achieved: units of the events completed in the period. Counted toward target: the same, each activity "
            "at most up to its own target, so that a surplus in one does not hide a shortfall in another. "
            "Progress: counted over target. Expected by now: the share of {year} within the period that has gone "
            "by. Events: completed events of the period.").format(year=ctx.plan.year),
            s["note"]))
    amended = len(set(ctx.amended) & _shown_items(ctx))
    if amended:
        items.append(para(_trn("%n item of the plan was amended after its approval: it is marked {mark}, with the "
                               "date and reason of each amendment under it.", amended).format(
            mark=plan_reading.AMENDED_MARK), s["note"]))
    if not ctx.depth:  # (a part's heading says how its plan itself was amended)
        items += _amendment_notes(ctx, ctx.plan.uuid)
    if ctx.elsewhere > 0:  # logged before this year had a plan: they stay under the activity logged against
        items.append(para(_trn("%n completed event of this period was logged under another year's work plan: it is "
                               "not counted here (the Excel workbook lists it in its Events sheet).", ctx.elsewhere),
                          s["note"]))
    return items


def _summary_row(ctx: _Context, label: str, area: WorkAreaNode | None, width: float) -> list[str]:
    scope = _activities(area) if area else [a.uuid for a in ctx.plan.activities()]
    summary = figures.summary(ctx.db, ctx.period_filter, scope)
    completed = summary.events_by_status.get("completed", 0)
    number = ctx.number
    node = ctx.progress[area.uuid] if area is not None else figures.total(
        ctx.progress, [a.uuid for a in ctx.plan.work_areas])
    if ctx.for_state:
        programs = [p for item in ([area] if area else ctx.plan.work_areas) for p in item.programs
                    if any(ctx.delivered.get(uuid) for uuid in _activities(p))]
        return [wrap(label, width), number(completed), number(node.achieved), figures.percent_text(node.share_percent),
                number(summary.women), number(summary.men), number(summary.participants), number(len(programs))]
    target = node.target
    return [wrap(label, width), number(target) if target else "–", number(node.achieved),
            number(node.counted) if target else "–", figures.percent_text(node.percent),
            wrap(figures.state_label(node.state), 40), number(completed), number(summary.women),
            number(summary.men), number(summary.participants), number(len(summary.member_states))]


def _charts(ctx: _Context) -> list[Flowable]:
    s = ctx.styles
    areas = ctx.plan.work_areas
    names = [f"{a.number}. {a.title}" for a in areas]
    summaries = [figures.summary(ctx.db, ctx.period_filter, _activities(a)) for a in areas]
    items: list[Flowable] = [CondPageBreak(3.6 * inch), ctx.heading(_tr("Charts"), "h1", 0)]
    if not any(ctx.delivered.values()):  # empty charts say nothing
        return [*items, para(_tr("No completed events in this period."), s["body"])]
    if not ctx.for_state:
        items.append(KeepTogether([
            para(_tr("Progress against targets by work area"), s["h2"]),
            charts.progress_chart(names, [ctx.progress[a.uuid].percent for a in areas], ctx.expected),
            para(_tr("Progress of each work area in the period: counted toward target over target. The dashed "
                     "line is the expected by now."), s["note"])]))
    else:
        items.append(KeepTogether([
            para(_tr("Completed events by work area"), s["h2"]),
            charts.count_chart(names, [m.events_by_status.get("completed", 0) for m in summaries], ctx.number)]))
    items.append(KeepTogether([
        para(_tr("Participants by sex and work area"), s["h2"]),
        charts.participants_chart(names, [m.women for m in summaries], [m.men for m in summaries], ctx.number)]))
    if not ctx.for_state:
        states = _events_by_state(ctx)
        title = _tr("Completed events by member state")
        chart: Flowable = (charts.count_chart([name for name, _count in states], [count for _name, count in states],
                                              ctx.number) if states else para(_tr("No completed events in this period."),
                                                                              s["body"]))
    else:
        by_type: dict[str, int] = {}
        for rows in ctx.delivered.values():
            for row in rows:
                by_type[row.event_type] = by_type.get(row.event_type, 0) + 1
        order = list(EVENT_TYPE_LABELS)
        kinds = sorted(by_type, key=lambda k: (-by_type[k], order.index(k) if k in order else len(order)))
        title = _tr("Completed events by type")
        chart = (charts.count_chart([event_type_label(k) for k in kinds], [by_type[k] for k in kinds], ctx.number)
                 if kinds else para(_tr("No completed events in this period."), s["body"]))
    items.append(KeepTogether([para(title, s["h2"]), chart]))
    return items


def _events_by_state(ctx: _Context) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for rows in ctx.delivered.values():
        for row in rows:
            for iso in row.member_states:
                counts[iso] = counts.get(iso, 0) + 1
    names = {s.iso3: s.name for s in reference.member_states(ctx.db)}
    return sorted(((names.get(iso, iso), n) for iso, n in counts.items()), key=lambda item: (-item[1], item[0]))


def _area_section(ctx: _Context, area: WorkAreaNode) -> tuple[list[Flowable], int]:
    s = ctx.styles
    listed = 0
    if ctx.for_state and not any(ctx.delivered.get(uuid) for uuid in _activities(area)):
        return [], 0
    paths = plan_paths(ctx.plan)
    items: list[Flowable] = [PageBreak(), ctx.heading(f"{area.number}. {area.title}{_mark(ctx, area.uuid)}", "h1", 0,
                                                      f"{area.number}. {area.title}"),
                             *_amendment_notes(ctx, area.uuid), para(_scope_line(ctx, area), s["small"])]
    for program in area.programs:
        if ctx.for_state and not any(ctx.delivered.get(uuid) for uuid in _activities(program)):
            continue
        lead: list[Flowable] = [ctx.heading(f"{area.number}.{program.letter}. {program.title}"
                                            f"{_mark(ctx, program.uuid)}", "h2", 1,
                                            f"{program.letter}. {program.title}"),
                                *_amendment_notes(ctx, program.uuid), para(_scope_line(ctx, program), s["small"])]
        for project in program.projects:
            activities = [a for a in project.activities if not ctx.for_state or ctx.delivered.get(a.uuid)]
            if not activities:
                continue
            number = workplan.project_number(program, project)  # '(2)' when the plan leaves it unnumbered
            lead.append(para(_tr("Project {number}. {title}").format(number=number, title=project.title)
                             + _mark(ctx, project.uuid), s["h3"]))
            lead += _amendment_notes(ctx, project.uuid)
            for activity in activities:
                rows = ctx.delivered.get(activity.uuid, [])
                listed += len(rows)
                line, table, table_start = _activity_block(ctx, activity, paths[activity.uuid][0], rows)
                items += [_keep_space(lead + line, table_start), *lead, *line, *table]
                lead = []
        items += lead
    return items, listed


def _keep_space(flowables: list[Flowable], table_start: float) -> CondPageBreak:
    """A page break unless ``flowables`` (headings) and the start of the table after them (its
    header and first rows, ``table_start`` points) fit on this page: no heading left alone."""
    needed = table_start + 4
    for item in flowables:
        _w, height = item.wrap(WIDTH, PAGE_HEIGHT)
        needed += height + item.getSpaceBefore() + item.getSpaceAfter()
    return CondPageBreak(needed)


def _row_height(row: list[object]) -> float:
    lines = max((str(cell).count("\n") + 1 for cell in row), default=1)
    return lines * CELL_LEADING + 2 * CELL_PAD_Y + 0.6


def _participants(ctx: _Context, summary: figures.Summary) -> str:
    """"Participants: 3 (1 woman, 2 men)", in the report's language."""
    return _tr("Participants: {participants} ({women}, {men})").format(
        participants=ctx.number(summary.participants), women=_trn("%Ln women", summary.women),
        men=_trn("%Ln men", summary.men))


def _scope_line(ctx: _Context, item) -> str:  # type: ignore[no-untyped-def]
    summary = figures.summary(ctx.db, ctx.period_filter, _activities(item))
    events = ctx.number(summary.events_by_status.get("completed", 0))
    people = _participants(ctx, summary)
    if ctx.for_state:
        return " · ".join([_progress_text(ctx.progress.get(item.uuid), ctx),
                           _tr("Events completed: {count}").format(count=events), people])
    return " · ".join([_progress_text(ctx.progress.get(item.uuid), ctx),
                       _tr("Events completed: {count}").format(count=events), people,
                       _tr("Member states: {count}").format(count=ctx.number(len(summary.member_states)))])


def _activity_block(ctx: _Context, activity: ActivityNode, path: str,
                    rows: list[DeliveredEvent]) -> tuple[list[Flowable], list[Flowable], float]:
    """The activity's line (with its target and flag), the table of its events, and the height of
    that table's header and first two rows."""
    s = ctx.styles
    node = ctx.progress.get(activity.uuid)
    parts = [f"<b>{escape(path)}</b> {escape(activity.text)}{_mark(ctx, activity.uuid)}"]
    node = node or figures.NodeProgress(0, 0, 0, 0, figures.NO_TARGET)
    target = (workplan.target_label(activity) if activity.target is not None
              else _tr("Upon request") if activity.upon_request else None)
    for key, value in figures.describe(node, ctx.number, target):
        text = escape(_tr("{label}: {value}").format(label=key, value=value))
        if key == figures.label("state") and node.state == figures.BEHIND:  # the state flagged, in words
            text = (f'<font color="{BEHIND.hexval().replace("0x", "#")}"><b>'
                    f'{escape(_tr("{label}: ▲ {value}").format(label=key, value=value))}</b></font>')
        parts.append(text)
    line: list[Flowable] = [Paragraph(" · ".join(parts), s["activity"]), *_amendment_notes(ctx, activity.uuid)]
    if not rows:
        line.append(para(_tr("No completed events in this period."), s["note"]))
        return line, [], 0.0
    columns = event_columns()
    widths = [w for _h, w in columns]
    table_rows = [[
        wrap(date_span(r.start_date, r.end_date, ctx.locale), widths[0]),
        wrap(event_type_label(r.event_type), widths[1]),
        wrap(r.title, widths[2]),
        wrap(", ".join(r.member_states), widths[3]),
        wrap(", ".join(v for v in (r.venue, r.city) if v) or _online(r), widths[4]),
        ctx.number(r.women), ctx.number(r.men),
        wrap(", ".join(r.partners), widths[7]),
    ] for r in rows]
    header = [h for h, _w in columns]
    tables = long_table(header, table_rows, widths, table_style((5, 6)))
    start = sum(_row_height(row) for row in [[wrap(h, w) for h, w in columns], *table_rows[:2]])
    return line, tables, start


def _online(row: DeliveredEvent) -> str:
    return _tr("Online") if row.modality == "virtual" else ""


def _day(day: dt.date | None, ctx: _Context) -> str:
    return long_date(day, ctx.locale) if day else "…"


def _paragraph_numbers(paragraphs: tuple[str, ...]) -> str:
    """"5, 6, 12" or "4 (a, b, g)": the numbers and letters the quoted paragraphs start with."""
    numbers: list[str] = []
    for text in paragraphs:
        match = re.match(r"\s*(\d+|[a-z])\.", text)
        if not match:
            continue
        label = match.group(1)
        if label.isdigit() or not numbers:
            numbers.append(label)
        else:
            numbers[-1] = f"{numbers[-1][:-1]}, {label})" if numbers[-1].endswith(")") else f"{numbers[-1]} ({label})"
    return ", ".join(numbers)


def _mandates_section(ctx: _Context) -> list[Flowable]:
    """Each mandate of Section 1 with the work areas it applies to and what was done under them in
    the period: completed events, their participants and the member states they reached (the
    figures service's summary of each work area, and of all the mandate's work areas together)."""
    s = ctx.styles
    mandates = reference.plan_mandates(ctx.db, ctx.plan.uuid)
    areas = {area.number: area for area in ctx.plan.work_areas}
    items: list[Flowable] = [PageBreak(), ctx.heading(_tr("Implementation of mandates"), "h1", 0),
                             para(_tr("Each mandate quoted in Section 1 of the {plan}, the work areas it applies to and "
                                      "what was done under them between {start} and {end}: completed events, their "
                                      "participants and the member states they reached.").format(
                                 plan=ctx.plan.title, start=_day(ctx.period_filter.date_from, ctx),
                                 end=_day(ctx.period_filter.date_to, ctx)), s["body"])]
    if not mandates:
        return [*items, para(_tr("This work plan records no mandates."), s["body"])]
    summaries: dict[tuple[str, ...], figures.Summary] = {}

    def summary_of(numbers: tuple[str, ...]) -> figures.Summary:
        if numbers not in summaries:
            scope = [uuid for number in numbers for uuid in _activities(areas[number])]
            summaries[numbers] = figures.summary(ctx.db, ctx.period_filter, scope)
        return summaries[numbers]

    header = [_tr("Work area"), _tr("Events completed"), _tr("Participants"), _tr("Member states reached")]
    widths = [288, 72, 72, 72]
    for mandate in mandates:
        title = " — ".join(x for x in (mandate.symbol, mandate.title, mandate.section) if x)
        block: list[Flowable] = [para(title, s["h3"])]
        quoted = _paragraph_numbers(mandate.paragraphs)
        if quoted:
            block.append(para(_tr("Paragraphs quoted: {numbers}").format(numbers=quoted), s["small"]))
        numbers = tuple(n for n in mandate.work_areas if n in areas)
        if not numbers:
            block.append(para(_tr("Not linked to any work area of this plan."), s["note"]))
            items.append(KeepTogether(block))
            continue
        rows = []
        for number in numbers:
            summary = summary_of((number,))
            rows.append([wrap(f"{number}. {areas[number].title}", widths[0]),
                         ctx.number(summary.events_by_status.get("completed", 0)), ctx.number(summary.participants),
                         ctx.number(len(summary.member_states))])
        together = summary_of(numbers)
        done = together.events_by_status.get("completed", 0)
        extra: list[tuple] = []
        if len(numbers) > 1:
            rows.append([_tr("All its work areas"), ctx.number(done), ctx.number(together.participants),
                         ctx.number(len(together.member_states))])
            extra = [("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 7.5, 9.0), ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]
        block += long_table(header, rows, widths, table_style([1, 2, 3], extra=extra))
        if not done:
            block.append(para(_tr("Nothing was done under this mandate in this period: no event was completed in its "
                                  "work areas."), s["note"]))
        items.append(KeepTogether(block))
    return items


@dataclass
class _AnnexArea:
    number: str
    title: str


def _annex(parts: list[_Context]) -> list[Flowable]:
    """Participation of each member state by work area over the whole period: each part's events
    (its plan year's) under its plan's work areas, added up by work-area number."""
    ctx = parts[0]
    s = ctx.styles
    areas: dict[str, _AnnexArea] = {}
    matrix: dict[tuple[str, str], reporting.Participation] = {}
    for part in parts:
        for area in part.plan.work_areas:
            known = areas.setdefault(area.number, _AnnexArea(area.number, area.title))
            if area.title not in known.title.split(" / "):  # renamed from one plan year to the next
                known.title = f"{known.title} / {area.title}"
        area_of = {a.uuid: area.number for area in part.plan.work_areas for a in _activity_nodes(area)}
        for key, cell in reporting.participation_by_state(part.db, part.period_filter, area_of).items():
            before = matrix.get(key)
            matrix[key] = reporting.Participation(cell.events + (before.events if before else 0),
                                                  cell.participants + (before.participants if before else 0))
    header = [_tr("Member state"), *[_tr("Area {number}").format(number=a.number) for a in areas.values()],
              _tr("Total")]
    name_width = 150
    other = (WIDTH - name_width) / (len(areas) + 1)
    widths = [name_width, *[other] * (len(areas) + 1)]
    rows = []
    column_totals = [[0, 0] for _ in range(len(areas) + 1)]
    for state in reference.member_states(ctx.db):
        row = [wrap(f"{state.name} ({state.iso3})", name_width)]
        events = people = 0
        for index, area in enumerate(areas.values()):
            cell = matrix.get((state.iso3, area.number))
            row.append(_cell(ctx, cell.events, cell.participants) if cell else "–")
            if cell:
                events += cell.events
                people += cell.participants
                column_totals[index][0] += cell.events
                column_totals[index][1] += cell.participants
        column_totals[-1][0] += events
        column_totals[-1][1] += people
        row.append(_cell(ctx, events, people) if events else "–")
        rows.append(row)
    rows.append([_tr("Total"), *[_cell(ctx, e, p) for e, p in column_totals]])
    style = table_style(range(1, len(header)), extra=[
        ("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 7.5, 9.0), ("LINEABOVE", (0, -1), (-1, -1), 0.8,
                                                                            ACCENT)])
    key = " · ".join(_tr("Area {number}: {title}").format(number=a.number, title=a.title) for a in areas.values())
    return [PageBreak(), ctx.heading(_tr("Annex: participation of member states by work area"), "h1", -ctx.depth),
            para(_tr("Completed events of the period in each member state and work area, with their participants in "
                     "brackets. An event that served several member states counts for each."), s["body"]),
            *([para(_tr("The period covers the work plans of {years}: each event is counted under the work area of "
                        "the plan of its year.").format(years=", ".join(str(p.plan.year) for p in parts)), s["body"])]
              if len(parts) > 1 else []),
            para(key, s["note"]), Spacer(1, 6), *long_table(header, rows, widths, style)]


def _cell(ctx: _Context, events: int, people: int) -> str:
    return f"{ctx.number(events)} ({ctx.number(people)})"


def _activity_nodes(area: WorkAreaNode) -> list[ActivityNode]:
    return [a for p in area.programs for pj in p.projects for a in pj.activities]


