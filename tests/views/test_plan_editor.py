"""Plan > Edit Work Plan…: a change asks for its reason, shows in the tree and in the History tab."""

from __future__ import annotations

import datetime as dt

import pytest

from cicte_desktop.services import plan_edit, plan_reading, workplan


@pytest.fixture
def editor(db, qtbot):  # type: ignore[no-untyped-def]
    from cicte_desktop.services.plan_years import new_plan
    from cicte_desktop.views.plan_editor import PlanEditorDialog

    new_plan(db, 2017, 2016)
    dialog = PlanEditorDialog(db, 2017)
    qtbot.addWidget(dialog)
    return dialog


def _select(dialog, uuid: str):  # type: ignore[no-untyped-def]
    found = [item for item in _items(dialog.tree) if item.data(0, 0x0100) == uuid]
    dialog.tree.setCurrentItem(found[0])
    return found[0]


def _items(tree):  # type: ignore[no-untyped-def]
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in range(item.childCount()))


def test_rename_with_a_reason_shows_in_the_tree_and_the_history(editor, db, answers, shown_messages) -> None:
    activity = workplan.get_work_plan(db, 2017).activities()[0]
    _select(editor, activity.uuid)
    answers.queue[:] = ["National workshop on cyber incident response", "", "Wording agreed with the donor"]
    editor.buttons["rename"].click()
    # The empty reason is refused in words and asked again; the second is kept.
    assert ("error", "A reason is required", shown_messages[-2][2]) == shown_messages[-2]
    item = editor.tree.currentItem()
    assert item.data(0, 0x0100) == activity.uuid
    assert item.text(0) == "National workshop on cyber incident response"
    assert editor.history.topLevelItemCount() == 1
    row = editor.history.topLevelItem(0)
    assert row.text(1) == "National workshop on cyber incident response" and row.text(2) == "title"
    assert row.text(3) == f"{activity.text} → National workshop on cyber incident response"
    assert row.text(4) == "Wording agreed with the donor" and row.text(5) == ""
    assert workplan.get_work_plan(db, 2017).activities()[0].text == "National workshop on cyber incident response"


def test_cancelling_the_reason_changes_nothing(editor, db, answers) -> None:
    activity = workplan.get_work_plan(db, 2017).activities()[0]
    _select(editor, activity.uuid)
    answers.queue[:] = ["Another title", None]
    editor.buttons["rename"].click()
    assert workplan.get_work_plan(db, 2017).activities()[0].text == activity.text
    assert editor.history.topLevelItemCount() == 0 and plan_reading.history(db, 2017) == []


def test_after_approval_a_change_is_marked_as_an_amendment(editor, db, answers) -> None:
    answers.queue[:] = ["Approved by the Committee"]
    editor.buttons["approve"].click()
    assert not editor.buttons["approve"].isEnabled() and "approved on" in editor.status.text()
    activity = workplan.get_work_plan(db, 2017).activities()[0]
    _select(editor, activity.uuid)
    answers.queue[:] = ["Committee decision of 12 May"]
    editor.buttons["down"].click()
    assert editor.history.topLevelItem(0).text(5) == "amendment"
    assert editor.tree.currentItem().data(0, 0x0100) == activity.uuid


def test_retiring_an_activity_with_events_keeps_it_greyed_as_retired(editor, db, answers) -> None:
    import datetime as dt

    from cicte_desktop.services.events.inputs import EventInput
    from cicte_desktop.services.events.writing import log_event

    activity = workplan.get_work_plan(db, 2017).activities()[0]
    log_event(db, EventInput(activity_uuid=activity.uuid, event_type="workshop", title="Port security exercise",
                             start_date=dt.date(2017, 1, 20), end_date=dt.date(2017, 1, 21), member_states=("PAN",),
                             women=5, men=9, participants_total=14))
    editor.reload()
    _select(editor, activity.uuid)
    answers.queue[:] = ["Not funded in 2017"]
    editor.buttons["retire"].click()
    item = editor.tree.currentItem()
    assert item.data(0, 0x0100) == activity.uuid and item.text(0) == f"{activity.text} (retired)"
    assert editor.history.topLevelItem(0).text(3) == "no → yes"
    assert activity.uuid in [a.uuid for a in workplan.get_work_plan(db, 2017).activities()]  # its event keeps it


def test_edit_work_plan_from_the_plan_menu_and_the_window_shows_the_change(db_path, qtbot, answers) -> None:
    from cicte_desktop.app import build_main_window
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.plan_years import new_plan

    db = open_database(db_path)
    new_plan(db, 2017, 2016)
    db.close()
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.year.setCurrentIndex(window.year.findData(2017))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
    assert window.edit_plan_action in menu.actions()
    window.edit_plan_action.trigger()
    dialog = window.workbooks.plan_editor_dialog
    assert dialog.windowTitle() == "Edit the 2017 Work Plan"
    area = workplan.get_work_plan(window.database, 2017).work_areas[0]
    _select(dialog, area.uuid)
    answers.queue[:] = ["Border and Port Controls", "Title agreed for 2017"]
    dialog.buttons["rename"].click()
    dialog.close()
    qtbot.waitUntil(lambda: window.plan_model.index(0, 0).data() is not None
                    and "Border and Port Controls" in window.plan_model.index(0, 0).data())
    assert window.year.currentData() == 2017


def _in_dialog(qtbot, get, act) -> list:  # type: ignore[no-untyped-def]
    """Run ``act(dialog)`` once the modal dialog ``get()`` is open (its own event loop runs)."""
    from PySide6.QtCore import QTimer

    done: list = []

    def attempt() -> None:
        dialog = get()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, attempt)
            return
        done.append(act(dialog))

    QTimer.singleShot(0, attempt)
    return done


