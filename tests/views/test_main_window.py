"""The main window, built with the factory script/run uses, driven as a user would."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer

from cicte_desktop.app import build_main_window, install_exception_hook
from cicte_desktop.db.database import open_database
from cicte_desktop.qtmodels.workplan_tree import DIRECT_MATCH, EVENT_MATCH, WorkPlanTreeModel
from cicte_desktop.services import figures, workplan
from cicte_desktop.views.event_form import EventForm
from tests.helpers import activity_uuid, add_event, finish

D = dt.date


@pytest.fixture
def logged_db(db_path: Path):
    db = open_database(db_path)
    exercises = activity_uuid(db, "3 Exercises")
    ids = {
        "jam": add_event(db, exercises, title="Maritime CME Kingston", start=D(2016, 3, 14), event_type="exercise",
                         states=("JAM",), women=10, men=14),
        "tto": add_event(db, exercises, title="Maritime CME Port of Spain", start=D(2016, 5, 2),
                         event_type="exercise", states=("TTO",), women=21, men=13),
        "deep": add_event(db, activity_uuid(db, "6 Webinars"), title="Webinar on zyxomorphic malware",
                          start=D(2016, 8, 8), event_type="webinar", states=("PAN",), women=3, men=4),
    }
    db.close()
    return db_path, exercises, ids


@pytest.fixture
def window(logged_db, qtbot):
    path, _exercises, _ids = logged_db
    main = build_main_window(path)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.database.close()


def _index(model: WorkPlanTreeModel, *rows: int):
    index = model.index(rows[0], 0)
    for row in rows[1:]:
        index = model.index(row, 0, index)
    return index


EXERCISES = (0, 0, 1, 0)  # 1. Border Controls > A. Maritime Security > 2. ... > 3 Exercises


def test_tree_shows_the_plan_with_figures_from_the_services(window) -> None:
    model = window.plan_model
    assert window.windowTitle() == "CICTE Desktop"
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "1. Border Controls", "2. Legislative Assistance and Combating Terrorism Financing",
        "3. Protection of Critical Infrastructure", "4. Strengthening Strategies on Emerging Terrorist Threats",
        "5. International Coordination and Cooperation"]
    activity = _index(model, *EXERCISES)
    row = [model.data(activity.siblingAtColumn(c)) for c in range(5)]
    assert row == ["3 Exercises", "3 Exercises", "2", "67%", "2"]
    db = window.database
    plan = workplan.get_work_plan(db)
    expected = figures.plan_figures(db, plan, figures.EventFilter.for_year(2016))
    area = model.index(0, 0)
    assert model.data(area.siblingAtColumn(2)) == str(expected[plan.work_areas[0].uuid].achieved) == "2"
    assert model.data(area.siblingAtColumn(1)) == str(expected[plan.work_areas[0].uuid].target) == "58"
    upon_request = _index(model, 4, 1, 0, 0)
    assert model.data(upon_request.siblingAtColumn(1)) == "Upon request"
    assert model.data(upon_request.siblingAtColumn(3)) == ""  # counts, not a percentage
    assert "each activity counts up to its own target" in model.headerData(3, Qt.Orientation.Horizontal,
                                                                          Qt.ItemDataRole.ToolTipRole)


def test_selecting_an_item_fills_the_detail_pane(window) -> None:
    model = window.plan_model
    window.plan_view.setCurrentIndex(_index(model, *EXERCISES))
    pane = window.detail
    assert pane.title.text() == "3 Exercises"
    assert pane.breadcrumb.text().startswith("1. Border Controls › A. Maritime Security › 2. Strategic level")
    assert pane.target.text() == ("Target: 3 Exercises · Achieved: 2 · Counted toward target: 2 · Progress: 67% · "
                                  "Expected by now: 100% · State: Behind")  # 2016 is over
    assert pane.progress.isVisibleTo(window) and pane.progress.value() == 67
    assert pane.events_line.text() == "Events: 2 (completed: 2)"
    assert "58 (31 women, 27 men, 0 not recorded) · 2 member states reached" in pane.people_line.text()
    assert pane.mandates_toggle.text() == "Mandates that apply to this work area (10)"
    table = pane.event_model
    assert table.rowCount() == 2
    assert [table.data(table.index(r, 2)) for r in range(2)] == ["Maritime CME Port of Spain", "Maritime CME Kingston"]
    area4 = model.index(3, 0)
    window.plan_view.setCurrentIndex(area4)
    assert pane.kind.text() == "Work area" and "lost at the cell edge" in pane.note.text()
    assert pane.stack.currentWidget() is pane.empty
    assert pane.empty.text() == "No events logged under this work area in 2016 yet — press Ctrl+N to log one."


def test_event_table_sorts_by_clicking_a_header(window, qtbot) -> None:
    window.plan_view.setCurrentIndex(_index(window.plan_model, *EXERCISES))
    table = window.detail.events
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(5) + 5, 5))
    model = window.detail.event_model
    assert model.order[0] == "participants"
    titles = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    order = model.order[1]
    assert titles == (["Maritime CME Port of Spain", "Maritime CME Kingston"] if order
                      else ["Maritime CME Kingston", "Maritime CME Port of Spain"])


def test_search_keeps_ancestors_and_finds_an_event_deep_in_the_tree(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "zyxomorph")
    model = window.plan_model
    assert model.rowCount() == 1
    area = model.index(0, 0)
    assert model.data(area) == "3. Protection of Critical Infrastructure"
    program = model.index(0, 0, area)
    assert model.data(program) == "A. Cyber-Security" and model.rowCount(area) == 1
    project = model.index(0, 0, program)
    activity = model.index(0, 0, project)
    assert model.data(activity) == "6 Webinars"
    assert model.data(activity, WorkPlanTreeModel.MatchRole) == EVENT_MATCH
    assert model.data(activity, Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert window.plan_view.isExpanded(project)
    assert window.plan_view.currentIndex() == activity  # the first match is selected
    table = window.detail.event_model
    assert [table.data(table.index(r, 2)) for r in range(table.rowCount())] == ["Webinar on zyxomorphic malware"]
    # Escape clears the search and brings back the whole plan, keeping the selection.
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and model.rowCount() == 5
    assert window.plan_model.item(window.plan_view.currentIndex()).label == "6 Webinars"


def test_search_highlights_plan_items(window, qtbot) -> None:
    qtbot.keyClicks(window.search, "aviation")
    model = window.plan_model
    area = model.index(0, 0)
    program = model.index(0, 0, area)
    assert model.data(program) == "B. Aviation Security"
    assert model.data(program, WorkPlanTreeModel.MatchRole) == DIRECT_MATCH
    assert model.data(program, Qt.ItemDataRole.FontRole).bold()
    assert model.rowCount(program) == 3  # a matching program keeps its projects
    qtbot.keyClicks(window.search, " qqqnothing")
    assert model.rowCount() == 0


def test_member_state_filter_narrows_tree_and_events(window, qtbot) -> None:
    model = window.plan_model
    activity = _index(model, *EXERCISES)
    window.plan_view.setCurrentIndex(activity)
    combo = window.filter_bar.member_state
    combo.setCurrentIndex(combo.findData("JAM"))
    assert model.data(activity.siblingAtColumn(2)) == "1"
    # Jamaica's contribution: 1 of the 2 exercises achieved by every state, not "33% of target, behind".
    assert model.data(activity.siblingAtColumn(3)) == "50%"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Share of achieved"
    assert model.data(activity, model.ProgressRole).state == figures.CONTRIBUTION
    assert "Behind" not in window.detail.target.text() and "Share of achieved: 50%" in window.detail.target.text()
    assert window.detail.event_model.rowCount() == 1
    assert window.detail.people_line.text().startswith("Participants in completed events: 24 (10 women, 14 men")
    combo.setCurrentIndex(combo.findData("ARG"))
    assert model.data(activity.siblingAtColumn(2)) == "0"
    assert window.detail.stack.currentWidget() is window.detail.empty
    assert "match the filters" in window.detail.empty.text()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert combo.currentData() is None and model.data(activity.siblingAtColumn(2)) == "2"


def test_the_progress_column_widens_for_a_member_states_heading_and_gives_the_room_back(window, qtbot) -> None:
    header = window.plan_view.header()
    column, combo = WorkPlanTreeModel.COLUMN_PROGRESS, window.filter_bar.member_state
    header.resizeSection(column, 40)  # narrower than either heading
    combo.setCurrentIndex(combo.findData("JAM"))
    share = header.fontMetrics().horizontalAdvance("Share of achieved") + 16
    assert header.sectionSize(column) == share
    combo.setCurrentIndex(combo.findData("ARG"))  # another state: the same heading, the same width
    assert header.sectionSize(column) == share
    combo.setCurrentIndex(combo.findData(None))
    assert header.sectionSize(column) == 40  # as it was
    header.resizeSection(column, 200)  # wider than the heading: kept under a state and after it
    combo.setCurrentIndex(combo.findData("JAM"))
    combo.setCurrentIndex(combo.findData(None))
    assert header.sectionSize(column) == 200
    header.resizeSection(column, 70)
    combo.setCurrentIndex(combo.findData("JAM"))
    assert header.sectionSize(column) == share
    header.resizeSection(column, share + 30)  # the user widens it further meanwhile: theirs stands
    combo.setCurrentIndex(combo.findData(None))
    assert header.sectionSize(column) == share + 30
    header.resizeSection(column, 50)
    combo.setCurrentIndex(combo.findData("JAM"))
    try:
        window.bigger_text_action.trigger()  # the text grows while widened: not the user's sizing
        combo.setCurrentIndex(combo.findData(None))
        assert header.sectionSize(column) == pytest.approx(55, abs=2)  # 50 at 110%
    finally:
        window.normal_text_action.trigger()


def test_date_status_and_type_filters(window) -> None:
    model = window.plan_model
    activity = _index(model, *EXERCISES)
    bar = window.filter_bar
    bar.date_to.setDate(bar.date_to.date().addMonths(-9))  # to 2016-03-31
    assert model.data(activity.siblingAtColumn(4)) == "1"
    bar.reset()
    bar.status.setCurrentIndex(bar.status.findData("planned"))
    assert model.data(activity.siblingAtColumn(4)) == "0"
    bar.reset()
    bar.event_type.setCurrentIndex(bar.event_type.findData("webinar"))
    assert model.data(activity.siblingAtColumn(4)) == "0"
    assert model.data(_index(model, 2, 0, 16, 0).siblingAtColumn(4)) == "1"


def test_keyboard_only(window, qtbot) -> None:
    tree = window.plan_view
    tree.setFocus()
    tree.setCurrentIndex(window.plan_model.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # A. Maritime Security
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # expand
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # 1. Port security ...
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # 2. Strategic level ...
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter expands it
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # 3 Exercises
    assert window.detail.title.text() == "3 Exercises"
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on an activity goes to its events
    assert window.detail.events.hasFocus()
    qtbot.keyClick(window.detail.events, Qt.Key.Key_Return)  # Enter opens the event
    form = window.event_form
    assert isinstance(form, EventForm) and form.isVisible() and "Maritime CME Port of Spain" in form.windowTitle()
    form.reject()  # nothing changed: closes without asking
    window.activateWindow()  # a window manager does this when the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "kingston")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert tree.hasFocus() and window.plan_model.searching


def test_window_remembers_its_state(logged_db, qtbot) -> None:
    path, _exercises, _ids = logged_db
    first = build_main_window(path)
    qtbot.addWidget(first)
    first.show()
    first.resize(1200, 700)
    first.splitter.setSizes([640, 560])
    first.plan_view.header().resizeSection(1, 123)
    first.plan_view.setCurrentIndex(_index(first.plan_model, *EXERCISES))
    first.close()
    first.database.close()
    second = build_main_window(path)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (1200, 700)
    assert abs(second.splitter.sizes()[0] - 640) <= 2
    assert second.plan_view.header().sectionSize(1) == 123
    assert second.detail.title.text() == "3 Exercises"
    second.database.close()


def test_opening_a_bad_file_keeps_the_current_database(window, qtbot, tmp_path: Path, shown_messages) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(os.urandom(4096))
    current = window.database.path
    assert finish(qtbot, window.databases.open_database(garbage)).error is not None
    assert shown_messages and "not a CICTE Desktop database" in shown_messages[0][2]
    assert window.database.path == current and window.plan_model.rowCount() == 5
    other = tmp_path / "other.sqlite"
    opened = finish(qtbot, window.databases.open_database(other))
    assert opened.error is None and not opened.was_cancelled
    assert window.database.path == other.absolute()
    assert window.plan_model.data(_index(window.plan_model, *EXERCISES).siblingAtColumn(2)) == "0"


def test_unexpected_error_is_shown_and_the_app_keeps_running(window, qtbot, shown_messages, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_exception_hook()

    def boom() -> None:
        raise ValueError("a slot failed")

    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=3000)
    kind, title, text = shown_messages[0]
    assert kind == "error" and title == "Unexpected error"
    assert "a slot failed" in text and "cicte-desktop.log" in text
    assert window.isVisible()
    log = Path(os.environ["CICTE_DATA_DIR"]) / "logs" / "cicte-desktop.log"
    assert "ValueError: a slot failed" in log.read_text()


def test_start_up_reads_without_sqlalchemy(logged_db) -> None:
    """SQLAlchemy costs more to import than the whole start-up budget: the window's reads use
    plain sqlite3 and the ORM is imported only when something writes."""
    import subprocess

    path, _exercises, _ids = logged_db
    script = ("import sys\nfrom cicte_desktop.app import build_main_window, create_application\n"
              "app = create_application()\nw = build_main_window(sys.argv[1])\nw.show()\napp.processEvents()\n"
              "assert w.plan_model.rowCount() == 5\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'openpyxl')))\n"
              "w.database.integrity.wait()\n")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120,
                            env={**os.environ})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_double_click_opens_an_event(window, qtbot) -> None:
    # Parents toggle on double-click through Qt's own handling (expandsOnDoubleClick); the
    # window must not toggle them a second time on "activated".
    tree, model = window.plan_view, window.plan_model
    assert tree.expandsOnDoubleClick()
    assert tree.receivers("2activated(QModelIndex)") == 0
    tree.setCurrentIndex(_index(model, *EXERCISES))
    table = window.detail.events
    # QTest's double click does not reach item views' double-click handling in Qt 6: emit
    # what the view emits.
    table.doubleClicked.emit(window.detail.event_model.index(0, 2))
    form = window.event_form
    assert isinstance(form, EventForm) and form.isVisible()
    form.reject()


def test_escape_clears_the_search_from_the_tree(window, qtbot) -> None:
    qtbot.keyClicks(window.search, "kingston")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # to the tree
    assert window.plan_view.hasFocus() and window.plan_model.searching
    qtbot.keyClick(window.plan_view, Qt.Key.Key_Escape)
    assert window.search.text() == "" and not window.plan_model.searching


def test_year_selector_switches_work_plans(logged_db, qtbot) -> None:
    import sqlite3

    from cicte_desktop.db.ids import SEED_DEVICE_ID

    path, _exercises, _ids = logged_db
    conn = sqlite3.connect(path)
    stamp = "2017-02-01T00:00:00.000000Z"
    sync = (stamp, stamp, SEED_DEVICE_ID)
    conn.execute("INSERT INTO work_plan (uuid, year, symbol, title, created_at, updated_at, device_id) "
                 "VALUES ('p17', 2017, 'CICTE/doc.9/17', '2017 Work Plan', ?, ?, ?)", sync)
    conn.execute("INSERT INTO work_area (uuid, work_plan_uuid, number, title, position, created_at, updated_at, "
                 "device_id) VALUES ('a17', 'p17', '1', 'Cybersecurity', 1, ?, ?, ?)", sync)
    conn.commit()
    conn.close()
    window = build_main_window(path)
    qtbot.addWidget(window)
    assert window.year.isEnabled() and window.year.count() == 2
    assert window.plan_model.data(window.plan_model.index(0, 0)) == "1. Cybersecurity"  # the latest plan
    window.year.setCurrentIndex(window.year.findData(2016))
    assert window.plan_model.rowCount() == 5
    assert window.filter_bar.event_filter().date_from == D(2016, 1, 1)
    window.close()
    window.database.close()
    again = build_main_window(path)  # the chosen plan is remembered
    qtbot.addWidget(again)
    assert again.year.currentData() == 2016
    again.database.close()


@pytest.mark.parametrize(("language", "expected"), [
    ("C", "2016-12-18 09:05"), ("en_US", "12/18/2016 9:05\u202fAM"), ("es_ES", "18/12/2016 9:05"),
    ("fr_FR", "18/12/2016 09:05"), ("pt_BR", "18/12/2016 09:05"),
])
def test_moments_show_four_digit_years_in_the_users_locale(qtbot, language: str, expected: str) -> None:
    """Package dates, change history, drafts and backups: ISO 8601 where the system names no locale."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from cicte_desktop.locale_format import date_edit_format, format_date_time
    from cicte_desktop.views.date_field import OptionalDateEdit

    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        moment = dt.datetime(2016, 12, 18, 9, 5).astimezone()
        assert format_date_time(moment) == expected
        assert "yyyy" in date_edit_format()  # date fields too: 18/12/2016, not 18/12/16
        field = OptionalDateEdit()
        qtbot.addWidget(field)
        field.set_value(moment.date())
        assert field.text() == expected.split(" ")[0]
    finally:
        QLocale.setDefault(previous)


