"""The dashboard's widgets over hand-built chart descriptions and a small map: the numbers shown,
the tables, the images saved, pointing at member states with the mouse and the keyboard."""

from __future__ import annotations

import datetime as dt
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from cicte_desktop.db.database import open_database
from cicte_desktop.services.dashboard import build_dashboard
from cicte_desktop.views.charts import map_painter as map_draw
from cicte_desktop.views.charts.chart_view import ChartView, MapView
from cicte_desktop.views.dashboard import DashboardView
from tests.helpers import activity_uuid, add_event, shown_main_window
from tests.views import dashboard_samples as samples


def hover(widget: QWidget, point: QPoint) -> None:
    """The pointer moved to ``point`` over ``widget``, as the window system reports it. (QTest's
    mouseMove sends nothing when the test cursor already stands there, as after an earlier test.)"""
    local = QPointF(point)
    QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseMove, local, QPointF(widget.mapToGlobal(local)),
                                               Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                               Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def dashboard(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_dashboard(samples.dashboard(selected="JAM"), samples.small_map())
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def _table(view: ChartView) -> list[list[str]]:
    model = view.table.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_each_chart_reads_as_a_table_of_its_own_numbers(dashboard, qtbot) -> None:
    given = samples.dashboard(selected="JAM")
    assert dashboard.title.text() == "Dashboard · 2016"
    for chart in given.charts:
        view = dashboard.views[chart.key]
        assert view.title.text() == chart.title
        assert not view.showing_table()
        qtbot.mouseClick(view.table_toggle, Qt.MouseButton.LeftButton)
        assert view.showing_table() and view.table.isVisible() and not view.canvas.isVisible()
        assert view.table_toggle.text() == "Show as chart"
        assert _table(view) == chart.table()[1]
        qtbot.mouseClick(view.table_toggle, Qt.MouseButton.LeftButton)
        assert not view.showing_table() and view.canvas.isVisible()
    by_sex = _table(dashboard.views["participants_by_sex"])
    assert by_sex[1] == ["2. Legislative Assistance", "1,204", "980"]
    assert _table(dashboard.map)[3] == ["Jamaica", "12"]


def test_charts_say_their_title_and_description_to_screen_readers(dashboard) -> None:
    for chart in samples.dashboard().charts:
        view = dashboard.views[chart.key]
        assert view.accessibleName() == chart.title
        assert view.accessibleDescription() == chart.description
        assert view.canvas.accessibleName() == chart.title
    assert dashboard.accessibleName() == "Dashboard · 2016"


def test_a_new_dashboard_replaces_the_numbers_shown(dashboard) -> None:
    dashboard.set_dashboard(samples.dashboard(measure="participants"))
    assert dashboard.map.title.text() == "Participants by member state"
    assert _table(dashboard.map)[3] == ["Jamaica", "252"]
    assert dashboard.measure_buttons["participants"].isChecked()
    assert dashboard.map.canvas.chart.selected is None
    assert dashboard.map.canvas.describe("JAM") == "Jamaica: 252 participants"


def test_sections_stand_side_by_side_when_wide_and_in_one_column_when_narrow(dashboard, qtbot) -> None:
    grid = dashboard.grid
    assert grid.getItemPosition(grid.indexOf(dashboard.when))[:2] == (0, 1)
    assert grid.getItemPosition(grid.indexOf(dashboard.who))[:2] == (1, 0)
    dashboard.resize(600, 800)
    qtbot.waitUntil(lambda: grid.getItemPosition(grid.indexOf(dashboard.when))[:2] == (1, 0))
    assert [grid.getItemPosition(grid.indexOf(s))[:2] for s in dashboard.sections] == [(0, 0), (1, 0), (2, 0), (3, 0)]
    assert dashboard.widget().width() <= dashboard.viewport().width()  # no sideways scrolling


def test_period_and_measure_toggles_ask_for_other_charts(dashboard, qtbot) -> None:
    with qtbot.waitSignal(dashboard.period_changed) as period:
        qtbot.mouseClick(dashboard.period_buttons["half"], Qt.MouseButton.LeftButton)
    assert period.args == ["half"] and dashboard.period() == "half"
    with qtbot.waitSignal(dashboard.measure_changed) as measure:
        qtbot.mouseClick(dashboard.measure_buttons["participants"], Qt.MouseButton.LeftButton)
    assert measure.args == ["participants"] and dashboard.measure() == "participants"
    dashboard.set_choices(period="month", measure="events")
    assert dashboard.period_buttons["month"].isChecked() and dashboard.measure_buttons["events"].isChecked()


@pytest.mark.parametrize("key", ["progress", "events_by_period", "map"])
def test_a_chart_is_saved_as_png_and_svg_with_its_title(dashboard, tmp_path: Path, monkeypatch, key) -> None:
    view = dashboard.views[key]
    chosen: list[str] = []

    def choose(_parent, _caption, suggested, _filter):  # noqa: ANN001, ANN202
        chosen.append(suggested)
        return str(tmp_path / f"{key}-chart"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    view.save_png_action.trigger()
    png = tmp_path / f"{key}-chart.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert chosen[0].endswith(f"{view.chart.title}.png")
    view.save_svg_action.trigger()
    svg = tmp_path / f"{key}-chart.svg"
    root = ET.parse(svg).getroot()
    texts = " ".join(t.strip() for t in root.itertext())
    assert view.chart.title in texts
    assert not list(tmp_path.glob("*.partial"))


def test_saving_where_a_folder_is_says_why_and_writes_nothing(dashboard, tmp_path: Path, monkeypatch,
                                                              shown_messages) -> None:
    folder = tmp_path / "charts.png"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(folder), ""))
    assert dashboard.views["progress"].choose_and_save("png") is None
    assert shown_messages and shown_messages[0][:2] == ("error", "The chart was not saved")
    assert "is a folder" in shown_messages[0][2]
    assert folder.is_dir()


