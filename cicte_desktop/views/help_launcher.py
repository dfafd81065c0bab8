"""F1: the user guide on the topic of the window or dialog in use (:data:`TOPIC_OF_WINDOW`, by
object name or class name), in the window's language. The main window's *Help > User Guide*
action carries F1; every other window gets an F1 shortcut of its own the first time it takes
the focus (:func:`install_f1`), so that no dialog has to remember it. Light on purpose: the help
window (``views/help_browser.py``) is imported when F1 is first pressed, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget

from cicte_desktop import i18n

if TYPE_CHECKING:
    from cicte_desktop.views.help_browser import HelpWindow

DEFAULT_TOPIC = "first-steps"  # services/user_guide.DEFAULT_TOPIC, without importing it at start-up


#: The guide's topic for a window or dialog, by object name or else class name.
TOPIC_OF_WINDOW: dict[str, str] = {
    "MainWindow": "first-steps",
    "PreferencesDialog": "first-steps",
    "PlanTitlesDialog": "first-steps",
    "EventForm": "logging-events",
    "attendanceImport": "attendance",
    "AttendanceImportDialog": "attendance",
    "PeriodLocksDialog": "reporting-periods",
    "ExportDialog": "excel",
    "ImportPreviewDialog": "excel",
    "PdfReportDialog": "pdf-reports",
    "PdfPreview": "pdf-reports",
    "PackageExportDialog": "field-packages",
    "PackageImportDialog": "field-packages",
    "ConflictHistoryDialog": "field-packages",
    "DeviceNameDialog": "field-packages",
    "RecoveryDialog": "backups",
    "PrivacyDialog": "backups",
}
F1 = QKeySequence(Qt.Key.Key_F1)


def topic_for(window: QWidget | None) -> str:
    """The topic of ``window`` (a window or dialog): by its object name, its class, or the first steps."""
    while window is not None:
        for key in (window.objectName(), type(window).__name__):
            if key in TOPIC_OF_WINDOW:
                return TOPIC_OF_WINDOW[key]
        window = window.parentWidget().window() if window.parentWidget() is not None else None
    return DEFAULT_TOPIC


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every menu command with a shortcut, in the menus' order and words."""
    rows = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = action.shortcut()
            if action.isSeparator() or keys.isEmpty():
                continue
            rows.append((_plain(menu_action.text()), _plain(action.text()),
                         keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic mark and ellipsis (``&Open Database…`` -> ``Open Database``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


class HelpLauncher(QObject):
    """Opens the guide for the window in use; gives every window that takes the focus an F1."""

    def __init__(self, main_window: QWidget, menu_bar: QMenuBar) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.menu_bar = menu_bar
        self.windows: dict[int, HelpWindow] = {}

    def open_for(self, window: QWidget | None = None) -> HelpWindow:
        """The guide on ``window``'s topic (the active window's by default), in the UI's language.

        The help window belongs to that window, so that a modal dialog does not block it."""
        window = window or QApplication.activeWindow() or self.main_window
        from cicte_desktop.views.help_browser import HelpWindow

        if isinstance(window, HelpWindow):
            return window
        help_window = self.windows.get(id(window))
        language = i18n.ui_language()
        if help_window is None or help_window.language != language:
            help_window = HelpWindow(language, lambda: menu_shortcuts(self.menu_bar), window)
            help_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            key = id(window)
            help_window.destroyed.connect(lambda *_: self.windows.pop(key, None))
            self.windows[key] = help_window
        help_window.show_topic(topic_for(window))
        help_window.show()
        help_window.raise_()
        help_window.activateWindow()
        return help_window

    def give_f1(self, _old: QWidget | None, new: QWidget | None) -> None:
        """``QApplication.focusChanged``: the window that took the focus answers F1 from now on."""
        window = new.window() if new is not None else None
        if window is None or window.objectName() == "HelpWindow" or window.property("helpShortcut"):
            return  # a help window, or one that answers F1 already (the main window: its action)
        if not self.main_window.isVisible():
            return  # a main window closed (another answers)
        window.setProperty("helpShortcut", True)
        shortcut = QShortcut(F1, window)
        shortcut.activated.connect(lambda: self.open_for(window))


def install_f1(main_window: QWidget, action: QAction, menu_bar: QMenuBar) -> HelpLauncher:
    """F1 (``action``, *Help > User Guide*) in ``main_window`` and in every window it opens."""
    launcher = HelpLauncher(main_window, menu_bar)
    main_window.setProperty("helpShortcut", True)
    action.setShortcut(F1)
    action.triggered.connect(lambda: launcher.open_for(main_window))
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(launcher.give_f1)
    return launcher
