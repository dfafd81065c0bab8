#!/usr/bin/env python
"""Performance benchmarks: ``python benchmarks/run.py NAME [--events N] [--repeat R]``.

Each benchmark builds its own data in a temporary folder, measures our code and a bare
baseline in the same run, and prints one ``metric value`` pair per line (medians over
``--repeat`` runs; these machines are noisy, so compare ratios rather than seconds).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median_time(action: Callable[[int], None], repeat: int) -> float:
    times = []
    for i in range(repeat):
        started = time.perf_counter()
        action(i)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_seed(events: int, repeat: int) -> list[tuple[str, float]]:
    """Create and seed a database; add demo events; beside raw sqlite3 executemany of the same rows."""
    from cicte_desktop.db import models as m
    from cicte_desktop.db.bulk import stored
    from cicte_desktop.db.database import apply_connection_pragmas, open_database
    from cicte_desktop.services.demo import add_demo_events, generate_demo_rows

    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    os.environ.setdefault("CICTE_DATA_DIR", str(work / "data"))
    try:
        def create(i: int) -> None:
            open_database(work / f"new-{i}.sqlite").close()

        create_s = _median_time(create, repeat)
        template = work / "new-0.sqlite"

        def ours(i: int) -> None:
            path = work / f"ours-{i}.sqlite"
            shutil.copy(template, path)
            db = open_database(path)
            add_demo_events(db, events, seed=i)
            db.close()

        # The baseline inserts the very rows our code would, pre-generated outside the timing,
        # with plain sqlite3 in one transaction under the same pragmas.
        conn = sqlite3.connect(template)
        activities = conn.execute("SELECT a.uuid, a.target_unit, p.title, a.target_quantity FROM planned_activity a "
                                  "JOIN project p "
                                  "ON p.uuid = a.project_uuid ORDER BY a.uuid").fetchall()
        states = conn.execute("SELECT uuid, iso3 FROM member_state ORDER BY iso3").fetchall()
        partners = [r[0] for r in conn.execute("SELECT uuid FROM partner_organization ORDER BY position")]
        conn.close()
        now = stored(m.utcnow())
        stamps = {"created_at": now, "updated_at": now, "device_id": "bench", "deleted": 0}
        started = time.perf_counter()
        rows = generate_demo_rows(activities, states, partners, events, 0, stamps)
        generate_s = time.perf_counter() - started

        def bare(i: int) -> None:
            path = work / f"bare-{i}.sqlite"
            shutil.copy(template, path)
            raw = sqlite3.connect(path, isolation_level=None)
            apply_connection_pragmas(raw)
            raw.execute("BEGIN")
            for table, table_rows in (("event", rows.events), ("event_member_state", rows.event_member_states),
                                      ("event_partner", rows.event_partners)):
                columns = list(table_rows[0])
                raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                [tuple(r[c] for c in columns) for r in table_rows])
            raw.execute("COMMIT")
            raw.close()

        ours_s = _median_time(ours, repeat)
        bare_s = _median_time(bare, repeat)
        size_mb = (work / "ours-0.sqlite").stat().st_size / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        ("create_seed_s", create_s),
        ("events", events),
        ("demo_events_s", ours_s),
        ("demo_events_per_s", events / ours_s),
        ("generate_only_s", generate_s),
        ("bare_executemany_s", bare_s),
        ("demo_ratio", ours_s / bare_s),
        ("database_mb", size_mb),
    ]


# --- tree: the main window on 100,000 events ----------------------------------------------

_PAINTED_HOOK = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class _Painted(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.done)
        return False
    def done(self):
        print("painted", flush=True)
        self.app.quit()
"""

