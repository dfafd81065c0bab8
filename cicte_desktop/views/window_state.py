"""The main window's state kept between runs (geometry, splitter, column widths, the item
selected, the year shown) and, on the first start, the tree sized to the plan shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt

from cicte_desktop.qtmodels.workplan_tree import WorkPlanTreeModel
from cicte_desktop.views import screen_fit

if TYPE_CHECKING:
    from cicte_desktop.views.main_window import MainWindow


def restore(window: MainWindow) -> bool:
    """The state saved by :func:`save`, or a first start's size: True on a first start (the
    tree is then to be sized by :func:`size_tree_to_content` once the plan is shown)."""
    settings = QSettings()
    geometry = settings.value("mainWindow/geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        # Saved on a larger screen, or where a screen no longer is: brought onto this one,
        # title bar and status bar in sight.
        if not (window.isMaximized() or window.isFullScreen()):
            window.setGeometry(screen_fit.clamp_to_screen(
                window.geometry(), screen_fit.inner_area(window.screen().availableGeometry())))
    else:  # first run: as large as the screen's free area allows, frame included, up to 1366x768
        inner = screen_fit.inner_area(window.screen().availableGeometry())
        size = QSize(1366, 768).boundedTo(inner.size())
        window.setGeometry(QRect(inner.topLeft() + QPoint((inner.width() - size.width()) // 2,
                                                          (inner.height() - size.height()) // 2), size))
    for key, restore_state in (("mainWindow/splitter", window.splitter.restoreState),
                               ("mainWindow/treeHeader", window.plan_view.header().restoreState)):
        state = settings.value(key)
        if isinstance(state, QByteArray):
            restore_state(state)
    window.browse.selected_uuid = settings.value("mainWindow/selected") or None
    window.browse.remembered_year = remembered_year()
    return not isinstance(settings.value("mainWindow/splitter"), QByteArray)


def restore_detail(window: MainWindow) -> None:
    """The detail pane's part of the state (made after the window's first paint)."""
    assert window.detail is not None
    settings = QSettings()
    state = settings.value("mainWindow/eventHeader")
    if isinstance(state, QByteArray):
        window.detail.event_columns.restore_state(state)  # its sort order
    window.detail.event_columns.hold(_widths(settings.value("mainWindow/eventColumnsSized", "")))
    window.detail.mandates_toggle.setChecked(settings.value("mainWindow/mandatesShown", False, type=bool))


def remembered_year() -> int | None:
    """The plan year shown when the window was last closed."""
    return QSettings().value("mainWindow/year", None, type=int)


def save(window: MainWindow) -> None:
    settings = QSettings()
    settings.setValue("mainWindow/geometry", window.saveGeometry())
    settings.setValue("mainWindow/splitter", window.splitter.saveState())
    settings.setValue("mainWindow/treeHeader", window.plan_view.header().saveState())
    if window.detail is not None:  # else closed before it was made: what was saved before stays
        settings.setValue("mainWindow/eventHeader", window.detail.events.horizontalHeader().saveState())
        held = window.detail.event_columns.held  # the widths the user gave, kept as given
        settings.setValue("mainWindow/eventColumnsSized", " ".join(f"{c}:{w}" for c, w in sorted(held.items())))
        settings.setValue("mainWindow/mandatesShown", window.detail.mandates_toggle.isChecked())
    settings.setValue("mainWindow/selected", window.browse.selected_uuid or "")
    if window.plan is not None:
        settings.setValue("mainWindow/year", window.plan.year)


def size_tree_to_content(window: MainWindow, width: int) -> None:
    """First start: the tree gets what its columns need (every work area's name whole, and
    at least 40 characters, beside the figures) while the pane beside it keeps 45% of the
    window and never less than it has at 1024 pixels (550), room for an item's figures and
    events; when that leaves the names less room, the figures' columns shrink to their
    headings and numbers (at 1024 pixels the names keep some 25 characters in sight, not 12)."""
    from PySide6.QtWidgets import QStyle  # on a first start only (its enums cost some 4 ms)

    view, header, model = window.plan_view, window.plan_view.header(), window.plan_model
    figures_columns = (WorkPlanTreeModel.COLUMN_TARGET, WorkPlanTreeModel.COLUMN_ACHIEVED,
                       WorkPlanTreeModel.COLUMN_PROGRESS, WorkPlanTreeModel.COLUMN_EVENTS)
    chars = view.fontMetrics().averageCharWidth()
    extras = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * view.frameWidth() + 4
    areas = max((view.sizeHintForIndex(model.index(row, 0)).width() for row in range(model.rowCount())),
                default=0)
    names = view.indentation() + max(40 * chars, areas)
    most = width - max(int(width * 0.45), 550)
    if sum(header.sectionSize(c) for c in figures_columns) + names + extras > most:
        for column in figures_columns:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            compact = max(header.fontMetrics().horizontalAdvance(title) + 16, view.sizeHintForColumn(column),
                          5 * chars)
            header.resizeSection(column, min(header.sectionSize(column), compact))
    tree = max(min(sum(header.sectionSize(c) for c in figures_columns) + names + extras, most), 1)
    window.splitter.setSizes([tree, max(width - tree - window.splitter.handleWidth(), 1)])


def _widths(kept: object) -> dict[int, int]:
    """``"2:140 4:90"`` (column:width, as saved) as a dict; what cannot be read is left out."""
    widths = {}
    for pair in str(kept or "").split()[:64]:
        column, _colon, width = pair.partition(":")
        if column.isascii() and column.isdecimal() and width.isascii() and width.isdecimal() and len(width) < 7:
            widths[int(column)] = int(width)
    return widths
