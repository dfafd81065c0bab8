"""Devices for field-package tests: databases with their own device ids and data folders, made
once and copied (creating and seeding one takes a quarter of a second).

Each device has its signing key in its data folder, and the three trust each other already
(as if enrolled: "Headquarters" is the headquarters, the laptops are laptops), so that tests
about merging need no confirmation; ``make_device(..., trusting=False)`` makes one that knows
no other device, and ``receive`` confirms a new sender unless told not to."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cicte_desktop.db.database import Database, open_database
from cicte_desktop.db.synced import SYNCED_TABLES
from cicte_desktop.services import devices
from cicte_desktop.services.events.inputs import EventInput, ParticipantInput
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync import trust
from cicte_desktop.sync.apply import ImportResult, apply_import
from cicte_desktop.sync.import_plan import plan_import
from cicte_desktop.sync.outgoing import destination_named, export_package
from cicte_desktop.sync.package_reader import read_package

DEVICE_NAMES = ("Laptop A", "Laptop B", "Headquarters")


@cache
def _templates() -> dict[str, Path]:
    folder = Path(tempfile.mkdtemp(prefix="cicte-sync-templates-"))
    made = {}
    enrolled = []
    for name in DEVICE_NAMES:
        path = folder / f"{name}.sqlite"
        db = open_database(path)
        devices.set_device_name(db, name)
        role = devices.HEADQUARTERS if name == "Headquarters" else devices.LAPTOP
        devices.set_device_role(db, role)
        key = trust.signing_key(folder / f"{name}-data", db.device_id)
        _KEYS[db.device_id] = key
        enrolled.append((db.device_id, name, trust.public_bytes(key).hex(), role))
        db.close()
        made[name] = path
    for name, path in made.items():
        conn = sqlite3.connect(path)
        with conn:
            mine = conn.execute("SELECT value FROM local_setting WHERE key = 'device_id'").fetchone()[0]
            conn.executemany("INSERT INTO trusted_device (device_uuid, name, public_key, role, confirmed_at) "
                             "VALUES (?, ?, ?, ?, '2016-01-04T09:00:00.000000Z')",
                             [row for row in enrolled if row[0] != mine])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    return made


#: Every test device's private key, by device id (for re-signing crafted packages).
_KEYS: dict[str, object] = {}


@dataclass
class Device:
    name: str
    db: Database
    data: Path  # its data folder (attached files)

    @property
    def path(self) -> Path:
        return self.db.path


def make_device(folder: Path, name: str, *, trusting: bool = True) -> Device:
    """A copy of the template device ``name``; ``trusting=False``: it trusts no other device yet."""
    template = _templates()[name]
    path = folder / f"{name}.sqlite"
    shutil.copy(template, path)
    shutil.copytree(template.with_name(f"{name}-data"), folder / f"{name}-data", dirs_exist_ok=True)
    if not trusting:
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("DELETE FROM trusted_device")
        conn.close()
    return Device(name, open_database(path), folder / f"{name}-data")


def private_key(device: Device) -> object:
    return trust.signing_key(device.data, device.db.device_id)


def trusted_senders(device: Device) -> list[tuple]:
    with device.db.sql() as conn:
        return conn.execute("SELECT device_uuid, name, public_key, role FROM trusted_device ORDER BY name").fetchall()


def close_all(*found: Device) -> None:
    for device in found:
        device.db.close()


def event_input(activity: str, title: str, *, start: dt.date = dt.date(2016, 5, 2), people: tuple[str, ...] = (),
                states: tuple[str, ...] = ("JAM",), status: str = "planned") -> EventInput:
    return EventInput(activity_uuid=activity, event_type="workshop", title=title, status=status, start_date=start,
                      end_date=start, member_states=states,
                      participants=tuple(ParticipantInput(None, n, "F") for n in people))


def first_activity(db: Database) -> str:
    with db.sql() as conn:
        return conn.execute("SELECT uuid FROM planned_activity ORDER BY position, uuid LIMIT 1").fetchone()[0]


def send(source: Device, target: Device, folder: Path, *, everything: bool = False,
         choices: dict | None = None) -> ImportResult:
    """Export from ``source`` for ``target`` and import it there."""
    path = export(source, target, folder, everything=everything)
    return receive(target, path, choices=choices)


_counter = [0]


def export(source: Device, target: Device | str, folder: Path, *, everything: bool = False,
           passphrase: str | None = None) -> Path:
    _counter[0] += 1
    name = target.name if isinstance(target, Device) else target
    path = folder / f"{source.name}-to-{name}-{_counter[0]}.cictepkg"
    export_package(source.db, path, destination_named(source.db, name), everything=everything,
                   passphrase=passphrase, data_folder=source.data)
    return path


def receive(target: Device, path: Path, *, choices: dict | None = None, passphrase: str | None = None,
            trust_sender: bool = True) -> ImportResult:
    """Import ``path`` at ``target``, confirming a sender it does not know yet unless ``trust_sender`` is False."""
    with read_package(path, passphrase) as package:
        plan = plan_import(target.db, package)
        return apply_import(target.db, plan, choices, data_folder=target.data, trust_sender=trust_sender)


def synced_content(db: Database) -> dict[str, list[tuple]]:
    """Every synchronised row, every column: what must be the same on devices that converged."""
    with db.sql() as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in SYNCED_TABLES}


def everything_stored(db: Database) -> list[str]:
    """The whole database, local tables included (for "nothing was written"); on a server, every
    row of every table, in order."""
    if getattr(db, "dialect", "sqlite") != "sqlite":  # (a test may hand a bare object with a file's path)
        from tests.helpers import connect_to

        with connect_to(db) as conn:
            tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                                 "ORDER BY tablename").fetchall()]
            return [f"{table}: {row!r}" for table in tables
                    for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()]
    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def database_bytes(db: Database) -> str:
    """The database file byte for byte (a digest), once everything committed is in it (and in
    write-ahead-log mode, as the app always opens it, which marks the file's header)."""
    if getattr(db, "dialect", "sqlite") != "sqlite":  # a server: no file; what it stores
        return hashlib.sha256(repr(everything_stored(db)).encode()).hexdigest()
    if hasattr(db, "wait_for_checkpoint"):  # a checkpoint the app began in the background (a large import)
        db.wait_for_checkpoint()
    conn = sqlite3.connect(db.path, timeout=10)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        for _ in range(50):  # a reader of the app's own (the integrity check) may still hold the log
            if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0:
                break  # not busy: all copied in
            time.sleep(0.1)
        else:
            raise AssertionError("the database stayed busy: its log could not be copied in")
    finally:
        conn.close()
    return hashlib.sha256(Path(db.path).read_bytes()).hexdigest()


def package_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


SENDER, STALE, UNSIGNED = "sender", "stale", "unsigned"


def rewrite_package(source: Path, target: Path, change: Callable[[dict[str, bytes], dict], None], *,
                    relist: bool = True, sign: object = SENDER,
                    compression: int = zipfile.ZIP_STORED) -> Path:
    """A copy of a plain package with members or manifest changed (its checksums redone when
    ``relist``, as someone forging a package, or another version of the app, would), its
    members compressed with ``compression`` (ZIP_DEFLATED: a zip bomb).

    ``sign``: SENDER (default) signs the new manifest with the key of the device it names as its
    source, as that device would (so that the change itself is what is tested); STALE keeps the
    original signature (of the original manifest); UNSIGNED leaves the signature out; a private
    key (``Ed25519PrivateKey``) signs with that key instead, as a forger would."""
    members = package_members(source)
    manifest = json.loads(members.pop(pkg.MANIFEST))
    old_signature = members.pop(pkg.SIGNATURE, None)
    change(members, manifest)
    if relist:
        manifest["members"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in members.items()}
    manifest_bytes = json.dumps(manifest).encode("utf-8")
    device = manifest.get("source", {}).get("device_uuid") if isinstance(manifest.get("source"), dict) else None
    if sign == SENDER:
        _templates()
        signature = trust.signature_member(manifest_bytes, _KEYS[device], device) if device in _KEYS else old_signature
    elif sign == STALE:
        signature = old_signature
    elif sign == UNSIGNED:
        signature = None
    else:
        signature = trust.signature_member(manifest_bytes, sign, str(device))
    with zipfile.ZipFile(target, "w", compression) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
        archive.writestr(pkg.MANIFEST, manifest_bytes)
        if signature is not None:
            archive.writestr(pkg.SIGNATURE, signature)
    return target