# As the app starts (cli.main, then app.run_gui): the collector paused and PySide6's import hook
# lightened before the window's modules are imported, the window shown as soon as its tree can
# paint and completed right after. "painted" at the tree's first paint or, given a second
# argument, once the window is whole (``ready``: its menus, controllers and detail pane made).
_APP_STARTUP = """
from cicte_desktop import pyside_hook
from cicte_desktop.gc_pause import pause_start_up
pause_start_up()
pyside_hook.lighten()
""" + _PAINTED_HOOK + """
from cicte_desktop.app import create_application, open_main_window
app = create_application()
window = open_main_window(sys.argv[1])
assert window.plan_model.rowCount() == 5
hook = _Painted(app)
if len(sys.argv) > 2:
    window.ready.connect(lambda: QTimer.singleShot(0, hook.done))
else:
    window.plan_view.viewport().installEventFilter(hook)
app.exec()
"""

_BARE_STARTUP = _PAINTED_HOOK + """
import sqlite3
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView
app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT number, title FROM work_area ORDER BY position").fetchall()
model = QStandardItemModel()
for number, title in rows:
    model.appendRow(QStandardItem(f"{number}. {title}"))
window = QMainWindow()
view = QTreeView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1366, 768)
hook = _Painted(app)
view.viewport().installEventFilter(hook)
window.show()
app.exec()
"""


def _time_to_paint(script: str, db: Path, env: dict[str, str], *args: str) -> float:
    import subprocess

    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, str(db), *args], stdout=subprocess.PIPE, text=True,
                               env=env,
                               cwd=str(Path(__file__).resolve().parent.parent))
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"the window did not paint (exit {process.returncode})")
    return elapsed


