"""Drawing the member-state map (a ``MapChart`` over ``MemberStateMap`` shapes) with QPainter: the
states filled by bin, the selected one outlined, the hovered one highlighted, markers over the small
islands, the inset's frame and the legend. Each state's outline is projected once per scale and
kept (:func:`map_paths`): a paint of the whole map is a few fills, not thousands of points.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QTransform

from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.services.charts import MapChart
from cicte_desktop.services.member_state_map import MemberStateMap, inset_title

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _metrics(painter: QPainter) -> QFontMetricsF:
    return QFontMetricsF(painter.font(), painter.device())


# --- the map ----------------------------------------------------------------------------------

@dataclass
class MapLayout:
    """Where the map's unit box lands in a rectangle: ``point = offset + scale * map unit``."""

    scale: float
    offset: QPointF
    legend: QRectF

    def to_device(self, x: float, y: float) -> QPointF:
        return QPointF(self.offset.x() + x * self.scale, self.offset.y() + y * self.scale)

    def to_map(self, point: QPointF) -> tuple[float, float]:
        return (point.x() - self.offset.x()) / self.scale, (point.y() - self.offset.y()) / self.scale


def map_layout(metrics: QFontMetricsF, rect: QRectF, chart: MapChart, geometry: MemberStateMap) -> MapLayout:
    """The map as large as fits, the legend beside it when the rectangle is wide, else below."""
    labels = [chart.measure_label, *(b.label for b in chart.bins)]
    legend_width = max(metrics.horizontalAdvance(t) for t in labels) + metrics.height() * 1.6
    legend_height = metrics.height() * 1.4 * len(labels)
    beside = rect.width() - legend_width > rect.height() * geometry.width / geometry.height * 0.9
    if beside:
        space = QRectF(rect.left(), rect.top(), rect.width() - legend_width - 8, rect.height())
    else:
        space = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - legend_height - 8)
    scale = max(min(space.width() / geometry.width, space.height() / geometry.height), 1e-6)
    offset = QPointF(space.left() + (space.width() - geometry.width * scale) / 2, space.top())
    if beside:
        legend = QRectF(offset.x() + geometry.width * scale + 8, rect.bottom() - legend_height,
                        legend_width, legend_height)
    else:
        legend = QRectF(offset.x(), offset.y() + geometry.height * scale + 8, legend_width, legend_height)
    return MapLayout(scale, offset, legend)


_PATHS: dict[tuple[int, float, float, float], tuple[MemberStateMap, dict[str, QPainterPath]]] = {}


def map_paths(geometry: MemberStateMap, layout: MapLayout) -> dict[str, QPainterPath]:
    """Each state's outline projected for ``layout`` (even-odd), made once per geometry and scale."""
    key = (id(geometry), round(layout.scale, 6), round(layout.offset.x(), 2), round(layout.offset.y(), 2))
    cached = _PATHS.get(key)
    if cached is not None and cached[0] is geometry:
        return cached[1]
    transform = QTransform(layout.scale, 0, 0, layout.scale, layout.offset.x(), layout.offset.y())
    paths = {}
    for iso3, shape in geometry.states.items():
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in shape.rings:
            if len(ring) < 3:
                continue
            path.moveTo(*ring[0])
            for point in ring[1:]:
                path.lineTo(*point)
            path.closeSubpath()
        paths[iso3] = transform.map(path)
    if len(_PATHS) >= 8:  # a few sizes (the window, a saved image) at a time
        _PATHS.pop(next(iter(_PATHS)))
    _PATHS[key] = (geometry, paths)
    return paths


def marker_radius(geometry: MemberStateMap, layout: MapLayout) -> float:
    """A marker's radius on the device: the map's, but never too small to see or point at."""
    return max(geometry.marker_radius * layout.scale, 5.0)


