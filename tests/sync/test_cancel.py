"""Cancelling the work on a field package mid-way (reading it, comparing it with the database,
importing it) stops it at its next step and leaves nothing behind: the database the same row
for row and byte for byte, no attached file received, no temporary file."""

from __future__ import annotations

import dataclasses
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cicte_desktop.services.events import writing as events_writing
from cicte_desktop.db import sync_store
from cicte_desktop.services.attachments import store_file
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync.apply import apply_import
from cicte_desktop.sync.import_plan import NEW, plan_import
from cicte_desktop.sync.package_reader import read_package
from tests.sync_helpers import (
    close_all, database_bytes, event_input, everything_stored, export, first_activity, make_device,
)

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A laptop with two events (rosters, one attached photo) and the headquarters; temporary
    files go to a folder of the test's own, to be found as they were afterwards."""
    monkeypatch.setattr(pkg, "SCRYPT_N", 1 << 14)  # a passphrase quick to derive
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    temp = tmp_path / "temp"  # after the devices: the session's device templates are not ours to watch
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo of the workshop" * 500)
    activity = first_activity(laptop.db)
    events_writing.log_event(laptop.db, dataclasses.replace(
        event_input(activity, "Aviation security course", people=("Marisol Quispe", "Tom Hardy")),
        attachments=(store_file(laptop.data, photo),)))
    events_writing.log_event(laptop.db, event_input(activity, "Port security workshop", people=("Ana Ruiz",)))
    yield laptop, hq, temp
    close_all(laptop, hq)


def cancelling_after(calls: int) -> tuple[Callable[[int, int], bool], list[tuple[int, int]]]:
    """A progress callback that lets ``calls`` reports through, then cancels."""
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) <= calls

    return progress, seen


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def cancel_at_every_step(work: Callable[[Callable[[int, int], bool]], Any],
                         after_each: Callable[[int], None],
                         stopped: list[BaseException | None] | None = None) -> tuple[int, Any]:
    """Run ``work(progress)`` cancelled at its first report, then at its second, and so on
    until it runs to its end; ``after_each(calls)`` after each cancelled run. Returns how many
    runs were cancelled, and what the run that ended returned; ``stopped`` gets, for each
    cancelled run, the error of the SQL statement the cancel stopped under way (or None)."""
    for calls in range(1000):
        progress, seen = cancelling_after(calls)
        try:
            result = work(progress)
        except pkg.PackageCancelled as exc:
            assert len(seen) == calls + 1  # stopped at the first report after the cancel
            if stopped is not None:
                stopped.append(exc.__context__)
            after_each(calls)
        else:
            return calls, result
    raise AssertionError("the work never ended")


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_reading_a_package_stops_at_the_cancel_and_leaves_no_temporary_file(pair, tmp_path: Path,
                                                                               passphrase: str | None) -> None:
    laptop, hq, temp = pair
    path = export(laptop, hq, tmp_path, passphrase=passphrase)
    temporary = files_in(temp)

    def unchanged(calls: int) -> None:
        assert files_in(temp) == temporary, f"cancelled after {calls} steps, a temporary file was left"

    cancelled, package = cancel_at_every_step(lambda progress: read_package(path, passphrase, progress), unchanged)
    with package:
        assert cancelled >= 4 and package.tables["participant"].rows  # each table, then the attached file


def test_comparing_a_package_stops_at_the_cancel_and_writes_nothing(pair, tmp_path: Path) -> None:
    laptop, hq, temp = pair
    path = export(laptop, hq, tmp_path)
    stored, file_bytes, temporary = everything_stored(hq.db), database_bytes(hq.db), files_in(temp)
    with read_package(path) as package:
        cancelled, plan = cancel_at_every_step(lambda progress: plan_import(hq.db, package, progress), lambda _c: None)
    assert cancelled >= 3 and plan.count(NEW) > 0  # once not cancelled, a plan is made
    assert everything_stored(hq.db) == stored and database_bytes(hq.db) == file_bytes
    assert files_in(temp) == temporary


def test_an_import_cancelled_at_any_step_leaves_the_database_and_the_files_as_they_were(pair, tmp_path: Path) -> None:
    laptop, hq, temp = pair
    path = export(laptop, hq, tmp_path)
    stored, file_bytes, data_files = everything_stored(hq.db), database_bytes(hq.db), files_in(hq.data)
    temporary = files_in(temp)

    def unchanged(calls: int) -> None:
        assert everything_stored(hq.db) == stored, f"cancelled after {calls} steps, something was written"
        assert database_bytes(hq.db) == file_bytes
        assert files_in(hq.data) == data_files, f"cancelled after {calls} steps, a file was left"

    with read_package(path) as package:
        plan = plan_import(hq.db, package)
        cancelled, result = cancel_at_every_step(
            lambda progress: apply_import(hq.db, plan, data_folder=hq.data, progress=progress), unchanged)
    assert cancelled >= 5  # the file, then each table, then the end
    assert result.counts[NEW] > 0 and result.files == 1  # once not cancelled, imported
    assert everything_stored(hq.db) != stored
    assert files_in(temp) == temporary


def test_an_import_cancelled_while_a_table_is_written_stops_the_statement_and_writes_nothing(
        pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, hq, _temp = pair
    people = tuple(f"Participant {i}" for i in range(400))  # enough for the bulk write of db/bulk.py
    events_writing.log_event(laptop.db, event_input(first_activity(laptop.db), "A large course", people=people))
    path = export(laptop, hq, tmp_path)
    stored, file_bytes, data_files = everything_stored(hq.db), database_bytes(hq.db), files_in(hq.data)
    # The statements under way ask whether to stop every 2,000 steps of SQLite, and ask the user each time.
    monkeypatch.setattr(pkg.Steps, "POLL", 0.0)
    interruptible = sync_store.interruptible
    monkeypatch.setattr(sync_store, "interruptible", lambda conn, stop: interruptible(conn, stop, 2000))

    def unchanged(calls: int) -> None:
        assert everything_stored(hq.db) == stored, f"cancelled after {calls} steps, something was written"
        assert database_bytes(hq.db) == file_bytes
        assert files_in(hq.data) == data_files

    stopped: list[BaseException | None] = []
    with read_package(path) as package:
        plan = plan_import(hq.db, package)
        _cancelled, result = cancel_at_every_step(
            lambda progress: apply_import(hq.db, plan, data_folder=hq.data, progress=progress), unchanged, stopped)
    assert any(isinstance(getattr(e, "orig", e), sqlite3.OperationalError) for e in stopped)  # some under way
    assert result.counts[NEW] >= 400
    with hq.db.sql() as conn:
        assert conn.execute("SELECT count(*) FROM participant WHERE name LIKE 'Participant %'").fetchone() == (400,)
