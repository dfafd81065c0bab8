"""Who may say what: signed field packages, trusted senders, headquarters' authority over the
plan, the reference data and the period locks, and edits inside locked periods."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLabel
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cicte_desktop.db import models as m
from cicte_desktop.db.database import open_database
from cicte_desktop.services import backup, devices
from cicte_desktop.services.events import periods as events_periods, reading, writing
from cicte_desktop.sync import trust
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync import package_checks
from cicte_desktop.sync.apply import ImportRefusedError, UntrustedSenderError, apply_import
from cicte_desktop.sync.conflicts import OURS, THEIRS
from cicte_desktop.sync.import_plan import NEW, REFUSED_AUTHORITY, REFUSED_LOCKED, plan_import
from cicte_desktop.sync.outgoing import destination_named, export_package
from cicte_desktop.sync.package_reader import read_package
from tests.conftest import FROZEN, run_cli
from tests.helpers import finish
from tests.sync_helpers import (
    STALE,
    UNSIGNED,
    close_all,
    database_bytes,
    event_input,
    everything_stored,
    export,
    first_activity,
    make_device,
    private_key,
    receive,
    rewrite_package,
    trusted_senders,
)


@pytest.fixture
def trio(tmp_path: Path):
    found = [make_device(tmp_path, name) for name in ("Laptop A", "Laptop B", "Headquarters")]
    yield found
    close_all(*found)


def _stored_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


def _refused_whole(device, path: Path, error: type, words: str, **receive_args) -> None:  # type: ignore[no-untyped-def]
    """Importing ``path`` raises ``error`` and leaves the database and the data folder as they were."""
    before, files, raw = everything_stored(device.db), _stored_files(device.data), database_bytes(device.db)
    with pytest.raises(error, match=words):
        receive(device, path, **receive_args)
    assert database_bytes(device.db) == raw  # not a byte written
    assert everything_stored(device.db) == before
    assert _stored_files(device.data) == files


def _title_of_work_area(device, number: str = "1") -> str:  # type: ignore[no-untyped-def]
    with device.db.sql() as conn:
        return conn.execute("SELECT title FROM work_area WHERE number = ?", (number,)).fetchone()[0]


def _rename_work_area_and_member_state(device) -> None:  # type: ignore[no-untyped-def]
    with device.db.write() as s:
        area = s.query(m.WorkArea).filter_by(number="1").one()
        area.title = "Border Controls (renamed on a laptop)"
        state = s.query(m.MemberState).filter_by(iso3="JAM").one()
        state.name = "Jamaica (renamed on a laptop)"


# --- Signatures -------------------------------------------------------------------------------


def test_every_package_is_signed_by_its_device_and_an_encrypted_one_inside(trio, tmp_path: Path) -> None:
    laptop, _b, hq = trio
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Signed workshop"))
    plain = export(laptop, hq, tmp_path)
    protected = export(laptop, hq, tmp_path, everything=True, passphrase="a long passphrase")
    mine = trust.public_bytes(private_key(laptop))
    for path, passphrase in ((plain, None), (protected, "a long passphrase")):
        with read_package(path, passphrase) as package:
            assert package.signature.device_uuid == laptop.db.device_id
            assert package.signature.public_key == mine
    assert receive(hq, protected, passphrase="a long passphrase").counts[NEW] >= 1


def test_an_unsigned_package_is_refused(trio, tmp_path: Path) -> None:
    laptop, _b, hq = trio
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Unsigned"))
    path = rewrite_package(export(laptop, hq, tmp_path), tmp_path / "unsigned.cictepkg", lambda _m, _f: None,
                           sign=UNSIGNED)
    _refused_whole(hq, path, pkg.TamperedPackageError, "is not signed")


def test_a_bad_signature_is_refused_before_anything_else_is_parsed(trio, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    laptop, _b, hq = trio
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Tampered"))

    def garbage_table(members: dict[str, bytes], _manifest: dict) -> None:
        members["tables/event.json"] = b'{"table": "event", "columns": [1, 2, "not json'

    path = rewrite_package(export(laptop, hq, tmp_path), tmp_path / "tampered.cictepkg", garbage_table, sign=STALE)
    parsed: list[str] = []
    original_manifest, original_table = package_checks.parse_manifest, package_checks.parse_table
    monkeypatch.setattr(package_checks, "parse_manifest", lambda *a: parsed.append("manifest") or original_manifest(*a))
    monkeypatch.setattr(package_checks, "parse_table", lambda *a: parsed.append("table") or original_table(*a))
    _refused_whole(hq, path, pkg.TamperedPackageError, "tampered with")
    assert parsed == []  # neither the manifest nor the broken table was ever parsed
    # Signed properly, the same broken table is what is refused: the signature was the first check.
    resigned = rewrite_package(export(laptop, hq, tmp_path, everything=True), tmp_path / "resigned.cictepkg",
                               garbage_table)
    _refused_whole(hq, resigned, pkg.DamagedPackageError, "event.json cannot be read|is damaged")
    assert parsed[0] == "manifest"


def test_a_package_resigned_by_an_unknown_key_for_a_known_device_is_refused(trio, tmp_path: Path) -> None:
    laptop, _b, hq = trio
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Forged"))
    forger = Ed25519PrivateKey.generate()
    path = rewrite_package(export(laptop, hq, tmp_path), tmp_path / "forged.cictepkg", lambda _m, _f: None,
                           sign=forger)
    with read_package(path) as package:  # a sound signature, by a key nobody confirmed
        plan = plan_import(hq.db, package)
    assert plan.sender.status == trust.KEY_CHANGED and plan.sender.fingerprint == trust.fingerprint(
        trust.public_bytes(forger))
    _refused_whole(hq, path, UntrustedSenderError, "new key for Laptop A", trust_sender=False)


def test_a_changed_key_is_refused_until_confirmed_again(trio, tmp_path: Path) -> None:
    laptop, _b, hq = trio
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Reinstalled laptop"))
    old_key = private_key(laptop)
    trust.key_path(laptop.data, laptop.db.device_id).unlink()  # the laptop was reinstalled: a new key
    new_package = export(laptop, hq, tmp_path)
    new_key = trust.public_bytes(private_key(laptop))
    _refused_whole(hq, new_package, UntrustedSenderError, "new key", trust_sender=False)
    receive(hq, new_package, trust_sender=True)  # someone compared the fingerprint
    assert (laptop.db.device_id, "Laptop A", new_key.hex(), "laptop") in trusted_senders(hq)
    # Now the old key is the stranger.
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Signed with the old key"))
    old = rewrite_package(export(laptop, hq, tmp_path), tmp_path / "old-key.cictepkg", lambda _m, _f: None,
                          sign=old_key)
    _refused_whole(hq, old, UntrustedSenderError, "new key", trust_sender=False)


def test_first_contact_without_confirmation_writes_nothing(tmp_path: Path) -> None:
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters", trusting=False)
    try:
        writing.log_event(laptop.db, event_input(first_activity(laptop.db), "First contact", people=("Ana",)))
        path = export(laptop, hq, tmp_path)
        with read_package(path) as package:
            plan = plan_import(hq.db, package)
        assert plan.sender.status == trust.NEW and plan.sender.name == "Laptop A"
        fingerprint = trust.fingerprint(trust.public_bytes(private_key(laptop)))
        assert plan.sender.fingerprint == fingerprint and len(fingerprint.split()) == 8
        assert "never received a package from Laptop A" in plan.sender.question()
        _refused_whole(hq, path, UntrustedSenderError, fingerprint, trust_sender=False)
        assert receive(hq, path).counts[NEW] >= 1  # confirmed
        assert trusted_senders(hq) == [(laptop.db.device_id, "Laptop A",
                                        trust.public_bytes(private_key(laptop)).hex(), "laptop")]
    finally:
        close_all(laptop, hq)


def test_the_command_line_refuses_an_unknown_sender_unless_told_to_trust_it(tmp_path: Path) -> None:
    laptop, hq = tmp_path / "laptop.sqlite", tmp_path / "hq.sqlite"
    package = tmp_path / "mission.cictepkg"
    assert run_cli("--db", str(laptop), "demo-data", "--events", "3").returncode == 0
    assert run_cli("--db", str(laptop), "package", "export", "--out", str(package), "--to", "HQ").returncode == 0
    shown = run_cli("--db", str(laptop), "device", "role")
    assert shown.returncode == 0 and "is laptop" in shown.stdout
    fingerprint = shown.stdout.strip().rstrip(".").rsplit(" is ", 1)[1]
    assert len(fingerprint.split()) == 8
    assert run_cli("--db", str(hq), "plan").returncode == 0  # the database exists, as it was before the import
    before, raw = everything_stored(SimpleNamespace(path=hq)), database_bytes(SimpleNamespace(path=hq))
    refused = run_cli("--db", str(hq), "package", "import", str(package))
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1 and fingerprint in refused.stderr
    assert "does not know yet" in refused.stderr and "Traceback" not in refused.stderr
    assert everything_stored(SimpleNamespace(path=hq)) == before
    assert database_bytes(SimpleNamespace(path=hq)) == raw
    done = run_cli("--db", str(hq), "package", "import", str(package), "--trust-new-sender")
    assert done.returncode == 0, done.stderr
    again = run_cli("--db", str(hq), "package", "import", str(package))  # trusted from now on
    assert again.returncode == 0 and "imported before" in again.stdout


def test_device_role_headquarters_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "hq.sqlite"
    made = run_cli("--db", str(db), "device", "role", "headquarters")
    assert made.returncode == 0 and "is headquarters" in made.stdout
    assert "is headquarters" in run_cli("--db", str(db), "device", "role").stdout
    assert "is laptop" in run_cli("--db", str(db), "device", "role", "laptop").stdout
    wrong = run_cli("--db", str(db), "device", "role", "boss")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr


# --- Authority ------------------------------------------------------------------------------------


def test_a_laptop_learns_headquarters_and_takes_its_plan_changes(tmp_path: Path) -> None:
    hq, laptop = make_device(tmp_path, "Headquarters"), make_device(tmp_path, "Laptop A", trusting=False)
    try:
        with hq.db.write() as s:
            s.query(m.WorkArea).filter_by(number="1").one().title = "Border Controls (revised 2017)"
        path = export(hq, laptop, tmp_path)
        with read_package(path) as package:
            plan = plan_import(laptop.db, package)
        assert plan.sender.status == trust.NEW and plan.sender.claimed_role == trust.HEADQUARTERS
        assert "headquarters" in plan.sender.question() and plan.refused == []
        _refused_whole(laptop, path, UntrustedSenderError, "does not know yet", trust_sender=False)
        receive(laptop, path, trust_sender=True)
        assert _title_of_work_area(laptop) == "Border Controls (revised 2017)"
        assert trusted_senders(laptop)[0][3] == "headquarters"
        # Later changes come in without a question.
        with hq.db.write() as s:
            s.query(m.WorkArea).filter_by(number="1").one().title = "Border Controls (revised 2018)"
        receive(laptop, export(hq, laptop, tmp_path), trust_sender=False)
        assert _title_of_work_area(laptop) == "Border Controls (revised 2018)"
    finally:
        close_all(hq, laptop)


def test_a_laptops_plan_and_reference_changes_are_refused_and_named_the_rest_imported(trio, tmp_path: Path) -> None:
    laptop, other, hq = trio
    original = _title_of_work_area(hq)
    event_id = writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Workshop next to a rename"))
    _rename_work_area_and_member_state(laptop)
    for receiver in (hq, other):
        path = export(laptop, receiver, tmp_path)
        with read_package(path) as package:
            plan = plan_import(receiver.db, package)
        assert sorted((t, r, label) for t, r, label in plan.refused) == [
            ("member_state", REFUSED_AUTHORITY, "Jamaica (renamed on a laptop)"),
            ("work_area", REFUSED_AUTHORITY, "1. Border Controls (renamed on a laptop)")]
        receive(receiver, path)
        assert _title_of_work_area(receiver) == original
        with receiver.db.sql() as conn:
            assert conn.execute("SELECT name FROM member_state WHERE iso3 = 'JAM'").fetchone() == ("Jamaica",)
            assert conn.execute("SELECT title FROM event WHERE uuid = ?", (event_id,)).fetchone() == (
                "Workshop next to a rename",)


def test_a_laptops_partner_mandate_and_period_lock_changes_are_refused_too(trio, tmp_path: Path) -> None:
    """The rest of the reference data and the reporting-period locks: only headquarters may
    change them; a laptop's package that does is named and refused, its events imported."""
    laptop, _b, hq = trio
    with hq.db.sql() as conn:
        partner_before = conn.execute("SELECT uuid, name FROM partner_organization ORDER BY position").fetchone()
        mandate_before = conn.execute("SELECT uuid, title FROM mandate ORDER BY position").fetchone()
    event_id = writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Workshop beside the edits"))
    events_periods.set_period_lock(laptop.db, 2015, 1, True, "locked on a laptop")
    with laptop.db.write() as s:
        partner = s.get(m.PartnerOrganization, partner_before[0])
        partner.name = partner.name + " (renamed on a laptop)"
        mandate = s.get(m.Mandate, mandate_before[0])
        mandate.title = mandate.title + " (edited on a laptop)"
    path = export(laptop, hq, tmp_path)
    with read_package(path) as package:
        plan = plan_import(hq.db, package)
    assert sorted((table, reason) for table, reason, _label in plan.refused) == [
        ("audit_entry", REFUSED_AUTHORITY), ("mandate", REFUSED_AUTHORITY),
        ("partner_organization", REFUSED_AUTHORITY), ("period_lock", REFUSED_AUTHORITY)]
    labels = {label for table, _reason, label in plan.refused}
    assert "January-June 2015, locked" in labels  # in words, as the window says a period
    assert any(label.startswith("Reporting periods: locked") for label in labels)  # its history entry too
    receive(hq, path)
    assert events_periods.locked_periods(hq.db) == set()
    with hq.db.sql() as conn:
        # no history entry tells of a lock that was never made here
        assert conn.execute("SELECT count(*) FROM audit_entry WHERE record_type = 'period_lock'").fetchone() == (0,)
        assert conn.execute("SELECT uuid, name FROM partner_organization WHERE uuid = ?",
                            (partner_before[0],)).fetchone() == partner_before
        assert conn.execute("SELECT uuid, title FROM mandate WHERE uuid = ?",
                            (mandate_before[0],)).fetchone() == mandate_before
        assert conn.execute("SELECT title FROM event WHERE uuid = ?", (event_id,)).fetchone() == (
            "Workshop beside the edits",)


