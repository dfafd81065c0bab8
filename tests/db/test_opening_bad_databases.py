"""Bad --db paths: a clear one-line error, a non-zero exit, and the file's bytes untouched."""

from __future__ import annotations

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
from tests.conftest import ROOT, run_cli


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real CICTE database (WAL mode, as the app leaves it) with events over many pages."""
    path = tmp_path_factory.mktemp("populated") / "field.sqlite"
    from cicte_desktop.services.demo import add_demo_events

    db = open_database(path)
    add_demo_events(db, 3000, seed=7)
    db.close()  # the last connection checkpoints and removes the -wal file
    assert not path.with_name("field.sqlite-wal").exists()
    return path


def _make_random(folder: Path, _populated: Path) -> Path:
    path = folder / "random.sqlite"
    path.write_bytes(os.urandom(65536))
    return path


def _make_empty(folder: Path, _populated: Path) -> Path:
    path = folder / "empty.sqlite"
    path.write_bytes(b"")
    return path


def _make_truncated(folder: Path, populated: Path) -> Path:
    path = folder / "truncated.sqlite"
    data = populated.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _make_truncated_odd(folder: Path, populated: Path) -> Path:
    path = folder / "cut-mid-page.sqlite"
    data = populated.read_bytes()
    path.write_bytes(data[: len(data) - 1000])
    return path


def _make_overwritten_page(folder: Path, populated: Path) -> Path:
    path = folder / "overwritten-page.sqlite"
    shutil.copy(populated, path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'event'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:  # garbage over the event table's root page
        handle.seek((root - 1) * page_size)
        handle.write(os.urandom(page_size))
    return path


def _make_foreign_sqlite(folder: Path, _populated: Path) -> Path:
    path = folder / "other-program.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    return path


def _make_newer_schema(folder: Path, populated: Path) -> Path:
    path = folder / "from-the-future.sqlite"
    shutil.copy(populated, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return path


def _make_other_alembic(revision: str | None):
    """Another program's SQLite database that also uses Alembic, at ``revision``."""

    def make(folder: Path, _populated: Path) -> Path:
        path = folder / f"other-alembic-{revision}.sqlite"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        if revision is not None:
            conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.commit()
        conn.close()
        return path

    return make


CASES = {
    "random bytes": (_make_random, errors.NotADatabaseError, "is not a CICTE Desktop database"),
    "empty file": (_make_empty, errors.NotADatabaseError, "is an empty file"),
    "truncated database": (_make_truncated, errors.DamagedDatabaseError, "is damaged"),
    "cut mid-page": (_make_truncated_odd, errors.DamagedDatabaseError, "is damaged"),
    "overwritten page": (_make_overwritten_page, errors.DamagedDatabaseError, "is damaged"),
    "another program's database": (_make_foreign_sqlite, errors.NotADatabaseError, "another program"),
    "newer schema": (_make_newer_schema, errors.NewerSchemaError, "newer version of CICTE Desktop"),
    "other Alembic database at 0001": (_make_other_alembic("0001"), errors.NotADatabaseError, "another program"),
    "other Alembic database at 0002": (_make_other_alembic("0002"), errors.NotADatabaseError, "another program"),
    "other Alembic database at 0003": (_make_other_alembic("0003"), errors.NotADatabaseError, "another program"),
    "other Alembic database, no revision": (_make_other_alembic(None), errors.NotADatabaseError, "another program"),
    "other Alembic database, its own revision": (_make_other_alembic("ae1027a6acf"), errors.NotADatabaseError,
                                                "another program"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_cli_refuses_and_leaves_the_file_untouched(case: str, tmp_path: Path, populated: Path) -> None:
    make, _error, words = CASES[case]
    path = make(tmp_path, populated)
    before, files_before = _digest(path), _siblings(path)
    result = run_cli("--db", str(path), "plan", "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cicte-desktop: error: ") and words in lines[0] and str(path) in lines[0]
    assert _digest(path) == before
    assert _siblings(path) == files_before


@pytest.mark.parametrize("case", list(CASES))
def test_service_raises_the_specific_error(case: str, tmp_path: Path, populated: Path) -> None:
    make, error, _words = CASES[case]
    path = make(tmp_path, populated)
    before = _digest(path)
    with pytest.raises(error):
        open_database(path)
    assert _digest(path) == before


def test_directory_is_refused(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path), "plan")
    assert result.returncode == 1
    assert result.stderr.strip() == f"cicte-desktop: error: {tmp_path} is a folder, not a database file."
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "no-such-folder" / "x.sqlite"), "plan")
    assert result.returncode == 1
    assert "does not exist" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _run_on_read_only_folder(folder: Path, db_name: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI with ``folder`` read-only: a read-only bind mount as root, chmod otherwise."""
    cli = [sys.executable, "-m", "cicte_desktop", "--db", str(folder / db_name), "plan"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(cli, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        finally:
            folder.chmod(0o755)
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "--mount", "sh", "-c", script, "sh", str(folder), *cli],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )


def test_new_database_on_a_read_only_location_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    result = _run_on_read_only_folder(folder, "field.sqlite")
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is on a read-only location" in lines[0], result.stderr
    assert list(folder.iterdir()) == []


def test_existing_database_on_a_read_only_location_opens_for_reading(tmp_path: Path, populated: Path) -> None:
    """Read-only media is not damage: the plan is shown, and nothing is written beside the file
    (tests/db/test_database_pressure.py covers check, exports, the banner and refused writes)."""
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    shutil.copy(populated, folder / "field.sqlite")
    before = {p.name: _digest(p) for p in folder.iterdir()}
    result = _run_on_read_only_folder(folder, "field.sqlite")
    assert result.returncode == 0, result.stderr
    assert "CICTE/doc.5/16" in result.stdout and result.stderr == ""
    assert {p.name: _digest(p) for p in folder.iterdir()} == before


def test_gui_shows_a_dialog_and_exits_non_zero(tmp_path: Path, qapp, shown_messages) -> None:
    from cicte_desktop.app import run_gui

    path = _make_random(tmp_path, tmp_path)
    before = _digest(path)
    assert run_gui(path) == 1  # the user chose Quit in the recovery dialog
    assert len(shown_messages) == 1
    kind, _title, text = shown_messages[0]
    assert kind == "recovery" and "not a CICTE Desktop database" in text
    assert _digest(path) == before


def test_interrupted_write_is_rolled_back_not_called_damage(tmp_path: Path) -> None:
    """A rollback journal left by a crash is recovery work, not damage: the file opens."""
    import textwrap

    path = tmp_path / "crashed.sqlite"
    db = open_database(path)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    crash = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")  # spill to the file before the commit
        conn.execute("BEGIN")
        conn.execute("UPDATE planned_activity SET text = 'half-written ' || text")
        conn.execute("UPDATE mandate SET paragraphs = '[]'")
        os._exit(0)  # the power goes before COMMIT
    """)
    subprocess.run([sys.executable, "-c", crash], check=True, timeout=60)
    assert path.with_name("crashed.sqlite-journal").stat().st_size > 0
    db = open_database(path)
    try:
        from cicte_desktop.services.workplan import get_work_plan

        texts = [a.text for a in get_work_plan(db).activities()]
        assert "3 Exercises" in texts and not any(t.startswith("half-written") for t in texts)
    finally:
        db.close()


