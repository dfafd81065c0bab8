"""Logging events through the services, without Qt widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from cicte_desktop.services import figures
from cicte_desktop.services.events import audit, drafts, errors, periods, reading, validation, writing
from cicte_desktop.db import ids
from cicte_desktop.services.events.inputs import EventInput, ParticipantInput
from tests.helpers import activity_uuid, connect_to

D = dt.date


def _event(db, **changes) -> EventInput:
    base = EventInput(
        activity_uuid=activity_uuid(db, "3 Exercises"), event_type="exercise", title="Maritime CME Kingston",
        status="completed", start_date=D(2016, 3, 14), end_date=D(2016, 3, 15), member_states=("JAM",),
        women=10, men=14, participants_total=24, venue="Port Royal", city="Kingston",
        participants=(ParticipantInput(None, "Ana Pérez", "F", "Coast Guard", "Jamaica"),),
    )
    return dataclasses.replace(base, **changes)


def test_log_event_saves_everything_in_one_go(db) -> None:
    event_id = writing.log_event(db, _event(db), plan_year=2016)
    saved = reading.get_event_input(db, event_id)
    assert saved.title == "Maritime CME Kingston" and saved.member_states == ("JAM",)
    assert [p.name for p in saved.participants] == ["Ana Pérez"]
    achieved = figures.activity_figures(db, figures.EventFilter.for_year(2016))
    assert achieved[saved.activity_uuid] == figures.ActivityFigures(1, 1)


@pytest.mark.parametrize(("changes", "field_name", "words"), [
    ({"title": "  "}, "title", "title"),
    ({"start_date": None}, "start_date", "start date"),
    ({"end_date": D(2016, 3, 1)}, "end_date", "before the start"),
    ({"member_states": ()}, "member_states", "member state"),
    ({"women": -1, "participants_total": 13}, "women", "negative"),
    ({"participants_total": 30}, "participants_total", "not the sum"),
    ({"satisfaction": 7.0}, "satisfaction", "between 1 and 5"),
    ({"participants": (ParticipantInput(None, " "),)}, "participants", "needs a name"),
])
def test_bad_input_is_refused_with_the_reason(db, changes, field_name, words) -> None:
    event = _event(db, **changes)
    problems = [p for p in validation.validate(event, 2016) if p.blocking]
    assert any(p.field == field_name and words in p.message for p in problems), problems
    with pytest.raises(errors.ValidationError):
        writing.log_event(db, event, 2016)
    assert connect_to(db).execute("SELECT count(*) FROM event").fetchone() == (0,)


def test_a_date_outside_the_plan_year_is_only_a_warning(db) -> None:
    event = _event(db, start_date=D(2017, 2, 1), end_date=D(2017, 2, 1))
    problems = validation.validate(event, 2016)
    assert [(p.field, p.blocking) for p in problems] == [("start_date", False)]
    writing.log_event(db, event, 2016)


def test_editing_a_completed_event_needs_a_reason_and_is_audited(db) -> None:
    event_id = writing.log_event(db, _event(db))
    roster = reading.get_event_input(db, event_id).participants  # as the form carries it, with identities
    edited = _event(db, women=12, participants_total=26, member_states=("JAM", "TTO"), participants=roster)
    with pytest.raises(errors.ReasonRequiredError):
        writing.update_event(db, event_id, edited)
    changed = writing.update_event(db, event_id, edited, reason="Attendance list corrected")
    assert set(changed) == {"women", "participants_total", "member_states"}
    entries = {e.field: e for e in audit.history(db, event_id) if e.field != "created"}
    assert (entries["women"].old_value, entries["women"].new_value) == ("10", "12")
    assert entries["member_states"].new_value == "JAM TTO"
    assert all(e.reason == "Attendance list corrected" for e in entries.values())
    assert reading.get_event_input(db, event_id).member_states == ("JAM", "TTO")
    # A planned event can be edited without a reason.
    planned = writing.log_event(db, _event(db, status="planned", start_date=D(2016, 11, 1),
                                             end_date=D(2016, 11, 2), women=0, men=0, participants_total=0))
    renamed = dataclasses.replace(reading.get_event_input(db, planned), title="Renamed")
    assert writing.update_event(db, planned, renamed) == ["title"]


def test_roster_edits_keep_identities(db) -> None:
    event_id = writing.log_event(db, _event(db))
    ana = reading.get_event_input(db, event_id).participants[0]
    people = (dataclasses.replace(ana, institution="Jamaica Defence Force"), ParticipantInput(None, "John Brown", "M"))
    writing.update_event(db, event_id, _event(db, participants=people), reason="Roster completed")
    saved = reading.get_event_input(db, event_id).participants
    assert [(p.uuid == ana.uuid, p.name, p.institution) for p in saved] == [
        (True, "Ana Pérez", "Jamaica Defence Force"), (False, "John Brown", None)]
    writing.update_event(db, event_id, _event(db, participants=saved[1:]), reason="Ana did not attend")
    assert [p.name for p in reading.get_event_input(db, event_id).participants] == ["John Brown"]
    conn = connect_to(db)
    assert conn.execute("SELECT deleted FROM participant WHERE uuid = ?", (ana.uuid,)).fetchone() == (1,)


def test_delete_and_undo(db) -> None:
    event_id = writing.log_event(db, _event(db))
    activity = reading.get_event_input(db, event_id).activity_uuid
    writing.delete_event(db, event_id)
    assert activity not in figures.activity_figures(db, figures.EventFilter.for_year(2016))
    assert connect_to(db).execute("SELECT deleted FROM event WHERE uuid = ?", (event_id,)).fetchone() == (1,)
    with pytest.raises(errors.EventGoneError):
        reading.get_event_input(db, event_id)
    writing.restore_event(db, event_id)
    assert figures.activity_figures(db, figures.EventFilter.for_year(2016))[activity].achieved == 1
    assert [e.field for e in audit.history(db, event_id)] == ["deleted", "deleted", "created"]


def test_duplicate_keeps_what_repeats(db) -> None:
    event_id = writing.log_event(db, _event(db, partners=()))
    copy = writing.duplicate_event(db, event_id)
    assert (copy.title, copy.activity_uuid, copy.member_states, copy.venue) == (
        "Maritime CME Kingston", _event(db).activity_uuid, ("JAM",), "Port Royal")
    assert (copy.status, copy.start_date, copy.participants, copy.participants_total) == ("planned", None, (), 0)


def test_a_locked_period_refuses_changes_until_unlocked(db) -> None:
    event_id = writing.log_event(db, _event(db))
    with pytest.raises(errors.ReasonRequiredError):
        periods.set_period_lock(db, 2016, 1, True, "")
    periods.set_period_lock(db, 2016, 1, True, "Reported to member states, July 2016")
    with pytest.raises(errors.PeriodLockedError, match="January-June 2016"):
        writing.update_event(db, event_id, _event(db, title="Changed"), reason="late change")
    with pytest.raises(errors.PeriodLockedError):
        writing.delete_event(db, event_id)
    with pytest.raises(errors.PeriodLockedError):
        writing.log_event(db, _event(db, title="Late entry"))
    writing.log_event(db, _event(db, start_date=D(2016, 8, 1), end_date=D(2016, 8, 1)))  # July-December is open
    periods.set_period_lock(db, 2016, 1, False, "Correction requested by headquarters")
    writing.update_event(db, event_id, _event(db, title="Changed"), reason="late change")
    lock_history = audit.history(db, ids.stable_id("period-lock:2016-H1"))
    assert [e.reason for e in lock_history] == ["Correction requested by headquarters",
                                                "Reported to member states, July 2016"]


def test_drafts_survive_and_go_away(db) -> None:
    event = _event(db, title="Half-typed workshop")
    drafts.save_draft(db, "draft-1", None, event)
    drafts.save_draft(db, "draft-1", None, dataclasses.replace(event, title="Half-typed workshop, more"))
    (draft,) = drafts.drafts(db)
    assert draft.title == "Half-typed workshop, more" and draft.event.participants == event.participants
    assert draft.event.start_date == D(2016, 3, 14)
    drafts.discard_draft(db, "draft-1")
    assert drafts.drafts(db) == []


def test_roster_and_partner_edits_with_the_same_counts_are_saved_and_audited(db) -> None:
    from cicte_desktop.services.reference import partners

    directory = partners(db)
    event_id = writing.log_event(db, _event(db, partners=(directory[3].uuid,)))
    ana = reading.get_event_input(db, event_id).participants[0]
    edited = _event(db, partners=(directory[4].uuid,),
                    participants=(dataclasses.replace(ana, institution="Jamaica Defence Force"),))
    assert set(writing.update_event(db, event_id, edited, reason="Corrected")) == {"partners", "participants"}
    saved = reading.get_event_input(db, event_id)
    assert saved.partners == (directory[4].uuid,) and saved.participants[0].institution == "Jamaica Defence Force"
