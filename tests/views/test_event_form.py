"""The event form, driven as a trainer would: typing, checking, saving, editing, importing
an attendance sheet, and surviving a killed process."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from cicte_desktop.app import build_main_window
from cicte_desktop.services.events import errors, inputs, periods, reading, writing
from cicte_desktop.views.event_form import EventForm
from tests.conftest import ROOT
from tests.services.test_attendance import ENGLISH, SPANISH, write_sheet

D = dt.date
EXERCISES = (0, 0, 1, 0)


@pytest.fixture
def window(db_path: Path, qtbot):
    main = build_main_window(db_path)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.database.close()


def _select(window, *rows: int) -> None:
    model = window.plan_model
    index = model.index(rows[0], 0)
    for row in rows[1:]:
        index = model.index(row, 0, index)
    window.plan_view.setCurrentIndex(index)


def _open_new(window, qtbot) -> EventForm:
    _select(window, *EXERCISES)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.event_form
    assert isinstance(form, EventForm) and form.isVisible()
    return form


def _check_state(form: EventForm, iso: str) -> None:
    items = form.member_states.list
    for i in range(items.count()):
        if items.item(i).data(Qt.ItemDataRole.UserRole) == iso:
            items.item(i).setCheckState(Qt.CheckState.Checked)


def _fill(form: EventForm, qtbot) -> None:
    qtbot.keyClicks(form.title, "Maritime CME Kingston")
    form.start_date.setDate(QDate(2016, 3, 14))  # as picked in the calendar
    form.end_date.setDate(QDate(2016, 3, 15))
    qtbot.keyClicks(form.member_states.filter, "jama")
    _check_state(form, "JAM")
    form.women.selectAll()
    qtbot.keyClicks(form.women, "10")
    form.men.selectAll()
    qtbot.keyClicks(form.men, "14")


def test_new_event_is_typed_checked_and_saved(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    assert form.activity.currentText().endswith("3 Exercises")  # the selected activity
    assert not form.save_button.isEnabled()
    assert "Give the event a title" in form.summary.text()
    assert form.findChild(type(form.summary), "error_title").text() == "Give the event a title."
    _fill(form, qtbot)
    assert form.total.value() == 24  # kept as the sum while it agrees with it
    assert form.save_button.isEnabled(), form.summary.text()
    qtbot.keyClick(form.title, Qt.Key.Key_Return)  # Enter in a line does not save by surprise
    assert form.isVisible()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    model = window.plan_model
    _select(window, *EXERCISES)
    activity = window.plan_view.currentIndex()
    assert [model.data(activity.siblingAtColumn(c)) for c in (2, 3, 4)] == ["1", "33%", "1"]
    assert window.detail.event_model.data(window.detail.event_model.index(0, 2)) == "Maritime CME Kingston"
    conn = sqlite3.connect(window.database.path)
    assert conn.execute("SELECT women, men, participants_total FROM event").fetchone() == (10, 14, 24)
    assert conn.execute("SELECT count(*) FROM event_draft").fetchone() == (0,)


@pytest.mark.parametrize(("action", "field_name", "message"), [
    (lambda f: f.end_date.setDate(QDate(2016, 3, 1)), "start_date", "The end date is before the start date."),
    (lambda f: f.total.setValue(30), "participants_total",
     "The total (30) is not the sum of women, men and not recorded (24)."),
    (lambda f: f.member_states.set_selected([]) or f._changed(), "member_states",
     "Choose at least one beneficiary member state."),
    (lambda f: f.satisfaction.setValue(0.5), "satisfaction", "Satisfaction is an average between 1 and 5."),
])
def test_each_problem_is_shown_beside_its_field(window, qtbot, action, field_name, message) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    assert form.save_button.isEnabled()
    action(form)
    label = form.findChild(type(form.summary), f"error_{field_name}")
    assert message in label.text() and label.isVisibleTo(form)
    assert not form.save_button.isEnabled() and message in form.summary.text()


def test_a_start_date_in_a_year_without_a_plan_warns_and_saves_and_an_end_after_the_year_warns(window,
                                                                                               qtbot) -> None:
    """A trainer logs January's workshop before the new year's plan reaches the laptop: warned,
    saved under the plan it is in, never refused (nothing typed is lost)."""
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.start_date.setDate(QDate(2017, 1, 10))
    form.end_date.setDate(QDate(2017, 1, 11))
    error = form.findChild(type(form.summary), "error_start_date")
    assert error.text().startswith("There is no work plan for 2017 yet (work plans: 2016): the event is saved under "
                                   "its activity of the 2016 plan.")
    assert "outside the work plan's year" not in error.text()  # one reason, not two
    assert form.save_button.isEnabled()
    form.start_date.setDate(QDate(2016, 12, 30))  # back in the plan's year; it ends in the next: a warning
    assert "ends outside the work plan's year (2016)" in error.text()
    assert form.save_button.isEnabled() and form.save()


def _saved_and_opened_again(window, qtbot) -> tuple[EventForm, str]:
    """A new event typed and saved, then opened again from the list; the form and its uuid."""
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.save()
    _select(window, *EXERCISES)
    uuid = window.detail.event_model.row(0).uuid
    window.events.open_event(uuid)
    return window.event_form, uuid


def test_editing_a_completed_event_asks_why_and_shows_the_history(window, qtbot, answers, shown_messages) -> None:
    form, uuid = _saved_and_opened_again(window, qtbot)
    assert form.history.rowCount() == 1 and form.history.item(0, 2).text() == "created"
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Maritime CME Kingston (corrected)")
    answers.queue = [None]  # the reason dialog is cancelled: nothing saved
    form.save()
    assert form.isVisible() and shown_messages[-1][0] == "text"
    answers.queue = ["Title misspelled in the first report"]
    form.save()
    assert not form.isVisible()
    window.events.open_event(uuid)
    form = window.event_form
    assert form.history_box.isVisibleTo(form) and form.history.rowCount() == 2
    row = [form.history.item(0, c).text() for c in range(2, 6)]  # newest first
    assert row == ["title", "Maritime CME Kingston", "Maritime CME Kingston (corrected)",
                   "Title misspelled in the first report"]


def test_a_save_after_someone_else_saved_the_event_says_what_changed(window, qtbot, answers,
                                                                     shown_messages) -> None:
    """Another manager (or a package merged meanwhile) saved the event while the form was open:
    the save is refused with what changed, the typing stays in the form, and saving again keeps it."""
    form, uuid = _saved_and_opened_again(window, qtbot)
    elsewhere = reading.get_event_input(window.database, uuid)
    writing.update_event(window.database, uuid, dataclasses.replace(elsewhere, venue="Ocho Rios"), reason="moved")
    form.city.selectAll()
    qtbot.keyClicks(form.city, "Kingston Parish")
    answers.queue = ["City spelled out"]
    assert not form.save()
    assert form.isVisible() and form.city.text() == "Kingston Parish"
    kind, title, said = shown_messages[-1]
    assert (kind, title) == ("error", "Cannot save the event")
    assert "Someone else saved this event while you were editing it. Now: Venue: Ocho Rios." in said
    assert form.history.rowCount() == 2  # the other change is in the history now, to look at
    answers.queue = ["City spelled out"]
    assert form.save()
    stored = reading.get_event_input(window.database, uuid)
    assert (stored.venue, stored.city) == ("Ocho Rios", "Kingston Parish")


def test_both_managers_rosters_are_kept_when_both_changed_it(window, qtbot, answers, shown_messages) -> None:
    """The other manager added a participant while this form added another and removed one: saving
    again keeps both added, drops the one removed, and the counts follow the roster."""
    form, uuid = _saved_and_opened_again(window, qtbot)
    form.reject()
    saved = reading.get_event_input(window.database, uuid)
    people = (inputs.ParticipantInput(None, "Ana Ruiz", "F"), inputs.ParticipantInput(None, "Tom Hardy", "M"))
    writing.update_event(window.database, uuid, dataclasses.replace(saved, participants=people, women=1, men=1,
                                                                    sex_not_recorded=0, participants_total=2),
                         reason="roster")
    window.events.open_event(uuid)
    form = window.event_form
    assert [p.name for p in form.roster_model.people()] == ["Ana Ruiz", "Tom Hardy"]
    elsewhere = reading.get_event_input(window.database, uuid)  # meanwhile, another manager adds one
    writing.update_event(window.database, uuid, dataclasses.replace(
        elsewhere, participants=(*elsewhere.participants, inputs.ParticipantInput(None, "Kofi Mensah", "M")),
        men=2, participants_total=3), reason="a late arrival")
    form.participants.roster.setCurrentIndex(form.roster_model.index(1, 0))  # Tom Hardy leaves
    qtbot.mouseClick(form.participants.remove_person, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.participants.add_person, Qt.MouseButton.LeftButton)
    form.roster_model.setData(form.roster_model.index(1, 0), "Marisol Quispe")
    form.roster_model.setData(form.roster_model.index(1, 1), "F")
    answers.queue = ["Roster corrected"]
    assert not form.save()
    assert "Someone else saved this event" in shown_messages[-1][2]
    assert [p.name for p in form.roster_model.people()] == ["Ana Ruiz", "Kofi Mensah", "Marisol Quispe"]
    assert (form.women.value(), form.men.value(), form.total.value()) == (2, 1, 3)
    answers.queue = ["Roster corrected"]
    assert form.save()
    stored = reading.get_event_input(window.database, uuid)
    assert sorted(p.name for p in stored.participants) == ["Ana Ruiz", "Kofi Mensah", "Marisol Quispe"]
    assert (stored.women, stored.men, stored.participants_total) == (2, 1, 3)


def test_roster_editing_fills_the_counts(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.women.setValue(0)
    form.men.setValue(0)
    for name, sex in (("Ana Pérez", "F"), ("John Brown", "Hombre"), ("Kofi Mensah", "")):
        qtbot.mouseClick(form.participants.add_person, Qt.MouseButton.LeftButton)
        row = form.roster_model.rowCount() - 1
        form.roster_model.setData(form.roster_model.index(row, 0), name)
        form.roster_model.setData(form.roster_model.index(row, 1), sex)
    assert (form.women.value(), form.men.value(), form.sex_not_recorded.value(), form.total.value()) == (1, 1, 1, 3)
    assert form.roster_model.data(form.roster_model.index(1, 1)) == "M"
    assert not form.roster_model.setData(form.roster_model.index(0, 1), "unknown")  # refused, kept F
    form.participants.roster.setCurrentIndex(form.roster_model.index(2, 0))
    qtbot.mouseClick(form.participants.remove_person, Qt.MouseButton.LeftButton)
    assert form.total.value() == 2
    form.save()
    conn = sqlite3.connect(window.database.path)
    assert sorted(conn.execute("SELECT name, sex FROM participant WHERE NOT deleted")) == [
        ("Ana Pérez", "F"), ("John Brown", "M")]


def test_counts_typed_for_a_partial_roster_are_kept(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)  # 10 women, 14 men typed from the attendance total
    form.roster_model.add([inputs.ParticipantInput(None, "Guest of honour", "M")])
    assert (form.women.value(), form.men.value(), form.total.value()) == (10, 14, 24)


@pytest.mark.parametrize("rows, expected", [
    (ENGLISH, ["Ana Pérez", "John Brown", "Marie Joseph", "Kofi Mensah"]),  # sex "X": imported, not recorded
    (SPANISH, ["María Fernández", "Carlos Ñúñez", "Lucía Gómez"]),
])
def test_attendance_sheet_import_previews_then_adds(window, qtbot, tmp_path: Path, rows, expected) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.participants.import_attendance(write_sheet(tmp_path / "list.xlsx", rows))
    dialog = form.participants.attendance_dialog
    assert dialog.isVisible()
    assert dialog.columns["name"].currentIndex() == 1 and dialog.columns["email"].currentIndex() == 6
    decisions = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert decisions.count("Import") == len(expected)
    assert form.roster_model.rowCount() == 0  # nothing yet
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in form.roster_model.people()] == expected
    conn = sqlite3.connect(window.database.path)
    assert conn.execute("SELECT count(*) FROM participant").fetchone() == (0,)  # only when the event is saved
    form.save()
    assert conn.execute("SELECT count(*) FROM participant").fetchone() == (len(expected),)


def test_a_bad_attendance_file_is_explained(window, qtbot, tmp_path: Path, shown_messages) -> None:
    form = _open_new(window, qtbot)
    bad = tmp_path / "list.xlsx"
    bad.write_bytes(b"not a workbook")
    form.participants.import_attendance(bad)
    assert shown_messages[-1][1] == "Cannot import the attendance sheet"
    assert "could not be read as an Excel workbook" in shown_messages[-1][2]


def test_a_locked_period_makes_its_events_read_only(window, qtbot, shown_messages) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.save()
    periods.set_period_lock(window.database, 2016, 1, True, "Reported in July")
    _select(window, *EXERCISES)
    window.events.open_event(window.detail.event_model.row(0).uuid)
    form = window.event_form
    assert form.lock_banner.isVisibleTo(form) and "January-June 2016" in form.lock_banner.text()
    assert not form.save_button.isEnabled() and not form.title.isEnabled()
    assert form.notes.isReadOnly() and form.outcomes.isReadOnly() and not form.activity.isEnabled()
    assert not form.member_states.list.isEnabled() and not form.partners.filter.isEnabled()
    assert not form.participants.add_person.isEnabled() and not form.files.add_file.isEnabled()
    assert not form.start_date.isEnabled() and not form.women.isEnabled()
    form.reject()
    window.detail.events.setCurrentIndex(window.detail.event_model.index(0, 0))
    window.events.delete_selected_event()  # the confirmation is not even reached: answered "no" by default
    window.events.deleted = None
    from cicte_desktop.services import figures

    with pytest.raises(errors.PeriodLockedError):
        writing.delete_event(window.database, window.detail.event_model.row(0).uuid)
    assert figures.activity_figures(window.database, figures.EventFilter.for_year(2016))


def test_delete_with_confirmation_and_undo(window, qtbot, answers) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.save()
    _select(window, *EXERCISES)
    activity = window.plan_view.currentIndex()
    window.detail.events.setFocus()
    window.detail.events.setCurrentIndex(window.detail.event_model.index(0, 0))
    answers.queue = [True]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.detail.events.setFocus()
    qtbot.keyClick(window.detail.events, Qt.Key.Key_Delete)
    assert window.plan_model.data(activity.siblingAtColumn(2)) == "0"
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.plan_model.data(activity.siblingAtColumn(2)) == "1"


def test_escape_asks_before_discarding(window, qtbot, answers, shown_messages) -> None:
    form = _open_new(window, qtbot)
    qtbot.keyClicks(form.title, "Half a title")
    answers.queue = [False]  # keep editing
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and shown_messages[-1][1] == "Discard changes?"
    answers.queue = [True]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_duplicate_starts_a_planned_copy(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.save()
    _select(window, *EXERCISES)
    window.detail.events.setCurrentIndex(window.detail.event_model.index(0, 0))
    window.events.duplicate_selected_event()
    copy = window.event_form
    assert copy.title.text() == "Maritime CME Kingston" and copy.status.currentData() == "planned"
    assert copy.start_date.value() is None and copy.windowTitle() == "New event"


CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QDate, QTimer
    from PySide6.QtTest import QTest
    from cicte_desktop.app import build_main_window, create_application
    app = create_application()
    window = build_main_window(sys.argv[1])
    window.show()
    model = window.plan_model
    index = model.index(0, 0, model.index(1, 0, model.index(0, 0, model.index(0, 0))))
    window.plan_view.setCurrentIndex(index)
    window.events.new_event()
    form = window.event_form
    QTest.keyClicks(form.title, "Workshop typed before the battery died")
    form.start_date.setDate(QDate(2016, 4, 4))
    def report():
        print("typed", flush=True)
    QTimer.singleShot(4000, report)  # after the form's own autosave has run
    app.exec()
""")


