"""Personal data of participants: names, e-mails and phones can be removed from older events,
keeping the counts by sex and the rest of the roster. No Qt widgets."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.cancel import ProgressCallback, check
from cicte_desktop.db import driver_sql
from cicte_desktop.db.connection import BUSY_TIMEOUT_MS
from cicte_desktop.db.database import Database

log = logging.getLogger(__name__)

#: What stands for a removed name (a person stays on the roster, counted, without a name).
REMOVED = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


class PurgeIncompleteError(Exception):
    """The personal data were removed from the records, but the database file could not be
    rebuilt: copies may remain in its free space until the next purge. The message says why."""

    def __init__(self, count: int, message: str) -> None:
        super().__init__(message)
        self.count = count


def holds_personal_data(columns: list[str], rows: list[list]) -> bool:
    """Whether participant rows (as a field package holds them) carry a name, e-mail or phone."""
    at = [columns.index(c) for c in ("name", "email", "phone") if c in columns]
    return any(row[i] not in (None, "", REMOVED) for row in rows for i in at)


def _scrubbed(text: str | None, secrets: list[str]) -> str | None:
    """``text`` with every purged name, e-mail and phone replaced by REMOVED."""
    if not text:
        return text
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REMOVED)
    return text


def _scrubbed_values(values: dict[str, Any], secrets: list[str]) -> dict[str, Any]:
    return {k: _scrubbed(v, secrets) if isinstance(v, str) else v for k, v in values.items()}


def _without_person(values: dict[str, Any]) -> dict[str, Any]:
    values = dict(values)
    if "name" in values:
        values["name"] = REMOVED
    for key in ("email", "phone"):
        if key in values:
            values[key] = None
    return values


def purge_personal_data(db: Database, ended_before: dt.date, progress: ProgressCallback | None = None) -> int:
    """Remove the names, e-mails and phones of the participants (removed ones included) of events
    that started before ``ended_before``; returns how many people were affected. One
    transaction, audited per event. Wherever else this computer keeps them goes too: the conflict
    log (both versions of a participant), the history of changes of those events (what quotes
    them, and the reasons given for roster changes), and drafts of those events (or of any event
    started before the date); the database file is then rebuilt (VACUUM) and its write-ahead log
    emptied, so that no old copy stays in free pages. Raises PurgeIncompleteError when that last
    step could not be done (the records are purged all the same). Attached files and backups
    made before are not touched (see the README).

    ``progress(done, total)`` follows the steps; returning False before the records are
    written rolls everything back (:class:`Cancelled`). Rebuilding the file comes after the
    commit and is not interrupted: stopping it half-way would leave the old copies behind."""
    from sqlalchemy import select

    from cicte_desktop.db import models as m
    from cicte_desktop.services.events.audit import audit_entry

    check(progress, 0, 4)
    with db.write() as s:
        conn = s.connection()
        on_file = conn.dialect.name == "sqlite"  # (a server keeps its own pages: see compact)
        if on_file:
            conn.exec_driver_sql("PRAGMA secure_delete = ON")  # what is overwritten is zeroed on its page
        try:
            people = s.execute(
                select(m.Participant.uuid, m.Participant.event_uuid, m.Participant.name, m.Participant.email,
                       m.Participant.phone)
                .join(m.Event, m.Event.uuid == m.Participant.event_uuid).where(m.Event.start_date < ended_before)
            ).all()
            participant_ids = {p.uuid for p in people}
            event_of = {p.uuid: p.event_uuid for p in people}
            # Every name, e-mail and phone these people have or had here, by event: what the
            # records hold now, both versions of their conflicts, their drafts.
            secrets_by_event: dict[str, set[str]] = {}

            def know(event_id: str | None, values: dict[str, Any]) -> None:
                for key in ("name", "email", "phone"):
                    value = values.get(key)
                    if event_id and isinstance(value, str) and value.strip() and value != REMOVED:
                        secrets_by_event.setdefault(event_id, set()).add(value)

            for p in people:
                know(p.event_uuid, {"name": p.name, "email": p.email, "phone": p.phone})
            conflicts = []
            for conflict_id, table, record, label, ours, theirs in driver_sql.execute(
                    conn, "SELECT id, table_name, record_uuid, label, ours, theirs FROM sync_conflict").fetchall():
                try:
                    versions = json.loads(ours), json.loads(theirs)
                except ValueError:
                    continue
                if not all(isinstance(v, dict) for v in versions):
                    continue
                conflicts.append((conflict_id, table, record, label, *versions))
                if table == "participant" and record in participant_ids:
                    for values in versions:
                        know(event_of[record], values)
            check(progress, 1, 4)
            drafts = []
            purged_events = set(event_of.values())
            for draft_id, event_uuid, payload in driver_sql.execute(
                    conn, "SELECT id, event_uuid, payload FROM event_draft").fetchall():
                try:
                    data = json.loads(payload)
                    start = data.get("start_date")
                    whole = event_uuid in purged_events or (start is not None
                                                             and dt.date.fromisoformat(start) < ended_before)
                    roster = [p for p in data.get("participants") or []
                              if isinstance(p, dict) and (whole or p.get("uuid") in participant_ids)]
                except (ValueError, TypeError, AttributeError):
                    continue  # unreadable (another version's): left as it is
                for person in roster:
                    know(event_of.get(person.get("uuid")) or event_uuid, person)
                drafts.append((draft_id, data, roster))

            rows = s.execute(
                select(m.Participant, m.Event.uuid).join(m.Event, m.Event.uuid == m.Participant.event_uuid)
                .where(m.Event.start_date < ended_before,
                       (m.Participant.name != REMOVED) | m.Participant.email.is_not(None)
                       | m.Participant.phone.is_not(None))
            ).all()
            check(progress, 2, 4)
            events: dict[str, int] = {}
            for participant, event_id in rows:
                participant.name, participant.email, participant.phone = REMOVED, None, None
                events[event_id] = events.get(event_id, 0) + 1

            # The history of changes of those events (travels with them: changed through the ORM,
            # stamped): what quotes these people goes, and so do the reasons given for changes of
            # the roster, which are about people.
            older = select(m.Event.uuid).where(m.Event.start_date < ended_before)
            for entry in s.scalars(select(m.AuditEntry).where(m.AuditEntry.record_uuid.in_(older))):
                mine = sorted(secrets_by_event.get(entry.record_uuid, ()), key=len, reverse=True)
                for column in ("old_value", "new_value", "reason"):
                    before = getattr(entry, column)
                    after = _scrubbed(before, mine)
                    if column == "reason" and entry.field == "participants" and after:
                        after = REMOVED
                    if after != before:
                        setattr(entry, column, after)
            for event_id, count in events.items():
                s.add(audit_entry(s, "event", event_id, "personal data", f"{count} people", "removed",
                             f"Personal data of participants removed (events before {ended_before.isoformat()})"))
            s.flush()

            # The conflict log (local): both versions of each of those participants, and what the
            # versions of those events and of their history of changes quote of them.
            for conflict_id, table, record, label, ours_values, theirs_values in conflicts:
                if table == "participant" and record in participant_ids:
                    mine = secrets_by_event.get(event_of[record], set())
                    ours_values, theirs_values = _without_person(ours_values), _without_person(theirs_values)
                elif table == "event" and record in secrets_by_event:
                    mine = secrets_by_event[record]
                elif table == "audit_entry" and ours_values.get("record_uuid") in secrets_by_event:
                    mine = secrets_by_event[ours_values["record_uuid"]]
                else:
                    continue
                ordered = sorted(mine, key=len, reverse=True)
                new = (_scrubbed(label, ordered),
                       json.dumps(_scrubbed_values(ours_values, ordered), ensure_ascii=False),
                       json.dumps(_scrubbed_values(theirs_values, ordered), ensure_ascii=False))
                driver_sql.execute(conn, "UPDATE sync_conflict SET label = ?, ours = ?, theirs = ? WHERE id = ?",
                                   (*new, conflict_id))

            # Drafts (local) of those events, or of any event that started before the date.
            for draft_id, data, roster in drafts:
                if roster:
                    for person in roster:
                        person.update(_without_person(person))
                    driver_sql.execute(conn, "UPDATE event_draft SET payload = ? WHERE id = ?",
                                       (json.dumps(data, ensure_ascii=False), draft_id))
            check(progress, 3, 4)  # the last moment a Cancel undoes everything
        finally:
            if on_file:
                conn.exec_driver_sql("PRAGMA secure_delete = OFF")
    try:
        complete = compact(db)
    except sqlite3.Error as exc:
        log.warning("could not rebuild %s after removing personal data: %s", db.path, exc)
        raise PurgeIncompleteError(len(rows), _tr(
            "The personal data were removed from the records, but the database file could not be rebuilt ({detail}), "
            "so old copies may remain in its free space. Close other programs using it, free some disk space, and "
            "remove personal data again.").format(detail=exc)) from exc
    if not complete:
        raise PurgeIncompleteError(len(rows), _tr(
            "The personal data were removed from the records, but another program kept the database busy, so old "
            "copies may remain in its journal. Close other programs using it and remove personal data again."))
    return len(rows)


def compact(db: Database) -> bool:
    """Rebuild the database file (VACUUM, with secure delete) and empty its write-ahead log, so
    that nothing removed stays in free pages or old frames. False when another program kept the
    log from being emptied; sqlite3.Error when the file could not be rebuilt (busy, disk full).

    On a PostgreSQL server there is no file to rebuild here: the server reclaims the space of old row
    versions itself (autovacuum), and what its write-ahead log and backups hold is its
    administrator's (see the README, "Headquarters on PostgreSQL")."""
    if db.dialect != "sqlite":
        return True
    db.wait_for_checkpoint()
    conn = sqlite3.connect(db.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    return not busy