def test_the_command_line_names_refused_plan_changes(trio, tmp_path: Path) -> None:
    laptop, _b, hq = trio
    _rename_work_area_and_member_state(laptop)
    path = export(laptop, hq, tmp_path)
    hq_path = hq.path
    hq.db.close()
    result = run_cli("--db", str(hq_path), "package", "import", str(path), "--dry-run")
    hq.db = open_database(hq_path)
    assert result.returncode == 0, result.stderr
    assert "refused: Work areas “1. Border Controls (renamed on a laptop)” (only headquarters may change it)" in (
        result.stdout)
    assert "refused: Member states “Jamaica (renamed on a laptop)”" in result.stdout


def test_a_forged_headquarters_never_gets_authority_silently(trio, tmp_path: Path) -> None:
    laptop, other, hq = trio
    _rename_work_area_and_member_state(laptop)

    def pose_as_headquarters(_members: dict[str, bytes], manifest: dict) -> None:
        manifest["source"].update(device_name="Headquarters", role="headquarters")

    # Signed with the laptop's own key, claiming to be headquarters: the role must be confirmed.
    posing = rewrite_package(export(laptop, hq, tmp_path), tmp_path / "posing.cictepkg", pose_as_headquarters)
    _refused_whole(other, posing, UntrustedSenderError, "now says it is headquarters", trust_sender=False)

    def stranger(_members: dict[str, bytes], manifest: dict) -> None:  # its own key and device id
        manifest["source"].update(device_uuid="6a1d2b9e-0000-4000-8000-000000000001", device_name="Headquarters",
                                  role="headquarters")

    forged = rewrite_package(export(laptop, hq, tmp_path, everything=True), tmp_path / "forged-hq.cictepkg",
                             stranger, sign=Ed25519PrivateKey.generate())
    with read_package(forged) as package:
        plan = plan_import(other.db, package)
    assert plan.sender.status == trust.NEW and plan.sender.replaces == "Headquarters"
    _refused_whole(other, forged, UntrustedSenderError, "does not know yet", trust_sender=False)
    assert _title_of_work_area(other) == _title_of_work_area(hq)