def _titles_in_tree(model: WorkPlanTreeModel) -> list[str]:
    titles = []

    def walk(parent) -> None:  # noqa: ANN001
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            titles.append(model.data(index))
            walk(index)

    walk(_index(model, 0).parent())
    return titles


def _listed_events(window) -> list[str]:  # noqa: ANN001
    table = window.detail.event_model
    return [table.data(table.index(r, 2)) for r in range(table.rowCount())]


@pytest.mark.parametrize("typed", ["Jamaica", "JAM", "jam", "Jamaïque", "jamaique"])
def test_search_finds_the_events_held_in_a_member_state_by_name_or_code(window, qtbot, typed: str) -> None:
    if typed.isascii():
        qtbot.keyClicks(window.search, typed)  # as typed, letter by letter
    else:
        window.search.setText(typed)  # QTest types ASCII only
    model = window.plan_model
    assert "3 Exercises" in _titles_in_tree(model)
    assert "6 Webinars" not in _titles_in_tree(model)  # held in Panama only
    activity = model.index_for_uuid(_uuid_of(model, "3 Exercises"))
    window.plan_view.setCurrentIndex(activity)
    assert model.data(activity) == "3 Exercises"
    assert model.data(activity, WorkPlanTreeModel.MatchRole) == EVENT_MATCH
    assert _listed_events(window) == ["Maritime CME Kingston"]


