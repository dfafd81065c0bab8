"""Reference data for pickers and panes: member states, mandates."""

from __future__ import annotations

import json
from dataclasses import dataclass

from cicte_desktop.db.database import Database
from cicte_desktop.services import member_state_names


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


@dataclass(frozen=True)
class Mandate:
    """One mandate of Section 1 of a work plan, with the numbers of the work areas it applies to."""

    symbol: str | None
    title: str
    section: str | None
    paragraphs: tuple[str, ...]
    work_areas: tuple[str, ...]


def plan_mandates(db: Database, work_plan_uuid: str) -> list[Mandate]:
    """The mandates of a work plan in document order; a plan that records none (a later year's,
    carried over without its Section 1) answers with those of the latest earlier plan that does."""
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT symbol, title, section, paragraphs, work_areas FROM mandate WHERE NOT deleted AND work_plan_uuid = "
            "(SELECT p.uuid FROM work_plan p WHERE NOT p.deleted AND p.year <= (SELECT year FROM work_plan WHERE uuid = ?) "
            "AND EXISTS (SELECT 1 FROM mandate x WHERE x.work_plan_uuid = p.uuid AND NOT x.deleted) "
            "ORDER BY p.year DESC LIMIT 1) ORDER BY position", (work_plan_uuid,)
        ).fetchall()
    return [Mandate(symbol, title, section, tuple(json.loads(paragraphs or "[]")), tuple(json.loads(areas or "[]")))
            for symbol, title, section, paragraphs, areas in rows]


def member_states(db: Database, language: str | None = None) -> list[MemberStateItem]:
    """The member states, each named in ``language`` (None: the export's language on this thread,
    else the window's) and in that language's alphabetical order (accents and case aside): the one
    source of the names every list, pane and export shows."""
    from cicte_desktop import i18n

    language = language or i18n.export_language()
    with db.sql() as conn:
        rows = conn.execute("SELECT iso3, name, subregion FROM member_state WHERE NOT deleted").fetchall()
    items = [MemberStateItem(iso3, member_state_names.localized_name(iso3, language, name), subregion)
             for iso3, name, subregion in rows]
    key = i18n.collation_key(language)
    return sorted(items, key=lambda item: key(member_state_names.sorting_name(item.name)))


def member_state_names_in(db: Database, language: str | None = None) -> dict[str, str]:
    """ISO3 code -> the state's name in ``language`` (as ``member_states``)."""
    return {item.iso3: item.name for item in member_states(db, language)}


def mandates_by_work_area(db: Database, work_plan_uuid: str) -> dict[str, list[MandateItem]]:
    """For each work-area number of the plan, the mandates that apply to it, in document order."""
    result: dict[str, list[MandateItem]] = {}
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT symbol, title, section, paragraphs, work_areas FROM mandate "
            "WHERE work_plan_uuid = ? AND NOT deleted ORDER BY position", (work_plan_uuid,)
        ).fetchall()
    for symbol, title, section, paragraphs, work_areas in rows:
        item = MandateItem(symbol, title, section, tuple(json.loads(paragraphs or "[]")))
        for number in json.loads(work_areas or "[]"):
            result.setdefault(number, []).append(item)
    return result


@dataclass(frozen=True)
class PartnerItem:
    uuid: str
    name: str
    acronym: str | None
    category: str


def partners(db: Database) -> list[PartnerItem]:
    """The partner organisations directory, in the document's order."""
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT uuid, name, acronym, category FROM partner_organization WHERE NOT deleted ORDER BY position")
        return [PartnerItem(*row) for row in rows]
