"""Tables of the CICTE Desktop database (their base, timestamps and sync stamps: ``model_base``).

Every synchronised row carries a UUID key, UTC created/updated timestamps, the id of the
device that last changed it and a deletion marker: rows are never hard-deleted, so that a
deletion can travel to other laptops in a field package.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

#: What the tables build on (``model_base``); ``m.Base.metadata``, ``m.utcnow()``... read on here too.
from cicte_desktop.db.model_base import SYNC_COLUMNS, Base, SyncMixin, UtcTimestamp, format_timestamp, utcnow

EVENT_TYPES = (
    "mission",
    "workshop",
    "training_course",
    "exercise",
    "assessment",
    "conference",
    "meeting",
    "webinar",
    "technical_assistance",
)
EVENT_STATUSES = ("planned", "completed", "cancelled", "postponed")
MODALITIES = ("in_person", "virtual", "hybrid")
SUBREGIONS = ("Caribbean", "Central America", "South America", "North America")
PARTNER_CATEGORIES = ("observer", "oas_organ", "international_regional", "ngo")
SEXES = ("F", "M")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# --- Local, not synchronised -------------------------------------------------------------


class LocalSetting(Base):
    """Per-database settings that never travel (this installation's device id, ...)."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SearchKey(Base):
    """Stable integer ids for the full-text index ``search_index`` (schema revision 0003).

    ``search_index`` (events) and ``plan_search_index`` (plan items) are FTS5 tables, which
    SQLAlchemy cannot describe; their rows have the ``id`` of their key here as rowid. Both are derived from the plan and the events by
    triggers, never synchronised, and rebuilt by the migration that creates them.
    """

    __tablename__ = "search_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    uuid: Mapped[str] = mapped_column(String(36), unique=True)


#: Tables SQLite makes for the FTS5 indexes (``search_index`` for events, ``plan_search_index``
#: for plan items, and their shadow tables); not described by the models.
FTS_TABLE_PREFIXES = ("search_index", "plan_search_index")


class Device(SyncMixin, Base):
    """A laptop or headquarters installation that has changed data."""

    __tablename__ = "device"
    name: Mapped[str] = mapped_column(String(200))


# --- The work plan -----------------------------------------------------------------------


class WorkPlan(SyncMixin, Base):
    __tablename__ = "work_plan"
    year: Mapped[int] = mapped_column(Integer, unique=True)
    symbol: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    work_areas: Mapped[list[WorkArea]] = relationship(
        back_populates="work_plan", order_by="WorkArea.position"
    )


class WorkArea(SyncMixin, Base):
    __tablename__ = "work_area"
    work_plan_uuid: Mapped[str] = mapped_column(ForeignKey("work_plan.uuid"), index=True)
    number: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # The item of an earlier year's plan this one was carried over from (None: first planned this year).
    carried_from_uuid: Mapped[str | None] = mapped_column(String(36))
    # Retired from the plan (schema 0009): no longer planned, kept because events point at it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    work_plan: Mapped[WorkPlan] = relationship(back_populates="work_areas")
    programs: Mapped[list[Program]] = relationship(
        back_populates="work_area", order_by="Program.position"
    )


class Program(SyncMixin, Base):
    __tablename__ = "program"
    work_area_uuid: Mapped[str] = mapped_column(ForeignKey("work_area.uuid"), index=True)
    letter: Mapped[str] = mapped_column(String(4))
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # The item of an earlier year's plan this one was carried over from (None: first planned this year).
    carried_from_uuid: Mapped[str | None] = mapped_column(String(36))
    # Retired from the plan (schema 0009): no longer planned, kept because events point at it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    work_area: Mapped[WorkArea] = relationship(back_populates="programs")
    projects: Mapped[list[Project]] = relationship(
        back_populates="program", order_by="Project.position"
    )


class Project(SyncMixin, Base):
    __tablename__ = "project"
    program_uuid: Mapped[str] = mapped_column(ForeignKey("program.uuid"), index=True)
    number: Mapped[str | None] = mapped_column(String(8))  # some projects are unnumbered
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # The item of an earlier year's plan this one was carried over from (None: first planned this year).
    carried_from_uuid: Mapped[str | None] = mapped_column(String(36))
    # Retired from the plan (schema 0009): no longer planned, kept because events point at it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    program: Mapped[Program] = relationship(back_populates="projects")
    activities: Mapped[list[PlannedActivity]] = relationship(
        back_populates="project", order_by="PlannedActivity.position"
    )


class PlannedActivity(SyncMixin, Base):
    __tablename__ = "planned_activity"
    __table_args__ = (
        CheckConstraint("target_quantity IS NULL OR target_quantity >= 0", name="target_not_negative"),
        CheckConstraint("target_first_half IS NULL OR target_first_half >= 0", name="first_half_not_negative"),
        CheckConstraint("target_second_half IS NULL OR target_second_half >= 0", name="second_half_not_negative"),
    )
    project_uuid: Mapped[str] = mapped_column(ForeignKey("project.uuid"), index=True)
    text: Mapped[str] = mapped_column(Text)
    target_quantity: Mapped[int | None] = mapped_column(Integer)
    target_unit: Mapped[str | None] = mapped_column(String(200))
    upon_request: Mapped[bool] = mapped_column(Boolean, default=False)
    # Optional targets per half-year (schema 0010): how many of the target are due by 30 June and
    # in July-December. Either may be None; when both are set they add up to ``target_quantity``.
    target_first_half: Mapped[int | None] = mapped_column(Integer)
    target_second_half: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # The item of an earlier year's plan this one was carried over from (None: first planned this year).
    carried_from_uuid: Mapped[str | None] = mapped_column(String(36))
    # Retired from the plan (schema 0009): no longer planned, kept because events point at it.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    project: Mapped[Project] = relationship(back_populates="activities")


# --- Reference data ----------------------------------------------------------------------


class MemberState(SyncMixin, Base):
    __tablename__ = "member_state"
    __table_args__ = (CheckConstraint(_in("subregion", SUBREGIONS), name="known_subregion"),)
    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    subregion: Mapped[str] = mapped_column(String(32))


class PartnerOrganization(SyncMixin, Base):
    __tablename__ = "partner_organization"
    __table_args__ = (CheckConstraint(_in("category", PARTNER_CATEGORIES), name="known_category"),)
    name: Mapped[str] = mapped_column(Text)
    acronym: Mapped[str | None] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(32))
    section: Mapped[str | None] = mapped_column(String(4))  # the document's lettered list
    number: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class Mandate(SyncMixin, Base):
    """A declaration, decision or resolution quoted in Section 1 of the work plan."""

    __tablename__ = "mandate"
    work_plan_uuid: Mapped[str] = mapped_column(ForeignKey("work_plan.uuid"), index=True)
    category: Mapped[str] = mapped_column(String(32))
    symbol: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    section: Mapped[str | None] = mapped_column(Text)
    paragraphs: Mapped[list[str]] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    #: Numbers of the work areas the mandate applies to (schema revision 0003).
    work_areas: Mapped[list[str] | None] = mapped_column(JSON)


