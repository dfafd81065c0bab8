"""What every controller of the main window has: the window it works for and its signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from cicte_desktop.services import workplan
from cicte_desktop.views import messages

if TYPE_CHECKING:
    from cicte_desktop.db.database import Database
    from cicte_desktop.views.main_window import MainWindow
    from cicte_desktop.views.tasks import Task


class Controller(QObject):
    """One job of the main window, held by it (as Vorta's ``ArchiveRename`` holds its tab).

    It reaches the window through its public names only and reports back by signals, which
    the window connects: :attr:`status` for a line in the status bar, :attr:`figures_changed`
    when events were written, :attr:`plan_changed` when a year's plan was made or changed,
    :attr:`database_changed` when much of the database changed at once (an import)."""

    #: A message for the status bar, and for how many milliseconds.
    status = Signal(str, int)
    #: Events were saved, changed or deleted: the figures follow.
    figures_changed = Signal()
    #: A year's plan was created or changed: the window shows that year.
    plan_changed = Signal(int)
    #: Much of the database changed at once: read everything again.
    database_changed = Signal()

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

    def refused_period(self, exc: BaseException, title: str) -> bool:
        """Say why the period was refused (a year without a plan, and which years have one):
        True when ``exc`` was such a refusal (of :func:`check_period`)."""
        if not isinstance(exc, workplan.PeriodPlanError):
            return False
        text = str(exc)
        messages.show_error(self.window, title, text[:1].upper() + text[1:] + ".")
        return True


def check_period(db: Database, date_from, date_to, check=None) -> None:  # type: ignore[no-untyped-def]
    """Raise ``workplan.PeriodPlanError`` unless ``check(db, date_from, date_to)`` (by default a
    report's: ``report_plan_years``, a part per plan year) accepts the period. Never another
    year's plan. (In the job: the report's modules are not imported on the UI thread.)"""
    if check is None:
        from cicte_desktop.exports.pdf.report_context import report_plan_years

        check = report_plan_years
    check(db, date_from, date_to)


def unexpected(exc: BaseException) -> None:
    """A failure no controller says in words: raised on the UI thread, where the application's
    exception hook reports it (as when the work ran in the window's own call)."""
    raise exc
