"""Figures against the plan, summaries, event lists and search — services only, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from cicte_desktop.services import event_search, figures, workplan
from cicte_desktop.services.figures import EventFilter
from cicte_desktop.services.figures_ahead import FiguresAhead
from tests.helpers import activity_uuid, add_event, connect_to

D = dt.date


@pytest.fixture
def logged(db):
    """Four exercises (3 Exercises target), a webinar and events outside 2016."""
    exercises = activity_uuid(db, "3 Exercises")
    webinars = activity_uuid(db, "6 Webinars")
    ids = {
        "jam": add_event(db, exercises, title="Maritime CME Kingston", start=D(2016, 3, 14), event_type="exercise",
                         states=("JAM",), women=10, men=14, city="Kingston"),
        "tto": add_event(db, exercises, title="Maritime CME Port of Spain", start=D(2016, 5, 2), event_type="exercise",
                         states=("TTO", "BRB"), women=21, men=13, city="Port of Spain"),
        "planned": add_event(db, exercises, title="Maritime CME Nassau", start=D(2016, 11, 7), status="planned",
                             event_type="exercise", states=("BHS",)),
        "cancelled": add_event(db, exercises, title="Maritime CME Bridgetown", start=D(2016, 6, 7),
                               status="cancelled", event_type="exercise", states=("BRB",)),
        "webinar": add_event(db, webinars, title="Webinar on ransomware in Panamá", start=D(2016, 9, 1),
                             event_type="webinar", states=("PAN",), women=40, men=35),
        "later": add_event(db, exercises, title="Maritime CME Kingston follow-up", start=D(2017, 2, 1),
                           event_type="exercise", states=("JAM",), women=5, men=5),
    }
    return db, exercises, webinars, ids


def test_activity_figures_count_completed_units_in_the_period(logged) -> None:
    db, exercises, webinars, _ids = logged
    per_activity = figures.activity_figures(db, EventFilter.for_year(2016))
    assert per_activity[exercises] == figures.ActivityFigures(events=4, achieved=2)
    assert per_activity[webinars] == figures.ActivityFigures(events=1, achieved=1)
    everything = figures.activity_figures(db, EventFilter())
    assert everything[exercises] == figures.ActivityFigures(events=5, achieved=3)


def test_filters_narrow_the_figures(logged) -> None:
    db, exercises, webinars, _ids = logged
    year = EventFilter.for_year(2016)
    by_state = figures.activity_figures(db, EventFilter(member_state="BRB", date_from=year.date_from, date_to=year.date_to))
    assert by_state == {exercises: figures.ActivityFigures(events=2, achieved=1)}
    by_type = figures.activity_figures(db, EventFilter(event_type="webinar"))
    assert set(by_type) == {webinars}
    by_status = figures.activity_figures(db, EventFilter(status="planned"))
    assert by_status == {exercises: figures.ActivityFigures(events=1, achieved=0)}
    march = figures.activity_figures(db, EventFilter(date_from=D(2016, 3, 1), date_to=D(2016, 3, 31)))
    assert march == {exercises: figures.ActivityFigures(events=1, achieved=1)}


def test_roll_up_caps_each_activity_at_its_target(db) -> None:
    plan = workplan.get_work_plan(db)
    exercises = activity_uuid(db, "3 Exercises")
    six_workshops = activity_uuid(db, "6 Workshops")
    per_activity = {exercises: figures.ActivityFigures(9, 9), six_workshops: figures.ActivityFigures(3, 3)}
    progress = figures.roll_up(plan, per_activity, share=1.0)
    assert progress[exercises].percent == 100.0 and progress[exercises].state == figures.MET
    assert progress[six_workshops].percent == 50.0 and progress[six_workshops].state == figures.BEHIND
    maritime = plan.work_areas[0].programs[0]
    # Targets 3 + 3 (ports) + 3 (ports) + 6 = 15; met 3 (capped, not 9) + 3 = 6.
    assert (progress[maritime.uuid].target, progress[maritime.uuid].toward_target) == (15, 6)
    assert progress[maritime.uuid].achieved == 12 and round(progress[maritime.uuid].percent) == 40
    upon_request = [a for a in plan.activities() if a.upon_request][0]
    assert progress[upon_request.uuid].percent is None and progress[upon_request.uuid].state == figures.NO_TARGET
    halfway = figures.roll_up(plan, per_activity, share=0.4)
    assert halfway[six_workshops].state == figures.ON_TRACK  # 50% done, 40% of the year gone


def test_expected_share_follows_the_calendar() -> None:
    assert figures.expected_share(2016, D(2026, 11, 28)) == 1.0
    assert figures.expected_share(2016, D(2015, 6, 1)) == 0.0
    assert figures.expected_share(2016, D(2016, 7, 1)) == pytest.approx(0.5, abs=0.01)


def test_summary_of_a_subtree(logged) -> None:
    db, exercises, webinars, _ids = logged
    result = figures.summary(db, EventFilter.for_year(2016), [exercises])
    assert result.events_by_status == {"completed": 2, "planned": 1, "cancelled": 1}
    assert (result.women, result.men, result.participants) == (31, 27, 58)
    assert result.member_states == ["BRB", "JAM", "TTO"]  # reached by completed events only
    both = figures.summary(db, EventFilter.for_year(2016), [exercises, webinars])
    assert both.member_states == ["BRB", "JAM", "PAN", "TTO"] and both.events == 5
    jam = figures.summary(db, EventFilter(member_state="JAM"), None)
    assert jam.member_states == ["JAM"] and jam.events == 2


def test_event_list_pages_and_orders(logged) -> None:
    db, exercises, _webinars, ids = logged
    rows = event_search.events(db, EventFilter.for_year(2016), [exercises])
    assert [r.uuid for r in rows] == [ids["planned"], ids["cancelled"], ids["tto"], ids["jam"]]  # newest first
    assert rows[2].member_states in ("TTO BRB", "BRB TTO") and rows[2].participants == 34
    page = event_search.events(db, EventFilter.for_year(2016), [exercises], offset=1, limit=2)
    assert [r.uuid for r in page] == [ids["cancelled"], ids["tto"]]
    by_title = event_search.events(db, EventFilter.for_year(2016), [exercises], order="title", descending=False)
    assert [r.title for r in by_title] == sorted(r.title for r in rows)
    by_people = event_search.events(db, EventFilter.for_year(2016), [exercises], order="participants")
    assert [r.participants for r in by_people] == [34, 24, 0, 0]
    with pytest.raises(ValueError):
        event_search.events(db, EventFilter(), None, order="uuid; DROP TABLE event")


def test_search_finds_plan_items_and_events(logged) -> None:
    db, exercises, webinars, ids = logged
    year = EventFilter.for_year(2016)
    maritime = event_search.search(db, "marit", year)  # a prefix, any case
    plan = workplan.get_work_plan(db)
    assert plan.work_areas[0].programs[0].uuid in maritime.plan_items
    assert maritime.event_activities == {exercises: 4}  # "Maritime CME ..." events of 2016
    panama = event_search.search(db, "panama", year)  # accents ignored
    assert panama.plan_items == set() and panama.event_activities == {webinars: 1}
    assert [r.uuid for r in event_search.events(db, year, None, search="ransomware pana")] == [ids["webinar"]]
    kingston = event_search.search(db, "kingston", EventFilter())
    assert kingston.event_activities == {exercises: 2}
    assert event_search.search(db, "kingston", year).event_activities == {exercises: 1}  # filters apply
    assert event_search.search(db, '"); DROP TABLE event; --', year).empty
    assert event_search.fts_query("  ") is None


def test_search_index_follows_edits_and_deletions(logged) -> None:
    from cicte_desktop.db import models as m

    db, exercises, _webinars, ids = logged
    with db.write() as s:
        event = s.get(m.Event, ids["webinar"])
        event.title = "Webinar on phishing"
    assert event_search.search(db, "ransomware", EventFilter()).empty
    assert event_search.search(db, "phishing", EventFilter()).event_activities
    with db.write() as s:
        s.get(m.Event, ids["jam"]).deleted = True
    assert event_search.search(db, "kingston", EventFilter()).event_activities == {exercises: 1}


@pytest.mark.file_only  # SQLite's INSERT OR REPLACE
def test_replacing_an_event_row_leaves_no_stale_search_entry(logged) -> None:
    import sqlite3

    db, _exercises, _webinars, ids = logged
    conn = connect_to(db)
    columns = [c[1] for c in conn.execute("PRAGMA table_info(event)")]
    row = conn.execute(f"SELECT {', '.join(columns)} FROM event WHERE uuid = ?", (ids["webinar"],)).fetchone()
    values = dict(zip(columns, row))
    values["title"] = "Webinar on phishing"
    conn.execute(f"INSERT OR REPLACE INTO event ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                 [values[c] for c in columns])
    conn.commit()
    assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == conn.execute(
        "SELECT count(*) FROM event WHERE NOT deleted").fetchone()[0]
    conn.close()
    assert event_search.search(db, "ransomware", EventFilter()).empty
    assert sum(event_search.search(db, "phishing", EventFilter()).event_activities.values()) == 1


def test_search_finds_events_by_the_member_states_they_served(logged) -> None:
    from sqlalchemy import select

    from cicte_desktop.db import models as m

    db, exercises, webinars, ids = logged
    year = EventFilter.for_year(2016)
    for typed in ("Barbados", "barb", "BRB", "Barbade"):  # name, prefix, code, French name
        assert event_search.search(db, typed, year).event_activities == {exercises: 2}, typed
        by_date = event_search.events(db, year, None, search=typed)
        assert [r.uuid for r in by_date] == [ids["cancelled"], ids["tto"]], typed  # newest first
        by_title = event_search.events(db, year, [exercises], search=typed, order="title", descending=False)
        assert [r.title for r in by_title] == ["Maritime CME Bridgetown", "Maritime CME Port of Spain"], typed
    completed = EventFilter(date_from=D(2016, 1, 1), date_to=D(2016, 12, 31), status="completed")
    assert [r.uuid for r in event_search.events(db, completed, None, search="barbados")] == [ids["tto"]]  # filters apply
    assert event_search.search(db, "jamaica", EventFilter()).event_activities == {exercises: 2}  # 2016 and 2017
    assert event_search.search(db, "jamaica", EventFilter(member_state="BRB")).empty
    # Held in Panama and saying so: counted once.
    assert event_search.search(db, "Panamá", year).event_activities == {webinars: 1}
    # Some words name the state, the others the event's own text.
    assert [r.uuid for r in event_search.events(db, year, None, search="port trinidad")] == [ids["tto"]]
    assert [r.uuid for r in event_search.events(db, year, [exercises], search="Port Trinité", order="title")] == [ids["tto"]]
    assert event_search.search(db, "cme barb", year).event_activities == {exercises: 2}
    assert [r.uuid for r in event_search.events(db, year, None, search="bridgetown barbados")] == [ids["cancelled"]]
    assert event_search.search(db, "ransomware jamaica", year).empty
    assert [r.uuid for r in event_search.events(db, year, None, search="San Vicente")] == []  # no event there
    # A link taken away no longer finds the event.
    with db.write() as s:
        link = s.scalars(select(m.EventMemberState).join(m.MemberState).where(
            m.EventMemberState.event_uuid == ids["cancelled"], m.MemberState.iso3 == "BRB")).one()
        link.deleted = True
    assert [r.uuid for r in event_search.events(db, year, None, search="barbados")] == [ids["tto"]]


def test_typed_words_resolve_to_member_states() -> None:
    from cicte_desktop.services.member_state_names import NAMES, StateMatch, resolve

    assert len(NAMES) == 35
    assert resolve("Jamaica") == [StateMatch(("JAM",), ())]
    assert resolve("jamaïque") == [StateMatch(("JAM",), ())]
    assert resolve("workshop JAM") == [StateMatch(("JAM",), ("workshop",))]
    assert StateMatch(("LCA",), ()) in resolve("Saint Lucia")
    assert StateMatch(("USA",), ()) in resolve("Estados Unidos")
    assert resolve("ransomware") == [] and resolve("el") == [] and resolve("") == []


def test_expected_by_now_is_the_share_of_the_plan_year_inside_the_period() -> None:
    year = EventFilter.for_year(2016)
    assert figures.expected_by_now(2016, year, D(2026, 1, 1)) == 1.0
    first = EventFilter(date_from=D(2016, 1, 1), date_to=D(2016, 6, 30))
    second = EventFilter(date_from=D(2016, 7, 1), date_to=D(2016, 12, 31))
    assert figures.expected_by_now(2016, first, D(2026, 1, 1)) == pytest.approx(0.5, abs=0.01)
    assert figures.expected_by_now(2016, second, D(2026, 1, 1)) == pytest.approx(0.5, abs=0.01)
    assert figures.expected_by_now(2016, year, D(2016, 7, 1)) == pytest.approx(0.5, abs=0.01)  # half gone by
    assert figures.expected_by_now(2016, second, D(2016, 3, 1)) == 0.0  # not begun


def test_plan_figures_states_and_a_member_states_contribution(db) -> None:
    exercises = activity_uuid(db, "3 Exercises")
    add_event(db, exercises, title="Drill a", start=D(2016, 3, 14), states=("JAM",))
    add_event(db, exercises, title="Drill b", start=D(2016, 5, 2), states=("TTO",))
    add_event(db, exercises, title="Drill c", start=D(2016, 6, 2), states=("TTO",))
    add_event(db, exercises, title="Drill d", start=D(2016, 7, 2), states=("TTO",))  # a surplus: 4 of 3
    plan = workplan.get_work_plan(db, 2016)
    year = EventFilter.for_year(2016)
    whole = figures.plan_figures(db, plan, year, today=D(2026, 1, 1))
    assert (whole[exercises].achieved, whole[exercises].counted, whole[exercises].state) == (4, 3, figures.MET)
    maritime = plan.work_areas[0].programs[0]
    assert whole[maritime.uuid].achieved == 4 and whole[maritime.uuid].counted == 3  # the surplus hides nothing
    assert whole[maritime.uuid].state == figures.BEHIND
    untouched = next(a for a in plan.activities() if a.target and a.uuid != exercises)
    assert whole[untouched.uuid].state == figures.NOT_STARTED
    jamaica = figures.plan_figures(db, plan, EventFilter("JAM", year.date_from, year.date_to), today=D(2026, 1, 1))
    assert {p.state for p in jamaica.values()} == {figures.CONTRIBUTION}
    assert jamaica[exercises].percent is None and jamaica[exercises].share_percent == 25.0
    assert "Behind" not in figures.describe_line(jamaica[maritime.uuid])


# --- Half-year targets (schema 0010) ------------------------------------------------------------


def test_expected_by_now_follows_half_year_targets_where_the_plan_splits_the_target() -> None:
    year = EventFilter.for_year(2016)
    first = EventFilter(date_from=D(2016, 1, 1), date_to=D(2016, 6, 30))
    second = EventFilter(date_from=D(2016, 7, 1), date_to=D(2016, 12, 31))
    split = {"target": 6, "first_half": 2, "second_half": 4}
    assert figures.expected_by_now(2016, year, D(2016, 6, 30), **split) == pytest.approx(2 / 6)  # by 30 June: 2 of 6
    assert figures.expected_by_now(2016, year, D(2016, 12, 31), **split) == 1.0  # by 31 December: all of it
    assert figures.expected_by_now(2016, year, D(2016, 4, 1), **split) == pytest.approx(2 / 6 * 92 / 182)
    assert figures.expected_by_now(2016, year, D(2016, 10, 1), **split) == pytest.approx((2 + 4 * 93 / 184) / 6)
    assert figures.expected_by_now(2016, first, D(2026, 1, 1), **split) == pytest.approx(2 / 6)
    assert figures.expected_by_now(2016, second, D(2026, 1, 1), **split) == pytest.approx(4 / 6)
    assert figures.expected_by_now(2016, second, D(2016, 3, 1), **split) == 0.0
    # One half alone leaves the other the rest of the target.
    assert figures.expected_by_now(2016, year, D(2016, 6, 30), target=6, first_half=5) == pytest.approx(5 / 6)
    assert figures.expected_by_now(2016, year, D(2016, 6, 30), target=6, second_half=6) == 0.0
    # Without half-year targets, or without a number to split: the straight line.
    straight = figures.expected_by_now(2016, year, D(2016, 6, 30))
    assert figures.expected_by_now(2016, year, D(2016, 6, 30), target=6) == straight == pytest.approx(182 / 366)
    assert figures.expected_by_now(2016, year, D(2016, 6, 30), target=None, first_half=2) == straight
    assert figures.expected_share(2016, D(2016, 7, 1), **split) == pytest.approx(2 / 6)
    assert figures.expected_share(2016, D(2017, 1, 1), **split) == 1.0


def test_an_activity_due_mostly_by_june_is_behind_where_the_straight_line_says_on_track(db) -> None:
    from cicte_desktop.services import plan_edit

    workshops = activity_uuid(db, "6 Workshops")
    for day in (D(2016, 2, 1), D(2016, 3, 1), D(2016, 4, 1)):
        add_event(db, workshops, title=f"Workshop {day}", start=day, states=("JAM",))
    plan = workplan.get_work_plan(db, 2016)
    year = EventFilter.for_year(2016)
    june = D(2016, 6, 30)
    before = figures.plan_figures(db, plan, year, today=june)
    assert before[workshops].state == figures.ON_TRACK  # 3 of 6 with half the year gone by
    plan_edit.set_target(db, workshops, 6, "Workshops", False, "Five due before the hurricane season",
                         first_half=5)
    plan = workplan.get_work_plan(db, 2016)
    after = figures.plan_figures(db, plan, year, today=june)
    assert after[workshops].expected_percent == pytest.approx(500 / 6)
    assert after[workshops].state == figures.BEHIND  # 3 of the 5 due by 30 June
    # The parents weigh it by its target: the units due by now over their targets.
    program = next(p for a in plan.work_areas for p in a.programs
                   if any(t.uuid == workshops for j in p.projects for t in j.activities))
    others = [t for j in program.projects for t in j.activities if t.uuid != workshops and t.target]
    due = 5 + sum(t.target * before[t.uuid].expected for t in others)
    assert after[program.uuid].expected == pytest.approx(due / after[program.uuid].target)
    assert after[program.uuid].expected > before[program.uuid].expected
    # Later in the year the rest falls due pro rata; by 31 December the whole target.
    assert figures.plan_figures(db, plan, year, today=D(2016, 12, 31))[workshops].expected == 1.0
    # A second-half-heavy split puts the same three workshops ahead of what is due.
    plan_edit.set_target(db, workshops, 6, "Workshops", False, "Moved to the autumn", first_half=1, second_half=5)
    plan = workplan.get_work_plan(db, 2016)
    assert figures.plan_figures(db, plan, year, today=june)[workshops].state == figures.ON_TRACK
    assert figures.plan_figures(db, plan, year, today=D(2016, 10, 1))[workshops].state == figures.BEHIND


def test_figures_read_ahead_serve_only_the_year_and_filter_they_were_read_for(logged) -> None:
    db, _exercises, _webinars, _ids = logged
    year = EventFilter.for_year(2016)
    # No remembered year: the latest plan's (2016, the only one here).
    ahead = FiguresAhead(db, None)
    assert ahead.take(db, year) == figures.activity_figures(db, year)
    assert ahead.take(db, year) is None  # once: a later read sees later writes
    # Another filter, another database, a remembered year without a plan: nothing served,
    # the caller reads them itself.
    assert FiguresAhead(db, None).take(db, EventFilter(member_state="JAM")) is None
    assert FiguresAhead(db, 2031).take(db, year) == figures.activity_figures(db, year)


def test_plan_figures_from_figures_read_ahead_equal_those_read_after(logged) -> None:
    db, exercises, _webinars, _ids = logged
    plan = workplan.get_work_plan(db, 2016)
    year = EventFilter.for_year(2016)
    ahead = FiguresAhead(db, 2016)
    assert figures.plan_figures(db, plan, year, ahead=ahead) == figures.plan_figures(db, plan, year)
    # Read for the year, asked for a member state: read again under the member state's filter.
    ahead = FiguresAhead(db, 2016)
    jamaica = EventFilter(member_state="JAM", date_from=year.date_from, date_to=year.date_to)
    assert figures.plan_figures(db, plan, jamaica, ahead=ahead) == figures.plan_figures(db, plan, jamaica)
    assert figures.plan_figures(db, plan, jamaica)[exercises].achieved == 1
