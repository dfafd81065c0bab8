"""What the PDF reports list: the events delivered (completed) under a filter, who took part
where, and an event's roster for certificates. No Qt widgets; plain SQL like ``figures``.

The figures of the summaries (targets, achieved, participants, member states reached) come
from ``figures`` itself, so a report says what the window and the workbook say.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cicte_desktop.db.database import Database
from cicte_desktop.services import figures, reference, sql_parts
from cicte_desktop.services.events import reading


@dataclass(frozen=True)
class DeliveredEvent:
    """A completed event as a report lists it (no participants' names: counts only)."""

    uuid: str
    activity_uuid: str
    start_date: dt.date | None
    end_date: dt.date | None
    event_type: str
    title: str
    member_states: tuple[str, ...]  # ISO3, alphabetical
    venue: str | None
    city: str | None
    modality: str | None
    women: int
    men: int
    sex_not_recorded: int
    partners: tuple[str, ...]  # acronyms (or names), alphabetical


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def delivered_events(db: Database, event_filter: figures.EventFilter,
                     activity_uuids: Sequence[str] | None = None) -> dict[str, list[DeliveredEvent]]:
    """Completed events the filter keeps, by planned activity, each list by date then title."""
    completed = figures.EventFilter(event_filter.member_state, event_filter.date_from, event_filter.date_to,
                                    event_filter.event_type, "completed")
    from_sql, params = figures.events_from(completed, activity_uuids)
    states = sql_parts.event_states(db.dialect)
    partners = sql_parts.event_partners(db.dialect, sql_parts.UNIT_SEPARATOR)
    sql = (f"SELECT e.uuid, e.activity_uuid, e.start_date, e.end_date, e.event_type, e.title, {states}, e.venue, "
           f"e.city, e.modality, e.women, e.men, e.sex_not_recorded, {partners} {from_sql} "
           f"ORDER BY e.activity_uuid, e.start_date, e.title, e.uuid")
    result: dict[str, list[DeliveredEvent]] = {}
    with db.sql() as conn:
        for r in conn.execute(sql, params):
            result.setdefault(r[1], []).append(DeliveredEvent(
                r[0], r[1], _date(r[2]), _date(r[3]), r[4], r[5], tuple((r[6] or "").split()), r[7], r[8], r[9],
                r[10] or 0, r[11] or 0, r[12] or 0, tuple(r[13].split("\x1f")) if r[13] else ()))
    return result


@dataclass(frozen=True)
class Participation:
    events: int  # completed events
    participants: int  # their participants, women, men and not recorded


def participation_by_state(db: Database, event_filter: figures.EventFilter,
                           area_of: dict[str, str]) -> dict[tuple[str, str], Participation]:
    """(member state ISO3, work-area number) -> completed events and their participants.

    ``area_of`` maps each planned activity's uuid to its work area's number; events of other
    activities are left out. An event serving several member states counts for each.
    """
    completed = figures.EventFilter(None, event_filter.date_from, event_filter.date_to, event_filter.event_type,
                                    "completed")
    from_sql, params = figures.events_from(
        completed, list(area_of), joins="JOIN event_member_state l ON l.event_uuid = e.uuid AND NOT l.deleted "
                                        "JOIN member_state m ON m.uuid = l.member_state_uuid")
    totals: dict[tuple[str, str], list[int]] = {}
    with db.sql() as conn:
        for iso, activity, events, people in conn.execute(
            f"SELECT m.iso3, e.activity_uuid, count(*), "
            f"coalesce(sum(e.women + e.men + e.sex_not_recorded), 0) {from_sql} GROUP BY m.iso3, e.activity_uuid",
            params,
        ):
            key = (iso, area_of[activity])
            counts = totals.setdefault(key, [0, 0])
            counts[0] += events
            counts[1] += people
    return {key: Participation(*counts) for key, counts in totals.items()}


class NoParticipantsError(LookupError):
    """The event has no list of participants: there is nobody to print a certificate for."""


@dataclass(frozen=True)
class CertificateEvent:
    uuid: str
    title: str
    event_type: str
    start_date: dt.date | None
    end_date: dt.date | None
    venue: str | None
    city: str | None
    modality: str | None
    member_states: tuple[str, ...]  # names
    participants: tuple[str, ...]  # names, in the roster's order


def certificate_event(db: Database, event_id: str) -> CertificateEvent:
    """The event and its roster's names; ``EventGoneError`` for an unknown (or deleted) event,
    ``NoParticipantsError`` when nobody is on its roster."""
    event = reading.get_event_input(db, event_id)
    names = tuple(p.name.strip() for p in event.participants if p.name.strip())
    if not names:
        raise NoParticipantsError(event_id)
    by_iso = reference.member_state_names_in(db)
    return CertificateEvent(event_id, event.title, event.event_type, event.start_date, event.end_date, event.venue,
                            event.city, event.modality, tuple(by_iso.get(iso, iso) for iso in event.member_states),
                            names)


@dataclass(frozen=True)
class RosterEvent:
    uuid: str
    start_date: dt.date | None
    title: str
    participants: int  # names on the roster


def events_with_rosters(db: Database, event_filter: figures.EventFilter) -> list[RosterEvent]:
    """Events the filter keeps that have people on their roster (for certificates), newest first."""
    from_sql, params = figures.events_from(event_filter, None, where=[
        "EXISTS (SELECT 1 FROM participant p WHERE p.event_uuid = e.uuid AND NOT p.deleted)"])
    sql = (f"SELECT e.uuid, e.start_date, e.title, (SELECT count(*) FROM participant p WHERE p.event_uuid = e.uuid "
           f"AND NOT p.deleted) AS people {from_sql} ORDER BY e.start_date DESC, e.title, e.uuid")
    with db.sql() as conn:
        return [RosterEvent(uuid, _date(start), title, people) for uuid, start, title, people in conn.execute(sql, params)]
