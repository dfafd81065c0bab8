"""The planned-activity picker of the event form and Ctrl+N on the tree, driven by keyboard as a
trainer would: activities that read alike ("1 Activity") are told apart by their project, typing
words of an activity finds it, and Ctrl+N on a program asks which of its activities."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cicte_desktop.app import build_main_window
from cicte_desktop.services import workplan
from cicte_desktop.views.event_form import EventForm
from tests.views.test_event_form import EXERCISES, _fill, _open_new, _select

CYBER = (2, 0)  # 3.A Cyber-Security
MOOC = "Development of Massive Online Open Course (MOOC)"
BEST_PRACTICES = "Cyber Security Best Practices Workshops"


@pytest.fixture
def window(db_path: Path, qtbot):
    main = build_main_window(db_path)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.database.close()


def _plan(window) -> workplan.WorkPlanNode:
    return workplan.get_work_plan(window.database)


def _uuid_of(window, project_title: str) -> str:
    (choice,) = [c for c in workplan.activity_choices(_plan(window)) if c.project == project_title]
    return choice.uuid


def _new_with(window, qtbot, *rows: int) -> EventForm:
    _select(window, *rows)
    qtbot.keyClick(window.plan_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.event_form
    assert isinstance(form, EventForm) and form.isVisible()
    return form


def test_activities_with_the_same_target_are_told_apart(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    picker = form.activity
    labels = {picker.model.data(picker.model.index(row)): picker.model.index(row).data(Qt.ItemDataRole.UserRole + 1)
              for row in range(picker.model.rowCount())}
    assert len(labels) == picker.model.rowCount()  # no two rows read the same
    mooc = [label for label in labels if MOOC in label]
    best = [label for label in labels if BEST_PRACTICES in label]
    assert mooc == ["3.A.11 — Development of Massive Online Open Course (MOOC) — 1 Activity"]
    assert best == ["3.A.2 — Cyber Security Best Practices Workshops — 1 Activity"]
    row = list(labels.values()).index(_uuid_of(window, MOOC))
    tooltip = picker.model.index(row).data(Qt.ItemDataRole.ToolTipRole)  # the whole path, when the row is elided
    assert tooltip.startswith("3. ") and "› A. " in tooltip and tooltip.endswith(f"11. {MOOC} › 1 Activity")
    upon = [label for label in labels if label.startswith("3.A.15 ")]
    assert upon and "prevention and combat" in upon[0] and upon[0].endswith("Upon request")


def test_typing_words_of_an_activity_finds_it_and_it_is_what_is_saved(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    picker = form.activity
    assert picker.currentText().endswith("3 Exercises")
    picker.edit.setFocus()
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "online course")  # words of the project, not its code
    assert picker.listed() == [_uuid_of(window, MOOC)]
    assert picker.list.isVisible()
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert not picker.list.isVisible()
    assert picker.current_uuid() == _uuid_of(window, MOOC)
    assert picker.edit.text() == "3.A.11 — Development of Massive Online Open Course (MOOC) — 1 Activity"
    _fill(form, qtbot)
    assert form.save_button.isEnabled(), form.summary.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    conn = sqlite3.connect(window.database.path)
    assert conn.execute("SELECT activity_uuid FROM event").fetchall() == [(_uuid_of(window, MOOC),)]


def test_search_ignores_case_accents_and_word_order_and_escape_keeps_the_choice(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    picker = form.activity
    chosen = picker.current_uuid()
    picker.edit.setFocus()
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "WORKSHOPS best cyber")
    assert picker.listed() == [_uuid_of(window, BEST_PRACTICES)]
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "3.a.1")  # a code: 3.A.1 and 3.A.10 to 3.A.18
    assert len(picker.listed()) == 10
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "no such thing")
    assert picker.listed() == [] and picker.no_match.isVisibleTo(form)
    assert "no such thing" in picker.no_match.text()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)  # leaves the search, not the form
    assert form.isVisible()
    assert picker.current_uuid() == chosen and picker.edit.text().endswith("3 Exercises")


def test_down_opens_the_whole_list_and_the_keyboard_chooses(window, qtbot) -> None:
    form = _open_new(window, qtbot)
    picker = form.activity
    picker.edit.setFocus()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    assert picker.list.isVisible() and len(picker.listed()) == len(_plan(window).activities())
    assert picker.list.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == picker.current_uuid()  # on the choice
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    activities = [a.uuid for a in _plan(window).activities()]
    assert picker.current_uuid() == activities[3]  # the one after 1.A.2's "3 Exercises"


def test_ctrl_n_on_a_program_asks_which_of_its_activities(window, qtbot) -> None:
    form = _new_with(window, qtbot, *CYBER)
    picker = form.activity
    plan = _plan(window)
    program = plan.work_areas[2].programs[0]
    expected = [a.uuid for project in program.projects for a in project.activities]
    assert picker.current_uuid() == ""  # not silently the first
    assert form.event_input().activity_uuid == ""
    assert picker.listed() == expected
    assert "3.A Cyber-Security" in picker.scope.text() and picker.show_all.isVisibleTo(form)
    assert "Choose the planned activity" in form.summary.text() and not form.save_button.isEnabled()
    qtbot.waitUntil(lambda: picker.edit.hasFocus())  # the first thing asked
    qtbot.keyClicks(picker.edit, "mooc")
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert picker.current_uuid() == _uuid_of(window, MOOC)
    assert "Choose the planned activity" not in form.summary.text()
    qtbot.mouseClick(picker.show_all, Qt.MouseButton.LeftButton)
    assert len(picker.listed()) == len(plan.activities()) and not picker.scope.isVisibleTo(form)
    assert picker.current_uuid() == _uuid_of(window, MOOC)


def test_ctrl_n_on_a_work_area_asks_which_of_its_activities(window, qtbot) -> None:
    form = _new_with(window, qtbot, 2)  # work area 3, Protection of Critical Infrastructure
    area = _plan(window).work_areas[2]
    picker = form.activity
    assert picker.current_uuid() == "" and form.event_input().activity_uuid == ""
    assert picker.listed() == [a.uuid for program in area.programs for project in program.projects
                               for a in project.activities]
    assert area.title in picker.scope.text() and picker.show_all.isVisibleTo(form)
    assert "Choose the planned activity" in form.summary.text() and not form.save_button.isEnabled()


def test_ctrl_n_on_a_project_or_an_activity(window, qtbot) -> None:
    form = _new_with(window, qtbot, *EXERCISES[:3])  # project 1.A.2
    project = _plan(window).work_areas[0].programs[0].projects[1]
    assert form.activity.current_uuid() == ""
    assert form.activity.listed() == [a.uuid for a in project.activities]
    form.reject()
    window.activateWindow()
    form = _new_with(window, qtbot, *EXERCISES)
    assert form.activity.current_uuid() == project.activities[0].uuid and not form.activity.scope.isVisibleTo(form)


def test_unnumbered_projects_read_the_same_in_the_tree_picker_workbook_and_pdf(db, qtbot, tmp_path: Path) -> None:
    """4.B has two projects the plan leaves unnumbered: each is '4.B.(1)' / '4.B.(2)' with its
    title everywhere, never '4.B.·' (which said neither which project nor that it has no number)."""
    import datetime as dt

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from cicte_desktop.exports.pdf import ReportOptions, export_report
    from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
    from cicte_desktop.qtmodels.workplan_tree import WorkPlanTreeModel
    from cicte_desktop.views.activity_picker import ActivityPicker

    plan = workplan.get_work_plan(db)
    program = plan.work_areas[3].programs[1]  # 4.B
    first, second = program.projects
    assert first.number is None and second.number is None

    picker = ActivityPicker(plan)
    qtbot.addWidget(picker)
    labels = [picker.model.data(picker.model.index(row)) for row in range(picker.model.rowCount())]
    assert not [label for label in labels if "·" in label]
    assert f"4.B.(1) — {first.title} — 2 Workshops/Meetings" in labels
    assert f"4.B.(2) — {second.title} — Planning Mission" in labels
    picker.edit.setText("4.B.(2)")
    picker.edit.textEdited.emit("4.B.(2)")
    assert picker.listed() == [a.uuid for a in second.activities]

    tree = WorkPlanTreeModel()
    tree.set_plan(plan)
    program_index = tree.index(1, 0, tree.index(3, 0))
    assert [tree.index(row, 0, program_index).data() for row in range(2)] == [f"(1) {first.title}",
                                                                               f"(2) {second.title}"]

    out = tmp_path / "plan.xlsx"
    export_workbook(db, ExportOptions(dt.date(2016, 1, 1), dt.date(2016, 12, 31)), out)
    book = load_workbook(out)
    rows = [r[:3] for r in book.worksheets[1].iter_rows(values_only=True)]
    book.close()
    assert ("4.B.(2)", "Project", second.title) in rows
    assert ("4.B.(2).1", "Planned activity", "Planning Mission") in rows
    assert not [r for r in rows if r[1] and r[0].endswith("·")]

    pdf = tmp_path / "year.pdf"
    export_report(db, ReportOptions("semiannual", dt.date(2016, 1, 1), dt.date(2016, 12, 31),
                                    issued=dt.date(2017, 1, 15)), pdf)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert f"Project (2). {second.title}"[:60] in text and "4.B.(2).1 Planning Mission" in text


def test_words_of_the_plan_in_the_window_language_find_activities(db) -> None:
    """In Spanish the programs carry their Spanish titles: 'seguridad maritima' (no accent typed)
    finds the activities of 1.A Seguridad Marítima, and only those."""
    plan = workplan.get_work_plan(db, language="es")
    program = plan.work_areas[0].programs[0]
    assert program.title == "Seguridad Marítima"
    found = [c.uuid for c in workplan.activity_choices(plan) if workplan.choice_matches(c, "seguridad MARITIMA")]
    assert found == [a.uuid for project in program.projects for a in project.activities]


def test_tab_takes_the_highlighted_activity_and_leaving_a_search_shows_the_choice(window, qtbot) -> None:
    form = _new_with(window, qtbot, *CYBER)
    picker = form.activity
    qtbot.waitUntil(lambda: picker.edit.hasFocus())
    qtbot.keyClicks(picker.edit, "mooc")
    assert picker.list.isVisible()
    qtbot.keyClick(picker.list, Qt.Key.Key_Tab)
    assert picker.current_uuid() == _uuid_of(window, MOOC) and not picker.edit.hasFocus()
    picker.edit.setFocus()
    qtbot.waitUntil(lambda: picker.edit.hasFocus())
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "half typed")
    form.title.setFocus()  # clicked elsewhere
    qtbot.waitUntil(lambda: form.title.hasFocus())
    assert picker.edit.text() == picker.currentText() and picker.current_uuid() == _uuid_of(window, MOOC)


def test_a_retired_activity_is_not_offered_for_a_new_event_but_an_event_under_it_keeps_it(window, qtbot, answers,
                                                                                         shown_messages) -> None:
    import datetime as dt

    from cicte_desktop.services import plan_edit
    from cicte_desktop.services.events import inputs, reading, writing

    db = window.database
    plan = _plan(window)
    retired, in_retired_project = plan.activities()[0], plan.work_areas[2].programs[0].projects[1].activities[0]
    old_event = writing.log_event(db, inputs.EventInput(
        activity_uuid=retired.uuid, event_type="exercise", title="Maritime CME Kingston", start_date=dt.date(2016, 3, 14),
        end_date=dt.date(2016, 3, 15), member_states=("JAM",)))
    writing.log_event(db, inputs.EventInput(
        activity_uuid=in_retired_project.uuid, event_type="workshop", title="Cyber workshop", start_date=dt.date(2016, 4, 4),
        end_date=dt.date(2016, 4, 4), member_states=("PAN",)))
    assert plan_edit.retire(db, retired.uuid, "Not funded")
    assert plan_edit.retire(db, plan.work_areas[2].programs[0].projects[1].uuid, "Project finished")
    window.reload()  # as when the plan editor closes
    # The service the picker reads: no retired activity (nor one under a retired project) for a new event.
    choices = [c.uuid for c in workplan.activity_choices(_plan(window))]
    assert retired.uuid not in choices and in_retired_project.uuid not in choices
    assert len(choices) == len(plan.activities()) - 1 - len(plan.work_areas[2].programs[0].projects[1].activities)
    kept = [c for c in workplan.activity_choices(_plan(window), keep=retired.uuid) if c.retired]
    assert [c.uuid for c in kept] == [retired.uuid]
    # A new event, even from the retired activity's row in the tree: it is not listed, none chosen.
    window.events.form(activity_uuid=retired.uuid)
    form = window.event_form
    assert retired.uuid not in form.activity.listed() and in_retired_project.uuid not in form.activity.listed()
    assert form.activity.current_uuid() == ""
    qtbot.keyClicks(form.activity.edit, "3 Exercises")
    assert retired.uuid not in form.activity.listed()
    form.close()
    # The event already under it shows it, marked retired, and saves under it.
    window.events.open_event(old_event)
    form = window.event_form
    assert form.activity.current_uuid() == retired.uuid
    assert form.activity.currentText().endswith("(retired)") and form.activity.edit.text().endswith("(retired)")
    listed = form.activity.listed()
    assert retired.uuid in listed and in_retired_project.uuid not in listed
    row = listed.index(retired.uuid)
    assert form.activity.model.index(row).data(Qt.ItemDataRole.UserRole + 2).endswith("(retired)")
    form.title.setText("Maritime CME Kingston (report added)")
    answers.queue[:] = ["Title corrected"]  # a completed event: the change asks why
    assert form.save_button.isEnabled(), form.summary.text()
    assert form.save(), shown_messages
    assert reading.get_event_input(db, old_event).activity_uuid == retired.uuid