@pytest.fixture
def map_view(qtbot):
    view = MapView()
    qtbot.addWidget(view)
    view.set_map(samples.map_chart(), samples.small_map())
    view.resize(700, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_map_paints_every_state_in_the_colour_of_its_figure(map_view) -> None:
    canvas = map_view.canvas
    image = canvas.grab().toImage()
    layout = canvas.layout_()
    paths = map_draw.map_paths(canvas.geometry_, layout)
    for iso3, shape in canvas.geometry_.states.items():
        assert not paths[iso3].isEmpty()
        point = canvas.point_of(iso3).toPoint()
        assert image.pixelColor(point).name() == QColor(map_view.chart.colour_of(iso3)).name(), iso3
        if shape.marker is not None:
            assert (canvas.point_of(iso3) - layout.to_device(*shape.marker)).manhattanLength() < 1
    hole = layout.to_device(195, 215).toPoint()  # Brazil's hole shows the background
    assert image.pixelColor(hole).name() == "#ffffff"


def test_hovering_a_state_says_its_figure_and_a_click_picks_it(map_view, qtbot) -> None:
    canvas = map_view.canvas
    for iso3, words in (("JAM", "Jamaica: 12 events"), ("GRD", "Grenada: 7 events"), ("BRA", "Brazil: 0 events")):
        point = canvas.point_of(iso3).toPoint()
        hover(canvas, point)
        qtbot.waitUntil(lambda iso3=iso3: canvas.hovered == iso3)
        assert canvas.toolTip() == words
        with qtbot.waitSignal(map_view.state_clicked) as clicked:
            qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
        assert clicked.args == [iso3]
    sea = canvas.layout_().to_device(300, 250).toPoint()
    hover(canvas, sea)
    qtbot.waitUntil(lambda: canvas.hovered is None)
    assert canvas.toolTip() == ""
    with qtbot.assertNotEmitted(map_view.state_clicked):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=sea)


