"""The package commands, between two databases, as a user's shell runs them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import run_cli


def _events(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT uuid, title, updated_at, device_id, deleted FROM event").fetchall())
    finally:
        conn.close()


def test_export_and_import_round_trip_between_two_databases(tmp_path: Path) -> None:
    laptop, hq = tmp_path / "laptop.sqlite", tmp_path / "hq.sqlite"
    package = tmp_path / "mission.cictepkg"
    assert run_cli("--db", str(laptop), "demo-data", "--events", "25", "--seed", "3").returncode == 0
    out = run_cli("--db", str(laptop), "package", "export", "--out", str(package), "--to", "Headquarters")
    assert out.returncode == 0, out.stderr
    assert "25 events" in out.stdout and package.is_file()

    dry = run_cli("--db", str(hq), "package", "import", str(package), "--dry-run", "--trust-new-sender")
    assert dry.returncode == 0, dry.stderr
    assert "new, 0 updated, 0 deleted, 0 unchanged, 0 conflicts" in dry.stdout and "nothing was written" in dry.stdout
    assert _events(hq) == []

    done = run_cli("--db", str(hq), "package", "import", str(package), "--trust-new-sender")
    assert done.returncode == 0, done.stderr
    assert _events(hq) == _events(laptop) and len(_events(hq)) == 25

    again = run_cli("--db", str(hq), "package", "import", str(package))
    assert again.returncode == 0
    assert " 0 new, 0 updated, 0 deleted" in again.stdout and "imported before" in again.stdout

    # Nothing changed on the laptop since: the next package for headquarters is empty...
    assert "0 events" in run_cli("--db", str(laptop), "package", "export", "--out", str(tmp_path / "empty.cictepkg"),
                                 "--to", "Headquarters").stdout
    # ...unless everything is asked for.
    assert "25 events" in run_cli("--db", str(laptop), "package", "export", "--out", str(tmp_path / "all.cictepkg"),
                                  "--to", "Headquarters", "--all").stdout


def test_a_protected_package_needs_its_passphrase(tmp_path: Path) -> None:
    laptop, hq = tmp_path / "laptop.sqlite", tmp_path / "hq.sqlite"
    package, secret, wrong = tmp_path / "p.cictepkg", tmp_path / "secret.txt", tmp_path / "wrong.txt"
    secret.write_text("una frase larga y secreta\n")
    wrong.write_text("something else\n")
    run_cli("--db", str(laptop), "demo-data", "--events", "5")
    out = run_cli("--db", str(laptop), "package", "export", "--out", str(package), "--passphrase-file", str(secret))
    assert out.returncode == 0 and "protected with a passphrase" in out.stdout
    missing = run_cli("--db", str(hq), "package", "import", str(package))
    assert missing.returncode == 1 and "--passphrase-file" in missing.stderr
    refused = run_cli("--db", str(hq), "package", "import", str(package), "--passphrase-file", str(wrong))
    assert refused.returncode == 1 and "Wrong passphrase" in refused.stderr
    assert _events(hq) == []
    done = run_cli("--db", str(hq), "package", "import", str(package), "--passphrase-file", str(secret),
                   "--trust-new-sender")
    assert done.returncode == 0, done.stderr
    assert _events(hq) == _events(laptop)


def test_a_file_that_is_not_a_package_is_refused(tmp_path: Path) -> None:
    hq = tmp_path / "hq.sqlite"
    notes = tmp_path / "notes.txt"
    notes.write_text("not a package")
    result = run_cli("--db", str(hq), "package", "import", str(notes))
    assert result.returncode == 1
    assert "notes.txt is not a CICTE Desktop field package" in result.stderr
