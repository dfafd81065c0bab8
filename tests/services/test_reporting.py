"""services/reporting.py on a small database built here: what the PDF reports list (the events
delivered, participation by member state and work area, certificates' rosters)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from cicte_desktop.db import models as m
from cicte_desktop.services import reporting, workplan
from cicte_desktop.services.events.errors import EventGoneError
from cicte_desktop.services.figures import EventFilter
from tests.helpers import add_event

D = dt.date


@pytest.fixture
def plan(db):
    """Two activities of the first work area and one of the second: (area numbers, activity uuids)."""
    work_plan = workplan.get_work_plan(db, 2016)
    first, second = work_plan.work_areas[:2]
    ones = [a for p in first.programs for pj in p.projects for a in pj.activities]
    twos = [a for p in second.programs for pj in p.projects for a in pj.activities]
    return (first.number, second.number), (ones[0].uuid, ones[1].uuid, twos[0].uuid)


def _partner(db, name: str, acronym: str | None) -> str:
    partner_id = str(uuid.uuid4())
    with db.write() as s:
        s.add(m.PartnerOrganization(uuid=partner_id, name=name, acronym=acronym, category="ngo", position=900))
    return partner_id


def _link_partner(db, event_id: str, partner_id: str) -> None:
    with db.write() as s:
        s.add(m.EventPartner(uuid=str(uuid.uuid4()), event_uuid=event_id, partner_uuid=partner_id))


def _roster(db, event_id: str, *names: str, deleted: tuple[str, ...] = ()) -> None:
    with db.write() as s:
        for name in names:
            s.add(m.Participant(uuid=str(uuid.uuid4()), event_uuid=event_id, name=name, sex="F",
                                deleted=name in deleted))


def test_delivered_events_are_the_completed_ones_by_activity_then_date_and_title(db, plan) -> None:
    _areas, (a1, a2, b1) = plan
    later = add_event(db, a1, title="Border workshop", start=D(2016, 5, 2), states=("TTO", "JAM"), women=4, men=6,
                      venue="Hilton", city="Kingston")
    earlier = add_event(db, a1, title="Aviation course", start=D(2016, 3, 1), women=1, men=2)
    same_day = add_event(db, a1, title="A same-day briefing", start=D(2016, 5, 2))
    other = add_event(db, b1, title="Cyber drill", start=D(2016, 4, 4), states=("BRB",), event_type="exercise")
    add_event(db, a2, title="Still planned", start=D(2016, 4, 1), status="planned")
    _link_partner(db, later, _partner(db, "United Nations Office on Drugs and Crime", "UNODC"))
    _link_partner(db, later, _partner(db, "Airports Council", None))

    delivered = reporting.delivered_events(db, EventFilter())

    assert set(delivered) == {a1, b1}  # the planned event is not delivered
    assert [e.uuid for e in delivered[a1]] == [earlier, same_day, later]
    border = delivered[a1][2]
    assert (border.title, border.start_date, border.end_date, border.event_type) == (
        "Border workshop", D(2016, 5, 2), D(2016, 5, 2), "workshop")
    assert border.member_states == ("JAM", "TTO")  # alphabetical
    assert border.partners == ("Airports Council", "UNODC")  # acronym where there is one, alphabetical
    assert (border.women, border.men, border.sex_not_recorded, border.venue, border.city) == (4, 6, 0, "Hilton",
                                                                                              "Kingston")
    assert delivered[b1][0].uuid == other and delivered[b1][0].partners == ()


def test_delivered_events_follow_the_filter_and_the_activities_asked_for(db, plan) -> None:
    _areas, (a1, _a2, b1) = plan
    jamaica = add_event(db, a1, title="Jamaica only", start=D(2016, 2, 1), states=("JAM",))
    add_event(db, a1, title="Barbados only", start=D(2016, 2, 2), states=("BRB",))
    add_event(db, b1, title="Jamaica, other area", start=D(2016, 8, 1), states=("JAM",))
    add_event(db, a1, title="Last year", start=D(2015, 6, 1), states=("JAM",))

    first_half = EventFilter("JAM", D(2016, 1, 1), D(2016, 6, 30))
    assert {a: [e.uuid for e in rows] for a, rows in reporting.delivered_events(db, first_half).items()} == {
        a1: [jamaica]}
    assert reporting.delivered_events(db, EventFilter("JAM", D(2016, 1, 1), D(2016, 12, 31)), [b1]).keys() == {b1}
    assert reporting.delivered_events(db, EventFilter(event_type="exercise")) == {}


def test_participation_counts_an_event_for_each_member_state_it_served(db, plan) -> None:
    (one, two), (a1, a2, b1) = plan
    add_event(db, a1, title="Two states", start=D(2016, 3, 1), states=("JAM", "TTO"), women=3, men=2)
    add_event(db, a2, title="Jamaica again", start=D(2016, 4, 1), states=("JAM",), women=1, men=1)
    add_event(db, b1, title="Other area", start=D(2016, 5, 1), states=("JAM",), women=0, men=7)
    add_event(db, a1, title="Not yet", start=D(2016, 6, 1), states=("JAM",), women=50, status="planned")
    add_event(db, a1, title="Next year", start=D(2017, 1, 10), states=("JAM",), women=9)
    area_of = {a1: one, a2: one, b1: two}

    found = reporting.participation_by_state(db, EventFilter(None, D(2016, 1, 1), D(2016, 12, 31)), area_of)

    assert found == {
        ("JAM", one): reporting.Participation(2, 7),
        ("TTO", one): reporting.Participation(1, 5),
        ("JAM", two): reporting.Participation(1, 7),
    }
    # Activities left out of ``area_of`` are left out of the counts.
    only_first = reporting.participation_by_state(db, EventFilter(None, D(2016, 1, 1), D(2016, 12, 31)), {a1: one})
    assert only_first == {("JAM", one): reporting.Participation(1, 5), ("TTO", one): reporting.Participation(1, 5)}


def test_a_certificate_names_the_roster_and_the_member_states(db, plan) -> None:
    _areas, (a1, _a2, _b1) = plan
    event = add_event(db, a1, title="Aviation security course", start=D(2016, 3, 7), states=("TTO", "JAM"),
                      venue="Port of Spain Hilton", city="Port of Spain")
    _roster(db, event, "Ana Pérez", "  ", "John Smith", "Left early", deleted=("Left early",))

    found = reporting.certificate_event(db, event)

    assert found.participants == ("Ana Pérez", "John Smith")  # blank and deleted names are nobody
    assert (found.title, found.event_type, found.start_date, found.city) == (
        "Aviation security course", "workshop", D(2016, 3, 7), "Port of Spain")
    assert sorted(found.member_states) == ["Jamaica", "Trinidad and Tobago"]


def test_no_certificate_without_a_roster_or_an_event(db, plan) -> None:
    _areas, (a1, _a2, _b1) = plan
    empty = add_event(db, a1, title="Nobody listed", start=D(2016, 3, 7))
    with pytest.raises(reporting.NoParticipantsError):
        reporting.certificate_event(db, empty)
    with pytest.raises(EventGoneError):
        reporting.certificate_event(db, str(uuid.uuid4()))


def test_events_with_rosters_newest_first_with_their_head_count(db, plan) -> None:
    _areas, (a1, _a2, _b1) = plan
    old = add_event(db, a1, title="Old course", start=D(2016, 2, 1))
    new = add_event(db, a1, title="New course", start=D(2016, 9, 1), states=("BRB",))
    add_event(db, a1, title="No roster", start=D(2016, 10, 1))
    _roster(db, old, "A", "B", "C", "Gone", deleted=("Gone",))
    _roster(db, new, "D")

    assert reporting.events_with_rosters(db, EventFilter()) == [
        reporting.RosterEvent(new, D(2016, 9, 1), "New course", 1),
        reporting.RosterEvent(old, D(2016, 2, 1), "Old course", 3),
    ]
    assert [e.uuid for e in reporting.events_with_rosters(db, EventFilter(member_state="JAM"))] == [old]
