"""What every controller of the main window has: the window it works for and its signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from cicte_desktop.db.database import Database
    from cicte_desktop.views.main_window import MainWindow
    from cicte_desktop.views.tasks import Task


class Controller(QObject):
    """One job of the main window, held by it (as Vorta's ``ArchiveRename`` holds its tab).

    It reaches the window through its public names only and reports back by signals, which
    the window connects: :attr:`status` for a line in the status bar."""

    #: A message for the status bar, and for how many milliseconds.
    status = Signal(str, int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: The last long job this controller started (tests wait for it).
        self.task: Task | None = None

    @property
    def db(self) -> Database:
        return self.window.database

    def started(self, task: Task) -> Task:
        self.task = task
        return task
