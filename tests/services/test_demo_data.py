"""demo-data: realistic synthetic events, reproducible from a seed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cicte_desktop.db.database import open_database
from cicte_desktop.services.demo import add_demo_events
from tests.conftest import run_cli


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_cli_adds_events_spread_over_the_plan(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "demo-data", "--events", "3000", "--seed", "11")
    assert result.returncode == 0, result.stderr
    assert "Added 3000 demo events" in result.stdout
    assert _rows(db_path, "SELECT count(*) FROM event") == [(3000,)]
    activities = _rows(db_path, "SELECT count(DISTINCT activity_uuid) FROM event")[0][0]
    assert activities == 70  # 3,000 events reach every planned activity (a laptop: the one plan)
    years = {y for (y,) in _rows(db_path, "SELECT DISTINCT substr(start_date, 1, 4) FROM event")}
    assert "2016" in years and len(years) >= 3
    statuses = dict(_rows(db_path, "SELECT status, count(*) FROM event GROUP BY status"))
    assert set(statuses) == {"completed", "planned", "cancelled", "postponed"}
    assert statuses["completed"] > statuses["planned"]
    states = _rows(db_path, "SELECT count(DISTINCT member_state_uuid) FROM event_member_state")[0][0]
    assert states == 35
    assert _rows(db_path, "SELECT count(*) FROM event e WHERE NOT EXISTS "
                          "(SELECT 1 FROM event_member_state s WHERE s.event_uuid = e.uuid)") == [(0,)]
    assert _rows(db_path, "SELECT count(*) FROM event WHERE participants_total != women + men + sex_not_recorded") == [(0,)]
    assert _rows(db_path, "SELECT count(*) FROM event WHERE end_date < start_date") == [(0,)]
    assert _rows(db_path, "PRAGMA foreign_key_check") == []


def test_same_seed_same_events(tmp_path: Path) -> None:
    contents = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        add_demo_events(db, 200, seed=4)
        db.close()
        contents.append(_rows(tmp_path / name, "SELECT uuid, title, start_date, women, men FROM event ORDER BY uuid"))
    assert contents[0] == contents[1] and len(contents[0]) == 200
    db = open_database(tmp_path / "c.sqlite")
    add_demo_events(db, 200, seed=5)
    db.close()
    assert _rows(tmp_path / "c.sqlite", "SELECT uuid FROM event ORDER BY uuid") != [r[:1] for r in contents[0]]


def test_running_demo_data_twice_adds_more(db_path: Path) -> None:
    for _ in range(2):
        result = run_cli("--db", str(db_path), "demo-data", "--events", "300")
        assert result.returncode == 0, result.stderr
    assert _rows(db_path, "SELECT count(*), count(DISTINCT uuid) FROM event") == [(600, 600)]


def test_event_types_fit_their_activity(db_path: Path) -> None:
    run_cli("--db", str(db_path), "demo-data", "--events", "2000")
    types = dict(_rows(db_path, "SELECT DISTINCT a.text, e.event_type FROM event e "
                                "JOIN planned_activity a ON a.uuid = e.activity_uuid "
                                "WHERE a.text IN ('3 Exercises', '6 Webinars', '2 Missions')"))
    assert types == {"3 Exercises": "exercise", "6 Webinars": "webinar", "2 Missions": "mission"}


def test_zero_events_is_refused(db) -> None:
    with pytest.raises(ValueError):
        add_demo_events(db, 0)


def _states(db, plan, event_filter, share: float) -> dict[str, set[str]]:  # noqa: ANN001
    """The states of the planned activities with a numeric target, as the tree shows them, with
    "not started" for an activity without a single event (of any status) under the filter."""
    from cicte_desktop.services import figures

    progress = figures.roll_up(plan, figures.activity_figures(db, event_filter), share)
    found: dict[str, set[str]] = {}
    for activity in plan.activities():
        node = progress[activity.uuid]
        if node.target:
            found.setdefault("not started" if node.events == 0 else node.state, set()).add(activity.uuid)
    return found


def test_demo_data_spreads_the_2016_plan_over_every_state(db_path: Path) -> None:
    """Not every bar at 100 %: some activities met or exceeded, some on track, some behind, some
    not started, and cancelled events, the same for the same seed."""
    import datetime as dt

    from cicte_desktop.services import figures, workplan

    result = run_cli("--db", str(db_path), "demo-data", "--events", "3000")
    assert result.returncode == 0, result.stderr
    db = open_database(db_path)
    try:
        plan = workplan.get_work_plan(db, 2016)
        year = figures.EventFilter.for_year(2016)
        by_year_end = _states(db, plan, year, figures.expected_share(2016))
        assert {figures.MET, figures.BEHIND, "not started"} <= set(by_year_end)
        # By 30 June (the first six-monthly report) some are on track: half done or more.
        first_half = figures.EventFilter(date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 6, 30))
        by_june = _states(db, plan, first_half, figures.expected_share(2016, dt.date(2016, 6, 30)))
        assert {figures.MET, figures.ON_TRACK, figures.BEHIND, "not started"} <= set(by_june)
        progress = figures.roll_up(plan, figures.activity_figures(db, year), 1.0)
        targeted = [progress[a.uuid] for a in plan.activities() if a.target]
        exceeded = [n for n in targeted if n.achieved > n.target]
        met = [n for n in targeted if n.state == figures.MET]
        assert exceeded and len(met) > len(exceeded)  # some met exactly, some exceeded
        assert len(met) < len(targeted) // 2  # and not nearly every bar green
        # Not only the plan's totals: whole work areas are short of their targets.
        assert any(progress[area.uuid].state == figures.BEHIND for area in plan.work_areas)
        done = figures.summary(db, year, None).events_by_status
        assert done.get("cancelled", 0) > 0 and done.get("postponed", 0) > 0
    finally:
        db.close()


def test_demo_data_makes_a_plan_for_each_year_carried_over_with_a_few_changes(db_path: Path) -> None:
    """demo-data starts the 2017-2019 plans from the year before (every item linked to the one it
    came from, a few targets changed) and logs each year's events under that year's plan. Only at
    headquarters: a laptop's plans (and the events logged under them) would be refused elsewhere."""
    laptop = run_cli("--db", str(db_path.with_name("laptop.sqlite")), "demo-data", "--events", "50")
    assert laptop.returncode == 0 and "only headquarters makes work plans" in laptop.stdout, laptop.stderr
    assert _rows(db_path.with_name("laptop.sqlite"), "SELECT count(*) FROM work_plan") == [(1,)]
    assert run_cli("--db", str(db_path), "device", "role", "headquarters").returncode == 0
    result = run_cli("--db", str(db_path), "demo-data", "--events", "2000")
    assert result.returncode == 0, result.stderr
    assert "Added the 2017 work plan" in result.stdout and "Added the 2019 work plan" in result.stdout
    assert [r[0] for r in _rows(db_path, "SELECT year FROM work_plan ORDER BY year")] == [2016, 2017, 2018, 2019]
    for year in (2017, 2018, 2019):
        pairs = _rows(db_path, f"""
            SELECT new.target_quantity, old.target_quantity FROM planned_activity new
            JOIN planned_activity old ON old.uuid = new.carried_from_uuid
            JOIN project p ON p.uuid = new.project_uuid JOIN program g ON g.uuid = p.program_uuid
            JOIN work_area w ON w.uuid = g.work_area_uuid JOIN work_plan wp ON wp.uuid = w.work_plan_uuid
            WHERE wp.year = {year}""")
        assert len(pairs) == 70  # every activity carried over, linked
        assert 1 <= sum(new != old for new, old in pairs) <= 4  # a few targets changed
    misplaced = _rows(db_path, """
        SELECT count(*) FROM event e JOIN planned_activity a ON a.uuid = e.activity_uuid
        JOIN project p ON p.uuid = a.project_uuid JOIN program g ON g.uuid = p.program_uuid
        JOIN work_area w ON w.uuid = g.work_area_uuid JOIN work_plan wp ON wp.uuid = w.work_plan_uuid
        WHERE wp.year <> CAST(substr(e.start_date, 1, 4) AS INTEGER)""")
    assert misplaced == [(0,)]
    again = run_cli("--db", str(db_path), "demo-data", "--events", "10")
    assert again.returncode == 0 and "Added the" not in again.stdout  # the plans are made once
