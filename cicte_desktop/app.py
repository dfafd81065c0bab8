"""Starting the GUI: database first, then windows; unexpected errors shown, not fatal."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from cicte_desktop import APPLICATION_NAME, ORGANIZATION_NAME
from cicte_desktop.db.database import open_database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.logging_setup import LOG_FILE_NAME, configure_logging
from cicte_desktop.paths import default_database_path, log_dir
from cicte_desktop.views import messages
from cicte_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def build_main_window(db_path: Path | str | None = None) -> MainWindow:
    """The ready main window on ``db_path`` (default database when None).

    A ``QApplication`` must exist. Raises :class:`DatabaseOpenError` when the database
    cannot be opened safely; nothing is shown then.
    """
    db = open_database(Path(db_path) if db_path else default_database_path(), check_in_background=True)
    return MainWindow(db, log_folder=_safe_log_dir())


def _safe_log_dir() -> Path | None:
    try:
        return log_dir()
    except OSError:
        return None


def install_exception_hook() -> None:
    """Log an unexpected exception and tell the user, then keep the app running."""
    folder = _safe_log_dir()
    if folder is not None:
        configure_logging(folder)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        where = str(folder / LOG_FILE_NAME) if folder else _tr("(no log file: the data folder is not writable)")
        messages.show_error(
            QApplication.activeWindow(),
            _tr("Unexpected error"),
            _tr("Something went wrong: {error}\n\nYour saved data is safe. The details were written to "
                "{log}; please send that file to support. You can keep working.").format(error=value, log=where),
            "".join(traceback.format_exception(kind, value, tb)),
        )

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    return app


def run_gui(db_path: Path | None = None) -> int:
    app = create_application()
    install_exception_hook()
    try:
        window = build_main_window(db_path)
    except DatabaseOpenError as exc:
        log.warning("cannot open %s: %s", exc.path, exc.message)
        messages.show_error(None, _tr("Cannot open the database"), exc.message)
        return 1
    window.show()
    QTimer.singleShot(0, window.offer_drafts)
    return app.exec()
