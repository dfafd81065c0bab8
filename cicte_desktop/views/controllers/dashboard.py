"""The dashboard in the window's right-hand area: the start page while nothing is selected in the
tree, and View > Dashboard. It follows the plan year and the filter bar (built again only while it
is shown), and a click on a member state on its map filters the whole window by that state."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer

from cicte_desktop.services.charts import Dashboard
from cicte_desktop.services.figures import EventFilter
from cicte_desktop.services.member_state_map import MemberStateMap
from cicte_desktop.views.controllers.base import Controller

if TYPE_CHECKING:
    from cicte_desktop.services.dashboard_figures import StateFigures


class DashboardController(Controller):
    """Builds the window's ``dashboard`` (``services/dashboard.py``) and shows it in ``right_pane``."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.measure = "events"
        self.period = "month"
        self.stale = True
        self.builds = 0  # how many times the charts were built (tests: only when shown)
        # The map's figures and what they were read for (plan, filter without its member state):
        # a click on a state changes the filter but not the map, which shows every state.
        self._states: tuple[tuple[str, EventFilter], dict[str, StateFigures]] | None = None
        view = window.dashboard
        view.state_clicked.connect(self.pick_state)
        view.measure_changed.connect(self._measure_changed)
        view.period_changed.connect(self._period_changed)
        view.shown.connect(lambda: QTimer.singleShot(0, self._build_if_stale))  # after the first paint

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
        self.window.right_pane.setCurrentWidget(self.window.detail)

    def invalidate(self, data_changed: bool = True) -> None:
        """The plan, its figures or (``data_changed`` False) only the filters changed: build again
        now if shown, else when shown."""
        if data_changed:
            self._states = None
        self.stale = True
        self._build_if_stale()

    def _build_if_stale(self) -> None:
        if self.stale and self.showing() and self.window.dashboard.isVisible():
            self.rebuild()

    def rebuild(self) -> None:
        from cicte_desktop.services.dashboard import build_dashboard, map_figures  # when first shown

        window, view = self.window, self.window.dashboard
        self.stale = False
        self.builds += 1
        plan = window.plan
        if plan is None:
            view.set_dashboard(Dashboard(self.tr("There is no work plan in this database yet: the dashboard "
                                                 "shows a year's plan and the events logged under it.")))
            return
        event_filter = window.filter_bar.event_filter()
        browse = window.browse
        # The tree's figures, read a moment ago under the same filter: the same numbers, read once.
        progress = browse.progress if browse.plan is plan and browse.progress_filter == event_filter else None
        key = (plan.uuid, replace(event_filter, member_state=None))
        if self._states is None or self._states[0] != key:
            self._states = (key, map_figures(self.db, plan, event_filter))
        dashboard = build_dashboard(self.db, plan, event_filter, measure=self.measure, period=self.period,
                                    progress=progress, states=self._states[1])
        view.set_choices(period=self.period, measure=self.measure)
        view.set_dashboard(dashboard, _shapes())

    def _measure_changed(self, measure: str) -> None:
        self.measure = measure
        self.invalidate()

    def _period_changed(self, period: str) -> None:
        self.period = period
        self.invalidate()

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
