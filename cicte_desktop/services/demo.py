"""Synthetic but plausible logged events, for demonstrations and benchmarks.

Rows are generated in Python and written with the driver's ``executemany`` in one
transaction: 100,000 events take a few seconds, where ORM ``add_all`` takes over a minute.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from cicte_desktop.db import models as m
from cicte_desktop.db.bulk import bulk_insert, stored
from cicte_desktop.db.database import Database

#: Two places per member state where CICTE work happens: the capital and a port or hub.
CITIES: dict[str, tuple[str, str]] = {
    "ATG": ("St. John's", "V. C. Bird International Airport"), "ARG": ("Buenos Aires", "Rosario"),
    "BHS": ("Nassau", "Freeport"), "BRB": ("Bridgetown", "Port of Bridgetown"), "BLZ": ("Belmopan", "Belize City"),
    "BOL": ("La Paz", "Santa Cruz de la Sierra"), "BRA": ("Brasília", "Santos"), "CAN": ("Ottawa", "Vancouver"),
    "CHL": ("Santiago", "Valparaíso"), "COL": ("Bogotá", "Cartagena"), "CRI": ("San José", "Puerto Limón"),
    "CUB": ("Havana", "Santiago de Cuba"), "DMA": ("Roseau", "Portsmouth"), "DOM": ("Santo Domingo", "Puerto Plata"),
    "ECU": ("Quito", "Guayaquil"), "SLV": ("San Salvador", "Acajutla"), "GRD": ("St. George's", "Grenville"),
    "GTM": ("Guatemala City", "Puerto Quetzal"), "GUY": ("Georgetown", "Linden"), "HTI": ("Port-au-Prince", "Cap-Haïtien"),
    "HND": ("Tegucigalpa", "Puerto Cortés"), "JAM": ("Kingston", "Montego Bay"), "MEX": ("Mexico City", "Manzanillo"),
    "NIC": ("Managua", "Corinto"), "PAN": ("Panama City", "Colón"), "PRY": ("Asunción", "Ciudad del Este"),
    "PER": ("Lima", "Callao"), "KNA": ("Basseterre", "Charlestown"), "LCA": ("Castries", "Vieux Fort"),
    "VCT": ("Kingstown", "Bequia"), "SUR": ("Paramaribo", "Nieuw Nickerie"), "TTO": ("Port of Spain", "Point Lisas"),
    "USA": ("Washington, D.C.", "Miami"), "URY": ("Montevideo", "Colonia del Sacramento"), "VEN": ("Caracas", "La Guaira"),
}

TYPE_TITLES = {
    "mission": "Technical assistance mission", "workshop": "National workshop",
    "training_course": "Training course", "exercise": "Crisis management exercise",
    "assessment": "Needs assessment", "conference": "Regional conference", "meeting": "Coordination meeting",
    "webinar": "Webinar", "technical_assistance": "Technical assistance",
}
FUNDING = ("Canada", "United States", "OAS Regular Fund", "European Union", "Spain", "Mexico", None)
TRAINERS = ("María Fernández", "John Campbell", "Ana Luísa Souza", "Françoise Lebrun", "Carlos Ñúñez", "Sarah Thompson")
DEMO_YEARS = (2016, 2017, 2018, 2019)
STATUS_WEIGHTS = (("completed", 70), ("planned", 15), ("cancelled", 7), ("postponed", 8))


#: The kind of event that delivers an activity, from words of its unit or project title.
_TYPE_WORDS = (
    ("exercise", "exercise"), ("webinar", "webinar"), ("conference", "conference"), ("meeting", "meeting"),
    ("assessment", "assessment"), ("mission", "mission"), ("course", "training_course"),
    ("training", "training_course"), ("workshop", "workshop"),
)


def _event_type(unit: str | None, project_title: str, rng: random.Random, types: list[str]) -> str:
    text = f"{unit or ''} {project_title}".lower()
    for word, event_type in _TYPE_WORDS:
        if word in text:
            return event_type
    return rng.choice(("technical_assistance", "meeting", "workshop", "mission"))


def _topic(project_title: str, limit: int = 70) -> str:
    text = project_title.rstrip(".")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


@dataclass
class DemoRows:
    """Generated rows, already in stored form, ready for ``bulk_insert``."""

    events: list[dict[str, Any]]
    event_member_states: list[dict[str, Any]]
    event_partners: list[dict[str, Any]]


def generate_demo_rows(
    activities: list[tuple[str, str]],
    states: list[tuple[str, str]],
    partners: list[str],
    count: int,
    seed: int,
    stamps: dict[str, Any],
    years: tuple[int, ...] = DEMO_YEARS,
    batch: int = 0,
) -> DemoRows:
    """``count`` events over ``activities`` ((uuid, activity unit, project title)) and ``states``
    ((uuid, iso3)). ``batch`` tells runs with the same seed apart (new ids each time)."""
    rng = random.Random(f"{seed}/{batch}")

    def rid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    types = list(TYPE_TITLES)
    statuses = [s_ for s_, _w in STATUS_WEIGHTS]
    weights = [w for _s, w in STATUS_WEIGHTS]
    year_weights = [4] + [2] * (len(years) - 1)
    rows = DemoRows([], [], [])
    for _ in range(count):
        event_id = rid()
        activity_id, unit, project_title = rng.choice(activities)
        event_type = _event_type(unit, project_title, rng, types)
        status = rng.choices(statuses, weights)[0]
        year = rng.choices(years, year_weights)[0]
        start = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(360))
        end = start + dt.timedelta(days=rng.choice((0, 0, 1, 2, 4)))
        chosen = rng.sample(states, rng.choice((1, 1, 1, 2, 3)))
        city = rng.choice(CITIES.get(chosen[0][1], ("",)))
        done = status == "completed"
        women = rng.randrange(4, 30) if done else 0
        men = rng.randrange(4, 30) if done else 0
        unknown = rng.choice((0, 0, 0, 0, 2)) if done else 0
        modality = rng.choices(("in_person", "virtual", "hybrid"), (8, 1, 1))[0]
        rows.events.append({
            "uuid": event_id, "activity_uuid": activity_id, "event_type": event_type,
            "title": f"{TYPE_TITLES[event_type]}: {_topic(project_title)}",
            "status": status, "start_date": start.isoformat(), "end_date": end.isoformat(), "modality": modality,
            "venue": None if modality == "virtual" else f"{city} — Ministry of National Security",
            "city": None if modality == "virtual" else city,
            "lead_trainer": rng.choice(TRAINERS), "experts": None, "funding_source": rng.choice(FUNDING),
            "women": women, "men": men, "sex_not_recorded": unknown, "participants_total": women + men + unknown,
            "institutions": rng.randrange(1, 12) if done else None, "units": 1,
            "outcomes": "Participants drafted an action plan." if done else None, "notes": None,
            "follow_up_needed": int(done and rng.random() < 0.2), "follow_up_notes": None,
            "satisfaction": round(rng.uniform(3.4, 5.0), 1) if done else None,
            "pretest_average": round(rng.uniform(40, 70), 1) if done else None,
            "posttest_average": round(rng.uniform(70, 95), 1) if done else None,
            **stamps,
        })
        for state_id, _iso in chosen:
            rows.event_member_states.append({"uuid": rid(), "event_uuid": event_id, "member_state_uuid": state_id, **stamps})
        for partner_id in rng.sample(partners, min(len(partners), rng.choice((0, 0, 1, 1, 2)))):
            rows.event_partners.append({"uuid": rid(), "event_uuid": event_id, "partner_uuid": partner_id, **stamps})
    return rows


def add_demo_events(db: Database, count: int, seed: int = 0, years: tuple[int, ...] = DEMO_YEARS) -> int:
    """Add ``count`` events spread over the plan's activities in one transaction; return the count."""
    if count < 1:
        raise ValueError("count must be at least 1")
    with db.write() as s:
        activities = [tuple(r) for r in s.execute(
            select(m.PlannedActivity.uuid, m.PlannedActivity.target_unit, m.Project.title)
            .join(m.Project, m.Project.uuid == m.PlannedActivity.project_uuid)
            .where(~m.PlannedActivity.deleted)
            .order_by(m.PlannedActivity.uuid)
        )]
        states = [tuple(r) for r in s.execute(
            select(m.MemberState.uuid, m.MemberState.iso3).where(~m.MemberState.deleted).order_by(m.MemberState.iso3)
        )]
        partners = list(s.scalars(
            select(m.PartnerOrganization.uuid).where(~m.PartnerOrganization.deleted).order_by(m.PartnerOrganization.position)
        ))
        if not activities or not states:
            raise ValueError("the database has no work plan to log events against")
        now = stored(m.utcnow())
        stamps = {"created_at": now, "updated_at": now, "device_id": db.device_id, "deleted": 0}
        # Events already there make this a new batch: running demo-data twice adds new events.
        batch = s.scalar(select(func.count()).select_from(m.Event)) or 0
        rows = generate_demo_rows(activities, states, partners, count, seed, stamps, years, batch)  # type: ignore[arg-type]
        connection = s.connection()
        bulk_insert(connection, m.Event.__table__, rows.events)  # type: ignore[arg-type]
        bulk_insert(connection, m.EventMemberState.__table__, rows.event_member_states)  # type: ignore[arg-type]
        bulk_insert(connection, m.EventPartner.__table__, rows.event_partners)  # type: ignore[arg-type]
    return count