def test_the_draft_comes_back_after_kill_9(db_path: Path, qtbot, answers) -> None:
    build_main_window(db_path).database.close()  # create the database first
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db_path)], stdout=subprocess.PIPE, text=True, env=env,
                             cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "typed"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    answers.queue = [True]  # "Restore"
    window.events.offer_drafts()
    form = window.event_form
    assert form.title.text() == "Workshop typed before the battery died"
    assert form.start_date.value() == D(2016, 4, 4)
    assert form.activity.currentText().endswith("3 Exercises")
    form.reject()
    window.database.close()


def test_attachments_are_copied_checksummed_and_saved(window, qtbot, tmp_path: Path) -> None:
    from cicte_desktop.paths import data_dir
    from cicte_desktop.services.attachments import stored_path

    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(b"%PDF-1.4 agenda of the exercise")
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.files.attach(agenda)
    assert form.files.attachments.count() == 1 and form.files.attachments.item(0).text().startswith("agenda.pdf")
    form.save()
    conn = sqlite3.connect(window.database.path)
    sha256, size = conn.execute("SELECT sha256, size_bytes FROM attachment").fetchone()
    assert size == 31 and stored_path(data_dir(), sha256).read_bytes() == agenda.read_bytes()


def test_editing_the_status_moves_the_figures(window, qtbot, answers) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.save()
    _select(window, *EXERCISES)
    activity = window.plan_view.currentIndex()
    assert window.plan_model.data(activity.siblingAtColumn(2)) == "1"
    window.events.open_event(window.detail.event_model.row(0).uuid)
    form = window.event_form
    form.status.setCurrentIndex(form.status.findData("cancelled"))
    answers.queue = ["Exercise called off: hurricane warning"]
    form.save()
    assert window.plan_model.data(activity.siblingAtColumn(2)) == "0"


