"""The member-state map drawn with reportlab.graphics from a ``charts.MapChart`` and the shapes of
``services/member_state_map``: each state filled in its bin's colour (rings even-odd, so that
holes stay holes), the small island states enlarged in their inset and marked with a circle, the
selected state outlined, the legend of bins, the caption and the OAS disclaimer under the map.

Map units run with y downwards; reportlab's y runs upwards: every point is flipped here.
"""

from __future__ import annotations

from reportlab.graphics.shapes import FILL_EVEN_ODD, Circle, Drawing, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString, isStringOrNone
from reportlab.pdfbase import pdfmetrics

from cicte_desktop import i18n
from cicte_desktop.exports.pdf.layout import CONDENSED, CONDENSED_BOLD, INK, MUTED, RULE, register_fonts, wrap
from cicte_desktop.services.charts import MapChart
from cicte_desktop.services.member_state_map import MemberStateMap, inset_title

BORDER = colors.HexColor("#6b7280")  # between states
SELECTED = colors.HexColor("#111827")
SEA = colors.HexColor("#f7f9fc")
MAX_MAP_HEIGHT = 520.0  # points: the map, its legend, caption and disclaimer on one page
CAPTION_SIZE, CAPTION_LEADING = 8.0, 10.0
DISCLAIMER_SIZE, DISCLAIMER_LEADING = 6.5, 8.0
LEGEND_SIZE = 7.5


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


class StatePath(Path):
    """A state's rings (or its outline when selected), named by its ISO code: readable back."""

    _attrMap = AttrMap(BASE=Path, iso3=AttrMapValue(isStringOrNone), role=AttrMapValue(isString))


class StateMarker(Circle):
    """The circle over a state too small to see, named by its ISO code."""

    _attrMap = AttrMap(BASE=Circle, iso3=AttrMapValue(isStringOrNone), role=AttrMapValue(isString))


def _lines(text: str, width: float, font: str, size: float) -> list[str]:
    # wrap() keeps a cell's padding: give it back, the drawing has none.
    return [line for line in wrap(text, width + 6, font, size).split("\n") if line] if text else []


def _legend_entries(chart: MapChart, geometry: MemberStateMap) -> list[tuple[str, str]]:
    entries = [(b.colour, b.label) for b in chart.bins]
    if any(iso3 not in chart.values for iso3 in geometry.states):
        entries.append((chart.no_data_colour, _tr("No data")))
    return entries


def _legend_rows(chart: MapChart, geometry: MemberStateMap, width: float) -> list[list[tuple[str, str, float]]]:
    """The legend's entries (colour, label, x) in rows that fit ``width``, after its title."""
    title_width = pdfmetrics.stringWidth(chart.measure_label, CONDENSED_BOLD, LEGEND_SIZE) + 10
    rows: list[list[tuple[str, str, float]]] = [[]]
    x = title_width
    for fill, label in _legend_entries(chart, geometry):
        step = 13 + pdfmetrics.stringWidth(label, CONDENSED, LEGEND_SIZE) + 12
        if rows[-1] and x + step > width:
            rows.append([])
            x = title_width
        rows[-1].append((fill, label, x))
        x += step
    return rows


