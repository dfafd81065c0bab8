"""Reading one logged event with everything attached to it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from cicte_desktop.db import models as m
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


def get_event(db: Database, uuid: str) -> EventDetails:
    with db.read() as s:
        event = s.get(m.Event, uuid)
        if event is None or event.deleted:
            raise EventNotFoundError(uuid)
        activity = s.get(m.PlannedActivity, event.activity_uuid)
        project = s.get(m.Project, activity.project_uuid)
        program = s.get(m.Program, project.program_uuid)
        area = s.get(m.WorkArea, program.work_area_uuid)
        path = " > ".join([
            f"{area.number}. {area.title}", f"{program.letter}. {program.title}",
            (f"{project.number}. " if project.number else "") + project.title, activity.text,
        ])
        states = s.scalars(
            select(m.MemberState.name).join(m.EventMemberState, m.EventMemberState.member_state_uuid == m.MemberState.uuid)
            .where(m.EventMemberState.event_uuid == uuid, ~m.EventMemberState.deleted).order_by(m.MemberState.name)
        ).all()
        partners = s.scalars(
            select(m.PartnerOrganization.name)
            .join(m.EventPartner, m.EventPartner.partner_uuid == m.PartnerOrganization.uuid)
            .where(m.EventPartner.event_uuid == uuid, ~m.EventPartner.deleted).order_by(m.PartnerOrganization.name)
        ).all()
        roster = len(s.scalars(select(m.Participant.uuid).where(m.Participant.event_uuid == uuid, ~m.Participant.deleted)).all())
        files = len(s.scalars(select(m.Attachment.uuid).where(m.Attachment.event_uuid == uuid, ~m.Attachment.deleted)).all())
        return EventDetails(
            uuid=event.uuid, activity_uuid=event.activity_uuid, activity_path=path, event_type=event.event_type,
            title=event.title, status=event.status, start_date=event.start_date, end_date=event.end_date,
            modality=event.modality, venue=event.venue, city=event.city, member_states=tuple(states),
            partners=tuple(partners), lead_trainer=event.lead_trainer, experts=event.experts,
            funding_source=event.funding_source, women=event.women, men=event.men,
            sex_not_recorded=event.sex_not_recorded, participants_total=event.participants_total,
            institutions=event.institutions, units=event.units, outcomes=event.outcomes, notes=event.notes,
            follow_up_needed=event.follow_up_needed, follow_up_notes=event.follow_up_notes,
            satisfaction=event.satisfaction, pretest_average=event.pretest_average,
            posttest_average=event.posttest_average, roster_size=roster, attachments=files,
            updated_at=event.updated_at,
        )
