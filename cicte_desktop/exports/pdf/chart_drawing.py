"""The dashboard's charts drawn with reportlab.graphics, from the descriptions of
``services/charts.py`` (the window draws the same descriptions with QPainter): vector shapes that
fit a given width, every value written beside its bar, colour never the only sign.

Horizontal bars read long names (work areas, indented programs); vertical bars read time (months,
half-years), with a table of their values under the axis that is also their legend. The map lives
in ``map_drawing`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics

from cicte_desktop import i18n
from cicte_desktop.exports.pdf.layout import (
    CONDENSED, CONDENSED_BOLD, INK, MUTED, RULE, locale_for, register_fonts, wrap,
)
from cicte_desktop.exports.pdf.map_drawing import map_drawing
from cicte_desktop.services import figures
from cicte_desktop.services.charts import BarChart, Scale

__all__ = ["bar_chart_drawing", "map_drawing"]

SIZE = 8.0  # category names
LEADING = 9.0
VALUE_SIZE = 7.5  # values, ticks, legend
GRID = colors.HexColor("#e5e7eb")
AXIS_HEIGHT = 14.0  # tick labels under a horizontal chart
LEGEND_HEIGHT = 16.0
INDENT = 9.0  # per level of the progress chart's names


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


def colour(value: str) -> colors.Color:
    return colors.HexColor(value)


def text_width(text: str, font: str = CONDENSED, size: float = VALUE_SIZE) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def tick_text(scale: Scale, number: Callable[[int], str]) -> Callable[[float], str]:
    """How the value axis writes a tick: "40%" or "1,200" in the report's language."""
    if scale.ticks == "percent":  # an axis of fractions (to 1) or of percents (to 100) alike
        factor = 100 if scale.maximum <= 1.5 else 1
        return lambda value: figures.percent_text(value * factor)
    return lambda value: number(int(round(value)))


def default_number() -> Callable[[int], str]:
    return locale_for(i18n.export_language()).toString


def marker_fraction(chart: BarChart, marker: float) -> float:
    """Where a marker (a share of the plan: 0.5 is half) lies along the value axis (one written in
    percents, to 100, or in fractions, to 1)."""
    percents = chart.scale.ticks == "percent" and chart.scale.maximum > 1.5
    return chart.scale.fraction(marker * 100 if percents else marker)


def empty_drawing(text: str, width: float) -> Drawing:
    drawing = Drawing(width, 20)
    drawing.add(String(0, 6, text, fontName=CONDENSED, fontSize=SIZE, fillColor=MUTED))
    return drawing


def bar_chart_drawing(chart: BarChart, width: float, number: Callable[[int], str] | None = None) -> Drawing:
    """``chart`` drawn ``width`` points wide (its height follows from its categories)."""
    register_fonts()
    if chart.empty:
        return empty_drawing(chart.empty_text, width)
    number = number or default_number()
    if chart.orientation == "vertical":
        return _vertical(chart, width, number)
    return _horizontal(chart, width, number)


# --- Horizontal bars ----------------------------------------------------------------------------


def _end_texts(chart: BarChart, index: int) -> list[tuple[str, str]]:
    """What follows a category's bars, per series: (value text, state words or "")."""
    note = chart.category_notes[index] if chart.category_notes is not None else ""
    # (said once when the value's text already says it: "No numeric target")
    return [(series.texts[index], note if len(chart.series) == 1 and note != series.texts[index] else "")
            for series in chart.series]


def _end_width(value: str, note: str) -> float:
    width = text_width(value, CONDENSED_BOLD)
    return width + (text_width(f"  {note}") if note else 0.0)


