"""The plan editor's service: every change with its reason in the plan's history, retired items
kept for their events, approval then amendments, one transaction per change."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest

from cicte_desktop.services import plan_edit, plan_reading, workplan
from cicte_desktop.services.plan_reading import PlanEditError
from cicte_desktop.services.events.inputs import EventInput
from cicte_desktop.services.events.writing import log_event
from tests.helpers import connect_to


def _changes(db) -> list[tuple]:
    conn = connect_to(db)
    try:
        return conn.execute("SELECT item_table, item_uuid, field, old_value, new_value, reason, amendment "
                            "FROM plan_change ORDER BY rowid").fetchall()
    finally:
        conn.close()


def _first_activity(db, year: int = 2016) -> workplan.ActivityNode:
    return workplan.get_work_plan(db, year).activities()[0]


@pytest.fixture
def draft(db):
    """The database with a 2017 plan carried over from 2016, not approved yet (the seed's 2016 plan
    came approved)."""
    from cicte_desktop.services.plan_years import new_plan

    new_plan(db, 2017, 2016)
    return db


def _event_on(db, activity_uuid: str) -> str:
    return log_event(db, EventInput(activity_uuid=activity_uuid, event_type="workshop", title="Workshop on border security",
                                       start_date=dt.date(2016, 3, 1), end_date=dt.date(2016, 3, 2),
                                       member_states=("ARG",), women=3, men=4, participants_total=7))


def test_rename_needs_a_reason_and_writes_it_to_the_history(draft) -> None:
    db = draft
    activity = _first_activity(db, 2017)
    for reason in ("", "   ", None):
        with pytest.raises(PlanEditError, match="reason"):
            plan_edit.rename(db, activity.uuid, "Renamed activity", reason)  # type: ignore[arg-type]
    assert _first_activity(db, 2017).text == activity.text and _changes(db) == []

    assert plan_edit.rename(db, activity.uuid, "  Renamed   activity ", "Wording agreed at the meeting")
    assert _first_activity(db, 2017).text == "Renamed activity"
    assert _first_activity(db, 2016).text == activity.text  # the plan it came from is untouched
    assert _changes(db) == [("planned_activity", activity.uuid, "text", activity.text, "Renamed activity",
                             "Wording agreed at the meeting", 0)]
    assert plan_reading.history(db, 2016) == []
    rows = plan_reading.history(db, 2017)
    assert rows[0].item == "Renamed activity" and rows[0].reason == "Wording agreed at the meeting"
    assert not rows[0].amendment
    with pytest.raises(PlanEditError):
        plan_edit.rename(db, activity.uuid, "   ", "no title")


def test_add_numbers_the_new_item_and_puts_it_last(db) -> None:
    plan = plan_reading.plan_for_editing(db, 2016)
    areas = len(plan.items)
    area = plan_edit.add_item(db, plan.uuid, "Cybersecurity of elections", "New mandate")
    program = plan_edit.add_item(db, area, "Election systems", "New mandate")
    project = plan_edit.add_item(db, program, "Audits", "New mandate")
    activity = plan_edit.add_item(db, project, "Audit two national election systems", "New mandate")
    plan = plan_reading.plan_for_editing(db, 2016)
    new = plan.items[-1]
    assert len(plan.items) == areas + 1 and new.uuid == area and new.code == str(areas + 1)
    assert new.children[0].code == "A" and new.children[0].children[0].code == "1"
    assert new.children[0].children[0].children[0].title == "Audit two national election systems"
    assert [c[2] for c in _changes(db)] == ["added"] * 4
    assert workplan.get_work_plan(db, 2016).activities()[-1].uuid == activity
    with pytest.raises(PlanEditError):
        plan_edit.add_item(db, activity, "Below an activity", "no")


def test_move_up_down_and_to_another_parent(db) -> None:
    plan = plan_reading.plan_for_editing(db, 2016)
    first, second = plan.items[0], plan.items[1]
    assert plan_edit.move(db, second.uuid, "Priority of the year", step=-1)
    assert [i.uuid for i in plan_reading.plan_for_editing(db, 2016).items[:2]] == [second.uuid, first.uuid]
    assert not plan_edit.move(db, second.uuid, "Already first", step=-1)
    assert {c[2] for c in _changes(db)} == {"position"} and len(_changes(db)) == 2

    program = first.children[0]
    target_area = second
    assert plan_edit.move(db, program.uuid, "Belongs to the other area", parent_uuid=target_area.uuid)
    moved = plan_reading.plan_for_editing(db, 2016)
    area = next(i for i in moved.items if i.uuid == target_area.uuid)
    assert area.children[-1].uuid == program.uuid
    with pytest.raises(PlanEditError):  # a program under a project: not the same level
        plan_edit.move(db, program.uuid, "wrong", parent_uuid=program.children[0].uuid)


def test_retire_keeps_an_item_with_events_and_deletes_one_without(db) -> None:
    activities = workplan.get_work_plan(db, 2016).activities()
    used, unused = activities[0], activities[1]
    event = _event_on(db, used.uuid)
    assert plan_edit.retire(db, used.uuid, "Not funded this year") is True
    assert plan_edit.retire(db, unused.uuid, "Duplicate of another activity") is False
    conn = connect_to(db)
    try:
        assert conn.execute("SELECT retired, deleted FROM planned_activity WHERE uuid = ?", (used.uuid,)).fetchone() == (1, 0)
        assert conn.execute("SELECT deleted FROM planned_activity WHERE uuid = ?", (unused.uuid,)).fetchone() == (1,)
        assert conn.execute("SELECT activity_uuid FROM event WHERE uuid = ?", (event,)).fetchone() == (used.uuid,)
    finally:
        conn.close()
    editor = plan_reading.plan_for_editing(db, 2016)
    shown = {a.uuid: a for area in editor.items for p in area.children for j in p.children for a in j.children}
    assert shown[used.uuid].retired and unused.uuid not in shown
    assert [c[2:5] for c in _changes(db)] == [("retired", "False", "True"), ("deleted", "False", "True")]
    with pytest.raises(PlanEditError):
        plan_edit.retire(db, used.uuid, "again")


def test_a_work_area_with_events_below_it_is_kept(db) -> None:
    plan = plan_reading.plan_for_editing(db, 2016)
    area = plan.items[0]
    activity = area.children[0].children[0].children[0]
    _event_on(db, activity.uuid)
    assert plan_edit.retire(db, area.uuid, "Merged into another area") is True
    assert plan_reading.plan_for_editing(db, 2016).items[0].retired


def test_set_target_and_translated_titles(db) -> None:
    activity = _first_activity(db)
    assert plan_edit.set_target(db, activity.uuid, 4, "workshops", False, "Budget approved") >= 1
    changed = workplan.get_work_plan(db, 2016).activities()[0]
    assert (changed.target, changed.unit, changed.upon_request) == (4, "workshops", False)
    assert plan_edit.set_target(db, activity.uuid, None, None, True, "On request of member states") >= 1
    assert workplan.get_work_plan(db, 2016).activities()[0].upon_request
    with pytest.raises(PlanEditError):
        plan_edit.set_target(db, activity.uuid, -1, "workshops", False, "negative")
    assert plan_edit.set_titles(db, activity.uuid, {"es": "Taller nacional", "fr": ""}, "Spanish translation") == 1
    assert workplan.get_work_plan(db, 2016, language="es").activities()[0].text == "Taller nacional"
    assert _changes(db)[-1][2:6] == ("title_es", None, "Taller nacional", "Spanish translation")


def test_after_approval_changes_are_amendments(draft) -> None:
    db = draft
    activity = _first_activity(db, 2017)
    plan_edit.rename(db, activity.uuid, "Draft wording", "Draft")
    assert not plan_reading.is_approved(db, 2017) and plan_reading.is_approved(db, 2016)
    with pytest.raises(PlanEditError, match="reason"):
        plan_edit.approve(db, 2017, dt.date(2017, 2, 1), " ")
    plan_edit.approve(db, 2017, dt.date(2017, 2, 1), "Approved by the Committee")
    assert plan_reading.plan_for_editing(db, 2017).approved_on == dt.date(2017, 2, 1)
    with pytest.raises(PlanEditError, match="approved"):
        plan_edit.approve(db, 2017, dt.date(2017, 3, 1), "twice")
    with pytest.raises(PlanEditError, match="reason"):
        plan_edit.rename(db, activity.uuid, "Amended wording", "")
    plan_edit.rename(db, activity.uuid, "Amended wording", "Decision of the Committee, 12 May")
    flags = [(c[2], c[6]) for c in _changes(db)]
    assert flags == [("text", 0), ("approved_on", 0), ("text", 1)]
    assert plan_reading.history(db, 2017)[0].amendment
    amended = plan_reading.amended_items(db, 2017)
    assert list(amended) == [activity.uuid]  # the draft's rename and the approval are not amendments
    assert [(r.field, r.new_value, r.reason) for r in amended[activity.uuid]] == [
        ("text", "Amended wording", "Decision of the Committee, 12 May")]


def test_a_change_that_fails_writes_nothing(db, monkeypatch: pytest.MonkeyPatch) -> None:
    activity = _first_activity(db)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(plan_edit._Change, "record", broken)
    with pytest.raises(RuntimeError):
        plan_edit.rename(db, activity.uuid, "Never stored", "A reason")
    with pytest.raises(RuntimeError):
        plan_edit.set_target(db, activity.uuid, 99, "meetings", False, "A reason")
    after = _first_activity(db)
    assert (after.text, after.target) == (activity.text, activity.target) and _changes(db) == []


def test_plan_edits_travel_from_headquarters_and_a_laptops_are_refused(tmp_path) -> None:
    """The history travels with the plan from headquarters; a laptop's edit and its history row
    are refused at headquarters, like every plan change from a laptop."""
    from cicte_desktop.sync.import_plan import REFUSED_AUTHORITY, plan_import
    from cicte_desktop.sync.package_reader import read_package
    from tests.sync_helpers import close_all, export, make_device, receive

    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    try:
        activity = _first_activity(hq.db)
        plan_edit.rename(hq.db, activity.uuid, "Revised at headquarters", "Committee decision")
        receive(laptop, export(hq, laptop, tmp_path))
        assert _first_activity(laptop.db).text == "Revised at headquarters"
        assert [(r.item, r.reason, r.amendment) for r in plan_reading.history(laptop.db, 2016)] == [
            ("Revised at headquarters", "Committee decision", True)]  # the seed's plan came approved

        plan_edit.rename(laptop.db, activity.uuid, "Renamed on a laptop", "I prefer this")
        path = export(laptop, hq, tmp_path)
        with read_package(path) as package:
            plan = plan_import(hq.db, package)
        assert sorted((t, r) for t, r, _label in plan.refused) == [
            ("plan_change", REFUSED_AUTHORITY), ("planned_activity", REFUSED_AUTHORITY)]
        receive(hq, path)
        assert _first_activity(hq.db).text == "Revised at headquarters"
        assert [r.reason for r in plan_reading.history(hq.db, 2016)] == ["Committee decision"]
    finally:
        close_all(laptop, hq)


def test_half_year_targets_are_set_with_a_reason_and_must_add_up_to_the_target(draft) -> None:
    db = draft
    activity = next(a for a in workplan.get_work_plan(db, 2017).activities() if a.target == 6)
    assert plan_edit.set_target(db, activity.uuid, 6, activity.unit, False, "Split agreed with the donor",
                                first_half=2, second_half=4) == 2
    changes = [c for c in _changes(db) if c[1] == activity.uuid]
    assert [(c[2], c[3], c[4], c[5]) for c in changes] == [
        ("target_first_half", None, "2", "Split agreed with the donor"),
        ("target_second_half", None, "4", "Split agreed with the donor")]
    item = next(i for a in plan_reading.plan_for_editing(db, 2017).items for p in a.children for j in p.children
                for i in j.children if i.uuid == activity.uuid)
    assert (item.target, item.first_half, item.second_half) == (6, 2, 4)
    stored = next(a for a in workplan.get_work_plan(db, 2017).activities() if a.uuid == activity.uuid)
    assert (stored.first_half, stored.second_half) == (2, 4)
    refused = [
        ((6, 2, 3), "add up to 5, not to the target of 6"),
        ((6, 7, None), "cannot be more than the whole target (6)"),
        ((None, 1, None), "give the target as a number first"),
        ((6, -1, None), "from 0 to 1,000,000"),
    ]
    for (quantity, first, second), words in refused:
        with pytest.raises(PlanEditError, match=re.escape(words)):
            plan_edit.set_target(db, activity.uuid, quantity, activity.unit, False, "Try", first_half=first,
                                 second_half=second)
    # The target changed without its halves is refused too: they would no longer add up.
    with pytest.raises(PlanEditError, match=re.escape("add up to 6, not to the target of 8")):
        plan_edit.set_target(db, activity.uuid, 8, activity.unit, False, "More", first_half=2, second_half=4)
    assert len(_changes(db)) == len(changes)  # nothing written by a refusal
    # One half alone is the rest of the target; clearing the halves is recorded too.
    assert plan_edit.set_target(db, activity.uuid, 8, activity.unit, False, "More and earlier", first_half=5) == 3
    assert plan_edit.set_target(db, activity.uuid, 8, activity.unit, False, "Not split", first_half=None) == 1
    last = [c[2:5] for c in _changes(db) if c[1] == activity.uuid][-4:]
    assert last == [("target_quantity", "6", "8"), ("target_first_half", "2", "5"), ("target_second_half", "4", None),
                    ("target_first_half", "5", None)]


def test_move_to_another_parent_offers_the_same_plans_items_of_that_level_not_retired(draft) -> None:
    db = draft
    plan = workplan.get_work_plan(db, 2017)
    area = plan.work_areas[0]
    program, other_program = area.programs[0], area.programs[1]
    project = program.projects[0]
    activity = project.activities[0]
    targets = plan_reading.move_targets(db, activity.uuid)
    projects_2017 = [j.uuid for a in plan.work_areas for p in a.programs for j in p.projects]
    assert [t.uuid for t in targets] == [u for u in projects_2017 if u != project.uuid]  # the plan's order
    assert targets[0].label == f"1.A.2 {program.projects[1].title}"
    assert not set(t.uuid for t in targets) & {j.uuid for a in workplan.get_work_plan(db, 2016).work_areas
                                               for p in a.programs for j in p.projects}  # not another year's
    # A retired project (and what is under a retired program) is not offered, nor accepted.
    used = other_program.projects[0]
    _event_on(db, used.activities[0].uuid)
    assert plan_edit.retire(db, used.uuid, "Finished in 2016")
    assert used.uuid not in [t.uuid for t in plan_reading.move_targets(db, activity.uuid)]
    with pytest.raises(PlanEditError, match="retired"):
        plan_edit.move(db, activity.uuid, "Under the retired project", parent_uuid=used.uuid)
    assert [t.label for t in plan_reading.move_targets(db, project.uuid)][:1] == [f"1.B {other_program.title}"]
    # Moved: last under its new parent, renumbered there, every change in the history with its reason.
    destination = area.programs[2]
    assert plan_edit.move(db, project.uuid, "Belongs with document security", parent_uuid=destination.uuid)
    moved = next(p for a in plan_reading.plan_for_editing(db, 2017).items for p in a.children if p.uuid == destination.uuid)
    assert moved.children[-1].uuid == project.uuid
    assert moved.children[-1].code == str(max(int(j.number) for j in destination.projects if (j.number or "").isdigit()) + 1)
    fields = [c[2] for c in _changes(db) if c[1] == project.uuid and c[5] == "Belongs with document security"]
    assert fields == ["program_uuid", "position", "number"]
    assert plan_reading.move_targets(db, area.uuid) == []  # a work area has one plan to be under
