"""Field packages crafted as an attacker would (re-listed, so their checksums hold): bad values,
paths in place of file checksums, unreferenced or mismatched files, and zip bombs of at most
1 MB. Each is refused with a message naming the problem, before anything is written: the
database byte for byte unchanged, no file left in the data folder."""

from __future__ import annotations

import hashlib
import dataclasses
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from cicte_desktop.services.events import periods, writing
from cicte_desktop.services.attachments import NotAChecksumError, find_stored, store_file, stored_path
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync.apply import ImportRefusedError, ImportResult, apply_import
from cicte_desktop.sync.import_plan import NEW, plan_import
from cicte_desktop.sync.package_reader import read_package
from tests import bombs
from tests.sync_helpers import (
    close_all, database_bytes, event_input, everything_stored, export, first_activity, make_device, package_members, rewrite_package,
)

Change = Callable[[dict[str, bytes], dict], None]
RECORD = r"[0-9a-f]{8}…"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory):
    """A laptop's complete package: an event with its roster, an attached photo, a period lock."""
    folder = tmp_path_factory.mktemp("hostile")
    laptop = make_device(folder, "Laptop A")
    photo = folder / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo of the workshop" * 50)
    attached = store_file(laptop.data, photo)
    event = dataclasses.replace(
        event_input(first_activity(laptop.db), "Aviation security course", people=("Marisol Quispe", "Tom Hardy")),
        attachments=(attached,))
    writing.log_event(laptop.db, event)
    periods.set_period_lock(laptop.db, 2015, 1, True, "Reported to the member states")
    plain = export(laptop, "Headquarters", folder, everything=True)
    yield SimpleNamespace(folder=folder, laptop=laptop, plain=plain, sha256=attached.sha256)
    close_all(laptop)


@pytest.fixture
def hq(tmp_path: Path):
    device = make_device(tmp_path, "Headquarters")
    yield device
    close_all(device)


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


def _import(hq, path: Path) -> ImportResult:  # type: ignore[no-untyped-def]
    with read_package(path) as package:
        return apply_import(hq.db, plan_import(hq.db, package), data_folder=hq.data)


def assert_refused(hq, path: Path, error: type, words: str) -> str:  # type: ignore[no-untyped-def]
    before, files, raw = everything_stored(hq.db), _files(hq.data), database_bytes(hq.db)
    with pytest.raises(error, match=words) as caught:
        _import(hq, path)
    message = str(caught.value)
    assert path.name in message and "Traceback" not in message
    assert database_bytes(hq.db) == raw  # not a byte of the database or its log written
    assert everything_stored(hq.db) == before
    assert _files(hq.data) == files
    return message


def set_value(table: str, column: str, value: object, row: int = 0) -> Change:
    def change(members: dict[str, bytes], _manifest: dict) -> None:
        body = json.loads(members[f"tables/{table}.json"])
        body["rows"][row][body["columns"].index(column)] = value
        members[f"tables/{table}.json"] = json.dumps(body).encode()
    return change


def _crafted(source, name: str, change: Change, **options: object) -> Path:  # type: ignore[no-untyped-def]
    return rewrite_package(source.plain, source.folder / f"{name}.cictepkg", change, **options)  # type: ignore[arg-type]


# --- Every value -----------------------------------------------------------------------------