def _horizontal(chart: BarChart, width: float, number: Callable[[int], str]) -> Drawing:
    count = len(chart.series)
    levels = chart.levels or (0,) * len(chart.categories)
    label_width = min(175.0, width * 0.36)
    names = []
    for name, level in zip(chart.categories, levels, strict=True):
        font = CONDENSED_BOLD if chart.levels and level == 0 else CONDENSED
        names.append((wrap(name, label_width - INDENT * level, font, SIZE).split("\n"), font, level))
    bar = 12.0 if count == 1 else 8.0
    bands = [max(count * bar + (count - 1) + 6, len(lines) * LEADING + 4) for lines, _f, _l in names]
    reserve = max(_end_width(v, n) for i in range(len(chart.categories)) for v, n in _end_texts(chart, i)) + 8
    reserve = min(reserve, width * 0.32)
    x0 = label_width + 6
    plot_width = width - x0 - reserve
    markers = chart.markers or ()
    shared = {m for m in markers if m is not None}
    one_marker = len(shared) == 1  # one line across every bar, labelled once
    legend = count > 1 or (bool(shared) and not one_marker)
    top_space = (LEGEND_HEIGHT if legend else 0.0) + (12.0 if one_marker else 0.0)
    plot_height = sum(bands)
    bottom = AXIS_HEIGHT
    top = bottom + plot_height
    drawing = Drawing(width, top + top_space + 2)
    fmt = tick_text(chart.scale, number)
    for value in chart.scale.tick_values():
        x = x0 + plot_width * chart.scale.fraction(value)
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(x, bottom - 9, fmt(value), fontName=CONDENSED, fontSize=VALUE_SIZE - 0.5,
                           fillColor=MUTED, textAnchor="middle"))
    drawing.add(Line(x0, bottom, x0, top, strokeColor=RULE, strokeWidth=0.6))
    if one_marker:
        marker = next(iter(shared))
        fraction = marker_fraction(chart, marker)
        x = x0 + plot_width * fraction
        drawing.add(Line(x, bottom, x, top + 4, strokeColor=colour(chart.marker_colour), strokeWidth=1,
                         strokeDashArray=[3, 2]))
        label = _tr("{label}: {value}").format(label=chart.marker_label, value=figures.percent_text(marker * 100))
        anchor = "middle" if 0.25 < fraction < 0.75 else ("end" if fraction >= 0.75 else "start")
        drawing.add(String(x, top + 7, label, fontName=CONDENSED, fontSize=VALUE_SIZE,
                           fillColor=colour(chart.marker_colour), textAnchor=anchor))
    band_top = top
    for index, ((lines, font, level), band) in enumerate(zip(names, bands, strict=True)):
        middle = band_top - band / 2
        first = middle + (len(lines) - 1) * LEADING / 2 - SIZE * 0.35
        for row, line in enumerate(lines):
            y = first - row * LEADING
            if chart.levels:
                drawing.add(String(INDENT * level, y, line, fontName=font, fontSize=SIZE, fillColor=INK))
            else:
                drawing.add(String(x0 - 4, y, line, fontName=font, fontSize=SIZE, fillColor=INK, textAnchor="end"))
        y = middle + (count * bar + count - 1) / 2 - bar
        for series, (value_text, note) in zip(chart.series, _end_texts(chart, index), strict=True):
            fill = chart.category_colours[index] if chart.category_colours is not None else series.colour
            length = plot_width * chart.scale.fraction(series.values[index])
            if length > 0:
                drawing.add(Rect(x0, y, length, bar, fillColor=colour(fill), strokeColor=None))
            text_x = x0 + length + 3
            baseline = y + bar / 2 - VALUE_SIZE * 0.35
            # White behind the words, so that the marker's line or the grid does not cross them.
            drawing.add(Rect(text_x - 1, baseline - 2, _end_width(value_text, note) + 2, VALUE_SIZE + 2,
                             fillColor=colors.white, strokeColor=None))
            drawing.add(String(text_x, baseline, value_text, fontName=CONDENSED_BOLD, fontSize=VALUE_SIZE,
                               fillColor=INK))
            if note:
                drawing.add(String(text_x + text_width(value_text, CONDENSED_BOLD) + text_width("  "), baseline,
                                   note, fontName=CONDENSED, fontSize=VALUE_SIZE, fillColor=MUTED))
            y -= bar + 1
        marker = markers[index] if index < len(markers) else None
        if marker is not None and not one_marker:
            x = x0 + plot_width * marker_fraction(chart, marker)
            drawing.add(Line(x, band_top - 2, x, band_top - band + 2, strokeColor=colour(chart.marker_colour),
                             strokeWidth=1.4, strokeDashArray=[2, 1.5]))
        band_top -= band
    if legend:
        _legend_row(drawing, chart, x0, drawing.height - LEGEND_HEIGHT + 4, width - x0,
                    with_marker=bool(shared) and not one_marker)
    return drawing


