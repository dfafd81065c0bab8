"""Hand-built chart descriptions and a small member-state map for the dashboard's widget tests."""

from __future__ import annotations

from cicte_desktop.services.charts import BarChart, ColourBin, Dashboard, MapChart, Scale, Series
from cicte_desktop.services.member_state_map import Inset, MemberStateMap, StateShape

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _box(x: float, y: float, w: float, h: float) -> tuple[tuple[float, float], ...]:
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def small_map() -> MemberStateMap:
    """Three states drawn as shapes (one with a hole), two small islands as markers in an inset."""
    return MemberStateMap(
        width=400, height=300,
        states={
            "MEX": StateShape("MEX", (_box(20, 20, 160, 100),)),
            "JAM": StateShape("JAM", (_box(200, 40, 60, 30),)),
            "BRA": StateShape("BRA", (_box(120, 150, 160, 130), _box(180, 200, 30, 30))),  # a hole
            "BRB": StateShape("BRB", (_box(345, 60, 4, 4),), marker=(347, 62)),
            "GRD": StateShape("GRD", (_box(345, 110, 4, 4),), marker=(347, 112)),
        },
        insets=(Inset("eastern_caribbean", (310, 20, 80, 120)),),
        marker_radius=6,
    )


NAMES = {"MEX": "Mexico", "JAM": "Jamaica", "BRA": "Brazil", "BRB": "Barbados", "GRD": "Grenada"}


def map_chart(measure: str = "events", selected: str | None = None) -> MapChart:
    values = {"MEX": 3.0, "JAM": 12.0, "BRA": 0.0, "BRB": 1.0, "GRD": 7.0}
    if measure == "participants":
        values = {key: value * 21 for key, value in values.items()}
    bins = (ColourBin(0, 0, "#f1f1f1", "None"), ColourBin(1, 4, "#c6dbef", "1–4"),
            ColourBin(5, 9, "#6baed6", "5–9"), ColourBin(10, 10_000, "#08519c", "10+"))
    return MapChart(
        key="map", title="Events by member state" if measure == "events" else "Participants by member state",
        measure=measure, measure_label="Events" if measure == "events" else "Participants",  # type: ignore[arg-type]
        values=values, texts={key: f"{value:,.0f}" for key, value in values.items()}, names=NAMES, bins=bins,
        selected=selected, description="Jamaica had the most events (12).",
    )


def progress_chart() -> BarChart:
    names = ("1. Border Controls", "A. Maritime Security", "B. Aviation Security and Document Security",
             "2. Legislative Assistance and Combating Terrorism Financing", "3. Protection of Critical Infrastructure")
    values = (67.0, 80.0, 25.0, 0.0, 100.0)
    return BarChart(
        key="progress", title="Progress of the work plan", categories=names,
        series=(Series("progress", "Progress", "#90caf9", values, tuple(f"{v:.0f}%" for v in values)),),
        scale=Scale(100.0, 20.0, "percent"), category_keys=("a", "b", "c", "d", "e"),
        category_colours=("#90caf9", "#81c784", "#ffcc66", "#b0b0b0", "#81c784"),
        category_notes=("on track", "met", "behind", "not started", "met"),
        markers=(0.5, 0.5, 0.5, None, 0.5), marker_label="Expected by now", levels=(0, 1, 1, 0, 0),
        description="Progress of 5 work areas and programs.", empty_text="No planned activities",
    )


def events_by_period(empty: bool = False) -> BarChart:
    completed = tuple(0.0 if empty else float(v) for v in (0, 2, 5, 3, 1, 0, 4, 8, 2, 0, 1, 3))
    planned = tuple(0.0 if empty else float(v) for v in (0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 1))
    return BarChart(
        key="events_by_period", title="Events by month", categories=MONTHS,
        series=(Series("completed", "Completed", "#1b5e20", completed, tuple(f"{v:.0f}" for v in completed)),
                Series("planned", "Planned", "#90caf9", planned, tuple(f"{v:.0f}" for v in planned))),
        scale=Scale.nice(max(c + p for c, p in zip(completed, planned, strict=True))), orientation="vertical",
        stacked=True, category_keys=tuple(f"2016-{m:02d}" for m in range(1, 13)),
        description="Events by month in 2016.", empty_text="No events in this period",
    )


def participants_by_sex() -> BarChart:
    areas = ("1. Border Controls", "2. Legislative Assistance", "3. Critical Infrastructure")
    women, men = (31.0, 1204.0, 0.0), (27.0, 980.0, 12.0)
    return BarChart(
        key="participants_by_sex", title="Participants by sex", categories=areas,
        series=(Series("women", "Women", "#c5b4e3", women, tuple(f"{v:,.0f}" for v in women)),
                Series("men", "Men", "#5a8fd6", men, tuple(f"{v:,.0f}" for v in men))),
        scale=Scale.nice(1204), description="Participants in completed events by sex.",
    )


def participants_by_period() -> BarChart:
    women = tuple(float(v) for v in (0, 10, 40, 20, 5, 0, 30, 80, 12, 0, 9, 22))
    men = tuple(float(v) for v in (0, 14, 35, 25, 8, 0, 20, 60, 10, 0, 6, 30))
    return BarChart(
        key="participants_by_period", title="Participants by month", categories=MONTHS,
        series=(Series("women", "Women", "#c5b4e3", women, tuple(f"{v:.0f}" for v in women)),
                Series("men", "Men", "#5a8fd6", men, tuple(f"{v:.0f}" for v in men))),
        scale=Scale.nice(140), orientation="vertical", stacked=True,
        description="Participants by month in 2016.",
    )


def dashboard(measure: str = "events", selected: str | None = None) -> Dashboard:
    return Dashboard("Dashboard · 2016", (progress_chart(), events_by_period(), participants_by_period(),
                                          participants_by_sex(), map_chart(measure, selected)))
