"""Reading events back as their forms show them (plain SQL, like the window's other reads)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cicte_desktop.db.database import Database
from cicte_desktop.services.events.errors import EventGoneError
from cicte_desktop.services.events.inputs import EVENT_FIELDS, AttachmentInput, EventInput, ParticipantInput


def get_event_inputs(db: Database, event_ids: Sequence[str]) -> dict[str, EventInput]:
    """Many events as their forms show them, in a few queries per 500 (for imports)."""
    result: dict[str, EventInput] = {}
    ids = list(dict.fromkeys(event_ids))
    with db.sql() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = {r[0]: r[1:] for r in conn.execute(
                f"SELECT uuid, {', '.join(EVENT_FIELDS)} FROM event WHERE uuid IN ({marks}) AND NOT deleted", chunk)}
            states: dict[str, list[str]] = {}
            for event_id, iso in conn.execute(
                f"SELECT l.event_uuid, m.iso3 FROM event_member_state l JOIN member_state m ON m.uuid = l.member_state_uuid "
                f"WHERE l.event_uuid IN ({marks}) AND NOT l.deleted ORDER BY m.iso3", chunk):
                states.setdefault(event_id, []).append(iso)
            partners: dict[str, list[str]] = {}
            for event_id, partner in conn.execute(
                f"SELECT event_uuid, partner_uuid FROM event_partner WHERE event_uuid IN ({marks}) AND NOT deleted "
                f"ORDER BY partner_uuid", chunk):
                partners.setdefault(event_id, []).append(partner)
            people: dict[str, list[ParticipantInput]] = {}
            for r in conn.execute(
                f"SELECT event_uuid, uuid, name, sex, institution, country, position_title, email, phone FROM participant "
                f"WHERE event_uuid IN ({marks}) AND NOT deleted ORDER BY rowid", chunk):
                people.setdefault(r[0], []).append(ParticipantInput(*r[1:]))
            files: dict[str, list[AttachmentInput]] = {}
            for r in conn.execute(
                f"SELECT event_uuid, uuid, file_name, sha256, size_bytes, media_type, description FROM attachment "
                f"WHERE event_uuid IN ({marks}) AND NOT deleted ORDER BY rowid", chunk):
                files.setdefault(r[0], []).append(AttachmentInput(*r[1:]))
            for event_id, row in rows.items():
                values = dict(zip(EVENT_FIELDS, row, strict=True))
                for key in ("start_date", "end_date"):
                    values[key] = dt.date.fromisoformat(values[key]) if values[key] else None
                values["follow_up_needed"] = bool(values["follow_up_needed"])
                result[event_id] = EventInput(
                    **values, member_states=tuple(states.get(event_id, ())), partners=tuple(partners.get(event_id, ())),
                    participants=tuple(people.get(event_id, ())), attachments=tuple(files.get(event_id, ())))
    return result


def get_event_input(db: Database, event_id: str) -> EventInput:
    """An event as its form shows it (plain SQL)."""
    with db.sql() as conn:
        row = conn.execute(f"SELECT {', '.join(EVENT_FIELDS)} FROM event WHERE uuid = ? AND NOT deleted",
                           (event_id,)).fetchone()
        if row is None:
            raise EventGoneError(event_id)
        values = dict(zip(EVENT_FIELDS, row, strict=True))
        states = tuple(iso for (iso,) in conn.execute(
            "SELECT m.iso3 FROM event_member_state l JOIN member_state m ON m.uuid = l.member_state_uuid "
            "WHERE l.event_uuid = ? AND NOT l.deleted ORDER BY m.iso3", (event_id,)))
        partners = tuple(p for (p,) in conn.execute(
            "SELECT partner_uuid FROM event_partner WHERE event_uuid = ? AND NOT deleted ORDER BY partner_uuid",
            (event_id,)))
        people = tuple(ParticipantInput(*r) for r in conn.execute(
            "SELECT uuid, name, sex, institution, country, position_title, email, phone FROM participant "
            "WHERE event_uuid = ? AND NOT deleted ORDER BY rowid", (event_id,)))
        files = tuple(AttachmentInput(*r) for r in conn.execute(
            "SELECT uuid, file_name, sha256, size_bytes, media_type, description FROM attachment "
            "WHERE event_uuid = ? AND NOT deleted ORDER BY rowid", (event_id,)))
    for key in ("start_date", "end_date"):
        values[key] = dt.date.fromisoformat(values[key]) if values[key] else None
    values["follow_up_needed"] = bool(values["follow_up_needed"])
    return EventInput(**values, member_states=states, partners=partners, participants=people, attachments=files)
