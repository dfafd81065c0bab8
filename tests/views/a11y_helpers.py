"""What a screen reader and a keyboard user meet in a window: its controls as QAccessible reports
them, and the windows (main window and every dialog it opens) to look at."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QTabWidget,
    QWidget,
)

from cicte_desktop import i18n
from cicte_desktop.app import build_main_window
from cicte_desktop.exports.plan_xlsx import export_plan_workbook
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.views import pdf_preview
from tests.sync_helpers import close_all, export, make_device


def focusable(widget: QWidget) -> bool:
    """A control a keyboard user lands on: shown, enabled, taking focus."""
    return (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.isWindow() and widget.focusProxy() is None)


def proxied(widget: QWidget) -> bool:
    """A spin box's or combo box's own line edit, a tab widget's bar: the parent is the control."""
    parent = widget.parentWidget()
    return parent is not None and parent.focusProxy() is widget


def describe(widget: QWidget) -> str:
    """Where a finding is: the control's class, object name and nearest named parents."""
    path = []
    parent = widget.parentWidget()
    while parent is not None and len(path) < 3:
        if parent.objectName():
            path.append(parent.objectName())
        parent = parent.parentWidget()
    return f"{type(widget).__name__}#{widget.objectName() or '?'} in {'/'.join(path) or '-'}"


def accessible_controls(root: QWidget) -> Iterator[tuple[QWidget, QAccessible.QAccessibleInterface]]:
    """Every focusable control under ``root`` reached by walking its accessible interfaces."""
    seen: dict[int, QWidget] = {}  # kept alive: the ids stay theirs

    def walk(interface) -> Iterator[tuple[QWidget, object]]:  # type: ignore[no-untyped-def]
        if interface is None or not interface.isValid():
            return
        widget = interface.object()
        if isinstance(widget, QWidget):
            if id(widget) in seen:
                return
            seen[id(widget)] = widget
            if focusable(widget):
                yield widget, interface
        for i in range(interface.childCount()):
            yield from walk(interface.child(i))

    yield from walk(QAccessible.queryAccessibleInterface(root))


def unnamed(root: QWidget) -> list[str]:
    """Focusable controls a screen reader announces without a name, or (a combo box: on Linux Qt
    gives its current text as its name) by their value alone, with no label related to them."""
    found = []
    for widget, interface in accessible_controls(root):
        name = interface.text(QAccessible.Text.Name).strip()
        labelled = bool(widget.accessibleName()) or bool(interface.relations(QAccessible.RelationFlag.Label))
        value_only = isinstance(widget, QComboBox) and name == widget.currentText().strip()
        if not name or (value_only and not labelled):
            found.append(f"{describe(widget)}: {name!r}")
    return found


def unreached(root: QWidget) -> list[str]:
    """Focusable controls that the accessible walk never reaches (a screen reader cannot either)."""
    reached = {id(widget): widget for widget, _ in accessible_controls(root)}
    return [describe(w) for w in root.findChildren(QWidget) if focusable(w) and w.window() is root
            and id(w) not in reached and not proxied(w)]


def each_tab(root: QWidget) -> Iterator[str]:
    """``root`` as it is, then with each tab of each of its tab widgets shown in turn."""
    yield "as opened"
    for tabs in root.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(0)


def shown_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def reading_position(widget: QWidget) -> tuple[int, int]:
    point = widget.mapToGlobal(QPoint(0, 0))
    return point.y(), point.x()


def group_of(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox):
            return parent
        parent = parent.parentWidget()
    return None


def is_button(widget: QWidget) -> bool:
    return isinstance(widget, QAbstractButton)


def hq_with_a_package(folder: Path) -> tuple[Path, Path]:
    """Headquarters' database and a laptop's package of 40 events for it."""
    laptop, hq = make_device(folder, "Laptop A"), make_device(folder, "Headquarters")
    add_demo_events(laptop.db, 40, seed=7, years=(2016,))
    add_demo_events(hq.db, 10, seed=3, years=(2016,))
    package = export(laptop, hq, folder)
    path = hq.path
    close_all(laptop, hq)
    return path, package




def silent_headers(root: QWidget) -> list[str]:
    """Tables and trees under ``root`` whose column headers a screen reader does not hear as the
    model's headers (ColumnHeader cells named by the header text)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

    found = []
    for view in root.findChildren(QAbstractItemView):
        if not focusable(view) or view.model() is None:  # not an overlay (frozen columns) drawn over one
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else \
            view.header() if isinstance(view, QTreeView) else None
        if not isinstance(header, QHeaderView) or header.isHidden():
            continue
        model, columns = view.model(), view.model().columnCount()
        expected = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
                    if not header.isSectionHidden(c)]
        interface = QAccessible.queryAccessibleInterface(view)
        cells = (interface.child(i) for i in range(min(interface.childCount(), 2 * columns + 2)))
        heard = [cell.text(QAccessible.Text.Name) for cell in cells
                 if cell is not None and cell.role() == QAccessible.Role.ColumnHeader]
        if [h for h in heard if h] != [e for e in expected if e] or not heard:
            found.append(f"{describe(view)}: heard {heard}, shows {expected}")
    return found


# --- the windows: the main window on a headquarters database, and every dialog it opens ---------------------

@pytest.fixture(scope="module")
def hq_master(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return hq_with_a_package(tmp_path_factory.mktemp("hq"))


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
    for dialog in shown_dialogs():
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
    """The dialog ``start`` opens (at once or once its job is done: a job's progress dialog, shown
    while it runs on a busy machine, is not that dialog, which would come up later, over the next)."""
    def dialogs() -> list[QDialog]:
        return [d for d in shown_dialogs() if d.objectName() != "taskProgress"]

    before = set(map(id, dialogs()))
    start()
    qtbot.waitUntil(lambda: any(id(d) not in before for d in dialogs()), timeout=20_000)
    new = [d for d in dialogs() if id(d) not in before]
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


