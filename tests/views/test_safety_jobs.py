"""The window's data-safety jobs run on its task runner: the window keeps answering while they
run, *Cancel* leaves nothing behind, and a restored or newly opened database leaves nothing of
the previous one pointing into it."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from cicte_desktop.app import build_main_window
from cicte_desktop.cancel import Cancelled
from cicte_desktop.db import integrity, migrate
from cicte_desktop.db.database import open_database
from cicte_desktop.db.schema import HEAD_REVISION
from cicte_desktop.paths import backup_dir
from cicte_desktop.services import backup
from cicte_desktop.services.demo import add_demo_events
from tests.conftest import FROZEN
from tests.helpers import activity_uuid, add_event, finish

#: Rows of ballast: some 150 MB, a database whose check and copies take a noticeable while.
BALLAST_ROWS = 1_000_000


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    db = open_database(path)
    add_demo_events(db, 50, seed=7)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ballast (id INTEGER PRIMARY KEY, bytes BLOB)")
    conn.execute("CREATE INDEX ballast_bytes ON ballast (bytes)")
    conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                 "INSERT INTO ballast (bytes) SELECT randomblob(60) FROM n", (BALLAST_ROWS,))
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def field(large: Path, tmp_path: Path) -> Path:
    """A copy of the large database of this test's own."""
    path = tmp_path / "field.sqlite"
    shutil.copyfile(large, path)
    return path


@contextmanager
def ticking() -> Iterator[list[float]]:
    """A timer on the UI thread every 20 ms; the times it fired."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        yield ticks
    finally:
        timer.stop()


def cancel_mid_way(monkeypatch, window, name: str, after: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    """Press the task ``name``'s *Cancel* (as its progress dialog does) while SQLite copies pages,
    after ``after`` whole copies; returns what happened, for the test to check."""
    from cicte_desktop.db import copy as db_copy

    copied = db_copy.backup_pages
    happened: list[str] = []

    def pressing_cancel(src, dst, pages=-1, progress=None):  # type: ignore[no-untyped-def]
        def told(done: int, total: int) -> bool:
            if happened.count("copied") == after and "cancel" not in happened and done < total:
                happened.append("cancel")
                for task in window.tasks.tasks:
                    if task.name == name:
                        task.cancel()
            elif done >= total:
                happened.append("copied")
            return progress(done, total)

        return copied(src, dst, pages, told if progress is not None else None)

    monkeypatch.setattr(db_copy, "backup_pages", pressing_cancel)
    return happened


def settled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's own start-up jobs (the integrity check, the daily backup) are done."""
    qtbot.waitUntil(lambda: window.safety.integrity_task is not None, timeout=5000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)


def longest_gap(ticks: list[float]) -> float:
    assert len(ticks) >= 2, "the timer never fired"
    return max(later - earlier for earlier, later in zip(ticks, ticks[1:]))


