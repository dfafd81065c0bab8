"""Editing a year's work plan: add, rename, move, retire items, set targets and translated titles,
approve the plan. No widgets.

Every change is one transaction that also writes, for each field it changes, a row of the plan's
history (``plan_change``) with the reason given (required). Once the plan is approved
(``work_plan.approved_on``), later changes are amendments: their history rows say so, and
reports can mark them.

An item that events point at is never deleted: retiring it marks it ``retired`` (its events keep
their activity and their figures); an item without events is retired by deleting it (rows are
never removed, only marked ``deleted``).

Plan tables travel in field packages only from headquarters (``sync.trust.AUTHORITY_TABLES``):
changes made on a laptop stay on that laptop.

Reading the plan for editing, its history and its amendments: ``plan_reading``.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.services.plan_reading import (
    ITEM_TABLES, LANGUAGES, PARENTS, TITLE_COLUMN, PlanEditError,
)

#: Longest title or unit accepted (a title is a sentence or two of the plan document).
MAX_TITLE, MAX_UNIT = 2000, 200
#: The largest target (and half-year target) the editor accepts.
MAX_TARGET = 1_000_000


def _tr(text: str) -> str:
    return i18n.translate("PlanEdit", text)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some Windows set-ups)
        return ""


def _models() -> dict[str, Any]:
    from cicte_desktop.db import models as m

    return {"work_plan": m.WorkPlan, "work_area": m.WorkArea, "program": m.Program, "project": m.Project,
            "planned_activity": m.PlannedActivity}


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise PlanEditError(_tr("Say why the plan changes: a reason is required for every change."))
    return text


def _title(title: str | None) -> str:
    text = " ".join((title or "").split())
    if not text:
        raise PlanEditError(_tr("A plan item needs a title."))
    if len(text) > MAX_TITLE:
        raise PlanEditError(_tr("A title has at most {count} characters.").format(count=MAX_TITLE))
    return text


# --- Writing -----------------------------------------------------------------------------------


#: ``PlanBatch.set_target``: leave the half-year targets as they are.
KEEP = object()


class PlanBatch:
    """Changes made in one transaction, each written to the plan's history with the same reason:
    what every editing function below does for one change, and what an import of the plan
    workbook does for many (``with batch(db, reason) as changes: ...``)."""

    def __init__(self, session: Any, reason: str) -> None:
        self.session = session
        self.reason = reason
        self.models = _models()

    def find(self, uuid: str) -> tuple[str, Any]:
        for table in ITEM_TABLES:
            row = self.session.get(self.models[table], uuid)
            if row is not None and not row.deleted:
                return table, row
        raise PlanEditError(_tr("This plan item is no longer in the plan; reopen the plan editor."))

    def plan_of(self, table: str, row: Any) -> Any:
        while table != "work_plan":
            parent_table, column = PARENTS[table]
            row = self.session.get(self.models[parent_table], getattr(row, column))
            table = parent_table
        return row

    def record(self, plan: Any, table: str, uuid: str, name: str, old: Any, new: Any) -> None:
        from cicte_desktop.db import models as m
        from cicte_desktop.db.ids import new_id

        shown = [None if v is None else (v.isoformat() if isinstance(v, dt.date) else str(v)) for v in (old, new)]
        self.session.add(m.PlanChange(
            uuid=new_id(), work_plan_uuid=plan.uuid, item_table=table, item_uuid=uuid, field=name,
            old_value=shown[0], new_value=shown[1], reason=self.reason, user_name=_user(),
            amendment=plan.approved_on is not None))

    def set(self, plan: Any, table: str, row: Any, name: str, value: Any) -> bool:
        old = getattr(row, name)
        if old == value:
            return False
        setattr(row, name, value)
        self.record(plan, table, row.uuid, name, old, value)
        return True

    def siblings(self, table: str, parent_uuid: str) -> list[Any]:
        from sqlalchemy import select

        model = self.models[table]
        column = getattr(model, PARENTS[table][1])
        rows = self.session.scalars(select(model).where(column == parent_uuid, model.deleted.is_(False)))
        return sorted(rows, key=lambda r: r.position)

    # --- The changes ------------------------------------------------------------------------

    def add(self, parent_uuid: str, title: str, code: str | None = None) -> str:
        """A new item at the end of ``parent_uuid``; its number or letter is the next free one
        unless ``code`` is given. Returns its uuid."""
        from cicte_desktop.db.ids import new_id

        text = _title(title)
        plan = self.session.get(self.models["work_plan"], parent_uuid)
        if plan is not None and not plan.deleted:
            table = "work_area"
        else:
            parent_table, parent = self.find(parent_uuid)
            if parent_table == "planned_activity":
                raise PlanEditError(_tr("An activity has no items under it; add to its project instead."))
            plan = self.plan_of(parent_table, parent)
            table = ITEM_TABLES[ITEM_TABLES.index(parent_table) + 1]
        siblings = self.siblings(table, parent_uuid)
        values: dict[str, Any] = {PARENTS[table][1]: parent_uuid, TITLE_COLUMN[table]: text,
                                  "position": max((s.position for s in siblings), default=0) + 1}
        if code is None:
            code = _next_code(table, siblings)
        if table == "program":
            values["letter"] = code
        elif table in ("work_area", "project"):
            values["number"] = code or (None if table == "project" else _next_code(table, siblings))
        uuid = new_id()
        self.session.add(self.models[table](uuid=uuid, **values))
        self.session.flush()  # later changes of the batch find it
        self.record(plan, table, uuid, "added", None, text)
        return uuid

    def rename(self, uuid: str, title: str) -> bool:
        text = _title(title)
        table, row = self.find(uuid)
        return self.set(self.plan_of(table, row), table, row, TITLE_COLUMN[table], text)

    def set_code(self, uuid: str, code: str | None) -> bool:
        """A work area's or project's number, a program's letter (a project's may be empty)."""
        table, row = self.find(uuid)
        column = {"work_area": "number", "program": "letter", "project": "number"}.get(table)
        if column is None:
            raise PlanEditError(_tr("Activities are not numbered: they follow their project's order."))
        code = (code or "").strip() or None
        if code is None and table != "project":
            raise PlanEditError(_tr("A work area needs its number and a program its letter."))
        if code is not None and len(code) > 8:
            raise PlanEditError(_tr("A number or letter has at most {count} characters.").format(count=8))
        return self.set(self.plan_of(table, row), table, row, column, code)

    def move(self, uuid: str, *, step: int = 0, parent_uuid: str | None = None) -> bool:
        table, row = self.find(uuid)
        plan = self.plan_of(table, row)
        column = PARENTS[table][1]
        if parent_uuid is not None and parent_uuid != getattr(row, column):
            parent_table = PARENTS[table][0]
            parent = self.session.get(self.models[parent_table], parent_uuid)
            if parent is None or parent.deleted or self.plan_of(parent_table, parent).uuid != plan.uuid:
                raise PlanEditError(_tr("An item moves only under an item of the same level of the same plan."))
            if parent.retired:
                raise PlanEditError(_tr("Nothing moves under a retired item: it is no longer in the plan."))
            siblings = self.siblings(table, parent_uuid)
            self.set(plan, table, row, column, parent_uuid)
            self.set(plan, table, row, "position", max((s.position for s in siblings), default=0) + 1)
            # Numbered in its new place (the next letter or number there), so that no two items
            # under one parent share a code; an unnumbered project stays unnumbered.
            code_column = {"program": "letter", "project": "number"}.get(table)
            if code_column and getattr(row, code_column):
                self.set(plan, table, row, code_column, _next_code(table, siblings))
            self.session.flush()
            return True
        siblings = self.siblings(table, getattr(row, column))
        index = next(i for i, s in enumerate(siblings) if s.uuid == row.uuid)
        other = index + step
        if step == 0 or not 0 <= other < len(siblings):
            return False
        neighbour = siblings[other]
        mine, theirs = row.position, neighbour.position
        if mine == theirs:  # equal positions (old data): make room
            theirs = mine + step
        self.set(plan, table, row, "position", theirs)
        self.set(plan, table, neighbour, "position", mine)
        self.session.flush()
        return True

    def retire(self, uuid: str) -> bool:
        """True when the item was kept, marked retired (events point at it or below it); False
        when it had none and was deleted."""
        table, row = self.find(uuid)
        plan = self.plan_of(table, row)
        if _has_events(self.session, table, uuid):
            if row.retired:
                raise PlanEditError(_tr("This item is already retired."))
            self.set(plan, table, row, "retired", True)
            return True
        self.set(plan, table, row, "deleted", True)
        self.session.flush()
        return False

    def reorder(self, table: str, parent_uuid: str, wanted: list[str], recorded: set[str]) -> None:
        """The ``table`` items under ``parent_uuid`` in the order of ``wanted``; those it does not
        name keep their place after the sibling they followed. A changed position is written to
        the history for the items in ``recorded`` (the ones the user moved); the others only
        make room."""
        siblings = self.siblings(table, parent_uuid)
        if not siblings:
            return
        by_uuid = {s.uuid: s for s in siblings}
        current = [s.uuid for s in siblings]
        final = list(dict.fromkeys(u for u in wanted if u in by_uuid))
        for index, uuid in enumerate(current):
            if uuid in final:
                continue
            before = next((current[j] for j in range(index - 1, -1, -1) if current[j] in final), None)
            final.insert(final.index(before) + 1 if before is not None else 0, uuid)
        plan = self.plan_of(table, siblings[0])
        for position, uuid in enumerate(final, start=1):
            row = by_uuid[uuid]
            if row.position != position:
                if uuid in recorded:
                    self.set(plan, table, row, "position", position)
                else:
                    row.position = position
        self.session.flush()

    def restore(self, uuid: str) -> bool:
        """A retired item back in the plan; False when it was not retired."""
        table, row = self.find(uuid)
        return self.set(self.plan_of(table, row), table, row, "retired", False)

    def set_target(self, uuid: str, quantity: int | None, unit: str | None, upon_request: bool, *,
                   first_half: int | None | object = KEEP, second_half: int | None | object = KEEP) -> int:
        """The activity's target; its half-year targets too when given (``KEEP``: as they are,
        checked against the new target all the same)."""
        quantity, unit = _target(quantity, unit)
        table, row = self.find(uuid)
        if table != "planned_activity":
            raise PlanEditError(_tr("Only activities have targets."))
        first = row.target_first_half if first_half is KEEP else first_half
        second = row.target_second_half if second_half is KEEP else second_half
        problem = half_targets_problem(quantity, first, second)  # type: ignore[arg-type]
        if problem:
            raise PlanEditError(problem)
        plan = self.plan_of(table, row)
        return sum((self.set(plan, table, row, "target_quantity", quantity),
                    self.set(plan, table, row, "target_unit", unit),
                    self.set(plan, table, row, "upon_request", bool(upon_request)),
                    self.set(plan, table, row, "target_first_half", first),
                    self.set(plan, table, row, "target_second_half", second)))

    def set_titles(self, uuid: str, titles: dict[str, str]) -> int:
        from sqlalchemy import select

        from cicte_desktop.db import models as m
        from cicte_desktop.db.seed import plan_title_id

        wanted = _titles(titles)
        plan = self.session.get(self.models["work_plan"], uuid)
        if plan is not None and not plan.deleted:
            table = "work_plan"
        else:
            table, row = self.find(uuid)
            plan = self.plan_of(table, row)
        existing = {r.language: r for r in self.session.scalars(select(m.PlanTitle).where(m.PlanTitle.item_uuid == uuid))}
        changed = 0
        for language, title in wanted.items():
            row = existing.get(language)
            old = row.title if row is not None and not row.deleted else ""
            if old == title:
                continue
            if row is None:
                self.session.add(m.PlanTitle(uuid=plan_title_id(uuid, language), item_uuid=uuid,
                                             language=language, title=title))
            else:
                if title:
                    row.title = title
                row.deleted = not title
            self.record(plan, table, uuid, f"title_{language}", old or None, title or None)
            changed += 1
        return changed


_Change = PlanBatch  # (its former name)


@contextmanager
def batch(db: Database, reason: str | None) -> Iterator[PlanBatch]:
    """One transaction of plan changes, each with ``reason`` (required) in the plan's history:
    all of them are written, or none (any error rolls everything back)."""
    text = _reason(reason)
    with db.write() as session:
        yield PlanBatch(session, text)


def _next_code(table: str, siblings: list[Any]) -> str | None:
    if table == "planned_activity":
        return None
    if table == "program":
        letters = [s.letter for s in siblings if len(s.letter or "") == 1 and s.letter.isalpha()]
        return chr(max((ord(x.upper()) for x in letters), default=ord("A") - 1) + 1)
    numbers = [int(s.number) for s in siblings if (s.number or "").isdigit()]
    return str(max(numbers, default=0) + 1)


def add_item(db: Database, parent_uuid: str, title: str, reason: str) -> str:
    """A new item at the end of ``parent_uuid`` (the plan for a work area, a work area for a
    program, and so on); returns its uuid."""
    text = _title(title)
    with batch(db, reason) as changes:
        return changes.add(parent_uuid, text)


def rename(db: Database, uuid: str, title: str, reason: str) -> bool:
    """The item's English title; False when it already had that title (nothing written)."""
    text = _title(title)
    with batch(db, reason) as changes:
        return changes.rename(uuid, text)


