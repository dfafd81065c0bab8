"""Logging missions and workshops: create, edit (with a reason and an audit trail), duplicate,
delete and undo. No Qt widgets.

Every write is one transaction through the ORM (``Database.write``); an import's many events go
in bulk, writing the rows the ORM would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.cancel import Cancelled, ProgressCallback, Steps
from cicte_desktop.db import driver_sql
from cicte_desktop.db.database import Database
from cicte_desktop.db.ids import stable_id
from cicte_desktop.services.events.audit import audit_entry, user_name
from cicte_desktop.services.events.errors import (EventChangedError, EventGoneError, PeriodLockedError,
                                                  ReasonRequiredError)
from cicte_desktop.services.events.inputs import ATTACHMENT_FIELDS, EVENT_FIELDS, EventInput, changed_fields
from cicte_desktop.services.events.inputs import described, same_children
from cicte_desktop.services.events.periods import hold_locks, locked_periods, refuse_if_locked
from cicte_desktop.services.events.reading import get_event_input, get_event_inputs
from cicte_desktop.services.events.validation import check


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventLog", text)


def _state_uuids(session: Any, isos: Iterable[str]) -> dict[str, str]:
    """Member-state uuids by ISO code, read once per session (an import saves thousands)."""
    from sqlalchemy import select

    from cicte_desktop.db import models as m

    cached = session.info.get("state_uuids")
    if cached is None:
        with session.no_autoflush:
            cached = dict(session.execute(select(m.MemberState.iso3, m.MemberState.uuid)).all())
        session.info["state_uuids"] = cached
    return {iso: cached[iso] for iso in isos if iso in cached}


def _sync_links(session: Any, model: Any, event_id: str, column: str, wanted: Sequence[str]) -> None:
    """Make the event's live links exactly ``wanted``; removed links are marked deleted."""
    from sqlalchemy import select

    existing = {getattr(link, column): link for link in session.scalars(select(model).where(model.event_uuid == event_id))}
    for key, link in existing.items():
        link.deleted = key not in wanted
    for key in wanted:
        if key not in existing:
            session.add(model(uuid=stable_id(f"{model.__tablename__}:{event_id}:{key}"), event_uuid=event_id,
                              **{column: key}))


def _sync_children(session: Any, model: Any, event_id: str, items: Sequence[tuple[str | None, dict[str, Any]]]) -> None:
    """Make the event's live rows of ``model`` exactly ``items`` ((uuid or None, values));
    rows no longer wanted are marked deleted."""
    from sqlalchemy import select

    existing = {row.uuid: row for row in session.scalars(select(model).where(model.event_uuid == event_id))}
    kept = set()
    for item_uuid, values in items:
        if item_uuid and item_uuid in existing:
            row = existing[item_uuid]
            kept.add(item_uuid)
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            row.deleted = False
        else:
            session.add(model(uuid=item_uuid or str(uuid_module.uuid4()), event_uuid=event_id, **values))
    for row_id, row in existing.items():
        if row_id not in kept and not row.deleted:
            row.deleted = True


def _add_children(session: Any, event_id: str, event: EventInput) -> None:
    """The links and rows of a new event: nothing to compare with, so no queries."""
    from cicte_desktop.db import models as m

    states = _state_uuids(session, event.member_states)
    for iso in event.member_states:
        session.add(m.EventMemberState(uuid=stable_id(f"event_member_state:{event_id}:{states[iso]}"),
                                       event_uuid=event_id, member_state_uuid=states[iso]))
    for partner in event.partners:
        session.add(m.EventPartner(uuid=stable_id(f"event_partner:{event_id}:{partner}"), event_uuid=event_id,
                                   partner_uuid=partner))
    for p in event.participants:
        session.add(m.Participant(uuid=p.uuid or str(uuid_module.uuid4()), event_uuid=event_id, name=p.name.strip(),
                                  sex=p.sex, institution=p.institution, country=p.country, position_title=p.position,
                                  email=p.email, phone=p.phone))
    for a in event.attachments:
        session.add(m.Attachment(uuid=a.uuid or str(uuid_module.uuid4()), event_uuid=event_id,
                                 **{name: getattr(a, name) for name in ATTACHMENT_FIELDS}))


