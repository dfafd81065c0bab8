"""The dashboard in the window's right-hand area: the start page while nothing is selected in the
tree, and View > Dashboard. It follows the plan year and the filter bar (built again only while it
is shown), and a click on a member state on its map filters the whole window by that state."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer, Signal

from cicte_desktop.views.controllers.base import Controller

if TYPE_CHECKING:  # loaded with the first build, not while the window starts
    from concurrent.futures import ThreadPoolExecutor

    from cicte_desktop.services.dashboard_figures import StateFigures
    from cicte_desktop.services.figures import EventFilter
    from cicte_desktop.services.member_state_map import MemberStateMap

log = logging.getLogger(__name__)


class DashboardController(Controller):
    """Builds the window's ``dashboard`` (``services/dashboard.py``) and shows it in ``right_pane``.

    The figures are read and the charts described in a thread of their own (one, kept: one
    connection), so that the window stays free meanwhile: it opens on its tree at once, and a
    click on the map filters the tree at once, the charts following a moment later. Only the
    newest build is shown; an older one finishing late is dropped."""

    #: (generation, outcome) from the builder's thread: the outcome is (map key, map figures,
    #: Dashboard), or the exception the build raised.
    built = Signal(int, object)

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.measure = "events"
        self.period = "month"
        self.stale = True
        self.builds = 0  # how many times the charts were built (tests: only when shown)
        # The map's figures and what they were read for (plan, filter without its member state):
        # a click on a state changes the filter but not the map, which shows every state.
        self._states: tuple[tuple[str, EventFilter], dict[str, StateFigures]] | None = None
        self._generation = 0  # of the newest build asked for
        self._builder: ThreadPoolExecutor | None = None
        self.built.connect(self._show_built)
        view = window.dashboard
        view.state_clicked.connect(self.pick_state)
        view.measure_changed.connect(self._measure_changed)
        view.period_changed.connect(self._period_changed)
        view.shown.connect(self._build_if_stale)  # after its first paint
        # A window opening on the dashboard paints its plan tree first, the charts a moment later:
        # nothing is built before the tree has painted once (its layout waits for a timer of its own).
        self._tree_painted = False
        window.plan_view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self._tree_painted:
            self._tree_painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._build_if_stale)
        return False

    def showing(self) -> bool:
        return self.window.right_pane.currentWidget() is self.window.dashboard

    def show_dashboard(self) -> None:
        """View > Dashboard: nothing selected in the tree, the dashboard in the detail's place."""
        window = self.window
        window.browse.selected_uuid = None
        window.plan_view.selectionModel().clearSelection()
        window.plan_view.setCurrentIndex(QModelIndex())  # the detail pane shows nothing: the dashboard
        self.show()
        window.dashboard.setFocus()

    def show(self) -> None:
        self.window.right_pane.setCurrentWidget(self.window.dashboard)
        self._build_if_stale()

    def show_detail(self) -> None:
        window = self.window
        page = window.detail if window.detail is not None else window.detail_placeholder
        if page is None:  # the detail could not be made (a step of the window's second half failed)
            self.show()
        else:
            window.right_pane.setCurrentWidget(page)

    def invalidate(self, data_changed: bool = True) -> None:
        """The plan, its figures or (``data_changed`` False) only the filters changed: build again
        now if shown, else when shown."""
        if data_changed:
            self._states = None
        self.stale = True
        self._build_if_stale()

    @property
    def building(self) -> bool:
        """A build was asked for and has not been shown yet."""
        return self._generation != self._shown_generation

    _shown_generation = 0

    def _build_if_stale(self) -> None:
        if self.stale and self._tree_painted and self.showing() and self.window.dashboard.isVisible():
            self.rebuild()

    def rebuild(self) -> None:
        from cicte_desktop.services.charts import Dashboard  # when first shown, not while the window starts
        from cicte_desktop.services.dashboard import build_dashboard, map_figures

        window, view = self.window, self.window.dashboard
        self.stale = False
        self._generation += 1
        generation = self._generation
        plan = window.plan
        if plan is None:
            self._shown_generation = generation
            self.builds += 1
            view.set_dashboard(Dashboard(self.tr("There is no work plan in this database yet: the dashboard "
                                                 "shows a year's plan and the events logged under it.")))
            return
        db, measure, period = self.db, self.measure, self.period
        event_filter = window.filter_bar.event_filter()
        browse = window.browse
        # The tree's figures, read a moment ago under the same filter: the same numbers, read once.
        progress = browse.progress if browse.plan is plan and browse.progress_filter == event_filter else None
        key = (plan.uuid, replace(event_filter, member_state=None))
        states = self._states[1] if self._states is not None and self._states[0] == key else None

        def build() -> object:
            try:
                nonlocal states
                if states is None:
                    states = map_figures(db, plan, event_filter)
                dashboard = build_dashboard(db, plan, event_filter, measure=measure, period=period,
                                            progress=progress, states=states)
                _shapes()  # read (once) here, not on the window's thread
                return key, states, dashboard
            except Exception as exc:  # noqa: BLE001 - shown in the dashboard's place, in words
                log.exception("The dashboard could not be made")
                return exc

        if self._builder is None:
            from concurrent.futures import ThreadPoolExecutor

            self._builder = ThreadPoolExecutor(1, thread_name_prefix="dashboard")
        self._builder.submit(build).add_done_callback(lambda done: self.built.emit(generation, done.result()))

    def _show_built(self, generation: int, outcome: object) -> None:
        if generation != self._generation:
            return  # a newer build is on its way
        self._shown_generation = generation
        self.builds += 1
        view = self.window.dashboard
        if isinstance(outcome, BaseException):
            from cicte_desktop.services.charts import Dashboard

            view.set_dashboard(Dashboard(self.tr("The dashboard could not be made: {error}").format(
                error=outcome)))
            return
        key, states, dashboard = outcome  # type: ignore[misc]
        self._states = (key, states)
        view.set_choices(period=self.period, measure=self.measure)
        view.set_dashboard(dashboard, _shapes())

    def shut_down(self) -> None:
        """The window closes, or its database is about to be closed (replaced, recovered): no build
        is shown any more, those waiting are dropped, and one running has ended when this returns
        (a build some 0.1 s long: closing the database under it crashed the process)."""
        self._generation += 1
        if self._builder is not None:
            self._builder.shutdown(wait=True, cancel_futures=True)
            self._builder = None

    def _measure_changed(self, measure: str) -> None:
        self.measure = measure
        self.invalidate(data_changed=False)

    def _period_changed(self, period: str) -> None:
        self.period = period
        self.invalidate(data_changed=False)

    def pick_state(self, iso3: str) -> None:
        """A member state clicked on the map: the whole window filtered by it (clicked again: all)."""
        combo = self.window.filter_bar.member_state
        index = combo.findData(iso3)
        if index < 0:
            return
        combo.setCurrentIndex(0 if combo.currentIndex() == index else index)


def _shapes() -> MemberStateMap | None:
    from cicte_desktop.services.member_state_map import member_state_map

    try:
        return member_state_map()
    except OSError:  # the map's file missing from an unfinished build: the charts without the map
        return None
