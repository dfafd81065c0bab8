"""The sections of the implementation report (``implementation``), drawn with reportlab from a
``report_context.ReportContext``: a plan year's heading, the cover, the contents, the executive
summary and one section per work area and program listing the completed events
under each planned activity (those behind target flagged). No participant's name, e-mail or
phone is printed: counts only. The charts are ``chart_pages``'.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, PageBreak, Paragraph, Spacer

from cicte_desktop import i18n
from cicte_desktop.exports.pdf.layout import (
    ACCENT,
    BEHIND,
    CELL_LEADING,
    CELL_PAD_Y,
    PAGE,
    CONDENSED_BOLD,
    WIDTH,
    ContentsLine,
    date_span,
    long_date,
    fit_headings,
    heading_size,
    long_table,
    para,
    table_style,
    wrap,
)
from cicte_desktop.exports.pdf.report_context import (
    ReportContext, activity_uuids, amendment_notes, day_text, mark, period_label, progress_text, report_title,
)
from cicte_desktop.services import figures, plan_reading, workplan
from cicte_desktop.services.reporting import DeliveredEvent
from cicte_desktop.services.workbook_layout import plan_paths
from cicte_desktop.services.workplan import ActivityNode, WorkAreaNode
from cicte_desktop.vocabulary import event_type_label


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


def part_heading(ctx: ReportContext) -> list[Flowable]:
    """The heading of a plan year's part: its plan (its summary says which dates it covers)."""
    plan = ctx.plan
    return [ctx.heading(f"{plan.title} ({plan.symbol}){mark(ctx, plan.uuid)}", "part", -1,
                        f"{plan.title} ({plan.symbol})"),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=2, spaceAfter=8),
            *amendment_notes(ctx, plan.uuid)]


def _shown_items(ctx: ReportContext) -> set[str]:
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


def _whole_period(parts: list[ReportContext]) -> figures.Summary:
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


def cover(parts: list[ReportContext]) -> list[Flowable]:
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