VALUES = [
    ("event", "updated_at", "9999-12-31T23:59:59.000000Z",
     rf"event {RECORD}: updated at '9999-12-31T23:59:59.000000Z' is later than this computer's clock allows"),
    ("event", "updated_at", "9999-12-31T23:59:59Z", rf"event {RECORD}: updated at '9999-12-31T23:59:59Z' is not a time"),
    ("event", "updated_at", "2016-13-45T99:99:99Z", "updated at '2016-13-45T99:99:99Z' is not a time stamp"),
    ("event", "created_at", "2016-13-45T99:99:99.000000Z", "created at '2016-13-45T99:99:99.000000Z' is not a time"),
    ("event", "start_date", "garbage", rf"event {RECORD}: start date 'garbage' is not a date"),
    ("event", "end_date", "2016-02-30", "end date '2016-02-30' is not a date"),
    ("event", "start_date", "0000-01-01", "start date '0000-01-01' is not a date"),
    ("event", "women", "lots", "women 'lots' is not a whole number"),
    ("event", "women", 1e308, "women 1e\\+308 is not a whole number"),
    ("event", "women", -1, "women -1 is not between 0 and"),
    ("event", "men", 2.5, "men 2.5 is not a whole number"),
    ("event", "units", 10**30, "units 1000000000000000000000000000000 is not between"),
    ("event", "title", "t" * 70_000, "title is 70,000 characters long; at most 65,535 are allowed"),
    ("event", "city", "c" * 201, "city is 201 characters long; at most 200"),
    ("event", "event_type", "party", "event type 'party' is not one of mission"),
    ("event", "uuid", "3F2C8A1B-0000-4000-8000-000000000000", "uuid '3F2C8A1B-0000-4000-8000-000000000000' is not an"),
    ("event", "activity_uuid", "../../etc/hostname", "activity uuid '../../etc/hostname' is not an identifier"),
    ("event", "device_id", "Headquarters", "device id 'Headquarters' is not an identifier"),
    ("event", "satisfaction", 1e308, "satisfaction 1e\\+308 is not between 1 and 5"),
    ("event", "deleted", 2, "deleted 2 is not 0 or 1"),
    ("event", "title", None, "title is missing"),
    ("participant", "sex", "X", "participant .*: sex 'X' is not one of F, M"),
    ("participant", "email", "e" * 400, "email is 400 characters long; at most 320"),
    ("period_lock", "half", 3, "period lock .*: half 3 is not one of 1, 2"),
    ("period_lock", "year", 0, "year 0 is not between 1900 and 2199"),
]


@pytest.mark.parametrize(("table", "column", "value", "words"), VALUES,
                         ids=[f"{t}.{c}={str(v)[:20]}" for t, c, v, _w in VALUES])
def test_a_bad_value_is_refused_naming_the_record(source, hq, table: str, column: str, value: object,
                                                   words: str) -> None:
    path = _crafted(source, f"{table}-{column}", set_value(table, column, value))
    message = assert_refused(hq, path, pkg.InvalidValueError, words)
    assert message.endswith("Nothing was imported.")


def test_a_record_twice_is_refused(source, hq) -> None:
    def twice(members: dict[str, bytes], _manifest: dict) -> None:
        body = json.loads(members["tables/participant.json"])
        body["rows"][1][0] = body["rows"][0][0]
        members["tables/participant.json"] = json.dumps(body).encode()

    assert_refused(hq, _crafted(source, "twice", twice), pkg.InvalidValueError, rf"participant {RECORD}: it appears twice")


def test_a_number_json_cannot_hold_is_refused(source, hq) -> None:
    path = _crafted(source, "nan", set_value("event", "satisfaction", float("nan")))  # json.dumps writes NaN
    assert_refused(hq, path, pkg.DamagedPackageError, "tables/event.json cannot be read")


def test_more_records_than_the_manifest_declares_are_refused(source, hq) -> None:
    def more(_members: dict[str, bytes], manifest: dict) -> None:
        manifest["counts"]["participant"] = 1

    assert_refused(hq, _crafted(source, "more", more), pkg.DamagedPackageError,
                   "it holds 2 records where its manifest says 1")


# --- Attached files --------------------------------------------------------------------------

PATHS = ["/home/user/secret.txt", "../../etc/hostname", "..\\..\\x", "C:\\x", "A" * 64]


@pytest.mark.parametrize("name", PATHS)
def test_an_attachment_record_naming_a_path_is_refused(source, hq, name: str) -> None:
    path = _crafted(source, "path", set_value("attachment", "sha256", name))
    assert_refused(hq, path, pkg.InvalidValueError,
                   rf"attachment {RECORD}: sha256 .* is not a file checksum \(64 lowercase hexadecimal characters\)")


def test_a_file_that_is_not_what_its_name_says_is_refused(source, hq) -> None:
    def swapped(members: dict[str, bytes], _manifest: dict) -> None:
        members[f"attachments/{source.sha256}"] = b"#!/bin/sh\nrm -rf ~\n"

    assert_refused(hq, _crafted(source, "swapped", swapped), pkg.DamagedPackageError,
                   f"the attached file attachments/{source.sha256} does not match its checksum")


