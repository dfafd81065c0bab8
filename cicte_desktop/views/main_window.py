"""The main window: the work plan tree with progress beside the detail of the selection, one
search box and the filters. It calls services and hands their plain results to item models."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.db.database import Database
from cicte_desktop.qtmodels.workplan_tree import PlanItem, WorkPlanTreeModel
from cicte_desktop.services.figures_ahead import FiguresAhead
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.views import menus, window_state
from cicte_desktop.views.accessible import follow_in_tab_order, tab_stops
from cicte_desktop.views.header_fit import StretchFloor, section_heading_width
from cicte_desktop.views.controllers.browse import BrowseController
from cicte_desktop.views.controllers.dashboard import DashboardController

from cicte_desktop.views.dashboard import DashboardView
from cicte_desktop.views.delegates import ProgressDelegate
from cicte_desktop.views.filter_bar import FilterBar
from cicte_desktop.views.no_matches import NoMatches
from cicte_desktop.views.roles import set_role
from cicte_desktop.views.status_path import MessageCover, PathLabel

if TYPE_CHECKING:
    from cicte_desktop.views.controllers.database import DatabaseController
    from cicte_desktop.views.controllers.events import EventsController
    from cicte_desktop.views.controllers.packages import PackagesController
    from cicte_desktop.views.controllers.reports import ReportsController
    from cicte_desktop.views.controllers.safety import SafetyController
    from cicte_desktop.views.controllers.settings import SettingsController
    from cicte_desktop.views.controllers.workbooks import WorkbooksController
    from cicte_desktop.views.detail_pane import DetailPane
    from cicte_desktop.views.tasks import TaskRunner

#: The least of a name the work-plan tree keeps in sight, in average characters, however narrow its
#: pane, on every row: an activity's name starts after PLAN_LEVELS indents (area, program, project,
#: activity; the areas have their branch marks too).
NAMES_FLOOR_CHARS = 20
PLAN_LEVELS = 4


class SearchBox(QLineEdit):
    """Escape clears the search (a second Escape returns to the tree); Down and Enter go to the tree."""

    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.leave.emit()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leave.emit()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """Built in two steps. What shows at the first paint (the tree with its figures, the toolbar,
    the menu bar's titles, the dashboard's frame, the filters, the status bar) is built by
    ``__init__``; what does not (the menus' items, the task runner, the controllers of events,
    workbooks, reports, packages, settings, safety and the database, the detail pane, the focus
    frame) by :meth:`complete`: at once, or, with ``deferred``, right after the tree's first paint
    (or a second later if it does not paint), as Qt Creator's plugins do their ``delayedInitialize``:
    the window shows sooner (``benchmarks/run.py tree``). ``ready`` then says the window is whole."""

    database_changed = Signal(str)
    ready = Signal()

    def __init__(self, db: Database, log_folder: Path | None = None, parent: QWidget | None = None, *,
                 deferred: bool = False, figures_ahead: FiguresAhead | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._log_folder = log_folder
        # The opening year's figures are read beside the building of the widgets (see FiguresAhead).
        self.figures_ahead: FiguresAhead | None = figures_ahead or FiguresAhead(db, window_state.remembered_year())
        self.event_form: QWidget | None = None
        self.detail: DetailPane | None = None  # made by complete()
        self.is_ready = False
        self.database_changed.connect(self._database_replaced)
        self._settings_saved = False
        self.setWindowTitle(self.tr("CICTE Desktop"))
        self.setObjectName("MainWindow")

        self.plan_model = WorkPlanTreeModel(self)
        self.plan_view = QTreeView()
        self.plan_view.setObjectName("planTree")
        self.plan_view.setAccessibleName(self.tr("Work plan"))
        self.plan_view.setModel(self.plan_model)
        self.plan_view.setUniformRowHeights(True)
        self.plan_view.setAlternatingRowColors(True)
        self.plan_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_view.setItemDelegateForColumn(WorkPlanTreeModel.COLUMN_PROGRESS,
                                                ProgressDelegate(WorkPlanTreeModel.ProgressRole, self.plan_view))
        header = self.plan_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WorkPlanTreeModel.COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((WorkPlanTreeModel.COLUMN_TARGET, 150), (WorkPlanTreeModel.COLUMN_ACHIEVED, 72),
                              (WorkPlanTreeModel.COLUMN_PROGRESS, 90), (WorkPlanTreeModel.COLUMN_EVENTS, 64)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Room for the heading in every language ("Événements" is longer than "Events").
            header.resizeSection(column, max(width, section_heading_width(header, column)))
        # In a narrow pane every name keeps some 20 characters in sight, an activity's too, and the
        # tree scrolls sideways to the figures, rather than every name squeezed to "1....".
        self.names_floor = StretchFloor(
            self.plan_view, header, WorkPlanTreeModel.COLUMN_TITLE,
            lambda: PLAN_LEVELS * self.plan_view.indentation()
            + NAMES_FLOOR_CHARS * self.plan_view.fontMetrics().averageCharWidth())
        self.plan_view.installEventFilter(self)  # Enter on a row; double-click keeps Qt's own toggle
        self.no_matches = NoMatches(self.plan_view)  # over the tree while a search finds nothing

        # The right-hand area: the selected item's detail (added by complete()), or the dashboard
        # while nothing is selected.
        self.dashboard = DashboardView()
        self.right_pane = QStackedWidget()
        self.right_pane.setObjectName("rightPane")
        self.right_pane.addWidget(self.dashboard)
        # The detail's place until complete() makes it, when the window opens on a remembered
        # selection: a blank page for that moment rather than the dashboard's frame.
        placeholder = QWidget()
        placeholder.setObjectName("detailPlaceholder")
        self.right_pane.addWidget(placeholder)
        self.detail_placeholder: QWidget | None = placeholder
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.plan_view)
        self.splitter.addWidget(self.right_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.filter_bar = FilterBar()
        # Shown while the database is on read-only media: it can be viewed, checked and exported only.
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        set_role(self.read_only_banner, "banner")
        self.read_only_banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.filter_bar)
        self.setCentralWidget(central)

        self.year = QComboBox()
        self.year.setObjectName("yearSelector")
        self.year.setToolTip(self.tr("The work plan to show"))
        self.search = SearchBox()
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the plan and events (Ctrl+F)"))
        self.search.setMinimumWidth(280)
        self.search.setMaximumWidth(460)
        self.search.setAccessibleDescription(self.tr("Search the plan and events (Ctrl+F)"))
        self.search.setToolTip(self.tr("Finds plan items and events whose words start with what you type, and "
                                       "events by member state, by name or code (Jamaica, JAM); accents ignored, "
                                       "events from 3 letters on. Escape clears the search."))
        self.status_label = PathLabel()  # the database's path, shortened in the middle when narrow
        self.status_label.setObjectName("statusPath")
        self.statusBar().addWidget(self.status_label, 1)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupStatus")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.browse = BrowseController(self)  # the plan shown: years, search, filters, selection
        self.dashboards = DashboardController(self)  # the start page: the plan's figures in charts
        menus.build_bars(self)
        # Tab in reading order: the toolbar's plan year and search, the tree, the right pane, the filters.
        QWidget.setTabOrder(self.year, self.search)
        QWidget.setTabOrder(self.search, self.plan_view)

        self.browse.connect_views()
        tree_to_size = window_state.restore(self)
        self.browse.fill_years()
        if tree_to_size:  # first start: the tree sized to the plan just shown
            window_state.size_tree_to_content(self, self.width())
        if deferred:
            self.plan_view.viewport().installEventFilter(self)  # its first paint: see eventFilter
            # A window started minimised, or hidden behind others, may not paint for a while: whole anyway.
            QTimer.singleShot(1000, self, self.complete)
        else:
            self.complete()

    def complete(self) -> None:
        """Build what the first paint does not show (see the class), once; then ``ready``, even
        when a step fails (the error goes to the exception hook; the integrity check, scheduled
        first, still runs, and the collector resumes)."""
        if self.is_ready:
            return
        self.is_ready = True  # (also while building: once only)
        try:
            self._build_the_rest()
        finally:
            self._drop_placeholder()
            self.ready.emit()

    def _build_the_rest(self) -> None:
        # Imported here: their modules and the Qt types they use come into Python after the first
        # paint too (some 8 ms).
        from cicte_desktop.views import focus_frame
        from cicte_desktop.views.controllers.database import DatabaseController
        from cicte_desktop.views.controllers.events import EventsController
        from cicte_desktop.views.controllers.packages import PackagesController
        from cicte_desktop.views.controllers.reports import ReportsController
        from cicte_desktop.views.controllers.safety import SafetyController
        from cicte_desktop.views.controllers.settings import SettingsController
        from cicte_desktop.views.controllers.workbooks import WorkbooksController
        from cicte_desktop.views.detail_pane import DetailPane
        from cicte_desktop.views.tasks import TaskRunner

        self.tasks: TaskRunner = TaskRunner(self)  # every long job of the window and its controllers
        self.databases: DatabaseController = DatabaseController(self)
        self.safety: SafetyController = SafetyController(self)
        self.safety.status.connect(self.show_status)
        self.safety.check_integrity_soon()
        self.detail = DetailPane()
        self.detail.event_activated.connect(lambda uuid: self.events.open_event(uuid))
        self.detail.events.installEventFilter(self)  # Enter opens the event
        self.right_pane.addWidget(self.detail)
        # Tab from the tree into the detail, as into the dashboard (made later, it would come last).
        follow_in_tab_order(self.plan_view, tab_stops(self.detail))
        self.events: EventsController = EventsController(self)
        self.workbooks: WorkbooksController = WorkbooksController(self)
        self.reports: ReportsController = ReportsController(self)
        self.packages: PackagesController = PackagesController(self)
        self.settings: SettingsController = SettingsController(self)  # preferences, translated titles, help
        MessageCover(self.statusBar(), ["statusPath"])  # a message stays over it when the text size changes
        for controller in (self.events, self.workbooks, self.reports, self.packages):
            controller.status.connect(self.show_status)
            controller.figures_changed.connect(self.browse.refresh_figures)
            controller.plan_changed.connect(self.browse.show_year)
            controller.database_changed.connect(self.reload)
        menus.build_actions(self)
        focus_frame.follow_focus()  # a frame around the control in focus, in every window
        # Escape clears the search from anywhere in the window, not only from the search box.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.browse.clear_search,
                  context=Qt.ShortcutContext.WindowShortcut)
        # The member-state filter's list (seen only when it is opened).
        self.browse.fill_member_states()
        window_state.restore_detail(self)
        self.browse.show_detail_of_selection()  # the item selected when the window last closed

    def _drop_placeholder(self) -> None:
        """The blank page kept for the detail goes once the second half is over (complete());
        were one of its steps to fail before the detail was shown, the dashboard is shown instead."""
        if self.detail_placeholder is None:
            return
        if self.right_pane.currentWidget() is self.detail_placeholder:
            self.dashboards.show()  # the start page rather than a blank one
        self.right_pane.removeWidget(self.detail_placeholder)
        self.detail_placeholder.deleteLater()
        self.detail_placeholder = None

    def scale_columns(self, factor: float) -> None:
        """The text size changed by ``factor``: the columns' widths follow it (the tree's figures, the
        widths the user gave the event list), so that headings and figures stay whole; the tree's
        names keep stretching."""
        header = self.plan_view.header()
        for section in range(header.count()):
            if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Stretch:  # the names stretch
                header.resizeSection(section, round(header.sectionSize(section) * factor))
        self.browse.columns_scaled(factor)
        if self.detail is not None:
            columns = self.detail.event_columns
            columns.hold({column: round(width * factor) for column, width in columns.held.items()})

    def show_status(self, text: str, milliseconds: int = 0) -> None:
        """A controller's line in the status bar. (A Python slot: connecting Qt's own showMessage
        costs some 7 ms at start-up, the first time Qt's signatures are looked up.)"""
        self.statusBar().showMessage(text, milliseconds)

    @property
    def database(self) -> Database:
        return self._db

    @database.setter
    def database(self, db: Database) -> None:
        """Only through ``databases.replace_database``, which says so by ``database_changed``."""
        self._db = db

    def _database_replaced(self, _path: str) -> None:
        """Another database (opened, restored, recovered): nothing of the previous one stays
        selected or undoable, and everything is read again."""
        self.browse.database_replaced()
        self.events.forget_deleted()
        self.reload()

    @property
    def plan(self) -> WorkPlanNode | None:
        """The work plan shown."""
        return self.browse.plan

    @property
    def log_folder(self) -> Path | None:
        return self._log_folder

    def current_item(self) -> PlanItem | None:
        """The plan item selected in the tree."""
        return self.plan_model.item(self.plan_view.currentIndex())

    def reload(self) -> None:
        """Read everything again (after the database changed underneath)."""
        self.browse.fill_years()
        if hasattr(self, "headquarters_action"):  # another database may have another role
            self.packages.show_role()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint and not self.is_ready and watched is self.plan_view.viewport():
            # The tree's first paint, of a window built with ``deferred``: the rest right after it.
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.complete)
            return False
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.plan_view:
                self.browse.tree_enter(self.plan_view.currentIndex())
                return True
            if self.detail is not None and watched is self.detail.events:
                self.detail.open_current()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_event_row(self):  # type: ignore[no-untyped-def]
        """The row of the event selected in the detail pane's list, or None."""
        return self.detail.event_model.row(self.detail.events.currentIndex().row())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.complete()  # (closed within moments of its first paint: the backup on exit needs it whole)
        if self.tasks.busy:  # a job still running stops at its next step (an import ends whole) and is waited for
            self.tasks.cancel_all()
            self.tasks.wait_all()
        form = self.event_form
        if form is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                form.save_draft()  # quitting with a form open keeps what was typed
        if not self._settings_saved:  # once (a backup on exit closes the window again afterwards)
            self._settings_saved = True
            window_state.save(self)
        if not self.safety.may_close():  # the backup on exit first: it closes the window once done
            event.ignore()
            return
        self._settings_saved = False  # shown and closed again: saved again
        self.dashboards.shut_down()
        super().closeEvent(event)
