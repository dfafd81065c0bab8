"""Reading the work plan: a plain tree for views, JSON for scripts, figures per activity."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cicte_desktop.db.database import Database
from cicte_desktop.text_fold import fold
from cicte_desktop.services import sql_parts


@dataclass
class ActivityNode:
    uuid: str
    text: str
    target: int | None
    unit: str | None
    upon_request: bool
    note: str | None = None
    # Of the target, how many are due by 30 June and in July-December (None: the plan does not say).
    first_half: int | None = None
    second_half: int | None = None
    # Retired from the plan, or under a retired project, program or work area (kept for its events).
    retired: bool = False


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
    """No work plan for the year asked."""


class PeriodPlanError(PlanNotFoundError):
    """No one work plan to measure a period against: a year without a plan, or a period over the
    plans of several years. ``str()`` says which, and which years have a plan, in words."""

    def __init__(self, year: int | None, message: str) -> None:
        super().__init__(year)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _tr(text: str) -> str:
    from cicte_desktop import i18n

    return i18n.translate("WorkPlan", text)


def plan_years(db: Database) -> list[int]:
    with db.sql() as conn:
        return [year for (year,) in conn.execute("SELECT year FROM work_plan WHERE NOT deleted ORDER BY year")]


def plan_year_for_period(db: Database, date_from: Any, date_to: Any) -> int:
    """The year of the work plan a period is measured against.

    A period within one calendar year uses that year's plan; a longer or open-ended period
    (None for either end) the one plan among the years it covers. Never another year's plan:
    a year without a plan, or a period over the plans of several years, raises
    ``PeriodPlanError`` saying which years have a plan."""
    years = plan_years(db)
    have = ", ".join(str(y) for y in years) if years else _tr("none")
    first = date_from.year if date_from is not None else None
    last = date_to.year if date_to is not None else None
    if first is not None and first == last:
        if first in years:
            return first
        raise PeriodPlanError(first, _tr("there is no work plan for {year} (work plans: {years})").format(
            year=first, years=have))
    covered = [y for y in years if (first is None or y >= first) and (last is None or y <= last)]
    if len(covered) == 1:
        return covered[0]
    start = date_from.isoformat() if date_from is not None else "…"
    end = date_to.isoformat() if date_to is not None else "…"
    if not covered:
        year = first if first is not None else last
        raise PeriodPlanError(year, _tr("there is no work plan for {year} (work plans: {years})").format(
            year=year if year is not None else f"{start} – {end}", years=have))
    raise PeriodPlanError(None, _tr(
        "the period {start} to {end} covers the work plans of {years}: figures are measured against one year's "
        "plan, so choose a period within one of these years").format(start=start, end=end,
                                                                      years=", ".join(str(y) for y in covered)))


@dataclass(frozen=True)
class PeriodPlans:
    """The plan years a period is measured against, each with the period cut to that year, and
    the years of the period (with events, or between its plan years) that have no plan."""
    years: list[int]
    missing: list[int]
    date_from: Any = None
    date_to: Any = None

    def cut(self, year: int) -> tuple[Any, Any]:
        """The period cut to ``year`` (its own plan's year); with one plan year, the whole period
        (that plan measures it, as ``plan_year_for_period`` says)."""
        import datetime as dt

        if len(self.years) == 1:
            return self.date_from, self.date_to

        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return (max(start, self.date_from) if self.date_from is not None else start,
                min(end, self.date_to) if self.date_to is not None else end)


def plan_years_in_period(db: Database, date_from: Any, date_to: Any) -> PeriodPlans:
    """The plan years of a period, which may cover several: a workbook or report groups its
    figures by them. A period with no plan year at all raises ``PeriodPlanError`` (as
    ``plan_year_for_period``); with one plan year, that plan measures the whole period. Over
    several, years of the period without a plan are only named (``missing``): the years with
    events in the period and those between its first and last plan year."""
    years = plan_years(db)
    first = date_from.year if date_from is not None else None
    last = date_to.year if date_to is not None else None
    covered = [y for y in years if (first is None or y >= first) and (last is None or y <= last)]
    if len(covered) <= 1 or (first is not None and first == last):
        return PeriodPlans([plan_year_for_period(db, date_from, date_to)], [], date_from, date_to)  # or in words
    where, params = ["NOT deleted"], []
    if date_from is not None:
        where.append("start_date >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("start_date <= ?")
        params.append(date_to.isoformat())
    with db.sql() as conn:
        event_years = {int(y) for (y,) in conn.execute(
            f"SELECT DISTINCT {sql_parts.year_of(db.dialect, 'start_date')} FROM event WHERE {' AND '.join(where)} "
            "AND start_date IS NOT NULL", params)}
    gaps = set(range(covered[0], covered[-1] + 1))
    missing = sorted((event_years | gaps) - set(years))
    return PeriodPlans(covered, missing, date_from, date_to)


def plan_year_of_activity(db: Database, activity_uuid: str) -> int | None:
    """The year of the work plan a planned activity belongs to (None for no such activity)."""
    with db.sql() as conn:
        row = conn.execute(
            "SELECT w.year FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid "
            "JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON a.uuid = p.work_area_uuid "
            "JOIN work_plan w ON w.uuid = a.work_plan_uuid WHERE t.uuid = ?", (activity_uuid,)).fetchone()
    return row[0] if row else None


def get_work_plan(db: Database, year: int | None = None, language: str | None = None) -> WorkPlanNode:
    """The whole plan of ``year`` (the latest when None), in the document's order.

    With ``language`` ("es", "fr", "pt"), items that have a title in that language show it;
    the others keep the approved English text. Plain SQL (see ``Database.sql``): this runs
    before the first paint of the window.
    """
    with db.sql() as conn:
        plan = conn.execute(
            "SELECT uuid, year, symbol, title FROM work_plan WHERE NOT deleted "
            + ("AND year = ? " if year is not None else "ORDER BY year DESC ") + "LIMIT 1",
            (year,) if year is not None else (),
        ).fetchone()
        if plan is None:
            raise PlanNotFoundError(year)
        tree = WorkPlanNode(*plan)
        areas: dict[str, WorkAreaNode] = {}
        for uuid, number, title, note in conn.execute(
            "SELECT uuid, number, title, note FROM work_area WHERE work_plan_uuid = ? AND NOT deleted "
            "ORDER BY position", (tree.uuid,)
        ):
            areas[uuid] = WorkAreaNode(uuid, number, title, note)
        tree.work_areas = list(areas.values())
        programs: dict[str, ProgramNode] = {}
        for uuid, area, letter, title, note in conn.execute(
            "SELECT p.uuid, p.work_area_uuid, p.letter, p.title, p.note FROM program p "
            "JOIN work_area a ON a.uuid = p.work_area_uuid "
            "WHERE a.work_plan_uuid = ? AND NOT p.deleted AND NOT a.deleted ORDER BY p.position", (tree.uuid,)
        ):
            programs[uuid] = ProgramNode(uuid, letter, title, note)
            areas[area].programs.append(programs[uuid])
        projects: dict[str, ProjectNode] = {}
        for uuid, program, number, title, note in conn.execute(
            "SELECT j.uuid, j.program_uuid, j.number, j.title, j.note FROM project j "
            "JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON a.uuid = p.work_area_uuid "
            "WHERE a.work_plan_uuid = ? AND NOT j.deleted ORDER BY j.position", (tree.uuid,)
        ):
            if program in programs:
                projects[uuid] = ProjectNode(uuid, number, title, note)
                programs[program].projects.append(projects[uuid])
        for uuid, project, text, target, unit, upon_request, note, first, second, retired in conn.execute(
            "SELECT t.uuid, t.project_uuid, t.text, t.target_quantity, t.target_unit, t.upon_request, t.note, "
            "t.target_first_half, t.target_second_half, t.retired OR j.retired OR p.retired OR a.retired "
            "FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid JOIN program p ON p.uuid = j.program_uuid "
            "JOIN work_area a ON a.uuid = p.work_area_uuid WHERE a.work_plan_uuid = ? AND NOT t.deleted "
            "ORDER BY t.position", (tree.uuid,)
        ):
            if project in projects:
                projects[project].activities.append(ActivityNode(uuid, text, target, unit, bool(upon_request), note,
                                                                 first, second, bool(retired)))
        if language and language != "en":
            _apply_titles(conn, tree, language)
    return tree


def _apply_titles(conn: Any, tree: WorkPlanNode, language: str) -> None:
    titles = dict(conn.execute("SELECT item_uuid, title FROM plan_title WHERE language = ? AND NOT deleted "
                               "AND title <> ''", (language,)).fetchall())
    if not titles:
        return
    tree.title = titles.get(tree.uuid, tree.title)
    for area in tree.work_areas:
        area.title = titles.get(area.uuid, area.title)
        for program in area.programs:
            program.title = titles.get(program.uuid, program.title)
            for project in program.projects:
                project.title = titles.get(project.uuid, project.title)
                for activity in project.activities:
                    activity.text = titles.get(activity.uuid, activity.text)


def plan_titles(db: Database, item_uuid: str) -> dict[str, str]:
    """The translated titles of one plan item, by language."""
    with db.sql() as conn:
        return dict(conn.execute("SELECT language, title FROM plan_title WHERE item_uuid = ? AND NOT deleted",
                                 (item_uuid,)).fetchall())


def set_plan_titles(db: Database, item_uuid: str, titles: dict[str, str]) -> None:
    """Store the translated titles of one plan item in one transaction; an empty title removes one."""
    from sqlalchemy import select

    from cicte_desktop.db import models as m
    from cicte_desktop.db.seed import plan_title_id

    with db.write() as session:
        existing = {row.language: row for row in session.scalars(
            select(m.PlanTitle).where(m.PlanTitle.item_uuid == item_uuid))}
        for language, title in titles.items():
            title = title.strip()
            row = existing.get(language)
            if row is None and title:
                # The same id on every laptop, so that two laptops translating the same item merge.
                session.add(m.PlanTitle(uuid=plan_title_id(item_uuid, language), item_uuid=item_uuid,
                                        language=language, title=title))
            elif row is not None and (row.title != title or row.deleted != (not title)):
                if title:
                    row.title = title
                row.deleted = not title


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
                                    {"text": a.text, "target": a.target, "unit": a.unit, "upon_request": a.upon_request,
                                     "target_first_half": a.first_half, "target_second_half": a.second_half}
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


def approved_title(db: Database, item_uuid: str) -> str | None:
    """The English title (text, for a planned activity) of a plan item, as approved."""
    with db.sql() as conn:
        row = conn.execute(
            "SELECT title FROM work_plan WHERE uuid = :u UNION ALL SELECT title FROM work_area WHERE uuid = :u UNION ALL SELECT title FROM program WHERE uuid = :u "
            "UNION ALL SELECT title FROM project WHERE uuid = :u UNION ALL SELECT text FROM planned_activity "
            "WHERE uuid = :u", {"u": item_uuid}).fetchone()
    return row[0] if row else None


# --- Codes and the activity picker ------------------------------------------------------------


def program_code(area: WorkAreaNode, program: ProgramNode) -> str:
    """'3.A': the work area's number and the program's letter."""
    return f"{area.number}.{program.letter}"


def project_number(program: ProgramNode, project: ProjectNode) -> str:
    """The project's number as the document prints it ('11'); for a project the document leaves
    unnumbered, its place among the program's projects in brackets ('(2)'): never a dangling
    dot, and two unnumbered projects of one program (4.B) are told apart."""
    if project.number:
        return project.number
    position = next((i for i, p in enumerate(program.projects, start=1) if p is project), 0)
    return f"({position})"


def project_code(area: WorkAreaNode, program: ProgramNode, project: ProjectNode) -> str:
    """'3.A.11' for a numbered project, '4.B.(2)' for the second project of 4.B, unnumbered:
    the one code the tree, the activity picker, the workbook and the PDF reports show."""
    return f"{program_code(area, program)}.{project_number(program, project)}"


@dataclass(frozen=True)
class ActivityChoice:
    """One planned activity as the picker shows it: where it sits and its own words."""

    uuid: str
    code: str  # the project's code, '3.A.11' or '4.A' (unnumbered project)
    project: str  # the project's title: what the activity is about
    text: str  # the activity's own words in the plan ('1 Activity', 'Upon request', a sentence)
    target: str  # '1 Activity', '' when none
    upon_request: bool
    path: str  # 'work area › program › project › activity', for a tooltip
    branch: tuple[str, ...]  # uuids of the work area, program and project it is under
    search_text: str  # what typing is matched against, folded
    retired: bool = False  # retired from the plan (listed only for an event already under it)

    def label(self) -> str:
        """One line: '3.A.11 — Development of Massive Online Open Course (MOOC) — 1 Activity'."""
        if fold(self.text) == fold(self.project):
            return f"{self.code} — {self.project}"
        return f"{self.code} — {self.project} — {self.text}"


def activity_choices(plan: WorkPlanNode, within: str | None = None, keep: str | None = None) -> list[ActivityChoice]:
    """The plan's activities in the document's order that a new event can be logged against; with
    ``within`` (the uuid of a work area, program, project or activity) only those under it.

    Retired activities (or under a retired project, program or work area) are left out, except
    ``keep``: the activity an existing event is under, which it keeps (marked ``retired``)."""
    choices = []
    for area in plan.work_areas:
        for program in area.programs:
            for project in program.projects:
                code = project_code(area, program, project)
                project_label = f"{project.number}. {project.title}" if project.number else project.title
                for activity in project.activities:
                    branch = (area.uuid, program.uuid, project.uuid)
                    if within is not None and within not in (*branch, activity.uuid):
                        continue
                    if activity.retired and activity.uuid != keep:
                        continue
                    target = target_label(activity)
                    path = (f"{area.number}. {area.title} › {program.letter}. {program.title} › {project_label} › "
                            f"{activity.text}")
                    words = " ".join((code, project.title, activity.text, target, area.title, program.title))
                    choices.append(ActivityChoice(activity.uuid, code, project.title, activity.text, target,
                                                  activity.upon_request, path, branch, fold(words), activity.retired))
    return choices


def choice_matches(choice: ActivityChoice, query: str) -> bool:
    """Whether every word typed is found in the activity's code, project, text or target
    (in any order, case and accents ignored)."""
    return all(word in choice.search_text for word in fold(query).split())


def branch_label(plan: WorkPlanNode, uuid: str) -> str | None:
    """'3. Cyber Security', '3.A Cyber Security', '3.A.11 Development of ...' for an item of the
    plan (its code and title), None when it is not one of its work areas, programs or projects."""
    for area in plan.work_areas:
        if area.uuid == uuid:
            return f"{area.number}. {area.title}"
        for program in area.programs:
            if program.uuid == uuid:
                return f"{program_code(area, program)} {program.title}"
            for project in program.projects:
                if project.uuid == uuid:
                    return f"{project_code(area, program, project)} {project.title}"
    return None