def _write_children(session: Any, event_id: str, event: EventInput) -> None:
    from cicte_desktop.db import models as m

    states = _state_uuids(session, event.member_states)
    _sync_links(session, m.EventMemberState, event_id, "member_state_uuid", [states[i] for i in event.member_states])
    _sync_links(session, m.EventPartner, event_id, "partner_uuid", list(event.partners))
    _sync_children(session, m.Participant, event_id, [
        (p.uuid, {"name": p.name.strip(), "sex": p.sex, "institution": p.institution, "country": p.country,
                  "position_title": p.position, "email": p.email, "phone": p.phone})
        for p in event.participants
    ])
    _sync_children(session, m.Attachment, event_id, [
        (a.uuid, {name: getattr(a, name) for name in ATTACHMENT_FIELDS}) for a in event.attachments
    ])


def _insert(session: Any, event: EventInput) -> str:
    from cicte_desktop.db import models as m

    event_id = str(uuid_module.uuid4())
    session.add(m.Event(uuid=event_id, **{name: getattr(event, name) for name in EVENT_FIELDS}))
    session.flush()  # the event row first: its children refer to it (no ORM relationships order them)
    _add_children(session, event_id, event)
    session.add(audit_entry(session, "event", event_id, "created", None, event.title, None))
    return event_id


#: Columns a new event's rows are written with by ``_insert_many`` (after the stamps).
_NEW_ROW_COLUMNS = {
    "event": EVENT_FIELDS,
    "event_member_state": ("event_uuid", "member_state_uuid"),
    "event_partner": ("event_uuid", "partner_uuid"),
    "participant": ("event_uuid", "name", "sex", "institution", "country", "position_title", "email", "phone"),
    "attachment": ("event_uuid", *ATTACHMENT_FIELDS),
    "audit_entry": ("record_type", "record_uuid", "field", "old_value", "new_value", "reason", "user_name"),
}


def _insert_many(session: Any, events: Sequence[EventInput], steps: Steps | None = None) -> list[str]:
    """Insert new events with their links, rosters, files and "created" audit entries: the rows
    ``_insert`` writes through the ORM, written table by table in a few statements.

    Each table goes through the bulk write the field-package merge uses (``db.bulk.upsert_rows``):
    past a few dozen rows the change-log and full-text triggers are dropped and recreated
    inside this transaction and their work done set-wise, so that 100,000 imported events
    take seconds, not minutes. The rows (uuids drawn in the same order, stamps, links, the
    change log and the search index) are those ``_insert`` would write; a test compares.
    """
    from cicte_desktop.db.bulk import stored, upsert_rows
    from cicte_desktop.db.models import SYNC_COLUMNS, format_timestamp, utcnow

    if not events:
        return []
    now = format_timestamp(utcnow())
    device_id = session.info.get("device_id")
    user = user_name()
    states = _state_uuids(session, {iso for event in events for iso in event.member_states})
    rows: dict[str, list[list[Any]]] = {name: [] for name in _NEW_ROW_COLUMNS}

    def add(table: str, row_uuid: str, *values: Any) -> None:
        rows[table].append([row_uuid, now, now, device_id, 0, *values])

    created = []
    for event in events:
        event_id = str(uuid_module.uuid4())
        created.append(event_id)
        add("event", event_id, *(stored(getattr(event, name)) for name in EVENT_FIELDS))
        for iso in event.member_states:
            add("event_member_state", stable_id(f"event_member_state:{event_id}:{states[iso]}"), event_id, states[iso])
        for partner in event.partners:
            add("event_partner", stable_id(f"event_partner:{event_id}:{partner}"), event_id, partner)
        for p in event.participants:
            add("participant", p.uuid or str(uuid_module.uuid4()), event_id, p.name.strip(), p.sex, p.institution,
                p.country, p.position, p.email, p.phone)
        for a in event.attachments:
            add("attachment", a.uuid or str(uuid_module.uuid4()), event_id, *(getattr(a, n) for n in ATTACHMENT_FIELDS))
        add("audit_entry", str(uuid_module.uuid4()), "event", event_id, "created", None, event.title, None, user)
        if steps is not None:
            steps.advance()
    conn = session.connection()
    for table, columns in _NEW_ROW_COLUMNS.items():
        if steps is not None:
            steps.check()
        upsert_rows(conn, table, (*SYNC_COLUMNS, *columns), rows[table], fresh=True)
    return created


