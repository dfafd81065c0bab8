"""Reading the work plan: a plain tree for views, JSON for scripts, figures per activity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from cicte_desktop.db import models as m
from cicte_desktop.db.database import Database


@dataclass
class ActivityNode:
    uuid: str
    text: str
    target: int | None
    unit: str | None
    upon_request: bool
    note: str | None = None


@dataclass
class ProjectNode:
    uuid: str
    number: str | None
    title: str
    note: str | None = None
    activities: list[ActivityNode] = field(default_factory=list)


@dataclass
class ProgramNode:
    uuid: str
    letter: str
    title: str
    note: str | None = None
    projects: list[ProjectNode] = field(default_factory=list)


@dataclass
class WorkAreaNode:
    uuid: str
    number: str
    title: str
    note: str | None = None
    programs: list[ProgramNode] = field(default_factory=list)


@dataclass
class WorkPlanNode:
    uuid: str
    year: int
    symbol: str
    title: str
    work_areas: list[WorkAreaNode] = field(default_factory=list)

    def activities(self) -> list[ActivityNode]:
        return [a for wa in self.work_areas for p in wa.programs for pj in p.projects for a in pj.activities]


class PlanNotFoundError(LookupError):
    pass


def plan_years(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(m.WorkPlan.year).where(~m.WorkPlan.deleted).order_by(m.WorkPlan.year)))


def get_work_plan(db: Database, year: int | None = None) -> WorkPlanNode:
    """The whole plan of ``year`` (the latest when None), in the document's order.

    Five flat queries assembled in Python: cheaper than relationship loading for ~300 rows.
    """
    with db.read() as s:
        plan_q = select(m.WorkPlan).where(~m.WorkPlan.deleted)
        plan_q = plan_q.where(m.WorkPlan.year == year) if year is not None else plan_q.order_by(m.WorkPlan.year.desc())
        plan = s.scalars(plan_q.limit(1)).first()
        if plan is None:
            raise PlanNotFoundError(year)
        tree = WorkPlanNode(plan.uuid, plan.year, plan.symbol, plan.title)
        areas = s.scalars(
            select(m.WorkArea).where(m.WorkArea.work_plan_uuid == plan.uuid, ~m.WorkArea.deleted).order_by(m.WorkArea.position)
        ).all()
        area_nodes = {a.uuid: WorkAreaNode(a.uuid, a.number, a.title, a.note) for a in areas}
        tree.work_areas = list(area_nodes.values())
        programs = s.scalars(
            select(m.Program).where(m.Program.work_area_uuid.in_(area_nodes), ~m.Program.deleted).order_by(m.Program.position)
        ).all()
        program_nodes: dict[str, ProgramNode] = {}
        for p in programs:
            program_nodes[p.uuid] = node = ProgramNode(p.uuid, p.letter, p.title, p.note)
            area_nodes[p.work_area_uuid].programs.append(node)
        projects = s.scalars(
            select(m.Project).where(m.Project.program_uuid.in_(program_nodes), ~m.Project.deleted).order_by(m.Project.position)
        ).all()
        project_nodes: dict[str, ProjectNode] = {}
        for pj in projects:
            project_nodes[pj.uuid] = pnode = ProjectNode(pj.uuid, pj.number, pj.title, pj.note)
            program_nodes[pj.program_uuid].projects.append(pnode)
        activities = s.scalars(
            select(m.PlannedActivity)
            .where(m.PlannedActivity.project_uuid.in_(project_nodes), ~m.PlannedActivity.deleted)
            .order_by(m.PlannedActivity.position)
        ).all()
        for a in activities:
            project_nodes[a.project_uuid].activities.append(
                ActivityNode(a.uuid, a.text, a.target_quantity, a.target_unit, a.upon_request, a.note)
            )
    return tree


def plan_as_dict(plan: WorkPlanNode) -> dict[str, Any]:
    """The shape printed by ``cicte-desktop plan --json``; keys and order are an interface."""
    return {
        "year": plan.year,
        "symbol": plan.symbol,
        "work_areas": [
            {
                "number": wa.number,
                "title": wa.title,
                "programs": [
                    {
                        "letter": p.letter,
                        "title": p.title,
                        "projects": [
                            {
                                "number": pj.number,
                                "title": pj.title,
                                "activities": [
                                    {"text": a.text, "target": a.target, "unit": a.unit, "upon_request": a.upon_request}
                                    for a in pj.activities
                                ],
                            }
                            for pj in p.projects
                        ],
                    }
                    for p in wa.programs
                ],
            }
            for wa in plan.work_areas
        ],
    }


def achieved_by_activity(db: Database, year: int | None = None) -> dict[str, int]:
    """Units of completed, not deleted events counted toward each planned activity.

    With ``year``, only events starting in that year count (a plan's targets are annual).
    """
    query = (
        select(m.Event.activity_uuid, func.sum(m.Event.units))
        .where(m.Event.status == "completed", ~m.Event.deleted)
        .group_by(m.Event.activity_uuid)
    )
    if year is not None:
        query = query.where(m.Event.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    with db.read() as s:
        rows = s.execute(query)
        return {uuid: int(total or 0) for uuid, total in rows}


def target_label(activity: ActivityNode) -> str:
    """'3 Exercises', 'Upon request' or '' — as the document prints it (untranslated data)."""
    if activity.target is not None:
        return f"{activity.target} {activity.unit}" if activity.unit else str(activity.target)
    return ""


def plan_counts(plan: WorkPlanNode) -> dict[str, int]:
    """How many work areas, programs, projects and planned activities the plan has."""
    programs = [p for wa in plan.work_areas for p in wa.programs]
    projects = [pj for p in programs for pj in p.projects]
    return {
        "areas": len(plan.work_areas),
        "programs": len(programs),
        "projects": len(projects),
        "activities": sum(len(pj.activities) for pj in projects),
    }
