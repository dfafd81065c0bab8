"""Logging missions and workshops: create, edit (with a reason and an audit trail), duplicate,
delete and undo, rosters, reporting-period locks and form drafts. No Qt widgets.

Every write is one transaction through the ORM (``Database.write``). Reading an event back for
its form is plain SQL, like the window's other reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
import uuid as uuid_module
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db.database import Database
from cicte_desktop.db.ids import stable_id


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventLog", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n file(s)"), in its singular or plural form."""
    return QCoreApplication.translate("EventLog", text, None, n)


# --- What a form holds -------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantInput:
    uuid: str | None  # None for a person not saved yet
    name: str
    sex: str | None = None  # "F", "M" or None (not recorded)
    institution: str | None = None
    country: str | None = None
    position: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class AttachmentInput:
    uuid: str | None
    file_name: str
    sha256: str
    size_bytes: int
    media_type: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class EventInput:
    activity_uuid: str
    event_type: str
    title: str
    status: str = "completed"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    modality: str | None = "in_person"
    venue: str | None = None
    city: str | None = None
    member_states: tuple[str, ...] = ()  # ISO3
    partners: tuple[str, ...] = ()  # partner_organization uuids
    lead_trainer: str | None = None
    experts: str | None = None
    funding_source: str | None = None
    women: int = 0
    men: int = 0
    sex_not_recorded: int = 0
    participants_total: int = 0
    institutions: int | None = None
    units: int = 1
    outcomes: str | None = None
    notes: str | None = None
    follow_up_needed: bool = False
    follow_up_notes: str | None = None
    satisfaction: float | None = None
    pretest_average: float | None = None
    posttest_average: float | None = None
    participants: tuple[ParticipantInput, ...] = ()
    attachments: tuple[AttachmentInput, ...] = ()

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        for key in ("start_date", "end_date"):
            data[key] = data[key].isoformat() if data[key] else None
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> EventInput:
        data = json.loads(text)
        for key in ("start_date", "end_date"):
            data[key] = dt.date.fromisoformat(data[key]) if data[key] else None
        data["member_states"] = tuple(data["member_states"])
        data["partners"] = tuple(data["partners"])
        data["participants"] = tuple(ParticipantInput(**p) for p in data["participants"])
        data["attachments"] = tuple(AttachmentInput(**a) for a in data["attachments"])
        return cls(**data)


#: Fields of the event row an EventInput sets directly.
EVENT_FIELDS = (
    "activity_uuid", "event_type", "title", "status", "start_date", "end_date", "modality", "venue", "city",
    "lead_trainer", "experts", "funding_source", "women", "men", "sex_not_recorded", "participants_total",
    "institutions", "units", "outcomes", "notes", "follow_up_needed", "follow_up_notes", "satisfaction",
    "pretest_average", "posttest_average",
)


# --- Validation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    blocking: bool = True  # False: a warning, saving is allowed


#: An event lasting this many days or more (a year and a day) is probably mistyped: it warns.
LONG_EVENT_DAYS = 366


