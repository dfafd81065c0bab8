"""Plan > Edit Work Plan…: a change asks for its reason, shows in the tree and in the History tab."""

from __future__ import annotations

import pytest

from cicte_desktop.services import plan_edit, workplan


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
    assert editor.history.topLevelItemCount() == 0 and plan_edit.history(db, 2017) == []


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

    from cicte_desktop.services.event_log import EventInput, log_event

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
    dialog = window.plan_editor_dialog
    assert dialog.windowTitle() == "Edit the 2017 Work Plan"
    area = workplan.get_work_plan(window.database, 2017).work_areas[0]
    _select(dialog, area.uuid)
    answers.queue[:] = ["Border and Port Controls", "Title agreed for 2017"]
    dialog.buttons["rename"].click()
    dialog.close()
    qtbot.waitUntil(lambda: window.plan_model.index(0, 0).data() is not None
                    and "Border and Port Controls" in window.plan_model.index(0, 0).data())
    assert window.year.currentData() == 2017
