"""Opening and switching databases, and a database found damaged after it opened: one
:meth:`DatabaseController.replace_database` for opening, restoring and recovering."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cicte_desktop.db.database import open_database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.views import messages
from cicte_desktop.views.controllers.base import Controller

if TYPE_CHECKING:
    from cicte_desktop.db.database import Database
    from cicte_desktop.views.tasks import Task


class DatabaseController(Controller):
    """Which database the window works on."""

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Database"), str(self.db.path.parent),
            self.tr("CICTE databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(Path(path))

    def connect_to_server(self) -> Task | None:
        """*File > Connect to Server…*: headquarters' database on a PostgreSQL server, opened in a
        task (the server may be slow to answer); the current database is kept when it cannot be."""
        from cicte_desktop.views.server_connect import ask_server

        url = ask_server(self.window)
        if url is None:
            return None

        def opened(_progress):  # type: ignore[no-untyped-def]
            from cicte_desktop.db.server_database import open_server_database

            return open_server_database(url)

        def failed(exc: BaseException) -> None:
            from cicte_desktop.db.server import ServerDatabaseError

            if not isinstance(exc, ServerDatabaseError):
                raise exc
            messages.show_error(self.window, self.tr("Cannot connect to the server"), str(exc))

        return self.started(self.window.tasks.start(
            "connect to server", opened, title=self.tr("Connect to Server"),
            label=self.tr("Connecting to {name}…").format(name=url.display_name), cancellable=False,
            on_done=self.replace_database, on_failed=failed))

    def open_database(self, path: Path, *, instead_of_closed: bool = False) -> Task:
        """Switch to the database at ``path`` in a task: its checks, and for a database of an
        earlier version the copy made first and the upgrade, run with progress and *Cancel*
        (which leaves it as it was). When it cannot be opened the current one is kept; with
        ``instead_of_closed`` (the current one is closed already: after a restore or a
        recovery) there is none to keep, so the window closes."""
        path = Path(path)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, DatabaseOpenError):
                raise exc
            messages.show_error(self.window, self.tr("Cannot open the database"), exc.message)
            if instead_of_closed:
                self.window.close()

        return self.started(self.window.tasks.start(
            "open database", lambda progress: open_database(path, check_in_background=True, progress=progress),
            title=self.tr("Open Database"), label=self.tr("Opening {name}…").format(name=path.name),
            cancellable=not instead_of_closed, on_done=self.replace_database, on_failed=failed))

    def replace_database(self, db: Database) -> None:
        """The one way the window changes database (open, restore, recovery): the old one is
        closed, and whatever pointed into it (the selection, *Undo Delete*, the figures, the
        integrity check) follows the new one through the window's ``database_changed``."""
        old = self.window.database
        self.window.database = db
        if old is not db:
            self.window.dashboards.shut_down()  # none of its threads reads the old one any more
            old.close()
        self.window.database_changed.emit(str(db.path))

    def recover(self, error: DatabaseOpenError) -> Task | None:
        """The open database turned out damaged: offer the latest good backup (copied into
        place in a task), another file, or quitting. The damaged file is never overwritten."""
        from cicte_desktop.views import recovery

        self.window.dashboards.shut_down()
        self.db.close()
        choice = recovery.choose_recovery(error)
        if choice is None:
            self.window.close()
            return None
        if not isinstance(choice, recovery.Restoring):
            return self.open_database(choice, instead_of_closed=True)

        def done(outcome: tuple[Path, str]) -> None:
            path, told = outcome
            messages.show_info(self.window, self.tr("Backup restored"), told)
            self.open_database(path, instead_of_closed=True)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, (OSError, DatabaseOpenError)):  # BackupError is an OSError
                raise exc
            messages.show_error(self.window, self.tr("Cannot open the database"), getattr(exc, "message", str(exc)))
            self.window.close()

        # Without Cancel: there is no database to go back to meanwhile.
        return self.started(self.window.tasks.start(
            "recover", choice.carry_out, title=self.tr("Restore from backup"),
            label=self.tr("Restoring {name}…").format(name=choice.latest.path.name), cancellable=False,
            on_done=done, on_failed=failed))