def test_reporting_periods_dialog_locks_with_a_reason(window, qtbot, answers) -> None:
    window.events.edit_period_locks()
    dialog = window.events.periods_dialog
    answers.queue = ["Reported to the member states in July"]
    qtbot.mouseClick(dialog.buttons[(2016, 1)], Qt.MouseButton.LeftButton)
    assert periods.locked_periods(window.database) == {(2016, 1)}
    assert dialog.buttons[(2016, 1)].text() == "Unlock…"
    answers.queue = [None]  # cancelled: stays locked
    qtbot.mouseClick(dialog.buttons[(2016, 1)], Qt.MouseButton.LeftButton)
    assert periods.locked_periods(window.database) == {(2016, 1)}


@pytest.mark.parametrize("name", ["/etc/hostname", "../../etc/hostname", "..\\..\\x", "C:\\x"])
def test_an_attachment_record_holding_a_path_opens_nothing(window, qtbot, shown_messages, monkeypatch, name: str) -> None:
    """A record edited outside the app to name a path: opening it opens no file, and says so."""
    from PySide6.QtGui import QDesktopServices

    from cicte_desktop.services.events.inputs import AttachmentInput

    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    form = _open_new(window, qtbot)
    form.files.set_attachments([AttachmentInput(None, "secret.txt", name, 10)])
    form.files.attachments.setCurrentRow(0)
    form.files.open_current()
    assert opened == []
    assert shown_messages == [("error", "Cannot open the file", "secret.txt is not in the app's folder on this computer "
                                                                "(it may not have arrived yet).")]