def test_a_file_no_record_refers_to_is_refused(source, hq) -> None:
    def stray(members: dict[str, bytes], _manifest: dict) -> None:
        import hashlib

        members[f"attachments/{hashlib.sha256(b'stray').hexdigest()}"] = b"stray"

    assert_refused(hq, _crafted(source, "stray", stray), pkg.UnsafePackageError, "which none of its records refers to")


def test_a_file_of_a_deleted_record_is_refused(source, hq) -> None:
    path = _crafted(source, "deleted-file", set_value("attachment", "deleted", 1))
    assert_refused(hq, path, pkg.UnsafePackageError, "which none of its records refers to")


def test_a_file_name_that_is_not_lowercase_hexadecimal_is_refused(source, hq) -> None:
    def upper(members: dict[str, bytes], _manifest: dict) -> None:
        members[f"attachments/{source.sha256.upper()}"] = members.pop(f"attachments/{source.sha256}")

    assert_refused(hq, _crafted(source, "upper", upper), pkg.NotAPackageError, "which no package holds")


def test_a_file_larger_than_declared_is_refused_before_it_is_read(source, hq) -> None:
    def smaller(members: dict[str, bytes], manifest: dict) -> None:
        manifest["members"][f"attachments/{source.sha256}"]["size"] = 10

    assert_refused(hq, _crafted(source, "smaller", smaller, relist=False), pkg.DamagedPackageError,
                   "does not match its checksum")


def test_a_file_over_the_limit_is_refused(source, hq, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pkg.LIMITS, "attachment_bytes", 100)
    assert_refused(hq, source.plain, pkg.UnsafePackageError, "is larger than a field package may hold")


