"""Form drafts: what an event's form holds, kept locally so that a crash or a dead battery loses
nothing (never synchronised). On headquarters' server, where every manager's drafts are in one
table, each person sees and discards only their own (the id carries who, on which computer)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cicte_desktop.db.database import Database
from cicte_desktop.services.events.inputs import EventInput


@dataclass(frozen=True)
class Draft:
    id: str
    event_uuid: str | None
    title: str
    saved_at: dt.datetime
    event: EventInput


def _owner() -> str:
    """Who is typing, on which computer: a server's drafts are theirs alone."""
    import getpass
    import platform

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for the account (a container, a service)
        user = "?"
    return f"{user}@{platform.node()}"


def _mark() -> str:
    """The first 8 characters of this person's draft ids on a server (a digest of who they are:
    an id holds 36 characters, a uuid's length)."""
    import hashlib

    return hashlib.sha256(_owner().encode()).hexdigest()[:8]


def _key(db: Database, draft_id: str) -> str:
    """The id a draft is kept under: as given on a file; on a server, with this person's mark
    instead of its first 8 characters (the same id again for an id so marked)."""
    return draft_id if db.dialect == "sqlite" else _mark() + draft_id[8:]


def save_draft(db: Database, draft_id: str, event_uuid: str | None, event: EventInput) -> None:
    """Keep what a form holds, so that a crash or a dead battery loses nothing."""
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    db.write_local(
        "INSERT INTO event_draft (id, event_uuid, activity_uuid, title, payload, saved_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, title = excluded.title, "
        "activity_uuid = excluded.activity_uuid, saved_at = excluded.saved_at",
        (_key(db, draft_id), event_uuid, event.activity_uuid, event.title, event.to_json(), now),
    )


def discard_draft(db: Database, draft_id: str) -> None:
    db.write_local("DELETE FROM event_draft WHERE id = ?", (_key(db, draft_id),))


def drafts(db: Database) -> list[Draft]:
    mine = "" if db.dialect == "sqlite" else _mark()
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT id, event_uuid, coalesce(title, ''), saved_at, payload FROM event_draft "
            "WHERE substr(id, 1, ?) = ? ORDER BY saved_at DESC", (len(mine), mine)
        ).fetchall()
    result = []
    for draft_id, event_uuid, title, saved_at, payload in rows:
        try:
            event = EventInput.from_json(payload)
        except (ValueError, TypeError, KeyError):
            continue  # unreadable (written by another version): never block the start-up
        result.append(Draft(draft_id, event_uuid, title,
                            dt.datetime.strptime(saved_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc),
                            event))
    return result
