"""The opening year's figures, read in another thread while the window is built."""

from __future__ import annotations

import threading

from cicte_desktop.db.database import Database
from cicte_desktop.services.figures import ActivityFigures, EventFilter, activity_figures
from cicte_desktop.services.workplan import plan_years


class FiguresAhead:
    """The opening year's ``activity_figures``, read in another thread while the window is built.

    At start-up the GROUP BY over the year's events (some 40,000 of 100,000) is the one long
    read, and the window does not need it until its widgets stand: SQLite lets go of the GIL while
    it scans, so the two go on side by side on a machine with two cores. The year is the one the
    window will show: ``remembered_year`` if it has a plan, else the latest plan's, and the filter
    the window's default (the whole year). :meth:`take` waits for the thread and gives the figures
    only for that same database and filter; anything else (another year, a failed read) is read
    again as usual, so a wrong guess costs nothing but the guess.
    """

    def __init__(self, db: Database, remembered_year: int | None) -> None:
        self._db = db
        self._remembered = remembered_year
        self._filter: EventFilter | None = None
        self._figures: dict[str, ActivityFigures] | None = None
        # The calling thread's connection is opened first: opened while the long read runs, its
        # first statement waits for that read's locks (some 6 ms of the window's start-up).
        with db.sql():
            pass
        self._thread = threading.Thread(target=self._read, name="figures-ahead", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            years = plan_years(self._db)
            if not years:
                return
            year = self._remembered if self._remembered in years else years[-1]
            self._filter = EventFilter.for_year(year)
            self._figures = activity_figures(self._db, self._filter)
        except Exception:  # noqa: BLE001 - the window reads them again itself, and reports what fails
            self._figures = None

    def take(self, db: Database, event_filter: EventFilter) -> dict[str, ActivityFigures] | None:
        self._thread.join()
        if db is not self._db or event_filter != self._filter:
            return None
        figures, self._figures = self._figures, None  # once: later reads see later writes
        return figures