def map_drawing(chart: MapChart, geometry: MemberStateMap, width: float) -> Drawing:
    """The map ``width`` points wide at most (narrower when its height would not leave room for
    the legend and notes on the page), with its legend, caption and disclaimer under it."""
    register_fonts()
    scale = min(width / geometry.width, MAX_MAP_HEIGHT / geometry.height)
    map_width, map_height = geometry.width * scale, geometry.height * scale
    left = (width - map_width) / 2
    disclaimer = _lines(chart.disclaimer, width, CONDENSED, DISCLAIMER_SIZE)
    said = " ".join(t for t in (chart.empty_text if chart.empty else "", chart.caption) if t)
    caption = _lines(said, width, CONDENSED, CAPTION_SIZE)
    legend = _legend_rows(chart, geometry, width)
    notes_height = len(disclaimer) * DISCLAIMER_LEADING + len(caption) * CAPTION_LEADING
    legend_height = len(legend) * 12.0
    map_bottom = notes_height + 6 + legend_height + 8
    drawing = Drawing(width, map_bottom + map_height + 12)  # (room for an inset's title on top)

    def point(x: float, y: float) -> tuple[float, float]:
        return left + x * scale, map_bottom + (geometry.height - y) * scale

    drawing.add(Rect(left, map_bottom, map_width, map_height, fillColor=SEA, strokeColor=RULE, strokeWidth=0.5))
    for inset in geometry.insets:
        x, y, w, h = inset.frame
        x0, y0 = point(x, y + h)
        drawing.add(Rect(x0, y0, w * scale, h * scale, fillColor=colors.white, strokeColor=BORDER, strokeWidth=0.6))
        drawing.add(String(x0, y0 + h * scale + 2.5, inset_title(inset.key), fontName=CONDENSED, fontSize=7,
                           fillColor=MUTED))
    radius = max(geometry.marker_radius * scale, 2.8)
    for iso3, shape in geometry.states.items():
        fill = colors.HexColor(chart.colour_of(iso3))
        if shape.rings:
            drawing.add(_path(shape.rings, point, iso3, "state", fillColor=fill, strokeColor=BORDER,
                              strokeWidth=0.3))
    for iso3, shape in geometry.states.items():  # over the shapes, so that none hides a marker
        if shape.marker is not None:
            x, y = point(*shape.marker)
            marker = StateMarker(x, y, radius, fillColor=colors.HexColor(chart.colour_of(iso3)), strokeColor=INK,
                                 strokeWidth=0.5)
            marker.iso3, marker.role = iso3, "marker"
            drawing.add(marker)
    selected = geometry.states.get(chart.selected or "")
    if selected is not None:
        if selected.rings:
            drawing.add(_path(selected.rings, point, selected.iso3, "selected", fillColor=None,
                              strokeColor=SELECTED, strokeWidth=1.6))
        x, y, w, h = selected.bounds()
        if selected.marker is None and max(w, h) * scale < 10:  # too small to see its outline: ringed too
            ring = StateMarker(*point(x + w / 2, y + h / 2), max(w, h) * scale / 2 + 5, fillColor=None,
                               strokeColor=SELECTED, strokeWidth=1.2)
            ring.iso3, ring.role = selected.iso3, "selected"
            drawing.add(ring)
        if selected.marker is not None:
            ring = StateMarker(*point(*selected.marker), radius + 1.8, fillColor=None, strokeColor=SELECTED,
                               strokeWidth=1.4)
            ring.iso3, ring.role = selected.iso3, "selected"
            drawing.add(ring)
    _draw_legend(drawing, chart, legend, notes_height + 6 + legend_height - 9)
    y = notes_height - CAPTION_SIZE
    for line in caption:
        drawing.add(String(0, y, line, fontName=CONDENSED, fontSize=CAPTION_SIZE, fillColor=INK))
        y -= CAPTION_LEADING
    y = len(disclaimer) * DISCLAIMER_LEADING - DISCLAIMER_SIZE
    for line in disclaimer:
        drawing.add(String(0, y, line, fontName=CONDENSED, fontSize=DISCLAIMER_SIZE, fillColor=MUTED))
        y -= DISCLAIMER_LEADING
    return drawing


def _path(rings, point, iso3: str, role: str, **style) -> StatePath:  # type: ignore[no-untyped-def]
    path = StatePath(fillMode=FILL_EVEN_ODD, **style)
    for ring in rings:
        if len(ring) < 3:
            continue
        path.moveTo(*point(*ring[0]))
        for x, y in ring[1:]:
            path.lineTo(*point(x, y))
        path.closePath()
    path.iso3, path.role = iso3, role
    return path


def _draw_legend(drawing: Drawing, chart: MapChart, rows: list[list[tuple[str, str, float]]], y: float) -> None:
    drawing.add(String(0, y + 1, chart.measure_label, fontName=CONDENSED_BOLD, fontSize=LEGEND_SIZE, fillColor=INK))
    for row in rows:
        for fill, label, x in row:
            drawing.add(Rect(x, y, 10, 8, fillColor=colors.HexColor(fill), strokeColor=BORDER, strokeWidth=0.3))
            drawing.add(String(x + 13, y + 1, label, fontName=CONDENSED, fontSize=LEGEND_SIZE, fillColor=INK))
        y -= 12