def test_the_keyboard_goes_from_state_to_state_by_name_and_enter_picks_one(map_view, qtbot) -> None:
    canvas = map_view.canvas
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    assert canvas.focused == "BRB"  # Barbados, Brazil, Grenada, Jamaica, Mexico
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.focused == "BRA" and canvas.accessibleDescription() == "Brazil: 0 events"
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.focused == "GRD"
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.focused == "BRA"
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # the last stays the last
    assert canvas.focused == "MEX" and canvas.accessibleDescription() == "Mexico: 3 events"
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.focused == "BRB"
    # A letter: the next state it begins, round again; accents and case aside.
    for letter, iso3 in (("j", "JAM"), ("B", "BRB"), ("b", "BRA"), ("b", "BRB"), ("m", "MEX")):
        qtbot.keyClicks(canvas, letter)
        assert canvas.focused == iso3, letter
    qtbot.keyClicks(canvas, "z")  # no state: nothing moves
    assert canvas.focused == "MEX"
    canvas.focused = None  # no state picked yet (the chart came after the focus): End is still the last
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.focused == "MEX"
    with qtbot.waitSignal(map_view.state_clicked) as clicked:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert clicked.args == ["MEX"]


def test_the_map_is_one_stop_of_the_tab_chain_and_keeps_its_place(map_view, qtbot) -> None:
    """Tab leaves the map at once (not 35 presses, one per member state); back again, the state
    left has focus."""
    canvas = map_view.canvas
    canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.focused == "MEX"
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not canvas.hasFocus())
    left_for = QApplication.focusWidget()
    assert left_for is not None and map_view.isAncestorOf(left_for)
    qtbot.keyClick(left_for, Qt.Key.Key_Backtab)
    qtbot.waitUntil(canvas.hasFocus)
    assert canvas.focused == "MEX" and canvas.accessibleDescription() == "Mexico: 3 events"


def test_an_empty_chart_says_so_instead_of_bars(qtbot, tmp_path: Path) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    chart = samples.events_by_period(empty=True)
    view.set_chart(chart)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    image = view.canvas.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert "#1b5e20" not in colours  # no bar of completed events
    view.save_svg(tmp_path / "empty.svg")
    texts = " ".join(t.strip() for t in ET.parse(tmp_path / "empty.svg").getroot().itertext())
    assert "No events in this period" in texts and "Completed" not in texts


# --- in the main window ---------------------------------------------------------------------------

D = dt.date


@pytest.fixture
def window(db_path: Path, qtbot):
    db = open_database(db_path)
    exercises = activity_uuid(db, "3 Exercises")
    add_event(db, exercises, title="Maritime CME Kingston", start=D(2016, 3, 14), event_type="exercise",
              states=("JAM",), women=10, men=14)
    add_event(db, exercises, title="Maritime CME Port of Spain", start=D(2016, 5, 2), event_type="exercise",
              states=("TTO",), women=21, men=13)
    db.close()
    yield from shown_main_window(qtbot, db_path)


def _shown_dashboard(window, qtbot) -> DashboardView:
    qtbot.waitUntil(lambda: window.right_pane.currentWidget() is window.dashboard and window.dashboard.isVisible())
    qtbot.waitUntil(lambda: not window.dashboards.stale and not window.dashboards.building)
    return window.dashboard


def test_the_start_page_with_nothing_selected_is_the_dashboard_of_the_year(window, qtbot) -> None:
    assert not window.plan_view.currentIndex().isValid()
    dashboard = _shown_dashboard(window, qtbot)
    assert "2016" in dashboard.title.text()
    expected = build_dashboard(window.database, window.plan, window.filter_bar.event_filter())
    for chart in expected.charts:
        assert _table(dashboard.views[chart.key]) == chart.table()[1]
    assert dashboard.map.canvas.geometry_ is not None
    # Selecting an item shows its detail; View > Dashboard comes back to the charts.
    window.plan_view.setCurrentIndex(window.plan_model.index(0, 0))
    assert window.right_pane.currentWidget() is window.detail
    window.dashboard_action.trigger()
    assert window.right_pane.currentWidget() is window.dashboard
    assert not window.plan_view.currentIndex().isValid()
    assert window.dashboard_action.shortcut().toString() == "Ctrl+Shift+D"


