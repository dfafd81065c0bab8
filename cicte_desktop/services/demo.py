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


#: What a plan year's targeted activities come to: met, exceeded, on track by 30 June (at least
#: half done then, short of the target by the year's end, the rest still planned), behind (less
#: than half done, some events cancelled or postponed) or not started (no event at all that year).
EXCEEDED, MET, ON_TRACK, BEHIND, NOT_STARTED = "exceeded", "met", "on_track", "behind", "not_started"
#: Outcomes dealt in turn to the activities of a year (shuffled), so every plan year shows each
#: one whatever the seed. A target of 1 cannot be half done: met, behind or not started.
_OUTCOMES = (EXCEEDED, MET, ON_TRACK, BEHIND, NOT_STARTED, ON_TRACK, BEHIND, MET, BEHIND, ON_TRACK)
_OUTCOMES_OF_ONE = (MET, BEHIND, NOT_STARTED, EXCEEDED, MET, BEHIND)
_NOT_DONE = ("cancelled", "postponed")


def plan_outcomes(activities: list[tuple], rng: random.Random) -> dict[str, str]:
    """The outcome of each activity with a numeric target (``activities``: (uuid, unit, project
    title, target)) in one plan year."""
    result: dict[str, str] = {}
    for targets, outcomes in (([a for a in activities if _target(a) > 1], _OUTCOMES),
                              ([a for a in activities if _target(a) == 1], _OUTCOMES_OF_ONE)):
        order = sorted(targets, key=lambda a: a[0])
        rng.shuffle(order)
        for index, activity in enumerate(order):
            result[activity[0]] = outcomes[index % len(outcomes)]
    return result


def _target(activity: tuple) -> int:
    return int(activity[3] or 0) if len(activity) > 3 else 0