def test_wal_holding_pages_the_file_lacks_is_recovered(tmp_path: Path) -> None:
    """After a power cut mid-checkpoint the file may be shorter than its header says while the
    write-ahead log still holds every page: that database is fine and must open."""
    source = tmp_path / "live.sqlite"
    db = open_database(source)
    db.close()
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    from cicte_desktop.services.demo import add_demo_events

    live = open_database(source)
    live.engine.dispose()
    with live.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    add_demo_events(live, 2000, seed=1)
    target = tmp_path / "copied.sqlite"
    shutil.copy(source, target)
    shutil.copy(source.with_name("live.sqlite-wal"), target.with_name("copied.sqlite-wal"))
    writer.close()
    live.close()
    # Page 1 says the file is larger than it is (the checkpoint had started to write it).
    data = bytearray(target.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[28:32] = (len(data) // page_size + 40).to_bytes(4, "big")
    target.write_bytes(bytes(data))
    db = open_database(target)
    try:
        from sqlalchemy import func, select

        from cicte_desktop.db.models import Event

        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Event)) == 2000
    finally:
        db.close()


def _assert_one_usage_line(stderr: str) -> None:
    """One line that says what is wrong and where the usage is, e.g. "cicte-desktop demo-data:
    error: argument --events: must be at least 1, not -5 (see cicte-desktop demo-data --help)"."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cicte-desktop") and ": error: " in lines[0], stderr
    assert lines[0].endswith("--help)") and "Traceback" not in stderr, stderr


def test_bad_arguments_are_usage_errors(db_path: Path) -> None:
    for args in (["frobnicate"], ["demo-data"], ["demo-data", "--events", "-5"], ["demo-data", "--events", "ten"],
                 ["plan", "--year", "soon"], ["--no-such-option"]):
        result = run_cli("--db", str(db_path), *args)
        assert result.returncode == 2, args
        _assert_one_usage_line(result.stderr)
    for args in (["--db", "", "plan"], ["--db", "  ", "plan"]):
        result = run_cli(*args)
        assert result.returncode == 2, args
        _assert_one_usage_line(result.stderr)
    assert not db_path.exists()


def test_window_reports_damage_found_after_it_opened(tmp_path: Path, populated: Path, qtbot, shown_messages) -> None:
    """The window opens at once and the integrity check runs behind it; damage it finds leads
    to the recovery dialog (here: Quit) and the window closes, with nothing written."""
    from cicte_desktop.app import build_main_window

    path = _make_overwritten_page(tmp_path, populated)
    before = _digest(path)
    window = build_main_window(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=10_000)
    kind, _title, text = shown_messages[0]
    assert kind == "recovery" and "is damaged" in text
    assert not window.isVisible()
    window.database.close()
    assert _digest(path) == before


def test_writes_wait_for_the_integrity_check(tmp_path: Path, populated: Path) -> None:
    path = _make_overwritten_page(tmp_path, populated)
    before = _digest(path)
    db = open_database(path, check_in_background=True)  # handed over before the check
    try:
        with pytest.raises(errors.DamagedDatabaseError):
            with db.write():
                pass
    finally:
        db.close()
    assert _digest(path) == before