def _scroll_to(dashboard, canvas, iso3: str, qtbot):  # type: ignore[no-untyped-def]
    """Scroll the dashboard until ``iso3`` can be pointed at, as a user would; its point."""

    def shown() -> bool:
        point = canvas.point_of(iso3).toPoint()
        inside = canvas.mapTo(dashboard.widget(), point)
        dashboard.ensureVisible(inside.x(), inside.y(), 20, 20)
        return canvas.visibleRegion().contains(point)

    qtbot.waitUntil(shown)
    return canvas.point_of(iso3).toPoint()


def test_a_click_on_a_state_filters_the_whole_window_by_it(window, qtbot) -> None:
    dashboard = _shown_dashboard(window, qtbot)
    canvas = dashboard.map.canvas
    point = _scroll_to(dashboard, canvas, "JAM", qtbot)
    hover(canvas, point)
    qtbot.waitUntil(lambda: canvas.hovered == "JAM")
    assert canvas.toolTip() == "Jamaica: 1 event"
    builds = window.dashboards.builds
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert window.filter_bar.event_filter().member_state == "JAM"
    qtbot.waitUntil(lambda: window.dashboards.builds > builds)
    assert dashboard.map.chart.selected == "JAM"
    assert "Jamaica" in dashboard.title.text()
    point = _scroll_to(dashboard, canvas, "JAM", qtbot)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    assert window.filter_bar.event_filter().member_state is None  # clicked again: all states


