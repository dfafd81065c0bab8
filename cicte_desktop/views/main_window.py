"""The main window: the work plan tree with progress beside the detail of the selection, one
search box and the filters. It calls services and hands their plain results to item models."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop import __version__
from cicte_desktop.db.database import Database, open_database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.qtmodels.workplan_tree import DIRECT_MATCH, PlanItem, WorkPlanTreeModel
from cicte_desktop.services import events as event_service
from cicte_desktop.services import figures, reference, workplan
from cicte_desktop.services.workplan import ActivityNode, ProgramNode, ProjectNode, WorkAreaNode, WorkPlanNode
from cicte_desktop.views import messages
from cicte_desktop.views.delegates import ProgressDelegate
from cicte_desktop.views.detail_pane import DetailPane
from cicte_desktop.views.filter_bar import FilterBar


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
    database_changed = Signal(str)

    def __init__(self, db: Database, log_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._log_folder = log_folder
        self._plan: WorkPlanNode | None = None
        self._progress: dict[str, figures.NodeProgress] = {}
        self._mandates: dict[str, list[reference.MandateItem]] = {}
        self._activities_under: dict[str, list[str]] = {}
        self._selected_uuid: str | None = None
        self._event_view: QWidget | None = None
        self._summaries: dict[tuple[str, figures.EventFilter], figures.Summary] = {}
        self._integrity_timer = QTimer(self)
        self._integrity_timer.setInterval(100)
        self._integrity_timer.timeout.connect(self._check_integrity)
        self.setWindowTitle(self.tr("CICTE Desktop"))
        self.setObjectName("MainWindow")

        self.plan_model = WorkPlanTreeModel(self)
        self.plan_view = QTreeView()
        self.plan_view.setObjectName("planTree")
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
            header.resizeSection(column, width)
        self.plan_view.activated.connect(self._tree_activated)

        self.detail = DetailPane()
        self.detail.event_activated.connect(self.open_event)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.plan_view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.filter_bar = FilterBar()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.filter_bar)
        self.setCentralWidget(central)

        self.year = QComboBox()
        self.year.setObjectName("yearSelector")
        self.year.setToolTip(self.tr("The work plan to show"))
        self.search = SearchBox()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the plan and events (Ctrl+F)"))
        self.search.setMinimumWidth(280)
        self.search.setMaximumWidth(460)
        self.search.setToolTip(self.tr("Finds plan items and events whose words start with what you type "
                                       "(accents ignored; events from 3 letters on). Escape clears the search."))
        self._status_label = QLabel()
        self.statusBar().addWidget(self._status_label, 1)
        self._build_actions()

        self.filter_bar.set_member_states(reference.member_states(self._db))
        self.plan_view.selectionModel().currentChanged.connect(self._current_changed)
        self.search.textChanged.connect(self._search_changed)
        self.search.leave.connect(self._focus_tree)
        self.filter_bar.changed.connect(self._filters_changed)
        self.year.currentIndexChanged.connect(self._year_changed)
        self._restore_settings()
        self._fill_years()
        self._watch_integrity()

    # --- actions ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_database)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        edit_menu.addAction(self.find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        expand = QAction(self.tr("&Expand All"), self)
        expand.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Plus))
        expand.triggered.connect(self.plan_view.expandAll)
        collapse = QAction(self.tr("&Collapse All"), self)
        collapse.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Minus))
        collapse.triggered.connect(self.plan_view.collapseAll)
        self.reset_filters_action = QAction(self.tr("&Reset Filters"), self)
        self.reset_filters_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R))
        self.reset_filters_action.triggered.connect(self.filter_bar.reset)
        view_menu.addActions([expand, collapse])
        view_menu.addSeparator()
        view_menu.addAction(self.reset_filters_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open &Log Folder"), self)
        logs.triggered.connect(self._open_log_folder)
        logs.setEnabled(self._log_folder is not None)
        about = QAction(self.tr("&About CICTE Desktop"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addActions([logs, about])

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        year_label = QLabel(self.tr("Work plan"))
        year_label.setBuddy(self.year)
        toolbar.addWidget(year_label)
        toolbar.addWidget(self.year)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    # --- loading ------------------------------------------------------------------------

    @property
    def database(self) -> Database:
        return self._db

    def _fill_years(self) -> None:
        years = workplan.plan_years(self._db)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(self.tr("{year} Work Plan").format(year=year), year)
        self.year.setCurrentIndex(len(years) - 1)
        self.year.setEnabled(len(years) > 1)
        self.year.blockSignals(False)
        self._load_plan(years[-1] if years else None)

    def _year_changed(self, _index: int) -> None:
        self._selected_uuid = None
        self._load_plan(self.year.currentData())

    def _load_plan(self, year: int | None) -> None:
        self._plan = workplan.get_work_plan(self._db, year) if year is not None else None
        self._activities_under = _activities_by_item(self._plan) if self._plan else {}
        self._mandates = reference.mandates_by_work_area(self._db, self._plan.uuid) if self._plan else {}
        if self._plan:
            self.filter_bar.set_year(self._plan.year)
            counts = workplan.plan_counts(self._plan)
            self._status_label.setText(self.tr(
                "{symbol} · {areas} work areas, {programs} programs, {projects} projects, {activities} planned "
                "activities · {path}").format(symbol=self._plan.symbol, path=self._db.path, **counts))
        self._compute_progress()
        self._rebuild_tree()

    def reload(self) -> None:
        """Read everything again (after the database changed underneath)."""
        self._fill_years()

    def _watch_integrity(self) -> None:
        # The file's quick_check starts once the window has painted (it would compete with
        # the first queries for the disk) and runs in the background; writes wait for it.
        QTimer.singleShot(150, self._db.integrity.start)
        self._integrity_timer.start()

    def _check_integrity(self) -> None:
        """The file's integrity check runs in the background from start-up: report its verdict."""
        integrity = self._db.integrity
        if not integrity.done:
            return
        self._integrity_timer.stop()
        if integrity.error is not None:
            messages.show_error(self, self.tr("The database is damaged"), integrity.error.message)
            self.close()

    def _compute_progress(self) -> None:
        self._summaries.clear()
        if self._plan is None:
            self._progress = {}
            return
        per_activity = figures.activity_figures(self._db, self.filter_bar.event_filter())
        share = figures.expected_share(self._plan.year)
        self._progress = figures.roll_up(self._plan, per_activity, share)

    def _rebuild_tree(self) -> None:
        text = self.search.text().strip()
        result = figures.search(self._db, text, self.filter_bar.event_filter()) if text else None
        self.plan_model.set_plan(self._plan, self._progress, result)
        if result is not None:
            self.plan_view.expandAll()
        else:
            for row in range(self.plan_model.rowCount()):
                self.plan_view.expand(self.plan_model.index(row, 0))
        self._reselect(result is not None)

    def _reselect(self, searching: bool) -> None:
        index = self.plan_model.index_for_uuid(self._selected_uuid)
        if not index.isValid() and searching:
            index = self._first_match()
        if index.isValid():
            self.plan_view.setCurrentIndex(index)
            self.plan_view.scrollTo(index)
        else:
            self.plan_view.setCurrentIndex(index)
            self._show_detail(None)

    def _first_match(self):  # type: ignore[no-untyped-def]
        def walk(parent):  # type: ignore[no-untyped-def]
            for row in range(self.plan_model.rowCount(parent)):
                index = self.plan_model.index(row, 0, parent)
                if self.plan_model.data(index, WorkPlanTreeModel.MatchRole):
                    return index
                found = walk(index)
                if found is not None:
                    return found
            return None

        from PySide6.QtCore import QModelIndex

        return walk(QModelIndex()) or QModelIndex()

    # --- reacting -----------------------------------------------------------------------

    def _search_changed(self, _text: str) -> None:
        self._rebuild_tree()

    def _filters_changed(self) -> None:
        self._compute_progress()
        if self.search.text().strip():
            self._rebuild_tree()  # which events match depends on the filters
        else:
            self.plan_model.set_progress(self._progress)
            self._show_detail(self.plan_model.item(self.plan_view.currentIndex()))

    def _current_changed(self, current, _previous=None) -> None:  # type: ignore[no-untyped-def]
        item = self.plan_model.item(current)
        if item is not None:
            self._selected_uuid = item.node.uuid
        self._show_detail(item)

    def _show_detail(self, item: PlanItem | None) -> None:
        if item is None or self._plan is None:
            self.detail.show_nothing()
            return
        node = item.node
        event_filter = self.filter_bar.event_filter()
        activities = self._activities_under.get(node.uuid, [])
        key = (node.uuid, event_filter)
        summary = self._summaries.get(key)  # searching re-selects items: do not count again
        if summary is None:
            summary = self._summaries[key] = figures.summary(self._db, event_filter, activities)
        area = item.path()[0].node
        kind = {WorkAreaNode: self.tr("Work area"), ProgramNode: self.tr("Program"), ProjectNode: self.tr("Project"),
                ActivityNode: self.tr("Planned activity")}[type(node)]
        progress = self._progress.get(node.uuid)
        if isinstance(node, ActivityNode):
            target = self.tr("Upon request") if node.upon_request else (
                workplan.target_label(node) or self.tr("no numeric target"))
        else:
            target = (self.tr("%n units over the planned activities below", "", progress.target)
                      if progress and progress.target else self.tr("no numeric target"))
        self.detail.show_item(
            breadcrumb=[p.label for p in item.path()[:-1]], kind=kind, title=item.label, target=target,
            progress=progress, summary=summary, mandates=self._mandates.get(area.number, []), note=node.note,
        )
        search_text = self.search.text().strip() or None
        db = self._db

        def load(order: str, descending: bool, offset: int, limit: int):  # type: ignore[no-untyped-def]
            return figures.events(db, event_filter, activities, search_text, order, descending, offset, limit)

        if search_text and not figures.searches_events(search_text):
            empty = self.tr("Type at least {count} letters to search the events too.").format(
                count=figures.EVENT_SEARCH_MIN_LETTERS)
        elif search_text:
            empty = self.tr("No events under this item match “{text}”.").format(text=search_text)
        elif not self.filter_bar.is_default():
            empty = self.tr("No events under this item match the filters. Widen the dates or choose "
                            "Reset Filters (Ctrl+Shift+R).")
        else:
            empty = self.tr("No events logged under this {kind} in {year} yet.").format(
                kind=kind.lower(), year=self._plan.year)
        self.detail.show_events(load, empty)

    def _tree_activated(self, index) -> None:  # type: ignore[no-untyped-def]
        item = self.plan_model.item(index)
        if item is None:
            return
        if item.children:
            self.plan_view.setExpanded(index.siblingAtColumn(0), not self.plan_view.isExpanded(index.siblingAtColumn(0)))
        elif self.detail.event_model.rowCount():
            self.detail.events.setFocus()
            self.detail.events.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_tree(self) -> None:
        self.plan_view.setFocus()
        if not self.plan_view.currentIndex().isValid():
            first = self._first_match() if self.plan_model.searching else self.plan_model.index(0, 0)
            self.plan_view.setCurrentIndex(first)

    def open_event(self, uuid: str) -> None:
        try:
            details = event_service.get_event(self._db, uuid)
        except event_service.EventNotFoundError:
            messages.show_error(self, self.tr("Event not found"),
                                self.tr("This event no longer exists; it may have been deleted."))
            return
        from cicte_desktop.views.event_view import EventView  # only when an event is opened

        self._event_view = EventView(details, self)
        self._event_view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._event_view.open()

    # --- database -----------------------------------------------------------------------

    def open_database(self, path: Path) -> bool:
        """Switch to the database at ``path``; keep the current one if it cannot be opened."""
        try:
            new_db = open_database(path, check_in_background=True)
        except DatabaseOpenError as exc:
            messages.show_error(self, self.tr("Cannot open the database"), exc.message)
            return False
        old, self._db = self._db, new_db
        old.close()
        self._selected_uuid = None
        self._watch_integrity()
        self.filter_bar.set_member_states(reference.member_states(self._db))
        self.reload()
        self.database_changed.emit(str(new_db.path))
        return True

    def _choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), str(self._db.path.parent),
            self.tr("CICTE databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(Path(path))

    def _open_log_folder(self) -> None:
        if self._log_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_folder)))

    def _about(self) -> None:
        messages.show_info(self, self.tr("About CICTE Desktop"), self.tr(
            "CICTE Desktop {version}\n\nPlans, logs and reports the capacity-building work of the "
            "Secretariat of the Inter-American Committee against Terrorism (OAS).\n\nDatabase: {path}"
        ).format(version=__version__, path=self._db.path))

    # --- settings -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        for key, restore in (("mainWindow/splitter", self.splitter.restoreState),
                             ("mainWindow/treeHeader", self.plan_view.header().restoreState),
                             ("mainWindow/eventHeader", self.detail.events.horizontalHeader().restoreState)):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                restore(state)
        if not isinstance(settings.value("mainWindow/splitter"), QByteArray):
            self.splitter.setSizes([700, 666])
        self.detail.mandates_toggle.setChecked(settings.value("mainWindow/mandatesShown", False, type=bool))
        self._selected_uuid = settings.value("mainWindow/selected") or None

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        settings.setValue("mainWindow/treeHeader", self.plan_view.header().saveState())
        settings.setValue("mainWindow/eventHeader", self.detail.events.horizontalHeader().saveState())
        settings.setValue("mainWindow/mandatesShown", self.detail.mandates_toggle.isChecked())
        settings.setValue("mainWindow/selected", self._selected_uuid or "")
        super().closeEvent(event)


def _activities_by_item(plan: WorkPlanNode) -> dict[str, list[str]]:
    """For every plan item, the uuids of the planned activities at or below it."""
    result: dict[str, list[str]] = {}
    for area in plan.work_areas:
        area_list = result.setdefault(area.uuid, [])
        for program in area.programs:
            program_list = result.setdefault(program.uuid, [])
            for project in program.projects:
                project_list = result.setdefault(project.uuid, [])
                for activity in project.activities:
                    result[activity.uuid] = [activity.uuid]
                    for bucket in (project_list, program_list, area_list):
                        bucket.append(activity.uuid)
    return result
