"""What importing a plan workbook changes (``plan_workbook.read_plan_workbook`` previews it): each
row's change, field by field, and the preview as a whole; applying the preview in one transaction,
each change with the reason given in the plan's history (amendments after approval), refused when
the plan changed since it was read (its digest, ``plan_state``). No widgets.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cicte_desktop import i18n
from cicte_desktop.cancel import Cancelled, ProgressCallback, Steps
from cicte_desktop.db import driver_sql
from cicte_desktop.db.database import Database
from cicte_desktop.services import plan_edit, plan_reading, plan_years
from cicte_desktop.services.events.workbook_files import ImportFileError, error_detail

ADDED, CHANGED, RETIRED, UNCHANGED, MISSING = "added", "changed", "retired", "unchanged", "missing"


def _tr(text: str) -> str:
    return i18n.translate("PlanWorkbookImport", text)


class PlanWorkbookError(ImportFileError):
    """The workbook cannot be imported (or no longer can); the message is for the user. Nothing
    was written."""


class PlanWorkbookCancelled(Cancelled):
    """The user cancelled reading the workbook, or applying it (nothing was written)."""


@dataclass(frozen=True)
class FieldChange:
    key: str  # column key: "title", "target", "parent_id"...
    label: str  # the column's heading, in the UI's language
    old: str
    new: str


@dataclass
class PlanRowChange:
    """An item of the plan as the workbook leaves it."""
    kind: str  # ADDED, CHANGED, RETIRED, UNCHANGED or MISSING
    row: int | None  # the sheet's row (None: MISSING)
    table: str
    code: str
    title: str
    uuid: str | None = None  # None: ADDED
    changes: list[FieldChange] = field(default_factory=list)
    keeps_events: bool = False  # RETIRED: events point at it, so it stays, marked retired
    # What applying needs (not shown):
    parent_uuid: str | None = None
    parent_row: int | None = None  # an added parent, by its row
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class PlanWorkbookPreview:
    path: Path
    sheet: str
    year: int
    creates: bool  # the year has no plan: importing creates it from ``source_year``'s
    source_year: int | None
    plan_symbol: str
    headquarters: bool
    items: list[PlanRowChange]
    problems: list[str]
    skipped: list[str]  # rows not read (totals, notes), each with why
    state: str  # the plan as it was read; applying refuses if it changed since
    #: The order of the rows under each item of the plan (its uuid: the children's uuids, or the
    #: sheet rows of added ones), when it differs from the plan's.
    orders: dict[str, list[str | int]] = field(default_factory=dict)

    def of(self, kind: str) -> list[PlanRowChange]:
        return [i for i in self.items if i.kind == kind]

    def count(self, kind: str) -> int:
        return sum(1 for i in self.items if i.kind == kind)

    @property
    def has_changes(self) -> bool:
        return self.creates or any(i.kind in (ADDED, CHANGED, RETIRED) for i in self.items)

    @property
    def can_apply(self) -> bool:
        return not self.problems and self.has_changes and self.headquarters

    def mode_sentence(self) -> str:
        """Whether importing adds to the year's plan or creates it, plainly."""
        if self.creates:
            return _tr("There is no work plan for {year} yet: importing CREATES it, as a copy of the {source} plan "
                       "(every item carried over, linked to the one it came from) with the changes below.").format(
                year=self.year, source=self.source_year)
        return _tr("The {year} work plan ({symbol}) exists: importing ADDS TO it — the items below are added, changed "
                   "or retired in it; the others stay as they are.").format(
            year=self.year, symbol=self.plan_symbol)

    def role_sentence(self) -> str | None:
        if self.headquarters:
            return None
        return _tr("This computer is a laptop: plan changes are made at headquarters, where they travel to every "
                   "laptop. This workbook can be previewed here, not imported.")


@dataclass(frozen=True)
class PlanWorkbookResult:
    year: int
    created: bool
    added: int
    changed: int
    retired: int