def test_the_dashboard_follows_the_filters_only_while_shown(window, qtbot) -> None:
    dashboard = _shown_dashboard(window, qtbot)
    builds = window.dashboards.builds
    qtbot.mouseClick(dashboard.measure_buttons["participants"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dashboards.builds == builds + 1)
    assert dashboard.map.chart.measure == "participants"
    qtbot.mouseClick(dashboard.period_buttons["half"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dashboard.views["events_by_period"].chart.categories) == 2)
    window.plan_view.setCurrentIndex(window.plan_model.index(0, 0))  # the detail pane instead
    builds = window.dashboards.builds
    window.filter_bar.member_state.setCurrentIndex(window.filter_bar.member_state.findData("TTO"))
    qtbot.wait(50)
    assert window.dashboards.builds == builds and not window.dashboards.building  # hidden: not built
    window.dashboard_action.trigger()
    qtbot.waitUntil(lambda: window.dashboards.builds == builds + 1)
    assert dashboard.map.chart.selected == "TTO" and dashboard.map.chart.measure == "participants"


def test_the_map_shows_an_event_saved_while_a_state_is_picked(window, qtbot) -> None:
    """Picking a state keeps the map's figures (the map shows every state whatever the pick), but
    an event saved meanwhile is on the map at once."""
    dashboard = _shown_dashboard(window, qtbot)
    combo = window.filter_bar.member_state
    combo.setCurrentIndex(combo.findData("JAM"))
    qtbot.waitUntil(lambda: dashboard.map.chart.selected == "JAM")
    assert dashboard.map.chart.texts["JAM"] == "1" and dashboard.map.chart.texts["BRB"] == "0"
    add_event(window.database, activity_uuid(window.database, "3 Exercises"), title="Maritime CME Bridgetown",
              start=D(2016, 6, 7), event_type="exercise", states=("JAM", "BRB"), women=3, men=4)
    window.events.figures_changed.emit()  # as after a save in the event form
    qtbot.waitUntil(lambda: dashboard.map.chart.texts["BRB"] == "1")
    assert dashboard.map.chart.texts["JAM"] == "2"
    combo.setCurrentIndex(0)  # all states again: the map the same, the title without Jamaica
    qtbot.waitUntil(lambda: dashboard.map.chart.selected is None)
    assert dashboard.map.chart.texts["JAM"] == "2" and dashboard.map.chart.texts["BRB"] == "1"
    assert "Jamaica" not in dashboard.title.text()


def test_the_charts_are_built_beside_the_window_and_only_the_newest_is_shown(window, qtbot, monkeypatch) -> None:
    """The figures are read in a thread of their own: the tree follows a click at once, and a build
    finishing after a newer one was asked for is dropped."""
    import threading

    from cicte_desktop.services import dashboard as service

    dashboard = _shown_dashboard(window, qtbot)
    real, held, release = service.build_dashboard, threading.Event(), threading.Event()

    def slow_for_jamaica(db, plan, event_filter, **options):  # type: ignore[no-untyped-def]
        if event_filter.member_state == "JAM":
            held.set()
            release.wait(10)
        return real(db, plan, event_filter, **options)

    monkeypatch.setattr(service, "build_dashboard", slow_for_jamaica)
    combo = window.filter_bar.member_state
    combo.setCurrentIndex(combo.findData("JAM"))
    assert held.wait(5)
    # The window is free meanwhile: the tree already shows Jamaica's share, the dashboard the year's.
    assert window.dashboards.building and dashboard.map.chart.selected is None
    assert window.plan_model.data(window.plan_model.index(0, window.plan_model.COLUMN_ACHIEVED)) == "1"
    combo.setCurrentIndex(combo.findData("TTO"))  # queued behind Jamaica's, in the one builder thread
    release.set()
    qtbot.waitUntil(lambda: not window.dashboards.building)
    assert dashboard.map.chart.selected == "TTO" and "Trinidad" in dashboard.title.text()


@pytest.mark.parametrize("how", ["closing the window", "opening another database"])
def test_a_build_running_when_its_database_is_closed_ends_first(window, qtbot, monkeypatch, tmp_path: Path,
                                                                how: str) -> None:
    """Closing the window, or switching databases, while the charts are read in their thread: the
    read ends before the database is closed (closed under it, the process crashed)."""
    import threading

    from cicte_desktop.services import dashboard as service

    _shown_dashboard(window, qtbot)
    real, held, ended = service.build_dashboard, threading.Event(), []

    def slow(db, plan, event_filter, **options):  # type: ignore[no-untyped-def]
        held.set()
        time.sleep(0.3)
        result = real(db, plan, event_filter, **options)  # raises if its database was closed meanwhile
        ended.append(time.monotonic())
        return result

    monkeypatch.setattr(service, "build_dashboard", slow)
    window.browse.refresh_figures()
    assert held.wait(5)
    old = window.database
    closed = []
    real_close = old.close
    monkeypatch.setattr(old, "close", lambda: (closed.append(time.monotonic()), real_close()))
    if how == "closing the window":
        window.dashboards.shut_down()  # as the window's closeEvent does, after its backup on exit
    else:
        other = tmp_path / "other.sqlite"
        open_database(other).close()
        window.databases.replace_database(open_database(other))
    assert ended, "the build was left running"
    if closed:
        assert ended[0] <= closed[0]


def test_a_dashboard_that_cannot_be_made_says_so_in_its_place(window, qtbot, monkeypatch) -> None:
    from cicte_desktop.services import dashboard as service

    dashboard = _shown_dashboard(window, qtbot)

    def broken(*_args, **_options):  # type: ignore[no-untyped-def]
        raise OSError("disk I/O error")

    monkeypatch.setattr(service, "build_dashboard", broken)
    window.browse.refresh_figures()
    qtbot.waitUntil(lambda: not window.dashboards.building)
    assert dashboard.title.text() == "The dashboard could not be made: disk I/O error"
