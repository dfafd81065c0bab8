"""Privacy and passphrases: the cost of the key derivation, the passphrase rule of the command
line, the purge that leaves no personal data in the database file, and text from packages shown
without control or direction-changing characters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from cicte_desktop.cancel import Cancelled
from cicte_desktop.safe_text import shown
from cicte_desktop.services import devices, privacy
from cicte_desktop.services.events import audit, drafts, reading as events_reading, writing
from cicte_desktop.services.events.inputs import ParticipantInput
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync.apply import apply_import
from cicte_desktop.sync.conflicts import conflict_history
from cicte_desktop.sync.import_plan import NEW, plan_import
from cicte_desktop.sync.package_reader import is_encrypted, passphrase_problem, read_package
from tests.conftest import run_cli
from tests.helpers import finish
from tests.sync_helpers import close_all, event_input, export, first_activity, make_device, receive

PASSPHRASE = "long enough phrase"
HOSTILE = "\u202e\x1b[2J"


def _envelope(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(pkg.ENVELOPE))


# --- scrypt ----------------------------------------------------------------------------------


def test_a_protected_package_is_written_with_scrypt_at_owasp_cost_and_old_ones_still_open(
        tmp_path: Path, monkeypatch) -> None:
    laptop = make_device(tmp_path, "Laptop A")
    hq = make_device(tmp_path, "Headquarters")
    try:
        writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Port security", people=("Ana",)))
        new = export(laptop, hq, tmp_path, everything=True, passphrase=PASSPHRASE)
        envelope = _envelope(new)
        assert envelope["n"] >= 1 << 17 and envelope["r"] >= 8 and envelope["p"] >= 1
        assert 128 * envelope["n"] * envelope["r"] * envelope["p"] <= pkg.MAX_SCRYPT_MEMORY
        # A package protected by the previous version (N = 2^15) still opens.
        monkeypatch.setattr(pkg, "SCRYPT_N", 1 << 15)
        old = export(laptop, hq, tmp_path, everything=True, passphrase=PASSPHRASE)
        monkeypatch.undo()
        assert _envelope(old)["n"] == 1 << 15
        for path in (new, old):
            with read_package(path, PASSPHRASE) as package:
                assert package.manifest["counts"]["participant"] == 1
        assert receive(hq, old, passphrase=PASSPHRASE).counts[NEW] > 0
    finally:
        close_all(laptop, hq)


# --- The command line's passphrase rule ------------------------------------------------------


def test_the_dialog_and_the_command_line_share_one_passphrase_rule() -> None:
    assert passphrase_problem("seven77") == "The passphrase needs at least 8 characters."
    assert passphrase_problem("eight888") is None
    assert passphrase_problem("e\u0301" * 7 + "x") is None  # counted as a person sees them (NFC)


@pytest.fixture
def roster_database(tmp_path: Path) -> Path:
    laptop = make_device(tmp_path, "Laptop A")
    writing.log_event(laptop.db, event_input(first_activity(laptop.db), "Port security", people=("Ana Pérez",)))
    laptop.db.close()
    return laptop.path


def test_the_command_line_refuses_a_short_passphrase_and_unprotected_personal_data(
        roster_database: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.cictepkg"
    short = tmp_path / "short.txt"
    short.write_text("seven77\n")
    refused = run_cli("--db", str(roster_database), "package", "export", "--out", str(out), "--passphrase-file",
                      str(short))
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.strip().splitlines() == [
        "cicte-desktop: error: The passphrase needs at least 8 characters."]
    assert not out.exists()

    bare = run_cli("--db", str(roster_database), "package", "export", "--out", str(out))
    assert bare.returncode == 2 and bare.stdout == "" and not out.exists()
    assert len(bare.stderr.strip().splitlines()) == 1
    assert "personal data" in bare.stderr and "--no-passphrase" in bare.stderr and "--passphrase-file" in bare.stderr

    both = run_cli("--db", str(roster_database), "package", "export", "--out", str(out), "--no-passphrase",
                   "--passphrase-file", str(short))
    assert both.returncode == 2 and not out.exists()

    allowed = run_cli("--db", str(roster_database), "package", "export", "--out", str(out), "--no-passphrase")
    assert allowed.returncode == 0, allowed.stderr
    assert "1 event," in allowed.stdout and not is_encrypted(out)
    with read_package(out) as package:
        assert package.tables["participant"].rows[0][package.tables["participant"].columns.index("name")] == "Ana Pérez"

    good = tmp_path / "good.txt"
    good.write_text(PASSPHRASE + "\n")
    protected = tmp_path / "protected.cictepkg"
    done = run_cli("--db", str(roster_database), "package", "export", "--out", str(protected), "--all",
                   "--passphrase-file", str(good))
    assert done.returncode == 0 and "protected with a passphrase" in done.stdout
    assert is_encrypted(protected) and _envelope(protected)["n"] >= 1 << 17


# --- The purge leaves nothing behind ---------------------------------------------------------

SECRETS = ("Zelda Quintanilla", "Zelda Q. Quintanilla", "Zelda Quintanilla-Ruiz", "zelda.quintanilla@example.org",
           "zq@mission.example", "+1 868 555 0199", "+1 868 555 0177")


def _raw(path: Path) -> bytes:
    found = b""
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            found += file.read_bytes()
    return found


def _held(path: Path) -> list[str]:
    raw = _raw(path)
    return [s for s in SECRETS if s.encode("utf-8") in raw or s.encode("utf-16-le") in raw]


def _rename(db, event_id: str, **person) -> None:  # type: ignore[no-untyped-def]
    event = events_reading.get_event_input(db, event_id)
    first = dataclasses.replace(event.participants[0], **person)
    # The reason quotes the name, as people write them: the history of changes holds it then.
    writing.update_event(db, event_id, dataclasses.replace(event, participants=(first, *event.participants[1:])),
                           reason=f"typo in {event.participants[0].name}, now {first.name}")


def test_the_purge_leaves_no_personal_data_in_the_database_file_or_its_log(tmp_path: Path) -> None:
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    try:
        activity = first_activity(laptop.db)
        event = dataclasses.replace(
            event_input(activity, "Port security", start=dt.date(2016, 5, 2)), women=2, participants_total=2,
            participants=(ParticipantInput(None, "Zelda Quintanilla", "F", "Coast Guard", "Jamaica", None,
                                           "zelda.quintanilla@example.org", "+1 868 555 0199"),
                          ParticipantInput(None, "Bea Recent", "F")))
        event_id = writing.log_event(laptop.db, event)
        kept_id = writing.log_event(laptop.db, dataclasses.replace(
            event, title="Recent workshop", start_date=dt.date(2026, 5, 2), end_date=dt.date(2026, 5, 2),
            participants=(ParticipantInput(None, "Kept Person", "F"), ParticipantInput(None, "Other Kept", "F"))))
        receive(hq, export(laptop, hq, tmp_path))
        # Both computers correct the same person: a conflict, logged with both versions, here.
        _rename(laptop.db, event_id, name="Zelda Q. Quintanilla", email="zq@mission.example")
        _rename(hq.db, event_id, name="Zelda Quintanilla-Ruiz", phone="+1 868 555 0177")
        assert receive(laptop, export(hq, laptop, tmp_path)).conflicts == 1
        # A draft of the event, as the form keeps it.
        drafts.save_draft(laptop.db, "draft-1", event_id, events_reading.get_event_input(laptop.db, event_id))
        assert len(_held(laptop.path)) >= 4  # the test finds them where they are

        assert privacy.purge_personal_data(laptop.db, dt.date(2020, 1, 1)) == 2

        assert _held(laptop.path) == []
        roster = events_reading.get_event_input(laptop.db, event_id).participants
        assert [(p.name, p.email, p.phone, p.sex, p.institution) for p in roster] == [
            ("—", None, None, "F", "Coast Guard"), ("—", None, None, "F", None)]
        assert [p.name for p in events_reading.get_event_input(laptop.db, kept_id).participants] == [
            "Kept Person", "Other Kept"]
        conflict, = conflict_history(laptop.db)
        assert conflict.label.startswith("—") and conflict.ours["name"] == conflict.theirs["name"] == "—"
        assert conflict.ours["email"] is None and conflict.theirs["phone"] is None
        draft, = drafts.drafts(laptop.db)
        assert [p.name for p in draft.event.participants] == ["—", "—"] and draft.event.participants[0].email is None
        history = audit.history(laptop.db, event_id)
        assert history[0].field == "personal data"
        assert {e.reason for e in history if e.field == "participants"} == {"—"}  # reasons about the roster
        laptop.db.close()
        assert _held(laptop.path) == []
    finally:
        close_all(laptop, hq)


def test_removing_personal_data_cancelled_before_the_commit_changes_nothing(db, qtbot, answers,
                                                                           shown_messages) -> None:
    from cicte_desktop.views.privacy import PrivacyDialog
    from tests.services.test_event_log import _event

    event_id = writing.log_event(db, _event(db))
    names = [p.name for p in events_reading.get_event_input(db, event_id).participants]
    steps: list[tuple[int, int]] = []

    def cancelled_at_the_third_step(done: int, total: int) -> bool:
        steps.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        privacy.purge_personal_data(db, dt.date(2030, 1, 1), cancelled_at_the_third_step)
    assert steps[-1] == (2, 4) and [p.name for p in events_reading.get_event_input(db, event_id).participants] == names
    assert audit.history(db, event_id)[0].field != "personal data"  # not a line of it was written
    dialog = PrivacyDialog(db)  # and from the dialog, on a task runner
    qtbot.addWidget(dialog)
    dialog.months.setValue(1)
    answers.queue.append(True)
    task = finish(qtbot, dialog.remove())
    assert task.result == len(names) and shown_messages[-1][0] == "info"
    assert {p.name for p in events_reading.get_event_input(db, event_id).participants} == {privacy.REMOVED}


# --- Text from packages, shown and printed safely --------------------------------------------


def test_shown_text_has_no_control_or_direction_characters() -> None:
    assert shown("Laptop\u202eexe.txt\x1b[2J\u2066x\u2069\u200f\x85\x00") == "Laptopexe.txt[2Jx "
    assert shown("two\nlines\tand\r\nmore") == "two lines and  more"
    assert shown("keep\nlines\x07", keep_lines=True) == "keep\nlines"
    assert shown("María José 👩‍💻 عربي") == "María José 👩‍💻 عربي"  # letters and joiners stay
    assert shown(None) == ""


def _hostile_conflict(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A laptop whose name and event title hold a direction override and a terminal escape, and
    a package from it that conflicts with headquarters' version of the event."""
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    devices.set_device_name(laptop.db, f"Evil{HOSTILE}Laptop")
    event_id = writing.log_event(laptop.db, event_input(first_activity(laptop.db), f"Title{HOSTILE}fdp.exe"))
    receive(hq, export(laptop, hq, tmp_path))
    for device, venue in ((hq, "Kingston"), (laptop, "Bridgetown")):
        before = events_reading.get_event_input(device.db, event_id)
        writing.update_event(device.db, event_id, dataclasses.replace(before, venue=venue), reason="moved")
    return laptop, hq, export(laptop, hq, tmp_path)


