"""The report's charts, drawn with reportlab.graphics: horizontal bars, so that long names of
work areas and member states stay readable, with the value written at the end of each bar."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from cicte_desktop import i18n
from cicte_desktop.exports.pdf.layout import CONDENSED, CONDENSED_BOLD, INK, MUTED, RULE, WIDTH, wrap


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


PROGRESS = colors.HexColor("#1d4e89")
WOMEN = colors.HexColor("#8e3b8a")
MEN = colors.HexColor("#2a9d8f")
EVENTS = colors.HexColor("#1d4e89")

LABEL_SIZE = 8
LABEL_WIDTH = 170  # points left of the bars for the category names


def _nice_max(value: float) -> tuple[float, float]:
    """An axis maximum above ``value`` and a step giving about five round ticks."""
    if value <= 0:
        return 5, 1
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(value / step), step


def _bars(categories: Sequence[str], series: Sequence[Sequence[float]], fills: Sequence[colors.Color],
          labels: Sequence[Sequence[str]], value_max: float, value_step: float,
          tick_format: Callable[[float], str], bar_height: float,
          legend: Sequence[str] = ()) -> tuple[Drawing, HorizontalBarChart]:
    lines = [wrap(name, LABEL_WIDTH, CONDENSED, LABEL_SIZE) for name in categories]
    per_category = max(bar_height * len(series) + 6, max((n.count("\n") + 1) * (LABEL_SIZE + 1) + 4 for n in lines))
    plot_height = per_category * len(categories)
    legend_height = 18 if legend else 0
    height = plot_height + 26 + legend_height
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH + 4
    chart.y = 20 + legend_height
    chart.width = WIDTH - chart.x - 44  # room for the value after the longest bar
    chart.height = plot_height
    # With the categories read from the top, reportlab also stacks each group's bars bottom-up:
    # give it the series last first, so that they read in the legend's order.
    chart.data = [list(values) for values in reversed(series)]
    fills, labels = list(reversed(fills)), list(reversed(labels))
    chart.categoryAxis.categoryNames = lines
    chart.categoryAxis.reverseDirection = 1  # first category at the top
    chart.categoryAxis.labels.fontName = CONDENSED
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_SIZE + 1
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max
    chart.valueAxis.valueStep = value_step
    chart.valueAxis.labels.fontName = CONDENSED
    chart.valueAxis.labels.fontSize = LABEL_SIZE - 0.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = tick_format
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e5e7eb")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.barWidth = bar_height
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
        chart.bars[index].strokeColor = None
    chart.barLabels.fontName = CONDENSED_BOLD
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = [[(lambda _v, t=text: t) for text in row] for row in labels]
    drawing.add(chart)
    if legend:
        fills = list(reversed(fills))
        key = Legend()
        key.x = chart.x
        key.y = 8
        key.alignment = "right"
        key.columnMaximum = 1
        key.deltax = 90
        key.dx = 8
        key.dy = 8
        key.fontName = CONDENSED
        key.fontSize = LABEL_SIZE
        key.fillColor = INK
        key.strokeColor = None
        key.colorNamePairs = list(zip(fills, legend, strict=True))
        drawing.add(key)
    return drawing, chart


def progress_chart(areas: Sequence[str], percents: Sequence[float | None], expected: float | None) -> Drawing:
    """% of each work area's numeric targets met; a dashed line where the year's share elapsed
    says it should be."""
    values = [p or 0.0 for p in percents]
    labels = [[f"{p:.0f}%" if p is not None else _tr("no numeric target") for p in percents]]
    drawing, chart = _bars(areas, [values], [PROGRESS], labels, 100, 20, lambda v: f"{v:.0f}%", 14)
    if expected is not None:
        x = chart.x + chart.width * min(expected, 1.0)
        top = chart.y + chart.height
        drawing.add(Line(x, chart.y, x, top + 4, strokeColor=colors.HexColor("#b45309"), strokeWidth=1,
                         strokeDashArray=[3, 2]))
        from cicte_desktop.services import figures

        drawing.add(String(x, top + 7, figures.describe_pair("expected", figures.percent_text(expected * 100)), fontName=CONDENSED, fontSize=LABEL_SIZE - 0.5,
            fillColor=colors.HexColor("#b45309"), textAnchor="middle" if 0.25 < expected < 0.75 else
            ("end" if expected >= 0.75 else "start")))
        drawing.height += 10
    return drawing


def participants_chart(areas: Sequence[str], women: Sequence[int], men: Sequence[int],
                       number: Callable[[int], str] = str) -> Drawing:
    top, step = _nice_max(max([*women, *men, 0]) * 1.08)
    return _bars(areas, [women, men], [WOMEN, MEN], [[number(v) for v in women], [number(v) for v in men]], top,
                 step, lambda v: number(int(v)), 9, legend=[_tr("Women"), _tr("Men")])[0]


def count_chart(names: Sequence[str], counts: Sequence[int], number: Callable[[int], str] = str) -> Drawing:
    """One bar per name (member states, work areas...) with its count."""
    top, step = _nice_max(max([*counts, 0]) * 1.08)
    return _bars(names, [counts], [EVENTS], [[number(v) for v in counts]], top, step, lambda v: number(int(v)),
                 8)[0]