def _later_stamp(now: str, previous: str) -> str:
    """What the flush's stamping writes over ``previous`` (see ``db/stamping.py``), as stored."""
    from cicte_desktop.db.models import format_timestamp

    if now > previous:
        return now
    parsed = dt.datetime.strptime(previous, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    return format_timestamp(parsed + dt.timedelta(microseconds=1))


def _update_many(session: Any, items: Sequence[tuple[str, EventInput, EventInput]], reason: str | None,
                 steps: Steps | None = None) -> int:
    """Apply changes that leave the roster and files as they are, as ``_update`` does one event
    at a time through the ORM, in a few statements per table (see ``_insert_many``): the event
    row re-stamped when one of its fields changed, member-state and partner links marked
    deleted, revived or added (re-stamped when they change), an audit entry per changed field.
    A test compares both ways. Returns how many events changed."""
    from cicte_desktop.db.bulk import stored, upsert_rows
    from cicte_desktop.db.models import SYNC_COLUMNS, format_timestamp, utcnow

    work = [(event_id, before, event, changed_fields(before, event)) for event_id, before, event in items]
    work = [item for item in work if item[3]]
    if not work:
        return 0
    now = format_timestamp(utcnow())
    device_id = session.info.get("device_id")
    user = user_name()
    connection = session.connection()
    ids = json.dumps([event_id for event_id, *_rest in work])
    in_ids = driver_sql.json_values(connection.dialect.name)
    stored_rows = {r[0]: r[1:] for r in driver_sql.execute(
        connection, f"SELECT uuid, created_at, updated_at, device_id, deleted, {', '.join(EVENT_FIELDS)} FROM event "
        f"WHERE uuid IN {in_ids}", (ids,))}
    links: dict[str, dict[str, dict[str, list[Any]]]] = {"event_member_state": {}, "event_partner": {}}
    for table, column in (("event_member_state", "member_state_uuid"), ("event_partner", "partner_uuid")):
        for r in driver_sql.execute(connection, f"SELECT uuid, created_at, updated_at, device_id, deleted, event_uuid, "
                                                f"{column} FROM {table} WHERE event_uuid IN {in_ids}", (ids,)):
            links[table].setdefault(r[5], {})[r[6]] = list(r)
    states = _state_uuids(session, {iso for _i, _b, event, _c in work for iso in event.member_states})
    rows: dict[str, list[list[Any]]] = {"event": [], "event_member_state": [], "event_partner": [], "audit_entry": []}
    for event_id, before, event, changed in work:
        row = stored_rows.get(event_id)
        if row is None or row[3]:
            raise EventGoneError(event_id)
        created_at, updated_at, row_device, deleted, *fields = row
        values = [stored(getattr(event, name)) for name in EVENT_FIELDS]
        if values != fields:
            rows["event"].append([event_id, created_at, _later_stamp(now, updated_at), device_id or row_device, deleted,
                                  *values])
        for table, wanted in (("event_member_state", [states[iso] for iso in event.member_states]),
                              ("event_partner", list(event.partners))):
            existing = links[table].get(event_id, {})
            for key, link in existing.items():
                gone = int(key not in wanted)
                if gone != link[4]:
                    rows[table].append([link[0], link[1], _later_stamp(now, link[2]), device_id or link[3], gone,
                                        event_id, key])
            for key in wanted:
                if key not in existing:
                    rows[table].append([stable_id(f"{table}:{event_id}:{key}"), now, now, device_id, 0, event_id, key])
        old, new = described(before), described(event)
        for name in changed:
            rows["audit_entry"].append([
                str(uuid_module.uuid4()), now, now, device_id, 0, "event", event_id, name,
                None if old[name] is None else str(old[name]), None if new[name] is None else str(new[name]),
                reason.strip() if reason else None, user])
        if steps is not None:
            steps.advance()
    conn = session.connection()
    for table, columns, fresh in (("event", EVENT_FIELDS, False),
                                  ("event_member_state", ("event_uuid", "member_state_uuid"), False),
                                  ("event_partner", ("event_uuid", "partner_uuid"), False),
                                  ("audit_entry", _NEW_ROW_COLUMNS["audit_entry"], True)):
        if steps is not None:
            steps.check()
        upsert_rows(conn, table, (*SYNC_COLUMNS, *columns), rows[table], fresh=fresh)
    return len(work)


def _update(session: Any, event_id: str, before: EventInput, event: EventInput, reason: str | None) -> list[str]:
    from cicte_desktop.db import models as m

    old, new = described(before), described(event)
    changed = changed_fields(before, event)
    if not changed:
        return []
    row = session.get(m.Event, event_id)
    if row is None or row.deleted:
        raise EventGoneError(event_id)
    for name in EVENT_FIELDS:
        if getattr(row, name) != getattr(event, name):
            setattr(row, name, getattr(event, name))
    _write_children(session, event_id, event)
    for name in changed:
        session.add(audit_entry(session, "event", event_id, name, old[name], new[name], reason.strip() if reason else None))
    return changed


def log_event(db: Database, event: EventInput, plan_year: int | None = None) -> str:
    """Save a new event with its member states, partners, roster and attachments; its uuid."""
    check(event, plan_year)
    with db.write() as s:
        hold_locks(s)
        refuse_if_locked(db, event.start_date)
        return _insert(s, event)


def update_event(db: Database, event_id: str, event: EventInput, reason: str | None = None,
                 plan_year: int | None = None, *, expected: EventInput | None = None) -> list[str]:
    """Save changes to an event; every changed field goes to the audit trail with ``reason``.

    A completed event (as it was before the edit) needs a reason. Returns the changed fields.
    ``expected``: the event as the editor started from it. When someone else saved it since (two
    managers on one server, a package merged meanwhile), nothing is saved and
    :class:`EventChangedError` says what changed; the check and the write are one transaction, the
    event's row locked (SQLite: the write lock; a server: ``SELECT ... FOR UPDATE``).
    """
    check(event, plan_year)
    with db.write() as s:
        hold_locks(s)  # (first, as every write that takes both: a package import locks periods before events)
        _lock_row(s, event_id)
        before = get_event_input(db, event_id)  # as stored now: read after the lock, in a transaction of its own
        if expected is not None and (meanwhile := changed_fields(expected, before)):
            raise _changed_meanwhile(before, meanwhile)
        refuse_if_locked(db, before.start_date, event.start_date)
        if before.status == "completed" and not (reason and reason.strip()):
            raise ReasonRequiredError(_tr("This event was completed: say why it is being changed."))
        return _update(s, event_id, before, event, reason)


def _lock_row(session: Any, event_id: str) -> None:
    """Hold the event's row until the transaction ends (on a file the write lock holds every row)."""
    if session.connection().dialect.name != "sqlite":
        driver_sql.execute(session.connection(), "SELECT uuid FROM event WHERE uuid = ? FOR UPDATE", (event_id,))


def _changed_meanwhile(current: EventInput, fields: list[str]) -> EventChangedError:
    from cicte_desktop.services.workbook_layout import event_columns

    labels = {key: header for key, header, _width in event_columns()}
    now = described(current)
    said = "; ".join(f"{labels.get(name, name)}: {now[name] if now[name] not in (None, '') else '—'}"
                     for name in fields[:6])
    return EventChangedError(_tr(
        "Someone else saved this event while you were editing it. Now: {changes}. Nothing of yours was "
        "saved.").format(changes=said), current, fields)


def save_many(db: Database, creates: Sequence[EventInput], updates: Sequence[tuple[str, EventInput]], reason: str,
              plan_year: int | None = None, progress: ProgressCallback | None = None) -> tuple[list[str], int]:
    """Create and update many events in ONE transaction (an import): all of them, or none.

    Every event is validated and checked against the period locks first. Returns the new
    events' uuids and how many existing events changed. ``progress(done, total)`` hears of
    each event checked, then written; once it returns False the work stops at its next step
    (an SQL statement under way too), the transaction is rolled back and :class:`Cancelled`
    is raised: nothing is written.
    """
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from cicte_desktop.db.sync_store import interruptible

    steps = Steps(progress, 2 * (len(creates) + len(updates)))
    steps.check()
    befores = get_event_inputs(db, [event_id for event_id, _event in updates])
    missing = [event_id for event_id, _event in updates if event_id not in befores]
    if missing:
        raise EventGoneError(missing[0])
    locked = locked_periods(db)
    for event in creates:
        check(event, plan_year)
        refuse_if_locked(db, event.start_date, locked=locked)
        steps.advance()
    for event_id, event in updates:
        check(event, plan_year)
        refuse_if_locked(db, befores[event_id].start_date, event.start_date, locked=locked)
        steps.advance()
    try:
        with db.write(checkpoint_in_background=len(creates) + len(updates) >= 1000) as s, \
                interruptible(s.connection(), steps.stopped):
            hold_locks(s)
            if locked_periods(db) != locked:  # a period locked (or opened) since the rows were checked
                raise PeriodLockedError(_tr("A reporting period was locked or opened meanwhile: nothing was saved. "
                                            "Try again to check the rows against the periods as they are now."))
            created = _insert_many(s, creates, steps)
            # Changes that keep the roster and files (an Excel import's) in bulk; the others one by one.
            in_bulk = [(event_id, befores[event_id], event) for event_id, event in updates
                       if same_children(befores[event_id], event)]
            changed = 0
            for event_id, event in updates:
                if not same_children(befores[event_id], event):
                    changed += bool(_update(s, event_id, befores[event_id], event, reason))
                    steps.advance()
            s.flush()
            changed += _update_many(s, in_bulk, reason, steps)
            steps.done = steps.total
            steps.check()  # the last chance to cancel: it commits next
    except (DBAPIError, sqlite3.DatabaseError):
        if steps.cancelled:  # a statement stopped under way; rolled back
            raise Cancelled() from None
        raise
    return created, changed


def delete_event(db: Database, event_id: str, reason: str | None = None) -> None:
    """Mark the event deleted (kept for synchronisation; :func:`restore_event` undoes it)."""
    _set_deleted(db, event_id, True, reason)


def restore_event(db: Database, event_id: str, reason: str | None = None) -> None:
    _set_deleted(db, event_id, False, reason)


def _set_deleted(db: Database, event_id: str, deleted: bool, reason: str | None) -> None:
    from cicte_desktop.db import models as m

    with db.sql() as conn:
        row = conn.execute("SELECT start_date, deleted FROM event WHERE uuid = ?", (event_id,)).fetchone()
    if row is None:
        raise EventGoneError(event_id)
    with db.write() as s:
        hold_locks(s)
        refuse_if_locked(db, dt.date.fromisoformat(row[0]) if row[0] else None)
        event = s.get(m.Event, event_id)
        if event.deleted == deleted:
            return
        event.deleted = deleted
        s.add(audit_entry(s, "event", event_id, "deleted", str(not deleted), str(deleted), reason))


def duplicate_event(db: Database, event_id: str) -> EventInput:
    """A new event's form content from an existing one (a repeated workshop): same activity,
    type, title, place and partners; planned, no dates, no roster, counts or results."""
    source = get_event_input(db, event_id)
    return dataclasses.replace(
        source, status="planned", start_date=None, end_date=None, women=0, men=0, sex_not_recorded=0,
        participants_total=0, institutions=None, outcomes=None, notes=None, follow_up_needed=False,
        follow_up_notes=None, satisfaction=None, pretest_average=None, posttest_average=None, participants=(),
        attachments=(),
    )
