"""The field package file: its documented layout, its encryption, and every kind of bad file
refused with a message naming what is wrong, before anything is written."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cicte_desktop.db.schema import PACKAGE_REVISION
from cicte_desktop.services.events import writing
from cicte_desktop.services.attachments import store_file
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync.apply import ImportRefusedError, apply_import
from cicte_desktop.sync.import_plan import plan_import
from cicte_desktop.sync.outgoing import destination_named, export_package
from cicte_desktop.sync.package_checks import parse_table
from cicte_desktop.sync.package_reader import is_encrypted, read_package
from tests.sync_helpers import (
    close_all, event_input, everything_stored, export, first_activity, make_device, package_members,
    rewrite_package,
)

PASSPHRASE = "Tres tristes tigres, 2016"


@pytest.fixture
def pair(tmp_path: Path):
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo of the workshop" * 50)
    event = dataclasses.replace(
        event_input(first_activity(laptop.db), "Aviation security course", people=("Marisol Quispe", "Tom Hardy")),
        attachments=(store_file(laptop.data, photo),))
    writing.log_event(laptop.db, event)
    yield laptop, hq
    close_all(laptop, hq)


def test_a_package_is_a_zip_with_a_manifest_and_checksums(pair, tmp_path: Path) -> None:
    laptop, _hq = pair
    path = export(laptop, "Headquarters", tmp_path)
    assert path.suffix == pkg.SUFFIX
    members = package_members(path)
    manifest = json.loads(members.pop(pkg.MANIFEST))
    signature = json.loads(members.pop(pkg.SIGNATURE))
    assert signature["algorithm"] == "Ed25519" and signature["device_uuid"] == laptop.db.device_id
    assert manifest["format"] == "cicte-field-package" and manifest["format_version"] == 1
    assert manifest["schema_version"] == PACKAGE_REVISION == "0010"  # 0011 added indexes only
    assert manifest["source"] == {"device_uuid": laptop.db.device_id, "device_name": "Laptop A", "role": "laptop"}
    assert manifest["destination"]["name"] == "Headquarters" and manifest["created_at"].endswith("Z")
    assert manifest["counts"]["event"] == 1 and manifest["counts"]["participant"] == 2
    assert set(manifest["members"]) == set(members)
    for name, body in members.items():
        assert manifest["members"][name] == {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
    events = json.loads(members["tables/event.json"])
    assert events["columns"][:5] == ["uuid", "created_at", "updated_at", "device_id", "deleted"]
    assert events["rows"][0][events["columns"].index("title")] == "Aviation security course"
    assert any(n.startswith("attachments/") for n in members)


def test_a_passphrase_hides_everything_and_opens_it_again(pair, tmp_path: Path) -> None:
    laptop, hq = pair
    path = export(laptop, "Headquarters", tmp_path, passphrase=PASSPHRASE)
    raw = path.read_bytes()
    for secret in (b"Marisol", b"Aviation", b"Laptop A", b"manifest", b"photo of the workshop"):
        assert secret not in raw
    assert set(package_members(path)) == {"encryption.json", "package.bin"}
    assert is_encrypted(path)
    with pytest.raises(pkg.PassphraseRequiredError, match="protected with a passphrase"):
        read_package(path)
    with read_package(path, PASSPHRASE) as package:
        assert package.encrypted and package.tables["participant"].rows
        apply_import(hq.db, plan_import(hq.db, package), data_folder=hq.data)
    with hq.db.sql() as conn:
        assert conn.execute("SELECT count(*) FROM participant WHERE name = 'Marisol Quispe'").fetchone() == (1,)


def _flip_a_byte(path: Path, target: Path) -> Path:
    """The ciphertext changed inside a zip that is itself sound (its CRC redone)."""
    members = package_members(path)
    payload = bytearray(members["package.bin"])
    payload[len(payload) // 2] ^= 0x01
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("encryption.json", members["encryption.json"])
        archive.writestr("package.bin", bytes(payload))
    return target


def _cut_last_chunk(path: Path, target: Path) -> Path:
    members = package_members(path)
    envelope = json.loads(members["encryption.json"])
    chunk = envelope["chunk_size"] + 16
    payload = members["package.bin"]
    assert len(payload) > chunk
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("encryption.json", members["encryption.json"])
        archive.writestr("package.bin", payload[: (len(payload) - 1) // chunk * chunk])
    return target


def _bad_packages(plain: Path, encrypted: Path, small_chunks: Path, folder: Path) -> dict[str, tuple[Path, type, str]]:
    def member_changed(members: dict[str, bytes], _manifest: dict) -> None:
        members["tables/event.json"] = members["tables/event.json"].replace(b"Aviation", b"Aviatiom")

    def set_manifest(**values: object) -> Callable[[dict[str, bytes], dict], None]:
        return lambda _members, manifest: manifest.update(values)

    def add_member(name: str) -> Callable[[dict[str, bytes], dict], None]:
        return lambda members, _manifest: members.__setitem__(name, b"#!/bin/sh\nrm -rf ~\n")

    def bad_stamp(members: dict[str, bytes], _manifest: dict) -> None:
        table = json.loads(members["tables/event.json"])
        table["rows"][0][table["columns"].index("updated_at")] = "yesterday"
        members["tables/event.json"] = json.dumps(table).encode()

    def unknown_column(members: dict[str, bytes], _manifest: dict) -> None:
        table = json.loads(members["tables/event.json"])
        table["columns"].append("budget_usd")
        for row in table["rows"]:
            row.append(1000)
        members["tables/event.json"] = json.dumps(table).encode()

    text = folder / "notes.cictepkg"
    text.write_text("Remember to bring the attendance sheets.\n")
    empty = folder / "empty.cictepkg"
    empty.write_bytes(b"")
    workbook = folder / "workbook.cictepkg"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    truncated = folder / "truncated.cictepkg"
    truncated.write_bytes(plain.read_bytes()[: plain.stat().st_size // 2])
    # The zip's directory intact, but garbage in the middle of a member's compressed stream
    # (a bad sector on a USB stick): zlib fails before any checksum can be compared.
    garbled = folder / "garbled.cictepkg"
    data = bytearray(plain.read_bytes())
    with zipfile.ZipFile(plain) as archive:
        member = max((i for i in archive.infolist() if i.compress_type == zipfile.ZIP_DEFLATED),
                     key=lambda i: i.compress_size)
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    middle = start + member.compress_size // 2
    data[middle:middle + 64] = b"\xff" * 64
    garbled.write_bytes(bytes(data))
    return {
        "garbled compressed data": (garbled, pkg.DamagedPackageError, "is damaged"),
        "checksum": (rewrite_package(plain, folder / "checksum.cictepkg", member_changed, relist=False),
                     pkg.DamagedPackageError, "does not match its checksum"),
        "truncated zip": (truncated, pkg.DamagedPackageError, "damaged or incomplete"),
        "format version": (rewrite_package(plain, folder / "format.cictepkg", set_manifest(format_version=7)),
                           pkg.NewerPackageError, "package format 7"),
        "newer schema": (rewrite_package(plain, folder / "schema.cictepkg", set_manifest(schema_version="0042")),
                         pkg.NewerPackageError, "database schema 0042"),
        "path escaping": (rewrite_package(plain, folder / "escape.cictepkg", add_member("../../.bashrc")),
                          pkg.UnsafePackageError, "outside the package's folder"),
        "absolute path": (rewrite_package(plain, folder / "absolute.cictepkg", add_member("/etc/cron.d/job")),
                          pkg.UnsafePackageError, "outside the package's folder"),
        "unexpected member": (rewrite_package(plain, folder / "extra.cictepkg", add_member("tables/../x.json")),
                              pkg.UnsafePackageError, "outside"),
        "unlisted member": (rewrite_package(plain, folder / "unlisted.cictepkg", add_member("attachments/" + "a" * 64),
                                   relist=False), pkg.DamagedPackageError, "does not list"),
        "missing member": (rewrite_package(plain, folder / "missing.cictepkg",
                                  lambda members, manifest: members.pop("tables/participant.json"), relist=False),
                           pkg.DamagedPackageError, "listed in its manifest but missing"),
        "bad record": (rewrite_package(plain, folder / "stamp.cictepkg", bad_stamp), pkg.InvalidValueError,
                       r"event [0-9a-f]{8}…: updated at 'yesterday' is not a time stamp"),
        "unknown column": (rewrite_package(plain, folder / "column.cictepkg", unknown_column), pkg.NewerPackageError,
                           "event.budget_usd"),
        "wrong passphrase": (encrypted, pkg.WrongPassphraseError, "Wrong passphrase"),
        "tampered encryption": (_flip_a_byte(encrypted, folder / "tampered.cictepkg"), pkg.DamagedPackageError,
                                "changed after it was written"),
        "encryption cut short": (_cut_last_chunk(small_chunks, folder / "cut.cictepkg"), pkg.DamagedPackageError,
                                 "changed after it was written"),
        "text file": (text, pkg.NotAPackageError, "not a CICTE Desktop field package"),
        "empty file": (empty, pkg.NotAPackageError, "empty file"),
        "another zip": (workbook, pkg.NotAPackageError, "not a CICTE Desktop field package"),
    }


@pytest.fixture
def bad_packages(pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[Path, type, str]]:
    laptop, _hq = pair
    plain = export(laptop, "Headquarters", tmp_path, everything=True)
    encrypted = export(laptop, "Headquarters", tmp_path, everything=True, passphrase=PASSPHRASE)
    monkeypatch.setattr(pkg, "CHUNK_SIZE", 1024)
    small_chunks = export(laptop, "Headquarters", tmp_path, everything=True, passphrase=PASSPHRASE)
    monkeypatch.undo()
    folder = tmp_path / "bad"
    folder.mkdir()
    return _bad_packages(plain, encrypted, small_chunks, folder)


CASES = ("checksum", "truncated zip", "garbled compressed data", "format version", "newer schema", "path escaping", "absolute path",
         "unexpected member", "unlisted member", "missing member", "bad record", "unknown column", "wrong passphrase",
         "tampered encryption", "encryption cut short", "text file", "empty file", "another zip")


@pytest.mark.parametrize("case", CASES)
def test_a_bad_package_is_refused_with_a_clear_message_and_nothing_is_written(pair, bad_packages, case: str) -> None:
    _laptop, hq = pair
    path, error, words = bad_packages[case]
    before = everything_stored(hq.db)
    files_before = sorted(hq.data.rglob("*")) if hq.data.exists() else []
    passphrase = "not the passphrase" if case == "wrong passphrase" else PASSPHRASE
    with pytest.raises(error, match=words) as caught:
        with read_package(path, passphrase) as package:
            apply_import(hq.db, plan_import(hq.db, package), data_folder=hq.data)
    assert path.name in str(caught.value) or case == "unexpected member"
    assert everything_stored(hq.db) == before
    assert (sorted(hq.data.rglob("*")) if hq.data.exists() else []) == files_before


def test_an_oversized_member_is_refused_before_it_is_read(pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, hq = pair
    path = export(laptop, "Headquarters", tmp_path)
    monkeypatch.setitem(pkg.LIMITS, "attachment_bytes", 100)
    before = everything_stored(hq.db)
    with pytest.raises(pkg.UnsafePackageError, match=r"attachments/[0-9a-f]{64} is larger than a field package may"):
        read_package(path)
    monkeypatch.setitem(pkg.LIMITS, "attachment_bytes", 1 << 30)
    monkeypatch.setitem(pkg.LIMITS, "members", 3)
    with pytest.raises(pkg.UnsafePackageError, match="too many files"):
        read_package(path)
    assert everything_stored(hq.db) == before


def test_a_duplicated_member_is_refused(pair, tmp_path: Path) -> None:
    laptop, _hq = pair
    path = export(laptop, "Headquarters", tmp_path)
    members = package_members(path)
    doubled = tmp_path / "doubled.cictepkg"
    with zipfile.ZipFile(doubled, "w") as archive, pytest.warns(UserWarning):
        for name, body in members.items():
            archive.writestr(name, body)
        archive.writestr("tables/event.json", members["tables/event.json"])
    with pytest.raises(pkg.UnsafePackageError, match="twice"):
        read_package(doubled)


def test_a_cancelled_export_leaves_no_file(pair, tmp_path: Path) -> None:
    laptop, _hq = pair
    target = tmp_path / "cancelled.cictepkg"
    with pytest.raises(pkg.PackageCancelled):
        export_package(laptop.db, target, destination_named(laptop.db, "Headquarters"),
                       data_folder=laptop.data, progress=lambda done, total: done < 2)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))
    with laptop.db.sql() as conn:  # and it does not count as sent
        assert conn.execute("SELECT count(*) FROM sync_peer").fetchone() == (0,)


def test_a_record_the_database_refuses_rolls_the_whole_import_back(pair, tmp_path: Path) -> None:
    laptop, hq = pair
    path = export(laptop, "Headquarters", tmp_path)

    def ends_before_it_starts(members: dict[str, bytes], _manifest: dict) -> None:
        table = json.loads(members["tables/event.json"])
        # Every value sound on its own; the database's check of the two dates refuses it.
        table["rows"][0][table["columns"].index("end_date")] = "2016-05-01"
        members["tables/event.json"] = json.dumps(table).encode()

    bad = rewrite_package(path, tmp_path / "backwards.cictepkg", ends_before_it_starts)
    before = everything_stored(hq.db)
    with read_package(bad) as package:
        plan = plan_import(hq.db, package)
        with pytest.raises(ImportRefusedError, match="holds a record this database refuses"):
            apply_import(hq.db, plan, data_folder=hq.data)
    assert everything_stored(hq.db) == before


STAMP = "2016-05-02T10:00:00.000000Z"
COLUMNS = ["uuid", "created_at", "updated_at", "device_id", "deleted", "title"]
DEVICE = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"


def _uuid(number: int) -> str:
    return f"{number:08d}-0000-4000-8000-000000000000"


def _record(number: int, **changes: object) -> list:
    values = {"uuid": _uuid(number), "created_at": STAMP, "updated_at": STAMP, "device_id": DEVICE,
              "deleted": 0, "title": f"Workshop {number}"}
    values.update(changes)
    return [values[c] for c in COLUMNS]


@pytest.mark.parametrize(("bad", "words"), [
    ({"uuid": _uuid(1)}, "it appears twice"), ({"uuid": ""}, "uuid '' is not an identifier"),
    ({"uuid": "u" * 37}, "is not an identifier"), ({"uuid": 7}, "uuid 7 is not text"),
    ({"device_id": ""}, "device id '' is not an identifier"), ({"device_id": None}, "device id is missing"),
    ({"updated_at": "yesterday"}, "updated at 'yesterday' is not a time stamp"),
    ({"updated_at": STAMP[:-1]}, "is not a time stamp"), ({"created_at": STAMP + "\n" + STAMP}, "is not a time stamp"),
    ({"created_at": "2016-05-02T10:00:00.00000Z\n"}, "is not a time stamp"), ({"updated_at": 20160502}, "is not text"),
    ({"deleted": 2}, "deleted 2 is not 0 or 1"), ({"deleted": True}, "deleted True is not a whole number"),
    ({"deleted": 1.0}, "is not a whole number"), ({"deleted": None}, "deleted is missing"),
])
def test_every_record_is_checked_and_the_bad_one_is_named(bad: dict[str, object], words: str) -> None:
    """Records are checked a column at a time for speed; what is refused, and the record named,
    must be what a record-by-record check gives."""
    rows = [_record(n) for n in range(1, 200)]
    rows[120] = _record(121, **bad)
    body = json.dumps({"table": "event", "columns": COLUMNS, "rows": rows}).encode()
    uuid = bad.get("uuid", _uuid(121))
    record = f"event {uuid[:8]}…" if uuid in (_uuid(1), _uuid(121)) else f"event {uuid!r}"
    with pytest.raises(pkg.InvalidValueError, match=rf"field\.cictepkg was refused: {re.escape(record)}: (.* )?{re.escape(words)}"):
        parse_table(body, "event", Path("field.cictepkg"), "tables/event.json")
    sound = json.dumps({"table": "event", "columns": COLUMNS, "rows": rows[:120] + rows[121:]}).encode()
    assert len(parse_table(sound, "event", Path("field.cictepkg"), "tables/event.json").rows) == 198


@pytest.mark.parametrize("row", [[_uuid(121), STAMP], _uuid(121), None])
def test_a_record_of_the_wrong_shape_is_refused(row: object) -> None:
    rows: list = [_record(n) for n in range(1, 200)]
    rows[120] = row
    body = json.dumps({"table": "event", "columns": COLUMNS, "rows": rows}).encode()
    with pytest.raises(pkg.DamagedPackageError, match="event #121: it has the wrong number of values"):
        parse_table(body, "event", Path("field.cictepkg"), "tables/event.json")