def test_search_mixes_member_state_names_with_the_events_own_words(window, qtbot) -> None:
    qtbot.keyClicks(window.search, "maritime trinidad")
    window.plan_view.setCurrentIndex(window.plan_model.index_for_uuid(_uuid_of(window.plan_model, "3 Exercises")))
    assert _listed_events(window) == ["Maritime CME Port of Spain"]
    window.search.setText("webinar trinidad")  # a word of the text, a state it was not held in
    assert window.plan_model.rowCount() == 0


def test_search_finds_plan_items_by_their_titles_in_the_windows_language(logged_db, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from cicte_desktop import i18n

    i18n.install(QApplication.instance(), "es")
    path, _exercises, _ids = logged_db
    window = build_main_window(path)
    qtbot.addWidget(window)
    model = window.plan_model
    for typed, expected in (("fronterizos", "1. Controles Fronterizos"), ("seguridad maritima", "A. Seguridad Marítima"),
                            ("1 controles", "1. Controles Fronterizos"), ("A. Seguridad Marí", "A. Seguridad Marítima")):
        window.search.setText(typed)
        matches = [t for t in _titles_in_tree(model)
                   if model.data(model.index_for_uuid(_uuid_of(model, t)), WorkPlanTreeModel.MatchRole) == DIRECT_MATCH]
        assert expected in matches, typed
    window.database.close()


def _uuid_of(model: WorkPlanTreeModel, title: str) -> str:
    def walk(parent):  # noqa: ANN001, ANN202
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if model.data(index) == title:
                return model.data(index, WorkPlanTreeModel.UuidRole)
            found = walk(index)
            if found:
                return found
        return None

    return walk(_index(model, 0).parent())


def test_a_search_with_no_match_says_so_in_the_trees_place_and_offers_to_clear_it(window, qtbot) -> None:
    tree = window.plan_view
    tree.setCurrentIndex(_index(window.plan_model, *EXERCISES))
    qtbot.keyClicks(window.search, "qqqnothing")
    assert window.plan_model.rowCount() == 0
    overlay = window.no_matches
    assert overlay.isVisibleTo(window)
    assert overlay.message.text() == "No plan items or events match “qqqnothing”."
    assert "Jamaica, JAM" in overlay.hint.text()
    assert overlay.geometry() == tree.viewport().rect()  # where the tree's rows would be
    window.filter_bar.status.setCurrentIndex(window.filter_bar.status.findData("planned"))
    assert "Reset Filters" in overlay.hint.text()  # the filters may be why
    window.filter_bar.reset()
    window.search.setText("q")  # too short for events: says so
    assert overlay.message.text() == "No plan items match “q”."
    assert overlay.hint.text() == "Type at least 3 letters to search the events too."
    qtbot.mouseClick(overlay.clear_button, Qt.MouseButton.LeftButton)
    assert window.search.text() == "" and not overlay.isVisibleTo(window)
    assert window.plan_model.rowCount() == 5 and tree.hasFocus()
    qtbot.keyClicks(window.search, "kingston")  # a match: the tree, no message
    assert window.plan_model.rowCount() == 1 and not overlay.isVisibleTo(window)


def _selected_title(window) -> str | None:  # noqa: ANN001
    item = window.plan_model.item(window.plan_view.currentIndex())
    return item.label if item is not None else None


def test_clearing_a_search_returns_to_the_item_selected_before_it(window, qtbot) -> None:
    tree = window.plan_view
    tree.setCurrentIndex(_index(window.plan_model, *EXERCISES))
    qtbot.keyClicks(window.search, "aviation")  # Exercises is not among the matches
    assert _selected_title(window) == "B. Aviation Security"  # the first match, selected for the user
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert _selected_title(window) == "3 Exercises" and window.detail.title.text() == "3 Exercises"
    assert tree.isExpanded(_index(window.plan_model, *EXERCISES).parent())  # shown, not hidden in a fold
    # Through a search with no match in the end, too.
    qtbot.keyClicks(window.search, "aviation qqq")
    assert _selected_title(window) is None
    window.search.clear()
    assert _selected_title(window) == "3 Exercises"
    # A search whose matches include it keeps it selected throughout.
    qtbot.keyClicks(window.search, "kingston")
    assert _selected_title(window) == "3 Exercises"
    window.search.clear()
    assert _selected_title(window) == "3 Exercises"


def test_an_item_picked_among_the_matches_stays_selected_after_clearing(window, qtbot) -> None:
    tree, model = window.plan_view, window.plan_model
    tree.setCurrentIndex(_index(model, *EXERCISES))
    qtbot.keyClicks(window.search, "aviation")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the user moves to the program's first project
    picked = _selected_title(window)
    assert picked != "B. Aviation Security" and picked is not None
    window.search.clear()
    assert _selected_title(window) == picked
    # Picked, then searched away: back to what was selected before the search.
    tree.setCurrentIndex(_index(model, *EXERCISES))
    qtbot.keyClicks(window.search, "aviation")
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    window.search.setText("maritime")  # the pick is not among these matches; Exercises is (not first)
    assert _selected_title(window) == "3 Exercises"
    window.search.clear()
    assert _selected_title(window) == "3 Exercises"


def test_the_events_heading_counts_the_events_the_search_lists(window, qtbot) -> None:
    pane = window.detail
    window.plan_view.setCurrentIndex(_index(window.plan_model, *EXERCISES))
    assert pane.events_line.text() == "Events: 2 (completed: 2)"
    qtbot.keyClicks(window.search, "kingston")
    assert _selected_title(window) == "3 Exercises" and _listed_events(window) == ["Maritime CME Kingston"]
    assert pane.events_line.text() == "Events matching “kingston”: 1 of 2"
    window.search.setText("maritime cme")
    assert pane.events_line.text() == "Events matching “maritime cme”: 2 of 2"
    window.plan_view.setCurrentIndex(window.plan_model.index(0, 0))  # the work area above: the same events
    assert pane.events_line.text() == "Events matching “maritime cme”: 2 of 2"
    window.search.setText("ma")  # too short to search events: the list shows none, the heading all
    assert pane.events_line.text() == "Events: 2 (completed: 2)"
    window.search.clear()
    assert pane.events_line.text() == "Events: 2 (completed: 2)"


def test_the_events_heading_counts_the_matches_in_spanish(logged_db, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from cicte_desktop import i18n

    i18n.install(QApplication.instance(), "es")
    path, _exercises, _ids = logged_db
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.plan_view.setCurrentIndex(_index(window.plan_model, *EXERCISES))
    window.search.setText("Jamaica")
    assert window.detail.events_line.text() == "Eventos que coinciden con “Jamaica”: 1 de 2"
    window.database.close()


def test_clicking_the_match_the_search_selected_keeps_it_after_clearing(window, qtbot) -> None:
    tree, model = window.plan_view, window.plan_model
    tree.setCurrentIndex(_index(model, *EXERCISES))
    qtbot.keyClicks(window.search, "aviation")
    selected = tree.currentIndex()
    assert _selected_title(window) == "B. Aviation Security"
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(selected).center())
    window.search.clear()
    assert _selected_title(window) == "B. Aviation Security"
    # Enter on it does the same.
    tree.setCurrentIndex(_index(model, *EXERCISES))
    qtbot.keyClicks(window.search, "aviation")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    window.search.clear()
    assert _selected_title(window) == "B. Aviation Security"


def test_the_status_bar_shortens_the_database_path_in_the_middle_keeping_the_file_name(window, logged_db,
                                                                                       qtbot) -> None:
    path = logged_db[0]
    label = window.status_label
    window.backup_label.setText("Last backup: less than an hour ago")
    window.resize(820, 600)
    qtbot.waitUntil(lambda: label.width() < label.fontMetrics().horizontalAdvance(label.full_text()))
    qtbot.waitUntil(lambda: "…" in label.text())
    text = label.text()
    assert text.endswith(path.name)  # the file's name stays in sight
    assert text.startswith("CICTE/doc.5/16 · ")  # and the start of the line
    assert "…" in text.rpartition(" · ")[2]  # shortened in the path's middle
    assert label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width()
    assert label.toolTip() == str(path)
    window.resize(1366, 768)  # room again: the whole path
    qtbot.waitUntil(lambda: label.text() == label.full_text())
    assert label.text().endswith(str(path))


def test_the_app_shows_the_tree_first_and_makes_the_rest_right_after_its_first_paint(logged_db, qtbot) -> None:
    """As script/run starts it: the window shows its tree with the figures, its menus' titles and
    its toolbar; its menus' items, the controllers and the detail pane come right after the first
    paint, and then everything works (a remembered selection shows its detail)."""
    from cicte_desktop.app import open_main_window

    path, _exercises, _ids = logged_db
    first = build_main_window(path)
    qtbot.addWidget(first)
    first.show()
    first.plan_view.setCurrentIndex(_index(first.plan_model, *EXERCISES))
    first.close()  # remembers the selection
    first.database.close()

    window = open_main_window(path)
    qtbot.addWidget(window)
    assert not window.is_ready and window.detail is None
    assert window.plan_model.rowCount() == 5
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "Eve&nts", "&View", "&Plan", "&Tools", "&Help"]
    assert window.file_menu.actions() == []  # filled once the window has painted
    assert window.new_event_action.isVisible() and window.new_event_action.shortcut().toString() == "Ctrl+N"
    # The remembered selection's detail comes with the rest: until then its place stays blank, no
    # dashboard flashing by.
    assert window.right_pane.currentWidget() is window.detail_placeholder
    qtbot.waitSignal(window.ready, timeout=5000).wait()  # the first paint comes from the event loop, then the rest
    assert window.is_ready
    assert "&Open Database…" in [a.text() for a in window.file_menu.actions()]
    assert window.right_pane.currentWidget() is window.detail
    assert window.detail.title.text() == "3 Exercises"
    window.dashboard_action.trigger()  # the menus' actions reach their controllers
    assert window.right_pane.currentWidget() is window.dashboard and window.current_item() is None
    window.close()
    window.database.close()