def contents(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    items: list[Flowable] = [para(_tr("Contents"), s["h1"])]
    for heading in ctx.headings:
        if heading.toc_level > 1:  # programs of a part: in the bookmarks, not on the contents page
            continue
        items.append(ContentsLine(heading.toc_text, s["toc1" if heading.toc_level == 0 else "toc2"], heading.toc_key))
    return items


def summary_section(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    items: list[Flowable] = [ctx.heading(_tr("Executive summary"), "h1", 0)]
    if ctx.for_state:
        items.append(para(_tr(
            "Events completed for {state} between {start} and {end} under the {plan}, by work area. An event that "
            "served several member states counts for each, with all its participants.").format(
            state=ctx.state_name, start=day_text(ctx.period_filter.date_from, ctx),
            end=day_text(ctx.period_filter.date_to, ctx), plan=ctx.plan.title), s["body"]))
        words = figures.labels()
        header = [_tr("Work area"), _tr("Events completed"), words["achieved"], words["share"], _tr("Women"), _tr("Men"),
                  _tr("Participants"), _tr("Programs reached")]
        widths = [184, 44, 44, 52, 44, 44, 48, 44]
    else:
        items.append(para(_tr(
            "Capacity-building events completed between {start} and {end} against the {plan} ({symbol}), by work "
            "area.").format(start=day_text(ctx.period_filter.date_from, ctx), end=day_text(ctx.period_filter.date_to, ctx),
                            plan=ctx.plan.title, symbol=ctx.plan.symbol), s["body"]))
        words = figures.labels()
        header = [_tr("Work area"), words["target"], words["achieved"], words["counted"], words["progress"],
                  words["state"], _tr("Events completed"), _tr("Women"), _tr("Men"), _tr("Participants"),
                  _tr("Member states reached")]
        widths = [128, 34, 38, 40, 36, 40, 34, 36, 34, 44, 40]
    widths = fit_headings(header, widths)  # the work area's name wraps where a heading needs room
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
        items += amendment_notes(ctx, ctx.plan.uuid)
    if ctx.elsewhere > 0:  # logged before this year had a plan: they stay under the activity logged against
        items.append(para(_trn("%n completed event of this period was logged under another year's work plan: it is "
                               "not counted here (the Excel workbook lists it in its Events sheet).", ctx.elsewhere),
                          s["note"]))
    return items


def _summary_row(ctx: ReportContext, label: str, area: WorkAreaNode | None, width: float) -> list[str]:
    scope = activity_uuids(area) if area else [a.uuid for a in ctx.plan.activities()]
    summary = figures.summary(ctx.db, ctx.period_filter, scope)
    completed = summary.events_by_status.get("completed", 0)
    number = ctx.number
    node = ctx.progress[area.uuid] if area is not None else figures.total(
        ctx.progress, [a.uuid for a in ctx.plan.work_areas])
    if ctx.for_state:
        programs = [p for item in ([area] if area else ctx.plan.work_areas) for p in item.programs
                    if any(ctx.delivered.get(uuid) for uuid in activity_uuids(p))]
        return [wrap(label, width), number(completed), number(node.achieved), figures.percent_text(node.share_percent),
                number(summary.women), number(summary.men), number(summary.participants), number(len(programs))]
    target = node.target
    return [wrap(label, width), number(target) if target else "–", number(node.achieved),
            number(node.counted) if target else "–", figures.percent_text(node.percent),
            wrap(figures.state_label(node.state), 40), number(completed), number(summary.women),
            number(summary.men), number(summary.participants), number(len(summary.member_states))]


def area_section(ctx: ReportContext, area: WorkAreaNode) -> tuple[list[Flowable], int]:
    s = ctx.styles
    listed = 0
    if ctx.for_state and not any(ctx.delivered.get(uuid) for uuid in activity_uuids(area)):
        return [], 0
    paths = plan_paths(ctx.plan)
    items: list[Flowable] = [PageBreak(), ctx.heading(f"{area.number}. {area.title}{mark(ctx, area.uuid)}", "h1", 0,
                                                      f"{area.number}. {area.title}"),
                             *amendment_notes(ctx, area.uuid), para(_scope_line(ctx, area), s["small"])]
    for program in area.programs:
        if ctx.for_state and not any(ctx.delivered.get(uuid) for uuid in activity_uuids(program)):
            continue
        lead: list[Flowable] = [ctx.heading(f"{area.number}.{program.letter}. {program.title}"
                                            f"{mark(ctx, program.uuid)}", "h2", 1,
                                            f"{program.letter}. {program.title}"),
                                *amendment_notes(ctx, program.uuid), para(_scope_line(ctx, program), s["small"])]
        for project in program.projects:
            activities = [a for a in project.activities if not ctx.for_state or ctx.delivered.get(a.uuid)]
            if not activities:
                continue
            number = workplan.project_number(program, project)  # '(2)' when the plan leaves it unnumbered
            lead.append(para(_tr("Project {number}. {title}").format(number=number, title=project.title)
                             + mark(ctx, project.uuid), s["h3"]))
            lead += amendment_notes(ctx, project.uuid)
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


def _participants(ctx: ReportContext, summary: figures.Summary) -> str:
    """"Participants: 3 (1 woman, 2 men)", in the report's language; those whose sex was not recorded
    said too, so that the parts add up to the whole (as in the window's detail pane)."""
    women, men = _trn("%Ln women", summary.women), _trn("%Ln men", summary.men)
    if summary.sex_not_recorded:
        return _tr("Participants: {participants} ({women}, {men}, {unknown} not recorded)").format(
            participants=ctx.number(summary.participants), women=women, men=men,
            unknown=ctx.number(summary.sex_not_recorded))
    return _tr("Participants: {participants} ({women}, {men})").format(
        participants=ctx.number(summary.participants), women=women, men=men)


def _scope_line(ctx: ReportContext, item) -> str:  # type: ignore[no-untyped-def]
    summary = figures.summary(ctx.db, ctx.period_filter, activity_uuids(item))
    events = ctx.number(summary.events_by_status.get("completed", 0))
    people = _participants(ctx, summary)
    if ctx.for_state:
        return " · ".join([progress_text(ctx.progress.get(item.uuid), ctx),
                           _tr("Events completed: {count}").format(count=events), people])
    return " · ".join([progress_text(ctx.progress.get(item.uuid), ctx),
                       _tr("Events completed: {count}").format(count=events), people,
                       _tr("Member states: {count}").format(count=ctx.number(len(summary.member_states)))])


def _activity_block(ctx: ReportContext, activity: ActivityNode, path: str,
                    rows: list[DeliveredEvent]) -> tuple[list[Flowable], list[Flowable], float]:
    """The activity's line (with its target and flag), the table of its events, and the height of
    that table's header and first two rows."""
    s = ctx.styles
    node = ctx.progress.get(activity.uuid)
    parts = [f"<b>{escape(path)}</b> {escape(activity.text)}{mark(ctx, activity.uuid)}"]
    node = node or figures.NodeProgress(0, 0, 0, 0, figures.NO_TARGET)
    target = (workplan.target_label(activity) if activity.target is not None
              else _tr("Upon request") if activity.upon_request else None)
    for key, value in figures.describe(node, ctx.number, target):
        text = escape(_tr("{label}: {value}").format(label=key, value=value))
        if key == figures.label("state") and node.state == figures.BEHIND:  # the state flagged, in words
            text = (f'<font color="{BEHIND.hexval().replace("0x", "#")}"><b>'
                    f'{escape(_tr("{label}: ▲ {value}").format(label=key, value=value))}</b></font>')
        parts.append(text)
    line: list[Flowable] = [Paragraph(" · ".join(parts), s["activity"]), *amendment_notes(ctx, activity.uuid)]
    if not rows:
        line.append(para(_tr("No completed events in this period."), s["note"]))
        return line, [], 0.0
    columns = event_columns()
    header = [h for h, _w in columns]
    widths = fit_headings(header, [w for _h, w in columns], donor=2)  # the title wraps
    table_rows = [[
        wrap(date_span(r.start_date, r.end_date, ctx.locale), widths[0]),
        wrap(event_type_label(r.event_type), widths[1]),
        wrap(r.title, widths[2]),
        wrap(", ".join(r.member_states), widths[3]),
        wrap(", ".join(v for v in (r.venue, r.city) if v) or _online(r), widths[4]),
        ctx.number(r.women), ctx.number(r.men),
        wrap(", ".join(r.partners), widths[7]),
    ] for r in rows]
    tables = long_table(header, table_rows, widths, table_style((5, 6)))
    size = heading_size(header, widths)  # the header row as long_table lays it out
    start = sum(_row_height(row) for row in [[wrap(h, w, CONDENSED_BOLD, size) for h, w in zip(header, widths,
                                                                                                strict=True)],
                                             *table_rows[:2]])
    return line, tables, start


def _online(row: DeliveredEvent) -> str:
    return _tr("Online") if row.modality == "virtual" else ""