# --- Logged work (schema revision 0002) --------------------------------------------------


class Event(SyncMixin, Base):
    """A mission, workshop, course... logged against a planned activity."""

    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint(_in("event_type", EVENT_TYPES), name="known_event_type"),
        CheckConstraint(_in("status", EVENT_STATUSES), name="known_status"),
        CheckConstraint(f"modality IS NULL OR {_in('modality', MODALITIES)}", name="known_modality"),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="end_after_start"),
        CheckConstraint(
            "women >= 0 AND men >= 0 AND sex_not_recorded >= 0 AND participants_total >= 0",
            name="counts_not_negative",
        ),
        CheckConstraint("units >= 0", name="units_not_negative"),
        CheckConstraint("institutions IS NULL OR institutions >= 0", name="institutions_not_negative"),
        CheckConstraint("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction_1_to_5"),
        Index("ix_event_activity_start", "activity_uuid", "start_date"),
        # Covers the per-activity figures under any filter: a range scan on the dates, no
        # table lookups (schema revision 0003).
        Index("ix_event_figures", "start_date", "activity_uuid", "status", "event_type", "units", "deleted", "women", "men",
            "sex_not_recorded", "uuid"),  # uuid: the dashboard's join to member states (revision 0011)
    )
    activity_uuid: Mapped[str] = mapped_column(ForeignKey("planned_activity.uuid"))
    event_type: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="completed")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    modality: Mapped[str | None] = mapped_column(String(16))
    venue: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(200))
    lead_trainer: Mapped[str | None] = mapped_column(String(200))
    experts: Mapped[str | None] = mapped_column(Text)
    funding_source: Mapped[str | None] = mapped_column(String(200))
    women: Mapped[int] = mapped_column(Integer, default=0)
    men: Mapped[int] = mapped_column(Integer, default=0)
    sex_not_recorded: Mapped[int] = mapped_column(Integer, default=0)
    participants_total: Mapped[int] = mapped_column(Integer, default=0)
    institutions: Mapped[int | None] = mapped_column(Integer)
    units: Mapped[int] = mapped_column(Integer, default=1)  # counted toward the activity's target
    outcomes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_notes: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[float | None] = mapped_column(Float)  # average, 1-5
    pretest_average: Mapped[float | None] = mapped_column(Float)
    posttest_average: Mapped[float | None] = mapped_column(Float)


