"""Backups and recovery in the window."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cicte_desktop.app import build_main_window
from cicte_desktop.db.database import open_database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.paths import backup_dir
from cicte_desktop.services import backup
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.views.recovery import recover
from tests.helpers import finish


@pytest.fixture(autouse=True)
def empty_backup_folder():
    for path in backup_dir().iterdir():
        path.unlink(missing_ok=True)


def _filled(path: Path, events: int) -> Path:
    db = open_database(path)
    add_demo_events(db, events, seed=3)
    db.close()
    return path


def _damaged_with_a_backup(tmp_path: Path) -> tuple[Path, bytes, DatabaseOpenError]:
    """A database of 40 events backed up, then damaged: its path, its damaged bytes, the error opening it."""
    path = _filled(tmp_path / "field.sqlite", 40)
    backup.automatic_backup(path, backup_dir(), "daily")
    damaged = os.urandom(4096) + path.read_bytes()[4096:]
    path.write_bytes(damaged)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    return path, damaged, caught.value


def test_back_up_to_a_stick_and_restore_with_a_preview(tmp_path: Path, qtbot, answers, shown_messages) -> None:
    path = _filled(tmp_path / "field.sqlite", 120)
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.show()
    stick = tmp_path / "stick" / "backup.sqlite"
    backed_up = finish(qtbot, window.safety.back_up_to(stick))
    assert backed_up.error is None and not backed_up.was_cancelled
    assert shown_messages[-1][0] == "info" and "120 events" in shown_messages[-1][2]
    add_demo_events(window.database, 30, seed=4)
    window.reload()
    answers.queue = [False]  # look, then cancel
    looked = finish(qtbot, window.safety.restore_from(stick))
    assert looked.error is None and window.safety.task is looked  # no restore began
    question = shown_messages[-1][2]
    assert "It holds 120 events and 0 participants" in question and "kept as a backup first" in question
    answers.queue = [True]
    finish(qtbot, window.safety.restore_from(stick))
    restored = finish(qtbot, window.safety.task)
    assert restored.error is None and not restored.was_cancelled and restored.result is not None
    finish(qtbot, window.databases.task)  # opened again
    assert window.database.path == path.absolute() and "Restored." in window.statusBar().currentMessage()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM event").fetchone() == (120,)
    conn.close()
    kept = [p for p in backup_dir().iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and sqlite3.connect(kept[0]).execute("SELECT count(*) FROM event").fetchone() == (150,)
    window.database.close()


def test_closing_after_changes_backs_up(tmp_path: Path, qtbot) -> None:
    path = _filled(tmp_path / "field.sqlite", 10)
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.show()
    window.close()  # nothing changed: no backup
    assert not [p for p in backup_dir().iterdir() if "-exit-" in p.name]
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.show()
    add_demo_events(window.database, 1, seed=5)
    assert not window.close()  # first the backup, in a task: then the window closes
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    exits = [p for p in backup_dir().iterdir() if "-exit-" in p.name]
    assert len(exits) == 1 and backup.inspect_backup(exits[0]).events == 11
    window.database.close()


def test_a_damaged_database_is_set_aside_and_the_latest_backup_opened(tmp_path: Path, answers, shown_messages) -> None:
    path, damaged, error = _damaged_with_a_backup(tmp_path)
    answers.queue = ["open_backup"]
    new_path = recover(error)
    assert new_path == path
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and hashlib.sha256(aside[0].read_bytes()).digest() == hashlib.sha256(damaged).digest()
    assert "The file that could not be opened was kept as" in shown_messages[-1][2]
    db = open_database(new_path)
    try:
        with db.sql() as conn:
            assert conn.execute("SELECT count(*) FROM event").fetchone() == (40,)
    finally:
        db.close()


def test_at_start_up_the_backup_is_copied_in_a_task_while_the_screen_stays_alive(
        tmp_path: Path, qtbot, answers, shown_messages, monkeypatch) -> None:
    """Before any window: the copy runs in a worker thread, its progress shown, while this thread's
    events (painting, timers) go on."""
    path, _damaged, error = _damaged_with_a_backup(tmp_path)
    copied_in, ticks, dialogs = [], [], []
    real_copy = backup.copy_database

    def slow_copy(source, target, progress=None):  # noqa: ANN001, ANN202 - a large database on a slow disk
        copied_in.append(threading.current_thread() is threading.main_thread())
        for step in range(8):
            time.sleep(0.1)
            if progress is not None:
                progress(step, 8)
        real_copy(source, target, progress)

    monkeypatch.setattr(backup, "copy_database", slow_copy)
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(time.monotonic()),
                                   dialogs.extend(w for w in QApplication.topLevelWidgets()
                                                  if w.objectName() == "taskProgress" and w.isVisible())))
    timer.start(20)
    answers.queue = ["open_backup"]
    started = time.monotonic()
    assert recover(error) == path
    timer.stop()
    assert copied_in == [False]
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
    assert len(ticks) > 20 and max(gaps) < 0.1, gaps  # never held as long as a step of the copy
    assert dialogs and dialogs[0].windowTitle() == "Restore from backup"
    assert "The file that could not be opened was kept as" in shown_messages[-1][2]


def test_a_backup_that_cannot_be_copied_at_start_up_is_said_and_asked_again(
        tmp_path: Path, answers, shown_messages, monkeypatch) -> None:
    path, damaged, error = _damaged_with_a_backup(tmp_path)

    def no_room(_source, _target, _progress=None):  # noqa: ANN001, ANN202
        raise backup.BackupError("The copy could not be written (no space left on the disk).")

    monkeypatch.setattr(backup, "copy_database", no_room)
    answers.queue = ["open_backup", "quit"]
    assert recover(error) is None
    kinds = [m[0] for m in shown_messages]
    assert kinds.count("recovery") == 2, shown_messages  # asked again after the error
    error = next(m for m in shown_messages if m[1] == "Cannot restore the backup")
    assert "no space left" in error[2]
    assert path.read_bytes() == damaged  # nothing moved
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name or p.name.endswith(".restoring")]


def test_recovery_without_a_backup_can_only_choose_or_quit(tmp_path: Path, answers) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(os.urandom(4096))
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(path)
    answers.queue = ["open_backup"]  # not offered: there is none
    assert recover(caught.value) is None
    assert path.read_bytes() == before


def test_the_first_start_of_the_day_backs_up(tmp_path: Path, qtbot) -> None:
    path = _filled(tmp_path / "field.sqlite", 10)
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.show()
    key = backup.database_key(path)  # the backups folder is shared with other tests' databases
    qtbot.waitUntil(lambda: bool(backup.automatic_backups(backup_dir(), key)), timeout=10_000)
    (when, daily), = backup.automatic_backups(backup_dir(), key)  # noqa: RUF015
    assert "-daily-" in daily.name and backup.inspect_backup(daily).events == 10
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup"), timeout=5000)
    window.database.close()


def test_a_failed_save_keeps_what_was_typed(tmp_path: Path, qtbot, shown_messages, monkeypatch) -> None:
    from PySide6.QtCore import QDate

    from cicte_desktop.services.events import drafts, writing

    path = _filled(tmp_path / "field.sqlite", 1)
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.events.new_event()
    form = window.event_form
    assert form.activity.current_uuid() == ""  # nothing selected in the tree: none chosen for the user
    form.activity.set_current(form.activity.listed()[0])  # who picks the first
    qtbot.keyClicks(form.title, "Workshop on a full disk")
    form.start_date.setDate(QDate(2016, 5, 5))
    form.member_states.set_selected(["JAM"])
    form._changed()

    def disk_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writing, "log_event", disk_full)
    assert form.save() is False
    assert form.isVisible() and form.title.text() == "Workshop on a full disk"
    assert "database or disk is full" in shown_messages[-1][2] and "kept as a draft" in shown_messages[-1][2]
    assert [d.title for d in drafts.drafts(window.database)] == ["Workshop on a full disk"]
    window.database.close()


def test_another_programs_database_is_never_moved(tmp_path: Path, answers, shown_messages) -> None:
    from cicte_desktop.db import errors

    field = _filled(tmp_path / "field.sqlite", 5)
    backup.automatic_backup(field, backup_dir(), "daily")
    other = tmp_path / "places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE places (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(errors.ForeignDatabaseError) as caught:
        open_database(other)
    answers.queue = ["open_backup"]
    assert recover(caught.value) is None  # field.sqlite's backups are not offered for places.sqlite
    assert other.read_bytes() == before and not list(tmp_path.glob("places.sqlite.damaged-*"))
