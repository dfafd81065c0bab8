"""A server that asks for a password (scram-sha-256, as a headquarters server does): the password
reaches it from ``PGPASSWORD``, from ``.pgpass`` and from the connection form (for the session
only), on every path that connects (the window's reads, writes through SQLAlchemy, ``upgrade``,
a backup); a wrong or missing one is said in words, and never printed (issue 21)."""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest

from cicte_desktop.cli.main import main
from cicte_desktop.db.server import ServerDatabaseError, parse_server_url
from cicte_desktop.db.server_database import open_server_database
from cicte_desktop.services import server_backup
from cicte_desktop.services.events import writing
from tests.sync_helpers import event_input, first_activity

pytestmark = pytest.mark.usefixtures("qapp")

USER, PASSWORD = "cicte_pw", "s3cret-Pw;1"


@pytest.fixture
def guarded(postgres_cluster, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A database owned by a role that must give its password (a rule ahead of the cluster's trust
    for everyone else); no password anywhere libpq would look unless a test puts it there."""
    with psycopg.connect(postgres_cluster.url("postgres"), autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (USER,)).fetchone() is None:
            conn.execute(f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'")
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
        rule = f"host all {USER} 127.0.0.1/32 scram-sha-256\n"
        if rule not in hba.read_text():
            hba.write_text(rule + hba.read_text())
            conn.execute("SELECT pg_reload_conf()")
        conn.execute("DROP DATABASE IF EXISTS t_guarded WITH (FORCE)")
        conn.execute(f"CREATE DATABASE t_guarded OWNER {USER}")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    yield f"postgresql://{USER}@127.0.0.1:{postgres_cluster.port}/t_guarded"
    with psycopg.connect(postgres_cluster.url("postgres"), autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS t_guarded WITH (FORCE)")


def test_without_the_password_the_server_refusal_is_said_in_words(guarded: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", guarded, "upgrade"]) == 1
    err = capsys.readouterr().err
    assert f"did not accept user {USER}: put the password in your .pgpass file or the PGPASSWORD variable" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_password_from_pgpassword_reaches_every_connection(guarded: str, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert main(["--db", guarded, "upgrade"]) == 0  # SQLAlchemy and Alembic
    assert main(["--db", guarded, "demo-data", "--events", "5", "--seed", "1"]) == 0
    assert main(["--db", guarded, "backup", "--out", str(tmp_path / "b.sqlite")]) == 0  # its own connection
    assert main(["--db", guarded, "check"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "Events: 5" in out and PASSWORD not in out


def test_the_password_from_pgpass_reaches_the_server(guarded: str, postgres_cluster, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pgpass = tmp_path / "pgpass"
    escaped = PASSWORD.replace("\\", "\\\\").replace(":", "\\:")  # (as .pgpass wants them)
    pgpass.write_text(f"127.0.0.1:{postgres_cluster.port}:t_guarded:{USER}:{escaped}\n")
    os.chmod(pgpass, 0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert main(["--db", guarded, "upgrade"]) == 0
    assert "created at schema" in capsys.readouterr().out


def test_a_password_typed_in_the_connection_form_is_used_for_the_session(guarded: str, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert main(["--db", guarded, "upgrade"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    with pytest.raises(ServerDatabaseError, match=f"did not accept user {USER}"):
        open_server_database(parse_server_url(guarded).with_password("wrong"))
    url = parse_server_url(guarded).with_password(PASSWORD)
    assert PASSWORD not in str(url) and PASSWORD not in url.display_name
    db = open_server_database(url)  # the window's reads (psycopg) ...
    try:
        writing.log_event(db, event_input(first_activity(db), "Typed with a password", people=("Ana Ruiz",)))
        with db.sql() as conn:  # ... and its writes (SQLAlchemy), on the same password
            assert conn.execute("SELECT title FROM event").fetchall() == [("Typed with a password",)]
    finally:
        db.close()
    info, _broken = server_backup.backup_server(url, tmp_path / "b.sqlite")
    assert info.events == 1