def events(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT uuid FROM event WHERE NOT deleted"))
    finally:
        conn.close()


def backups_of(path: Path, prefix: str) -> list[Path]:
    return [p for p in backup_dir().iterdir() if p.name.startswith(prefix) and path.stem in p.name]


def test_the_integrity_check_runs_beside_the_window(field: Path, qtbot, monkeypatch) -> None:
    threads: list[threading.Thread] = []
    checked = integrity.quick_check

    def recorded(path, progress=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return checked(path, progress)

    monkeypatch.setattr(integrity, "quick_check", recorded)
    window = build_main_window(field)
    qtbot.addWidget(window)
    window.show()
    with ticking() as ticks:
        qtbot.waitUntil(lambda: window.safety.integrity_task is not None, timeout=5000)
        task = finish(qtbot, window.safety.integrity_task)
    assert task.error is None and task.result is None  # sound
    assert window.database.integrity.done and window.database.integrity.error is None
    assert threads and threads[0] is not threading.main_thread()
    assert longest_gap(ticks) < 0.1, "the window stopped answering during the integrity check"
    window.close()
    window.database.close()


def test_a_restore_runs_beside_the_window(field: Path, tmp_path: Path, qtbot, answers, shown_messages) -> None:
    stick = tmp_path / "stick" / "backup.sqlite"
    backup.copy_database(field, stick)
    window = build_main_window(field)
    qtbot.addWidget(window)
    window.show()
    add_demo_events(window.database, 5, seed=8)
    answers.queue = [True]
    with ticking() as ticks:
        finish(qtbot, window.safety.restore_from(stick), timeout=60_000)  # looks into the backup
        restored = finish(qtbot, window.safety.task, timeout=60_000)
        finish(qtbot, window.databases.task, timeout=60_000)
    assert restored.error is None and not restored.was_cancelled
    assert events(field) == events(stick) and len(events(field)) == 50
    assert window.database.path == field.absolute()
    assert longest_gap(ticks) < 0.1, "the window stopped answering during the restore"
    window.close()
    window.database.close()


def test_cancelling_a_backup_leaves_no_file_and_the_database_as_it_was(field: Path, tmp_path: Path, qtbot,
                                                                       shown_messages, monkeypatch) -> None:
    window = build_main_window(field)
    qtbot.addWidget(window)
    window.show()
    settled(window, qtbot)
    before = events(field)
    stick = tmp_path / "stick"
    stick.mkdir()
    happened = cancel_mid_way(monkeypatch, window, "back up")
    task = finish(qtbot, window.safety.back_up_to(stick / "backup.sqlite"), timeout=60_000)
    assert happened == ["cancel"] and task.was_cancelled
    assert list(stick.iterdir()) == []  # no backup, no .partial
    assert shown_messages[-1][0] == "info" and "Cancelled: nothing was written." in shown_messages[-1][2]
    assert events(field) == before
    window.close()
    window.database.close()


def test_cancelling_a_restore_leaves_the_database_as_it_was_and_no_copy(field: Path, tmp_path: Path, qtbot,
                                                                        answers, shown_messages, monkeypatch) -> None:
    stick = tmp_path / "stick" / "backup.sqlite"
    backup.copy_database(field, stick)
    window = build_main_window(field)
    qtbot.addWidget(window)
    window.show()
    settled(window, qtbot)
    add_demo_events(window.database, 5, seed=9)
    before = events(field)
    kept_before = backups_of(field, "before-restore-")
    happened = cancel_mid_way(monkeypatch, window, "restore", after=1)  # the copy kept first is made
    answers.queue = [True]
    finish(qtbot, window.safety.restore_from(stick), timeout=60_000)
    task = finish(qtbot, window.safety.task, timeout=60_000)
    finish(qtbot, window.databases.task, timeout=60_000)  # opened again
    assert happened == ["copied", "cancel"] and task.was_cancelled
    assert events(field) == before and len(before) == 55
    assert backups_of(field, "before-restore-") == kept_before  # no copy of the database as it was
    assert sorted(p.name for p in field.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "field.sqlite", "stick"]
    assert "Cancelled: nothing was written." in shown_messages[-1][2]
    assert window.database.path == field.absolute() and window.plan_model.rowCount() == 5
    window.close()
    window.database.close()


def test_a_restore_stopped_mid_way_rolls_back(tmp_path: Path, large: Path) -> None:
    """The service itself: stopped while the pages are replaced, SQLite rolls them back."""
    path = tmp_path / "field.sqlite"
    db = open_database(path)
    add_demo_events(db, 3, seed=1)
    db.close()
    before = path.read_bytes()
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        reports.append((done, total))
        return len(reports) < 5  # the kept copy (small) is done; the large backup is mid-way

    folder = tmp_path / "backups"
    with pytest.raises(Cancelled):
        backup.restore(path, large, folder, progress=progress)
    assert reports[-1][0] < reports[-1][1]  # stopped mid-way
    assert path.read_bytes() == before
    assert not folder.exists() or list(folder.iterdir()) == []


def test_after_a_restore_undo_delete_does_not_touch_the_previous_files_event(tmp_path: Path, qtbot, answers,
                                                                           shown_messages) -> None:
    path = tmp_path / "field.sqlite"
    db = open_database(path)
    exercises = activity_uuid(db, "3 Exercises")
    deleted = add_event(db, exercises, title="Maritime CME Kingston", start=dt.date(2016, 3, 14))
    db.close()
    stick = tmp_path / "stick" / "backup.sqlite"
    backup.copy_database(path, stick)
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.show()
    window.plan_view.setCurrentIndex(window.plan_model.index_for_uuid(exercises))
    window.detail.events.setCurrentIndex(window.detail.event_model.index(0, 0))
    assert window.detail.event_model.row(0).uuid == deleted
    answers.queue = [True]
    window.delete_action.trigger()
    assert window.undo_action.isEnabled() and deleted not in events(path)
    answers.queue = [True]
    finish(qtbot, window.safety.restore_from(stick))
    finish(qtbot, window.safety.task)
    finish(qtbot, window.databases.task)
    assert deleted in events(path)  # the backup's copy of the event, not deleted there

    def history() -> list[tuple]:
        conn = sqlite3.connect(path)
        try:
            return (conn.execute("SELECT * FROM event WHERE uuid = ?", (deleted,)).fetchall()
                    + conn.execute("SELECT * FROM audit_entry WHERE record_uuid = ? ORDER BY rowid", (deleted,)).fetchall())
        finally:
            conn.close()

    written = history()
    assert not window.undo_action.isEnabled()
    window.undo_action.trigger()  # Ctrl+Z
    assert history() == written and deleted in events(path)
    window.close()
    window.database.close()


def test_opening_a_database_that_needs_migrating_runs_as_a_task_with_progress(tmp_path: Path, qtbot, db) -> None:
    old = sorted(FROZEN.glob("schema_*.sqlite"))[0]
    path = tmp_path / old.name
    shutil.copyfile(old, path)
    window = build_main_window(db.path)
    qtbot.addWidget(window)
    window.show()
    task = window.databases.open_database(path)
    reports: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: reports.append((done, total)))
    assert task.running  # the window goes on: the opening has not happened yet
    finish(qtbot, task, timeout=60_000)
    assert task.error is None
    assert window.database.path == path.absolute() and window.database.upgraded_from is not None
    pending = len(migrate.script_revisions()) - 1 - migrate.script_revisions().index(window.database.upgraded_from)
    steps = [r for r in reports if r[1] == pending]
    assert steps and steps[-1] == (pending, pending)  # every script applied was told
    window.close()
    window.database.close()


def test_cancelling_a_migration_leaves_the_file_as_it_was_and_no_copy(tmp_path: Path) -> None:
    old = sorted(FROZEN.glob("schema_*.sqlite"))[0]
    path = tmp_path / old.name
    shutil.copyfile(old, path)
    before = path.read_bytes()
    folder = tmp_path / "backups"
    folder.mkdir()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return not (0 < done < total and total < 20)  # the second script of the migration: Cancel

    with pytest.raises(Cancelled):
        open_database(path, backup_folder=folder, progress=progress)
    assert path.read_bytes() == before
    assert list(folder.iterdir()) == []  # the copy made first is not needed any more
    db = open_database(path, backup_folder=folder)  # and it opens (upgrades) afterwards all the same
    try:
        with db.sql() as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    finally:
        db.close()


def test_the_daily_backup_is_made_beside_the_window(tmp_path: Path, qtbot, monkeypatch) -> None:
    path = tmp_path / "daily.sqlite"
    db = open_database(path)
    add_demo_events(db, 4, seed=3)
    db.close()
    threads: list[threading.Thread] = []
    made = backup.automatic_backup

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return made(*args, **kwargs)

    monkeypatch.setattr(backup, "automatic_backup", recorded)
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.show()
    key = backup.database_key(path)
    qtbot.waitUntil(lambda: bool(backup.automatic_backups(backup_dir(), key)), timeout=20_000)
    assert threads and all(thread is not threading.main_thread() for thread in threads)
    qtbot.waitUntil(lambda: window.backup_label.text().startswith("Last backup"), timeout=5000)
    window.close()
    window.database.close()


def test_a_database_found_damaged_after_opening_is_recovered_in_a_task(tmp_path: Path, qtbot, answers,
                                                                      shown_messages) -> None:
    path = tmp_path / "field.sqlite"
    db = open_database(path)
    add_demo_events(db, 20, seed=4)
    db.close()
    backup.automatic_backup(path, backup_dir(), "daily")
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'event'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # garbage over the event table's root page
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    damaged = path.read_bytes()
    answers.queue = ["open_backup"]
    window = build_main_window(path)  # opens at once: the check runs behind it
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any(kind == "recovery" for kind, _title, _text in shown_messages), timeout=10_000)
    restoring = finish(qtbot, window.databases.task)
    assert restoring.name == "recover" and restoring.error is None
    finish(qtbot, window.databases.task)  # then opened
    assert shown_messages[-1][1] == "Backup restored" and "now open in its place" in shown_messages[-1][2]
    assert window.isVisible() and window.database.path == path.absolute() and len(events(path)) == 20
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    window.close()
    window.database.close()


def test_check_the_database_runs_as_a_task_and_cancel_stops_it(field: Path, qtbot, shown_messages) -> None:
    window = build_main_window(field)
    qtbot.addWidget(window)
    window.show()
    settled(window, qtbot)
    with ticking() as ticks:
        checked = finish(qtbot, window.safety.check_database(), timeout=60_000)
    assert checked.error is None and checked.result.ok
    assert shown_messages[-1][0] == "info" and "Integrity: ok" in shown_messages[-1][2]
    assert longest_gap(ticks) < 0.1, "the window stopped answering during the check"
    told = len(shown_messages)
    task = window.safety.check_database()
    task.cancel()  # before its first look at progress: SQLite stops the check there
    finish(qtbot, task, timeout=60_000)
    assert task.was_cancelled and len(shown_messages) == told  # stopped, and nothing to say
    window.close()
    window.database.close()
