"""Work plans from year to year: next year's plan started from an earlier one, and the item of
one year's plan that carries on an item of another year's.

Every item of a new plan is carried over from the source plan (new ids, each with
``carried_from_uuid`` naming the item it came from), with its numbering, titles in the four
languages, targets and notes, which stay editable; the plan's mandates come along too. One
transaction: a plan is created whole or not at all.

Plan changes travel in field packages only from headquarters (``sync.trust.AUTHORITY_TABLES``):
a plan started on a laptop stays on that laptop (others refuse its plan changes);
:func:`plan_travels_from_here` says which this computer is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.db.ids import stable_id
from cicte_desktop.services import workplan

#: The oldest and latest year a work plan may be for (the command line's years are 1-9999).
FIRST_YEAR, LAST_YEAR = 2000, 2100

_ITEM_TABLES = ("work_area", "program", "project", "planned_activity")


def _tr(text: str) -> str:
    return i18n.translate("PlanYears", text)


class NewPlanError(ValueError):
    """The plan cannot be started as asked (the year has a plan, no source plan); the message is
    for the user. Nothing was written."""


@dataclass(frozen=True)
class NewPlan:
    year: int
    source_year: int
    uuid: str
    symbol: str
    counts: dict[str, int]  # areas, programs, projects, activities carried over
    travels: bool  # this computer is headquarters: the plan goes to laptops in field packages


def plan_travels_from_here(db: Database) -> bool:
    """Whether plan changes made on this computer reach others (it is headquarters)."""
    from cicte_desktop.services import devices

    return devices.device_role(db) == devices.HEADQUARTERS


def carried_id(year: int, source_uuid: str) -> str:
    """The id of the item of ``year``'s plan carried over from ``source_uuid``: the same on every
    computer, so that one plan started twice (at headquarters, then again from a package)
    merges instead of clashing."""
    return stable_id(f"plan-item:{year}:carried-from:{source_uuid}")


def _next_symbol(symbol: str, source_year: int, year: int) -> str:
    """'CICTE/doc.5/16' -> 'CICTE/doc.5/17'; a symbol without the year's digits is kept."""
    short_from, short_to = f"{source_year % 100:02d}", f"{year % 100:02d}"
    if str(source_year) in symbol:
        return symbol.replace(str(source_year), str(year))
    return re.sub(rf"(?<=/){short_from}$", short_to, symbol)


def _next_title(title: str, source_year: int, year: int) -> str:
    return title.replace(str(source_year), str(year))


def new_plan(db: Database, year: int, source_year: int) -> NewPlan:
    """Start ``year``'s work plan from ``source_year``'s, in one transaction."""
    years = workplan.plan_years(db)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise NewPlanError(_tr("{year} is not a year for a work plan (from {first} to {last}).").format(
            year=year, first=FIRST_YEAR, last=LAST_YEAR))
    if year in years:
        raise NewPlanError(_tr("There is already a work plan for {year}; a year has one work plan, which can be "
                               "edited.").format(year=year))
    if source_year not in years:
        raise NewPlanError(_tr("There is no work plan for {year} to start from (work plans: {years}).").format(
            year=source_year, years=", ".join(map(str, years)) or _tr("none")))
    with db.write() as session:
        plan_uuid, symbol, counts = carry_over(session, year, source_year)
        session.flush()
    return NewPlan(year, source_year, plan_uuid, symbol,
                   {"areas": counts["work_area"], "programs": counts["program"], "projects": counts["project"],
                    "activities": counts["planned_activity"]}, plan_travels_from_here(db))