def _year_plan(activities: list[tuple], year: int, rng: random.Random,
               ) -> tuple[list[tuple[tuple, str, str]], list[tuple], list[tuple]]:
    """One plan year's events that make its spread, as (activity, status, half: "H1", "H2" or
    "") and the activities other events may go to: completed ones (those exceeded and those
    without a numeric target) and any other status (every activity but those not started)."""
    outcomes = plan_outcomes(activities, rng)
    fixed: list[tuple[tuple, str, str]] = []
    for activity in activities:
        target, outcome = _target(activity), outcomes.get(activity[0])
        if outcome in (MET, EXCEEDED):
            done = target + (rng.randint(1, max(1, target // 2)) if outcome == EXCEEDED else 0)
            fixed += [(activity, "completed", "")] * done
            if rng.random() < 0.3:
                fixed.append((activity, rng.choice(_NOT_DONE), ""))
        elif outcome == ON_TRACK:
            first = -(-target // 2)  # at least half by 30 June
            second = rng.randrange(0, target - first)  # short of the target by the year's end
            fixed += [(activity, "completed", "H1")] * first + [(activity, "completed", "H2")] * second
            fixed += [(activity, "planned", "H2")] * (target - first - second)
            if rng.random() < 0.5:
                fixed.append((activity, "cancelled", "H1"))
        elif outcome == BEHIND:
            fixed += [(activity, "completed", "")] * rng.randint(0, target * 45 // 100)  # under half
            fixed += [(activity, rng.choice(_NOT_DONE), "")] * rng.randint(1, 2)
    completed_to = [a for a in activities if outcomes.get(a[0], EXCEEDED) == EXCEEDED]
    others_to = [a for a in activities if outcomes.get(a[0]) != NOT_STARTED]
    return fixed, completed_to or others_to or activities, others_to or activities


def generate_demo_rows(
    activities: list[tuple] | dict[int, list[tuple]],
    states: list[tuple[str, str]],
    partners: list[str],
    count: int,
    seed: int,
    stamps: dict[str, Any],
    years: tuple[int, ...] = DEMO_YEARS,
    batch: int = 0,
) -> DemoRows:
    """``count`` events over ``activities`` ((uuid, activity unit, project title, numeric target
    or None), the same for every year or, by year, those of that year's plan) and ``states``
    ((uuid, iso3)). ``batch`` tells runs with the same seed apart (new ids each time).

    Each plan year's progress is spread (see ``plan_outcomes``): the events that make it come
    first; the rest go, completed, to activities exceeded or without a numeric target and, with
    any other status, to any activity started that year. With fewer events than the spread
    needs, a random part of it is kept.
    """
    rng = random.Random(f"{seed}/{batch}")

    def rid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    by_year = activities if isinstance(activities, dict) else {year: activities for year in years}
    types = list(TYPE_TITLES)
    statuses = [s_ for s_, _w in STATUS_WEIGHTS]
    weights = [w for _s, w in STATUS_WEIGHTS]
    year_weights = [4] + [2] * (len(years) - 1)
    planned: list[tuple[int, tuple, str, str]] = []
    open_to: dict[int, tuple[list[tuple], list[tuple]]] = {}
    for year in years:
        fixed, completed_to, others_to = _year_plan(list(by_year[year]), year, rng)
        planned += [(year, *item) for item in fixed]
        open_to[year] = (completed_to, others_to)
    if len(planned) > count:
        planned = rng.sample(planned, count)
    for _ in range(count - len(planned)):
        year = rng.choices(years, year_weights)[0]
        status = rng.choices(statuses, weights)[0]
        planned.append((year, rng.choice(open_to[year][0 if status == "completed" else 1]), status, ""))
    rows = DemoRows([], [], [])
    for year, activity, status, half in planned:
        activity_id, unit, project_title = activity[:3]
        event_id = rid()
        event_type = _event_type(unit, project_title, rng, types)
        if half == "H1":
            start = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(181))
        elif half == "H2":
            start = dt.date(year, 7, 1) + dt.timedelta(days=rng.randrange(180))
        else:
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


def add_demo_plans(db: Database, years: tuple[int, ...] = DEMO_YEARS) -> list[int]:
    """A work plan for each of ``years`` that has none and follows one: carried over from the
    year before (``plan_years.new_plan``: every item linked to the one it came from), then a
    few targets changed, as a real year's plan differs from the last. Returns the years added."""
    from cicte_desktop.services import plan_years, workplan

    added = []
    for year in sorted(years):
        have = workplan.plan_years(db)
        earlier = [y for y in have if y < year]
        if year in have or not earlier:
            continue
        plan_years.new_plan(db, year, max(earlier))
        _amend_targets(db, year)
        added.append(year)
    return added


def _amend_targets(db: Database, year: int) -> None:
    """Change four numeric targets of ``year``'s plan (the same ones for the same year): three
    raised, one lowered; one transaction."""
    rng = random.Random(f"plan/{year}")
    with db.write() as s:
        activities = list(s.scalars(
            select(m.PlannedActivity)
            .join(m.Project, m.Project.uuid == m.PlannedActivity.project_uuid)
            .join(m.Program, m.Program.uuid == m.Project.program_uuid)
            .join(m.WorkArea, m.WorkArea.uuid == m.Program.work_area_uuid)
            .join(m.WorkPlan, m.WorkPlan.uuid == m.WorkArea.work_plan_uuid)
            .where(m.WorkPlan.year == year, ~m.PlannedActivity.deleted, m.PlannedActivity.target_quantity > 0)
            .order_by(m.PlannedActivity.uuid)))
        for activity, change in zip(rng.sample(activities, min(4, len(activities))), (1, 2, 1, -1)):
            activity.target_quantity = max(1, (activity.target_quantity or 0) + change)


def add_demo_events(db: Database, count: int, seed: int = 0, years: tuple[int, ...] = DEMO_YEARS) -> int:
    """Add ``count`` events spread over the plan's activities in one transaction; return the count."""
    if count < 1:
        raise ValueError("count must be at least 1")
    with db.write() as s:
        rows_by_plan: dict[int, list[tuple]] = {}
        for row in s.execute(
            select(m.WorkPlan.year, m.PlannedActivity.uuid, m.PlannedActivity.target_unit, m.Project.title,
                   m.PlannedActivity.target_quantity)
            .join(m.Project, m.Project.uuid == m.PlannedActivity.project_uuid)
            .join(m.Program, m.Program.uuid == m.Project.program_uuid)
            .join(m.WorkArea, m.WorkArea.uuid == m.Program.work_area_uuid)
            .join(m.WorkPlan, m.WorkPlan.uuid == m.WorkArea.work_plan_uuid)
            .where(~m.PlannedActivity.deleted)
            .order_by(m.PlannedActivity.uuid)
        ):
            rows_by_plan.setdefault(row[0], []).append(tuple(row[1:]))
        # Each year's events go to that year's plan; a year without one to the latest plan before
        # it (or the first plan).
        activities = {year: rows_by_plan[max((y for y in rows_by_plan if y <= year), default=min(rows_by_plan))]
                      for year in years} if rows_by_plan else {}
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
