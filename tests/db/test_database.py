"""Connections, transactions and reopening."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from cicte_desktop.db import models as m
from cicte_desktop.db.database import open_database
from cicte_desktop.db.ids import SEED_DEVICE_ID


def test_every_connection_has_the_safety_pragmas(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_foreign_keys_are_enforced(db) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with db.write() as s:
            s.add(m.Event(uuid="e1", activity_uuid="no-such-activity", event_type="workshop", title="x"))


def test_a_failed_write_leaves_nothing_behind(db) -> None:
    activity = db_first_activity(db)
    with pytest.raises(RuntimeError):
        with db.write() as s:
            s.add(m.Event(uuid="e1", activity_uuid=activity, event_type="workshop", title="Kept?"))
            s.flush()
            raise RuntimeError("power cut in the middle of the operation")
    with db.read() as s:
        assert s.get(m.Event, "e1") is None


def db_first_activity(db) -> str:
    with db.read() as s:
        return s.scalars(select(m.PlannedActivity.uuid).order_by(m.PlannedActivity.uuid)).first()


def test_changes_are_stamped_with_time_and_device(db) -> None:
    activity = db_first_activity(db)
    before = dt.datetime.now(dt.timezone.utc)
    with db.write() as s:
        s.add(m.Event(uuid="e1", activity_uuid=activity, event_type="exercise", title="Maritime CME",
                      start_date=dt.date(2016, 3, 14), end_date=dt.date(2016, 3, 15)))
    with db.write() as s:
        area = s.scalars(select(m.WorkArea).where(m.WorkArea.number == "1")).one()
        assert area.device_id == SEED_DEVICE_ID
        area.title = "Border Controls (edited)"
    with db.read() as s:
        event = s.get(m.Event, "e1")
        assert event.device_id == db.device_id and event.created_at >= before and not event.deleted
        area = s.scalars(select(m.WorkArea).where(m.WorkArea.number == "1")).one()
        assert area.device_id == db.device_id and area.updated_at >= before
    raw = sqlite3.connect(db.path).execute("SELECT created_at, start_date FROM event").fetchone()
    assert raw[0].endswith("Z") and len(raw[0]) == 27 and raw[1] == "2016-03-14"


def test_reopening_keeps_data_and_device(db_path: Path) -> None:
    first = open_database(db_path)
    assert first.created
    with first.write() as s:
        activity = s.scalars(select(m.PlannedActivity.uuid)).first()
        s.add(m.Event(uuid="kept", activity_uuid=activity, event_type="workshop", title="Kingston workshop"))
    device = first.device_id
    first.close()
    second = open_database(db_path)
    try:
        assert not second.created and second.device_id == device
        with second.read() as s:
            assert s.get(m.Event, "kept").title == "Kingston workshop"
            assert s.scalar(select(text("count(*)")).select_from(m.WorkPlan)) == 1
            assert s.scalar(select(text("count(*)")).select_from(m.PlannedActivity)) == 70
    finally:
        second.close()


def test_an_empty_sqlite_file_made_by_sqlite_is_initialised(tmp_path: Path) -> None:
    """A zero-table SQLite database (e.g. made with the sqlite3 shell) becomes a CICTE one."""
    path = tmp_path / "blank.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.commit()
    conn.close()
    db = open_database(path)
    try:
        assert db.created
    finally:
        db.close()


def test_a_large_write_is_kept_in_the_log_at_once_and_copied_into_the_file_in_the_background(
        db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Merging a package commits into the write-ahead log and returns; the checkpoint runs
    after, in a thread. Until it has, the files a power cut would leave still hold every row."""
    import shutil
    import threading

    from cicte_desktop.db.database import Database

    release, started = threading.Event(), threading.Event()
    run = Database._run_checkpoints

    def held(self: Database) -> None:
        started.set()
        release.wait(30)
        run(self)

    monkeypatch.setattr(Database, "_run_checkpoints", held)
    rows = [(f"large-write-{i}", "x" * 4000) for i in range(1500)]  # some 1,500 pages: past the automatic checkpoint
    try:
        with db.write(checkpoint_in_background=True) as s:
            s.connection().exec_driver_sql("INSERT INTO local_setting (key, value) VALUES (?, ?)", rows)
        assert started.wait(30)
        _the_log_holds_what_the_file_does_not_yet(db.path, tmp_path)
    finally:
        release.set()
    db.wait_for_checkpoint()
    assert _large_rows(db.path) == 1500
    after = tmp_path / "after.sqlite"
    shutil.copy(db.path, after)
    assert _large_rows(after) == 1500  # copied into the file itself by the thread
    with db.write() as s:  # the connection went back to the pool with SQLite's own setting
        assert s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000


