"""Field packages in the window: exporting, the import preview with conflicts side by side, the
conflict history, and the device's name asked on first run."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from cicte_desktop.app import build_main_window
from cicte_desktop.services import devices
from cicte_desktop.sync.conflicts import OURS, conflict_history
from cicte_desktop.sync.outgoing import destinations
from cicte_desktop.sync.package_reader import is_encrypted, read_package
from cicte_desktop.services.events import reading, writing
from cicte_desktop.views.roles import role_of
from tests.helpers import finish
from tests.sync_helpers import close_all, event_input, export, first_activity, make_device, send

SHOTS = Path(os.environ.get("CICTE_SHOTS", "")) if os.environ.get("CICTE_SHOTS") else None


def _shot(widget, name: str) -> None:  # noqa: ANN001
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def conflicting(tmp_path: Path):
    """Headquarters and a laptop that both changed the same workshop; the laptop's package."""
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    activity = first_activity(laptop.db)
    event_id = writing.log_event(laptop.db, event_input(activity, "Port security workshop", people=("Ana Pérez",)))
    send(laptop, hq, tmp_path)
    base = reading.get_event_input(hq.db, event_id)
    writing.update_event(hq.db, event_id, dataclasses.replace(base, title="Port security workshop (HQ edit)",
                                                                city="Kingston", venue="Ministry of National Security"))
    writing.update_event(laptop.db, event_id, dataclasses.replace(base, title="Port security workshop, Kingston",
                                                                    city="Montego Bay", notes="Moved by the host"))
    writing.log_event(laptop.db, event_input(activity, "Follow-up visit", people=("John Brown", "Li Wei")))
    path = export(laptop, hq, tmp_path)
    hq_path = hq.path
    close_all(laptop, hq)
    return hq_path, path, event_id


@pytest.fixture
def hq_window(conflicting, qtbot):
    hq_path, path, event_id = conflicting
    window = build_main_window(hq_path)
    qtbot.addWidget(window)
    window.show()
    yield window, path, event_id
    window.database.close()


def test_the_preview_shows_conflicts_side_by_side_and_the_choice_is_applied(hq_window, qtbot, shown_messages) -> None:
    window, path, event_id = hq_window
    finish(qtbot, window.packages.import_field_package(path))
    dialog = window.packages.package_import_dialog
    assert dialog.counts.text() == "New: 8 · Updated: 0 · Deleted: 0 · Unchanged: 0 · Conflicts: 1"
    assert dialog.tabs.tabText(0) == "Conflicts (1)"
    assert dialog.conflict_list.rowCount() == 1
    assert "Port security workshop" in dialog.conflict_list.item(0, 0).text()
    side = dialog.conflict_view.fields
    header = [side.horizontalHeaderItem(c).text() for c in range(3)]
    assert header[1].startswith("This computer\nHeadquarters") and header[2].startswith("The package\nLaptop A")
    rows = {side.item(r, 0).text(): (side.item(r, 1).text(), side.item(r, 2).text()) for r in range(side.rowCount())}
    assert rows["Title"] == ("Port security workshop (HQ edit)", "Port security workshop, Kingston")
    assert rows["City"] == ("Kingston", "Montego Bay") and rows["Notes"] == ("—", "Moved by the host")
    assert dialog.conflict_view.theirs.isChecked()  # the laptop's edit is newer: the rule takes it
    dialog.resize(1280, 700)
    _shot(dialog, "import-preview-conflicts")
    dialog.tabs.setCurrentIndex(1)
    summary = {dialog.summary.item(r, 0).text(): dialog.summary.item(r, 1).text()
               for r in range(dialog.summary.rowCount())}
    assert summary["Events"] == "1" and summary["Participants"] == "2"
    _shot(dialog, "import-preview-changes")
    dialog.tabs.setCurrentIndex(0)

    dialog.choose(0, OURS)
    assert dialog.conflict_list.item(0, 2).text() == "This computer's (your choice)"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, *_ in shown_messages))
    assert "1 conflict resolved" in shown_messages[-1][2]
    assert reading.get_event_input(window.database, event_id).title == "Port security workshop (HQ edit)"

    window.packages.show_conflict_history()
    history = window.packages.conflict_history_dialog
    assert history.table.rowCount() == 1
    assert history.table.item(0, 1).text() == "Laptop A"
    assert "chosen by" in history.table.item(0, 4).text()
    _shot(history, "conflict-history")
    history.close()


def test_cancelling_the_preview_writes_nothing(hq_window, qtbot, shown_messages) -> None:
    window, path, event_id = hq_window
    before = reading.get_event_input(window.database, event_id)
    finish(qtbot, window.packages.import_field_package(path))
    window.packages.package_import_dialog.reject()
    assert reading.get_event_input(window.database, event_id) == before
    assert conflict_history(window.database) == []