def carry_over(session: Any, year: int, source_year: int) -> tuple[str, str, dict[str, int]]:
    """Within ``session``'s transaction, ``year``'s plan as a copy of ``source_year``'s (which
    must exist; ``year`` must have none): (the new plan's uuid, its symbol, how many items of
    each table were carried over)."""
    from sqlalchemy import select

    from cicte_desktop.db import models as m
    from cicte_desktop.db.seed import plan_title_id

    models = {"work_area": m.WorkArea, "program": m.Program, "project": m.Project,
              "planned_activity": m.PlannedActivity}
    parent_column = {"work_area": "work_plan_uuid", "program": "work_area_uuid", "project": "program_uuid",
                     "planned_activity": "project_uuid"}
    skip = {"uuid", "created_at", "updated_at", "device_id", "deleted", "carried_from_uuid"}
    counts: dict[str, int] = {}
    source = session.scalars(select(m.WorkPlan).where(m.WorkPlan.year == source_year,
                                                      m.WorkPlan.deleted.is_(False))).one()
    plan_uuid = stable_id(f"work-plan:{year}:from:{source.uuid}")
    session.add(m.WorkPlan(
        uuid=plan_uuid, year=year, symbol=_next_symbol(source.symbol, source_year, year),
        title=_next_title(source.title, source_year, year), approved_on=None,
        source=_tr("Carried over from the {year} work plan ({symbol}).").format(year=source_year,
                                                                              symbol=source.symbol)))
    new_ids = {source.uuid: plan_uuid}
    for table in _ITEM_TABLES:
        model = models[table]
        rows = [row for row in session.scalars(select(model).where(model.deleted.is_(False)))
                if getattr(row, parent_column[table]) in new_ids]
        rows.sort(key=lambda row: row.position)
        for row in rows:
            values: dict[str, Any] = {c.name: getattr(row, c.key) for c in model.__table__.columns
                                      if c.name not in skip}
            values[parent_column[table]] = new_ids[values[parent_column[table]]]
            new_ids[row.uuid] = carried_id(year, row.uuid)
            session.add(model(uuid=new_ids[row.uuid], carried_from_uuid=row.uuid, **values))
        counts[table] = len(rows)
    for mandate in session.scalars(select(m.Mandate).where(m.Mandate.work_plan_uuid == source.uuid,
                                                           m.Mandate.deleted.is_(False))):
        values = {c.name: getattr(mandate, c.key) for c in m.Mandate.__table__.columns if c.name not in skip}
        values["work_plan_uuid"] = plan_uuid
        session.add(m.Mandate(uuid=carried_id(year, mandate.uuid), **values))
    for title in session.scalars(select(m.PlanTitle).where(m.PlanTitle.item_uuid.in_(list(new_ids)),
                                                           m.PlanTitle.deleted.is_(False))):
        item = new_ids[title.item_uuid]
        text = _next_title(title.title, source_year, year) if title.item_uuid == source.uuid else title.title
        session.add(m.PlanTitle(uuid=plan_title_id(item, title.language), item_uuid=item,
                                language=title.language, title=text))
    return plan_uuid, _next_symbol(source.symbol, source_year, year), counts


def carried_activity(db: Database, activity_uuid: str, year: int) -> str | None:
    """The planned activity of ``year``'s plan that carries on ``activity_uuid`` (of another
    year's plan): the one whose chain of ``carried_from_uuid`` links to it, forwards (a later
    year) or backwards (an earlier one). None when ``year`` has no plan or the activity was not
    carried over to it (or from it)."""
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT t.uuid, t.carried_from_uuid, w.year FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid "
            "JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON a.uuid = p.work_area_uuid "
            "JOIN work_plan w ON w.uuid = a.work_plan_uuid WHERE NOT t.deleted AND NOT w.deleted").fetchall()
    year_of = {uuid: plan_year for uuid, _from, plan_year in rows}
    parent = {uuid: carried for uuid, carried, _year in rows if carried}
    if activity_uuid not in year_of:
        return None
    # Breadth first along the links, both ways: the nearest link of the chain in that year.
    neighbours: dict[str, list[str]] = {}
    for uuid, carried in parent.items():
        neighbours.setdefault(uuid, []).append(carried)
        neighbours.setdefault(carried, []).append(uuid)
    seen = {activity_uuid}
    queue = [activity_uuid]
    while queue:
        current = queue.pop(0)
        if year_of.get(current) == year:
            return current
        for following in neighbours.get(current, []):
            if following not in seen:
                seen.add(following)
                queue.append(following)
    return None