def _large_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM local_setting WHERE key LIKE 'large-write-%'").fetchone()[0]
    finally:
        conn.close()


def _the_log_holds_what_the_file_does_not_yet(path: Path, tmp_path: Path) -> None:
    import shutil

    cut = tmp_path / "power-cut"
    cut.mkdir()
    shutil.copy(path, cut / "file-only.sqlite")
    for suffix in ("", "-wal"):
        shutil.copy(f"{path}{suffix}", f"{cut / 'with-log.sqlite'}{suffix}")
    assert _large_rows(cut / "file-only.sqlite") == 0  # the commit did not copy the pages itself...
    assert _large_rows(cut / "with-log.sqlite") == 1500  # ...and lost nothing


def test_closing_waits_for_a_read_another_thread_has_begun(db_path: Path) -> None:
    """The window closes, or switches databases, while a thread still reads (the dashboard's
    charts): its read ends first. A connection closed under a running statement crashed the app."""
    import threading
    import time

    db = open_database(db_path)
    inside, seen, connections = threading.Event(), [], []

    def read() -> None:
        with db.sql() as conn:
            connections.append(conn)
            inside.set()
            time.sleep(0.3)
            seen.append(conn.execute("SELECT count(*) FROM planned_activity").fetchone()[0])
            seen.append(time.monotonic())

    reader = threading.Thread(target=read)
    reader.start()
    assert inside.wait(5)
    db.close()
    closed_at = time.monotonic()
    reader.join(5)
    assert seen and seen[0] == 70 and seen[1] <= closed_at
    with pytest.raises(sqlite3.ProgrammingError):  # and then it was closed
        connections[0].execute("SELECT 1")


def test_closing_does_not_wait_for_ever_for_a_read_that_hangs(db_path: Path, caplog) -> None:
    """A read that does not end: closing goes on after the wait (and interrupting its statement);
    its connection is left to it, and closed when the read ends."""
    import threading
    import time

    db = open_database(db_path)
    inside, release, outcome, connections = threading.Event(), threading.Event(), [], []

    def read() -> None:
        with db.sql() as conn:
            connections.append(conn)
            inside.set()
            release.wait(5)
            outcome.append(conn.execute("SELECT count(*) FROM planned_activity").fetchone()[0])

    reader = threading.Thread(target=read)
    reader.start()
    assert inside.wait(5)
    started = time.monotonic()
    db.close(wait_s=0.2)
    assert 0.15 < time.monotonic() - started < 3
    assert "while 1 reads still run" in caplog.text
    release.set()
    reader.join(5)
    assert outcome == [70]  # its read went on to its end
    with pytest.raises(sqlite3.ProgrammingError):  # and its connection was closed then
        connections[0].execute("SELECT 1")


def test_a_read_ended_by_another_thread_is_not_waited_for_at_closing(db_path: Path) -> None:
    """A generator reading inside ``sql()`` on a worker, finished on another thread (an export that
    failed: its traceback reaches the window's thread with the generator): closing does not wait
    the whole timeout for a read that is over."""
    import threading
    import time

    db = open_database(db_path)

    def rows():  # noqa: ANN202
        with db.sql() as conn:
            yield from conn.execute("SELECT uuid FROM planned_activity")

    started: list = []
    worker = threading.Thread(target=lambda: started.append(next(iter(gen := rows())) and gen))
    worker.start()
    worker.join(5)
    generator = started[0]
    generator.close()  # finished here, on this thread
    began = time.monotonic()
    db.close(wait_s=3)
    assert time.monotonic() - began < 1
