"""Cancelling an import of a workbook while it is applied (the Events sheet of an Excel workbook, a
plan workbook) at any of its steps stops it there and leaves nothing behind: the database the
same row for row and byte for byte, no file left beside it; once not cancelled, it imports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cicte_desktop.cancel import Steps
from cicte_desktop.db import sync_store
from cicte_desktop.exports.plan_xlsx import export_plan_workbook, plan_columns
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services import plan_workbook, plan_workbook_changes as pwc, workplan
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.services.events import workbook_import
from cicte_desktop.services.workbook_layout import HEADER_ROWS
from cicte_desktop.sync import trust
from tests.sync_helpers import database_bytes, everything_stored

YEAR = ExportOptions(dt.date(2016, 1, 1), dt.date(2016, 12, 31))
COLUMN = {c.key: index for index, c in enumerate(plan_columns(), start=1)}


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def cancel_at_every_step(work: Callable[[Callable[[int, int], bool]], Any], cancelled: type[BaseException],
                         after_each: Callable[[int], None]) -> tuple[int, Any, list[tuple[int, int]]]:
    """Run ``work(progress)`` cancelled at its first report, then at its second, and so on until it
    runs to its end; ``after_each(calls)`` after each cancelled run. Returns how many runs were
    cancelled, what the run that ended returned and the reports it made."""
    for calls in range(2000):
        seen: list[tuple[int, int]] = []

        def progress(done: int, total: int) -> bool:
            seen.append((done, total))
            return len(seen) <= calls

        try:
            result = work(progress)
        except cancelled:
            assert len(seen) == calls + 1, "went on after the cancel"  # stopped at its first report after it
            after_each(calls)
        else:
            return calls, result, seen
    raise AssertionError("the work never ended")


def unchanged_checker(db, folder: Path) -> Callable[[int], None]:  # type: ignore[no-untyped-def]
    stored, file_bytes, files = everything_stored(db), database_bytes(db), files_in(folder)

    def unchanged(calls: int) -> None:
        assert everything_stored(db) == stored, f"cancelled after {calls} reports, something was written"
        assert database_bytes(db) == file_bytes
        assert files_in(folder) == files, f"cancelled after {calls} reports, a file was left"

    return unchanged


def assert_meaningful(seen: list[tuple[int, int]]) -> None:
    """The reports count up toward their total, and end at it."""
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert seen[-1][0] == seen[-1][1] > 0 and len({total for _done, total in seen}) == 1


# --- The Events sheet of an Excel workbook ---------------------------------------------------------


def _events_workbook(db, tmp_path: Path, new: int) -> Path:  # type: ignore[no-untyped-def]
    """The 2016 events, a few edited, and ``new`` events more (copies without an event ID)."""
    path = tmp_path / "edited.xlsx"
    export_workbook(db, YEAR, path)
    book = load_workbook(path)
    sheet = book["Events"]
    headers = [c.value for c in sheet[HEADER_ROWS + 1]]
    title = headers.index("Title") + 1
    first = HEADER_ROWS + 2
    for row in range(first, first + 5):
        sheet.cell(row, title).value = f"Retitled in Excel {row}"
    template = [c.value for c in sheet[first + 6]]
    for i in range(new):
        values = list(template)
        values[-1] = None  # no Event ID: a new event
        values[title - 1] = f"Workshop added in Excel {i}"
        sheet.append(values)
    book.save(path)
    return path


@pytest.mark.parametrize("new", [3, 120])  # a few rows, and enough for the bulk writes of db/bulk.py
def test_an_events_import_cancelled_at_any_step_writes_nothing(db, tmp_path: Path, new: int) -> None:
    add_demo_events(db, 40, seed=7, years=(2016,))
    preview = workbook_import.preview_import(db, _events_workbook(db, tmp_path, new))
    assert preview.can_apply and (preview.count(workbook_import.NEW), preview.count(workbook_import.CHANGED)) == (
        new, 5), [r.problems for r in preview.rows if r.problems][:2]
    unchanged = unchanged_checker(db, tmp_path)
    cancelled, result, seen = cancel_at_every_step(
        lambda progress: workbook_import.apply_import(db, preview, progress), workbook_import.WorkbookImportCancelled,
        unchanged)
    assert cancelled >= 8  # the start, each table of new events, of changed ones, the end
    assert result == (new, 5)  # once not cancelled, imported
    assert_meaningful(seen)
    with db.sql() as conn:
        assert conn.execute("SELECT count(*) FROM event WHERE title LIKE 'Workshop added in Excel %'").fetchone() == (
            new,)


@pytest.mark.file_only  # SQLite's progress handler (a server stops between statements)
def test_an_events_import_cancelled_while_a_table_is_written_stops_the_statement(
        db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel pressed while SQLite writes a table: the statement stops under way, nothing is written."""
    add_demo_events(db, 40, seed=7, years=(2016,))
    preview = workbook_import.preview_import(db, _events_workbook(db, tmp_path, 300))
    original = sync_store.interruptible
    monkeypatch.setattr(sync_store, "interruptible", lambda conn, stop, every=2_000: original(conn, stop, every))
    monkeypatch.setattr(Steps, "POLL", 0)  # every look of SQLite's asks the user
    unchanged = unchanged_checker(db, tmp_path)
    stopped: list[BaseException | None] = []

    def work(progress):  # type: ignore[no-untyped-def]
        try:
            return workbook_import.apply_import(db, preview, progress)
        except workbook_import.WorkbookImportCancelled as exc:
            stopped.append(exc.__context__.__context__ if exc.__context__ else None)
            raise

    cancelled, result, _seen = cancel_at_every_step(work, workbook_import.WorkbookImportCancelled, unchanged)
    assert result == (300, 5)
    assert any(exc is not None and "interrupt" in str(exc) for exc in stopped), "no statement was stopped under way"


