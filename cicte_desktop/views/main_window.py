"""The main window: the work plan tree with progress beside the detail of the selection, one
search box and the filters. It calls services and hands their plain results to item models."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QPoint, QRect, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop import __version__, i18n
from cicte_desktop.db.database import Database
from cicte_desktop.qtmodels.workplan_tree import PlanItem, WorkPlanTreeModel
from cicte_desktop.services import event_search, figures, reference, workplan
from cicte_desktop.services.workplan import ActivityNode, ProgramNode, ProjectNode, WorkAreaNode, WorkPlanNode
from cicte_desktop.views import menus, messages, screen_fit
from cicte_desktop.views.controllers.database import DatabaseController
from cicte_desktop.views.controllers.events import EventsController
from cicte_desktop.views.controllers.packages import PackagesController
from cicte_desktop.views.controllers.reports import ReportsController
from cicte_desktop.views.controllers.safety import SafetyController
from cicte_desktop.views.controllers.workbooks import WorkbooksController

from cicte_desktop.views.delegates import ProgressDelegate
from cicte_desktop.views.detail_pane import DetailPane
from cicte_desktop.views.filter_bar import FilterBar
from cicte_desktop.views.no_matches import NoMatches
from cicte_desktop.views.roles import set_role
from cicte_desktop.views.status_path import PathLabel
from cicte_desktop.views.tasks import TaskRunner


log = logging.getLogger(__name__)


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
        # While searching: what was selected when the search began, and what the user picked
        # among the matches (not the first match the window selected by itself). Clearing the
        # search returns to the one, or keeps the other.
        self._selected_before_search: str | None = None
        self._picked_while_searching: str | None = None
        self._reselecting = False
        self.event_form: QWidget | None = None
        self._summaries: dict[tuple[str, figures.EventFilter], figures.Summary] = {}
        self.tasks = TaskRunner(self)  # every long job of the window and its controllers
        self.databases = DatabaseController(self)
        self.safety = SafetyController(self)
        self.safety.status.connect(self.statusBar().showMessage)
        self.database_changed.connect(self._database_replaced)
        self._settings_saved = False
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
        header_metrics = header.fontMetrics()
        for column, width in ((WorkPlanTreeModel.COLUMN_TARGET, 150), (WorkPlanTreeModel.COLUMN_ACHIEVED, 72),
                              (WorkPlanTreeModel.COLUMN_PROGRESS, 90), (WorkPlanTreeModel.COLUMN_EVENTS, 64)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = str(self.plan_model.headerData(column, Qt.Orientation.Horizontal) or "")
            # Room for the heading in every language ("Événements" is longer than "Events").
            header.resizeSection(column, max(width, header_metrics.horizontalAdvance(title) + 16))
        self.plan_view.installEventFilter(self)  # Enter on a row; double-click keeps Qt's own toggle
        self.no_matches = NoMatches(self.plan_view)  # over the tree while a search finds nothing
        self.no_matches.clear_requested.connect(self._clear_search_from_no_matches)

        self.detail = DetailPane()
        self.detail.event_activated.connect(lambda uuid: self.events.open_event(uuid))
        self.detail.events.installEventFilter(self)  # Enter opens the event
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.plan_view)
        self.splitter.addWidget(self.detail)
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
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the plan and events (Ctrl+F)"))
        self.search.setMinimumWidth(280)
        self.search.setMaximumWidth(460)
        self.search.setToolTip(self.tr("Finds plan items and events whose words start with what you type, and "
                                       "events by member state, by name or code (Jamaica, JAM); accents ignored, "
                                       "events from 3 letters on. Escape clears the search."))
        self._status_label = PathLabel()  # the database's path, shortened in the middle when narrow
        self.statusBar().addWidget(self._status_label, 1)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupStatus")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.events = EventsController(self)
        self.workbooks = WorkbooksController(self)
        self.reports = ReportsController(self)
        self.packages = PackagesController(self)
        for controller in (self.events, self.workbooks, self.reports, self.packages):
            controller.status.connect(self.statusBar().showMessage)
            controller.figures_changed.connect(self.refresh_figures)
            controller.plan_changed.connect(self.show_year)
            controller.database_changed.connect(self.reload)
        menus.build_actions(self)
        # Escape clears the search from anywhere in the window, not only from the search box.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._clear_search,
                  context=Qt.ShortcutContext.WindowShortcut)

        self.filter_bar.set_member_states(reference.member_states(self._db))
        self.plan_view.selectionModel().currentChanged.connect(self._current_changed)
        self.plan_view.pressed.connect(self._picked)  # a click on the match the search selected picks it too
        self.search.textChanged.connect(self._search_changed)
        self.search.leave.connect(self._focus_tree)
        self.filter_bar.changed.connect(self._filters_changed)
        self.year.currentIndexChanged.connect(self._year_changed)
        self._restore_settings()
        self._fill_years()
        if self._tree_to_size:  # first start: the tree sized to the plan just shown
            self._size_tree_to_content(self.width())
        self.safety.check_integrity_soon()

    # --- actions ------------------------------------------------------------------------

    # --- loading ------------------------------------------------------------------------

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
        self._selected_uuid = None
        self.events.forget_deleted()
        self.filter_bar.set_member_states(reference.member_states(self._db))
        self.reload()

    @property
    def plan(self) -> WorkPlanNode | None:
        """The work plan shown."""
        return self._plan

    @property
    def log_folder(self) -> Path | None:
        return self._log_folder

    def current_item(self) -> PlanItem | None:
        """The plan item selected in the tree."""
        return self.plan_model.item(self.plan_view.currentIndex())

    def show_year(self, year: int) -> None:
        """Read the plans again and show ``year``'s (made or changed meanwhile)."""
        self._remembered_year = year
        self._fill_years()

    def _show_read_only(self) -> None:
        """The banner of a database on read-only media (changes cannot be saved), or none."""
        if self._db.read_only:
            self.read_only_banner.setText(self.tr(
                "{path} is on read-only media: you can view it, check it and export from it, but changes cannot "
                "be saved. To make changes, copy it to a folder you can write to and open the copy.").format(
                    path=self._db.path))
        self.read_only_banner.setVisible(self._db.read_only)

    def _fill_years(self) -> None:
        self._show_read_only()
        years = workplan.plan_years(self._db)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(self.tr("{year} Work Plan").format(year=year), year)
        remembered = getattr(self, "_remembered_year", None)
        year = remembered if remembered in years else (years[-1] if years else None)
        self.year.setCurrentIndex(years.index(year) if year in years else -1)
        self.year.setEnabled(len(years) > 1)
        self.year.blockSignals(False)
        self._load_plan(year)

    def _year_changed(self, _index: int) -> None:
        self._selected_uuid = None
        self._load_plan(self.year.currentData())

    def _load_plan(self, year: int | None) -> None:
        self._plan = workplan.get_work_plan(self._db, year, language=i18n.ui_language()) if year is not None else None
        self._activities_under = _activities_by_item(self._plan) if self._plan else {}
        self._mandates = reference.mandates_by_work_area(self._db, self._plan.uuid) if self._plan else {}
        if self._plan:
            self.filter_bar.set_year(self._plan.year)
            counts = workplan.plan_counts(self._plan)
            line = self.tr("{symbol} · {areas}, {programs}, {projects}, {activities} · {path}").format(
                symbol=self._plan.symbol, path="\0", areas=self.tr("%n work area(s)", "", counts["areas"]),
                programs=self.tr("%n program(s)", "", counts["programs"]),
                projects=self.tr("%n project(s)", "", counts["projects"]),
                activities=self.tr("%n planned activity(ies)", "", counts["activities"]))
            before, _path, after = line.partition("\0")
            self._status_label.set_text_with_path(before, str(self._db.path), after)
        self._compute_progress()
        self._rebuild_tree()

    def reload(self) -> None:
        """Read everything again (after the database changed underneath)."""
        self._fill_years()
        if hasattr(self, "headquarters_action"):  # another database may have another role
            self.packages.show_role()

    def _compute_progress(self) -> None:
        self._summaries.clear()
        if self._plan is None:
            self._progress = {}
            return
        self._progress = figures.plan_figures(self._db, self._plan, self.filter_bar.event_filter())

    def _rebuild_tree(self) -> None:
        text = self.search.text().strip()
        if text and not self.plan_model.searching:  # a search begins
            self._selected_before_search, self._picked_while_searching = self._selected_uuid, None
        elif not text and self.plan_model.searching:  # a search ends
            self._selected_uuid = self._selection_after_search()
        result = event_search.search(self._db, text, self.filter_bar.event_filter(), i18n.ui_language()) if text else None
        self.plan_model.set_plan(self._plan, self._progress, result)
        if result is not None:
            self.plan_view.expandAll()
        else:
            for row in range(self.plan_model.rowCount()):
                self.plan_view.expand(self.plan_model.index(row, 0))
        self._reselect(result is not None)
        self._show_no_matches(text if result is not None and not self.plan_model.rowCount() else None)

    def _show_no_matches(self, text: str | None) -> None:
        """Say so in the tree's place when a search finds nothing, with what to try next."""
        if text is None or self._plan is None:
            self.no_matches.hide()
            return
        if event_search.searches_events(text):
            message = self.tr("No plan items or events match “{text}”.").format(text=text)
            hint = self.tr("The search finds words that start with what you type in the plan, in the events' "
                           "titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).")
            if not self.filter_bar.is_default():
                hint += " " + self.tr("Only events under the current filters are searched: Reset Filters "
                                      "(Ctrl+Shift+R) searches them all.")
        else:
            message = self.tr("No plan items match “{text}”.").format(text=text)
            hint = self.tr("Type at least {count} letters to search the events too.").format(
                count=event_search.EVENT_SEARCH_MIN_LETTERS)
        self.no_matches.show_for(message, hint)

    def _clear_search_from_no_matches(self) -> None:
        self._clear_search()
        self._focus_tree()

    def _selection_after_search(self) -> str | None:
        """The item to select once the search is cleared: the one the user picked among the
        matches if it is still shown, else the one selected before the search (else the match
        the search selected, when nothing was selected before)."""
        current = self.plan_model.item(self.plan_view.currentIndex())
        shown_uuid = current.node.uuid if current is not None else None
        if self._picked_while_searching is not None and self._picked_while_searching == shown_uuid:
            return shown_uuid
        return self._selected_before_search or shown_uuid

    def _reselect(self, searching: bool) -> None:
        if searching:
            # The user's own choice, else what was selected before the search, if they match;
            # else the first match.
            candidates = (self._picked_while_searching, self._selected_before_search)
            index = next((i for uuid in candidates if (i := self.plan_model.index_for_uuid(uuid)).isValid()),
                         QModelIndex())
            if not index.isValid():
                index = self._first_match()
        else:
            index = self.plan_model.index_for_uuid(self._selected_uuid)
        self._reselecting = True
        try:
            self.plan_view.setCurrentIndex(index)
        finally:
            self._reselecting = False
        if index.isValid():
            self.plan_view.scrollTo(index)
        else:
            self._show_detail(None)

    def _first_match(self) -> QModelIndex:
        def walk(parent: QModelIndex) -> QModelIndex | None:
            for row in range(self.plan_model.rowCount(parent)):
                index = self.plan_model.index(row, 0, parent)
                if self.plan_model.data(index, WorkPlanTreeModel.MatchRole):
                    return index
                found = walk(index)
                if found is not None:
                    return found
            return None

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
        self._fit_progress_heading()

    def _fit_progress_heading(self) -> None:
        """A member-state filter turns "Progress" into "Share of achieved": room for the heading."""
        header = self.plan_view.header()
        column = WorkPlanTreeModel.COLUMN_PROGRESS
        title = str(self.plan_model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + 16
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)

    def _current_changed(self, current, _previous=None) -> None:  # type: ignore[no-untyped-def]
        item = self.plan_model.item(current)
        if item is not None:
            self._selected_uuid = item.node.uuid
            if self.plan_model.searching and not self._reselecting:
                self._picked_while_searching = item.node.uuid
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
            target = ""  # the sum of the numeric targets below, as the tree shows it
        search_text = self.search.text().strip() or None
        # While events are searched the list shows the matches only: so does the heading's count.
        matching = ((search_text, item.matching_events)
                    if search_text and self.plan_model.searching and event_search.searches_events(search_text) else None)
        self.detail.show_item(
            breadcrumb=[p.label for p in item.path()[:-1]], kind=kind, title=item.label, target=target,
            progress=progress, summary=summary, mandates=self._mandates.get(area.number, []), note=node.note,
            matching=matching,
        )
        db = self._db

        def load(order: str, descending: bool, offset: int, limit: int):  # type: ignore[no-untyped-def]
            return event_search.events(db, event_filter, activities, search_text, order, descending, offset, limit)

        if search_text and not event_search.searches_events(search_text):
            empty = self.tr("Type at least {count} letters to search the events too.").format(
                count=event_search.EVENT_SEARCH_MIN_LETTERS)
        elif search_text:
            empty = self.tr("No events under this item match “{text}”.").format(text=search_text)
        elif not self.filter_bar.is_default():
            empty = self.tr("No events under this item match the filters. Widen the dates or choose "
                            "Reset Filters (Ctrl+Shift+R).")
        else:
            empty = self.tr("No events logged under this {kind} in {year} yet — press Ctrl+N to log one.").format(
                kind=kind.lower(), year=self._plan.year)
        self.detail.show_events(load, empty)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.plan_view:
                self._tree_enter(self.plan_view.currentIndex())
                return True
            if watched is self.detail.events:
                self.detail.open_current()
                return True
        return super().eventFilter(watched, event)

    def _clear_search(self) -> None:
        if self.search.text():
            self.search.clear()

    def _picked(self, index) -> None:  # type: ignore[no-untyped-def]
        """The user chose this item (by click or Enter), even if the search had selected it already."""
        item = self.plan_model.item(index)
        if item is not None and self.plan_model.searching:
            self._picked_while_searching = item.node.uuid

    def _tree_enter(self, index) -> None:  # type: ignore[no-untyped-def]
        item = self.plan_model.item(index)
        if item is None:
            return
        self._picked(index)
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

    def selected_event_row(self):  # type: ignore[no-untyped-def]
        """The row of the event selected in the detail pane's list, or None."""
        return self.detail.event_model.row(self.detail.events.currentIndex().row())

    def refresh_figures(self) -> None:
        """Figures follow every save, edit and deletion."""
        self._compute_progress()
        if self.search.text().strip():
            self._rebuild_tree()
        else:
            self.plan_model.set_progress(self._progress)
            self._show_detail(self.plan_model.item(self.plan_view.currentIndex()))

    def edit_preferences(self) -> None:
        from cicte_desktop.views.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        self.preferences_dialog = dialog

        def save() -> None:
            i18n.set_preferred_language(dialog.chosen_language())
            language = i18n.preferred_language()
            if language != i18n.ui_language():
                messages.show_info(self, self.tr("Preferences"), self.tr(
                    "CICTE Desktop will be in {language} the next time it starts.").format(
                    language=i18n.LANGUAGES[language]))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_plan_titles(self) -> None:
        """The translated titles of the selected plan item (work area, program, project or activity)."""
        from cicte_desktop.views.preferences import PlanTitlesDialog

        item = self.plan_model.item(self.plan_view.currentIndex())
        if item is None or not hasattr(item.node, "uuid") or isinstance(item.node, workplan.WorkPlanNode):
            messages.show_info(self, self.tr("Translated titles"), self.tr(
                "Select a work area, program, project or planned activity first."))
            return
        uuid = item.node.uuid

        def save(titles: dict[str, str]) -> bool:
            try:
                workplan.set_plan_titles(self._db, uuid, titles)
            except Exception as exc:  # a full disk, a locked file: nothing was written, the typing is kept
                log.exception("saving translated titles failed")
                messages.show_error(self, self.tr("Cannot save the titles"), self.tr(
                    "The titles could not be written ({detail}). Nothing was changed.").format(
                    detail=getattr(exc, "orig", exc)))
                return False
            self._selected_uuid = uuid
            self._load_plan(self._plan.year if self._plan else None)
            return True

        dialog = PlanTitlesDialog(workplan.approved_title(self._db, uuid) or "", workplan.plan_titles(self._db, uuid),
                                  save, self)
        self.titles_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # (WA_DeleteOnClose crashes when accept() is overridden)
        dialog.open()

    # --- database -----------------------------------------------------------------------

    def open_log_folder(self) -> None:
        if self._log_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_folder)))

    def show_about(self) -> None:
        messages.show_info(self, self.tr("About CICTE Desktop"), self.tr(
            "CICTE Desktop {version}\n\nPlans, logs and reports the capacity-building work of the "
            "Secretariat of the Inter-American Committee against Terrorism (OAS).\n\nDatabase: {path}"
        ).format(version=__version__, path=self._db.path))

    # --- settings -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            # Saved on a larger screen, or where a screen no longer is: brought onto this one,
            # title bar and status bar in sight.
            if not (self.isMaximized() or self.isFullScreen()):
                self.setGeometry(screen_fit.clamp_to_screen(
                    self.geometry(), screen_fit.inner_area(self.screen().availableGeometry())))
        else:  # first run: as large as the screen's free area allows, frame included, up to 1366x768
            inner = screen_fit.inner_area(self.screen().availableGeometry())
            size = QSize(1366, 768).boundedTo(inner.size())
            self.setGeometry(QRect(inner.topLeft() + QPoint((inner.width() - size.width()) // 2,
                                                            (inner.height() - size.height()) // 2), size))
        for key, restore in (("mainWindow/splitter", self.splitter.restoreState),
                             ("mainWindow/treeHeader", self.plan_view.header().restoreState),
                             ("mainWindow/eventHeader", self.detail.events.horizontalHeader().restoreState)):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                restore(state)
        self._tree_to_size = not isinstance(settings.value("mainWindow/splitter"), QByteArray)
        self.detail.mandates_toggle.setChecked(settings.value("mainWindow/mandatesShown", False, type=bool))
        self._selected_uuid = settings.value("mainWindow/selected") or None
        self._remembered_year = settings.value("mainWindow/year", None, type=int)

    def _size_tree_to_content(self, width: int) -> None:
        """First start: the tree gets what its columns need (every work area's name whole, and
        at least 40 characters, beside the figures) while the pane beside it keeps 45% of the
        window and never less than it has at 1024 pixels (550), room for an item's figures and
        events; when that leaves the names less room, the figures' columns shrink to their
        headings and numbers (at 1024 pixels the names keep some 25 characters in sight, not 12)."""
        view, header, model = self.plan_view, self.plan_view.header(), self.plan_model
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
        self.splitter.setSizes([tree, max(width - tree - self.splitter.handleWidth(), 1)])

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.tasks.busy:  # a job still running stops at its next step (an import ends whole) and is waited for
            self.tasks.cancel_all()
            self.tasks.wait_all()
        form = self.event_form
        if form is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                form.save_draft()  # quitting with a form open keeps what was typed
        if not self._settings_saved:  # once (a backup on exit closes the window again afterwards)
            self._save_settings()
        if not self.safety.may_close():  # the backup on exit first: it closes the window once done
            event.ignore()
            return
        self._settings_saved = False  # shown and closed again: saved again
        super().closeEvent(event)

    def _save_settings(self) -> None:
        self._settings_saved = True
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        settings.setValue("mainWindow/treeHeader", self.plan_view.header().saveState())
        settings.setValue("mainWindow/eventHeader", self.detail.events.horizontalHeader().saveState())
        settings.setValue("mainWindow/mandatesShown", self.detail.mandates_toggle.isChecked())
        settings.setValue("mainWindow/selected", self._selected_uuid or "")
        if self._plan is not None:
            settings.setValue("mainWindow/year", self._plan.year)


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