def test_a_window_closed_before_it_is_whole_is_made_whole_to_close_as_usual(logged_db, qtbot) -> None:
    path, _exercises, _ids = logged_db
    window = build_main_window(path, deferred=True)
    qtbot.addWidget(window)
    window.close()  # never shown: no first paint
    assert window.is_ready and window.detail is not None
    window.database.close()


def test_the_collector_waits_while_the_window_starts_and_runs_once_it_is_whole(logged_db, qtbot) -> None:
    import gc
    import weakref

    from cicte_desktop import gc_pause
    from cicte_desktop.app import open_main_window

    path, _exercises, _ids = logged_db
    assert gc.isenabled()
    gc_pause.pause_start_up()
    try:
        assert not gc.isenabled() and gc_pause.start_up_paused()

        class Node:
            pass

        node = Node()
        node.self = node  # garbage only the collector frees
        cycle = weakref.ref(node)
        del node
        window = open_main_window(path)
        qtbot.addWidget(window)
        assert not gc.isenabled()
        qtbot.waitSignal(window.ready, timeout=5000).wait()
        assert gc.isenabled() and not gc_pause.start_up_paused()
        assert gc.get_freeze_count() > 0  # start-up's objects out of the collector's sight
        assert cycle() is None  # the garbage made meanwhile was collected first, not frozen
    finally:
        gc_pause.resume_start_up()
        gc.unfreeze()
    window.close()
    window.database.close()