def validate(event: EventInput, plan_year: int | None = None) -> list[Problem]:
    """What stops the event from being saved (blocking) or deserves a second look."""
    problems: list[Problem] = []

    def block(name: str, text: str) -> None:
        problems.append(Problem(name, text))

    # The form's own checks, in its words, on values of the right kind; then the schema of every
    # stored value (validation.py), the same a field package is checked against: a value the form
    # cannot save cannot arrive by package either, and the reverse.
    def number(value: Any) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    def day(value: Any) -> bool:
        return isinstance(value, dt.date)

    if not event.activity_uuid:
        block("activity_uuid", _tr("Choose the planned activity this event counts toward."))
    if not isinstance(event.title, str) or not event.title.strip():
        block("title", _tr("Give the event a title."))
    if event.start_date is None:
        block("start_date", _tr("Enter the start date."))
    if day(event.start_date) and day(event.end_date) and event.end_date < event.start_date:  # type: ignore[operator]
        block("end_date", _tr("The end date is before the start date."))
    if not event.member_states:
        block("member_states", _tr("Choose at least one beneficiary member state."))
    for name in ("women", "men", "sex_not_recorded", "participants_total", "units", "institutions"):
        value = getattr(event, name)
        if number(value) and value < 0:
            block(name, _tr("Counts cannot be negative."))
    if all(number(getattr(event, n)) for n in ("women", "men", "sex_not_recorded", "participants_total")):
        by_sex = event.women + event.men + event.sex_not_recorded
        if event.participants_total != by_sex:
            problems.append(Problem("participants_total", _tr(
                "The total ({total}) is not the sum of women, men and not recorded ({sum}).").format(
                total=event.participants_total, sum=by_sex)))
    if number(event.satisfaction) and not 1 <= event.satisfaction <= 5:  # type: ignore[operator]
        block("satisfaction", _tr("Satisfaction is an average between 1 and 5."))
    for name in ("pretest_average", "posttest_average"):
        value = getattr(event, name)
        if number(value) and not 0 <= value <= 100:
            block(name, _tr("Test averages are between 0 and 100."))
    if event.status == "completed" and day(event.start_date) and event.start_date > dt.date.today():  # type: ignore[operator]
        block("status", _tr("An event that has not started yet cannot be completed."))
    if plan_year and day(event.start_date) and event.start_date.year != plan_year:  # type: ignore[union-attr]
        problems.append(Problem("start_date", _tr(
            "The event is outside the work plan's year ({year}); it will not count toward this year's "
            "targets.").format(year=plan_year), blocking=False))
    elif plan_year and day(event.start_date) and day(event.end_date) and event.end_date.year != plan_year:  # type: ignore[union-attr]
        problems.append(Problem("end_date", _tr(
            "The event ends outside the work plan's year ({year}): check the end date.").format(year=plan_year),
            blocking=False))
    if day(event.start_date) and day(event.end_date) and (event.end_date - event.start_date).days >= LONG_EVENT_DAYS:  # type: ignore[operator]
        problems.append(Problem("end_date", _tr(
            "The event lasts {days} days, more than a year: check the dates.").format(
            days=(event.end_date - event.start_date).days + 1), blocking=False))  # type: ignore[operator]
    names = [p.name.strip().casefold() if isinstance(p.name, str) else "?" for p in event.participants]
    if any(not n for n in names):
        block("participants", _tr("Every person on the roster needs a name."))
    said = {p.field for p in problems if p.blocking}
    problems += [p for p in _schema_problems(event) if p.field not in said]
    return problems


def _schema_problems(event: EventInput) -> list[Problem]:
    """Values the database's schema does not allow (validation.py), one problem per field."""
    from cicte_desktop import validation

    found: dict[str, str] = {}
    values = {name: getattr(event, name) for name in EVENT_FIELDS}
    if not event.activity_uuid:
        values.pop("activity_uuid")  # said below in the form's words
    for column, text in validation.check_values("event", values):
        found.setdefault(column, text)
    for person in event.participants:
        for _column, text in validation.check_values("participant", {
                **({"uuid": person.uuid} if person.uuid is not None else {}), "name": person.name, "sex": person.sex, "institution": person.institution,
                "country": person.country, "position_title": person.position, "email": person.email,
                "phone": person.phone}):
            found.setdefault("participants", text)
    for attached in event.attachments:
        for _column, text in validation.check_values("attachment", {
                **({"uuid": attached.uuid} if attached.uuid is not None else {}), **{name: getattr(attached, name) for name in ATTACHMENT_FIELDS}}):
            found.setdefault("attachments", text)
    for partner in event.partners:
        text = validation.problem("event_partner", "partner_uuid", partner)
        if text:
            found.setdefault("partners", text)
    for state in event.member_states:
        text = validation.problem("member_state", "iso3", state)
        if text:
            found.setdefault("member_states", text)
    return [Problem(name, text) for name, text in found.items()]


