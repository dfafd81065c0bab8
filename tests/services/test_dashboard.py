"""The dashboard's charts say what the figures service says, under every filter; the chart
descriptions' own rules (scale, tables, map colours). Services only, no widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from cicte_desktop import i18n
from cicte_desktop.services import charts, figures, workplan
from cicte_desktop.services.dashboard import build_dashboard, colour_bins
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.services.figures import EventFilter
from cicte_desktop.services.member_state_names import DISPLAY_NAMES
from cicte_desktop.style_roles import colour, state_colour_name
from tests.helpers import activity_uuid, add_event

D = dt.date
YEAR = EventFilter.for_year(2016)
FILTERS = {
    "plan year": YEAR,
    "member state": EventFilter("JAM", YEAR.date_from, YEAR.date_to),
    "event type": EventFilter(None, YEAR.date_from, YEAR.date_to, "workshop"),
    "status": EventFilter(None, YEAR.date_from, YEAR.date_to, None, "planned"),
    "dates inside the year": EventFilter(None, D(2016, 3, 10), D(2016, 6, 30)),
}


@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory):
    """The 2016 plan with 400 demo events, an event for three member states, one of whose links
    was removed, and an event of 2017 (outside the plan year)."""
    from cicte_desktop.db.database import open_database

    db = open_database(tmp_path_factory.mktemp("dashboard") / "cicte.sqlite")
    add_demo_events(db, 400, seed=7, years=(2016,))
    exercises = activity_uuid(db, "3 Exercises")
    shared = add_event(db, exercises, title="Regional exercise", start=D(2016, 4, 5), event_type="exercise",
                       states=("JAM", "TTO", "BRB"), women=7, men=9)
    add_event(db, exercises, title="Next year's exercise", start=D(2017, 2, 1), states=("JAM",), women=3, men=3)
    with db.write() as session:
        session.execute(text("UPDATE event_member_state SET deleted = 1 WHERE event_uuid = :event AND "
                             "member_state_uuid = (SELECT uuid FROM member_state WHERE iso3 = 'BRB')"),
                        {"event": shared})
    yield db, workplan.get_work_plan(db, 2016)
    db.close()


def _summary(db, plan, event_filter: EventFilter, activities=None) -> figures.Summary:  # noqa: ANN001
    return figures.summary(db, event_filter, activities or [a.uuid for a in plan.activities()])


def _series(chart: charts.BarChart) -> dict[str, charts.Series]:
    return {s.key: s for s in chart.series}


@pytest.mark.parametrize("name", FILTERS)
def test_progress_bars_are_the_trees_figures(logged, name: str) -> None:
    db, plan = logged
    event_filter = FILTERS[name]
    chart = build_dashboard(db, plan, event_filter, today=D(2016, 7, 1)).chart("progress")
    progress = figures.plan_figures(db, plan, event_filter, today=D(2016, 7, 1))
    items = [(item, level) for area in plan.work_areas for item, level in [(area, 0), *((p, 1) for p in area.programs)]]
    assert list(chart.category_keys) == [item.uuid for item, _level in items]
    assert list(chart.levels) == [level for _item, level in items]
    bars = _series(chart)["progress"]
    for index, (item, _level) in enumerate(items):
        node = progress[item.uuid]
        assert bars.values[index] == (node.bar_percent or 0.0)
        assert chart.category_notes[index] == figures.state_label(node.state)
        assert chart.category_colours[index] == colour(state_colour_name(node.state))
        if node.bar_percent is not None:
            assert bars.texts[index] == figures.percent_text(node.bar_percent)
        if event_filter.member_state is None:
            assert chart.markers[index] == (node.expected if node.target else None)
        assert bars.texts[index] in chart.description
    assert chart.scale == charts.Scale(100.0, 20.0, "percent")
    if event_filter.member_state:
        assert chart.markers is None
        assert "Jamaica" in chart.title
        assert {node.state for node in progress.values()} == {figures.CONTRIBUTION}


@pytest.mark.parametrize("name", FILTERS)
def test_events_and_participants_by_month_add_up_to_the_summary(logged, name: str) -> None:
    db, plan = logged
    event_filter = FILTERS[name]
    dashboard = build_dashboard(db, plan, event_filter)
    summary = _summary(db, plan, event_filter)
    assert summary.events > 0
    events = _series(dashboard.chart("events_by_period"))
    assert {key: sum(s.values) for key, s in events.items() if sum(s.values)} == summary.events_by_status
    people = _series(dashboard.chart("participants_by_period"))
    assert sum(people["women"].values) == summary.women
    assert sum(people["men"].values) == summary.men
    assert sum(people["sex_not_recorded"].values) == summary.sex_not_recorded
    assert sum(sum(s.values) for s in people.values()) == summary.participants


@pytest.mark.parametrize("name", FILTERS)
def test_participants_by_sex_are_the_summaries_of_each_work_area(logged, name: str) -> None:
    db, plan = logged
    event_filter = FILTERS[name]
    chart = build_dashboard(db, plan, event_filter).chart("participants_by_sex")
    assert chart.categories[0] == "All work areas"
    scopes = [None, *([a.uuid for p in area.programs for pj in p.projects for a in pj.activities]
                      for area in plan.work_areas)]
    assert len(chart.categories) == len(scopes)
    series = _series(chart)
    for index, scope in enumerate(scopes):
        summary = _summary(db, plan, event_filter, scope)
        assert (series["women"].values[index], series["men"].values[index],
                series["sex_not_recorded"].values[index]) == (summary.women, summary.men, summary.sex_not_recorded)


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("measure", ["events", "participants"])
def test_the_map_counts_each_member_state_as_a_filter_on_it_does(logged, name: str, measure: str) -> None:
    db, plan = logged
    event_filter = FILTERS[name]
    chart = build_dashboard(db, plan, event_filter, measure=measure).chart("map")
    assert isinstance(chart, charts.MapChart)
    assert set(chart.values) == set(chart.names) == set(chart.texts) == set(DISPLAY_NAMES)
    assert len(chart.values) == 35
    assert chart.selected == event_filter.member_state
    counted = 0
    for iso3, value in chart.values.items():
        # Every member state of the map, whichever the filter picks (that one is selected).
        summary = _summary(db, plan, EventFilter(iso3, event_filter.date_from, event_filter.date_to,
                                                 event_filter.event_type, event_filter.status))
        assert value == (summary.events if measure == "events" else summary.participants), iso3
        counted += int(value)
        matching = [b for b in chart.bins if b.lower <= value <= b.upper]
        assert len(matching) == 1
        assert chart.colour_of(iso3) == matching[0].colour
    # Planned events have no participants yet: that map is empty, and says so.
    assert chart.empty == (counted == 0) == (measure == "participants" and event_filter.status == "planned")
    assert chart.disclaimer and chart.caption and chart.empty_text


def test_an_event_for_several_member_states_counts_for_each_but_not_for_a_removed_one(logged) -> None:
    db, plan = logged
    april = EventFilter(None, D(2016, 4, 5), D(2016, 4, 5), "exercise")
    chart = build_dashboard(db, plan, april).chart("map")
    with db.sql() as conn:
        expected = dict(conn.execute(
            "SELECT m.iso3, count(*) FROM event e JOIN event_member_state l ON l.event_uuid = e.uuid AND NOT l.deleted "
            "JOIN member_state m ON m.uuid = l.member_state_uuid WHERE e.start_date = '2016-04-05' "
            "AND e.event_type = 'exercise' AND NOT e.deleted GROUP BY m.iso3"))
    assert expected["JAM"] >= 1 and expected["TTO"] >= 1
    assert {iso: v for iso, v in chart.values.items() if v} == expected


def test_half_years_hold_their_months(logged) -> None:
    db, plan = logged
    months = build_dashboard(db, plan, YEAR).chart("events_by_period")
    halves = build_dashboard(db, plan, YEAR, period="half").chart("events_by_period")
    assert halves.category_keys == ("2016-H1", "2016-H2")
    assert halves.orientation == "vertical" and halves.stacked
    assert len(months.category_keys) == 12 and months.category_keys[0] == "2016-01"
    for key in _series(months):
        values = _series(months)[key].values
        assert _series(halves)[key].values == (sum(values[:6]), sum(values[6:]))


def test_the_periods_are_the_filters_dates(logged) -> None:
    db, plan = logged
    chart = build_dashboard(db, plan, FILTERS["dates inside the year"]).chart("participants_by_period")
    assert chart.category_keys == ("2016-03", "2016-04", "2016-05", "2016-06")
    assert chart.categories[0].endswith("2016") and "Mar" in chart.categories[0]
    assert chart.scale.maximum >= max(sum(s.values[i] for s in chart.series) for i in range(4))


def test_tables_hold_the_charts_values(logged) -> None:
    db, plan = logged
    dashboard = build_dashboard(db, plan, YEAR, today=D(2016, 7, 1))
    assert [c.key for c in dashboard.charts] == ["progress", "events_by_period", "participants_by_period",
                                                 "participants_by_sex", "map"]
    for chart in dashboard.charts:
        headers, rows = chart.table()
        if isinstance(chart, charts.BarChart):
            assert [row[0] for row in rows] == list(chart.categories)
            for position, series in enumerate(chart.series, start=1):
                assert headers[position] == series.label
                assert [row[position] for row in rows] == list(series.texts)
        else:
            assert len(rows) == 35
            assert all(row[1] == chart.texts[iso] for iso in chart.names for row in rows if row[0] == chart.names[iso])
        assert chart.title and chart.description and chart.empty_text
    assert dashboard.title == "Dashboard · 2016"


def test_the_title_says_the_filter(logged) -> None:
    db, plan = logged
    dashboard = build_dashboard(db, plan, EventFilter("JAM", D(2016, 1, 1), D(2016, 6, 30), "workshop", "completed"))
    assert dashboard.title.startswith("Dashboard · 2016 · Jamaica · Workshop · Completed · ")
    assert "Jamaica is outlined" in dashboard.chart("map").caption


def test_nothing_to_count_says_so(logged) -> None:
    db, plan = logged
    before = EventFilter(None, D(2015, 1, 1), D(2015, 1, 31))  # before the plan's year: none of its events
    assert _summary(db, plan, before).events == 0
    dashboard = build_dashboard(db, plan, before)
    for key in ("progress", "events_by_period", "participants_by_period", "participants_by_sex", "map"):
        chart = dashboard.chart(key)
        assert chart.empty and chart.empty_text, key
    assert dashboard.chart("events_by_period").category_keys == ("2015-01",)
    assert [b.label for b in dashboard.chart("map").bins] == ["None"]


def test_the_dashboard_speaks_spanish(logged) -> None:
    db, plan = logged
    with i18n.using_language("es"):
        dashboard = build_dashboard(db, plan, EventFilter("USA", YEAR.date_from, YEAR.date_to))
    assert dashboard.title == "Panel · 2016 · Estados Unidos"
    assert dashboard.chart("participants_by_sex").title == "Participantes por sexo y área de trabajo"
    assert dashboard.chart("participants_by_sex").categories[0] == "Todas las áreas de trabajo"
    assert dashboard.chart("events_by_period").title == "Eventos por mes y estado"
    assert {s.label for s in dashboard.chart("events_by_period").series} <= {"Realizado", "Previsto",
                                                                             "Aplazado", "Cancelado"}
    assert dashboard.chart("map").names["USA"] == "Estados Unidos"
    assert dashboard.chart("map").disclaimer.startswith("Los límites")
    assert dashboard.chart("events_by_period").categories[0] == "ene 2016"


# --- The chart descriptions' own rules ---------------------------------------------------------


@pytest.mark.parametrize(("largest", "ticks", "maximum", "step"), [
    (0, "count", 5, 1), (7, "count", 8, 2), (0.4, "count", 1, 1), (100, "percent", 100, 20),
    (12345, "count", 12500, 2500),
    (1240, "count", 1250, 250), (3, "count", 3, 1),
    (12, "count", 15, 5), (11.5, "count", 15, 5), (23, "count", 25, 5), (120, "count", 125, 25), (12, "percent", 12.5, 2.5)])
def test_a_nice_scale_reaches_the_largest_value_in_round_steps(largest, ticks, maximum, step) -> None:  # noqa: ANN001
    scale = charts.Scale.nice(largest, ticks)
    assert (scale.maximum, scale.step, scale.ticks) == (maximum, step, ticks)
    assert scale.tick_values()[0] == 0 and scale.tick_values()[-1] == maximum
    assert scale.fraction(largest) <= 1.0 and scale.fraction(maximum * 2) == 1.0
    if ticks == "count":  # whole numbers of events or people, as the PDF and the window write them
        assert all(float(value).is_integer() for value in scale.tick_values())


def test_a_bar_chart_as_a_table() -> None:
    chart = charts.BarChart(
        "progress", "Progress", ("1. A", "1.A. B"), (charts.Series("progress", "Progress", "#000000", (50.0, 0.0),
                                                                 ("50%", "No numeric target")),),
        charts.Scale(100, 20, "percent"), category_notes=("On track", "No numeric target"), markers=(0.25, None),
        marker_label="Expected by now")
    headers, rows = chart.table()
    assert headers == ["Progress", "Progress", "State", "Expected by now"]
    assert rows == [["1. A", "50%", "On track", "25%"], ["1.A. B", "No numeric target", "No numeric target", "–"]]
    assert not chart.empty


def test_a_map_colours_each_state_by_its_bin_and_lists_states_by_name() -> None:
    bins = colour_bins([0, 1, 4, 25])
    assert [(b.lower, b.upper, b.label) for b in bins] == [
        (0, 0, "None"), (1, 2, "1–2"), (3, 5, "3–5"), (6, 10, "6–10"), (11, 20, "11–20"),
        (21, 25, "21 or more")]
    chart = charts.MapChart("map", "Events by member state", "events", "Events", {"JAM": 4, "BRB": 0, "TTO": 25},
                            {"JAM": "4", "BRB": "0", "TTO": "25"},
                            {"JAM": "Jamaica", "BRB": "Barbados", "TTO": "Trinidad and Tobago"}, bins)
    assert chart.colour_of("JAM") == bins[2].colour
    assert chart.colour_of("TTO") == bins[5].colour
    assert chart.colour_of("BRB") == bins[0].colour == colour("map-none")
    assert chart.colour_of("MEX") == chart.no_data_colour
    assert chart.table() == (["Events by member state", "Events"],
                             [["Barbados", "0"], ["Jamaica", "4"], ["Trinidad and Tobago", "25"]])
    assert len({b.colour for b in bins}) == len(bins)


@pytest.mark.parametrize("values", [[1], [3, 5], [6], [851, 989], [1, 1000], [40, 60], [7, 9], [2, 200000]])
def test_map_bins_cover_every_value_once_in_at_most_six_steps(values: list[int]) -> None:
    bins = colour_bins(values)
    assert 2 <= len(bins) <= 6
    for value in range(0, max(values) + 1):
        assert len([b for b in bins if b.lower <= value <= b.upper]) == 1, value
    assert bins[-1].upper == max(values)