def test_a_window_that_does_not_paint_is_made_whole_anyway(logged_db, qtbot) -> None:
    """Started minimised, or behind other windows, it may not paint for a while."""
    path, _exercises, _ids = logged_db
    window = build_main_window(path, deferred=True)
    qtbot.addWidget(window)  # never shown
    qtbot.waitSignal(window.ready, timeout=5000).wait()
    assert window.is_ready and window.file_menu.actions()
    window.database.close()


def test_a_failing_step_of_the_second_half_still_says_ready_and_checks_the_file(logged_db, qtbot,
                                                                                  monkeypatch) -> None:
    from PySide6.QtCore import QSettings

    from cicte_desktop.views.controllers.browse import BrowseController

    path, exercises, _ids = logged_db
    QSettings().setValue("mainWindow/selected", exercises)  # opens on a remembered selection
    window = build_main_window(path, deferred=True)
    qtbot.addWidget(window)
    assert window.right_pane.currentWidget() is window.detail_placeholder

    def broken(_self) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(BrowseController, "fill_member_states", broken)
    with qtbot.waitSignal(window.ready, timeout=1000), pytest.raises(RuntimeError, match="disk gone"):
        window.complete()
    assert window.safety is not None  # the integrity check was scheduled before the failing step
    # The selection's detail was never shown: the start page rather than a blank one.
    assert window.detail_placeholder is None and window.right_pane.currentWidget() is window.dashboard
    qtbot.waitUntil(lambda: window.safety.integrity_task is not None, timeout=5000)
    window.database.close()


