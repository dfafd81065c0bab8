"""Screen readers: every control a keyboard user can reach in the main window and in every dialog
it opens has an accessible name (its own, or its label's), in English and in Spanish; the tree
and the tables announce their column headers; drawn widgets say their values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.views import a11y_helpers as a11y
from tests.views.a11y_helpers import dialog_openers, hq_master, language, opened, window  # noqa: F401 (fixtures)


def test_every_control_of_the_main_window_and_its_dialogs_has_an_accessible_name(
        language: str, window, qtbot, tmp_path: Path, hq_master) -> None:  # type: ignore[no-untyped-def]
    search = QAccessible.queryAccessibleInterface(window.search)
    assert search.text(QAccessible.Text.Name) == {"en": "Search", "es": "Buscar"}[language]
    assert search.text(QAccessible.Text.Description).endswith("(Ctrl+F)")
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
