"""Screen readers: every control a keyboard user can reach in the main window and in every dialog
it opens has an accessible name (its own, or its label's), in English and in Spanish; the tree
and the tables announce their column headers; drawn widgets say their values."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog

from cicte_desktop import i18n
from cicte_desktop.app import build_main_window
from cicte_desktop.exports.plan_xlsx import export_plan_workbook
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.views import pdf_preview
from tests.views import a11y_helpers as a11y
import datetime as dt


@pytest.fixture(scope="module")
def hq_master(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return a11y.hq_with_a_package(tmp_path_factory.mktemp("hq"))


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp) -> str:  # type: ignore[no-untyped-def]
    i18n.install(qapp, request.param)
    return request.param


@pytest.fixture
def window(language: str, hq_master, tmp_path: Path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_preview, "qtpdf_available", lambda: False)
    path = tmp_path / "hq.sqlite"
    shutil.copy(hq_master[0], path)
    shutil.copytree(hq_master[0].with_name("Headquarters-data"), tmp_path / "Headquarters-data", dirs_exist_ok=True)
    main = build_main_window(path)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.database.integrity.done, timeout=10_000)
    yield main
    for dialog in a11y.shown_dialogs():
        dialog.reject()
    main.tasks.wait_all(10_000)
    main.database.close()


def select_first_activity(window) -> None:  # type: ignore[no-untyped-def]
    model = window.plan_model
    index = model.index(0, 0)
    while model.rowCount(index):
        index = model.index(0, 0, index)
    window.plan_view.setCurrentIndex(index)


def opened(qtbot, start) -> QDialog:  # type: ignore[no-untyped-def]
    """The dialog ``start`` opens (at once or once its job is done)."""
    before = set(map(id, a11y.shown_dialogs()))
    start()
    qtbot.waitUntil(lambda: any(id(d) not in before for d in a11y.shown_dialogs()), timeout=20_000)
    new = [d for d in a11y.shown_dialogs() if id(d) not in before]
    modal = QApplication.activeModalWidget()
    return modal if modal in new else new[-1]


def dialog_openers(window, folder: Path, package: Path):  # type: ignore[no-untyped-def]
    """Each dialog of the app, by its name, with how to open it from ``window``."""
    from cicte_desktop.views.device_name import DeviceNameDialog
    from cicte_desktop.views.plan_item_dialogs import MoveDialog, TargetDialog
    from cicte_desktop.views.recovery import RecoveryDialog

    def workbook() -> Path:
        target = folder / "events.xlsx"
        export_workbook(window.database, ExportOptions(dt.date(2016, 1, 1), dt.date(2016, 12, 31)), target)
        return target

    def plan_workbook() -> Path:
        target = folder / "plan.xlsx"
        export_plan_workbook(window.database, 2016, target)
        return target

    def attendance() -> None:
        from openpyxl import Workbook

        select_first_activity(window)
        window.new_event_action.trigger()
        sheet = Workbook()
        for row in (["Name", "Sex", "Institution", "Country"], ["Ana Pérez", "F", "Coast Guard", "Jamaica"]):
            sheet.active.append(row)
        sheet.save(folder / "list.xlsx")
        window.event_form.participants.import_attendance(folder / "list.xlsx")

    def shown(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def existing_event() -> None:
        window.plan_view.setCurrentIndex(window.plan_model.index(0, 0))
        window.detail.events.setCurrentIndex(window.detail.event_model.index(0, 0))
        window.open_event_action.trigger()

    return {
        "event form (new)": lambda: (select_first_activity(window), window.new_event_action.trigger()),
        "event form (logged event)": existing_event,
        "attendance import": attendance,
        "Excel export": window.export_action.trigger,
        "PDF report": window.pdf_action.trigger,
        "Excel import preview": lambda: window.workbooks.import_excel(workbook()),
        "field package export": window.export_package_action.trigger,
        "field package import": lambda: window.packages.import_field_package(package),
        "preferences": window.preferences_action.trigger,
        "translated titles": lambda: (select_first_activity(window), window.titles_action.trigger()),
        "reporting periods": window.periods_action.trigger,
        "new work plan": window.new_plan_action.trigger,
        "plan editor": window.edit_plan_action.trigger,
        "plan workbook import": lambda: window.workbooks.import_plan_workbook(plan_workbook()),
        "target": lambda: shown(TargetDialog(3, "Workshops", False, window)),
        "move": lambda: shown(MoveDialog("1. Border Controls", [], window)),
        "privacy": window.privacy_action.trigger,
        "conflict history": window.conflicts_action.trigger,
        "device name": lambda: shown(DeviceNameDialog("Headquarters", False, window)),
        "recovery": lambda: shown(RecoveryDialog("The database cannot be read.", None, window)),
    }


def test_every_control_of_the_main_window_and_its_dialogs_has_an_accessible_name(
        window, qtbot, tmp_path: Path, hq_master) -> None:  # type: ignore[no-untyped-def]
    findings: list[str] = []
    for state in ("dashboard", "selection"):
        if state == "selection":
            window.plan_view.setCurrentIndex(window.plan_model.index(0, 0))
            QApplication.processEvents()
        findings += [f"main window ({state}): {f}" for f in a11y.unnamed(window) + a11y.unreached(window)
                     + a11y.silent_headers(window)]
    openers = dialog_openers(window, tmp_path, hq_master[1])
    for name, start in openers.items():
        dialog = opened(qtbot, start)
        qtbot.waitExposed(dialog)
        for shown_as in a11y.each_tab(dialog):
            findings += [f"{name} ({shown_as}): {f}" for f in a11y.unnamed(dialog) + a11y.unreached(dialog)
                         + a11y.silent_headers(dialog)]
        for other in reversed(a11y.shown_dialogs()):
            other.reject()
        QApplication.processEvents()
    assert not findings, "\n".join(findings)


def test_the_tree_says_each_rows_progress_and_the_map_the_state_in_focus(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cicte_desktop.qtmodels.workplan_tree import WorkPlanTreeModel
    from cicte_desktop.views.charts.chart_view import MapCanvas

    model, columns = window.plan_model, window.plan_model.columnCount()
    tree = QAccessible.queryAccessibleInterface(window.plan_view)
    first_row = [tree.child(columns + c) for c in range(columns)]  # after the header cells
    progress = first_row[WorkPlanTreeModel.COLUMN_PROGRESS].text(QAccessible.Text.Name)
    shown = model.data(model.index(0, WorkPlanTreeModel.COLUMN_PROGRESS))
    assert progress == shown and progress.endswith("%")  # the bar drawn by the delegate, said in words
    assert first_row[0].text(QAccessible.Text.Name) == model.data(model.index(0, 0))

    canvas = window.dashboard.findChild(MapCanvas)
    qtbot.waitUntil(lambda: canvas.chart is not None, timeout=10_000)
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    said = QAccessible.queryAccessibleInterface(canvas).text(QAccessible.Text.Description)
    assert said == canvas.describe(canvas.focused) and said.startswith(canvas.chart.names[canvas.focused] + ":")
