"""Chart descriptions: what a chart shows (data, scale, colours, words), never how it is drawn.

One description is drawn twice: with QPainter in the window (``views/charts``) and with reportlab
in the PDF (``exports/pdf/chart_drawing.py``). Both renderers take these plain objects and nothing
else, so the dashboard and the report cannot disagree: the numbers, the labels, the colours and the
scale are decided here, by ``services/dashboard.py`` from the figures service. No Qt, no reportlab.

Colours are ``#rrggbb`` strings from the table of ``ui/style.qss`` (``style_roles.colour``); texts
are already translated and formatted for the user's locale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

#: How the value axis writes its ticks.
TickFormat = Literal["count", "percent"]


@dataclass(frozen=True)
class Scale:
    """The value axis: from 0 to ``maximum``, a tick every ``step``."""

    maximum: float
    step: float
    ticks: TickFormat = "count"

    @classmethod
    def nice(cls, largest: float, ticks: TickFormat = "count") -> Scale:
        """A maximum at or above ``largest`` with about five round ticks (1, 2, 2.5, 5 x 10^n). A
        count's ticks are whole numbers: no 2.5 or 7.5 events (the PDF wrote them "2" and "8")."""
        if largest <= 0:
            return cls(5.0, 1.0, ticks)
        raw = largest / 5
        if ticks == "count" and raw <= 1:
            return cls(float(math.ceil(largest)), 1.0, ticks)
        magnitude = 10 ** math.floor(math.log10(raw))
        step = next(m * magnitude for m in (1, 2, 2.5, 5, 10)
                    if m * magnitude >= raw and (ticks != "count" or float(m * magnitude).is_integer()))
        return cls(step * math.ceil(largest / step - 1e-9), step, ticks)

    def tick_values(self) -> list[float]:
        count = int(round(self.maximum / self.step))
        return [self.step * i for i in range(count + 1)]

    def fraction(self, value: float) -> float:
        """Where ``value`` lies along the axis, 0..1 (clamped)."""
        return min(max(value / self.maximum, 0.0), 1.0) if self.maximum else 0.0


@dataclass(frozen=True)
class Series:
    """One set of bars: a value per category, in one colour, named in the legend."""

    key: str  # stable, untranslated: "women", "men", "completed", "progress"...
    label: str  # the legend's word, translated
    colour: str  # "#rrggbb"
    values: tuple[float, ...]
    texts: tuple[str, ...]  # each value as written beside its bar and in the table ("67%", "1,204")


@dataclass(frozen=True)
class BarChart:
    """Bars per category: grouped side by side, or stacked. Horizontal bars read long names (work
    areas); vertical bars read time (months, half-years)."""

    key: str  # "progress", "events_by_period", "participants_by_period", "participants_by_sex"
    title: str
    categories: tuple[str, ...]  # the names read on the category axis, translated
    series: tuple[Series, ...]
    scale: Scale
    orientation: Literal["horizontal", "vertical"] = "horizontal"
    stacked: bool = False
    category_keys: tuple[str, ...] = ()  # stable keys: plan item uuids, "2016-03", "2016-H1"...
    #: A colour per category overriding the series colour (progress bars in the tree's state colours).
    category_colours: tuple[str, ...] | None = None
    #: The state words matching ``category_colours`` (written too: colour is never the only sign).
    category_notes: tuple[str, ...] | None = None
    #: A mark across each bar (progress: where the plan expects it to be by now); None = no mark.
    markers: tuple[float | None, ...] | None = None
    marker_label: str = ""
    marker_colour: str = "#b45309"
    #: Indentation level per category (0 work area, 1 program) for the progress chart's names.
    levels: tuple[int, ...] | None = None
    description: str = ""  # for screen readers: says what the chart shows and its numbers
    empty_text: str = ""  # shown instead of the bars when there is nothing to count

    @property
    def empty(self) -> bool:
        return not self.categories or all(not any(s.values) for s in self.series)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The chart as a table: a header row and one row per category, values as written."""
        headers = [self.title, *(s.label for s in self.series)]
        if self.category_notes is not None:
            headers.append(_notes_header())
        if self.markers is not None:
            headers.append(self.marker_label)
        rows = []
        for index, name in enumerate(self.categories):
            row = [name, *(s.texts[index] for s in self.series)]
            if self.category_notes is not None:
                row.append(self.category_notes[index])
            if self.markers is not None:
                marker = self.markers[index]
                row.append(_percent(marker) if marker is not None else "–")
            rows.append(row)
        return headers, rows


def _notes_header() -> str:
    from cicte_desktop.services import figures

    return figures.label("state")


def _percent(fraction: float) -> str:
    from cicte_desktop.services import figures

    return figures.percent_text(fraction * 100)


@dataclass(frozen=True)
class ColourBin:
    """One step of a choropleth's legend: values from ``lower`` to ``upper`` (inclusive) in one colour."""

    lower: float
    upper: float
    colour: str
    label: str  # "1–4", "50+", "None" (translated)


@dataclass(frozen=True)
class MapChart:
    """A choropleth of the member states: a value per state (ISO 3166 alpha-3), coloured by bin.

    The shapes are not here: ``services/member_state_map.py`` holds them, in the same unit square
    for both renderers. States with no value are drawn in ``no_data_colour``."""

    key: str  # "map"
    title: str
    measure: Literal["events", "participants"]
    measure_label: str  # "Events" / "Participants", translated
    values: dict[str, float]  # ISO3 -> value (every member state, zeros included)
    texts: dict[str, str]  # ISO3 -> value as written ("12")
    names: dict[str, str]  # ISO3 -> the state's name in the user's language
    bins: tuple[ColourBin, ...]
    no_data_colour: str = "#eeeeee"
    selected: str | None = None  # ISO3 of the state the window is filtered by
    description: str = ""
    caption: str = ""  # under the map in the report: what is counted, the period, the filter
    disclaimer: str = ""  # boundaries do not imply endorsement by the OAS
    empty_text: str = ""  # said beside the map (still drawn, every state in the none colour) when all are 0

    @property
    def empty(self) -> bool:
        return not any(self.values.values())

    def colour_of(self, iso3: str) -> str:
        value = self.values.get(iso3)
        if value is None:
            return self.no_data_colour
        for colour_bin in self.bins:
            if colour_bin.lower <= value <= colour_bin.upper:
                return colour_bin.colour
        return self.no_data_colour

    def table(self) -> tuple[list[str], list[list[str]]]:
        """One row per member state, by name, with its value as written."""
        rows = sorted(([self.names.get(iso3, iso3), self.texts.get(iso3, "0")] for iso3 in self.names),
                      key=lambda row: row[0].casefold())
        return [self.title, self.measure_label], rows


Chart = BarChart | MapChart


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows, in reading order: what, when, who, where."""

    title: str  # "Dashboard · 2016 · Jamaica" (the plan year and the filter in words)
    charts: tuple[Chart, ...] = field(default_factory=tuple)

    def chart(self, key: str) -> Chart:
        for chart in self.charts:
            if chart.key == key:
                return chart
        raise KeyError(key)