def test_the_events_columns_the_user_sized_are_kept_and_the_others_fitted_next_time(logged_db, qtbot) -> None:
    from cicte_desktop.qtmodels.event_table import EventTableModel

    path, _exercises, _ids = logged_db
    first = build_main_window(path)
    qtbot.addWidget(first)
    first.resize(1200, 700)
    first.show()
    first.plan_view.setCurrentIndex(_index(first.plan_model, *EXERCISES))
    header = first.detail.events.horizontalHeader()
    header.resizeSection(EventTableModel.COLUMN_STATES, 170)  # dragged wider by the user
    fitted_type = header.sectionSize(EventTableModel.COLUMN_TYPE)
    first.close()
    first.database.close()
    from PySide6.QtCore import QSettings

    kept = QSettings().value("mainWindow/eventColumnsSized")
    assert kept == f"{EventTableModel.COLUMN_STATES}:170"
    # What a damaged or hand-edited setting may hold besides it is left out, the window opens as usual.
    QSettings().setValue("mainWindow/eventColumnsSized", f"{kept} x:1 \u00b2:5 2:99999999999 4:-3 5:1e3 :: 1:")

    second = build_main_window(path)
    qtbot.addWidget(second)
    second.resize(1366, 768)  # a larger window this time
    second.show()
    qtbot.waitExposed(second)
    events = second.detail.events
    header = events.horizontalHeader()
    # The title takes the new room; the column the user sized does not.
    qtbot.waitUntil(lambda: abs(sum(header.sectionSize(c) for c in range(header.count()))
                                - events.viewport().width()) <= 2)
    assert header.sectionSize(EventTableModel.COLUMN_STATES) == 170  # as the user left it
    assert header.sectionSize(EventTableModel.COLUMN_TYPE) == fitted_type  # fitted as before
    assert second.detail.event_columns.held == {EventTableModel.COLUMN_STATES: 170}
    second.close()
    second.database.close()


