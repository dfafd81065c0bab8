"""The dashboard: the year's work at a glance, in four sections (what, when, who, where), each chart
readable as a table and savable as an image. It shows a ``charts.Dashboard`` it is given; the
controller (``views/controllers/dashboard.py``) builds one for the plan and the filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from cicte_desktop.views.accessible import follow_in_tab_order, tab_stops
from cicte_desktop.views.theme import set_relative_font

if TYPE_CHECKING:  # the charts' modules load with the first charts, not while the window starts
    from cicte_desktop.services.charts import Dashboard
    from cicte_desktop.services.member_state_map import MemberStateMap
    from cicte_desktop.views.charts.chart_view import ChartView, MapView

#: Below this width (of the dashboard's own area) the sections stack in one column.
TWO_COLUMNS_FROM = 900


class Section(QFrame):
    """A heading ("When"), the section's own toggles beside it, and its charts one under the other."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardSection")
        self.heading = QLabel(heading)
        set_relative_font(self.heading, 1.2)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.heading)
        self.header.addStretch(1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 8)
        self.body.setSpacing(10)
        self.body.addLayout(self.header)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def add(self, widget: QWidget) -> None:
        self.body.addWidget(widget)


def _toggle(texts: dict[str, str], parent: QWidget) -> tuple[QButtonGroup, dict[str, QToolButton]]:
    """Two or more buttons of which one is down, like a segmented control."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons = {}
    for key, text in texts.items():
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setProperty("choice", key)
        group.addButton(button)
        buttons[key] = button
    next(iter(buttons.values())).setChecked(True)
    return group, buttons


class DashboardView(QScrollArea):
    """What / When / Who / Where, two columns side by side when there is room, one otherwise."""

    state_clicked = Signal(str)
    measure_changed = Signal(str)
    period_changed = Signal(str)
    #: Shown (again): the controller builds the charts if the figures changed meanwhile (in a thread
    #: of its own, and at start-up only once the tree has painted: see the controller).
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dashboard: Dashboard | None = None
        self.geometry_map: MemberStateMap | None = None

        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.title, 1.35)

        self.what = Section(self.tr("What"))
        self.when = Section(self.tr("When"))
        self.who = Section(self.tr("Who"))
        self.where = Section(self.tr("Where"))
        #: The charts' views, made when the first dashboard arrives (not while the window starts).
        self.views: dict[str, ChartView] = {}
        self.map: MapView | None = None

        self.period_group, self.period_buttons = _toggle(
            {"month": self.tr("By month"), "half": self.tr("By half-year")}, self)
        self.measure_group, self.measure_buttons = _toggle(
            {"events": self.tr("Events"), "participants": self.tr("Participants")}, self)
        for section, group, buttons, signal, name in (
                (self.when, self.period_group, self.period_buttons, self.period_changed, self.tr("Period")),
                (self.where, self.measure_group, self.measure_buttons, self.measure_changed, self.tr("Measure"))):
            for button in buttons.values():
                button.setAccessibleName(f"{name}: {button.text()}")
                section.header.addWidget(button)
            group.buttonClicked.connect(lambda button, signal=signal: signal.emit(str(button.property("choice"))))

        self.sections = [self.what, self.when, self.who, self.where]
        for section in self.sections:
            section.hide()  # until there are charts in it
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(16)
        self._columns = 0
        inner = QWidget()
        inner.setObjectName("dashboardContents")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.setWidget(inner)
        self._reflow(1)

    def _make_views(self) -> None:
        from cicte_desktop.views.charts.chart_view import ChartView, MapView  # with the first charts

        for key, section in (("progress", self.what), ("events_by_period", self.when),
                             ("participants_by_period", self.when), ("participants_by_sex", self.who)):
            view = ChartView()
            view.setObjectName(key)
            section.add(view)
            self.views[key] = view
        self.map = MapView()
        self.map.setObjectName("map")
        self.map.state_clicked.connect(self.state_clicked)
        self.where.add(self.map)
        self.views["map"] = self.map
        # Tab goes through the sections in reading order, each from its header to its charts.
        follow_in_tab_order(self, [stop for section in self.sections for stop in tab_stops(section)])

    def period(self) -> str:
        return str(self.period_group.checkedButton().property("choice"))

    def measure(self) -> str:
        return str(self.measure_group.checkedButton().property("choice"))

    def set_choices(self, *, period: str, measure: str) -> None:
        """Show which period and measure the charts are made for (without a signal)."""
        self.period_buttons[period].setChecked(True)
        self.measure_buttons[measure].setChecked(True)

    def set_dashboard(self, dashboard: Dashboard, geometry: MemberStateMap | None = None) -> None:
        """Show ``dashboard``'s charts; the map over ``geometry`` (the member states' shapes)."""
        self.dashboard = dashboard
        if self.map is None:
            self._make_views()
        if geometry is not None:
            self.geometry_map = geometry
        self.title.setText(dashboard.title)
        self.setAccessibleName(dashboard.title)
        keys = {chart.key for chart in dashboard.charts}
        for key, view in self.views.items():
            view.setVisible(key in keys)
            if key not in keys:
                continue
            chart = dashboard.chart(key)
            if key == "map":
                self.map.set_map(chart, self.geometry_map)  # type: ignore[union-attr]
                self.measure_buttons[chart.measure].setChecked(True)
            else:
                view.set_chart(chart)
        for section in self.sections:
            section.setVisible(any(not view.isHidden() for view in self.views.values() if view.parent() is section))

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for section in self.sections:
            self.grid.removeWidget(section)
        for index, section in enumerate(self.sections):  # reading order: left to right, then down
            self.grid.addWidget(section, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.shown.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._reflow(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)
        super().resizeEvent(event)
