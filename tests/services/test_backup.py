"""Backups, restore, rotation, the full check, privacy, and what a field laptop survives."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cicte_desktop.db import errors
from cicte_desktop.db.database import open_database
from cicte_desktop.db.schema import HEAD_REVISION
from cicte_desktop.services import backup, privacy
from cicte_desktop.services.demo import add_demo_events
from tests.conftest import FROZEN, ROOT, run_cli
from tests.db.test_opening_bad_databases import _make_overwritten_page
from tests.helpers import connect_to


def _count(path: Path, table: str = "event") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE NOT deleted").fetchone()[0]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(db_path: Path) -> Path:
    db = open_database(db_path)
    add_demo_events(db, 200, seed=9)
    db.close()
    return db_path


def test_backup_and_restore_round_trip(filled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "usb" / "backup.sqlite"
    backup.copy_database(filled, copy)
    info = backup.inspect_backup(copy)
    assert (info.events, info.revision) == (200, HEAD_REVISION)  # the schema the app writes
    db = open_database(filled)
    add_demo_events(db, 50, seed=10)
    db.close()
    assert _count(filled) == 250
    kept = backup.restore(filled, copy, tmp_path / "backups")
    assert _count(filled) == 200 and _count(kept) == 250  # the state before the restore is kept
    reopened = open_database(filled)
    reopened.close()
    assert backup.full_check(filled).ok


def test_rotation_keeps_ten_recent_and_one_per_month_for_a_year(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 11, 28, 12, tzinfo=dt.timezone.utc)
    made = []
    for days in range(0, 720, 3):  # one every three days for two years
        when = now - dt.timedelta(days=days)
        path = folder / f"auto-{when.strftime('%Y%m%dT%H%M%SZ')}-daily-field-0123abcd.sqlite"
        path.write_bytes(b"")
        made.append((when, path))
        (folder / f"auto-{when.strftime('%Y%m%dT%H%M%SZ')}-daily-other-99999999.sqlite").write_bytes(b"")
    (folder / "field-schema-0002-20250101T000000Z.sqlite").write_bytes(b"")  # before a migration
    backup.rotate(folder, now, key="field-0123abcd")
    kept = {p for _w, p in backup.automatic_backups(folder, "field-0123abcd")}
    assert len(backup.automatic_backups(folder, "other-99999999")) == len(made)  # another database's: untouched
    newest_ten = {p for _w, p in made[:10]}
    assert newest_ten <= kept
    months = {(w.year, w.month) for w, p in made if p in kept and p not in newest_ten}
    assert all(m > (2025, 11) for m in months)  # nothing monthly older than a year
    for year, month in {(w.year, w.month) for w, _p in made if (w.year, w.month) > (2025, 11)}:
        newest = max(w for w, _p in made if (w.year, w.month) == (year, month))
        assert any(w == newest for w, p in made if p in kept)  # the newest of each month
    assert len(kept) <= 10 + 12
    assert (folder / "field-schema-0002-20250101T000000Z.sqlite").exists()
    assert backup.daily_backup_due(folder, now, key="field-0123abcd") is False
    assert backup.daily_backup_due(folder, now + dt.timedelta(days=1), key="field-0123abcd") is True
    assert backup.daily_backup_due(folder, now, key="third-00000000") is True


def test_a_bad_backup_is_never_restored(filled: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "backup.sqlite"
    garbage.write_bytes(os.urandom(8192))
    before = _digest(filled)
    with pytest.raises(errors.NotADatabaseError):
        backup.restore(filled, garbage, tmp_path / "backups")
    assert _digest(filled) == before
    good = tmp_path / "backups" / "good.sqlite"
    backup.copy_database(filled, good)
    os.utime(good, (1, 1))  # older than the garbage
    shutil.copy(garbage, tmp_path / "backups" / "newer-garbage.sqlite")
    assert backup.latest_good_backup(tmp_path / "backups").path == good


def test_a_cancelled_or_failed_copy_leaves_nothing(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "backup.sqlite"
    with pytest.raises(backup.CopyCancelled):
        backup.copy_database(filled, target, lambda done, total: False)
    assert not target.exists() and list(target.parent.iterdir()) == []
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(backup.BackupError, match="could not be written"):
        backup.copy_database(filled, blocked / "backup.sqlite")


def test_a_full_disk_during_a_backup_gives_a_message_and_no_half_file(filled: Path, tmp_path: Path) -> None:
    """A 64 KiB file system (a tmpfs mounted in a private namespace) fills up half-way."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a small file system (CI has both)")
    stick = tmp_path / "stick"
    stick.mkdir()
    script = ('mount -t tmpfs -o size=64k tmpfs "$1" && shift && "$@"; status=$?; '
              'ls -A "$0"; exit $status')
    result = subprocess.run(
        ["unshare", "--mount", "sh", "-c", script, str(stick), str(stick), sys.executable, "-m", "cicte_desktop",
         "--db", str(filled), "backup", "--out", str(stick / "backup.sqlite")],
        capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "could not be written" in result.stderr and "has room" in result.stderr
    assert result.stdout.strip() == ""  # the stick held no file at all afterwards
    assert backup.full_check(filled).ok


def test_check_command_reports_and_fails_on_damage(filled: Path, tmp_path: Path) -> None:
    result = run_cli("--db", str(filled), "check")
    assert result.returncode == 0 and "Integrity: ok" in result.stdout and "Events: 200" in result.stdout
    damaged = _make_overwritten_page(tmp_path, filled)
    before = _digest(damaged)
    result = run_cli("--db", str(damaged), "check")
    assert result.returncode == 1 and "Integrity:" in result.stdout and "ok" not in result.stdout.split("Integrity:")[1][:4]
    assert _digest(damaged) == before


def test_backup_and_restore_commands(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "usb" / "copy.sqlite"
    result = run_cli("--db", str(filled), "backup", "--out", str(out))
    assert result.returncode == 0 and "200 events" in result.stdout
    db = open_database(filled)
    add_demo_events(db, 5, seed=11)
    db.close()
    result = run_cli("--db", str(filled), "restore", str(out))
    assert result.returncode == 0, result.stderr
    assert "200 events" in result.stdout and "kept in" in result.stdout
    assert _count(filled) == 200
    result = run_cli("--db", str(filled), "restore", str(tmp_path / "missing.sqlite"))
    assert result.returncode == 1 and result.stderr.startswith("cicte-desktop: error:")


def test_a_file_locked_by_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    shutil.copy(FROZEN / "schema_0003.sqlite", path)  # rollback-journal mode, as other tools leave files
    before = _digest(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_cli("--db", str(path), "plan")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "is locked by another program" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _digest(path) == before


def test_privacy_removes_names_and_keeps_counts(db) -> None:
    from cicte_desktop.services.events import audit, writing
    from tests.services.test_event_log import _event

    old = writing.log_event(db, _event(db))
    recent = writing.log_event(db, _event(db, start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 10, 1),
                                            status="planned"))
    assert privacy.purge_personal_data(db, dt.date(2020, 1, 1)) == 1
    conn = connect_to(db)
    assert conn.execute("SELECT name, email, phone, sex, institution FROM participant p JOIN event e "
                        "ON e.uuid = p.event_uuid WHERE e.uuid = ?", (old,)).fetchone() == ("—", None, None, "F",
                                                                                             "Coast Guard")
    assert conn.execute("SELECT name FROM participant WHERE event_uuid = ?", (recent,)).fetchone() == ("Ana Pérez",)
    assert conn.execute("SELECT women, men FROM event WHERE uuid = ?", (old,)).fetchone() == (10, 14)
    assert [e.field for e in audit.history(db, old)] == ["personal data", "created"]
    assert privacy.purge_personal_data(db, dt.date(2020, 1, 1)) == 0  # nothing left to remove


def test_crash_benchmark_runs(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "benchmarks/run.py", "crash", "--kills", "3"], capture_output=True,
                            text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    metrics = dict(line.split() for line in result.stdout.splitlines())
    assert metrics["kills"] == "3"
    assert metrics["integrity_failures"] == "0" and metrics["lost_acknowledged"] == "0"
    assert int(metrics["acknowledged"]) > 0
