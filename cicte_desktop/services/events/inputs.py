"""What an event's form holds (``EventInput`` with its roster and files), and how two of them
differ as the audit trail shows it. No Qt widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n file(s)"), in its singular or plural form."""
    return QCoreApplication.translate("EventLog", text, None, n)


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


PARTICIPANT_FIELDS = ("name", "sex", "institution", "country", "position", "email", "phone")
ATTACHMENT_FIELDS = ("file_name", "sha256", "size_bytes", "media_type", "description")


def same_children(before: EventInput, after: EventInput) -> bool:
    return (roster(before.participants) == roster(after.participants)
            and [dataclasses.astuple(a) for a in before.attachments] == [dataclasses.astuple(a) for a in after.attachments])


def described(event: EventInput) -> dict[str, Any]:
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
    old, new = described(before), described(after)
    changed = [name for name in new if name not in ("partners", "participants", "attachments") and old[name] != new[name]]
    if sorted(before.partners) != sorted(after.partners):
        changed.append("partners")
    if roster(before.participants) != roster(after.participants):
        changed.append("participants")
    if [a.sha256 for a in before.attachments] != [a.sha256 for a in after.attachments]:
        changed.append("attachments")
    return changed


def roster(people: Sequence[ParticipantInput]) -> list[tuple[Any, ...]]:
    return [(p.uuid, p.name.strip(), p.sex, p.institution, p.country, p.position, p.email, p.phone) for p in people]


def merged(base: EventInput, mine: EventInput, theirs: EventInput) -> EventInput:
    """Someone else's save (``theirs``) with this form's changes since it opened (``base`` to
    ``mine``) on top: a field both changed keeps ``mine``. The roster, the files, the member
    states and the partners are merged item by item rather than taken whole: a participant the
    other person added stays, one this form removed goes, one this form edited reads as edited.
    Counts that followed the roster follow the merged roster."""
    changes: dict[str, Any] = {name: getattr(mine, name) for name in changed_fields(base, mine)}
    for name in ("participants", "attachments"):
        if name in changes:
            changes[name] = _merged_items(getattr(base, name), getattr(mine, name), getattr(theirs, name))
    for name in ("member_states", "partners"):
        if name in changes:
            before, after = set(getattr(base, name)), set(getattr(mine, name))
            gone, added = before - after, after - before
            changes[name] = tuple(dict.fromkeys([*(x for x in getattr(theirs, name) if x not in gone),
                                                 *(x for x in getattr(mine, name) if x in added)]))
    if "participants" in changes and (mine.women, mine.men, mine.sex_not_recorded) == roster_counts(mine.participants):
        women, men, unknown = roster_counts(changes["participants"])
        changes.update(women=women, men=men, sex_not_recorded=unknown)
        if mine.participants_total == sum(roster_counts(mine.participants)):
            changes["participants_total"] = women + men + unknown
    return dataclasses.replace(theirs, **changes)


def _merged_items(base: Sequence[Any], mine: Sequence[Any], theirs: Sequence[Any]) -> tuple[Any, ...]:
    """Participants or files (each with its ``uuid``, None before it is saved): ``theirs`` in their
    order, less what ``mine`` removed, with what ``mine`` edited as edited, then what ``mine`` added
    (an item ``mine`` edited that they removed is kept: nothing typed is lost)."""
    before = {item.uuid: item for item in base if item.uuid}
    kept = {item.uuid: item for item in mine if item.uuid}
    edited = {uuid for uuid, item in kept.items() if before.get(uuid) != item}
    result = [kept[item.uuid] if item.uuid in edited else item
              for item in theirs if not (item.uuid in before and item.uuid not in kept)]
    present = {item.uuid for item in result if item.uuid}
    return tuple(result + [item for item in mine if item.uuid is None or item.uuid not in present])


def roster_counts(people: Sequence[ParticipantInput]) -> tuple[int, int, int]:
    """Women, men, and people whose sex is not recorded on a roster."""
    women = sum(1 for p in people if p.sex == "F")
    men = sum(1 for p in people if p.sex == "M")
    return women, men, len(people) - women - men
