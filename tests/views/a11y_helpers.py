"""What a screen reader and a keyboard user meet in a window: its controls as QAccessible reports
them, and the windows (main window and every dialog it opens) to look at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

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

from cicte_desktop.services.demo import add_demo_events
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


Opener = Callable[[QWidget], object]


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
