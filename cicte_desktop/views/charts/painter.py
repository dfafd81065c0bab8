"""Drawing chart descriptions (``services/charts.py``) with QPainter: on a widget, a QImage (PNG) or
a QSvgGenerator (SVG) alike. Pure functions of the painter, a rectangle and the description.

Text is written in the painter's font (the widget's: set it on the painter when painting on an
image), colours are the description's; only the ink, the grid and the frames come from the colour
table of ``ui/style.qss``. The map is drawn by ``map_painter.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.services import figures
from cicte_desktop.services.charts import BarChart, Chart, MapChart, Scale
from cicte_desktop.services.member_state_map import MemberStateMap
from cicte_desktop.style_roles import contrast_ratio
from cicte_desktop.views.charts.map_painter import paint_map

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTRE = Qt.AlignmentFlag.AlignCenter


def _metrics(painter: QPainter) -> QFontMetricsF:
    return QFontMetricsF(painter.font(), painter.device())


def _ink_on(colour: QColor) -> QColor:
    """Of the theme's ink and paper, the one that reads best on ``colour`` (dark ink on a light bar,
    light on a dark one, in every theme)."""
    fill = colour.name()
    ink, paper = qcolor("ink"), qcolor("paper")
    return ink if contrast_ratio(ink.name(), fill) >= contrast_ratio(paper.name(), fill) else paper


def tick_text(scale: Scale, value: float) -> str:
    """A tick of the value axis as the user reads it: "50%", "1,200" (in the user's locale)."""
    if scale.ticks == "percent":
        percent = value * 100 if scale.maximum <= 1.5 else value  # fractions or percents alike
        return figures.percent_text(percent)
    if abs(value - round(value)) < 1e-9:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(value, "f", 1)


def _marker_value(chart: BarChart, marker: float) -> float:
    """A marker is a fraction of the whole (0.5 = half-way); on a percent axis written 0..100, ×100."""
    if chart.scale.ticks == "percent" and chart.scale.maximum > 1.5:
        return marker * 100
    return marker


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, geometry: MemberStateMap | None = None,
                *, title: bool = False, hovered: str | None = None) -> None:
    """Any chart; with ``title``, its title above it (saved images carry their title)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, qcolor("paper"))  # a chart reads alike in the window and saved
    area = QRectF(rect)
    if title:
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        metrics = _metrics(painter)
        box = metrics.boundingRect(area.adjusted(8, 6, -8, 0), int(Qt.TextFlag.TextWordWrap), chart.title)
        painter.setPen(qcolor("ink"))
        painter.drawText(QRectF(area.left() + 8, area.top() + 6, area.width() - 16, box.height()),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), chart.title)
        painter.restore()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = area.adjusted(10, box.height() + 12, -10, -10)  # a margin round a saved image
    if isinstance(chart, MapChart):
        if geometry is not None:
            paint_map(painter, area, chart, geometry, hovered)
    else:
        paint_bar_chart(painter, area, chart)
    painter.restore()


def _paint_empty(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.setPen(qcolor("muted"))
    painter.drawText(rect.adjusted(12, 12, -12, -12), int(Qt.TextFlag.TextWordWrap | ALIGN_CENTRE), text)


# --- legends ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class LegendItem:
    label: str
    colour: QColor
    dashed: bool = False  # a dashed line (the expected-by-now mark) instead of a swatch


def _legend_items(chart: BarChart) -> list[LegendItem]:
    items = []
    if len(chart.series) > 1 or chart.stacked:
        items = [LegendItem(s.label, QColor(s.colour)) for s in chart.series]
    if chart.markers is not None and any(m is not None for m in chart.markers) and chart.marker_label:
        items.append(LegendItem(chart.marker_label, QColor(chart.marker_colour), dashed=True))
    return items


def _legend_layout(metrics: QFontMetricsF, items: list[LegendItem], width: float) -> list[tuple[QPointF, LegendItem]]:
    """Where each item goes, flowing onto more lines when the width runs out."""
    swatch, gap, line = metrics.height() * 0.8, metrics.height() * 0.35, metrics.height() * 1.3
    x = y = 0.0
    placed = []
    for item in items:
        needed = swatch + gap + min(metrics.horizontalAdvance(item.label), width - swatch - gap)
        if x > 0 and x + needed > width:
            x, y = 0.0, y + line
        placed.append((QPointF(x, y), item))
        x += needed + gap * 3
    return placed


def legend_height(metrics: QFontMetricsF, items: list[LegendItem], width: float) -> float:
    if not items:
        return 0.0
    return _legend_layout(metrics, items, width)[-1][0].y() + metrics.height() * 1.5


def _paint_legend(painter: QPainter, rect: QRectF, items: list[LegendItem]) -> None:
    metrics = _metrics(painter)
    swatch, gap = metrics.height() * 0.8, metrics.height() * 0.35
    for offset, item in _legend_layout(metrics, items, rect.width()):
        x, y = rect.left() + offset.x(), rect.top() + offset.y()
        box = QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch)
        if item.dashed:
            pen = QPen(item.colour, 2)
            pen.setDashPattern([1.5, 1.5])  # short dashes: Qt's DashLine leaves one dash and a dot here ("!")
            painter.setPen(pen)
            painter.drawLine(QPointF(box.center().x(), box.top() - 1), QPointF(box.center().x(), box.bottom() + 1))
        else:
            painter.fillRect(box, item.colour)
        painter.setPen(qcolor("ink"))
        room = rect.right() - (x + swatch + gap)
        text = metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(x + swatch + gap, y, room, metrics.height()), int(ALIGN_LEFT), text)


# --- bars -------------------------------------------------------------------------------------

def bar_chart_height(metrics: QFontMetricsF, chart: BarChart, width: float) -> float:
    """The height the chart reads well at, for ``width``: a row per category across, or a fixed
    height for columns."""
    legend = legend_height(metrics, _legend_items(chart), width)
    if chart.empty:
        return metrics.height() * 5
    if chart.orientation == "vertical":
        return legend + metrics.height() * 14
    rows = len(chart.categories) * _row_height(metrics, chart, width)
    return legend + rows + metrics.height() * 2.5


def _names_width(metrics: QFontMetricsF, chart: BarChart, width: float) -> float:
    indent = metrics.height()
    widest = max((metrics.horizontalAdvance(name) + indent * _level(chart, i)
                  for i, name in enumerate(chart.categories)), default=0.0)
    return min(widest + 4, width * 0.38)


def _level(chart: BarChart, index: int) -> int:
    return chart.levels[index] if chart.levels is not None and index < len(chart.levels) else 0


def _row_height(metrics: QFontMetricsF, chart: BarChart, width: float) -> float:
    """Two lines of text when some name has to wrap, one otherwise; a bar per series."""
    names = _names_width(metrics, chart, width)
    indent = metrics.height()
    wraps = any(metrics.horizontalAdvance(name) + indent * _level(chart, i) > names
                for i, name in enumerate(chart.categories))
    lines = 2 if wraps else 1
    bars = 1 if chart.stacked else len(chart.series)
    return max(metrics.lineSpacing() * lines + 6, metrics.height() * (0.9 * bars + 0.6))


def _value_text(chart: BarChart, series_index: int, index: int) -> str:
    text = chart.series[series_index].texts[index]
    notes = chart.category_notes
    # Notes that say the same of every bar ("Contribution") say nothing more than the title.
    note = notes[index] if notes is not None and len(chart.series) == 1 and len(set(notes)) > 1 else ""
    if note and note != text:
        text = f"{text} · {note}"
    return text


def _bar_colour(chart: BarChart, series_index: int, index: int) -> QColor:
    if chart.category_colours is not None and len(chart.series) == 1:
        return QColor(chart.category_colours[index])
    return QColor(chart.series[series_index].colour)


def paint_bar_chart(painter: QPainter, rect: QRectF, chart: BarChart) -> None:
    """Bars across (names on the left) or columns (periods below), grouped or stacked."""
    painter.save()
    metrics = _metrics(painter)
    if chart.empty:
        _paint_empty(painter, rect, chart.empty_text)
        painter.restore()
        return
    items = _legend_items(chart)
    legend = legend_height(metrics, items, rect.width())
    if items:
        _paint_legend(painter, QRectF(rect.left(), rect.top(), rect.width(), legend), items)
    area = rect.adjusted(0, legend, 0, 0)
    if chart.orientation == "vertical":
        _paint_columns(painter, area, chart, metrics)
    else:
        _paint_bars(painter, area, chart, metrics)
    painter.restore()


def _paint_bars(painter: QPainter, rect: QRectF, chart: BarChart, metrics: QFontMetricsF) -> None:
    names_width = _names_width(metrics, chart, rect.width())
    values_width = max(metrics.horizontalAdvance(_value_text(chart, s, i))
                       for s in range(len(chart.series)) for i in range(len(chart.categories))) + 8
    values_width = min(values_width, rect.width() * 0.3)
    axis_height = metrics.height() + 8
    left = rect.left() + names_width + 8
    right = rect.right() - values_width
    half_tick = metrics.horizontalAdvance(tick_text(chart.scale, chart.scale.maximum)) / 2
    right = min(right, rect.right() - half_tick)
    top, bottom = rect.top(), rect.bottom() - axis_height
    plot_width = max(right - left, 1.0)
    count = len(chart.categories)
    row = min((bottom - top) / count, _row_height(metrics, chart, rect.width()) * 1.6)
    bottom = top + row * count

    def x_of(value: float) -> float:
        return left + chart.scale.fraction(value) * plot_width

    # The grid and the axis; every other tick written when their words would touch.
    ticks = chart.scale.tick_values()
    widest = max(metrics.horizontalAdvance(tick_text(chart.scale, v)) for v in ticks)
    spacing = plot_width / max(len(ticks) - 1, 1)
    every = max(1, math.ceil((widest + metrics.averageCharWidth() * 2) / spacing))
    for number, value in enumerate(ticks):
        x = x_of(value)
        painter.setPen(QPen(qcolor("grid"), 1))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        if number % every:
            continue
        painter.setPen(qcolor("muted"))
        text = tick_text(chart.scale, value)
        width = metrics.horizontalAdvance(text)
        painter.drawText(QRectF(x - width / 2 - 2, bottom + 4, width + 4, metrics.height()), int(ALIGN_CENTRE), text)
    painter.setPen(QPen(qcolor("muted"), 1))
    painter.drawLine(QPointF(left, top), QPointF(left, bottom))

    bars = 1 if chart.stacked else len(chart.series)
    bar_height = min(row * 0.7 / bars, metrics.height() * 1.2)
    indent = metrics.height()
    for index, name in enumerate(chart.categories):
        y = top + index * row
        level = _level(chart, index)
        font = painter.font()
        font.setBold(chart.levels is not None and level == 0)
        painter.save()
        painter.setFont(font)
        name_metrics = _metrics(painter)
        name_rect = QRectF(rect.left() + indent * level, y, names_width - indent * level, row)
        painter.setPen(qcolor("ink"))
        shown = name if name_metrics.horizontalAdvance(name) <= name_rect.width() else _wrapped(
            name_metrics, name, name_rect.width(), max(1, int(row // name_metrics.lineSpacing())))
        painter.drawText(name_rect, int(Qt.TextFlag.TextWordWrap | ALIGN_LEFT), shown)
        painter.restore()
        first = y + (row - bar_height * bars) / 2
        start = 0.0
        after: list[tuple[QRectF, str]] = []  # the words beside the bars, written over the mark
        for series_index, series in enumerate(chart.series):
            value = series.values[index]
            colour = _bar_colour(chart, series_index, index)
            if chart.stacked:
                box = QRectF(x_of(start), first, x_of(start + value) - x_of(start), bar_height)
                start += value
            else:
                box = QRectF(left, first + series_index * bar_height, x_of(value) - left, bar_height - 1)
            painter.fillRect(box, colour)
            row_empty = not any(s.values[index] for s in chart.series)
            # Zeros beside bars of other series are read in the table; a row of zeros says it once.
            if not chart.stacked and (value or (row_empty and series_index == 0) or len(chart.series) == 1):
                after.append((box, _value_text(chart, series_index, index)))
            elif box.width() > metrics.horizontalAdvance(series.texts[index]) + 4 and value:
                painter.setPen(_ink_on(colour))
                painter.drawText(box, int(ALIGN_CENTRE), series.texts[index])
        if chart.stacked:
            after.append((QRectF(left, first, x_of(start) - left, bar_height), QLocale().toString(round(start))))
        marker = chart.markers[index] if chart.markers is not None else None
        if marker is not None:
            x = x_of(_marker_value(chart, marker))
            painter.setPen(QPen(QColor(chart.marker_colour), 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, first - 3), QPointF(x, first + bar_height * bars + 3))
        for box, text in after:
            _text_after(painter, metrics, box, text, rect.right())


def _text_after(painter: QPainter, metrics: QFontMetricsF, bar: QRectF, text: str, limit: float) -> None:
    painter.setPen(qcolor("ink"))
    room = max(limit - bar.right() - 4, 0)
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    # On paper: a mark passing behind the words does not cross them out.
    painter.fillRect(QRectF(bar.right() + 2, bar.center().y() - metrics.height() / 2,
                            metrics.horizontalAdvance(shown) + 4, metrics.height()), qcolor("paper"))
    painter.drawText(QRectF(bar.right() + 4, bar.top() - 2, room, bar.height() + 4), int(ALIGN_LEFT), shown)


def _wrapped(metrics: QFontMetricsF, text: str, width: float, lines: int) -> str:
    """``text`` in at most ``lines`` lines of ``width``, the last one elided."""
    words, result, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
        else:
            result.append(current)
            current = word
    result.append(current)
    if len(result) > lines:
        result = result[:lines - 1] + [" ".join(result[lines - 1:])]
    result[-1] = metrics.elidedText(result[-1], Qt.TextElideMode.ElideRight, width)
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in result)


def _paint_columns(painter: QPainter, rect: QRectF, chart: BarChart, metrics: QFontMetricsF) -> None:
    axis_width = max(metrics.horizontalAdvance(tick_text(chart.scale, v)) for v in chart.scale.tick_values()) + 8
    left, right = rect.left() + axis_width, rect.right() - 4
    label_lines = 2 if any(" " in c for c in chart.categories) else 1
    top = rect.top() + metrics.height()  # room for the totals over the tallest column
    bottom = rect.bottom() - metrics.lineSpacing() * label_lines - 6
    height = max(bottom - top, 1.0)

    def y_of(value: float) -> float:
        return bottom - chart.scale.fraction(value) * height

    for value in chart.scale.tick_values():
        y = y_of(value)
        painter.setPen(QPen(qcolor("grid"), 1))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(qcolor("muted"))
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, axis_width - 6, metrics.height()),
                         int(ALIGN_RIGHT), tick_text(chart.scale, value))
    painter.setPen(QPen(qcolor("muted"), 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))

    count = len(chart.categories)
    column = (right - left) / count
    bars = 1 if chart.stacked else len(chart.series)
    bar_width = min(column * 0.7 / bars, metrics.height() * 3)
    # Labels thinned out when they would overlap (every 2nd, 3rd... month).
    widest = max(metrics.horizontalAdvance(c) for c in chart.categories) if label_lines == 1 else max(
        metrics.horizontalAdvance(w) for c in chart.categories for w in c.split())
    every = max(1, math.ceil((widest + 6) / column))
    for index, name in enumerate(chart.categories):
        x = left + index * column
        first = x + (column - bar_width * bars) / 2
        start = 0.0
        for series_index, series in enumerate(chart.series):
            value = series.values[index]
            colour = _bar_colour(chart, series_index, index)
            if chart.stacked:
                box = QRectF(first, y_of(start + value), bar_width, y_of(start) - y_of(start + value))
                start += value
            else:
                box = QRectF(first + series_index * bar_width, y_of(value), bar_width - 1, bottom - y_of(value))
            painter.fillRect(box, colour)
            text = series.texts[index]
            if not chart.stacked and value and metrics.horizontalAdvance(text) <= bar_width + 2:
                painter.setPen(qcolor("ink"))
                painter.drawText(QRectF(box.left() - 2, box.top() - metrics.height(), box.width() + 4,
                                        metrics.height()), int(ALIGN_CENTRE), text)
        if chart.stacked and start:
            text = QLocale().toString(round(start))
            if metrics.horizontalAdvance(text) <= column:
                painter.setPen(qcolor("ink"))
                painter.drawText(QRectF(x, y_of(start) - metrics.height(), column, metrics.height()),
                                 int(ALIGN_CENTRE), text)
        if index % every == 0:
            painter.setPen(qcolor("ink"))
            room = column * every
            parts = name.split(" ", 1)
            # "Jan" over "2016" in every column alike, when each part fits.
            shown = "\n".join(parts) if label_lines == 2 and all(
                metrics.horizontalAdvance(p) <= room - 2 for p in parts) else _wrapped(metrics, name, room - 2, label_lines)
            painter.drawText(QRectF(x + column / 2 - room / 2, bottom + 4, room, metrics.lineSpacing() * label_lines),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), shown)