def test_after_an_attendance_import_the_form_offers_the_roster_counts(window, qtbot, tmp_path: Path) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)  # 10 women, 14 men typed
    form.participants.import_attendance(write_sheet(tmp_path / "list.xlsx", ENGLISH))
    assert not form.counts_offer.isVisibleTo(form)  # nothing imported yet
    qtbot.mouseClick(form.participants.attendance_dialog.import_button, Qt.MouseButton.LeftButton)
    assert form.roster_model.counts() == (1, 1, 2)
    assert (form.women.value(), form.men.value(), form.sex_not_recorded.value()) == (10, 14, 0)  # kept, but...
    assert form.counts_offer.isVisibleTo(form)  # ...the form offers the roster's, in the form, no prompt
    assert form.counts_offer_text.text() == ("The roster has women 1, men 1, not recorded 2; the counts above say "
                                             "women 10, men 14, not recorded 0.")
    qtbot.mouseClick(form.use_roster_counts, Qt.MouseButton.LeftButton)
    assert (form.women.value(), form.men.value(), form.sex_not_recorded.value(), form.total.value()) == (1, 1, 2, 4)
    assert not form.counts_offer.isVisibleTo(form)
    conn = sqlite3.connect(window.database.path)
    assert conn.execute("SELECT count(*) FROM event").fetchone() == (0,)  # only in the form until Save
    form.save()
    assert conn.execute("SELECT women, men, sex_not_recorded FROM event").fetchall() == [(1, 1, 2)]


