"""Personal data of participants: names, e-mails and phones can be removed from older events,
keeping the counts by sex and the rest of the roster. No Qt widgets."""

from __future__ import annotations

import datetime as dt

from cicte_desktop.db.database import Database


#: What stands for a removed name (a person stays on the roster, counted, without a name).
REMOVED = "—"


def purge_personal_data(db: Database, ended_before: dt.date) -> int:
    """Remove the names, e-mails and phones of the participants (removed ones included) of events
    that started before ``ended_before``; returns how many people were affected. One
    transaction, audited per event. Drafts and attached files are not touched (see the README)."""
    from sqlalchemy import select

    from cicte_desktop.db import models as m
    from cicte_desktop.services.event_log import _audit

    with db.write() as s:
        rows = s.execute(
            select(m.Participant, m.Event.uuid).join(m.Event, m.Event.uuid == m.Participant.event_uuid)
            .where(m.Event.start_date < ended_before,
                   (m.Participant.name != REMOVED) | m.Participant.email.is_not(None) | m.Participant.phone.is_not(None))
        ).all()
        events: dict[str, int] = {}
        for participant, event_id in rows:
            participant.name, participant.email, participant.phone = REMOVED, None, None
            events[event_id] = events.get(event_id, 0) + 1
        for event_id, count in events.items():
            s.add(_audit(s, "event", event_id, "personal data", f"{count} people", "removed",
                         f"Personal data of participants removed (events before {ended_before.isoformat()})"))
    return len(rows)
