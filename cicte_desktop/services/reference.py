"""Reference data for pickers and panes: member states, mandates."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cicte_desktop.db import models as m
from cicte_desktop.db.database import Database


@dataclass(frozen=True)
class MemberStateItem:
    iso3: str
    name: str
    subregion: str


@dataclass(frozen=True)
class MandateItem:
    symbol: str | None
    title: str
    section: str | None
    paragraphs: tuple[str, ...]


def member_states(db: Database) -> list[MemberStateItem]:
    """The member states by name."""
    with db.read() as s:
        rows = s.execute(
            select(m.MemberState.iso3, m.MemberState.name, m.MemberState.subregion)
            .where(~m.MemberState.deleted).order_by(m.MemberState.name)
        )
        return [MemberStateItem(*row) for row in rows]


def mandates_by_work_area(db: Database, work_plan_uuid: str) -> dict[str, list[MandateItem]]:
    """For each work-area number of the plan, the mandates that apply to it, in document order."""
    result: dict[str, list[MandateItem]] = {}
    with db.read() as s:
        mandates = s.scalars(
            select(m.Mandate).where(m.Mandate.work_plan_uuid == work_plan_uuid, ~m.Mandate.deleted)
            .order_by(m.Mandate.position)
        )
        for mandate in mandates:
            item = MandateItem(mandate.symbol, mandate.title, mandate.section, tuple(mandate.paragraphs))
            for number in mandate.work_areas or ():
                result.setdefault(number, []).append(item)
    return result