def move(db: Database, uuid: str, reason: str, *, step: int = 0, parent_uuid: str | None = None) -> bool:
    """Up (``step`` -1) or down (+1) among its siblings, or to the end of another parent of the
    same level in the same plan (``parent_uuid``, not retired; a program or project takes the next
    letter or number there, see ``move_targets``). False when it cannot go further."""
    with batch(db, reason) as changes:
        return changes.move(uuid, step=step, parent_uuid=parent_uuid)


def _has_events(session: Any, table: str, uuid: str) -> bool:
    """Whether any event (even one deleted, which can be restored) points at the item or below it."""
    from sqlalchemy import text

    below = {
        "planned_activity": "SELECT uuid FROM planned_activity WHERE uuid = :u",
        "project": "SELECT uuid FROM planned_activity WHERE project_uuid = :u",
        "program": "SELECT t.uuid FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid "
                   "WHERE j.program_uuid = :u",
        "work_area": "SELECT t.uuid FROM planned_activity t JOIN project j ON j.uuid = t.project_uuid "
                     "JOIN program p ON p.uuid = j.program_uuid WHERE p.work_area_uuid = :u",
    }[table]
    return session.execute(text(f"SELECT EXISTS (SELECT 1 FROM event WHERE activity_uuid IN ({below}))"),
                           {"u": uuid}).scalar_one() == 1


