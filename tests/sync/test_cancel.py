"""Cancelling the work on a field package mid-way (reading it, comparing it with the database,
importing it) stops it at its next step and leaves nothing behind: the database the same row
for row and byte for byte, no attached file received, no temporary file."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cicte_desktop.services import event_log
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
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo of the workshop" * 500)
    activity = first_activity(laptop.db)
    event_log.log_event(laptop.db, dataclasses.replace(
        event_input(activity, "Aviation security course", people=("Marisol Quispe", "Tom Hardy")),
        attachments=(store_file(laptop.data, photo),)))
    event_log.log_event(laptop.db, event_input(activity, "Port security workshop", people=("Ana Ruiz",)))
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


def reports(work: Callable[[Callable[[int, int], bool]], object]) -> int:
    """How many times ``work`` reports its progress when nobody cancels."""
    progress, seen = cancelling_after(10**9)
    work(progress)
    return len(seen)


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_reading_a_package_stops_at_the_cancel_and_leaves_no_temporary_file(pair, tmp_path: Path,
                                                                               passphrase: str | None) -> None:
    laptop, hq, temp = pair
    path = export(laptop, hq, tmp_path, passphrase=passphrase)
    total = reports(lambda progress: read_package(path, passphrase, progress).close())
    assert total >= 4  # the tables, then the attached file
    temporary = files_in(temp)
    for calls in range(total):
        progress, seen = cancelling_after(calls)
        with pytest.raises(pkg.PackageCancelled):
            read_package(path, passphrase, progress)
        assert len(seen) == calls + 1  # stopped at the first report after the cancel
        assert files_in(temp) == temporary


def test_comparing_a_package_stops_at_the_cancel_and_writes_nothing(pair, tmp_path: Path) -> None:
    laptop, hq, temp = pair
    path = export(laptop, hq, tmp_path)
    stored, file_bytes, temporary = everything_stored(hq.db), database_bytes(hq.db), files_in(temp)
    with read_package(path) as package:
        total = reports(lambda progress: plan_import(hq.db, package, progress))
        assert total >= 3
        for calls in range(total):
            progress, seen = cancelling_after(calls)
            with pytest.raises(pkg.PackageCancelled):
                plan_import(hq.db, package, progress)
            assert len(seen) == calls + 1
        assert plan_import(hq.db, package).count(NEW) > 0  # a plan can still be made
    assert everything_stored(hq.db) == stored and database_bytes(hq.db) == file_bytes
    assert files_in(temp) == temporary


def test_an_import_cancelled_at_any_step_leaves_the_database_and_the_files_as_they_were(pair, tmp_path: Path) -> None:
    laptop, hq, temp = pair
    path = export(laptop, hq, tmp_path)
    stored, file_bytes, data_files = everything_stored(hq.db), database_bytes(hq.db), files_in(hq.data)
    temporary = files_in(temp)
    with read_package(path) as package:
        plan = plan_import(hq.db, package)
        # Counted on a copy of the database: the real import happens once, at the end.
        (tmp_path / "copy").mkdir()
        copy = make_device(tmp_path / "copy", "Headquarters")
        try:
            total = reports(lambda progress: apply_import(copy.db, plan_import(copy.db, package), data_folder=copy.data,
                                                          progress=progress))
        finally:
            close_all(copy)
        assert total >= 5  # the file, then each table, then the end
        for calls in range(total):
            progress, seen = cancelling_after(calls)
            with pytest.raises(pkg.PackageCancelled):
                apply_import(hq.db, plan, data_folder=hq.data, progress=progress)
            assert len(seen) == calls + 1
            assert everything_stored(hq.db) == stored, f"cancelled after {calls} steps, something was written"
            assert database_bytes(hq.db) == file_bytes
            assert files_in(hq.data) == data_files, f"cancelled after {calls} steps, a file was left"
        result = apply_import(hq.db, plan, data_folder=hq.data)  # nothing in the way of the real import
    assert result.counts[NEW] > 0 and result.files == 1
    assert everything_stored(hq.db) != stored
    assert files_in(temp) == temporary