def test_a_message_stays_over_the_status_line_while_the_text_size_changes(window, qtbot) -> None:
    """Bigger Text twice: "Text size: 125%" was drawn over the plan's summary and path, which Qt
    laid out and showed again under the message."""
    bar, line = window.statusBar(), window.status_label
    try:
        for percent in ("110%", "125%"):
            window.bigger_text_action.trigger()
            qtbot.wait(150)
            assert bar.currentMessage() == f"Text size: {percent} of the system's"
            assert not line.isVisible()
        window.show_status("Saved.", 400)
        window.bigger_text_action.trigger()  # laid out again while this message shows
        qtbot.wait(150)
        assert bar.currentMessage().startswith("Text size") and not line.isVisible()
        qtbot.waitUntil(lambda: not bar.currentMessage(), timeout=6000)  # the message ends as asked
        assert line.isVisible()
    finally:
        window.normal_text_action.trigger()


def test_column_widths_follow_the_text_size(window, qtbot) -> None:
    """At 150% the tree's headings read "Targe", "chieved", "Progr": widths kept in pixels."""
    header = window.plan_view.header()
    model = window.plan_model
    figures_columns = (model.COLUMN_TARGET, model.COLUMN_ACHIEVED, model.COLUMN_PROGRESS, model.COLUMN_EVENTS)
    before = {c: header.sectionSize(c) for c in figures_columns}
    events = window.detail.event_columns
    events.hold({1: 120})  # a width the user gave the event list's type column
    try:
        for _ in range(4):  # 110, 125, 150, 175%
            window.bigger_text_action.trigger()
        qtbot.wait(50)
        for column in figures_columns:
            assert header.sectionSize(column) == pytest.approx(before[column] * 1.75, abs=4)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), model.headerData(
                column, Qt.Orientation.Horizontal)  # the heading whole
        assert events.held[1] == pytest.approx(120 * 1.75, abs=4)
        window.normal_text_action.trigger()
        for column in figures_columns:
            assert header.sectionSize(column) == pytest.approx(before[column], abs=4)
    finally:
        window.normal_text_action.trigger()
