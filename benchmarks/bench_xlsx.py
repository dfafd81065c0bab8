"""``benchmarks/run.py xlsx``: the workbook on 100,000 events beside a bare openpyxl loop, its
import back, and how fast a cancel returns."""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_common import child_environment, median_time


_EXPORT_CHILD = """
import sys, time
from pathlib import Path
from cicte_desktop.db.database import open_database
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
import openpyxl  # loaded before the baseline memory reading, as the export needs it anyway

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024
db = open_database(sys.argv[1])
db.integrity.wait()
before = rss("VmRSS:")
started = time.perf_counter()
result = export_workbook(db, ExportOptions(None, None), Path(sys.argv[2]))
print(time.perf_counter() - started, rss("VmHWM:") - before, result.events)
"""


def bench_xlsx(events: int, repeat: int) -> list[tuple[str, float]]:
    """The Excel export of ``events`` events beside a bare openpyxl write-only loop of the same
    Events rows; then the import of the Events sheet back (preview), and of as many new rows."""
    import subprocess

    from openpyxl import Workbook

    from cicte_desktop.db.database import open_database
    from cicte_desktop.exports.xlsx_sheets import event_rows
    from cicte_desktop.services import figures, workplan
    from cicte_desktop.services.events import workbook_import
    from cicte_desktop.services.workbook_layout import event_columns
    from cicte_desktop.services.demo import add_demo_events

    work = Path(tempfile.mkdtemp(prefix="cicte-xlsx-"))
    env = child_environment(work)
    try:
        path = work / "events.sqlite"
        db = open_database(path)
        add_demo_events(db, events, seed=1)
        runs = []
        for i in range(repeat):
            out = subprocess.run([sys.executable, "-c", _EXPORT_CHILD, str(path), str(work / f"ours-{i}.xlsx")],
                                 capture_output=True, text=True, env=env, check=True).stdout.split()
            runs.append((float(out[0]), float(out[1])))
        plan = workplan.get_work_plan(db)
        rows = list(event_rows(db, plan, figures.EventFilter(), None))
        headers = [header for _key, header, _width in event_columns()]

        def bare(i: int) -> None:
            book = Workbook(write_only=True)
            sheet = book.create_sheet("Events")
            sheet.append(headers)
            for row in rows:
                sheet.append(row)
            book.save(work / f"bare-{i}.xlsx")

        bare_s = median_time(bare, repeat)
        started = time.perf_counter()
        preview = workbook_import.preview_import(db, work / "ours-0.xlsx")
        preview_s = time.perf_counter() - started
        unchanged = preview.count(workbook_import.UNCHANGED)

        # The same rows without their IDs: every one a new event.
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Events")
        for _ in range(3):
            sheet.append([])
        sheet.append(headers)
        uuid_at = [key for key, _header, _width in event_columns()].index("uuid")
        for row in rows:
            sheet.append([None if at == uuid_at else value for at, value in enumerate(row)])
        book.save(work / "new.xlsx")
        started = time.perf_counter()
        new_preview = workbook_import.preview_import(db, work / "new.xlsx")
        new_preview_s = time.perf_counter() - started
        started = time.perf_counter()
        created, _changed = workbook_import.apply_import(db, new_preview)
        apply_s = time.perf_counter() - started
        # The same rows applied again, cancelled at moments of it: the longest wait for the return.
        cancel_apply_s = max(_cancel_time(lambda progress: workbook_import.apply_import(db, new_preview, progress),
                                          workbook_import.WorkbookImportCancelled, fraction * apply_s, db)
                             for fraction in (0.05, 0.3, 0.6, 0.9))
        db.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    export_s = statistics.median(t for t, _m in runs)
    return [
        ("events", events), ("export_s", export_s), ("bare_s", bare_s), ("export_ratio", export_s / bare_s),
        ("export_mb", max(m for _t, m in runs)), ("import_preview_s", preview_s), ("import_unchanged", unchanged),
        ("import_new_preview_s", new_preview_s), ("import_apply_s", apply_s), ("import_created", created),
        ("cancel_apply_s", cancel_apply_s),
    ]


def _cancel_time(job: Callable[[Callable[[int, int], bool]], object], cancelled: type[BaseException], delay: float,
                 db) -> float:  # type: ignore[no-untyped-def]
    """``job(progress)`` run in a thread (as the window runs it) and cancelled ``delay`` seconds in:
    the time from the cancel to its return (0 when it ended first). It must leave ``db`` as it was."""
    import threading

    def state() -> tuple[int, int]:
        with db.sql() as conn:
            return conn.execute("SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM sync_change)").fetchone()

    before, cancel, outcome = state(), threading.Event(), []
    worker = threading.Thread(target=lambda: outcome.append(_outcome(job, lambda _d, _t: not cancel.is_set())))
    worker.start()
    time.sleep(delay)
    asked = time.perf_counter()
    cancel.set()
    worker.join()
    if not isinstance(outcome[0], cancelled):
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return 0.0
    if state() != before:
        raise AssertionError(f"a cancelled import wrote something: {before} -> {state()}")
    return time.perf_counter() - asked


def _outcome(job, progress) -> object:  # type: ignore[no-untyped-def]
    try:
        return job(progress)
    except BaseException as exc:  # handed to the measuring thread
        return exc