class EventMemberState(SyncMixin, Base):
    __tablename__ = "event_member_state"
    __table_args__ = (
        UniqueConstraint("event_uuid", "member_state_uuid"),
        # The member states of each event without reading the link's row (the dashboard's map;
        # schema revision 0011).
        Index("ix_event_member_state_event", "event_uuid", "deleted", "member_state_uuid"),
    )
    event_uuid: Mapped[str] = mapped_column(ForeignKey("event.uuid"))
    member_state_uuid: Mapped[str] = mapped_column(ForeignKey("member_state.uuid"), index=True)


class EventPartner(SyncMixin, Base):
    __tablename__ = "event_partner"
    __table_args__ = (UniqueConstraint("event_uuid", "partner_uuid"),)
    event_uuid: Mapped[str] = mapped_column(ForeignKey("event.uuid"))
    partner_uuid: Mapped[str] = mapped_column(ForeignKey("partner_organization.uuid"), index=True)


class Participant(SyncMixin, Base):
    """One person on an event's roster: personal data, kept out of exports unless asked."""

    __tablename__ = "participant"
    __table_args__ = (CheckConstraint(f"sex IS NULL OR {_in('sex', SEXES)}", name="known_sex"),)
    event_uuid: Mapped[str] = mapped_column(ForeignKey("event.uuid"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    sex: Mapped[str | None] = mapped_column(String(1))
    institution: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(200))
    position_title: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(64))