class ValidationError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class PeriodLockedError(PermissionError):
    """The event's reporting period was marked as reported; unlock it first."""


class ReasonRequiredError(ValueError):
    """Editing a completed event needs a reason for the audit trail."""


class EventGoneError(LookupError):
    """The event does not exist (any more): deleted, or from another database."""


def _check(event: EventInput, plan_year: int | None) -> None:
    blocking = [p for p in validate(event, plan_year) if p.blocking]
    if blocking:
        raise ValidationError(blocking)


# --- Periods ------------------------------------------------------------------------------


def half_of(day: dt.date) -> tuple[int, int]:
    return day.year, 1 if day.month <= 6 else 2


def period_label(year: int, half: int) -> str:
    return (_tr("January-June {year}") if half == 1 else _tr("July-December {year}")).format(year=year)


def locked_periods(db: Database) -> set[tuple[int, int]]:
    with db.sql() as conn:
        return {(y, h) for y, h in conn.execute("SELECT year, half FROM period_lock WHERE locked AND NOT deleted")}


def _refuse_if_locked(db: Database, *days: dt.date | None, locked: set[tuple[int, int]] | None = None) -> None:
    if locked is None:
        locked = locked_periods(db)
    for day in days:
        if day is not None and half_of(day) in locked:
            year, half = half_of(day)
            raise PeriodLockedError(_tr(
                "{period} has been reported and is locked: its events cannot be changed. A program manager "
                "can unlock it (Events > Reporting Periods) with a reason.").format(period=period_label(year, half)))


def set_period_lock(db: Database, year: int, half: int, locked: bool, reason: str) -> None:
    """Mark a half year as reported (locked) or open it again; both need a reason."""
    from cicte_desktop.db import models as m

    if not reason.strip():
        raise ReasonRequiredError(_tr("Say why the period is locked or unlocked."))
    lock_id = stable_id(f"period-lock:{year}-H{half}")
    with db.write() as s:
        row = s.get(m.PeriodLock, lock_id)
        before = bool(row and row.locked)
        if row is None:
            row = m.PeriodLock(uuid=lock_id, year=year, half=half, locked=locked, reason=reason)
            s.add(row)
        else:
            row.locked, row.reason = locked, reason
        s.add(audit_entry(s, "period_lock", lock_id, "locked", str(before), str(locked), reason))


# --- Writing events -----------------------------------------------------------------------


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some Windows set-ups)
        return ""


def audit_entry(_session: Any, record_type: str, record_uuid: str, field_name: str, old: Any, new: Any,
                reason: str | None) -> Any:
    """A history entry (``AuditEntry``) of a change to a record, by the person logged in, for the
    caller to add to its session."""
    from cicte_desktop.db import models as m

    return m.AuditEntry(uuid=str(uuid_module.uuid4()), record_type=record_type, record_uuid=record_uuid,
                        field=field_name, old_value=None if old is None else str(old),
                        new_value=None if new is None else str(new), reason=reason, user_name=_user())


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


PARTICIPANT_FIELDS = ("name", "sex", "institution", "country", "position", "email", "phone")
ATTACHMENT_FIELDS = ("file_name", "sha256", "size_bytes", "media_type", "description")


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


def _insert_many(session: Any, events: Sequence[EventInput]) -> list[str]:
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
    user = _user()
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
    conn = session.connection()
    for table, columns in _NEW_ROW_COLUMNS.items():
        upsert_rows(conn, table, (*SYNC_COLUMNS, *columns), rows[table], fresh=True)
    return created


def _same_children(before: EventInput, after: EventInput) -> bool:
    return (_people(before.participants) == _people(after.participants)
            and [dataclasses.astuple(a) for a in before.attachments] == [dataclasses.astuple(a) for a in after.attachments])


