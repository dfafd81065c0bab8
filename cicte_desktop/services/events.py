"""Reading one logged event with everything attached to it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cicte_desktop.db.database import Database


@dataclass(frozen=True)
class EventDetails:
    uuid: str
    activity_uuid: str
    activity_path: str  # "1. Border Controls > A. Maritime Security > 2. ... > 3 Exercises"
    event_type: str
    title: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    modality: str | None
    venue: str | None
    city: str | None
    member_states: tuple[str, ...]  # names
    partners: tuple[str, ...]
    lead_trainer: str | None
    experts: str | None
    funding_source: str | None
    women: int
    men: int
    sex_not_recorded: int
    participants_total: int
    institutions: int | None
    units: int
    outcomes: str | None
    notes: str | None
    follow_up_needed: bool
    follow_up_notes: str | None
    satisfaction: float | None
    pretest_average: float | None
    posttest_average: float | None
    roster_size: int
    attachments: int
    updated_at: dt.datetime


class EventNotFoundError(LookupError):
    pass


_EVENT_COLUMNS = (
    "uuid", "activity_uuid", "event_type", "title", "status", "start_date", "end_date", "modality", "venue", "city",
    "lead_trainer", "experts", "funding_source", "women", "men", "sex_not_recorded", "participants_total",
    "institutions", "units", "outcomes", "notes", "follow_up_needed", "follow_up_notes", "satisfaction",
    "pretest_average", "posttest_average", "updated_at",
)


def get_event(db: Database, uuid: str) -> EventDetails:
    with db.sql() as conn:
        row = conn.execute(f"SELECT {', '.join(_EVENT_COLUMNS)} FROM event WHERE uuid = ? AND NOT deleted",
                           (uuid,)).fetchone()
        if row is None:
            raise EventNotFoundError(uuid)
        values = dict(zip(_EVENT_COLUMNS, row, strict=True))
        path = conn.execute(
            "SELECT a.number || '. ' || a.title, p.letter || '. ' || p.title, "
            "coalesce(j.number || '. ', '') || j.title, t.text FROM planned_activity t "
            "JOIN project j ON j.uuid = t.project_uuid JOIN program p ON p.uuid = j.program_uuid "
            "JOIN work_area a ON a.uuid = p.work_area_uuid WHERE t.uuid = ?", (values["activity_uuid"],),
        ).fetchone()
        states = [n for (n,) in conn.execute(
            "SELECT m.name FROM event_member_state l JOIN member_state m ON m.uuid = l.member_state_uuid "
            "WHERE l.event_uuid = ? AND NOT l.deleted ORDER BY m.name", (uuid,))]
        partners = [n for (n,) in conn.execute(
            "SELECT o.name FROM event_partner l JOIN partner_organization o ON o.uuid = l.partner_uuid "
            "WHERE l.event_uuid = ? AND NOT l.deleted ORDER BY o.name", (uuid,))]
        roster = conn.execute("SELECT count(*) FROM participant WHERE event_uuid = ? AND NOT deleted",
                              (uuid,)).fetchone()[0]
        files = conn.execute("SELECT count(*) FROM attachment WHERE event_uuid = ? AND NOT deleted",
                             (uuid,)).fetchone()[0]
    for key in ("start_date", "end_date"):
        values[key] = dt.date.fromisoformat(values[key]) if values[key] else None
    values["updated_at"] = dt.datetime.strptime(values["updated_at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=dt.timezone.utc)
    values["follow_up_needed"] = bool(values["follow_up_needed"])
    return EventDetails(**values, activity_path=" > ".join(path) if path else "", member_states=tuple(states),
                        partners=tuple(partners), roster_size=roster, attachments=files)
