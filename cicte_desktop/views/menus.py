"""The main window's menus and toolbar: every action, kept on the window by name
(``window.export_action``...), and what it calls: a controller's job or a public method of the
window. The database's own actions (open, back up, restore, check, privacy) are made here and
wired by the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from cicte_desktop.views import help_launcher
from cicte_desktop.views.icons import IconToolBar, set_icon

if TYPE_CHECKING:
    from cicte_desktop.views.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_bars(window: MainWindow) -> None:
    """What the window shows from its first paint: the menu bar's menus, empty until
    :func:`build_actions` fills them, and the toolbar with its actions (wired there too)."""
    menu_bar = window.menuBar()
    window.file_menu = menu_bar.addMenu(_tr("&File"))
    window.edit_menu = menu_bar.addMenu(_tr("&Edit"))
    window.events_menu = menu_bar.addMenu(_tr("Eve&nts"))
    window.view_menu = menu_bar.addMenu(_tr("&View"))
    window.plan_menu = menu_bar.addMenu(_tr("&Plan"))
    window.tools_menu = menu_bar.addMenu(_tr("&Tools"))
    window.help_menu = menu_bar.addMenu(_tr("&Help"))

    window.new_event_action = QAction(_tr("&New Event…"), window)
    set_icon(window.new_event_action, "new-event")
    window.new_event_action.setShortcut(QKeySequence.StandardKey.New)
    window.new_event_action.setToolTip(_tr("Log a mission, workshop, course... under the selected planned "
                                           "activity (Ctrl+N)"))
    window.export_action = QAction(_tr("&Export Excel Workbook…"), window)
    set_icon(window.export_action, "excel")
    window.export_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
    window.pdf_action = QAction(_tr("Export &PDF Report…"), window)
    set_icon(window.pdf_action, "pdf")
    window.pdf_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
    window.pdf_action.setToolTip(_tr("The semi-annual implementation report, a member-state report or "
                                     "certificates of participation, previewed before saving (Ctrl+R)"))

    toolbar = IconToolBar(_tr("Main"))
    toolbar.setObjectName("mainToolBar")
    toolbar.setMovable(False)
    toolbar.addAction(window.new_event_action)
    toolbar.addAction(window.export_action)
    toolbar.addAction(window.pdf_action)
    toolbar.addSeparator()
    year_label = QLabel(_tr("Work plan"))
    year_label.setBuddy(window.year)
    toolbar.addWidget(year_label)
    toolbar.addWidget(window.year)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.search)
    window.addToolBar(toolbar)


def build_actions(window: MainWindow) -> None:
    """Every action of the menus made by :func:`build_bars`, wired to the window's controllers
    (which exist by then)."""
    events, workbooks, reports, packages = window.events, window.workbooks, window.reports, window.packages

    file_menu = window.file_menu
    window.open_action = QAction(_tr("&Open Database…"), window)
    set_icon(window.open_action, "open")
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.open_action.triggered.connect(window.databases.choose_database)
    file_menu.addAction(window.open_action)
    window.connect_action = QAction(_tr("&Connect to Server…"), window)
    window.connect_action.setToolTip(_tr("Headquarters' database on a PostgreSQL server"))
    window.connect_action.triggered.connect(window.databases.connect_to_server)
    file_menu.addAction(window.connect_action)
    file_menu.addSeparator()
    window.backup_action = QAction(_tr("&Back Up To…"), window)
    set_icon(window.backup_action, "backup")
    window.backup_action.triggered.connect(window.safety.back_up_to_chosen_file)
    window.restore_action = QAction(_tr("&Restore From Backup…"), window)
    set_icon(window.restore_action, "restore")
    window.restore_action.triggered.connect(window.safety.restore_from_chosen_file)
    file_menu.addActions([window.backup_action, window.restore_action])
    file_menu.addSeparator()
    window.export_action.triggered.connect(workbooks.export_excel)
    window.import_action = QAction(_tr("&Import Events From Excel…"), window)
    set_icon(window.import_action, "import")
    window.import_action.triggered.connect(workbooks.choose_import)
    window.pdf_action.triggered.connect(lambda: reports.export_pdf())
    file_menu.addActions([window.export_action, window.pdf_action, window.import_action])
    file_menu.addSeparator()
    window.export_package_action = QAction(_tr("Export &Field Package…"), window)
    set_icon(window.export_package_action, "package-export")
    window.export_package_action.setToolTip(_tr("What was logged or changed here, in one file for headquarters "
                                                "or another laptop"))
    window.export_package_action.triggered.connect(packages.export_field_package)
    window.import_package_action = QAction(_tr("Import Field Pac&kage…"), window)
    set_icon(window.import_package_action, "package-import")
    window.import_package_action.triggered.connect(packages.choose_package_import)
    file_menu.addActions([window.export_package_action, window.import_package_action])
    file_menu.addSeparator()
    quit_action = QAction(_tr("&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    edit_menu = window.edit_menu
    window.find_action = QAction(_tr("&Find…"), window)
    set_icon(window.find_action, "search")
    window.find_action.setShortcut(QKeySequence.StandardKey.Find)
    window.find_action.triggered.connect(window.focus_search)
    edit_menu.addAction(window.find_action)

    window.undo_action = QAction(_tr("&Undo Delete"), window)
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.undo_action.setEnabled(False)
    window.undo_action.triggered.connect(events.undo_delete)
    edit_menu.insertAction(window.find_action, window.undo_action)
    edit_menu.insertSeparator(window.find_action)
    edit_menu.addSeparator()
    window.titles_action = QAction(_tr("Translated &Titles…"), window)
    window.titles_action.setStatusTip(_tr("The Spanish, French and Portuguese titles of the selected plan item"))
    window.titles_action.triggered.connect(window.settings.edit_plan_titles)
    edit_menu.addAction(window.titles_action)
    window.preferences_action = QAction(_tr("&Preferences…"), window)
    window.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.preferences_action.triggered.connect(window.settings.edit_preferences)
    edit_menu.addAction(window.preferences_action)

    _events_menu(window)

    view_menu = window.view_menu
    expand = QAction(_tr("&Expand All"), window)
    # Ctrl++ and Ctrl+- size the text, as in every reader's program (see _text_size_actions).
    expand.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Down))
    expand.triggered.connect(window.plan_view.expandAll)
    collapse = QAction(_tr("&Collapse All"), window)
    collapse.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Up))
    collapse.triggered.connect(window.plan_view.collapseAll)
    window.reset_filters_action = QAction(_tr("&Reset Filters"), window)
    set_icon(window.reset_filters_action, "filter")
    window.reset_filters_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R))
    window.reset_filters_action.triggered.connect(window.filter_bar.reset)
    window.dashboard_action = QAction(_tr("&Dashboard"), window)
    window.dashboard_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D))
    window.dashboard_action.setToolTip(_tr("The year's work in charts: progress, events by month, participants "
                                           "and the member states reached (Ctrl+Shift+D)"))
    window.dashboard_action.triggered.connect(window.dashboards.show_dashboard)
    view_menu.addAction(window.dashboard_action)
    view_menu.addSeparator()
    view_menu.addActions([expand, collapse])
    view_menu.addSeparator()
    view_menu.addAction(window.reset_filters_action)
    view_menu.addSeparator()
    view_menu.addActions(_text_size_actions(window))

    plan_menu = window.plan_menu
    window.new_plan_action = QAction(_tr("&New Work Plan…"), window)
    window.new_plan_action.setToolTip(_tr("Start a year's work plan from an earlier one"))
    window.new_plan_action.triggered.connect(workbooks.new_work_plan)
    plan_menu.addAction(window.new_plan_action)
    window.edit_plan_action = QAction(_tr("&Edit Work Plan…"), window)
    set_icon(window.edit_plan_action, "edit-plan")
    window.edit_plan_action.setToolTip(_tr("Add, rename, move or retire items of the year's plan, with a reason "
                                           "for every change"))
    window.edit_plan_action.triggered.connect(workbooks.edit_work_plan)
    plan_menu.addAction(window.edit_plan_action)
    plan_menu.addSeparator()
    window.export_plan_action = QAction(_tr("E&xport Plan Workbook…"), window)
    set_icon(window.export_plan_action, "excel")
    window.export_plan_action.setToolTip(_tr("The year's plan as a workbook, one row per item, to draft changes "
                                             "or next year's plan in Excel"))
    window.export_plan_action.triggered.connect(lambda: workbooks.export_plan_workbook())
    window.import_plan_action = QAction(_tr("&Import Plan Workbook…"), window)
    set_icon(window.import_plan_action, "import")
    window.import_plan_action.setToolTip(_tr("Preview what a plan workbook adds, changes and retires, then make "
                                             "the changes with a reason"))
    window.import_plan_action.triggered.connect(workbooks.choose_plan_workbook)
    plan_menu.addActions([window.export_plan_action, window.import_plan_action])

    tools_menu = window.tools_menu
    window.privacy_action = QAction(_tr("&Privacy…"), window)
    window.privacy_action.triggered.connect(window.safety.edit_privacy)
    window.check_action = QAction(_tr("&Check the Database"), window)
    set_icon(window.check_action, "check")
    window.check_action.triggered.connect(window.safety.check_database)
    tools_menu.addActions([window.privacy_action, window.check_action])
    tools_menu.addSeparator()
    window.device_name_action = QAction(_tr("&Device Name…"), window)
    window.device_name_action.triggered.connect(lambda: packages.change_device_name())
    window.conflicts_action = QAction(_tr("Conflict &History…"), window)
    window.conflicts_action.triggered.connect(packages.show_conflict_history)
    tools_menu.addActions([window.device_name_action, window.conflicts_action])
    window.headquarters_action = QAction(_tr("This Computer Is Head&quarters"), window)
    window.headquarters_action.setCheckable(True)
    window.headquarters_action.setChecked(packages.is_headquarters())
    window.headquarters_action.toggled.connect(packages.set_headquarters)
    window.fingerprint_action = QAction(_tr("This Computer's &Fingerprint…"), window)
    window.fingerprint_action.triggered.connect(packages.show_fingerprint)
    tools_menu.addSeparator()
    tools_menu.addActions([window.headquarters_action, window.fingerprint_action])

    help_menu = window.help_menu
    logs = QAction(_tr("Open &Log Folder"), window)
    logs.triggered.connect(window.settings.open_log_folder)
    logs.setEnabled(window.log_folder is not None)
    about = QAction(_tr("&About CICTE Desktop"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(window.settings.show_about)
    window.help_action = QAction(_tr("&User Guide"), window)
    window.help = help_launcher.install_f1(window, window.help_action, window.menuBar())  # F1, in every dialog too
    help_menu.addActions([window.help_action, logs, about])


def _events_menu(window: MainWindow) -> None:
    events = window.events
    events_menu = window.events_menu
    window.new_event_action.triggered.connect(events.new_event)
    window.open_event_action = QAction(_tr("&Open Event"), window)
    window.open_event_action.triggered.connect(events.open_selected_event)
    window.duplicate_action = QAction(_tr("&Duplicate Event"), window)
    window.duplicate_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
    window.duplicate_action.triggered.connect(events.duplicate_selected_event)
    window.delete_action = QAction(_tr("De&lete Event…"), window)
    window.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.delete_action.triggered.connect(events.delete_selected_event)
    window.detail.events.addAction(window.delete_action)
    window.certificates_action = QAction(_tr("&Certificates of Participation…"), window)
    window.certificates_action.setToolTip(_tr("One certificate per participant of the selected event, to print"))
    window.certificates_action.triggered.connect(window.reports.certificates_for_selected_event)
    window.periods_action = QAction(_tr("&Reporting Periods…"), window)
    window.periods_action.triggered.connect(events.edit_period_locks)
    events_menu.addActions([window.new_event_action, window.open_event_action, window.duplicate_action,
                            window.delete_action])
    events_menu.addSeparator()
    events_menu.addAction(window.certificates_action)
    # The same actions on a right-click in the event list.
    window.detail.events.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    window.detail.events.insertActions(window.delete_action, [window.open_event_action, window.duplicate_action,
                                                              window.certificates_action])
    events_menu.addSeparator()
    events_menu.addAction(window.periods_action)


def _text_size_actions(window: MainWindow) -> list[QAction]:
    """View > Bigger Text (Ctrl++, Ctrl+=), Smaller Text (Ctrl+-), Normal Text Size (Ctrl+0): the
    text of every window, kept for the next runs."""
    window.bigger_text_action = QAction(_tr("&Bigger Text"), window)
    window.bigger_text_action.setShortcuts([QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Plus),
                                            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal)])
    window.bigger_text_action.triggered.connect(lambda: window.settings.change_text_size(1))
    window.smaller_text_action = QAction(_tr("&Smaller Text"), window)
    window.smaller_text_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Minus))
    window.smaller_text_action.triggered.connect(lambda: window.settings.change_text_size(-1))
    window.normal_text_action = QAction(_tr("&Normal Text Size"), window)
    window.normal_text_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
    window.normal_text_action.triggered.connect(lambda: window.settings.change_text_size(0))
    return [window.bigger_text_action, window.smaller_text_action, window.normal_text_action]
