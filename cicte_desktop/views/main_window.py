"""The main window: the work plan tree beside the detail of the selected item."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from cicte_desktop import __version__
from cicte_desktop.db.database import Database, open_database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.qtmodels.workplan_tree import PlanItem, WorkPlanTreeModel
from cicte_desktop.services import workplan
from cicte_desktop.services.workplan import ActivityNode, ProgramNode, ProjectNode, WorkAreaNode
from cicte_desktop.views import messages


class MainWindow(QMainWindow):
    database_changed = Signal(str)

    def __init__(self, db: Database, log_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._log_folder = log_folder
        self.setWindowTitle(self.tr("CICTE Desktop"))
        self.setObjectName("MainWindow")

        self.plan_model = WorkPlanTreeModel(self)
        self.plan_view = QTreeView()
        self.plan_view.setObjectName("planTree")
        self.plan_view.setModel(self.plan_model)
        self.plan_view.setUniformRowHeights(True)
        self.plan_view.setAlternatingRowColors(True)
        header = self.plan_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WorkPlanTreeModel.COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (WorkPlanTreeModel.COLUMN_TARGET, WorkPlanTreeModel.COLUMN_ACHIEVED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WorkPlanTreeModel.COLUMN_TARGET, 170)
        header.resizeSection(WorkPlanTreeModel.COLUMN_ACHIEVED, 80)

        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenExternalLinks(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.plan_view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

        self._status_label = QLabel()
        self.statusBar().addWidget(self._status_label, 1)
        self._build_menus()
        self.plan_view.selectionModel().currentChanged.connect(self._show_detail)
        self.reload()
        self._restore_settings()

    # --- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
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

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        expand = QAction(self.tr("&Expand All"), self)
        expand.triggered.connect(self.plan_view.expandAll)
        collapse = QAction(self.tr("&Collapse All"), self)
        collapse.triggered.connect(self.plan_view.collapseAll)
        view_menu.addActions([expand, collapse])

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = QAction(self.tr("Open &Log Folder"), self)
        logs.triggered.connect(self._open_log_folder)
        logs.setEnabled(self._log_folder is not None)
        about = QAction(self.tr("&About CICTE Desktop"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addActions([logs, about])

    # --- data ---------------------------------------------------------------------------

    @property
    def database(self) -> Database:
        return self._db

    def reload(self) -> None:
        plan = workplan.get_work_plan(self._db)
        achieved = workplan.achieved_by_activity(self._db, plan.year)
        self.plan_model.set_plan(plan, achieved)
        for row in range(self.plan_model.rowCount()):
            self.plan_view.expand(self.plan_model.index(row, 0))
        counts = workplan.plan_counts(plan)
        self._status_label.setText(
            self.tr("{title} · {areas} work areas, {programs} programs, {projects} projects, "
                    "{activities} planned activities · {path}").format(
                title=plan.symbol, path=self._db.path, **counts)
        )
        self.detail.setHtml(self.tr("<p>Select an item of the work plan to see its details.</p>"))

    def open_database(self, path: Path) -> bool:
        """Switch to the database at ``path``; keep the current one if it cannot be opened."""
        try:
            new_db = open_database(path)
        except DatabaseOpenError as exc:
            messages.show_error(self, self.tr("Cannot open the database"), exc.message)
            return False
        old, self._db = self._db, new_db
        old.close()
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

    def _show_detail(self, current, _previous=None) -> None:  # type: ignore[no-untyped-def]
        item: PlanItem | None = self.plan_model.item(current)
        if item is None:
            return
        crumbs: list[str] = []
        walker = item.parent
        while walker is not None:
            crumbs.insert(0, walker.label)
            walker = walker.parent
        node = item.node
        kind = {
            WorkAreaNode: self.tr("Work area"), ProgramNode: self.tr("Program"),
            ProjectNode: self.tr("Project"), ActivityNode: self.tr("Planned activity"),
        }[type(node)]
        parts = [f"<p style='color:palette(mid)'>{html.escape(' › '.join(crumbs))}</p>" if crumbs else "",
                 f"<p><b>{html.escape(kind)}</b></p><h3>{html.escape(item.label)}</h3>"]
        if isinstance(node, ActivityNode):
            if node.upon_request:
                target = self.tr("Upon request")
            else:
                target = workplan.target_label(node) or self.tr("No numeric target")
            parts.append("<p>" + html.escape(self.tr("Target: {target} · Achieved: {achieved}").format(
                target=target, achieved=item.achieved)) + "</p>")
        if node.note:
            parts.append("<p><i>" + html.escape(self.tr("Reading of the source document: {note}").format(note=node.note))
                         + "</i></p>")
        self.detail.setHtml("".join(parts))

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
        splitter = settings.value("mainWindow/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([820, 546])

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        super().closeEvent(event)