def test_half_year_targets_in_the_target_dialog_refused_in_words_until_they_add_up(editor, db, answers,
                                                                                   shown_messages, qtbot) -> None:
    activity = next(a for a in workplan.get_work_plan(db, 2017).activities() if a.target == 6)
    _select(editor, activity.uuid)

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert dialog.first_half.text() == dialog.second_half.text() == "not set"
        assert "evenly over the year" in dialog.halves_note.text()
        dialog.first_half.setValue(2)
        dialog.second_half.setValue(3)
        assert "add up to 5, not to the target of 6" in dialog.halves_note.text()
        dialog.accept()  # refused in words; the dialog stays open with what was typed
        refused = (shown_messages[-1][:2], dialog.isVisible(), dialog.second_half.value())
        dialog.second_half.setValue(4)
        assert dialog.halves_note.text() == "2 due by 30 June, all 6 by 31 December."
        dialog.accept()
        return refused

    done = _in_dialog(qtbot, lambda: getattr(editor, "target_dialog", None), fill)
    answers.queue[:] = ["Two before the hurricane season"]
    editor.buttons["target"].click()
    assert done == [(("error", "The target was not changed"), True, 3)]
    item = editor.tree.currentItem()
    assert item.data(0, 0x0100) == activity.uuid and item.text(1) == f"6 {activity.unit} (H1 2 · H2 4)"
    rows = [(editor.history.topLevelItem(i).text(2), editor.history.topLevelItem(i).text(3),
             editor.history.topLevelItem(i).text(4)) for i in range(editor.history.topLevelItemCount())]
    assert sorted(rows) == [("target July–December", "— → 4", "Two before the hurricane season"),
                            ("target by 30 June", "— → 2", "Two before the hurricane season")]
    stored = next(a for a in workplan.get_work_plan(db, 2017).activities() if a.uuid == activity.uuid)
    assert (stored.first_half, stored.second_half) == (2, 4)


def test_move_to_another_project_picks_among_the_plans_projects_with_a_reason(editor, db, answers, qtbot) -> None:
    plan = workplan.get_work_plan(db, 2017)
    program = plan.work_areas[0].programs[0]
    activity, destination = program.projects[0].activities[0], plan.work_areas[2].programs[0].projects[0]
    retired_project = plan.work_areas[1].programs[0].projects[0]
    from cicte_desktop.services.events.inputs import EventInput
    from cicte_desktop.services.events.writing import log_event

    log_event(db, EventInput(activity_uuid=retired_project.activities[0].uuid, event_type="workshop",
                             title="Legal drafting workshop", start_date=dt.date(2017, 2, 1),
                             end_date=dt.date(2017, 2, 1), member_states=("PAN",)))
    plan_edit.retire(db, retired_project.uuid, "Finished")
    editor.reload()
    _select(editor, plan.work_areas[0].uuid)
    assert not editor.buttons["move_to"].isEnabled()  # a work area has one plan to be under
    _select(editor, activity.uuid)
    assert editor.buttons["move_to"].isEnabled()

    def pick(dialog):  # type: ignore[no-untyped-def]
        listed = [dialog.list.item(i).data(0x0100) for i in range(dialog.list.count())]
        offered = (len(listed), program.projects[0].uuid in listed, retired_project.uuid in listed)
        qtbot.keyClicks(dialog.filter, "3.A.1")
        shown = [dialog.list.item(i).text() for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]
        dialog.choose(destination.uuid)
        dialog.accept()
        return offered, shown

    done = _in_dialog(qtbot, lambda: getattr(editor, "move_dialog", None), pick)
    answers.queue[:] = ["Belongs with critical infrastructure"]
    editor.buttons["move_to"].click()
    projects = sum(len(p.projects) for a in plan.work_areas for p in a.programs)
    assert done[0][0] == (projects - 2, False, False)  # not its own project, not the retired one
    shown = done[0][1]  # narrowed by what was typed
    assert shown[0] == f"3.A.1 {destination.title}" and all(label.startswith("3.A.1") for label in shown)
    assert 1 < len(shown) < projects - 2
    item = editor.tree.currentItem()
    assert item.data(0, 0x0100) == activity.uuid and item.parent().data(0, 0x0100) == destination.uuid
    assert editor.history.topLevelItem(0).text(4) == "Belongs with critical infrastructure"
    assert {editor.history.topLevelItem(i).text(2) for i in range(2)} == {"project", "order"}
    moved = workplan.get_work_plan(db, 2017).work_areas[2].programs[0].projects[0].activities
    assert moved[-1].uuid == activity.uuid


def test_move_to_cancelled_or_without_a_reason_changes_nothing(editor, db, answers, qtbot) -> None:
    activity = workplan.get_work_plan(db, 2017).activities()[0]
    _select(editor, activity.uuid)
    _in_dialog(qtbot, lambda: getattr(editor, "move_dialog", None), lambda d: d.reject())
    editor.buttons["move_to"].click()
    editor.move_dialog = None

    def pick_first(dialog):  # type: ignore[no-untyped-def]
        dialog.list.setCurrentRow(0)
        dialog.accept()

    _in_dialog(qtbot, lambda: getattr(editor, "move_dialog", None), pick_first)
    answers.queue[:] = [None]  # the reason cancelled
    editor.buttons["move_to"].click()
    assert plan_reading.history(db, 2017) == []
    assert workplan.get_work_plan(db, 2017).activities()[0].uuid == activity.uuid