def test_the_offer_is_declined_or_not_needed(window, qtbot, tmp_path: Path) -> None:
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    form.participants.import_attendance(write_sheet(tmp_path / "list.xlsx", SPANISH))
    qtbot.mouseClick(form.participants.attendance_dialog.import_button, Qt.MouseButton.LeftButton)
    assert form.counts_offer.isVisibleTo(form)
    qtbot.mouseClick(form.keep_typed_counts, Qt.MouseButton.LeftButton)
    assert not form.counts_offer.isVisibleTo(form)
    assert (form.women.value(), form.men.value()) == (10, 14)


def test_no_offer_when_the_counts_follow_the_roster(window, qtbot, tmp_path: Path) -> None:
    form = _open_new(window, qtbot)  # counts empty: the roster fills them
    form.participants.import_attendance(write_sheet(tmp_path / "list.xlsx", SPANISH))
    qtbot.mouseClick(form.participants.attendance_dialog.import_button, Qt.MouseButton.LeftButton)
    assert (form.women.value(), form.men.value(), form.total.value()) == (2, 1, 3)
    assert not form.counts_offer.isVisibleTo(form)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_fields_of_every_group_start_at_the_same_place(window, qtbot, language: str) -> None:
    """"What", "When and where", "Who", "Results" and "Files" line up: one column of labels."""
    from PySide6.QtCore import QCoreApplication, QPoint
    from PySide6.QtWidgets import QFormLayout, QGroupBox

    from cicte_desktop import i18n

    i18n.install(QCoreApplication.instance(), language)
    form = _open_new(window, qtbot)
    qtbot.waitExposed(form)
    starts = {}
    for box in form.findChildren(QGroupBox):
        layout = box.layout()
        if not isinstance(layout, QFormLayout):
            continue
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and label.widget().text():
                starts[(box.title(), label.widget().text())] = field.widget().mapTo(form, QPoint(0, 0)).x()
    assert len({title for title, _label in starts}) == 5
    assert len(set(starts.values())) == 1, starts