def plan_state(query: Any, year: int, source_year: int | None) -> str:
    """A digest of the plan of ``year`` (or, when it has none, of the plan it would be created
    from) as stored: any change to it since the preview changes the digest."""
    digest = hashlib.sha256()
    for plan_year in (year, source_year):
        if plan_year is None:
            continue
        rows = query("SELECT uuid, approved_on, updated_at FROM work_plan WHERE year = ? AND NOT deleted", (plan_year,))
        digest.update(repr(rows).encode())
        if not rows:
            continue
        ids = [rows[0][0]]
        for table, parent in (("work_area", "work_plan_uuid"), ("program", "work_area_uuid"),
                              ("project", "program_uuid"), ("planned_activity", "project_uuid")):
            found: list[Any] = []
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found += query(f"SELECT uuid, updated_at, deleted, retired, position FROM {table} WHERE {parent} IN "
                               f"({', '.join('?' * len(chunk))}) ORDER BY uuid", tuple(chunk))
            digest.update(repr(found).encode())
            ids = [r[0] for r in found]
        digest.update(repr(query("SELECT count(*), max(rowid) FROM plan_change WHERE work_plan_uuid = ?",
                                 (rows[0][0],))).encode())
        digest.update(repr(query("SELECT count(*), max(updated_at) FROM plan_title")).encode())
    return digest.hexdigest()


# --- Applying ----------------------------------------------------------------------------------


