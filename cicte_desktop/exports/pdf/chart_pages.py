"""The report's charts and map: the dashboard's own descriptions (``services/dashboard``, for the
report's plan year and filter) drawn by ``chart_drawing``, so that the PDF and the window cannot
disagree: progress (what), events by month or half-year (when), participants by sex (who), and the
map of the member states (where) on a page of its own with its legend, caption and the OAS
disclaimer. The member-state report adds its events by type.
"""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from cicte_desktop import i18n, style_roles
from cicte_desktop.exports.pdf.chart_drawing import bar_chart_drawing, map_drawing
from cicte_desktop.exports.pdf.layout import WIDTH, para
from cicte_desktop.exports.pdf.report_context import ReportContext
from cicte_desktop.services import dashboard
from cicte_desktop.services.charts import BarChart, MapChart, Scale, Series
from cicte_desktop.services.member_state_map import member_state_map
from cicte_desktop.vocabulary import EVENT_TYPE_LABELS, event_type_label

#: The dashboard's bar charts the report shows, in its reading order (what, when, who).
BAR_CHARTS = ("progress", "events_by_period", "participants_by_sex")
EVENTS_COLOUR = "#1d4e89"


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


def report_dashboard(ctx: ReportContext) -> dashboard.Dashboard:  # type: ignore[name-defined]
    """The dashboard of the report's plan year and filter (member state, period cut to the year):
    by month over a year or less, by half-year over longer periods."""
    start, end = ctx.period_filter.date_from, ctx.period_filter.date_to
    months = (end.year - start.year) * 12 + end.month - start.month + 1 if start and end else 13
    with style_roles.using_theme(style_roles.LIGHT):  # on paper, whatever theme the window shows
        return dashboard.build_dashboard(ctx.db, ctx.plan, ctx.period_filter, measure="events",
                                         period="month" if months <= 12 else "half")


def report_map(ctx: ReportContext, board=None) -> MapChart:  # type: ignore[no-untyped-def]
    """The map of the report's dashboard (its member state, if any, selected)."""
    chart = (board or report_dashboard(ctx)).chart("map")
    assert isinstance(chart, MapChart)
    return chart


def charts_section(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    heading = ctx.heading(_tr("Charts"), "h1", 0)
    if not any(ctx.delivered.values()):  # empty charts say nothing
        return [CondPageBreak(1 * inch), heading, para(_tr("No completed events in this period."), s["body"])]
    board = report_dashboard(ctx)
    keys = {chart.key for chart in board.charts}
    items: list[Flowable] = []
    for key in BAR_CHARTS:
        if key not in keys:
            continue
        chart = board.chart(key)
        assert isinstance(chart, BarChart)
        # The section's heading goes with its first chart: never alone at the foot of a page.
        block: list[Flowable] = [*([heading] if not items else []), para(chart.title, s["h2"]),
                                 bar_chart_drawing(chart, WIDTH, ctx.number)]
        if key == "progress":
            block.append(para(_tr("Progress in the period: counted toward target over target. The dashed line is "
                                  "the expected by now."), s["note"]))
        items.append(KeepTogether(block))
    if not items:
        items.append(heading)
    if ctx.for_state:
        by_type = _events_by_type(ctx)
        if not by_type.empty:
            items.append(KeepTogether([para(by_type.title, s["h2"]), bar_chart_drawing(by_type, WIDTH, ctx.number)]))
    if "map" in keys:
        items += map_page(ctx, report_map(ctx, board))
    return items


def map_page(ctx: ReportContext, chart: MapChart) -> list[Flowable]:
    """The map with its title, legend, caption and disclaimer, kept on one page."""
    return [KeepTogether([para(chart.title, ctx.styles["h2"]), map_drawing(chart, member_state_map(), WIDTH)])]


def _events_by_type(ctx: ReportContext) -> BarChart:
    """The member state's completed events by type, most first."""
    counts: dict[str, int] = {}
    for rows in ctx.delivered.values():
        for row in rows:
            counts[row.event_type] = counts.get(row.event_type, 0) + 1
    order = list(EVENT_TYPE_LABELS)
    kinds = sorted(counts, key=lambda k: (-counts[k], order.index(k) if k in order else len(order)))
    values = tuple(float(counts[k]) for k in kinds)
    series = Series("events", _tr("Events completed"), EVENTS_COLOUR, values, tuple(ctx.number(counts[k]) for k in kinds))
    return BarChart("events_by_type", _tr("Completed events by type"), tuple(event_type_label(k) for k in kinds),
                    (series,), Scale.nice(max(values, default=0)), category_keys=tuple(kinds))
