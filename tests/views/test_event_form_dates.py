"""Dates typed key by key into the event form, in English and in Spanish, as a trainer types them:
each becomes exactly the date typed or is refused in words beside the field; an empty end date is
never filled unseen (and never with today); long events and events outside the plan's year warn.
And the discard prompt, whose default is to keep editing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from cicte_desktop import i18n
from cicte_desktop.app import build_main_window
from cicte_desktop.locale_format import format_date
from cicte_desktop.services.events import inputs, reading, writing
from cicte_desktop.views import messages
from cicte_desktop.views.event_form import EventForm
from tests.helpers import finish
from tests.views.test_event_form import _check_state, _open_new
from tests.views.test_sync_window import conflicting  # noqa: F401 (a fixture)

D = dt.date
REAL_ASK_YES_NO = messages.ask_yes_no  # taken before the test set-up records message boxes instead


@pytest.fixture
def in_language(qtbot):
    """Switch the application to a language as it does at start-up (translations and the
    locale of dates); the locale in force before comes back afterwards."""
    previous = QLocale()

    def switch(language: str) -> None:
        i18n.install(QApplication.instance(), language)

    yield switch
    QLocale.setDefault(previous)


@pytest.fixture
def window_in(db_path: Path, qtbot, in_language):
    opened = []

    def make(language: str):
        in_language(language)
        main = build_main_window(db_path)
        qtbot.addWidget(main)
        main.show()
        opened.append(main)
        return main

    yield make
    for main in opened:
        main.database.close()


def _focus(qtbot, form: EventForm, field) -> object:
    form.activateWindow()
    target = field.focusProxy() or field
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=2000)
    return target


def _type_date(qtbot, form: EventForm, field, text: str) -> None:
    """Click into the field, select what it shows, type ``text`` key by key, and leave it with Tab."""
    target = _focus(qtbot, form, field)
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Tab)


def _error_beside_dates(form: EventForm) -> QLabel:
    return form.findChild(QLabel, "error_start_date")


def _complete_other_fields(form: EventForm, qtbot) -> None:
    qtbot.keyClicks(form.title, "Maritime CME Kingston")
    _check_state(form, "JAM")


@pytest.mark.parametrize(("language", "typed", "expected"), [
    ("en", "5/12/2016", D(2016, 5, 12)),
    ("en", "3/15/2016", D(2016, 3, 15)),
    ("en", "12/5/2016", D(2016, 12, 5)),
    ("en", "2016-03-15", D(2016, 3, 15)),
    ("es", "5/12/2016", D(2016, 12, 5)),
    ("es", "15/3/2016", D(2016, 3, 15)),
    ("es", "2016-03-15", D(2016, 3, 15)),
])
def test_a_typed_start_date_is_saved_exactly_and_shown_as_the_end_date(window_in, qtbot, language, typed,
                                                                         expected) -> None:
    window = window_in(language)
    form = _open_new(window, qtbot)
    assert form.end_date.text() == ""
    _complete_other_fields(form, qtbot)
    _type_date(qtbot, form, form.start_date, typed)
    event = form.event_input()
    assert event.start_date == expected
    assert event.end_date == expected  # a one-day event, shown in the end date, never today
    assert form.end_date.text() == form.start_date.text() == format_date(expected)  # 5/12/2016, 5/12/2016
    assert not _error_beside_dates(form).isVisible() or "outside" not in _error_beside_dates(form).text()
    assert form.save()
    assert reading.get_event_input(window.database, form._event_uuid).start_date == expected
    assert reading.get_event_input(window.database, form._event_uuid).end_date == expected


@pytest.mark.parametrize(("language", "start", "end", "expected"), [
    ("en", "3/14/2016", "3/18/2016", (D(2016, 3, 14), D(2016, 3, 18))),
    ("es", "14/3/2016", "18/3/2016", (D(2016, 3, 14), D(2016, 3, 18))),
])
def test_both_dates_typed_key_by_key(window_in, qtbot, language, start, end, expected) -> None:
    window = window_in(language)
    form = _open_new(window, qtbot)
    _complete_other_fields(form, qtbot)
    _type_date(qtbot, form, form.start_date, start)
    _type_date(qtbot, form, form.end_date, end)  # Tab into a field selects what it shows
    assert (form.event_input().start_date, form.event_input().end_date) == expected
    assert form.save_button.isEnabled()


@pytest.mark.parametrize(("language", "typed", "words"), [
    ("en", "15/3/2016", "“15/3/2016” is not a date: type it as month/day/year, for example 3/14/2016"),
    ("en", "2/30/2016", "“2/30/2016” is not a date"),
    ("en", "5/12/16", "“5/12/16” is not a date"),
    ("es", "3/15/2016", "«3/15/2016» no es una fecha: escríbala como día/mes/año, por ejemplo 14/3/2016"),
])
def test_a_typed_text_that_is_no_date_is_refused_in_words(window_in, qtbot, language, typed, words) -> None:
    window = window_in(language)
    form = _open_new(window, qtbot)
    _complete_other_fields(form, qtbot)
    _type_date(qtbot, form, form.start_date, typed)
    assert form.start_date.value() is None
    assert form.start_date.text() == typed  # what was typed stays, to be corrected
    assert form.end_date.text() == ""  # nothing filled in from a text that is no date
    error = _error_beside_dates(form)
    assert error.isVisible() and words in error.text()
    assert not form.save_button.isEnabled() and words in form.summary.text()


def test_an_empty_end_date_stays_empty_while_the_start_is_typed(window_in, qtbot) -> None:
    window = window_in("en")
    form = _open_new(window, qtbot)
    target = _focus(qtbot, form, form.start_date)
    for key in "5/12/2016":
        qtbot.keyClicks(target, key)
        assert form.end_date.text() == ""  # not today, not a year 2 or 201, not while typing
    assert form.start_date.value() == D(2016, 5, 12)
    qtbot.keyClick(target, Qt.Key.Key_Return)  # or Tab: the typing is over
    assert form.end_date.value() == D(2016, 5, 12) and form.end_date.text() == "5/12/2016"
    # an end date emptied on purpose is saved empty, not silently as the start date
    form.end_date.set_value(None)
    assert form.event_input().end_date is None


def test_a_ten_year_event_and_one_outside_the_plan_year_warn_but_save(window_in, qtbot) -> None:
    window = window_in("en")
    form = _open_new(window, qtbot)
    _complete_other_fields(form, qtbot)
    _type_date(qtbot, form, form.start_date, "1/10/2016")
    _type_date(qtbot, form, form.end_date, "1/10/2026")
    error = _error_beside_dates(form)
    assert error.isVisible() and "more than a year" in error.text()
    assert form.save_button.isEnabled()
    _type_date(qtbot, form, form.start_date, "12/30/2016")
    _type_date(qtbot, form, form.end_date, "1/2/2017")
    assert "ends outside the work plan's year (2016)" in error.text()
    assert "more than a year" not in error.text()
    assert form.save_button.isEnabled()
    assert form.save()


def test_the_calendar_opens_from_the_keyboard_and_picks_a_date(window_in, qtbot) -> None:
    window = window_in("en")
    form = _open_new(window, qtbot)
    assert form.start_date.focusProxy().accessibleName() == "Start date"
    assert form.end_date.focusProxy().accessibleName() == "End date"
    _type_date(qtbot, form, form.start_date, "3/14/2016")
    target = _focus(qtbot, form, form.end_date)
    qtbot.keyClick(target, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.end_date.popup.calendar
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert calendar.selectedDate().toPython() == D(2016, 3, 14)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)  # changed my mind: nothing picked
    assert not calendar.isVisible() and form.end_date.value() == D(2016, 3, 14)
    qtbot.keyClick(target, Qt.Key.Key_F4)
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert calendar.selectedDate().toPython() == D(2016, 3, 14)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.end_date.value() == D(2016, 3, 15) and form.end_date.text() == "3/15/2016"


def test_enter_on_the_discard_prompt_keeps_editing(window_in, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(messages, "ask_yes_no", REAL_ASK_YES_NO)
    window = window_in("en")
    form = _open_new(window, qtbot)
    qtbot.keyClicks(form.title, "Half a title")
    seen: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press_enter)
            return
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    form.reject()  # Escape or Cancel
    assert seen == ["Keep editing"]
    assert form.isVisible() and form.title.text() == "Half a title"


@pytest.mark.parametrize(("language", "said"), [("en", "12 May 2016"), ("es", "5 dic 2016")])
def test_the_date_read_is_said_with_the_month_in_words(window_in, qtbot, language, said) -> None:
    window = window_in(language)
    form = _open_new(window, qtbot)
    _type_date(qtbot, form, form.start_date, "5/12/2016")
    assert form.dates_in_words.text() == said  # May or December: the user sees which was read
    _type_date(qtbot, form, form.end_date, "2016-12-24")
    assert form.dates_in_words.text().endswith("24 Dec 2016" if language == "en" else "24 dic 2016")


ISO_DAY = r"\b\d{4}-\d{2}-\d{2}\b"
US_DAY = r"\b\d{1,2}/\d{1,2}/\d{4}\b"


def test_the_history_of_changes_shows_dates_in_one_format(window_in, qtbot, answers) -> None:
    import re

    window = window_in("en")
    form = _open_new(window, qtbot)
    _complete_other_fields(form, qtbot)
    _type_date(qtbot, form, form.start_date, "3/14/2016")
    form.status.setCurrentIndex(form.status.findData("completed"))
    assert form.save()
    uuid = form._event_uuid
    window.events.open_event(uuid)
    form = window.event_form
    _type_date(qtbot, form, form.start_date, "3/15/2016")
    _type_date(qtbot, form, form.end_date, "3/16/2016")
    answers.queue = ["Dates were a day early"]
    assert form.save()
    window.events.open_event(uuid)
    form = window.event_form
    cells = [form.history.item(r, c).text() for r in range(form.history.rowCount()) for c in (0, 3, 4)]
    shown_days = " | ".join(cells)
    assert not re.search(ISO_DAY, shown_days), shown_days  # not 2016-03-14 beside 3/15/2016 5:54 PM
    assert "3/14/2016" in shown_days and "3/15/2016" in shown_days and "3/16/2016" in shown_days


def test_the_package_preview_shows_its_moments_in_one_format(conflicting, qtbot, in_language) -> None:
    import re

    in_language("en")
    hq_path, path, _event_id = conflicting
    window = build_main_window(hq_path)
    qtbot.addWidget(window)
    window.show()
    try:
        finish(qtbot, window.packages.import_field_package(path))
        dialog = window.packages.package_import_dialog
        side = dialog.conflict_view.fields
        texts = [dialog.findChild(QLabel, "source").text(), dialog.conflict_view.rule.text(),
                 *(side.horizontalHeaderItem(c).text() for c in (1, 2))]
        everything = " | ".join(texts)
        assert not re.search(ISO_DAY, everything), everything  # "12/3/2026 5:54 PM" beside "2026-12-03 17:54:37"
        assert len(re.findall(US_DAY, everything)) == 4, everything
        dialog.reject()
    finally:
        window.database.close()


def test_ctrl_s_on_a_half_typed_end_date_refuses_it_rather_than_saving_it_empty(window_in, qtbot) -> None:
    window = window_in("en")
    form = _open_new(window, qtbot)
    _complete_other_fields(form, qtbot)
    _type_date(qtbot, form, form.start_date, "3/14/2016")
    target = _focus(qtbot, form, form.end_date)
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, "3/1")
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and form._event_uuid is None  # nothing saved
    assert form.end_date.text() == "3/1"
    assert "“3/1” is not a date" in _error_beside_dates(form).text()


# --- Moving an event's dates to another year: the plan of the year it starts in ------------------


@pytest.fixture
def two_plans(db_path: Path) -> Path:
    """The 2016 plan and a 2017 plan carried over from it, in which one activity was retired; an
    event of 2018 logged under the 2016 plan before 2018 had one (none has yet)."""
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services import plan_edit, plan_years, workplan

    db = open_database(db_path)
    plan_years.new_plan(db, 2017, 2016)
    retired = plan_years.carried_activity(db, workplan.get_work_plan(db, 2016).activities()[1].uuid, 2017)
    writing.log_event(db, inputs.EventInput(activity_uuid=retired, event_type="exercise", title="Drill",
                                                 start_date=D(2017, 2, 1), end_date=D(2017, 2, 1),
                                                 member_states=("JAM",)))
    plan_edit.retire(db, retired, "Not funded in 2017")
    writing.log_event(db, inputs.EventInput(
        activity_uuid=workplan.get_work_plan(db, 2016).activities()[0].uuid, event_type="workshop",
        title="Workshop logged before 2018 had a plan", start_date=D(2018, 5, 3), end_date=D(2018, 5, 4),
        member_states=("PAN",), status="planned"))
    db.close()
    return db_path


def _new_event_under(window, activity: str, qtbot) -> EventForm:
    window.events.form(activity_uuid=activity)
    form = window.event_form
    _complete_other_fields(form, qtbot)
    return form


@pytest.mark.parametrize(("language", "in_2017", "in_2016"), [("en", "3/14/2017", "11/2/2016"),
                                                              ("es", "14/3/2017", "2/11/2016")])
def test_a_start_date_typed_in_another_plan_year_offers_the_carried_over_activity(two_plans, window_in, qtbot,
                                                                                  language, in_2017, in_2016) -> None:
    from cicte_desktop.services import plan_years, workplan

    window = window_in(language)
    db = window.database
    old = workplan.get_work_plan(db, 2016).activities()[2]  # '3 Exercises'
    carried = plan_years.carried_activity(db, old.uuid, 2017)
    form = _new_event_under(window, old.uuid, qtbot)
    assert form.activity.plan().year == 2016 and form.activity.current_uuid() == old.uuid
    _type_date(qtbot, form, form.start_date, in_2017)
    assert form.activity.plan().year == 2017 and form.activity.current_uuid() == carried
    words = {"en": "Moved to the 2017 plan: {}", "es": "Trasladado al plan de 2017: {}"}[language]
    assert form.plan_note.text() == words.format(form.activity.currentText()) and form.plan_note.isVisibleTo(form)
    assert form.activity.currentText().endswith("3 Exercises")
    assert set(form.activity.listed()) <= {a.uuid for a in workplan.get_work_plan(db, 2017).activities()}
    _type_date(qtbot, form, form.start_date, in_2016)  # and back: the 2016 activity again
    assert form.activity.plan().year == 2016 and form.activity.current_uuid() == old.uuid
    _type_date(qtbot, form, form.start_date, in_2017)
    assert form.save_button.isEnabled(), form.summary.text()
    assert form.save()
    assert reading.get_event_input(db, form._event_uuid).activity_uuid == carried


def test_a_start_date_in_a_year_without_a_plan_says_so_and_saves_under_the_plan_it_is_in(two_plans, window_in,
                                                                                          qtbot) -> None:
    from cicte_desktop.services import workplan

    window = window_in("en")
    db = window.database
    old = workplan.get_work_plan(db, 2016).activities()[2]
    form = _new_event_under(window, old.uuid, qtbot)
    _type_date(qtbot, form, form.start_date, "3/14/2020")
    error = _error_beside_dates(form)
    assert error.isVisible() and error.text().startswith(
        "There is no work plan for 2020 yet (work plans: 2016, 2017): the event is saved under its activity of the "
        "2016 plan.")
    assert form.activity.plan().year == 2016 and form.activity.current_uuid() == old.uuid  # nothing lost
    _type_date(qtbot, form, form.start_date, "3/14/2016")
    assert "There is no work plan" not in error.text() and form.save_button.isEnabled()
    _type_date(qtbot, form, form.start_date, "3/14/2020")
    assert form.save_button.isEnabled() and form.save()
    saved = reading.get_event_input(db, form._event_uuid)
    assert saved.start_date == dt.date(2020, 3, 14) and saved.activity_uuid == old.uuid


def test_an_activity_not_carried_over_or_retired_there_asks_for_one_of_that_plan(two_plans, window_in,
                                                                                 qtbot) -> None:
    from cicte_desktop.services import plan_edit, workplan

    window = window_in("en")
    db = window.database
    plan16 = workplan.get_work_plan(db, 2016)
    retired_there = plan16.activities()[1]  # carried over, then retired from the 2017 plan
    added = plan_edit.add_item(db, plan16.work_areas[0].programs[0].projects[0].uuid, "Port visit", "Added late")
    for activity, words in ((retired_there, "The activity carried over to it was retired from the plan: choose the "
                                            "activity of the 2017 plan this event counts toward."),
                            (added, "Its activity was not carried over to the 2017 plan: choose the activity of the "
                                    "2017 plan this event counts toward.")):
        uuid = getattr(activity, "uuid", activity)
        form = _new_event_under(window, uuid, qtbot)
        _type_date(qtbot, form, form.start_date, "3/14/2017")
        assert form.activity.plan().year == 2017 and form.activity.current_uuid() == ""
        assert form.plan_note.text() == f"Moved to the 2017 plan. {words}"
        assert not form.save_button.isEnabled()  # which activity: to be chosen
        _type_date(qtbot, form, form.start_date, "3/14/2016")
        assert form.activity.current_uuid() == uuid  # back in 2016: the activity chosen there
        form.close()


def test_an_event_logged_before_its_year_had_a_plan_keeps_its_date_and_activity(two_plans, window_in, qtbot,
                                                                               answers) -> None:
    window = window_in("en")
    db = window.database
    with db.sql() as conn:
        uuid, activity = conn.execute("SELECT uuid, activity_uuid FROM event WHERE start_date = '2018-05-03'").fetchone()
    window.events.open_event(uuid)
    form = window.event_form
    assert form.activity.plan().year == 2016 and form.activity.current_uuid() == activity
    _type_date(qtbot, form, form.start_date, "5/2/2018")  # another day of the same year
    assert "There is no work plan" not in _error_beside_dates(form).text()
    assert form.save_button.isEnabled(), form.summary.text()
    assert form.save()
    saved = reading.get_event_input(db, uuid)
    assert (saved.start_date, saved.activity_uuid) == (D(2018, 5, 2), activity)