def retire(db: Database, uuid: str, reason: str) -> bool:
    """Take the item out of the plan. True when it was kept, marked retired, because events point
    at it (or below it); False when it had none and was deleted."""
    with batch(db, reason) as changes:
        return changes.retire(uuid)


def _target(quantity: int | None, unit: str | None) -> tuple[int | None, str | None]:
    if quantity is not None and not 0 <= quantity <= MAX_TARGET:
        raise PlanEditError(_tr("A target is a number from 0 to 1,000,000."))
    unit = " ".join((unit or "").split()) or None
    if unit is not None and len(unit) > MAX_UNIT:
        raise PlanEditError(_tr("A unit has at most {count} characters.").format(count=MAX_UNIT))
    return quantity, unit


def half_targets_problem(quantity: int | None, first_half: int | None, second_half: int | None) -> str | None:
    """Why these half-year targets cannot go with the target ``quantity``, in words; None when
    they can (the rule field packages apply too: ``validation.records.half_targets_fault``)."""
    from cicte_desktop.validation.records import HALF_OVER_TARGET, HALVES_NOT_THE_TARGET, NO_TARGET_FOR_HALVES
    from cicte_desktop.validation.records import half_targets_fault

    for half in (first_half, second_half):
        if half is not None and not 0 <= half <= MAX_TARGET:
            return _tr("A half-year target is a number from 0 to 1,000,000.")
    fault = half_targets_fault(quantity, first_half, second_half)
    if fault == NO_TARGET_FOR_HALVES:
        return _tr("A half-year target is part of the activity's target: give the target as a number first.")
    if fault == HALF_OVER_TARGET:
        return _tr("A half-year target cannot be more than the whole target ({target}).").format(target=quantity)
    if fault == HALVES_NOT_THE_TARGET:
        return _tr("The targets of the two halves add up to {sum}, not to the target of {target}: change one of them, "
                   "or leave one empty (it is then the rest of the target).").format(
                       sum=(first_half or 0) + (second_half or 0), target=quantity)
    return None


