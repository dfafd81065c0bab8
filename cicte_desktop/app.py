"""Starting the GUI: database first, then windows; unexpected errors shown, not fatal."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cicte_desktop import APPLICATION_NAME, ORGANIZATION_NAME, i18n
from cicte_desktop.db.database import open_database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.gc_pause import resume_start_up
from cicte_desktop.paths import default_database_path, log_dir, resource_path
from cicte_desktop.services.figures_ahead import FiguresAhead
from cicte_desktop.views import window_state

if TYPE_CHECKING:
    from cicte_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def build_main_window(db_path: Path | str | None = None, *, deferred: bool = False) -> MainWindow:
    """The main window on ``db_path`` (default database when None): whole, or with ``deferred``
    what its first paint shows, the rest right after that paint (see ``MainWindow``).

    A ``QApplication`` must exist. Raises :class:`DatabaseOpenError` when the database
    cannot be opened safely; nothing is shown then.
    """
    if isinstance(db_path, str) and not isinstance(db_path, Path) and _is_server(db_path):
        from cicte_desktop.db.server import parse_server_url
        from cicte_desktop.db.server_database import open_server_database

        db = open_server_database(parse_server_url(db_path))  # headquarters' PostgreSQL server
    else:
        db = open_database(Path(db_path) if db_path else default_database_path(), check_in_background=True)
    # The opening year's figures are read in another thread from now on, while the window's
    # modules load and its widgets are made (some 60 ms: the read, some 35 ms, is then ready).
    ahead = FiguresAhead(db, window_state.remembered_year())
    from cicte_desktop.views.main_window import MainWindow

    return MainWindow(db, log_folder=_safe_log_dir(), deferred=deferred, figures_ahead=ahead)


def _is_server(text: str) -> bool:
    from cicte_desktop.db.server import is_server_url

    return is_server_url(text)


def open_main_window(db_path: Path | str | None = None) -> MainWindow:
    """The main window as the app starts it: shown as soon as its tree can paint, completed
    right after, and then the garbage collector resumed (see :mod:`cicte_desktop.gc_pause`).
    Raises :class:`DatabaseOpenError` as :func:`build_main_window` does."""
    window = build_main_window(db_path, deferred=True)
    window.ready.connect(resume_start_up)
    window.show()
    return window


def _safe_log_dir() -> Path | None:
    try:
        return log_dir()
    except OSError:
        return None


def install_exception_hook() -> None:
    """Log an unexpected exception and tell the user, then keep the app running."""
    # Imported here, not before the first paint: logging.handlers brings sockets, pickle and
    # queues (some 8 ms of start-up), and the window needs none of it to show.
    from cicte_desktop.db.server import ServerDatabaseError
    from cicte_desktop.logging_setup import LOG_FILE_NAME, configure_logging
    from cicte_desktop.views import messages

    folder = _safe_log_dir()
    if folder is not None:
        configure_logging(folder)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, ServerDatabaseError):  # headquarters' server gone away: in words
            log.warning("the server database failed: %s", value)
            messages.show_error(QApplication.activeWindow(), _tr("Cannot connect to the server"), str(value))
            return
        if isinstance(value, DatabaseOpenError):  # another program writing, a full disk, read-only media
            log.warning("a write was refused: %s", value.message)
            messages.show_error(QApplication.activeWindow(), _tr("Nothing was saved"), value.message)
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


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application, in ``language`` (default: the one chosen in Preferences, or the system's)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    with contextlib.suppress(FileNotFoundError):
        app.setWindowIcon(QIcon(str(resource_path("resources", "icons", "cicte-desktop.png"))))
    i18n.install(app, language)
    from cicte_desktop.views import theme

    theme.apply_text_scale()  # the size kept from the last run (a factor of the system's)
    theme.apply_theme()  # the theme chosen, or the system's colour scheme (followed by the window's settings)
    return app


def run_gui(db_path: Path | None = None, language: str | None = None) -> int:
    from cicte_desktop.db.server import ServerDatabaseError

    app = create_application(language=language)
    install_exception_hook()
    from cicte_desktop.files import sweep_scratch

    sweep_scratch()  # what a killed earlier run left: temporary and .partial files
    path = db_path
    while True:
        try:
            window = open_main_window(path)
            break
        except ServerDatabaseError as exc:  # headquarters' server: unreachable, refused, not upgraded
            from cicte_desktop.views import messages

            resume_start_up()
            log.warning("cannot open the server database: %s", exc)
            messages.show_error(None, _tr("Cannot connect to the server"), str(exc))
            return 1
        except DatabaseOpenError as exc:
            from cicte_desktop.views.recovery import recover

            resume_start_up()  # a dialog now, no longer a start-up
            log.warning("cannot open %s: %s", exc.path, exc.message)
            path = recover(exc)
            if path is None:
                return 1
    if os.environ.get("CICTE_QUIT_AFTER_PAINT"):  # script/build measures start-up to a painted window
        _quit_after_first_paint(app, window)
    else:
        def first_questions() -> None:  # one dialog after the other, never stacked
            window.packages.offer_device_name()  # first run: what other computers will call this one
            window.events.offer_drafts()  # after a crash: what was being typed

        # Once the window is whole (its controllers made), and not inside the signal that says so.
        window.ready.connect(lambda: QTimer.singleShot(0, first_questions))
    return app.exec()


def _quit_after_first_paint(app: QApplication, window: MainWindow) -> None:
    """Print "painted" once the plan tree has painted, then quit (for start-up measurements)."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            print("painted", flush=True)
            app.quit()

    hook = Painted(window)
    window.plan_view.viewport().installEventFilter(hook)
