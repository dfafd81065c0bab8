"""The window's long jobs run on its task runner: the window keeps running (a timer on the UI
thread keeps firing) while they work, and Cancel, clicked on their progress dialog, stops them
leaving no file and no change in the database."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from cicte_desktop.app import build_main_window
from cicte_desktop.db.database import open_database
from cicte_desktop.exports.pdf import SEMIANNUAL, ReportOptions
from cicte_desktop.exports.plan_xlsx import export_plan_workbook
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.views import pdf_preview
from cicte_desktop.views.tasks import Task
from tests.helpers import finish
from tests.sync_helpers import close_all, everything_stored, export, make_device

D = dt.date
YEAR = (D(2016, 1, 1), D(2016, 12, 31))


@pytest.fixture(scope="module", autouse=True)
def libraries_loaded() -> None:
    """The libraries the jobs use, imported before the window's timer is watched: the first use
    of one in a session imports it in the job's thread, which can hold the interpreter for some
    0.2 s (a cost of that session's first report, not of the work, which these tests measure)."""
    import importlib

    for name in ("openpyxl", "reportlab.platypus", "cicte_desktop.exports.pdf.implementation",
                 "cicte_desktop.services.plan_workbook", "cicte_desktop.services.plan_workbook_changes",
                 "cicte_desktop.services.events.workbook_import", "cicte_desktop.sync.import_plan",
                 "cicte_desktop.sync.apply", "cicte_desktop.sync.outgoing", "cicte_desktop.views.pdf_preview"):
        importlib.import_module(name)


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long-jobs") / "cicte.sqlite"
    db = open_database(path)
    add_demo_events(db, 400, seed=19, years=(2016,))
    db.close()
    return path


@pytest.fixture
def window(master: Path, tmp_path: Path, qtbot, monkeypatch, shown_messages):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_preview, "qtpdf_available", lambda: False)  # as installed: no PySide6-Addons
    monkeypatch.setattr(pdf_preview, "open_in_system_viewer", lambda path: True)
    path = tmp_path / "cicte.sqlite"
    shutil.copy(master, path)
    main = build_main_window(path)
    qtbot.addWidget(main)
    settle(qtbot, main)
    yield main
    for dialog in (main.reports.pdf_preview,):
        if dialog is not None:
            dialog.close()
    main.tasks.wait_all(10_000)
    main.database.close()


@pytest.fixture
def package_window(tmp_path: Path, qtbot, shown_messages):  # type: ignore[no-untyped-def]
    """Headquarters' window and a laptop's package of 150 events for it."""
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    add_demo_events(laptop.db, 150, seed=4, years=(2016,))
    path = export(laptop, hq, tmp_path)
    hq_path = hq.path
    close_all(laptop, hq)
    main = build_main_window(hq_path)
    qtbot.addWidget(main)
    settle(qtbot, main)
    yield main, path
    main.tasks.wait_all(10_000)
    main.database.close()


def settle(qtbot, main) -> None:  # type: ignore[no-untyped-def]
    """The window shown and painted, its start-up checks done: what follows is the job's alone."""
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.database.integrity.done, timeout=10_000)
    qtbot.wait(100)