@pytest.mark.file_only  # the bulk write's SQLite triggers (a server keeps its triggers)
def test_a_cancelled_events_import_leaves_the_bulk_triggers(db, tmp_path: Path) -> None:
    add_demo_events(db, 20, seed=3, years=(2016,))
    preview = workbook_import.preview_import(db, _events_workbook(db, tmp_path, 80))

    def triggers() -> list[tuple]:
        with db.sql() as conn:
            return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()

    before = triggers()
    calls = 0

    def progress(done: int, total: int) -> bool:  # cancelled at the table after the events
        nonlocal calls
        calls += 1
        return calls < 3

    with pytest.raises(workbook_import.WorkbookImportCancelled):
        workbook_import.apply_import(db, preview, progress)
    assert triggers() == before and len(before) > 10


# --- A plan workbook -------------------------------------------------------------------------------


@pytest.fixture
def hq(db):
    trust.set_device_role(db, trust.HEADQUARTERS)
    return db


def _row_of(sheet, uuid: str) -> int:  # type: ignore[no-untyped-def]
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, COLUMN["id"]).value == uuid:
            return row
    raise AssertionError(uuid)


def _plan_workbook(db, tmp_path: Path, year: int) -> Path:  # type: ignore[no-untyped-def]
    """The 2016 plan's workbook, for ``year``: targets changed, an activity added, one retired."""
    source = export_plan_workbook(db, 2016, tmp_path / "plan.xlsx").path
    plan = workplan.get_work_plan(db, 2016)
    project = plan.work_areas[0].programs[0].projects[0]
    activities = plan.activities()
    book = load_workbook(source)
    sheet = book["Work plan"]
    if year != 2016:
        sheet.cell(2, 2).value = year
    for target, activity in enumerate(activities[1:13], start=20):
        sheet.cell(_row_of(sheet, activity.uuid), COLUMN["target"]).value = target
    sheet.cell(_row_of(sheet, activities[-1].uuid), COLUMN["retired"]).value = "Yes"
    row = _row_of(sheet, project.uuid) + 1
    sheet.insert_rows(row)
    sheet.cell(row, COLUMN["level"]).value = "Activity"
    sheet.cell(row, COLUMN["title"]).value = "Port security exercise"
    target = tmp_path / f"edited-{year}.xlsx"
    book.save(target)
    source.unlink()
    return target


@pytest.mark.parametrize("year", [2016, 2017])  # changing the year's plan, and creating the next year's
def test_a_plan_workbook_import_cancelled_at_any_step_writes_nothing(hq, tmp_path: Path, year: int) -> None:
    preview = plan_workbook.read_plan_workbook(_plan_workbook(hq, tmp_path, year), hq)
    assert preview.can_apply and preview.creates == (year == 2017), preview.problems
    assert (preview.count(pwc.ADDED), preview.count(pwc.CHANGED), preview.count(pwc.RETIRED)) == (1, 12, 1)
    unchanged = unchanged_checker(hq, tmp_path)
    cancelled, result, seen = cancel_at_every_step(
        lambda progress: pwc.apply_plan_workbook(hq, preview, "Committee decision", progress),
        pwc.PlanWorkbookCancelled, unchanged)
    assert cancelled >= 3  # the start, rows every ten, the end
    assert (result.added, result.changed, result.retired, result.created) == (1, 12, 1, year == 2017)
    assert_meaningful(seen)
    assert workplan.plan_years(hq) == ([2016, 2017] if year == 2017 else [2016])
