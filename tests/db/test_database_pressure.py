"""The database under pressure: two writers at once, a lock that never ends, a full disk,
read-only media, outputs that are not files, and writes killed half-way.

Real conditions, not imitations: a second connection (or process) holding SQLite's write lock,
tmpfs mounts of 2 MB that fill up, and read-only remounts (the suite runs as root, which
ignores file permissions, so read-only media is a read-only mount as on a locked USB stick).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cicte_desktop.db import errors
from cicte_desktop.db.database import open_database
from cicte_desktop.services import backup
from cicte_desktop.services.demo import add_demo_events
from tests.conftest import ROOT, run_cli

ALL_YEARS = ("--year", "2016")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _events(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM event WHERE NOT deleted").fetchone()[0]
    finally:
        conn.close()


def _one_line_error(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The CLI's refusal: exit 1 (bad data; 2 for bad usage, such as an --out that cannot be a
    file), one line on stderr, no traceback."""
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cicte-desktop"), result.stderr
    assert "error: " in lines[0], result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def filled_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filled") / "field.sqlite"
    db = open_database(path)
    add_demo_events(db, 300, seed=3)
    db.close()
    return path


@pytest.fixture
def filled(filled_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "field.sqlite"
    shutil.copy(filled_master, path)
    return path


@contextlib.contextmanager
def _write_lock(path: Path, exclusive: bool = False) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write: it holds SQLite's write lock (``exclusive``: in
    exclusive locking mode, which keeps readers out too) until the block ends."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE local_setting SET value = value WHERE key = 'device_id'")
        if exclusive:
            conn.execute("COMMIT")  # in exclusive mode the lock stays after the commit
            conn.execute("BEGIN IMMEDIATE")
        yield conn
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        conn.close()


# --- Two writers at once -----------------------------------------------------------------


def test_cli_writer_waits_the_busy_timeout_then_says_another_program_is_using_the_database(filled: Path) -> None:
    with _write_lock(filled):
        started = time.monotonic()
        result = run_cli("--db", str(filled), "demo-data", "--events", "5")
        waited = time.monotonic() - started
    line = _one_line_error(result)
    assert "Another program is using" in line and "Nothing was saved" in line
    assert waited >= 5  # the busy timeout, not a failure at the first try
    assert _events(filled) == 300


def test_a_write_waits_for_another_writer_to_finish_then_is_saved(filled: Path) -> None:
    db = open_database(filled)
    try:
        with _write_lock(filled) as other:
            releaser = threading.Timer(1.0, lambda: other.execute("COMMIT"))
            releaser.start()
            started = time.monotonic()
            add_demo_events(db, 5, seed=4)  # waits for the other write, then writes
            assert 0.9 <= time.monotonic() - started < 5
            releaser.join()
    finally:
        db.close()
    assert _events(filled) == 305


def test_services_refuse_in_words_when_another_program_keeps_writing(filled: Path) -> None:
    from cicte_desktop.services.events import drafts

    db = open_database(filled)
    try:
        with _write_lock(filled):
            with pytest.raises(errors.DatabaseBusyError) as caught:
                add_demo_events(db, 5, seed=4)
            assert "Another program is using" in caught.value.message
            with pytest.raises(errors.DatabaseBusyError):  # a draft, through plain sqlite3
                drafts.discard_draft(db, "no-such-draft")
        add_demo_events(db, 5, seed=4)  # once the other program is done, writing works again
    finally:
        db.close()
    assert _events(filled) == 305


def test_the_window_says_the_database_is_in_use_when_saving_an_event(filled: Path, qtbot, shown_messages) -> None:
    from cicte_desktop.app import build_main_window
    from tests.views.test_event_form import _fill, _open_new

    window = build_main_window(filled)
    qtbot.addWidget(window)
    window.show()
    try:
        form = _open_new(window, qtbot)
        _fill(form, qtbot)
        with _write_lock(filled):
            assert form.save() is False
        assert form.isVisible() and form.title.text() == "Maritime CME Kingston"  # nothing typed is lost
        kind, title, text = shown_messages[-1]
        assert kind == "error" and title == "Cannot save the event"
        assert "Another program is using" in text and "Traceback" not in text
        assert form.save() is True  # the other program is done: the same form saves
    finally:
        window.database.close()
    assert _events(filled) == 301


def test_the_window_shows_a_refused_write_as_a_message_not_an_unexpected_error(shown_messages, qapp) -> None:
    from cicte_desktop.app import install_exception_hook

    saved = sys.excepthook
    install_exception_hook()
    try:
        problem = errors.DatabaseBusyError(Path("x.sqlite"), "Another program is using x.sqlite.")
        sys.excepthook(type(problem), problem, None)
    finally:
        sys.excepthook = saved
    assert shown_messages == [("error", "Nothing was saved", "Another program is using x.sqlite.")]