def set_target(db: Database, uuid: str, quantity: int | None, unit: str | None, upon_request: bool,
               reason: str, *, first_half: int | None = None, second_half: int | None = None) -> int:
    """An activity's target: how many (None: no number), of what, or "upon request", and how many
    of it are due in each half of the year (``first_half`` by 30 June, ``second_half`` in
    July-December; None: not split). Both halves set add up to the target; one alone leaves the
    other half the rest. Returns how many fields changed (0: nothing written)."""
    _target(quantity, unit)
    problem = half_targets_problem(quantity, first_half, second_half)
    if problem:
        raise PlanEditError(problem)
    with batch(db, reason) as changes:
        return changes.set_target(uuid, quantity, unit, upon_request, first_half=first_half, second_half=second_half)


def _titles(titles: dict[str, str]) -> dict[str, str]:
    wanted = {}
    for language, title in titles.items():
        if language not in LANGUAGES:
            raise PlanEditError(_tr("Titles are translated into Spanish, French and Portuguese."))
        wanted[language] = " ".join((title or "").split())
        if len(wanted[language]) > MAX_TITLE:
            raise PlanEditError(_tr("A title has at most {count} characters.").format(count=MAX_TITLE))
    return wanted


def set_titles(db: Database, uuid: str, titles: dict[str, str], reason: str) -> int:
    """The item's (or the plan's) titles in Spanish, French and Portuguese; an empty title
    removes one. Returns how many changed."""
    _titles(titles)
    with batch(db, reason) as changes:
        return changes.set_titles(uuid, titles)


def approve(db: Database, year: int, approved_on: dt.date, reason: str) -> None:
    """Approve ``year``'s plan on ``approved_on``: every later change is an amendment."""
    from sqlalchemy import select

    with batch(db, reason) as change:
        model = change.models["work_plan"]
        plan = change.session.scalars(select(model).where(model.year == year, model.deleted.is_(False))).one_or_none()
        if plan is None:
            raise PlanEditError(_tr("There is no work plan for {year}.").format(year=year))
        if plan.approved_on is not None:
            raise PlanEditError(_tr("The {year} work plan was approved on {date}; later changes are amendments.").format(
                year=year, date=plan.approved_on.isoformat()))
        change.record(plan, "work_plan", plan.uuid, "approved_on", None, approved_on)
        change.session.flush()  # the approval itself is not an amendment
        plan.approved_on = approved_on