def _legend_row(drawing: Drawing, chart: BarChart, x: float, y: float, room: float, with_marker: bool) -> None:
    """The series' colours and names on one line (and the marker's dash when bars have their own)."""
    entries: list[tuple[str, str, bool]] = []
    if len(chart.series) > 1:
        entries += [(s.colour, s.label, False) for s in chart.series]
    if with_marker:
        entries.append((chart.marker_colour, chart.marker_label, True))
    size = VALUE_SIZE
    needed = sum(12 + text_width(label, CONDENSED, size) + 12 for _c, label, _m in entries)
    if needed > room:
        size = max(5.5, size * room / needed)
    for fill, label, dashed in entries:
        if dashed:
            drawing.add(Line(x + 4, y - 1, x + 4, y + 8, strokeColor=colour(fill), strokeWidth=1.4,
                             strokeDashArray=[2, 1.5]))
        else:
            drawing.add(Rect(x, y, 8, 8, fillColor=colour(fill), strokeColor=None))
        drawing.add(String(x + 12, y + 1, label, fontName=CONDENSED, fontSize=size, fillColor=INK))
        x += 12 + text_width(label, CONDENSED, size) + 12


# --- Vertical bars ------------------------------------------------------------------------------

PLOT_HEIGHT = 150.0
ROW = 10.0  # a row of the values' table under the axis


def _fitting_size(texts: list[str], room: float, font: str = CONDENSED, size: float = VALUE_SIZE) -> float:
    widest = max((text_width(t, font, size) for t in texts), default=0.0)
    return size if widest <= room else max(4.5, size * room / widest)


def _vertical(chart: BarChart, width: float, number: Callable[[int], str]) -> Drawing:
    fmt = tick_text(chart.scale, number)
    ticks = chart.scale.tick_values()
    head = max([text_width(s.label) + 12 for s in chart.series] + [text_width(fmt(v)) + 4 for v in ticks])
    gutter = min(head, width * 0.26)
    x0 = gutter + 6
    plot_width = width - x0 - 2
    columns = len(chart.categories)
    column = plot_width / columns
    category_size = _fitting_size(list(chart.categories), column - 2, CONDENSED, SIZE)
    table_top = len(chart.series) * ROW + 2
    bottom = table_top + ROW + 4  # the category names' row above the values' table
    top = bottom + PLOT_HEIGHT
    drawing = Drawing(width, top + 6)
    for value in ticks:
        y = bottom + PLOT_HEIGHT * chart.scale.fraction(value)
        drawing.add(Line(x0, y, x0 + plot_width, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(x0 - 3, y - 2.5, fmt(value), fontName=CONDENSED, fontSize=VALUE_SIZE - 0.5,
                           fillColor=MUTED, textAnchor="end"))
    drawing.add(Line(x0, bottom, x0 + plot_width, bottom, strokeColor=RULE, strokeWidth=0.6))
    bar_width = column * (0.62 if chart.stacked else 0.8)
    for index, name in enumerate(chart.categories):
        left = x0 + column * index + (column - bar_width) / 2
        drawing.add(String(left + bar_width / 2, bottom - ROW + 2, name, fontName=CONDENSED,
                           fontSize=category_size, fillColor=INK, textAnchor="middle"))
        base = 0.0
        for number_of, series in enumerate(chart.series):
            value = series.values[index]
            if chart.stacked:
                y0 = bottom + PLOT_HEIGHT * chart.scale.fraction(base)
                y1 = bottom + PLOT_HEIGHT * chart.scale.fraction(base + value)
                x, w = left, bar_width
                base += value
            else:
                w = bar_width / len(chart.series)
                x = left + w * number_of
                y0, y1 = bottom, bottom + PLOT_HEIGHT * chart.scale.fraction(value)
            if y1 > y0:
                drawing.add(Rect(x, y0, w, y1 - y0, fillColor=colour(series.colour), strokeColor=colors.white,
                                 strokeWidth=0.4))
    _values_table(drawing, chart, x0, column, table_top)
    return drawing


def _values_table(drawing: Drawing, chart: BarChart, x0: float, column: float, top: float) -> None:
    """Under the axis, a row per series: its colour and name (the legend), then its value in each
    column, so that every value is written whatever the height of its part of the bar."""
    size = _fitting_size([t for s in chart.series for t in s.texts], column - 2)
    label_size = _fitting_size([s.label for s in chart.series], x0 - 16)
    y = top - ROW
    for series in chart.series:
        drawing.add(Rect(0, y + 1, 7, 7, fillColor=colour(series.colour), strokeColor=None))
        drawing.add(String(10, y + 1.5, series.label, fontName=CONDENSED, fontSize=label_size, fillColor=INK))
        for index, text in enumerate(series.texts):
            drawing.add(String(x0 + column * (index + 0.5), y + 1.5, text, fontName=CONDENSED, fontSize=size,
                               fillColor=INK if series.values[index] else MUTED, textAnchor="middle"))
        drawing.add(Line(x0, y - 0.5, x0 + column * len(chart.categories), y - 0.5, strokeColor=GRID,
                         strokeWidth=0.3))
        y -= ROW