# --- restore and backup never hang ------------------------------------------------------


def test_restore_under_a_lock_gives_up_with_a_message(filled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    backup.copy_database(filled, copy)
    db = open_database(filled)
    add_demo_events(db, 10, seed=5)
    db.close()
    with _write_lock(filled):
        started = time.monotonic()
        result = run_cli("--db", str(filled), "restore", str(copy))
        assert time.monotonic() - started < 60
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Another program is using" in result.stderr and "as it was" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _events(filled) == 310


def test_backup_under_an_exclusive_lock_gives_up_with_a_message(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "copy.sqlite"
    with _write_lock(filled, exclusive=True):
        started = time.monotonic()
        with pytest.raises(backup.BackupError) as caught:
            backup.copy_database(filled, target)
        assert time.monotonic() - started < 30
        assert "Another program is using" in str(caught.value)
        result = run_cli("--db", str(filled), "backup", "--out", str(target))
    assert "locked by another program" in _one_line_error(result)
    assert list(target.parent.iterdir()) == []  # no copy, no .partial


@pytest.mark.parametrize("how", ["same path", "through ..", "hard link"])
def test_backup_onto_the_open_database_itself_is_refused(filled: Path, how: str) -> None:
    before = _digest(filled)
    if how == "same path":
        out = filled
    elif how == "through ..":
        (filled.parent / "sub").mkdir()
        out = filled.parent / "sub" / ".." / filled.name
    else:
        out = filled.parent / "other-name.sqlite"
        os.link(filled, out)
    line = _one_line_error(run_cli("--db", str(filled), "backup", "--out", str(out)))
    assert "cannot be written over the database itself" in line
    assert _digest(filled) == before and _events(filled) == 300
    assert not list(filled.parent.glob("*.partial"))


def test_restore_over_a_file_that_is_not_a_cicte_database_is_refused_unless_forced(filled: Path, tmp_path: Path,
                                                                                  private_data_dir: Path) -> None:
    other = tmp_path / "accounts.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE ledger (amount INTEGER)")
    conn.execute("INSERT INTO ledger VALUES (42)")
    conn.commit()
    conn.close()
    before = _digest(other)
    line = _one_line_error(run_cli("--db", str(other), "restore", str(filled)))
    assert "another program" in line and "add --force" in line
    assert _digest(other) == before
    result = run_cli("--db", str(other), "restore", str(filled), "--force")
    assert result.returncode == 0, result.stderr
    assert _events(other) == 300
    kept = [p for p in (private_data_dir / "backups").glob("before-restore-*accounts*") if _digest(p) == before]
    assert kept, "the replaced file is kept, byte for byte"


def test_restore_of_the_database_onto_itself_is_refused(filled: Path) -> None:
    before = _digest(filled)
    line = _one_line_error(run_cli("--db", str(filled), "restore", str(filled)))
    assert "is the database itself" in line
    assert _digest(filled) == before


def test_restore_from_a_file_that_is_not_a_cicte_database_is_refused(filled: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list\n")
    before = _digest(filled)
    for extra in ((), ("--force",)):
        line = _one_line_error(run_cli("--db", str(filled), "restore", str(notes), *extra))
        assert "not a CICTE Desktop database" in line
    assert _digest(filled) == before


# --- A full disk ----------------------------------------------------------------------------


def _mount_needs_root() -> None:
    """The mounts below need root (CI runs as root, and there they must work); elsewhere the
    tests that need them are skipped, saying why, rather than failing with mount's error."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        pytest.skip("mounting a small or read-only file system needs root (CI runs these as root)")
    if shutil.which("mount") is None:
        pytest.skip("no mount command here")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB file system (tmpfs), unmounted afterwards."""
    _mount_needs_root()
    folder = tmp_path / "small-disk"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def _fill_up(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until only ``leave`` bytes are free."""
    info = os.statvfs(folder)
    free = info.f_bavail * info.f_frsize
    with open(folder / "filler.bin", "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def test_a_new_database_on_a_full_disk_gives_a_message_and_leaves_no_file(small_disk: Path) -> None:
    _fill_up(small_disk, 64 * 1024)
    line = _one_line_error(run_cli("--db", str(small_disk / "new.sqlite"), "plan"))
    assert "disk is full" in line
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]


def test_a_database_on_a_full_disk_is_not_called_damaged(filled: Path, small_disk: Path) -> None:
    path = small_disk / "field.sqlite"
    shutil.copy(filled, path)
    _fill_up(small_disk, 4 * 1024)  # no room even for the -shm file SQLite needs to read it
    before = _digest(path)
    line = _one_line_error(run_cli("--db", str(path), "plan"))
    assert "the disk holding it is full" in line and "damaged" not in line
    assert _digest(path) == before and sorted(p.name for p in small_disk.iterdir()) == ["field.sqlite", "filler.bin"]


def test_writes_on_a_full_disk_give_a_message_and_keep_what_was_stored(filled: Path, small_disk: Path) -> None:
    path = small_disk / "field.sqlite"
    shutil.copy(filled, path)
    _fill_up(small_disk, 160 * 1024)
    line = _one_line_error(run_cli("--db", str(path), "demo-data", "--events", "2000"))
    assert "is full" in line and "Nothing was saved" in line
    (small_disk / "filler.bin").unlink()
    assert _events(path) == 300 and backup.full_check(path).ok


def test_an_export_onto_a_full_disk_leaves_no_partial_nor_temporary_file(filled: Path, small_disk: Path,
                                                                        tmp_path: Path) -> None:
    _fill_up(small_disk, 8 * 1024)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {"TMPDIR": str(scratch)}
    for name, command in (("out.xlsx", ("export", "xlsx", "--with-participants", *ALL_YEARS)),
                          ("out.sqlite", ("backup",)),
                          ("out.pdf", ("export", "pdf", "--report", "semiannual", "--year", "2016"))):
        result = run_cli("--db", str(filled), *command, "--out", str(small_disk / name), env=env)
        line = _one_line_error(result)
        assert "No space left on device" in line or "has room" in line, line
        assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"], command
    assert [p for p in scratch.rglob("*") if p.is_file()] == []  # openpyxl's temporary files went too


# --- Read-only media ------------------------------------------------------------------------


@pytest.fixture
def read_only_media(filled: Path, tmp_path: Path) -> Iterator[Path]:
    """The database on a real read-only mount, as on a write-protected USB stick."""
    _mount_needs_root()
    folder = tmp_path / "stick"
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(folder)], check=True)
    try:
        shutil.copy(filled, folder / "field.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "field.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def test_read_only_media_opens_for_viewing_check_and_exports(read_only_media: Path, tmp_path: Path) -> None:
    with pytest.raises(OSError):  # really read-only, even for root
        (read_only_media.parent / "probe").write_text("x")
    before = _digest(read_only_media)
    check = run_cli("--db", str(read_only_media), "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "Integrity: ok" in check.stdout and "damaged" not in check.stdout + check.stderr
    out = tmp_path / "report.xlsx"
    export = run_cli("--db", str(read_only_media), "export", "xlsx", *ALL_YEARS, "--out", str(out))
    assert export.returncode == 0, export.stderr
    assert "Wrote" in export.stdout and out.is_file()
    pdf = run_cli("--db", str(read_only_media), "export", "pdf", "--report", "semiannual", "--year", "2016",
                  "--out", str(tmp_path / "report.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    copy = run_cli("--db", str(read_only_media), "backup", "--out", str(tmp_path / "copy.sqlite"))
    assert copy.returncode == 0, copy.stderr
    assert _events(tmp_path / "copy.sqlite") == 300
    for command in (("demo-data", "--events", "3"),
                    ("package", "export", "--all", "--out", str(tmp_path / "laptop.cictepkg"))):
        line = _one_line_error(run_cli("--db", str(read_only_media), *command))
        assert "read-only media" in line and "changes cannot be saved" in line, command
    assert not (tmp_path / "laptop.cictepkg").exists()  # refused before anything was written
    assert sorted(p.name for p in read_only_media.parent.iterdir()) == ["field.sqlite"]
    assert _digest(read_only_media) == before


def test_read_only_media_in_the_window_shows_a_banner_and_refuses_writes(read_only_media: Path, qtbot,
                                                                        shown_messages) -> None:
    from cicte_desktop.app import build_main_window
    from cicte_desktop.services.events import drafts as events_drafts
    from tests.views.test_event_form import _fill, _open_new

    window = build_main_window(read_only_media)
    qtbot.addWidget(window)
    window.show()
    try:
        db = window.database
        assert db.read_only
        qtbot.waitUntil(lambda: db.integrity.done, timeout=10000)
        assert db.integrity.error is None  # not "damaged"
        assert window.read_only_banner.isVisible()
        assert "changes cannot be saved" in window.read_only_banner.text()
        assert window.plan_model.rowCount() == 5  # the plan is there to look at
        with pytest.raises(errors.ReadOnlyDatabaseError) as caught:
            add_demo_events(db, 1, seed=1)
        assert "read-only media" in caught.value.message
        with pytest.raises(errors.ReadOnlyDatabaseError):
            events_drafts.discard_draft(db, "draft")
        form = _open_new(window, qtbot)
        _fill(form, qtbot)
        assert form.save() is False and form.isVisible()  # what was typed stays in the form
        kind, title, text = shown_messages[-1]
        assert (kind, title) == ("error", "Cannot save the event") and "changes cannot be saved" in text
        assert not [m for m in shown_messages if "damaged" in m[2]]
    finally:
        window.database.close()
    assert sorted(p.name for p in read_only_media.parent.iterdir()) == ["field.sqlite"]


def test_a_writable_database_shows_no_banner(filled: Path, qtbot) -> None:
    from cicte_desktop.app import build_main_window

    window = build_main_window(filled)
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.database.read_only and not window.read_only_banner.isVisible()
    finally:
        window.database.close()


# --- --out that is not a file ---------------------------------------------------------------


def _out_commands(out: Path) -> list[tuple[str, ...]]:
    return [
        ("export", "xlsx", *ALL_YEARS, "--out", str(out)),
        ("export", "pdf", "--report", "semiannual", "--year", "2016", "--out", str(out)),
        ("backup", "--out", str(out)),
        ("package", "export", "--all", "--out", str(out)),
    ]


def test_out_refuses_to_replace_a_device(filled: Path) -> None:
    before = os.stat("/dev/null")
    for command in _out_commands(Path("/dev/null")):
        line = _one_line_error(run_cli("--db", str(filled), *command), code=2)
        assert "is a device or a special file" in line, command
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert not list(Path("/dev").glob("*null*.partial"))


def test_out_refuses_a_folder(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for command in _out_commands(folder):
        line = _one_line_error(run_cli("--db", str(filled), *command), code=2)
        assert "is a folder" in line, command
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob("*.partial"))


def test_out_refuses_to_replace_a_symbolic_link(filled: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("do not lose me")
    link = tmp_path / "report.out"
    link.symlink_to(precious)
    for command in _out_commands(link):
        line = _one_line_error(run_cli("--db", str(filled), *command), code=2)
        assert "is a link to" in line, command
    assert link.is_symlink() and precious.read_text() == "do not lose me"
    assert not list(tmp_path.glob("*.partial")) and not list(tmp_path.glob(".*.partial"))


# --- Killed and failed writes leave nothing ---------------------------------------------------


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    db = open_database(path)
    add_demo_events(db, 6000, seed=11)
    db.close()
    return path


def test_a_killed_export_leaves_nothing_once_the_app_runs_again(large: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "cicte_desktop", "--db", str(large), "export", "xlsx",
                              "--with-participants", *ALL_YEARS, "--out", str(out)],
                             env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(scratch.rglob("openpyxl.*")):  # mid-export: its sheets are being written
            assert child.poll() is None and time.monotonic() < deadline, "the export ended before it was killed"
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    assert list(scratch.rglob("openpyxl.*")), "a killed export leaves its temporary files"
    assert not out.exists()
    result = run_cli("--db", str(large), "check", env={"TMPDIR": str(scratch)})  # the app runs again
    assert result.returncode == 0, result.stderr
    assert [p for p in scratch.rglob("*") if p.is_file()] == []
    assert list(out.parent.iterdir()) == []


def test_a_killed_package_export_leaves_no_partial_file(large: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out" / "laptop.cictepkg"
    env = {**os.environ, "TMPDIR": str(scratch), "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "cicte_desktop", "--db", str(large), "package", "export", "--all",
                              "--out", str(out)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    partial = out.with_name(out.name + ".partial")
    try:
        deadline = time.monotonic() + 60
        while not partial.exists():
            assert child.poll() is None and time.monotonic() < deadline, "the export ended before it was killed"
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    assert partial.exists() and not out.exists()
    result = run_cli("--db", str(large), "check", env={"TMPDIR": str(scratch)})
    assert result.returncode == 0, result.stderr
    assert list(out.parent.iterdir()) == []


def test_a_cancelled_workbook_leaves_no_temporary_file(filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    from cicte_desktop.exports.xlsx import ExportCancelled, ExportOptions, export_workbook

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    out = tmp_path / "out" / "report.xlsx"
    db = open_database(filled)
    try:
        options = ExportOptions(None, None, None, None, True)
        with pytest.raises(ExportCancelled):
            export_workbook(db, options, out, progress=lambda done, total: done < total)
        assert [p for p in scratch.rglob("*") if p.is_file()] == []
        assert not out.exists() and not list(tmp_path.rglob("*.partial"))
    finally:
        db.close()