def test_a_bad_package_is_refused_in_words(hq_window, tmp_path: Path, qtbot, shown_messages) -> None:
    window, path, _event_id = hq_window
    damaged = tmp_path / "damaged.cictepkg"
    damaged.write_bytes(path.read_bytes()[:-200])
    finish(qtbot, window.packages.import_field_package(damaged))
    assert shown_messages[-1][:2] == ("error", "Cannot import this package")
    assert "damaged" in shown_messages[-1][2]


def test_a_protected_package_asks_for_its_passphrase_until_right(tmp_path: Path, qtbot, shown_messages, answers) -> None:
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Secret workshop"))
    path = export(laptop, hq, tmp_path, passphrase="long enough phrase")
    hq_path = hq.path
    close_all(laptop, hq)
    window = build_main_window(hq_path)
    qtbot.addWidget(window)
    answers.queue = ["a wrong guess", "long enough phrase"]
    finish(qtbot, window.packages.import_field_package(path))  # asks, and starts again with the answer
    qtbot.waitUntil(lambda: window.packages.package_import_dialog is not None, timeout=20_000)
    asked = [m for m in shown_messages if m[0] == "passphrase"]
    assert len(asked) == 2 and "Wrong passphrase" in asked[1][2]
    dialog = window.packages.package_import_dialog
    assert "protected with a passphrase" in dialog.findChild(type(dialog.counts), "source").text()
    dialog.reject()
    window.database.close()


def test_export_dialog_writes_a_protected_package_for_the_chosen_destination(tmp_path: Path, qtbot,
                                                                            shown_messages) -> None:
    laptop = make_device(tmp_path, "Laptop A")
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Field mission", people=("Rosa Díaz",)))
    laptop_path = laptop.path
    close_all(laptop)
    window = build_main_window(laptop_path)
    qtbot.addWidget(window)
    window.show()
    window.packages.export_field_package()
    dialog = window.packages.package_export_dialog
    assert "personal data" in dialog.findChild(type(dialog.problem), "privacyNote").text()
    assert dialog.protect.isChecked() and not dialog.export_button.isEnabled()  # no passphrase yet
    assert "The passphrase needs at least 8 characters." == dialog.problem.text()
    assert role_of(dialog.problem) == "hint"  # said quietly: nothing typed, nothing wrong yet
    qtbot.keyClicks(dialog.passphrase, "horse")
    assert dialog.problem.text() == "The passphrase needs at least 8 characters."
    assert role_of(dialog.problem) == "error"  # typed, and too short
    dialog.passphrase.clear()
    assert role_of(dialog.problem) == "error"  # (typed, then taken back)
    dialog.passphrase.setText("correct horse battery")
    dialog.repeat.setText("correct horse")
    assert dialog.problem.text() == "The two passphrases differ."
    dialog.repeat.setText("correct horse battery")
    target = tmp_path / "out" / "for-hq.cictepkg"
    dialog.path.setText(str(target))
    assert dialog.destination.currentText() == "Headquarters" and dialog.export_button.isEnabled()
    assert "No package made for it yet" in dialog.last.text()
    _shot(dialog, "export-dialog")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, *_ in shown_messages))
    assert "1 event," in shown_messages[-1][2] and "protected with a passphrase" in shown_messages[-1][2]
    assert is_encrypted(target)
    with read_package(target, "correct horse battery") as package:
        assert package.manifest["destination"]["name"] == "Headquarters"
    assert [d.name for d in destinations(window.database)] == ["Headquarters"]
    window.database.close()


def test_the_device_name_is_asked_on_first_run_and_can_be_changed(db_path: Path, qtbot, shown_messages,
                                                                   answers) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    answers.queue = [None]  # closed without answering: asked again next time
    window.packages.offer_device_name()
    assert shown_messages[-1][:2] == ("device_name", "first run")
    assert not devices.name_confirmed(window.database)
    answers.queue = ["Laptop of María (Trinidad mission)"]
    window.packages.offer_device_name()
    assert devices.device_name(window.database) == "Laptop of María (Trinidad mission)"
    asked = len(shown_messages)
    window.packages.offer_device_name()
    assert len(shown_messages) == asked  # not asked again
    answers.queue = ["Laptop of María"]
    window.device_name_action.trigger()
    assert shown_messages[-1] == ("device_name", "change", "Laptop of María (Trinidad mission)")
    assert devices.device_name(window.database) == "Laptop of María"
    window.database.close()


def test_the_device_name_dialog_refuses_an_empty_name(qtbot) -> None:
    from cicte_desktop.views.device_name import DeviceNameDialog

    dialog = DeviceNameDialog("vm-1234", first_run=True)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    assert not dialog.save_button.isEnabled() and "Give this computer a name" in dialog.problem.text()
    dialog.name.setText("Headquarters")
    assert dialog.save_button.isEnabled() and dialog.value() == "Headquarters"
    assert dialog.result() == QDialog.DialogCode.Rejected