def paint_map(painter: QPainter, rect: QRectF, chart: MapChart, geometry: MemberStateMap,
              hovered: str | None = None) -> None:
    """The member states coloured by bin, the selected one outlined, the hovered one highlighted,
    markers over the small ones, the inset's frame and the legend."""
    painter.save()
    metrics = _metrics(painter)
    layout = map_layout(metrics, rect, chart, geometry)
    paths = map_paths(geometry, layout)
    border = QPen(qcolor("muted"), 0.6)
    border.setCosmetic(True)
    painter.setPen(border)
    for iso3, path in paths.items():
        colour = QColor(chart.colour_of(iso3))
        painter.setBrush(colour.darker(125) if iso3 == hovered else colour)
        painter.drawPath(path)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for inset in geometry.insets:
        x, y, w, h = inset.frame
        frame = QRectF(layout.to_device(x, y), layout.to_device(x + w, y + h))
        painter.setPen(QPen(qcolor("muted"), 1))
        painter.drawRect(frame)
        painter.setPen(qcolor("muted"))
        # Above the frame, right-aligned with it, on two lines if the frame is narrow.
        width = min(max(frame.width(), metrics.averageCharWidth() * 14), frame.right() - rect.left())
        box = QRectF(frame.right() - width, frame.top() - metrics.lineSpacing() * 2 - 2, width,
                     metrics.lineSpacing() * 2)
        painter.drawText(box, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         inset_title(inset.key))
    radius = marker_radius(geometry, layout)
    for iso3, shape in geometry.states.items():
        if shape.marker is None:
            continue
        colour = QColor(chart.colour_of(iso3))
        painter.setBrush(colour.darker(125) if iso3 == hovered else colour)
        painter.setPen(QPen(qcolor("ink"), 1))
        painter.drawEllipse(layout.to_device(*shape.marker), radius, radius)
    for iso3, width in ((hovered, 2.0), (chart.selected, 3.0)):
        if iso3 is None or iso3 not in geometry.states:
            continue
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(qcolor("ink"), width))
        painter.drawPath(paths[iso3])
        marker = geometry.states[iso3].marker
        if marker is not None:
            painter.drawEllipse(layout.to_device(*marker), radius + width, radius + width)
        elif iso3 == chart.selected:
            x, y, w, h = geometry.states[iso3].bounds()
            if max(w, h) * layout.scale < radius * 3:  # too small to see outlined: ringed
                painter.drawEllipse(layout.to_device(x + w / 2, y + h / 2), radius * 2, radius * 2)
    if chart.empty and chart.empty_text:
        painter.setPen(qcolor("muted"))
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width() * 0.6, metrics.lineSpacing() * 3),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         chart.empty_text)
    _paint_bins(painter, layout.legend, chart, metrics)
    painter.restore()


def _paint_bins(painter: QPainter, rect: QRectF, chart: MapChart, metrics: QFontMetricsF) -> None:
    line = metrics.height() * 1.4
    font = painter.font()
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setPen(qcolor("ink"))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), int(ALIGN_LEFT), chart.measure_label)
    painter.restore()
    swatch = metrics.height() * 0.9
    for index, colour_bin in enumerate(chart.bins):
        y = rect.top() + line * (index + 1)
        box = QRectF(rect.left(), y + (line - swatch) / 2, swatch, swatch)
        painter.setBrush(QColor(colour_bin.colour))
        painter.setPen(QPen(qcolor("muted"), 0.6))
        painter.drawRect(box)
        painter.setPen(qcolor("ink"))
        painter.drawText(QRectF(box.right() + 6, y, rect.width() - swatch - 6, line), int(ALIGN_LEFT),
                         colour_bin.label)


def state_at(geometry: MemberStateMap, layout: MapLayout, point: QPointF) -> str | None:
    """The member state under a device point (a marker within its drawn radius and a little more)."""
    x, y = layout.to_map(point)
    slack = (marker_radius(geometry, layout) + 2) / layout.scale - geometry.marker_radius
    found = geometry.state_at(x, y, max(slack, 0.0))
    if found is None:  # a state a few pixels wide (Jamaica on a small map): a near miss finds it too
        reach = 3 / layout.scale
        for dx, dy in ((reach, 0), (-reach, 0), (0, reach), (0, -reach)):
            found = geometry.state_at(x + dx, y + dy)
            if found is not None:
                break
    return found
