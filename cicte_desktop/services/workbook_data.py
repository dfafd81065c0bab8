"""What the Excel workbook for member-state reporting lists, read from the database: the events
and their participants as plain records, the plan year of each planned activity, events and
participants by member state. The workbook (``exports.xlsx``) turns them into sheets; every
query is here, the events selected by ``figures.events_from``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from cicte_desktop.db.database import Database
from cicte_desktop.services import figures, reference, sql_parts


class EventRecord(NamedTuple):
    """An event as the Events sheet lists it: its member states and partners joined by "; "."""
    uuid: str
    activity_uuid: str | None
    event_type: str
    title: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    modality: str | None
    member_states: str  # names in the export's language and its order, "; " between them
    venue: str | None
    city: str | None
    partners: str  # acronyms (or names), "; " between them
    lead_trainer: str | None
    experts: str | None
    funding_source: str | None
    women: int | None
    men: int | None
    sex_not_recorded: int | None
    participants_total: int | None
    institutions: int | None
    units: int | None
    satisfaction: float | None
    pretest_average: float | None
    posttest_average: float | None
    follow_up_needed: bool
    follow_up_notes: str | None
    outcomes: str | None
    notes: str | None


class ParticipantRecord(NamedTuple):
    event_uuid: str
    event_title: str
    start_date: dt.date | None
    name: str | None
    sex: str | None  # "F", "M" or None
    institution: str | None
    country: str | None
    position_title: str | None
    email: str | None
    phone: str | None


class StateActivityCount(NamedTuple):
    """Events (any status) and participants (completed events) of one member state and planned activity."""
    iso3: str
    activity_uuid: str
    events: int
    women: int
    men: int


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def count_events(db: Database, event_filter: figures.EventFilter, scope: Sequence[str] | None) -> int:
    """How many events the filter keeps (among the activities of ``scope`` unless it is None)."""
    from_sql, params = figures.events_from(event_filter, scope)
    with db.sql() as conn:
        return conn.execute(f"SELECT count(*) {from_sql}", params).fetchone()[0]


def activity_plan_years(db: Database) -> dict[str, int]:
    """The plan year of every planned activity (a few hundred per plan)."""
    with db.sql() as conn:
        return dict(conn.execute(
            "SELECT t.uuid, w.year FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid "
            "JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON a.uuid = p.work_area_uuid "
            "JOIN work_plan w ON w.uuid = a.work_plan_uuid"))


def event_records(db: Database, event_filter: figures.EventFilter,
                  scope: Sequence[str] | None) -> Iterator[EventRecord]:
    """The events the filter keeps, by start date and title, one at a time (an export of many
    thousands holds one in memory)."""
    from_sql, params = figures.events_from(event_filter, scope)
    names = member_state_names(db)
    order = {iso3: position for position, iso3 in enumerate(names)}

    def states(codes: str | None) -> str:
        return "; ".join(names.get(iso3, iso3) for iso3 in sorted((codes or "").split(), key=lambda c: order.get(c, -1)))

    event_states, partners = sql_parts.event_states(db.dialect), sql_parts.event_partners(db.dialect, "'; '")
    sql = (f"SELECT e.uuid, e.activity_uuid, e.event_type, e.title, e.status, e.start_date, e.end_date, e.modality, "
           f"{event_states}, e.venue, e.city, {partners}, e.lead_trainer, e.experts, e.funding_source, e.women, e.men, "
           f"e.sex_not_recorded, e.participants_total, e.institutions, e.units, e.satisfaction, e.pretest_average, "
           f"e.posttest_average, e.follow_up_needed, e.follow_up_notes, e.outcomes, e.notes "
           f"{from_sql} ORDER BY e.start_date, e.title, e.uuid")
    with db.sql() as conn:
        for r in conn.execute(sql, params):
            yield EventRecord(r[0], r[1], r[2], r[3], r[4], _date(r[5]), _date(r[6]), r[7], states(r[8]), r[9], r[10],
                              r[11] or "", *r[12:24], bool(r[24]), r[25], r[26], r[27])


def participant_records(db: Database, event_filter: figures.EventFilter,
                        scope: Sequence[str] | None) -> Iterator[ParticipantRecord]:
    """The participants of the events the filter keeps, by event (start date) and as entered."""
    from_sql, params = figures.events_from(
        event_filter, scope, joins="JOIN participant p ON p.event_uuid = e.uuid AND NOT p.deleted")
    with db.sql() as conn:
        for r in conn.execute(
            f"SELECT e.uuid, e.title, e.start_date, p.name, p.sex, p.institution, p.country, p.position_title, p.email, "
            f"p.phone {from_sql} ORDER BY e.start_date, e.uuid, p.rowid", params,
        ):
            yield ParticipantRecord(r[0], r[1], _date(r[2]), *r[3:])


def member_state_names(db: Database) -> dict[str, str]:
    """ISO3 code -> name of every member state in the export's language, in its alphabetical order."""
    return reference.member_state_names_in(db)


def state_activity_counts(db: Database, date_from: dt.date | None, date_to: dt.date | None,
                          activity_uuids: Sequence[str]) -> list[StateActivityCount]:
    """Per member state and planned activity (of ``activity_uuids``) in the period: the events
    that served that state (an event serving several counts for each) and, of the completed
    ones, the women and men."""
    from_sql, params = figures.events_from(
        figures.EventFilter(None, date_from, date_to), activity_uuids,
        joins="JOIN event_member_state l ON l.event_uuid = e.uuid AND NOT l.deleted "
              "JOIN member_state m ON m.uuid = l.member_state_uuid")
    with db.sql() as conn:
        return [StateActivityCount(iso, activity, events, women or 0, men or 0) for iso, activity, events, women, men
                in conn.execute(
                    f"SELECT m.iso3, e.activity_uuid, count(*), sum(CASE WHEN e.status = 'completed' THEN e.women END), "
                    f"sum(CASE WHEN e.status = 'completed' THEN e.men END) {from_sql} GROUP BY m.iso3, e.activity_uuid",
                    params)]
