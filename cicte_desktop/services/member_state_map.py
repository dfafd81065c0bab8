"""The shapes of the 35 member states, for the dashboard's map and the report's.

Read once from ``resources/map/member_states.json``, which ``script/make_member_state_map`` makes
from Natural Earth (public domain; see ``resources/map/SOURCE.md``): projected, cut to the member
states and simplified. Coordinates are map units, x to the right and y downwards, in a box of
``width`` by ``height``; each renderer scales that box to its page or widget. The small island
states are drawn enlarged in an inset (an Eastern Caribbean box) and carry a marker, so that each
stays visible and can be pointed at. No Qt, no reportlab: both renderers read this.

The file::

    {"width": 1000, "height": 1100, "marker_radius": 6,
     "projection": {"name": "miller", "scale": s, "x0": x0, "y0": y0},
     "insets": [{"key": "eastern_caribbean", "frame": [x, y, w, h]}],
     "states": {"ATG": {"rings": [[x0, y0, x1, y1, ...], ...], "marker": [x, y] or null}, ...}}
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from cicte_desktop.paths import resource_path

Point = tuple[float, float]
Ring = tuple[Point, ...]


@dataclass(frozen=True)
class StateShape:
    iso3: str
    #: Closed polygons (outer rings and holes alike: fill them even-odd), where the state is drawn:
    #: on the main map, or enlarged inside its inset.
    rings: tuple[Ring, ...]
    #: A circle's centre drawn over a state too small to see or point at; None for the others.
    marker: Point | None = None

    def bounds(self) -> tuple[float, float, float, float]:
        """x, y, width, height of the state's rings (of its marker when it has no rings)."""
        points = [point for ring in self.rings for point in ring] or ([self.marker] if self.marker else [])
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


@dataclass(frozen=True)
class Inset:
    key: str  # "eastern_caribbean": the renderer writes the inset's translated title
    frame: tuple[float, float, float, float]  # x, y, width, height of its box, map units


def miller_y(latitude: float) -> float:
    """Miller cylindrical projection's y (upwards, in radians) of a latitude in degrees; its x is the
    longitude in radians."""
    phi = math.radians(max(-89.0, min(89.0, latitude)))
    return 1.25 * math.log(math.tan(math.pi / 4 + 0.4 * phi))


@dataclass(frozen=True)
class Projection:
    """Where a place on Earth lands on the main map (not in an inset), in map units."""

    scale: float  # map units per radian
    x0: float  # x of the prime meridian
    y0: float  # y of the equator

    def point(self, longitude: float, latitude: float) -> Point:
        return self.x0 + self.scale * math.radians(longitude), self.y0 - self.scale * miller_y(latitude)


@dataclass(frozen=True)
class MemberStateMap:
    width: float
    height: float
    states: dict[str, StateShape]  # ISO 3166 alpha-3 -> shape, the member states and nothing else
    insets: tuple[Inset, ...] = ()
    marker_radius: float = 6.0
    projection: Projection | None = None

    def state_at(self, x: float, y: float, slack: float = 0.0) -> str | None:
        """The member state under the point (map units): markers first (within their radius plus
        ``slack``), then the shapes; None over the sea or another country."""
        reach = (self.marker_radius + slack) ** 2
        nearest: tuple[float, str] | None = None
        for iso3, shape in self.states.items():
            if shape.marker is not None:
                distance = (shape.marker[0] - x) ** 2 + (shape.marker[1] - y) ** 2
                if distance <= reach and (nearest is None or distance < nearest[0]):
                    nearest = (distance, iso3)
        if nearest is not None:
            return nearest[1]
        for iso3, shape in self.states.items():
            if _inside(shape.rings, x, y):
                return iso3
        return None


def _inside(rings: tuple[Ring, ...], x: float, y: float) -> bool:
    """Even-odd rule over all rings: inside an outer ring and not in one of its holes."""
    crossings = 0
    for ring in rings:
        count = len(ring)
        for index in range(count):
            (x1, y1), (x2, y2) = ring[index], ring[(index + 1) % count]
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def _ring(flat: list[float]) -> Ring:
    return tuple(zip(flat[0::2], flat[1::2], strict=True))


def parse(data: dict) -> MemberStateMap:  # type: ignore[type-arg]
    """The map from the file's JSON (a programming error, not a user's, if it is malformed: the file
    ships with the app)."""
    states = {iso3: StateShape(iso3, tuple(_ring(flat) for flat in entry["rings"]),
                               tuple(entry["marker"]) if entry.get("marker") else None)
              for iso3, entry in data["states"].items()}
    insets = tuple(Inset(inset["key"], tuple(inset["frame"])) for inset in data.get("insets", ()))
    projection = data.get("projection")
    return MemberStateMap(float(data["width"]), float(data["height"]), states, insets,
                          float(data.get("marker_radius", 6.0)),
                          Projection(float(projection["scale"]), float(projection["x0"]), float(projection["y0"]))
                          if projection else None)


@cache
def member_state_map() -> MemberStateMap:
    path = resource_path("resources", "map", "member_states.json")
    return parse(json.loads(path.read_text(encoding="utf-8")))


def _tr(text: str) -> str:
    from cicte_desktop import i18n

    return i18n.translate("MemberStateMap", text)


def inset_title(key: str) -> str:
    """The words over an inset's box, in the user's language."""
    return {"eastern_caribbean": _tr("Eastern Caribbean")}.get(key, key)