class Attachment(SyncMixin, Base):
    """A file kept with an event (agenda, attendance list, photo), stored by checksum."""

    __tablename__ = "attachment"
    event_uuid: Mapped[str] = mapped_column(ForeignKey("event.uuid"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


# --- Changes and reporting periods (schema revision 0004) ---------------------------------


class AuditEntry(SyncMixin, Base):
    """One changed field of a record, with who, when and why (member states ask why a figure
    moved). ``created_at`` is when; ``device_id`` and ``user_name`` are who."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "record_type", "record_uuid"),)
    record_type: Mapped[str] = mapped_column(String(32))  # "event", "period_lock"
    record_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str | None] = mapped_column(String(200))


class PlanTitle(SyncMixin, Base):
    """The title of a plan item (work area, program, project or planned activity) in another
    language than the approved English text; items without one show the English."""

    __tablename__ = "plan_title"
    __table_args__ = (UniqueConstraint("item_uuid", "language"),)
    item_uuid: Mapped[str] = mapped_column(String(36), index=True)
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)


class PlanChange(SyncMixin, Base):
    """One change of a work plan made in the plan editor (schema revision 0009): which item,
    which field, before and after, why, by whom; ``created_at`` is when. ``amendment`` is true
    for a change made after the plan was approved."""

    __tablename__ = "plan_change"
    work_plan_uuid: Mapped[str] = mapped_column(ForeignKey("work_plan.uuid"), index=True)
    item_table: Mapped[str] = mapped_column(String(32))  # work_plan, work_area, program, project, planned_activity
    item_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    user_name: Mapped[str | None] = mapped_column(String(200))
    amendment: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class PeriodLock(SyncMixin, Base):
    """A reporting period (January-June or July-December) marked as reported: its events are
    read-only until it is unlocked. One row per period on every laptop (deterministic uuid)."""

    __tablename__ = "period_lock"
    __table_args__ = (
        UniqueConstraint("year", "half"),
        CheckConstraint("half IN (1, 2)", name="half_1_or_2"),
    )
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)
    locked: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str | None] = mapped_column(Text)


class EventDraft(Base):
    """What a form held when it was last saved as a draft: local to this laptop, never synced."""

    __tablename__ = "event_draft"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_uuid: Mapped[str | None] = mapped_column(String(36))
    activity_uuid: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)  # JSON
    saved_at: Mapped[str] = mapped_column(String(27))


# --- Field packages (schema revision 0006): local, never synchronised ----------------------


class SyncChange(Base):
    """One write of a synchronised row, appended by triggers: ``seq`` orders this installation's
    changes, ``origin`` is the device whose package wrote it (None: changed here)."""

    __tablename__ = "sync_change"
    __table_args__ = {"sqlite_autoincrement": True}
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(32))
    uuid: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[str] = mapped_column(String(27))  # the version written
    device_id: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str | None] = mapped_column(String(36))


class SyncPeer(Base):
    """A destination of field packages (a device, or a name typed before its device was known):
    how far this installation's changes have been exported to it."""

    __tablename__ = "sync_peer"
    peer_key: Mapped[str] = mapped_column(String(250), primary_key=True)  # device uuid, or "name:..."
    name: Mapped[str] = mapped_column(String(200))
    device_uuid: Mapped[str | None] = mapped_column(String(36))
    exported_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    exported_at: Mapped[str | None] = mapped_column(String(27))
    imported_at: Mapped[str | None] = mapped_column(String(27))


class SyncPackage(Base):
    """A field package written or imported here."""

    __tablename__ = "sync_package"
    __table_args__ = (CheckConstraint("direction IN ('export', 'import')", name="known_direction"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_uuid: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(8))
    peer_key: Mapped[str] = mapped_column(String(250))
    peer_name: Mapped[str] = mapped_column(String(200))
    file_name: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(27))
    counts: Mapped[str | None] = mapped_column(Text)  # JSON


class SyncConflict(Base):
    """A record changed both here and on another device since they last exchanged packages:
    both versions (JSON of the rows) and which one was kept, by the rule or by a person."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        CheckConstraint("winner IN ('ours', 'theirs')", name="known_winner"),
        CheckConstraint("rule IN ('newest', 'chosen')", name="known_rule"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    package_uuid: Mapped[str] = mapped_column(String(36))
    peer_device_uuid: Mapped[str] = mapped_column(String(36))
    peer_name: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(32))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(Text)
    ours: Mapped[str] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    winner: Mapped[str] = mapped_column(String(8))  # "ours" or "theirs"
    rule: Mapped[str] = mapped_column(String(8))  # "newest" (last writer wins) or "chosen"
    resolved_at: Mapped[str] = mapped_column(String(27), index=True)
    user_name: Mapped[str | None] = mapped_column(String(200))


class TrustedDevice(Base):
    """A device whose signed packages a person here confirmed (schema revision 0007): local,
    never synchronised. ``public_key`` is the hex of its raw Ed25519 public key."""

    __tablename__ = "trusted_device"
    __table_args__ = (CheckConstraint("role IN ('headquarters', 'laptop')", name="known_role"),)
    device_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))  # "headquarters" or "laptop"
    confirmed_at: Mapped[str] = mapped_column(String(27))