def test_files_together_over_the_package_limit_are_refused(tmp_path: Path, hq, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file within its own limit, all of them together over what one package may hold:
    refused in words, no file stored, nothing written."""
    laptop = make_device(tmp_path, "Laptop B")
    try:
        files = []
        for index in range(3):
            photo = tmp_path / f"photo-{index}.jpg"
            photo.write_bytes(bytes([index]) * 4000)
            files.append(store_file(laptop.data, photo))
        writing.log_event(laptop.db, dataclasses.replace(
            event_input(first_activity(laptop.db), "Workshop with three photos"), attachments=tuple(files)))
        path = export(laptop, "Headquarters", tmp_path, everything=True)
    finally:
        close_all(laptop)
    monkeypatch.setitem(pkg.LIMITS, "attachment_bytes", 5000)
    monkeypatch.setitem(pkg.LIMITS, "total_bytes", 10_000)
    message = assert_refused(hq, path, pkg.UnsafePackageError, "holds more data than a field package may")
    assert "checksum" not in message
    monkeypatch.setitem(pkg.LIMITS, "total_bytes", 1 << 20)  # all of it fits: imported
    assert _import(hq, path).files == 3


def test_the_store_receiving_a_package_stops_at_the_total_it_may_hold(tmp_path: Path) -> None:
    """Behind the manifest's declared sizes, the receiving store counts what it is given: the
    file that takes the package over its total is refused as too large, none is left behind."""
    from cicte_desktop.services.attachments import IncomingFiles, TooLarge

    chunks = [bytes([i]) * 3000 for i in range(3)]
    with IncomingFiles(tmp_path, max_file_bytes=5000, max_total_bytes=8000) as incoming:
        for chunk in chunks[:2]:
            assert incoming.add(hashlib.sha256(chunk).hexdigest(), lambda out, c=chunk: out.write(c))
        with pytest.raises(TooLarge):
            incoming.add(hashlib.sha256(chunks[2]).hexdigest(), lambda out: out.write(chunks[2]))
    assert not [p for p in _files(tmp_path) if p.is_file()]


def test_a_package_the_database_refuses_leaves_no_file_behind(source, hq) -> None:
    """Files are received apart and moved in at the end of the transaction: a package refused
    by the database (an event ending before it starts) stores none."""
    path = _crafted(source, "backwards", set_value("event", "end_date", "2016-05-01"))
    assert_refused(hq, path, ImportRefusedError, "holds a record this database refuses")
    assert not (hq.data / "attachments").exists()
    # The same package without the fault stores the file, where the store keeps it.
    result = _import(hq, source.plain)
    assert result.files == 1 and find_stored(hq.data, source.sha256) is not None
    keys = hq.data / "keys"  # this computer's own signing key, made before any package arrived
    assert [p.name for p in _files(hq.data) if p.is_file() and keys not in p.parents] == [source.sha256]


def test_a_path_put_in_the_database_by_hand_is_never_opened_nor_exported(source, hq, tmp_path: Path) -> None:
    """An attachment record edited outside the app to hold a path: the store resolves no such
    name, so the file is neither opened nor carried by the next package, nor is the record."""
    laptop = make_device(tmp_path, "Laptop B")
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"the payroll of the ministry")
    try:
        attached = store_file(laptop.data, source.folder / "photo.jpg")
        writing.log_event(laptop.db, dataclasses.replace(
            event_input(first_activity(laptop.db), "Workshop"), attachments=(attached,)))
        for name in (str(secret), f"../../{secret.name}", "..\\..\\secret.txt", "C:\\secret.txt"):
            conn = sqlite3.connect(laptop.path)
            with conn:
                conn.execute("UPDATE attachment SET sha256 = ?", (name,))
            conn.close()
            assert find_stored(laptop.data, name) is None
            with pytest.raises(NotAChecksumError):
                stored_path(laptop.data, name)
            path = export(laptop, "Headquarters", tmp_path, everything=True)
            assert not [m for m in package_members(path) if m.startswith("attachments/")]
            assert b"payroll" not in path.read_bytes()
            with zipfile.ZipFile(path) as archive:
                assert all(b"payroll" not in archive.read(m) for m in archive.namelist())
            members = package_members(path)
            assert "tables/attachment.json" not in members and "tables/event.json" in members
        result = _import(hq, path)  # the rest travels and is imported
        assert result.counts[NEW] > 0 and result.files == 0
        with hq.db.sql() as conn:
            assert conn.execute("SELECT count(*) FROM attachment").fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM event WHERE title = 'Workshop'").fetchone() == (1,)
    finally:
        close_all(laptop)


# --- Bombs -----------------------------------------------------------------------------------

BOMB_WORDS = {
    "a million empty records, declared": (pkg.UnsafePackageError, "tables/participant.json is larger than"),
    "a million empty records, one declared": (pkg.UnsafePackageError, "tables/participant.json is larger than"),
    "a million records of nulls": (pkg.UnsafePackageError, "tables/participant.json is larger than"),
    "a title of 50 million characters": (pkg.UnsafePackageError, "tables/event.json is larger than"),
    "records nested a million deep": (pkg.UnsafePackageError, "tables/event.json is larger than"),
    "known records nested a million deep": (pkg.UnsafePackageError, "tables/event.json is larger than"),
    "ten million known records": (pkg.UnsafePackageError, "tables/event.json is larger than"),
    "four thousand tiny members": (pkg.UnsafePackageError, "which none of its records refers to"),
    "a manifest of 30 MB": (pkg.UnsafePackageError, "manifest.json is larger than"),
    "small sizes declared for a huge member": (pkg.DamagedPackageError, "tables/participant.json does not match"),
}


@pytest.fixture(scope="module")
def bomb_folder(source):
    folder = source.folder / "bombs"
    folder.mkdir()
    return folder


def _bomb(source, bomb_folder: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    made = bomb_folder / (name.replace(" ", "-").replace(",", "") + ".cictepkg")
    return made if made.exists() else bombs.make_bomb(source.plain, bomb_folder, name)


@pytest.mark.parametrize("name", list(bombs.BOMBS))
def test_a_bomb_of_at_most_1_mb_is_refused(source, bomb_folder, hq, name: str) -> None:
    path = _bomb(source, bomb_folder, name)
    assert path.stat().st_size <= bombs.BOMB_BYTES
    error, words = BOMB_WORDS[name]
    assert_refused(hq, path, error, words)


@pytest.mark.parametrize("name", sorted(bombs.BOMBS))
def test_a_bomb_takes_little_memory_and_time(source, bomb_folder, hq, name: str) -> None:
    """Measured in a child process: its peak memory, imports and database included."""
    path = _bomb(source, bomb_folder, name)
    hq.db.close()
    found = bombs.probe(path, hq.path, hq.data)
    assert found["outcome"] != "imported" and path.name in found["outcome"]
    assert found["peak_mb"] < bombs.PEAK_MB, found
    assert found["seconds"] < bombs.SECONDS, found
    assert found["peak_mb"] - found["ready_mb"] < 50, found  # the bomb itself: next to nothing