def test_a_laptops_edit_inside_a_locked_period_is_a_conflict_only_headquarters_can_accept(trio, tmp_path: Path) -> None:
    laptop, other, hq = trio
    event_id = writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Reported workshop"))
    receive(hq, export(laptop, hq, tmp_path))
    events_periods.set_period_lock(hq.db, 2016, 1, True, "Reported to the Committee")
    receive(other, export(hq, other, tmp_path))  # the lock and the event reach laptop B
    assert events_periods.locked_periods(other.db) == {(2016, 1)}
    # Laptop A has not heard of the lock yet and edits the event.
    edited = dataclasses.replace(reading.get_event_input(laptop.db, event_id), title="Reported workshop (edited late)")
    writing.update_event(laptop.db, event_id, edited)
    late_for_b, late_for_hq = export(laptop, other, tmp_path), export(laptop, hq, tmp_path)

    # At a laptop: kept out, named, never applied.
    with read_package(late_for_b) as package:
        plan = plan_import(other.db, package)
    assert ("event", REFUSED_LOCKED, "Reported workshop (edited late) (2016-05-02)") in plan.refused
    assert not plan.conflicts
    receive(other, late_for_b)
    assert reading.get_event_input(other.db, event_id).title == "Reported workshop"

    # At headquarters: a conflict whose rule keeps the reported version...
    with read_package(late_for_hq) as package:
        plan = plan_import(hq.db, package)
    [conflict] = [c for c in plan.conflicts if c.table == "event"]
    assert conflict.locked and conflict.rule_winner == OURS
    assert ("title", "Reported workshop", "Reported workshop (edited late)") in conflict.differences()
    hq_copy = tmp_path / "hq-copy.sqlite"
    with sqlite3.connect(hq.path) as source, sqlite3.connect(hq_copy) as target:
        source.backup(target)
    receive(hq, late_for_hq)
    assert reading.get_event_input(hq.db, event_id).title == "Reported workshop"
    # ...which headquarters may overrule.
    accepted = open_database(hq_copy)
    try:
        with read_package(late_for_hq) as package:
            plan = plan_import(accepted, package)
            apply_import(accepted, plan, {("event", event_id): THEIRS}, data_folder=hq.data)
        assert reading.get_event_input(accepted, event_id).title == "Reported workshop (edited late)"
    finally:
        accepted.close()