def apply_plan_workbook(db: Database, preview: PlanWorkbookPreview, reason: str,
                        progress: ProgressCallback | None = None) -> PlanWorkbookResult:
    """Make the preview's changes in one transaction, each with ``reason`` in the plan's history
    (amendments after approval); create the year's plan first when the preview says so. Refused
    (PlanWorkbookError, in words, nothing written) with problems, on a laptop, without a reason,
    or when the plan changed since the preview. ``progress(done, total)`` hears of each row
    applied; once it returns False the work stops at its next step (an SQL statement under way
    too) and PlanWorkbookCancelled is raised: the transaction is rolled back whole."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from cicte_desktop.db.errors import DatabaseOpenError
    from cicte_desktop.db.sync_store import interruptible

    if preview.problems:
        raise PlanWorkbookError(_tr("Nothing was imported: correct the rows with problems in the workbook first."))
    if not plan_years.plan_travels_from_here(db):
        raise PlanWorkbookError(_tr("Nothing was imported: this computer is a laptop, and plan changes are made at "
                                    "headquarters (where they travel to every laptop). Import the workbook there."))
    if not preview.has_changes:
        raise PlanWorkbookError(_tr("Nothing to import: the workbook is the plan as it is."))
    # Steps: reading the plan (and carrying it over), each row, each order, each retirement, the end.
    steps = Steps(progress, 2 + len(preview.items) + len(preview.orders) + preview.count(RETIRED) + 1, every=10,
                  cancelled=PlanWorkbookCancelled)
    steps.check()
    try:
        with plan_edit.batch(db, reason) as changes, interruptible(changes.session.connection(), steps.stopped):
            result = _apply(changes, preview, steps)
            changes.session.flush()
            steps.done = steps.total
            steps.check()  # the last chance to cancel: it commits next
            return result
    except plan_reading.PlanEditError as exc:
        raise PlanWorkbookError(_tr("Nothing was imported: {reason}").format(reason=exc)) from exc
    except (DBAPIError, sqlite3.DatabaseError, DatabaseOpenError) as exc:
        if steps.cancelled:  # a statement stopped under way; rolled back
            raise PlanWorkbookCancelled() from None
        raise PlanWorkbookError(_tr("Nothing was imported: the database refused the change ({detail}).").format(
            detail=error_detail(getattr(exc, "orig", exc)))) from exc


def _child_table(changes: plan_edit.PlanBatch, parent_uuid: str) -> str | None:
    """The table of the items under ``parent_uuid`` (a plan, a work area...); None for an activity."""
    from cicte_desktop.db import models as m

    plan = changes.session.get(m.WorkPlan, parent_uuid)
    if plan is not None:
        return "work_area"
    table, _row = changes.find(parent_uuid)
    index = plan_reading.ITEM_TABLES.index(table) + 1
    return plan_reading.ITEM_TABLES[index] if index < len(plan_reading.ITEM_TABLES) else None


def _apply(changes: plan_edit.PlanBatch, preview: PlanWorkbookPreview, steps: Steps) -> PlanWorkbookResult:
    from sqlalchemy import select

    from cicte_desktop.db import models as m

    connection = changes.session.connection()

    def query(sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        return [tuple(r) for r in driver_sql.execute(connection, sql, params).fetchall()]

    if plan_state(query, preview.year, preview.source_year) != preview.state:
        raise PlanWorkbookError(_tr("Nothing was imported: the {year} work plan changed since the workbook was "
                                    "read. Import it again to see what it would change now.").format(
            year=preview.source_year if preview.creates else preview.year))
    ids: dict[str, str] = {}  # the workbook's ids -> the items changed (another plan's when creating)
    if preview.creates:
        assert preview.source_year is not None
        plan_uuid, _symbol, _counts = plan_years.carry_over(changes.session, preview.year, preview.source_year)
        changes.session.flush()
        source = changes.session.scalars(select(m.WorkPlan).where(m.WorkPlan.year == preview.source_year,
                                                                  m.WorkPlan.deleted.is_(False))).one()
        plan = changes.session.get(m.WorkPlan, plan_uuid)
        changes.record(plan, "work_plan", plan_uuid, "added", None,
                       _tr("carried over from the {year} plan").format(year=preview.source_year))
        ids[source.uuid] = plan_uuid
    steps.advance(2)

    def mapped(uuid: str | None) -> str | None:
        if uuid is None or not preview.creates:
            return uuid
        return ids.get(uuid) or plan_years.carried_id(preview.year, uuid)

    added_rows: dict[int, str] = {}
    counts = {ADDED: 0, CHANGED: 0, RETIRED: 0}
    for change in preview.items:
        steps.advance()
        values = change.values
        if change.kind == ADDED:
            parent = mapped(change.parent_uuid) if change.parent_uuid else added_rows[change.parent_row or 0]
            uuid = changes.add(parent, values["title"], values["code"] or None)
            added_rows[change.row or 0] = uuid
            if any(values["titles"].values()):
                changes.set_titles(uuid, {k: v for k, v in values["titles"].items() if v})
            if change.table == "planned_activity" and (values["target"] is not None or values["unit"]
                                                       or values["upon_request"]):
                changes.set_target(uuid, values["target"], values["unit"] or None, bool(values["upon_request"]),
                                   first_half=values["target_first_half"], second_half=values["target_second_half"])
            counts[ADDED] += 1
        elif change.kind in (CHANGED, RETIRED):
            uuid = mapped(change.uuid)
            assert uuid is not None
            keys = {c.key for c in change.changes}
            if "parent_id" in keys:
                changes.move(uuid, parent_uuid=mapped(change.parent_uuid))
            if "code" in keys:
                changes.set_code(uuid, values["code"])
            if "title" in keys:
                changes.rename(uuid, values["title"])
            wanted = {k[len("title_"):]: v for k, v in ((f"title_{lang}", values["titles"].get(lang))
                                                         for lang in values["titles"]) if k in keys}
            if wanted:
                changes.set_titles(uuid, wanted)
            if keys & {"target", "unit", "upon_request", "target_first_half", "target_second_half"}:
                _table, row = changes.find(uuid)
                changes.set_target(uuid, values["target"] if "target" in keys else row.target_quantity,
                                   (values["unit"] or None) if "unit" in keys else row.target_unit,
                                   bool(values["upon_request"]) if "upon_request" in keys else row.upon_request,
                                   first_half=values["target_first_half"] if "target_first_half" in keys
                                   else plan_edit.KEEP,
                                   second_half=values["target_second_half"] if "target_second_half" in keys
                                   else plan_edit.KEEP)
            if "retired" in keys:
                changes.restore(uuid)
            if change.kind == CHANGED:
                counts[CHANGED] += 1
    # The order of the rows, where it differs from the plan's.
    recorded = {mapped(c.uuid) or "" for c in preview.items if c.uuid and any(f.key == "order" for f in c.changes)}
    for parent, wanted in preview.orders.items():
        steps.advance()
        parent_uuid = mapped(parent) or parent
        table = _child_table(changes, parent_uuid)
        if table is None:
            continue
        changes.reorder(table, parent_uuid, [added_rows[u] if isinstance(u, int) else (mapped(u) or u) for u in wanted
                                             if not isinstance(u, int) or u in added_rows], recorded)
    # Retired last, children before their parents.
    for change in reversed(preview.items):
        if change.kind == RETIRED:
            steps.advance()
            changes.retire(mapped(change.uuid) or "")
            counts[RETIRED] += 1
    return PlanWorkbookResult(preview.year, preview.creates, counts[ADDED], counts[CHANGED], counts[RETIRED])