def _later_stamp(now: str, previous: str) -> str:
    """What the flush's stamping writes over ``previous`` (see ``db/stamping.py``), as stored."""
    from cicte_desktop.db.models import format_timestamp

    if now > previous:
        return now
    parsed = dt.datetime.strptime(previous, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    return format_timestamp(parsed + dt.timedelta(microseconds=1))


def _update_many(session: Any, items: Sequence[tuple[str, EventInput, EventInput]], reason: str | None) -> int:
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
    user = _user()
    raw = session.connection().connection.driver_connection
    ids = json.dumps([event_id for event_id, *_rest in work])
    stored_rows = {r[0]: r[1:] for r in raw.execute(
        f"SELECT uuid, created_at, updated_at, device_id, deleted, {', '.join(EVENT_FIELDS)} FROM event "
        f"WHERE uuid IN (SELECT value FROM json_each(?))", (ids,))}
    links: dict[str, dict[str, dict[str, list[Any]]]] = {"event_member_state": {}, "event_partner": {}}
    for table, column in (("event_member_state", "member_state_uuid"), ("event_partner", "partner_uuid")):
        for r in raw.execute(f"SELECT uuid, created_at, updated_at, device_id, deleted, event_uuid, {column} FROM {table} "
                             f"WHERE event_uuid IN (SELECT value FROM json_each(?))", (ids,)):
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
        old, new = _described(before), _described(event)
        for name in changed:
            rows["audit_entry"].append([
                str(uuid_module.uuid4()), now, now, device_id, 0, "event", event_id, name,
                None if old[name] is None else str(old[name]), None if new[name] is None else str(new[name]),
                reason.strip() if reason else None, user])
    conn = session.connection()
    upsert_rows(conn, "event", (*SYNC_COLUMNS, *EVENT_FIELDS), rows["event"])
    upsert_rows(conn, "event_member_state", (*SYNC_COLUMNS, "event_uuid", "member_state_uuid"), rows["event_member_state"])
    upsert_rows(conn, "event_partner", (*SYNC_COLUMNS, "event_uuid", "partner_uuid"), rows["event_partner"])
    upsert_rows(conn, "audit_entry", (*SYNC_COLUMNS, *_NEW_ROW_COLUMNS["audit_entry"]), rows["audit_entry"], fresh=True)
    return len(work)


def _update(session: Any, event_id: str, before: EventInput, event: EventInput, reason: str | None) -> list[str]:
    from cicte_desktop.db import models as m

    old, new = _described(before), _described(event)
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
    _check(event, plan_year)
    _refuse_if_locked(db, event.start_date)
    with db.write() as s:
        return _insert(s, event)


def _described(event: EventInput) -> dict[str, Any]:
    """Field values as the audit trail shows them."""
    values: dict[str, Any] = {name: getattr(event, name) for name in EVENT_FIELDS}
    for key in ("start_date", "end_date"):
        values[key] = values[key].isoformat() if values[key] else None
    values["member_states"] = " ".join(sorted(event.member_states))
    values["partners"] = _trn("%n organisation(s)", len(event.partners))
    values["participants"] = _trn("%n person(people)", len(event.participants))
    values["attachments"] = _trn("%n file(s)", len(event.attachments))
    return values


def changed_fields(before: EventInput, after: EventInput) -> list[str]:
    """The fields that differ, the roster, partners and files compared in full (a changed
    institution on the roster is a change even when the head count is the same)."""
    old, new = _described(before), _described(after)
    changed = [name for name in new if name not in ("partners", "participants", "attachments") and old[name] != new[name]]
    if sorted(before.partners) != sorted(after.partners):
        changed.append("partners")
    if _people(before.participants) != _people(after.participants):
        changed.append("participants")
    if [a.sha256 for a in before.attachments] != [a.sha256 for a in after.attachments]:
        changed.append("attachments")
    return changed


def _people(people: Sequence[ParticipantInput]) -> list[tuple[Any, ...]]:
    return [(p.uuid, p.name.strip(), p.sex, p.institution, p.country, p.position, p.email, p.phone) for p in people]


def update_event(db: Database, event_id: str, event: EventInput, reason: str | None = None,
                 plan_year: int | None = None) -> list[str]:
    """Save changes to an event; every changed field goes to the audit trail with ``reason``.

    A completed event (as it was before the edit) needs a reason. Returns the changed fields.
    """
    _check(event, plan_year)
    before = get_event_input(db, event_id)
    _refuse_if_locked(db, before.start_date, event.start_date)
    if before.status == "completed" and not (reason and reason.strip()):
        raise ReasonRequiredError(_tr("This event was completed: say why it is being changed."))
    with db.write() as s:
        return _update(s, event_id, before, event, reason)


def save_many(db: Database, creates: Sequence[EventInput], updates: Sequence[tuple[str, EventInput]], reason: str,
              plan_year: int | None = None) -> tuple[list[str], int]:
    """Create and update many events in ONE transaction (an import): all of them, or none.

    Every event is validated and checked against the period locks first. Returns the new
    events' uuids and how many existing events changed.
    """
    befores = get_event_inputs(db, [event_id for event_id, _event in updates])
    missing = [event_id for event_id, _event in updates if event_id not in befores]
    if missing:
        raise EventGoneError(missing[0])
    locked = locked_periods(db)
    for event in creates:
        _check(event, plan_year)
        _refuse_if_locked(db, event.start_date, locked=locked)
    for event_id, event in updates:
        _check(event, plan_year)
        _refuse_if_locked(db, befores[event_id].start_date, event.start_date, locked=locked)
    with db.write(checkpoint_in_background=len(creates) + len(updates) >= 1000) as s:
        created = _insert_many(s, creates)
        # Changes that keep the roster and files (an Excel import's) in bulk; the others one by one.
        in_bulk = [(event_id, befores[event_id], event) for event_id, event in updates
                   if _same_children(befores[event_id], event)]
        changed = sum(1 for event_id, event in updates if not _same_children(befores[event_id], event)
                      and _update(s, event_id, befores[event_id], event, reason))
        s.flush()
        changed += _update_many(s, in_bulk, reason)
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
    _refuse_if_locked(db, dt.date.fromisoformat(row[0]) if row[0] else None)
    with db.write() as s:
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


@dataclass(frozen=True)
class HistoryEntry:
    when: dt.datetime
    user_name: str
    device: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str | None


def history(db: Database, record_uuid: str) -> list[HistoryEntry]:
    """Changes of a record, newest first."""
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT a.created_at, coalesce(a.user_name, ''), coalesce(d.name, a.device_id), a.field, a.old_value, "
            "a.new_value, a.reason FROM audit_entry a LEFT JOIN device d ON d.uuid = a.device_id "
            "WHERE a.record_uuid = ? AND NOT a.deleted ORDER BY a.created_at DESC, a.field", (record_uuid,)
        ).fetchall()
    return [HistoryEntry(dt.datetime.strptime(r[0], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc), *r[1:])
            for r in rows]


# --- Drafts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    id: str
    event_uuid: str | None
    title: str
    saved_at: dt.datetime
    event: EventInput


def save_draft(db: Database, draft_id: str, event_uuid: str | None, event: EventInput) -> None:
    """Keep what a form holds, so that a crash or a dead battery loses nothing."""
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    db.write_local(
        "INSERT INTO event_draft (id, event_uuid, activity_uuid, title, payload, saved_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, title = excluded.title, "
        "activity_uuid = excluded.activity_uuid, saved_at = excluded.saved_at",
        (draft_id, event_uuid, event.activity_uuid, event.title, event.to_json(), now),
    )


def discard_draft(db: Database, draft_id: str) -> None:
    db.write_local("DELETE FROM event_draft WHERE id = ?", (draft_id,))


def drafts(db: Database) -> list[Draft]:
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT id, event_uuid, coalesce(title, ''), saved_at, payload FROM event_draft ORDER BY saved_at DESC"
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