# --- The key, backups and the schema --------------------------------------------------------------


def test_the_private_key_is_private_and_never_in_a_backup(trio, tmp_path: Path) -> None:
    laptop, _b, hq = trio
    export(laptop, hq, tmp_path)
    path = trust.key_path(laptop.data, laptop.db.device_id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    key = private_key(laptop)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    copy = tmp_path / "backup.sqlite"
    backup.copy_database(laptop.db.path, copy)
    automatic = backup.automatic_backup(laptop.db.path, tmp_path / "automatic", "test")
    for stored in (copy, automatic, laptop.db.path):
        data = stored.read_bytes()
        assert raw not in data and path.read_bytes() not in data and b"PRIVATE KEY" not in data
    assert not list(tmp_path.glob("*.partial")) and not list(path.parent.glob("*.partial"))


def test_a_damaged_key_file_is_said_in_words(tmp_path: Path) -> None:
    path = trust.key_path(tmp_path, "device-1")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a key")
    with pytest.raises(OSError, match="is damaged"):
        trust.signing_key(tmp_path, "device-1")


def test_a_database_of_schema_0006_upgrades_to_trusting_nobody_yet(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN / "schema_0006.sqlite", path)
    db = open_database(path, backup_folder=tmp_path / "backups")
    try:
        assert db.upgraded_from == "0006"
        with db.sql() as conn:
            assert conn.execute("SELECT count(*) FROM trusted_device").fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM event").fetchone() == (60,)
        assert devices.device_role(db) == devices.LAPTOP
        out = export_package(db, tmp_path / "after-upgrade.cictepkg",
                             destination_named(db, "Headquarters"), data_folder=tmp_path / "data")
        with read_package(out.path) as package:
            assert package.signature.device_uuid == db.device_id
            assert json.loads(json.dumps(package.manifest["source"]))["role"] == "laptop"
    finally:
        db.close()


# --- The window ---------------------------------------------------------------------------------


def test_the_preview_asks_to_compare_the_fingerprint_and_names_refused_changes(tmp_path: Path, qtbot,
                                                                               shown_messages) -> None:
    from cicte_desktop.app import build_main_window

    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters", trusting=False)
    event_id = writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Workshop from a new laptop"))
    _rename_work_area_and_member_state(laptop)
    path = export(laptop, hq, tmp_path)
    fingerprint = trust.fingerprint(trust.public_bytes(private_key(laptop)))
    hq_path, original = hq.path, _title_of_work_area(hq)
    close_all(laptop, hq)
    window = build_main_window(hq_path)
    qtbot.addWidget(window)
    window.show()
    try:
        finish(qtbot, window.packages.import_field_package(path))
        dialog = window.packages.package_import_dialog
        assert dialog.sender_box is not None and not dialog.sender_box.isHidden()
        assert dialog.sender_box.findChild(QLabel, "fingerprint").text() == fingerprint
        assert "Laptop A" in dialog.sender_box.findChild(QLabel, "senderName").text()
        assert not dialog.import_button.isEnabled()  # not before the fingerprint was compared
        assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Refused (2)"
        refused = {dialog.refused.item(r, 1).text(): dialog.refused.item(r, 2).text()
                   for r in range(dialog.refused.rowCount())}
        assert refused == {"1. Border Controls (renamed on a laptop)": "Only headquarters may change it",
                           "Jamaica (renamed on a laptop)": "Only headquarters may change it"}
        assert "2 change(s)" in dialog.notes.text() or "2 changes" in dialog.notes.text()
        dialog.trust_check.setChecked(True)
        assert dialog.import_button.isEnabled()
        dialog.import_button.click()
        qtbot.waitUntil(lambda: any(kind == "info" for kind, *_ in shown_messages))
        assert reading.get_event_input(window.database, event_id).title == "Workshop from a new laptop"
        with window.database.sql() as conn:
            assert conn.execute("SELECT title FROM work_area WHERE number = '1'").fetchone() == (original,)
            assert conn.execute("SELECT name, role FROM trusted_device").fetchall() == [("Laptop A", "laptop")]
        # Tools > This Computer Is Headquarters
        assert window.headquarters_action.isChecked()  # the test device "Headquarters" is
        window.headquarters_action.trigger()
        assert devices.device_role(window.database) == devices.LAPTOP
        window.headquarters_action.trigger()
        assert devices.device_role(window.database) == devices.HEADQUARTERS
    finally:
        window.database.close()


def test_a_new_event_from_a_laptop_inside_a_locked_period_waits_for_headquarters(trio, tmp_path: Path) -> None:
    laptop, other, hq = trio
    events_periods.set_period_lock(hq.db, 2016, 1, True, "Reported to the Committee")
    receive(other, export(hq, other, tmp_path))
    import datetime as dt

    late = writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Reported late",
                                                      start=dt.date(2016, 3, 1)))
    path = export(laptop, hq, tmp_path)
    with read_package(path) as package:
        plan = plan_import(hq.db, package)
    held = [c for c in plan.conflicts if c.locked]
    assert {c.table for c in held} == {"event", "event_member_state"}
    assert all(c.rule_winner == OURS and c.value(OURS, "updated_at") is None for c in held)
    copy = tmp_path / "hq-copy.sqlite"
    with sqlite3.connect(hq.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    receive(hq, path)  # the rule keeps it out
    with hq.db.sql() as conn:
        assert conn.execute("SELECT count(*) FROM event WHERE uuid = ?", (late,)).fetchone() == (0,)
    accepted = open_database(copy)
    try:
        with read_package(path) as package:
            plan = plan_import(accepted, package)
            apply_import(accepted, plan, {(c.table, c.uuid): THEIRS for c in plan.conflicts},
                         data_folder=hq.data)
        assert reading.get_event_input(accepted, late).member_states == ("JAM",)
    finally:
        accepted.close()
    # At a laptop that knows the lock, it is simply left out.
    with read_package(export(laptop, other, tmp_path)) as package:
        plan = plan_import(other.db, package)
    assert ("event", REFUSED_LOCKED, "Reported late (2016-03-01)") in plan.refused and not plan.conflicts


def test_events_under_a_laptops_own_plan_are_refused_for_the_real_reason_not_a_missing_package(
        trio, tmp_path: Path) -> None:
    """A laptop starts the 2017 plan and logs an event under it: headquarters and the other laptop
    refuse the package because plan changes come only from headquarters, and say so, never that an
    earlier package is missing (the laptop's plan is in this very package). The command line says
    the same in one line."""
    import datetime as dt

    from cicte_desktop.services import plan_years, workplan

    laptop, other, hq = trio
    plan_years.new_plan(laptop.db, 2017, 2016)
    activity = workplan.get_work_plan(laptop.db, 2017).activities()[2].uuid
    event = dataclasses.replace(event_input(activity, "Maritime CME 2017"), start_date=dt.date(2017, 3, 1),
                                end_date=dt.date(2017, 3, 2))
    writing.log_event(laptop.db, event)
    for receiver in (hq, other):
        path = export(laptop, receiver, tmp_path)
        with read_package(path) as package:
            plan = plan_import(receiver.db, package)
        assert len(plan.problems) == 1
        problem = plan.problems[0]
        assert problem.startswith(f"This package refers to planned activities that this database does not have (1, "
                                  f"for example {activity}). Only headquarters' packages change the work plan")
        assert "Laptop A's changes to them were not imported" in problem and "ask headquarters" in problem
        assert "earlier package" not in problem and "newer version" not in problem
        _refused_whole(receiver, path, ImportRefusedError, "Only headquarters' packages change the work plan")
    path = export(laptop, hq, tmp_path, everything=True)
    hq_path = hq.path
    hq.db.close()
    result = run_cli("--db", str(hq_path), "package", "import", str(path))
    hq.db = open_database(hq_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.strip()]
    assert "Only headquarters' packages change the work plan" in line and "earlier package" not in line
    # Once headquarters starts the same plan (the same ids), the laptop's event arrives under it.
    plan_years.new_plan(hq.db, 2017, 2016)
    receive(hq, export(laptop, hq, tmp_path, everything=True))
    with hq.db.sql() as conn:
        assert conn.execute("SELECT activity_uuid FROM event WHERE title = 'Maritime CME 2017'").fetchone() == (activity,)


def test_half_year_targets_travel_from_headquarters_and_ones_that_do_not_add_up_are_refused(
        trio, tmp_path: Path) -> None:
    from cicte_desktop.services import plan_edit, workplan

    laptop, _other, hq = trio
    activity = next(a for a in workplan.get_work_plan(hq.db, 2016).activities() if a.target == 6)
    plan_edit.set_target(hq.db, activity.uuid, 6, activity.unit, False, "Split for the donor report", first_half=2,
                         second_half=4)
    receive(laptop, export(hq, laptop, tmp_path))
    arrived = next(a for a in workplan.get_work_plan(laptop.db, 2016).activities() if a.uuid == activity.uuid)
    assert (arrived.target, arrived.first_half, arrived.second_half) == (6, 2, 4)
    with laptop.db.sql() as conn:  # the history of the change came along
        assert conn.execute("SELECT count(*) FROM plan_change WHERE item_uuid = ?", (activity.uuid,)).fetchone() == (2,)
    # A record whose halves do not add up to its target (written around the editor) is refused by name.
    with hq.db.write() as s:
        row = s.get(m.PlannedActivity, activity.uuid)
        row.target_second_half = 3
    _refused_whole(laptop, export(hq, laptop, tmp_path), pkg.InvalidValueError,
                   f"planned activity {activity.uuid[:8]}…: its half-year targets 2 \\+ 3 do not add up to its target 6")
