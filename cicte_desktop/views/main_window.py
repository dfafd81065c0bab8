"""The main window: the work plan tree with progress beside the detail of the selection, one
search box and the filters. It calls services and hands their plain results to item models."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QLocale, QModelIndex, QPoint, QRect, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence, QShortcut
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
    QStyle,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop import __version__, i18n
from cicte_desktop.db.database import Database, open_database
from cicte_desktop.db.errors import DamagedDatabaseError, DatabaseOpenError
from cicte_desktop.locale_format import format_date_time
from cicte_desktop.qtmodels.workplan_tree import PlanItem, WorkPlanTreeModel
from cicte_desktop.safe_text import shown
from cicte_desktop.services import event_search, figures, reference, workplan
from cicte_desktop.services.workplan import ActivityNode, ProgramNode, ProjectNode, WorkAreaNode, WorkPlanNode
from cicte_desktop.views import messages, screen_fit
from cicte_desktop.views.delegates import ProgressDelegate
from cicte_desktop.views.detail_pane import DetailPane
from cicte_desktop.views.filter_bar import FilterBar
from cicte_desktop.views.no_matches import NoMatches
from cicte_desktop.views.status_path import PathLabel


log = logging.getLogger(__name__)


def _event_log():  # type: ignore[no-untyped-def]
    """The event service, imported when first used rather than before the first paint (it and
    what it imports cost some 10 ms of start-up)."""
    from cicte_desktop.services import event_log

    return event_log


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
        self._deleted: str | None = None
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
        self.detail.event_activated.connect(self.open_event)
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
        self.read_only_banner.setStyleSheet("QLabel#readOnlyBanner { background: #fff3cd; color: #5c4400; "
                                            "padding: 6px 10px; border-bottom: 1px solid #e0c36c; }")
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
        self._build_actions()
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
        self._watch_integrity()

    # --- actions ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_database)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back Up To…"), self)
        self.backup_action.triggered.connect(self._choose_backup_target)
        self.restore_action = QAction(self.tr("&Restore From Backup…"), self)
        self.restore_action.triggered.connect(self._choose_backup_to_restore)
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export Excel Workbook…"), self)
        self.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export_action.triggered.connect(self.export_excel)
        self.import_action = QAction(self.tr("&Import Events From Excel…"), self)
        self.import_action.triggered.connect(self._choose_import)
        self.pdf_action = QAction(self.tr("Export &PDF Report…"), self)
        self.pdf_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        self.pdf_action.setToolTip(self.tr("The semi-annual implementation report, a member-state report or "
                                           "certificates of participation, previewed before saving (Ctrl+R)"))
        self.pdf_action.triggered.connect(lambda: self.export_pdf())
        file_menu.addActions([self.export_action, self.pdf_action, self.import_action])
        file_menu.addSeparator()
        self.export_package_action = QAction(self.tr("Export &Field Package…"), self)
        self.export_package_action.setToolTip(self.tr("What was logged or changed here, in one file for headquarters "
                                                      "or another laptop"))
        self.export_package_action.triggered.connect(self.export_field_package)
        self.import_package_action = QAction(self.tr("Import Field Pac&kage…"), self)
        self.import_package_action.triggered.connect(self._choose_package_import)
        file_menu.addActions([self.export_package_action, self.import_package_action])
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

        self.undo_action = QAction(self.tr("&Undo Delete"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        edit_menu.insertAction(self.find_action, self.undo_action)
        edit_menu.insertSeparator(self.find_action)
        edit_menu.addSeparator()
        self.titles_action = QAction(self.tr("Translated &Titles…"), self)
        self.titles_action.setStatusTip(self.tr("The Spanish, French and Portuguese titles of the selected plan item"))
        self.titles_action.triggered.connect(self.edit_plan_titles)
        edit_menu.addAction(self.titles_action)
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.edit_preferences)
        edit_menu.addAction(self.preferences_action)

        events_menu = self.menuBar().addMenu(self.tr("Eve&nts"))
        self.new_event_action = QAction(self.tr("&New Event…"), self)
        self.new_event_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_event_action.setToolTip(self.tr("Log a mission, workshop, course... under the selected planned "
                                                 "activity (Ctrl+N)"))
        self.new_event_action.triggered.connect(self.new_event)
        self.open_event_action = QAction(self.tr("&Open Event"), self)
        self.open_event_action.triggered.connect(self._open_selected_event)
        self.duplicate_action = QAction(self.tr("&Duplicate Event"), self)
        self.duplicate_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.duplicate_action.triggered.connect(self.duplicate_selected_event)
        self.delete_action = QAction(self.tr("De&lete Event…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected_event)
        self.detail.events.addAction(self.delete_action)
        self.certificates_action = QAction(self.tr("&Certificates of Participation…"), self)
        self.certificates_action.setToolTip(self.tr("One certificate per participant of the selected event, to print"))
        self.certificates_action.triggered.connect(self.certificates_for_selected_event)
        self.periods_action = QAction(self.tr("&Reporting Periods…"), self)
        self.periods_action.triggered.connect(self.edit_period_locks)
        events_menu.addActions([self.new_event_action, self.open_event_action, self.duplicate_action,
                                self.delete_action])
        events_menu.addSeparator()
        events_menu.addAction(self.certificates_action)
        # The same actions on a right-click in the event list.
        self.detail.events.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.detail.events.insertActions(self.delete_action, [self.open_event_action, self.duplicate_action,
                                                              self.certificates_action])
        events_menu.addSeparator()
        events_menu.addAction(self.periods_action)

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

        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        self.new_plan_action = QAction(self.tr("&New Work Plan…"), self)
        self.new_plan_action.setToolTip(self.tr("Start a year's work plan from an earlier one"))
        self.new_plan_action.triggered.connect(self.new_work_plan)
        plan_menu.addAction(self.new_plan_action)
        self.edit_plan_action = QAction(self.tr("&Edit Work Plan…"), self)
        self.edit_plan_action.setToolTip(self.tr("Add, rename, move or retire items of the year's plan, with a reason "
                                                 "for every change"))
        self.edit_plan_action.triggered.connect(self.edit_work_plan)
        plan_menu.addAction(self.edit_plan_action)
        plan_menu.addSeparator()
        self.export_plan_action = QAction(self.tr("E&xport Plan Workbook…"), self)
        self.export_plan_action.setToolTip(self.tr("The year's plan as a workbook, one row per item, to draft changes "
                                                   "or next year's plan in Excel"))
        self.export_plan_action.triggered.connect(self.export_plan_workbook)
        self.import_plan_action = QAction(self.tr("&Import Plan Workbook…"), self)
        self.import_plan_action.setToolTip(self.tr("Preview what a plan workbook adds, changes and retires, then make "
                                                   "the changes with a reason"))
        self.import_plan_action.triggered.connect(self.choose_plan_workbook)
        plan_menu.addActions([self.export_plan_action, self.import_plan_action])

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.privacy_action = QAction(self.tr("&Privacy…"), self)
        self.privacy_action.triggered.connect(self.edit_privacy)
        self.check_action = QAction(self.tr("&Check the Database"), self)
        self.check_action.triggered.connect(self.check_database)
        tools_menu.addActions([self.privacy_action, self.check_action])
        tools_menu.addSeparator()
        self.device_name_action = QAction(self.tr("&Device Name…"), self)
        self.device_name_action.triggered.connect(self.change_device_name)
        self.conflicts_action = QAction(self.tr("Conflict &History…"), self)
        self.conflicts_action.triggered.connect(self.show_conflict_history)
        tools_menu.addActions([self.device_name_action, self.conflicts_action])
        self._add_trust_actions(tools_menu)

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
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_event_action)
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.pdf_action)
        toolbar.addSeparator()
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
            from cicte_desktop.services import devices

            self.headquarters_action.blockSignals(True)
            self.headquarters_action.setChecked(devices.device_role(self._db) == devices.HEADQUARTERS)
            self.headquarters_action.blockSignals(False)

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
        error = integrity.error
        if error is None:
            self._daily_backup()
        if isinstance(error, DamagedDatabaseError):
            from cicte_desktop.views.recovery import recover

            self._db.close()
            path = recover(error)  # the latest good backup, another file, or quit
            if path is None:
                self.close()
                return
            try:
                new_db = open_database(path, check_in_background=True)
            except DatabaseOpenError as exc:
                messages.show_error(self, self.tr("Cannot open the database"), exc.message)
                self.close()
                return
            self._db = new_db
            self._selected_uuid = None
            self.reload()
            self._watch_integrity()
        elif error is not None:  # locked by another program: reading works, saving must wait
            messages.show_error(self, self.tr("The database is in use"), self.tr(
                "{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the other "
                "program is done.").format(problem=error.message))

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

    def _form(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        from cicte_desktop.paths import data_dir
        from cicte_desktop.views.event_form import EventForm  # only when an event is opened

        assert self._plan is not None
        form = EventForm(self._db, self._plan, member_states=reference.member_states(self._db),
                         partners=reference.partners(self._db), data_folder=data_dir(), parent=self, **kwargs)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._event_saved)
        self.event_form = form
        form.open()

    def new_event(self) -> None:
        """The event form for the selected planned activity; with a work area, program or project
        selected, its activity picker lists theirs and none is chosen: the user says which."""
        if self._plan is None:
            return
        item = self.plan_model.item(self.plan_view.currentIndex())
        if item is None:
            self._form()
        elif item.kind == "activity":
            self._form(activity_uuid=item.node.uuid)
        else:
            self._form(within=item.node.uuid)

    def open_event(self, uuid: str) -> None:
        try:
            event = _event_log().get_event_input(self._db, uuid)
        except _event_log().EventGoneError:
            messages.show_error(self, self.tr("Event not found"),
                                self.tr("This event no longer exists; it may have been deleted."))
            return
        self._form(event_uuid=uuid, initial=event)

    def _selected_event(self) -> str | None:
        row = self.detail.event_model.row(self.detail.events.currentIndex().row())
        return row.uuid if row else None

    def _open_selected_event(self) -> None:
        uuid = self._selected_event()
        if uuid:
            self.open_event(uuid)

    def duplicate_selected_event(self) -> None:
        uuid = self._selected_event()
        if uuid:
            self._form(initial=_event_log().duplicate_event(self._db, uuid))

    def delete_selected_event(self) -> None:
        uuid = self._selected_event()
        if not uuid:
            return
        title = self.detail.event_model.row(self.detail.events.currentIndex().row()).title
        if not messages.ask_yes_no(self, self.tr("Delete event"), self.tr(
                "Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).").format(
                    title=title), self.tr("Delete event"), self.tr("Keep it")):
            return
        try:
            _event_log().delete_event(self._db, uuid)
        except _event_log().PeriodLockedError as exc:
            messages.show_error(self, self.tr("Cannot delete the event"), str(exc))
            return
        self._deleted = uuid
        self.undo_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Deleted “{title}”. Undo with Ctrl+Z.").format(title=title), 15_000)
        self._event_saved(uuid)

    def undo_delete(self) -> None:
        uuid = getattr(self, "_deleted", None)
        if not uuid:
            return
        try:
            _event_log().restore_event(self._db, uuid, self.tr("Undo"))
        except (_event_log().PeriodLockedError, _event_log().EventGoneError) as exc:
            messages.show_error(self, self.tr("Cannot undo"), str(exc) or self.tr("The event is gone."))
            return
        finally:
            self._deleted = None
            self.undo_action.setEnabled(False)
        self.undo_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Event restored."), 5000)
        self._event_saved(uuid)

    def _event_saved(self, _uuid: str) -> None:
        """Figures follow every save, edit and deletion."""
        self._compute_progress()
        if self.search.text().strip():
            self._rebuild_tree()
        else:
            self.plan_model.set_progress(self._progress)
            self._show_detail(self.plan_model.item(self.plan_view.currentIndex()))

    def edit_period_locks(self) -> None:
        from cicte_desktop.views.period_locks import PeriodLocksDialog

        years = workplan.plan_years(self._db) or [self._plan.year if self._plan else 2016]
        dialog = PeriodLocksDialog(self._db, years, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.periods_dialog = dialog
        dialog.open()

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

    def offer_drafts(self) -> None:
        """After a crash or a dead battery: offer to bring back what was being typed."""
        for draft in _event_log().drafts(self._db):
            when = format_date_time(draft.saved_at)
            if messages.ask_yes_no(self, self.tr("Restore unsaved event?"), self.tr(
                    "An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): "
                    "“{title}”. Restore it?").format(when=when, title=draft.title or self.tr("untitled")),
                    self.tr("Restore"), self.tr("Discard it")):
                self._form(event_uuid=draft.event_uuid, initial=draft.event, draft_id=draft.id)
                return  # one at a time; the others are offered at the next start
            _event_log().discard_draft(self._db, draft.id)

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
        self._deleted = None
        self.undo_action.setEnabled(False)
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

    # --- Excel ----------------------------------------------------------------------------

    def export_excel(self) -> None:
        from cicte_desktop.views.export_dialog import ExportDialog

        if self._plan is None:
            return
        dialog = ExportDialog(self._plan, reference.member_states(self._db), Path.home(), self)
        self.export_dialog = dialog
        def start() -> None:
            # Read the choices now, run after the dialog has closed: the work spins the event
            # loop, which must not delete the dialog while it is still emitting "accepted".
            options, target = dialog.options(), dialog.target()
            QTimer.singleShot(0, lambda: self.run_export(options, target))

        dialog.accepted.connect(start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def run_export(self, options, target: Path) -> bool:  # type: ignore[no-untyped-def]
        """Write the workbook off the UI thread, with progress and Cancel."""
        from cicte_desktop.exports.xlsx import ExportCancelled, export_workbook
        from cicte_desktop.views.work import run_with_progress

        # A period over several plan years is grouped by plan year; one with none is refused in words.
        if not self._period_has_plan(options.date_from, options.date_to, self.tr("Cannot export this period"),
                                     workplan.plan_years_in_period):
            return False
        try:
            result = run_with_progress(self, self.tr("Export"), self.tr("Writing {name}…").format(name=target.name),
                                       lambda progress: export_workbook(self._db, options, target, progress.update))
        except ExportCancelled:
            messages.show_info(self, self.tr("Export"), self.tr("Cancelled: no file was written."))
            return False
        except OSError as exc:
            messages.show_error(self, self.tr("The export failed"), self.tr(
                "{path} could not be written ({detail}). No partial file was left.").format(path=target, detail=exc))
            return False
        from cicte_desktop.exports.xlsx import missing_years_note

        text = self.tr("Wrote {path}: {events}.").format(path=result.path,
                                                          events=self.tr("%n event(s)", "", result.events))
        note = missing_years_note(result.missing_years)
        messages.show_info(self, self.tr("Export"), f"{text}\n\n{note}" if note else text)
        return True

    def _period_has_plan(self, date_from, date_to, title: str, check=None) -> bool:  # type: ignore[no-untyped-def]
        """Whether ``check(db, date_from, date_to)`` (by default a report's: ``report_plan_years``,
        a part per plan year) accepts the period; if not, says why (a year without a plan) and
        which years have a plan. Never another year's plan."""
        from cicte_desktop.exports.pdf.implementation import report_plan_years

        try:
            (check or report_plan_years)(self._db, date_from, date_to)
        except workplan.PeriodPlanError as exc:
            text = str(exc)
            messages.show_error(self, title, text[:1].upper() + text[1:] + ".")
            return False
        return True

    # --- Work plans -----------------------------------------------------------------------

    def new_work_plan(self) -> None:
        """Plan > New Work Plan…: the year and the plan to start from; the new plan is shown."""
        from cicte_desktop.services import plan_years
        from cicte_desktop.views.new_plan import NewPlanDialog

        dialog = NewPlanDialog(workplan.plan_years(self._db), plan_years.plan_travels_from_here(self._db), self)
        self.new_plan_dialog = dialog

        def start() -> None:
            year, source = dialog.choice()  # read now, run after it closed
            QTimer.singleShot(0, lambda: self.create_work_plan(year, source))

        dialog.accepted.connect(start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_work_plan(self) -> None:
        """Plan > Edit Work Plan…: the shown year's plan; the tree shows the changes when it closes."""
        from cicte_desktop.views.plan_editor import PlanEditorDialog

        if self._plan is None:
            return
        dialog = PlanEditorDialog(self._db, self._plan.year, self)
        self.plan_editor_dialog = dialog
        self._remembered_year = self._plan.year
        dialog.finished.connect(lambda _result: self._fill_years())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_plan_workbook(self, target: Path | None = None) -> bool:
        """Plan > Export Plan Workbook…: the shown year's plan, written off the UI thread."""
        from cicte_desktop.exports.plan_xlsx import export_plan_workbook
        from cicte_desktop.views.work import run_with_progress

        if self._plan is None:
            return False
        year = self._plan.year
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export Plan Workbook"), str(Path.home() / self.tr("Work plan {year}.xlsx").format(
                    year=year)), self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return False
            target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        try:
            result = run_with_progress(self, self.tr("Export Plan Workbook"), self.tr("Writing {name}…").format(
                name=target.name), lambda _progress: export_plan_workbook(self._db, year, target))
        except OSError as exc:
            messages.show_error(self, self.tr("The export failed"), self.tr(
                "{path} could not be written ({detail}). No partial file was left.").format(path=target, detail=exc))
            return False
        messages.show_info(self, self.tr("Export Plan Workbook"), self.tr(
            "Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), then "
            "import it with Plan > Import Plan Workbook….").format(
            path=result.path, items=self.tr("%n plan item(s)", "", result.items), year=year))
        return True

    def choose_plan_workbook(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import Plan Workbook"), str(Path.home()),
                                                    self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.import_plan_workbook(Path(path))

    def import_plan_workbook(self, path: Path) -> None:
        """Read the workbook off the UI thread (progress, Cancel), show what it would change, and
        make the changes with the reason given on Apply."""
        from cicte_desktop.services import plan_workbook as pw
        from cicte_desktop.views.plan_import import PlanImportDialog
        from cicte_desktop.views.work import run_with_progress

        title = self.tr("Import Plan Workbook")
        try:
            preview = run_with_progress(self, title, self.tr("Reading {name}…").format(name=path.name),
                                        lambda progress: pw.read_plan_workbook(path, self._db, progress.update))
        except pw.PlanWorkbookCancelled:
            return
        except pw.ImportFileError as exc:
            messages.show_error(self, self.tr("Cannot import this file"), str(exc))
            return
        dialog = PlanImportDialog(preview, self)
        self.plan_import_dialog = dialog

        def apply(reason: str) -> None:
            from cicte_desktop.db.errors import DatabaseOpenError

            try:
                result = pw.apply_plan_workbook(self._db, preview, reason)
            except (pw.ImportFileError, DatabaseOpenError) as exc:
                messages.show_error(self, self.tr("Nothing was imported"), str(exc))
                return
            self._remembered_year = result.year
            self._fill_years()
            text = self.tr("{added}, {changed}, {retired}.").format(
                added=self.tr("%n added", "", result.added), changed=self.tr("%n changed", "", result.changed),
                retired=self.tr("%n retired", "", result.retired))
            messages.show_info(self, title, self.tr("Created the {year} work plan: {changes}").format(
                year=result.year, changes=text) if result.created else self.tr(
                "Changed the {year} work plan: {changes}").format(year=result.year, changes=text))

        def start() -> None:
            reason = dialog.chosen_reason()  # read now, applied once the dialog has closed
            QTimer.singleShot(0, lambda: apply(reason))

        dialog.accepted.connect(start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def create_work_plan(self, year: int, source_year: int) -> bool:
        """Start ``year``'s plan from ``source_year``'s (one transaction) and show it."""
        from cicte_desktop.db.errors import DatabaseOpenError
        from cicte_desktop.services import plan_years

        try:
            made = plan_years.new_plan(self._db, year, source_year)
        except (plan_years.NewPlanError, DatabaseOpenError) as exc:  # read-only, disk full: in words
            messages.show_error(self, self.tr("The work plan was not created"), str(exc))
            return False
        self._remembered_year = made.year
        self._fill_years()
        self.statusBar().showMessage(self.tr("Started the {year} work plan from the {source} plan.").format(
            year=made.year, source=made.source_year), 15_000)
        return True

    # --- PDF reports --------------------------------------------------------------------

    def export_pdf(self, kind: str | None = None, event_uuid: str | None = None) -> None:
        """The report dialog; its choices are written to a temporary file and previewed."""
        from cicte_desktop.services import reporting
        from cicte_desktop.views.pdf_report_dialog import PdfReportDialog

        if self._plan is None:
            return
        event = None
        if event_uuid:
            chosen = _event_log().get_event_input(self._db, event_uuid)
            if chosen.participants:
                event = reporting.RosterEvent(event_uuid, chosen.start_date, chosen.title, len(chosen.participants))
        dialog = PdfReportDialog(self._plan, reference.member_states(self._db),
                                 lambda event_filter: reporting.events_with_rosters(self._db, event_filter),
                                 kind, event, parent=self)
        self.pdf_dialog = dialog

        def start() -> None:
            options, title = dialog.options(), dialog.event_title()  # read now, run after it closed
            QTimer.singleShot(0, lambda: self.preview_pdf(options, title))

        dialog.accepted.connect(start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def certificates_for_selected_event(self) -> None:
        from cicte_desktop.exports.pdf import CERTIFICATES

        uuid = self._selected_event()
        if uuid and not _event_log().get_event_input(self._db, uuid).participants:
            messages.show_info(self, self.tr("Certificates of participation"), self.tr(
                "This event has no participants on its roster. Add them in the event's form (or import its "
                "attendance sheet) to print their certificates."))
            return
        self.export_pdf(CERTIFICATES, uuid)

    def preview_pdf(self, options, event_title: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Write the report to a temporary file off the UI thread (progress, Cancel), then preview it."""
        import tempfile

        from cicte_desktop.exports.pdf import ReportCancelled, ReportError, export_report, suggested_file_name
        from cicte_desktop.views.pdf_preview import PdfPreview
        from cicte_desktop.views.work import run_with_progress

        from cicte_desktop.exports.pdf import CERTIFICATES

        if options.kind != CERTIFICATES and not self._period_has_plan(options.date_from, options.date_to,
                                                                      self.tr("Cannot make this report")):
            return False
        name = suggested_file_name(options, event_title)
        folder = Path(tempfile.mkdtemp(prefix="cicte-report-"))
        target = folder / name
        try:
            result = run_with_progress(self, self.tr("PDF report"), self.tr("Preparing {name}…").format(name=name),
                                       lambda progress: export_report(self._db, options, target, progress.update))
        except (ReportCancelled, ReportError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, ReportCancelled):
                messages.show_info(self, self.tr("PDF report"), self.tr("Cancelled: no file was written."))
            elif isinstance(exc, ReportError):
                messages.show_error(self, self.tr("Cannot make this report"), str(exc))
            else:
                messages.show_error(self, self.tr("The report failed"), self.tr(
                    "The report could not be written ({detail}).").format(detail=exc))
            return False
        preview = PdfPreview(result.path, folder, name, Path.home(), result.pages, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf_preview = preview
        preview.show_report()
        return True

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import events from Excel"), str(Path.home()),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_excel(Path(path))

    def import_excel(self, path: Path) -> None:
        from cicte_desktop.services import events_import as ei
        from cicte_desktop.views.import_preview import ImportPreviewDialog
        from cicte_desktop.views.work import run_with_progress

        try:
            preview = run_with_progress(self, self.tr("Import"), self.tr("Reading {name}…").format(name=path.name),
                                        lambda _progress: ei.preview_import(self._db, path))
        except ei.ImportFileError as exc:
            messages.show_error(self, self.tr("Cannot import this file"), str(exc))
            return
        dialog = ImportPreviewDialog(preview, self)
        self.import_dialog = dialog

        def apply() -> None:
            try:
                created, changed = ei.apply_import(self._db, preview)
            except (ei.ImportFileError, _event_log().PeriodLockedError, _event_log().ValidationError,
                    _event_log().EventGoneError) as exc:
                messages.show_error(self, self.tr("Nothing was imported"), str(exc))
                return
            self._event_saved("")
            messages.show_info(self, self.tr("Import"), self.tr("{created}, {changed}.").format(
                created=self.tr("%n event(s) created", "", created), changed=self.tr("%n changed", "", changed)))

        dialog.accepted.connect(lambda: QTimer.singleShot(0, apply))  # after the dialog has closed
        dialog.open()

    # --- field packages -----------------------------------------------------------------

    def _device_names(self, package=None) -> dict[str, str]:  # type: ignore[no-untyped-def]
        from cicte_desktop.services import devices

        names = devices.device_names(self._db)
        table = package.tables.get("device") if package is not None else None
        if table is not None:
            uuid_at, name_at = table.columns.index("uuid"), table.columns.index("name")
            for row in table.rows:
                names.setdefault(row[uuid_at], row[name_at])
        if package is not None:
            names.setdefault(package.source_device, package.source_name)
        return names

    def export_field_package(self) -> None:
        from cicte_desktop.services import devices
        from cicte_desktop.sync import merge
        from cicte_desktop.views.package_export import PackageExportDialog

        dialog = PackageExportDialog(merge.destinations(self._db), devices.device_name(self._db), Path.home(), self)
        self.package_export_dialog = dialog

        def start() -> None:
            options = dialog.options()  # read now; run once the dialog has closed
            QTimer.singleShot(0, lambda: self.run_package_export(options))

        dialog.accepted.connect(start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def run_package_export(self, options) -> bool:  # type: ignore[no-untyped-def]
        """Write the package off the UI thread, with progress and Cancel."""
        from cicte_desktop.sync import merge
        from cicte_desktop.sync.package import PackageCancelled
        from cicte_desktop.views.work import run_with_progress

        title = self.tr("Export field package")
        try:
            destination = merge.destination_named(self._db, options.destination)
            result = run_with_progress(self, title, self.tr("Writing {name}…").format(name=options.target.name),
                                       lambda progress: merge.export_package(
                                           self._db, options.target, destination, everything=options.everything,
                                           passphrase=options.passphrase, progress=progress.update))
        except PackageCancelled:
            messages.show_info(self, title, self.tr("Cancelled: no file was written."))
            return False
        except (OSError, ValueError) as exc:
            messages.show_error(self, self.tr("The export failed"), self.tr(
                "{path} could not be written ({detail}). No partial file was left.").format(
                path=options.target, detail=exc))
            return False
        text = self.tr("Wrote {path} for {destination}: {events}, {records}, {files}.").format(
            path=result.path, destination=shown(destination.name), events=self.tr("%n event(s)", "", result.events),
            records=self.tr("%n record(s) in all", "", result.records),
            files=self.tr("%n file(s)", "", result.attachments))
        if options.passphrase:
            text += "\n\n" + self.tr("It is protected with a passphrase: give it to the person importing the package "
                                      "by another way than the USB stick.")
        messages.show_info(self, title, text)
        return True

    def _choose_package_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import field package"), str(Path.home()),
                                                    self.tr("Field packages (*.cictepkg);;All files (*)"))
        if path:
            self.import_field_package(Path(path))

    def import_field_package(self, path: Path) -> None:
        """Check the package, show what it would change and its conflicts; merge on Import."""
        from cicte_desktop.sync import merge
        from cicte_desktop.sync import package as pkg
        from cicte_desktop.views.package_import import PackageImportDialog
        from cicte_desktop.views.work import run_with_progress

        title = self.tr("Import field package")
        passphrase: str | None = None
        while True:
            try:
                package = run_with_progress(self, title, self.tr("Checking {name}…").format(name=path.name),
                                            lambda progress: pkg.read_package(path, passphrase, progress.update))
                break
            except (pkg.PassphraseRequiredError, pkg.WrongPassphraseError) as exc:
                passphrase = messages.ask_passphrase(self, self.tr("Protected package"), str(exc))
                if passphrase is None:
                    return
            except pkg.PackageCancelled:
                return
            except pkg.PackageError as exc:
                messages.show_error(self, self.tr("Cannot import this package"), shown(exc, keep_lines=True))
                return
        try:
            plan = run_with_progress(self, title, self.tr("Comparing {name} with this database…").format(name=path.name),
                                     lambda _progress: merge.plan_import(self._db, package))
        except BaseException:
            package.close()
            raise
        dialog = PackageImportDialog(plan, self._device_names(package), self)
        self.package_import_dialog = dialog

        def apply() -> None:
            from sqlalchemy.exc import DBAPIError

            try:
                result = run_with_progress(self, title, self.tr("Importing {name}…").format(name=path.name),
                                           lambda _progress: merge.apply_import(self._db, plan, dialog.choices(),
                                                                                trust_sender=dialog.trust_sender()))
            except (pkg.PackageError, OSError, DBAPIError, DatabaseOpenError) as exc:
                messages.show_error(self, self.tr("Nothing was imported"), str(exc))
                return
            finally:
                package.close()
            self.reload()
            messages.show_info(self, title, self.tr(
                "Imported from {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.").format(
                device=package.source_name, new=self.tr("%n new", "", result.counts[merge.NEW]),
                updated=self.tr("%n updated", "", result.counts[merge.UPDATED]),
                deleted=self.tr("%n deleted", "", result.counts[merge.DELETED]),
                conflicts=self.tr("%n conflict(s) resolved", "", result.conflicts),
                files=self.tr("%n file(s) stored", "", result.files)))

        dialog.accepted.connect(lambda: QTimer.singleShot(0, apply))  # after the dialog has closed
        dialog.rejected.connect(package.close)
        dialog.open()

    def _add_trust_actions(self, menu) -> None:  # type: ignore[no-untyped-def]
        from cicte_desktop.services import devices  # (not sync.trust and its keys: not needed to start)

        self.headquarters_action = QAction(self.tr("This Computer Is Head&quarters"), self)
        self.headquarters_action.setCheckable(True)
        self.headquarters_action.setChecked(devices.device_role(self._db) == devices.HEADQUARTERS)
        self.headquarters_action.toggled.connect(self.set_headquarters)
        self.fingerprint_action = QAction(self.tr("This Computer's &Fingerprint…"), self)
        self.fingerprint_action.triggered.connect(self.show_fingerprint)
        menu.addSeparator()
        menu.addActions([self.headquarters_action, self.fingerprint_action])

    def set_headquarters(self, on: bool) -> None:
        """Make this installation the database's headquarters (its packages then carry plan
        changes, reference data and locks), or a laptop again."""
        from cicte_desktop.sync import trust

        trust.set_device_role(self._db, trust.HEADQUARTERS if on else trust.LAPTOP)
        self.statusBar().showMessage(
            self.tr("This computer is now headquarters: laptops will be asked to confirm its fingerprint once.")
            if on else self.tr("This computer is now a laptop."), 8000)

    def own_fingerprint(self) -> str:
        from cicte_desktop.paths import data_dir
        from cicte_desktop.sync import trust

        return trust.fingerprint(trust.public_bytes(trust.signing_key(data_dir(), self._db.device_id)))

    def show_fingerprint(self) -> None:
        from cicte_desktop.services import devices
        from cicte_desktop.sync import trust

        try:
            fingerprint = self.own_fingerprint()
        except OSError as exc:
            messages.show_error(self, self.tr("Fingerprint"), str(exc))
            return
        messages.show_info(self, self.tr("Fingerprint"), self.tr(
            "{name} ({role}) signs its field packages with the key whose fingerprint is\n\n{fingerprint}\n\nThe "
            "first time another computer imports a package from this one, it shows this fingerprint: compare it "
            "by phone or in person before confirming.").format(
            name=devices.device_name(self._db), role=trust.role_label(trust.device_role(self._db)),
            fingerprint=fingerprint))

    def show_conflict_history(self) -> None:
        from cicte_desktop.sync import merge
        from cicte_desktop.views.conflict_history import ConflictHistoryDialog

        dialog = ConflictHistoryDialog(merge.conflict_history(self._db), self._device_names(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_history_dialog = dialog
        dialog.open()

    def offer_device_name(self) -> None:
        """First run: ask what other computers will call this one (asked again until answered)."""
        from cicte_desktop.services import devices

        if not devices.name_confirmed(self._db):
            self.change_device_name(first_run=True)

    def change_device_name(self, first_run: bool = False) -> None:
        from cicte_desktop.services import devices
        from cicte_desktop.views import device_name

        name = device_name.ask_device_name(self, devices.device_name(self._db), first_run)
        if name is None:
            return
        try:
            saved = devices.set_device_name(self._db, name)
        except ValueError as exc:
            messages.show_error(self, self.tr("Device name"), str(exc))
            return
        self.statusBar().showMessage(self.tr("This computer is now called “{name}”.").format(name=saved), 10_000)

    # --- backups and privacy --------------------------------------------------------------

    def _show_last_backup(self) -> None:
        from cicte_desktop.paths import backup_dir
        from cicte_desktop.services import backup

        latest = backup.automatic_backups(backup_dir(), backup.database_key(self._db.path))
        if not latest:
            self.backup_label.setText(self.tr("No automatic backup yet"))
            return
        when = latest[0][0].astimezone()
        hours = (dt.datetime.now(dt.timezone.utc) - latest[0][0]).total_seconds() / 3600
        text = (self.tr("Last backup: %n hour(s) ago", "", int(hours)) if hours >= 1 else
                self.tr("Last backup: less than an hour ago"))
        self.backup_label.setText(text)
        self.backup_label.setToolTip(QLocale().toString(when, QLocale.FormatType.LongFormat))

    def _daily_backup(self) -> None:
        """The first start of the day backs the database up, in the background."""
        import threading

        from cicte_desktop.paths import backup_dir
        from cicte_desktop.services import backup

        folder, path = backup_dir(), self._db.path
        if not backup.daily_backup_due(folder, key=backup.database_key(path)):
            self._show_last_backup()
            return

        def work() -> None:
            try:
                backup.automatic_backup(path, folder, "daily")
            except (backup.BackupError, sqlite3.Error, OSError):  # e.g. the file moved meanwhile: try tomorrow
                log.exception("daily backup failed")

        self._backup_thread = threading.Thread(target=work, name="daily backup", daemon=True)
        self._backup_thread.start()
        QTimer.singleShot(2000, self, self._show_last_backup)  # not after the window is gone

    def _choose_backup_target(self) -> None:
        suggested = self._db.path.parent / f"cicte-backup-{dt.date.today().isoformat()}.sqlite"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Back Up To"), str(suggested),
                                                    self.tr("CICTE databases (*.sqlite)"))
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, target: Path) -> bool:
        """A copy of the database at ``target`` (a USB stick...), with progress and Cancel."""
        from cicte_desktop.services import backup
        from cicte_desktop.views.work import run_with_progress

        if target.expanduser().absolute() == self._db.path:
            messages.show_error(self, self.tr("The backup failed"),
                                self.tr("Choose another file: this is the database you are working on."))
            return False

        try:
            self._db.integrity.wait()
            broken = backup.reference_problems(self._db.path)
            run_with_progress(self, self.tr("Back up"), self.tr("Copying the database to {path}…").format(
                path=target), lambda progress: backup.copy_database(self._db.path, target, progress.update))
            info = backup.inspect_backup(target)
        except backup.CopyCancelled:
            messages.show_info(self, self.tr("Back up"), self.tr("Cancelled: nothing was written."))
            return False
        except (backup.BackupError, DatabaseOpenError) as exc:
            messages.show_error(self, self.tr("The backup failed"), getattr(exc, "message", str(exc)))
            return False
        text = self.tr("Saved {path}: {events}, {people}.").format(
            path=target, events=self.tr("%n event(s)", "", info.events),
            people=self.tr("%n participant(s)", "", info.participants))
        if broken:
            text += "\n\n" + self.tr("Note: %n row(s) of the database point to records that are missing; "
                                      "Tools > Check the Database tells which.", "", broken)
        messages.show_info(self, self.tr("Back up"), text)
        return True

    def _choose_backup_to_restore(self) -> None:
        from cicte_desktop.paths import backup_dir

        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Restore From Backup"), str(backup_dir()),
                                                    self.tr("CICTE databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> bool:
        """Show what the backup holds, then replace the database with it (keeping a copy first)."""
        from cicte_desktop.paths import backup_dir
        from cicte_desktop.services import backup

        try:
            info = backup.inspect_backup(source)
        except DatabaseOpenError as exc:
            messages.show_error(self, self.tr("Cannot restore this backup"), exc.message)
            return False
        question = self.tr(
            "This backup was saved on {when} on {device}. It holds {events} and {people}.\n\n"
            "Replace the database you are working on with it? The current database is kept as a backup "
            "first.").format(when=format_date_time(info.made_at), device=info.device,
                             events=self.tr("%n event(s)", "", info.events),
                             people=self.tr("%n participant(s)", "", info.participants))
        if not messages.ask_yes_no(self, self.tr("Restore from backup"), question, self.tr("Restore"),
                                   self.tr("Cancel")):
            return False
        path = self._db.path
        self._db.integrity.wait()
        self._db.close()
        try:
            kept = backup.restore(path, info.path, backup_dir())
        except (backup.BackupError, DatabaseOpenError) as exc:
            messages.show_error(self, self.tr("The restore failed"), getattr(exc, "message", str(exc)))
            kept = None
        try:
            self._db = open_database(path, check_in_background=True)
        except DatabaseOpenError as exc:
            messages.show_error(self, self.tr("Cannot open the database"), exc.message)
            self.close()
            return False
        self._selected_uuid = None
        self.reload()
        self._watch_integrity()
        if kept is not None:
            self.statusBar().showMessage(self.tr("Restored. The database as it was is kept in {kept}.").format(
                kept=kept), 20_000)
        return kept is not None

    def check_database(self) -> None:
        from cicte_desktop.services import backup

        report = backup.full_check(self._db.path)
        text = "\n".join(report.lines)
        if report.ok:
            messages.show_info(self, self.tr("Check the database"), text)
        else:
            messages.show_error(self, self.tr("Check the database"), text)

    def edit_privacy(self) -> None:
        from cicte_desktop.views.privacy import PrivacyDialog

        dialog = PrivacyDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.privacy_dialog = dialog
        dialog.open()

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
        form = self.event_form
        if form is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                form.save_draft()  # quitting with a form open keeps what was typed
        if self._db.changed:  # closing after changes: back up first
            from cicte_desktop.paths import backup_dir
            from cicte_desktop.services import backup

            try:
                backup.automatic_backup(self._db.path, backup_dir(), "exit")
                self._db.changed = False
            except backup.BackupError:
                log.exception("backup on exit failed")
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        settings.setValue("mainWindow/treeHeader", self.plan_view.header().saveState())
        settings.setValue("mainWindow/eventHeader", self.detail.events.horizontalHeader().saveState())
        settings.setValue("mainWindow/mandatesShown", self.detail.mandates_toggle.isChecked())
        settings.setValue("mainWindow/selected", self._selected_uuid or "")
        if self._plan is not None:
            settings.setValue("mainWindow/year", self._plan.year)
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