@pytest.fixture(autouse=True)
def heap_frozen() -> Iterator[None]:
    """The test process's heap (pytest, every module the suite imported: some 175,000 objects)
    moved out of the collector's way: a full collection of it, wherever it starts, holds the
    interpreter for some 0.3 s, a pause of the whole process that no thread avoids and that is
    no part of the job measured here."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


class Ticks:
    """A timer on the UI thread, firing every 20 ms: the longest wait between two of its ticks."""

    def __init__(self) -> None:
        self.times: list[float] = [time.monotonic()]
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def stop(self, until: float | None = None) -> float:
        """The longest wait; ``until``: counted up to that moment only (the job's end in its thread:
        what the UI thread does with the outcome afterwards, open a dialog, is no part of the job)."""
        self.timer.stop()
        self.times.append(time.monotonic())
        end = self.times[-1] if until is None else until
        return max(min(later, end) - earlier for earlier, later in zip(self.times, self.times[1:]) if earlier < end)


def runs_responsively(qtbot, start, attempts: int = 1) -> Task:  # type: ignore[no-untyped-def]
    """Start a job (``start()`` returns its task) and let it finish; the UI thread's timer kept
    firing at least every 100 ms meanwhile, and the work ran on the window's runner.

    A job that can run again without a trace (an export, a preview) gets ``attempts``: on a
    machine shared with other work, the operating system alone sometimes keeps the UI thread
    waiting for a processor that long. A window that the job itself holds up stops in every
    attempt (for the job's whole length), so it still fails."""
    gaps = []
    for _attempt in range(attempts):
        ticks = Ticks()
        task = start()
        assert isinstance(task, Task) and task.running  # start() returned at once: the work runs elsewhere
        finish(qtbot, task, timeout=60_000)
        gaps.append(ticks.stop(until=task.work_ended))
        assert task.error is None and not task.was_cancelled, task.error
        if gaps[-1] < 0.1:
            break
    assert min(gaps) < 0.1, f"the window stopped for {min(gaps):.3f} s while {task.name} ran"
    return task


@pytest.fixture
def held(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every job waits at its first report of progress until Cancel was pressed (it is mid-way,
    its progress dialog up); its later reports then say it was cancelled."""
    hold_from(monkeypatch, 1)


def hold_from(monkeypatch, report_number: int) -> None:  # type: ignore[no-untyped-def]
    """Jobs go on to their ``report_number``-th report of progress and wait there until Cancel was pressed."""
    original = Task.report
    reports: dict[int, int] = {}

    def report(self: Task, done: int, total: int) -> bool:
        reports[id(self)] = reports.get(id(self), 0) + 1
        deadline = time.monotonic() + 20
        while reports[id(self)] >= report_number and not self.cancel_requested and time.monotonic() < deadline:
            time.sleep(0.01)
        return original(self, done, total)

    monkeypatch.setattr(Task, "report", report)


def cancel_by_its_button(qtbot, window, task: Task) -> None:  # type: ignore[no-untyped-def]
    """Click Cancel on the job's progress dialog (shown once the job has taken 400 ms) and wait
    for the job to stop; the window keeps running meanwhile."""
    ticks = Ticks()
    def shown() -> QProgressDialog | None:  # the job's own (an earlier job's may still await deletion)
        for found in window.findChildren(QProgressDialog, "taskProgress"):
            with contextlib.suppress(RuntimeError):
                if found.isVisible():
                    return found
        return None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5_000)
    dialog = shown()
    assert dialog is not None
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    asked = time.monotonic()
    finish(qtbot, task, timeout=10_000)
    assert time.monotonic() - asked < 0.5  # stopped at its next step
    assert task.was_cancelled and task.error is None
    assert ticks.stop() < 0.1


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# --- Excel export ----------------------------------------------------------------------------------


def test_excel_export_runs_on_the_runner(window, tmp_path: Path, qtbot, shown_messages) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "events.xlsx"
    target.parent.mkdir()
    runs_responsively(qtbot, lambda: window.workbooks.run_export(ExportOptions(*YEAR), target), attempts=3)
    assert target.exists() and shown_messages[-1][:2] == ("info", "Export") and "400 events" in shown_messages[-1][2]


def test_a_cancelled_excel_export_leaves_nothing(window, tmp_path: Path, qtbot, shown_messages, held) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    before = everything_stored(window.database)
    task = window.workbooks.run_export(ExportOptions(*YEAR), folder / "events.xlsx")
    cancel_by_its_button(qtbot, window, task)
    assert files_in(folder) == [] and everything_stored(window.database) == before
    assert shown_messages[-1][1:] == ("Export", "Cancelled: no file was written.")


# --- PDF report ------------------------------------------------------------------------------------


def test_a_pdf_report_runs_on_the_runner(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    task = runs_responsively(qtbot, lambda: window.reports.preview_pdf(ReportOptions(SEMIANNUAL, *YEAR)), attempts=3)
    assert task.result.path.exists() and task.result.pages > 1
    assert window.reports.pdf_preview is not None


def test_a_cancelled_pdf_report_leaves_nothing(window, qtbot, shown_messages, held, monkeypatch,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    before = everything_stored(window.database)
    task = window.reports.preview_pdf(ReportOptions(SEMIANNUAL, *YEAR))

    def reports() -> list[str]:
        return [name for name in files_in(scratch) if name.startswith("cicte-report-")]

    assert reports()  # the report's temporary folder
    cancel_by_its_button(qtbot, window, task)
    assert reports() == [] and everything_stored(window.database) == before
    assert window.reports.pdf_preview is None
    assert shown_messages[-1][1:] == ("PDF report", "Cancelled: no file was written.")


# --- Plan workbook ---------------------------------------------------------------------------------


def test_the_plan_workbook_export_and_import_run_on_the_runner(window, tmp_path: Path, qtbot, shown_messages) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "plan.xlsx"
    runs_responsively(qtbot, lambda: window.workbooks.export_plan_workbook(target), attempts=3)
    assert target.exists() and shown_messages[-1][1] == "Export Plan Workbook"
    runs_responsively(qtbot, lambda: window.workbooks.import_plan_workbook(target))
    dialog = window.workbooks.plan_import_dialog
    assert dialog is not None and dialog.groups["unchanged"].text(0).startswith("Unchanged (")
    dialog.reject()


def test_a_cancelled_plan_workbook_export_leaves_nothing(window, tmp_path: Path, qtbot, held) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    before = everything_stored(window.database)
    cancel_by_its_button(qtbot, window, window.workbooks.export_plan_workbook(folder / "plan.xlsx"))
    assert files_in(folder) == [] and everything_stored(window.database) == before


def test_a_cancelled_plan_workbook_import_changes_nothing(window, tmp_path: Path, qtbot, held) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "plan.xlsx"
    export_plan_workbook(window.database, 2016, source)
    folder_before = files_in(tmp_path)
    before = everything_stored(window.database)
    cancel_by_its_button(qtbot, window, window.workbooks.import_plan_workbook(source))
    assert window.workbooks.plan_import_dialog is None  # nothing to preview
    assert files_in(tmp_path) == folder_before and everything_stored(window.database) == before


def test_a_plan_workbook_import_cancelled_while_applied_changes_nothing(window, tmp_path: Path, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                        shown_messages) -> None:
    from openpyxl import load_workbook

    from cicte_desktop.exports.plan_xlsx import plan_columns
    from cicte_desktop.services import plan_workbook, workplan
    from cicte_desktop.sync import trust

    trust.set_device_role(window.database, trust.HEADQUARTERS)
    source = tmp_path / "plan.xlsx"
    export_plan_workbook(window.database, 2016, source)
    book = load_workbook(source)
    sheet = book["Work plan"]
    column = {c.key: index for index, c in enumerate(plan_columns(), start=1)}
    ids = {a.uuid for a in workplan.get_work_plan(window.database, 2016).activities()}
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, column["id"]).value in ids:
            sheet.cell(row, column["target"]).value = 40 + row
    book.save(source)
    preview = plan_workbook.read_plan_workbook(source, window.database)
    assert preview.can_apply and preview.count("changed") == len(ids), preview.problems
    folder_before = files_in(tmp_path)
    before = everything_stored(window.database)
    hold_from(monkeypatch, 3)  # two tens of targets changed
    cancel_by_its_button(qtbot, window, window.workbooks.apply_plan_workbook(preview, "Committee decision"))
    assert files_in(tmp_path) == folder_before and everything_stored(window.database) == before
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was imported."
    assert not [m for m in shown_messages if m[0] == "error"]


# --- Excel import ----------------------------------------------------------------------------------


def test_the_excel_import_runs_on_the_runner(window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "events.xlsx"
    export_workbook(window.database, ExportOptions(*YEAR), source)
    runs_responsively(qtbot, lambda: window.workbooks.import_excel(source))
    preview = window.workbooks.import_dialog
    assert preview is not None and preview.counts.text().startswith("0 new, 0 changed,")
    preview.reject()


def test_a_cancelled_excel_import_changes_nothing(window, tmp_path: Path, qtbot, held) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "events.xlsx"
    export_workbook(window.database, ExportOptions(*YEAR), source)
    folder_before = files_in(tmp_path)
    before = everything_stored(window.database)
    cancel_by_its_button(qtbot, window, window.workbooks.import_excel(source))
    assert window.workbooks.import_dialog is None
    assert files_in(tmp_path) == folder_before and everything_stored(window.database) == before


def test_an_excel_import_cancelled_while_applied_changes_nothing(window, tmp_path: Path, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                                 shown_messages) -> None:
    from openpyxl import load_workbook

    from cicte_desktop.services.events import workbook_import
    from cicte_desktop.services.workbook_layout import HEADER_ROWS

    source = tmp_path / "events.xlsx"
    export_workbook(window.database, ExportOptions(*YEAR), source)
    book = load_workbook(source)
    sheet = book["Events"]
    title = [c.value for c in sheet[HEADER_ROWS + 1]].index("Title")
    for row in list(sheet.iter_rows(min_row=HEADER_ROWS + 2, values_only=True)):
        sheet.append([f"{v} (again)" if i == title else None if i == len(row) - 1 else v for i, v in enumerate(row)])
    book.save(source)
    preview = workbook_import.preview_import(window.database, source)
    assert preview.can_apply and preview.count(workbook_import.NEW) == 400
    folder_before = files_in(tmp_path)
    before = everything_stored(window.database)
    hold_from(monkeypatch, 5)  # the rows checked, the new events written, their member states being written
    cancel_by_its_button(qtbot, window, window.workbooks.apply_excel_import(preview))
    assert files_in(tmp_path) == folder_before and everything_stored(window.database) == before
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was imported."
    assert not [m for m in shown_messages if m[0] == "error"]


# --- Field packages --------------------------------------------------------------------------------


def test_package_export_runs_on_the_runner(window, tmp_path: Path, qtbot, shown_messages) -> None:  # type: ignore[no-untyped-def]
    from cicte_desktop.views.package_export import PackageExportOptions

    target = tmp_path / "for-hq.cictepkg"
    runs_responsively(qtbot, lambda: window.packages.run_package_export(
        PackageExportOptions("Headquarters", everything=True, passphrase=None, target=target)), attempts=3)
    assert target.exists() and "400 events" in shown_messages[-1][2]


def test_a_cancelled_package_export_leaves_nothing(window, tmp_path: Path, qtbot, shown_messages, held) -> None:  # type: ignore[no-untyped-def]
    from cicte_desktop.views.package_export import PackageExportOptions

    folder = tmp_path / "usb"
    folder.mkdir()
    before = everything_stored(window.database)
    task = window.packages.run_package_export(PackageExportOptions(
        "Headquarters", everything=True, passphrase=None, target=folder / "for-hq.cictepkg"))
    cancel_by_its_button(qtbot, window, task)
    assert files_in(folder) == [] and everything_stored(window.database) == before
    assert shown_messages[-1][2] == "Cancelled: no file was written."


def test_a_package_is_compared_and_applied_on_the_runner(package_window, qtbot, shown_messages) -> None:  # type: ignore[no-untyped-def]
    window, path = package_window
    before = everything_stored(window.database)
    runs_responsively(qtbot, lambda: window.packages.import_field_package(path))
    dialog = window.packages.package_import_dialog
    assert dialog.counts.text().startswith("New: ")
    dialog.import_button.click()
    task = window.packages.task
    assert task is not None and task.name == "field package import"
    runs_responsively(qtbot, lambda: task)
    assert shown_messages[-1][1] == "Import field package"
    assert shown_messages[-1][2].startswith("Imported from Laptop A: ")
    assert everything_stored(window.database) != before



@pytest.fixture(scope="module")
def large_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Headquarters' database and a laptop's package of 10,000 events for it (made once)."""
    folder = tmp_path_factory.mktemp("large-package")
    laptop, hq = make_device(folder, "Laptop A"), make_device(folder, "Headquarters")
    add_demo_events(laptop.db, 10_000, seed=23, years=(2016,))
    path = export(laptop, hq, folder)
    hq_path = hq.path
    close_all(laptop, hq)
    return hq_path, path


@pytest.fixture
def large_package_window(large_package, tmp_path: Path, qtbot, shown_messages):  # type: ignore[no-untyped-def]
    master, path = large_package
    copy = tmp_path / "hq.sqlite"
    shutil.copy(master, copy)
    main = build_main_window(copy)
    qtbot.addWidget(main)
    settle(qtbot, main)
    yield main, path
    main.tasks.wait_all(30_000)
    main.database.close()


def test_a_package_of_10000_events_is_imported_while_the_window_keeps_running(large_package_window, qtbot,  # type: ignore[no-untyped-def]
                                                                              shown_messages) -> None:
    window, path = large_package_window
    runs_responsively(qtbot, lambda: window.packages.import_field_package(path))
    dialog = window.packages.package_import_dialog
    assert dialog.counts.text().startswith("New: ")
    dialog.import_button.click()
    task = window.packages.task
    assert task is not None and task.name == "field package import"
    runs_responsively(qtbot, lambda: task)
    assert shown_messages[-1][2].startswith("Imported from Laptop A: ")
    with window.database.sql() as conn:
        assert conn.execute("SELECT count(*) FROM event").fetchone()[0] >= 10_000


def test_a_package_import_cancelled_while_applying_returns_at_once_and_changes_nothing(  # type: ignore[no-untyped-def]
        large_package_window, qtbot, shown_messages, monkeypatch) -> None:
    window, path = large_package_window
    before = everything_stored(window.database)
    finish(qtbot, window.packages.import_field_package(path), timeout=60_000)
    hold_from(monkeypatch, 10)  # the import held mid-way (some 10,000 of its 84,000 records written) for Cancel
    window.packages.package_import_dialog.import_button.click()
    task = window.packages.task
    assert task is not None and task.name == "field package import"
    cancel_by_its_button(qtbot, window, task)  # within 0.5 s, the window running meanwhile
    assert everything_stored(window.database) == before


def test_a_package_import_cancelled_while_checking_changes_nothing(package_window, qtbot, held) -> None:  # type: ignore[no-untyped-def]
    window, path = package_window
    before = everything_stored(window.database)
    cancel_by_its_button(qtbot, window, window.packages.import_field_package(path))
    assert window.packages.package_import_dialog is None
    assert everything_stored(window.database) == before



def test_closing_the_window_stops_a_running_job_and_leaves_nothing(window, tmp_path: Path, qtbot, held) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    task = window.workbooks.run_export(ExportOptions(*YEAR), folder / "events.xlsx")
    window.close()
    assert window.tasks.wait_all(0)  # the job's thread had ended: the database is not closed under it
    assert files_in(folder) == []
    assert finish(qtbot, task).was_cancelled