def _clean(text: str) -> bool:
    return not any(c in text for c in "\u202e\x1b\u2066\u200f")


def test_package_text_reaches_the_command_line_without_controls(tmp_path: Path) -> None:
    laptop, hq, path = _hostile_conflict(tmp_path)
    close_all(laptop, hq)
    result = run_cli("--db", str(hq.path), "package", "import", str(path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert _clean(result.stdout) and _clean(result.stderr)
    assert "From Evil[2JLaptop:" in result.stdout and "Title[2Jfdp.exe" in result.stdout


def test_package_text_reaches_the_window_without_controls(tmp_path: Path, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from cicte_desktop.views.conflict_history import ConflictHistoryDialog
    from cicte_desktop.views.package_import import PackageImportDialog

    laptop, hq, path = _hostile_conflict(tmp_path)
    try:
        names = {laptop.db.device_id: f"Evil{HOSTILE}Laptop"}
        with read_package(path) as package:
            plan = plan_import(hq.db, package)
            dialog = PackageImportDialog(plan, names)
            qtbot.addWidget(dialog)
            source = dialog.findChild(QLabel, "source").text()
            assert source.startswith("From Evil[2JLaptop, made") and _clean(dialog.windowTitle())
            assert dialog.conflict_list.item(0, 0).text().startswith("Title[2Jfdp.exe")
            heads = [dialog.conflict_view.fields.horizontalHeaderItem(i).text() for i in (1, 2)]
            assert "Evil[2JLaptop" in heads[1] and all(_clean(h) for h in heads)
            assert _clean(dialog.conflict_view.title.text()) and "Title[2Jfdp.exe" in dialog.conflict_view.title.text()
            apply_import(hq.db, plan)
        history = ConflictHistoryDialog(conflict_history(hq.db), names)
        qtbot.addWidget(history)
        row = [history.table.item(0, c).text() for c in range(history.table.columnCount())]
        assert row[1] == "Evil[2JLaptop" and row[3].startswith("Title[2Jfdp.exe") and all(_clean(t) for t in row)
    finally:
        close_all(laptop, hq)


def test_certificates_print_names_without_controls(db, tmp_path: Path) -> None:
    from cicte_desktop.exports.pdf import ReportOptions, export_report
    from tests.services.test_event_log import _event

    event_id = writing.log_event(db, _event(db, title=f"Title{HOSTILE}fdp", participants=(
        ParticipantInput(None, f"Ana{HOSTILE}Pérez", "F"),)))
    out = tmp_path / "certificates.pdf"
    export_report(db, ReportOptions("certificates", event=event_id, issued=dt.date(2016, 3, 15)), out)
    text = PdfReader(out).pages[0].extract_text()
    assert "Ana[2JPérez" in text and "Title[2Jfdp" in text and _clean(text)


@pytest.mark.file_only  # SQLite's journal
def test_the_window_says_when_another_program_kept_copies_in_the_journal(db, qtbot, shown_messages, answers,
                                                                          monkeypatch) -> None:
    import sqlite3

    from cicte_desktop.views.privacy import PrivacyDialog
    from tests.services.test_event_log import _event

    writing.log_event(db, _event(db))
    monkeypatch.setattr("cicte_desktop.services.privacy.BUSY_TIMEOUT_MS", 200)
    dialog = PrivacyDialog(db)
    qtbot.addWidget(dialog)
    other = sqlite3.connect(db.path, isolation_level=None)  # another program, in the middle of reading
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM participant").fetchone()
    try:
        answers.queue.append(True)
        finish(qtbot, dialog.remove())
    finally:
        other.close()
    kind, _title, text = shown_messages[-1]
    assert kind == "error" and "Personal data removed for 1 participant." in text and "another program" in text
    assert events_reading.get_event_input(db, _first_event(db)).participants[0].name == "—"  # the records: done
    answers.queue.append(True)
    finish(qtbot, dialog.remove())  # nobody in the way now: done, and said so
    assert shown_messages[-1][0] == "info"
    assert b"Ana P\xc3\xa9rez" not in _raw(db.path)


def _first_event(db) -> str:  # type: ignore[no-untyped-def]
    with db.sql() as conn:
        return conn.execute("SELECT uuid FROM event").fetchone()[0]