def bench_tree(events: int, repeat: int) -> list[tuple[str, float]]:
    """Start-up to a painted window, expanding nodes, searching and filtering on ``events`` events."""
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans

    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    env = {**os.environ, "CICTE_DATA_DIR": str(work / "data"), "XDG_CONFIG_HOME": str(work / "config"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    os.environ.update({k: env[k] for k in ("CICTE_DATA_DIR", "XDG_CONFIG_HOME", "QT_QPA_PLATFORM")})
    try:
        path = work / "events.sqlite"
        db = open_database(path)
        add_demo_plans(db)  # four plan years of events, as demo-data makes them
        add_demo_events(db, events, seed=1)
        db.close()
        # Our modules byte-compiled, as in any installed copy (pip and the bundle compile them;
        # the baseline's PySide6 came compiled by pip): else, where PYTHONDONTWRITEBYTECODE is
        # set, every start would compile some 30 modules again and time the compiler.
        import compileall

        compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "cicte_desktop"), quiet=1)
        _time_to_paint(_APP_STARTUP, path, env)  # warm the file cache for both
        app_runs, ready_runs, bare_runs = [], [], []
        for _ in range(max(repeat, 5)):  # interleaved: a busier spell of the machine slows all three
            app_runs.append(_time_to_paint(_APP_STARTUP, path, env))
            ready_runs.append(_time_to_paint(_APP_STARTUP, path, env, "ready"))
            bare_runs.append(_time_to_paint(_BARE_STARTUP, path, env))
        metrics = [("events", events), ("startup_s", statistics.median(app_runs)),
                   ("bare_startup_s", statistics.median(bare_runs))]
        metrics.append(("startup_ratio", metrics[1][1] / metrics[2][1]))
        # Until the menus, controllers and detail pane are made too (no bound: the window shows before).
        metrics.append(("ready_s", statistics.median(ready_runs)))
        metrics += _interaction_metrics(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return metrics


def _interaction_metrics(path: Path) -> list[tuple[str, float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cicte_desktop.app import build_main_window, create_application

    app = create_application()
    window = build_main_window(path)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    view, model = window.plan_view, window.plan_model

    def settle() -> None:
        QApplication.processEvents()
        window.repaint()  # paint now, as the screen would

    def parents(parent=None):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.rowCount(index):
                yield index
                yield from parents(index)

    view.collapseAll()
    settle()
    expand_times = []
    for index in list(parents()):
        chain, walker = [], index.parent()
        while walker.isValid():
            chain.append(walker)
            walker = walker.parent()
        for ancestor in reversed(chain):
            view.expand(ancestor)
        settle()
        started = time.perf_counter()
        view.expand(index)
        settle()
        expand_times.append(time.perf_counter() - started)
        view.collapseAll()
        settle()

    view.expandAll()
    view.setCurrentIndex(model.index(2, 0))  # a work area with a third of the events
    settle()
    search_times = []
    window.search.setFocus()
    for word in ("kingston", "maritime", "cyber", "workshop", "panama", "zzz"):
        for char in word:
            started = time.perf_counter()
            QTest.keyClick(window.search, char)
            settle()
            search_times.append(time.perf_counter() - started)
        window.search.clear()
        settle()

    combo = window.filter_bar.member_state
    view.setCurrentIndex(model.index(2, 0))
    settle()
    filter_times = []
    for iso in ("JAM", "TTO", "MEX", "BRA", "USA", "BHS", "PAN", "ARG", "CAN", "HTI", None):
        started = time.perf_counter()
        combo.setCurrentIndex(combo.findData(iso) if iso else 0)
        settle()
        filter_times.append(time.perf_counter() - started)
    window.close()
    window.database.close()
    del Qt
    ms = 1000.0
    return [
        ("expand_ms", statistics.median(expand_times) * ms), ("expand_worst_ms", max(expand_times) * ms),
        ("expanded_nodes", len(expand_times)),
        ("search_ms", statistics.median(search_times) * ms), ("search_worst_ms", max(search_times) * ms),
        ("filter_ms", statistics.median(filter_times) * ms), ("filter_worst_ms", max(filter_times) * ms),
    ]


# --- crash: kill -9 while writing -----------------------------------------------------------

_WRITER = """
import sys, uuid, datetime as dt
from cicte_desktop.db.database import open_database
from cicte_desktop.db import models as m
db = open_database(sys.argv[1])
db.integrity.wait()
activity = None
with db.sql() as conn:
    activity = conn.execute("SELECT uuid FROM planned_activity LIMIT 1").fetchone()[0]
print("ready", flush=True)
while True:
    event_id = str(uuid.uuid4())
    with db.write() as s:
        s.add(m.Event(uuid=event_id, activity_uuid=activity, event_type="workshop", title="Crash test",
                      start_date=dt.date(2016, 5, 1), end_date=dt.date(2016, 5, 1)))
    print(event_id, flush=True)  # acknowledged: the commit has returned
"""


def bench_crash(kills: int, _repeat: int) -> list[tuple[str, float]]:
    """``kills`` times: a process writing events in a loop is killed with SIGKILL at a random
    moment; then the database must pass integrity_check and hold every acknowledged event."""
    import random
    import signal
    import sqlite3
    import subprocess

    from cicte_desktop.db.database import open_database

    work = Path(tempfile.mkdtemp(prefix="cicte-crash-"))
    env = {**os.environ, "CICTE_DATA_DIR": str(work / "data"),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    rng = random.Random(0)
    path = work / "crash.sqlite"
    open_database(path).close()
    acknowledged: list[str] = []
    failures = lost = 0
    try:
        for _ in range(kills):
            child = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                                     env=env)
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError("the writer did not start")
            deadline = time.monotonic() + rng.uniform(0.05, 0.6)
            while time.monotonic() < deadline:
                line = child.stdout.readline().strip()
                if line:
                    acknowledged.append(line)
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            # Lines printed before the kill but not read yet were acknowledged too.
            acknowledged += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
            conn = sqlite3.connect(path)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                    failures += 1
                present = {u for (u,) in conn.execute("SELECT uuid FROM event")}
            finally:
                conn.close()
            lost = sum(1 for u in acknowledged if u not in present)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [("kills", kills), ("acknowledged", len(acknowledged)), ("integrity_failures", failures),
            ("lost_acknowledged", lost)]


# --- xlsx: the workbook on 100,000 events ---------------------------------------------------

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
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans

    work = Path(tempfile.mkdtemp(prefix="cicte-xlsx-"))
    env = {**os.environ, "CICTE_DATA_DIR": str(work / "data"),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    os.environ["CICTE_DATA_DIR"] = env["CICTE_DATA_DIR"]
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

        bare_s = _median_time(bare, repeat)
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


# --- pdf: the semi-annual report on 2,000 events; 200 certificates ----------------------------

_PDF_CHILD = """
import datetime as dt, sys, time
from pathlib import Path
from cicte_desktop.db.database import open_database
from cicte_desktop.exports.pdf import ReportOptions, export_report
import cicte_desktop.exports.pdf.implementation, cicte_desktop.exports.pdf.certificates  # reportlab imported

db = open_database(sys.argv[1])
db.integrity.wait()
if sys.argv[2] == "semiannual":
    options = ReportOptions("semiannual", dt.date(2016, 1, 1), dt.date(2016, 12, 31))
else:
    options = ReportOptions("certificates", event=sys.argv[2])
started = time.perf_counter()
result = export_report(db, options, Path(sys.argv[3]))
print(time.perf_counter() - started, result.pages, result.events)
"""


def bench_pdf(events: int, repeat: int) -> list[tuple[str, float]]:
    """The semi-annual report for a year of ``events`` completed events (fresh process each run:
    fonts loaded, nothing cached) beside a bare reportlab table of the same rows; then 200
    certificates."""
    import datetime as dt
    import subprocess

    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Table

    from cicte_desktop.db.database import open_database
    from cicte_desktop.exports.pdf.sections import event_columns
    from cicte_desktop.services import reporting
    from cicte_desktop.services.events import inputs, reading as events_reading, writing as events_writing
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans
    from cicte_desktop.services.figures import EventFilter

    work = Path(tempfile.mkdtemp(prefix="cicte-pdf-"))
    env = {**os.environ, "CICTE_DATA_DIR": str(work / "data"),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    os.environ["CICTE_DATA_DIR"] = env["CICTE_DATA_DIR"]
    try:
        path = work / "events.sqlite"
        db = open_database(path)
        add_demo_events(db, events, seed=1, years=(2016,))
        raw = sqlite3.connect(path)  # every one delivered, so that every one is listed
        with raw:
            raw.execute("UPDATE event SET status = 'completed'")
        raw.close()
        names = ["João Gonçalves", "Ñandú Pérez", "Françoise Lefèvre", "Zoë Þórsdóttir", "Łukasz Wójcik"]
        some = reporting.delivered_events(db, EventFilter.for_year(2016))
        first = next(iter(some.values()))[0]
        template = events_reading.get_event_input(db, first.uuid)
        people = tuple(inputs.ParticipantInput(None, f"{names[i % 5]} {i}", "F") for i in range(200))
        roster = events_writing.log_event(db, dataclasses.replace(  # outside the report's year
            template, participants=people, women=200, men=0, sex_not_recorded=0, participants_total=200,
            start_date=dt.date(2017, 1, 10), end_date=dt.date(2017, 1, 11)))
        runs, cert_runs = [], []
        for i in range(repeat):
            out = subprocess.run([sys.executable, "-c", _PDF_CHILD, str(path), "semiannual", str(work / f"r{i}.pdf")],
                                 capture_output=True, text=True, env=env, check=True).stdout.split()
            runs.append((float(out[0]), int(out[1]), int(out[2])))
            out = subprocess.run([sys.executable, "-c", _PDF_CHILD, str(path), roster, str(work / f"c{i}.pdf")],
                                 capture_output=True, text=True, env=env, check=True).stdout.split()
            cert_runs.append(float(out[0]))
        rows = reporting.delivered_events(db, EventFilter.for_year(2016))
        table = [[header for header, _w in event_columns()]]
        for activity_rows in rows.values():
            for r in activity_rows:
                table.append([f"{r.start_date} – {r.end_date}", r.event_type, r.title, " ".join(r.member_states),
                              f"{r.venue}, {r.city}", str(r.women), str(r.men), ", ".join(r.partners)])
        db.close()

        def bare(i: int) -> None:
            doc = SimpleDocTemplate(str(work / f"bare-{i}.pdf"), pagesize=letter)
            doc.build([Table(table, repeatRows=1)])

        bare_s = _median_time(bare, repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    semiannual_s = statistics.median(t for t, _p, _e in runs)
    return [("events", runs[0][2]), ("pages", runs[0][1]), ("semiannual_s", semiannual_s), ("bare_s", bare_s),
            ("ratio", semiannual_s / bare_s), ("certificates", 200),
            ("certificates_s", statistics.median(cert_runs))]


# --- sync: field packages -------------------------------------------------------------------

ROSTER = 5  # people on each event's roster


def _add_rosters(db, seed: int) -> int:  # type: ignore[no-untyped-def]
    """Five participants on every event of ``db``, in one transaction; returns how many."""
    import random
    import uuid

    from cicte_desktop.db import models as m
    from cicte_desktop.db.bulk import bulk_insert, stored

    rng = random.Random(seed)
    now = stored(m.utcnow())
    stamps = {"created_at": now, "updated_at": now, "device_id": db.device_id, "deleted": 0}
    with db.sql() as conn:
        events = [r[0] for r in conn.execute("SELECT uuid FROM event ORDER BY uuid")]
    rows = [{"uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "event_uuid": event, "name": f"Participant {i}",
             "sex": rng.choice(("F", "M")), "institution": "Ministry of National Security", "country": "Jamaica",
             "position_title": "Officer", "email": f"person{i}@example.org", "phone": "+1 876 555 0100", **stamps}
            for event in events for i in range(ROSTER)]
    with db.write() as s:
        bulk_insert(s.connection(), m.Participant.__table__, rows)  # type: ignore[arg-type]
    return len(rows)


def bench_sync(events: int, repeat: int) -> list[tuple[str, float]]:
    """A field package of ``events`` events with rosters: export it, then import it (checks,
    preview, merge) into a database of 10 x ``events`` events; beside a bare sqlite3 executemany
    of the same rows into the same database in one transaction. ``cancel_s``: the longest time
    from pressing *Cancel* during the import to the import returning, everything rolled back."""
    from cicte_desktop.db.connection import apply_connection_pragmas
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans
    from cicte_desktop.sync.apply import apply_import
    from cicte_desktop.sync.import_plan import NEW, plan_import
    from cicte_desktop.sync.outgoing import destination_named, export_package
    from cicte_desktop.sync.package_reader import read_package

    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    os.environ.setdefault("CICTE_DATA_DIR", str(work / "data"))
    try:
        field = open_database(work / "field.sqlite")
        add_demo_events(field, events, seed=7)
        people = _add_rosters(field, 7)
        hq_template = work / "hq.sqlite"
        hq = open_database(hq_template)
        add_demo_events(hq, events * 10, seed=1)
        hq.close()

        def export(i: int) -> None:
            destination = destination_named(field, f"Headquarters {i}")  # a new one: everything goes
            export_package(field, work / f"p{i}.cictepkg", destination, data_folder=work / "data")

        export_s = _median_time(export, repeat)
        package = work / "p0.cictepkg"
        with read_package(package) as opened:
            tables = {name: (t.columns, t.rows) for name, t in opened.tables.items()}
        field.close()

        read_times, plan_times, apply_times, totals, checkpoint_times = [], [], [], [], []
        for i in range(repeat):
            path = work / f"hq-{i}.sqlite"
            shutil.copy(hq_template, path)
            db = open_database(path)
            db.integrity.wait()
            # The copy just made leaves some 270 MB for the kernel to write back, which would
            # otherwise compete with the import's own fsync: a user's database is not fresh.
            os.sync()
            started = time.perf_counter()
            with read_package(package) as opened:
                checked = time.perf_counter()
                plan = plan_import(db, opened)
                planned = time.perf_counter()
                result = apply_import(db, plan, data_folder=work / "data", trust_sender=True)  # fingerprint compared
                applied = time.perf_counter()
            # The checkpoint (log pages copied into the file) runs in the background once the
            # merge is committed: measured apart, not part of what the user waits for.
            db.wait_for_checkpoint()
            checkpoint_times.append(time.perf_counter() - applied)
            db.close()
            assert result.counts[NEW] >= events
            read_times.append(checked - started)
            plan_times.append(planned - checked)
            apply_times.append(applied - planned)
            totals.append(applied - started)
            path.unlink()

        def bare(i: int) -> None:
            path = work / f"bare-{i}.sqlite"
            raw = sqlite3.connect(path, isolation_level=None)
            apply_connection_pragmas(raw)
            raw.execute("BEGIN")
            for name, (columns, rows) in tables.items():
                raw.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                rows)
            raw.execute("COMMIT")
            raw.close()

        bare_times = []
        for i in range(repeat):
            shutil.copy(hq_template, work / f"bare-{i}.sqlite")
            os.sync()
            bare_times.append(_median_time(lambda _i, i=i: bare(i), 1))
            (work / f"bare-{i}.sqlite").unlink()
        package_mb = package.stat().st_size / 1e6
        shutil.copy(hq_template, work / "cancelled.sqlite")
        os.sync()
        cancel_s = _cancel_times(work / "cancelled.sqlite", package, work / "data", {
            "read": statistics.median(read_times), "compare": statistics.median(plan_times),
            "import": statistics.median(apply_times)})
        bomb_s, bomb_peak_mb = _bombs(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    import_s, bare_s = statistics.median(totals), statistics.median(bare_times)
    return [
        ("events", events), ("participants", people), ("receiving_events", events * 10),
        ("records", sum(len(rows) for _c, rows in tables.values())), ("package_mb", package_mb),
        ("export_s", export_s), ("import_s", import_s), ("import_check_s", statistics.median(read_times)),
        ("import_preview_s", statistics.median(plan_times)), ("import_apply_s", statistics.median(apply_times)),
        ("background_checkpoint_s", statistics.median(checkpoint_times)),
        ("bare_insert_s", bare_s), ("import_ratio", import_s / bare_s), ("cancel_s", cancel_s),
        ("bomb_s", bomb_s), ("bomb_peak_mb", bomb_peak_mb),
    ]


def _cancel_times(path: Path, package: Path, data_folder: Path, durations: dict[str, float]) -> float:
    """The longest time from a cancel request to the return of the work, for a cancel pressed at
    several moments (fractions of ``durations``, what each took uncancelled) of reading the
    package, comparing it and importing it (in a thread, as the window runs them); a cancelled
    import must leave the database as it was."""
    import threading

    from cicte_desktop.db.database import open_database
    from cicte_desktop.sync.apply import apply_import
    from cicte_desktop.sync.import_plan import plan_import
    from cicte_desktop.sync.package import PackageCancelled
    from cicte_desktop.sync.package_reader import read_package

    db = open_database(path)
    db.integrity.wait()
    with db.sql() as conn:
        before = conn.execute(
            "SELECT (SELECT count(*) FROM event), (SELECT coalesce(max(seq), 0) FROM sync_change)").fetchone()
    worst, finished = 0.0, False
    with read_package(package) as opened:
        plan = plan_import(db, opened)
        jobs = {"read": lambda progress: read_package(package, None, progress).close(),
                "compare": lambda progress: plan_import(db, opened, progress),
                "import": lambda progress: apply_import(db, plan, data_folder=data_folder, trust_sender=True,
                                                        progress=progress)}
        for name, job in jobs.items():
            for fraction in (0.05, 0.2, 0.35, 0.5):
                started, cancel = threading.Event(), threading.Event()
                outcome: list[BaseException | None] = []

                def progress(_done: int, _total: int) -> bool:
                    started.set()
                    return not cancel.is_set()

                def run(job=job, progress=progress, outcome=outcome, started=started) -> None:
                    try:
                        job(progress)
                        outcome.append(None)
                    except BaseException as exc:  # handed to the measuring thread
                        outcome.append(exc)
                    finally:
                        started.set()

                worker = threading.Thread(target=run)
                worker.start()
                started.wait()
                time.sleep(fraction * durations[name])
                asked = time.perf_counter()
                cancel.set()
                worker.join()
                if isinstance(outcome[0], PackageCancelled):  # (not finished before the cancel)
                    worst = max(worst, time.perf_counter() - asked)
                elif outcome[0] is not None:
                    raise outcome[0]
                elif name == "import":
                    finished = True  # done before the cancel (a small package): the database changed
    with db.sql() as conn:
        after = conn.execute(
            "SELECT (SELECT count(*) FROM event), (SELECT coalesce(max(seq), 0) FROM sync_change)").fetchone()
    db.close()
    if after != before and not finished:
        raise AssertionError(f"a cancelled import wrote something: {before} -> {after}")
    return worst


def _bombs(work: Path) -> tuple[float, float]:
    """The worst time and peak memory of importing each 1 MB bomb of tests/bombs.py (a million
    empty records, a 50-million-character title...), each in a child process of its own (its
    whole peak: interpreter, imports and database included), into a new database."""
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans
    from cicte_desktop.sync.outgoing import destination_named, export_package
    from tests import bombs

    small = open_database(work / "bomb-source.sqlite")
    add_demo_events(small, 1, seed=3)
    _add_rosters(small, 3)
    plain = work / "bomb-source.cictepkg"
    export_package(small, plain, destination_named(small, "Headquarters"), everything=True,
                   data_folder=work / "data")
    small.close()
    target = work / "bomb-target.sqlite"
    open_database(target).close()
    folder = work / "bombs"
    folder.mkdir()
    seconds, peaks = [], []
    for name in bombs.BOMBS:
        found = bombs.probe(bombs.make_bomb(plain, folder, name), target, work / "bomb-data")
        if found["outcome"] == "imported":
            raise AssertionError(f"the bomb {name!r} was imported")
        seconds.append(found["seconds"])
        peaks.append(found["peak_mb"])
    return max(seconds), max(peaks)


def bench_dashboard(events: int, repeat: int) -> list[tuple[str, float]]:
    """The dashboard on ``events`` events: figures and paint, a click on the map, the map's paint
    (``benchmarks/dashboard.py``)."""
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import dashboard

    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    os.environ.update({"CICTE_DATA_DIR": str(work / "data"), "XDG_CONFIG_HOME": str(work / "config"),
                       "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    try:
        path = work / "events.sqlite"
        db = open_database(path)
        add_demo_plans(db)
        add_demo_events(db, events, seed=1)
        db.close()
        return [("events", events), *dashboard.measure(path, repeat)]
    finally:
        shutil.rmtree(work, ignore_errors=True)


BENCHMARKS: dict[str, Callable[[int, int], list[tuple[str, float]]]] = {
    "xlsx": bench_xlsx, "pdf": bench_pdf, "sync": bench_sync,
    "seed": bench_seed, "tree": bench_tree, "crash": bench_crash, "dashboard": bench_dashboard,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument("--events", type=int, default=None,
                        help="events to generate (default 100,000; pdf: 2,000; sync: 10,000 in the package, 10 x in the database)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is printed")
    parser.add_argument("--kills", type=int, default=100, help="crash: how many times to kill the writer")
    args = parser.parse_args(argv)
    # The issues' figures: a package of 10,000 events; a report covering 2,000 events.
    events = args.events if args.events is not None else {"sync": 10_000, "pdf": 2000}.get(args.name, 100_000)
    size = args.kills if args.name == "crash" else events
    for metric, value in BENCHMARKS[args.name](size, args.repeat):
        print(f"{metric} {value:.4g}" if isinstance(value, float) else f"{metric} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
