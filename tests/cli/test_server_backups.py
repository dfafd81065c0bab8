"""``check``, ``backup --out`` and ``restore`` on headquarters' PostgreSQL server (issue 21): a
server's backup is a database file like a laptop's, which restores onto the same server, onto a
new one, and opens on a laptop; a restore is all or nothing, keeping the server's content first;
the check finds what a server can lose (a trigger disabled, references not checked)."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from cicte_desktop.cancel import Cancelled
from cicte_desktop.cli.main import main
from cicte_desktop.db.server import parse_server_url
from cicte_desktop.db.server_database import SqliteLikeConnection
from cicte_desktop.paths import backup_dir, resource_path
from cicte_desktop.db.server_database import open_server_database
from cicte_desktop.services import server_backup
from cicte_desktop.services.events import writing
from cicte_desktop.services.backup import BackupError
from tests.helpers import run_command
from tests.sync_helpers import event_input, first_activity

pytestmark = pytest.mark.usefixtures("qapp")


def _server(url: str) -> SqliteLikeConnection:
    return SqliteLikeConnection(psycopg.connect(url, autocommit=True))


Content = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


def server_content(url: str) -> Content:
    """Every row of every table of the server database (but the search words it computes itself),
    values read as SQLite returns them, with the columns read."""
    with _server(url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND "
                                             "tablename <> 'alembic_version' ORDER BY 1").fetchall()]
        content = {}
        for table in tables:
            columns = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND is_generated = 'NEVER' "
                "ORDER BY column_name", (table,)).fetchall()]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            content[table] = (columns, sorted(rows, key=repr))
        return content


def file_content(path: Path, like: Content) -> Content:
    """The same tables and columns of a database file (the server's ``rowid`` is SQLite's own)."""
    conn = sqlite3.connect(path)
    try:
        return {table: (columns, sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr))
                for table, (columns, _rows) in like.items()}
    finally:
        conn.close()


def rows_of(content: Content, table: str) -> list[tuple[Any, ...]]:
    return content[table][1]


@pytest.fixture
def hq(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """A server database with 300 demo events, their rosters, and a change log."""
    run_command(capsys, postgres_url, "upgrade")
    run_command(capsys, postgres_url, "demo-data", "--events", "300", "--seed", "21")
    db = open_server_database(parse_server_url(postgres_url))
    try:
        for number in range(3):
            people = tuple(f"Participant {number}-{n} Ñúñez" for n in range(40))
            writing.log_event(db, event_input(first_activity(db), f"Port security workshop {number}", people=people))
    finally:
        db.close()
    return postgres_url


def test_a_backup_of_the_server_holds_every_row_and_restores_it_exactly(hq: str, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = server_content(hq)
    assert len(rows_of(before, "event")) >= 300 and len(rows_of(before, "participant")) > 100
    assert len(rows_of(before, "sync_change")) > 1000 and len(rows_of(before, "search_index")) >= 300
    out = run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    assert "hq.sqlite: saved" in out and f"{len(rows_of(before, 'event'))} events" in out
    # The file is a sound CICTE database, row for row the server's, its order of entry kept.
    assert file_content(tmp_path / "hq.sqlite", before) == before
    assert "Integrity: ok" in run_command(capsys, str(tmp_path / "hq.sqlite"), "check")

    run_command(capsys, hq, "demo-data", "--events", "50", "--seed", "3")  # the server goes on
    with _server(hq) as conn:
        conn.execute("UPDATE event SET title = 'Changed after the backup' WHERE title <> ''")
    replaced = server_content(hq)
    assert replaced != before
    out = run_command(capsys, hq, "restore", str(tmp_path / "hq.sqlite"))
    kept = Path(out.split("is kept in ")[1].strip().rstrip("."))
    assert kept.parent == backup_dir() and kept.name.startswith("before-restore-")
    assert server_content(hq) == before  # the change log and the search index too: not written again
    assert file_content(kept, replaced) == replaced  # what it replaced, kept first
    report = run_command(capsys, hq, "check")
    assert "Search index: ok" in report and "References: ok" in report
    with _server(hq) as conn:
        assert conn.execute("SELECT count(*) FROM search_index WHERE words @@ "
                            "to_tsquery('simple', 'changed')").fetchone()[0] == 0
    # Saving after a restore numbers new rows after the restored ones.
    run_command(capsys, hq, "demo-data", "--events", "20", "--seed", "4")
    after = server_content(hq)
    assert len(rows_of(after, "event")) == len(rows_of(before, "event")) + 20
    assert "Search index: ok" in run_command(capsys, hq, "check")


def test_a_new_server_takes_the_backup_of_the_old_one(hq: str, postgres_cluster, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Disaster recovery: the administrator sets up a new server (``upgrade``) and restores the
    last backup of the old one; the new one is the old one, identity and change log included."""
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    new = postgres_cluster.create_database("t_new_hq")
    try:
        run_command(capsys, new, "upgrade")
        run_command(capsys, new, "restore", str(tmp_path / "hq.sqlite"))
        assert server_content(new) == server_content(hq)
        assert run_command(capsys, new, "plan", "--json", "--figures", "--year", "2016") == \
            run_command(capsys, hq, "plan", "--json", "--figures", "--year", "2016")
    finally:
        postgres_cluster.drop_database("t_new_hq")


@pytest.mark.parametrize("frozen", ["schema_0006.sqlite", "schema_0010.sqlite"])
def test_a_laptops_backup_of_an_older_version_restores_onto_the_server(postgres_url: str, frozen: str, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / frozen
    shutil.copyfile(resource_path("db", "frozen", frozen), backup)
    untouched = backup.read_bytes()
    run_command(capsys, postgres_url, "upgrade")
    out = run_command(capsys, postgres_url, "restore", str(backup))
    assert "60 events" in out and "Restored into" in out
    assert backup.read_bytes() == untouched  # the backup itself is upgraded in a copy, never changed
    with _server(postgres_url) as conn:
        assert conn.execute("SELECT value FROM local_setting WHERE key = 'frozen_marker'").fetchone()[0] == \
            f"schema {frozen[7:11]}"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0011"
    report = run_command(capsys, postgres_url, "check")
    assert "Search index: ok" in report and "Events: 60" in report
    # The server now reads as the laptop's upgraded file does.
    laptop = tmp_path / "laptop.sqlite"
    shutil.copyfile(backup, laptop)
    assert run_command(capsys, postgres_url, "plan", "--json", "--figures", "--year", "2016") == \
        run_command(capsys, str(laptop), "plan", "--json", "--figures", "--year", "2016")


def test_the_check_finds_what_a_server_can_lose(hq: str, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_command(capsys, hq, "check")
    for line in ("Server: PostgreSQL", "Schema revision: 0011", "References: ok", "Change log and search triggers: ok",
                 "Indexes: ok", "Search index: ok", "Sort order: C.UTF-8, as on the laptops", "Events: 303",
                 "Participants: 120"):
        assert line in report, line
    with _server(hq) as conn:  # what an administrator's hand can do: triggers off, then rows written
        conn.execute("ALTER TABLE event DISABLE TRIGGER event_search")
        conn.execute("ALTER TABLE event DISABLE TRIGGER ALL")
        conn.execute("UPDATE event SET title = 'Renamed behind the triggers' WHERE title LIKE 'Port security%'")
        conn.execute("UPDATE event SET activity_uuid = 'no-such-activity' WHERE title LIKE 'Renamed%'")
    assert main(["--db", hq, "check"]) == 1
    report = capsys.readouterr().out
    assert "References: 3 rows point to missing rows" in report
    assert "event.activity_uuid -> planned_activity: 3" in report
    assert "The server does not check some references: their triggers are disabled." in report
    assert "Change log and search triggers: disabled: event_search, event_sync_insert, event_sync_update" in report
    assert "Search index: 3 records missing or out of date: searches do not find them as they are" in report


def test_a_server_not_yet_upgraded_is_told_to_upgrade_before_a_restore(hq: str, postgres_cluster, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    empty = postgres_cluster.create_database("t_empty_hq")
    try:
        assert main(["--db", empty, "restore", str(tmp_path / "hq.sqlite")]) == 1
        err = capsys.readouterr().err
        assert "is not ready for this version of CICTE Desktop, so nothing was restored: run cicte-desktop --db" in err
        assert err.count("\n") == 1
        assert main(["--db", empty, "check"]) == 1
        assert "This is not a CICTE Desktop database yet: run upgrade." in capsys.readouterr().out
        with _server(empty) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
    finally:
        postgres_cluster.drop_database("t_empty_hq")


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip, not a database", b"SQLite format 3\x00" + b"\x00" * 80])
def test_a_file_that_is_no_backup_changes_nothing_on_the_server(hq: str, content: bytes, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = server_content(hq)
    (tmp_path / "backup.sqlite").write_bytes(content)
    assert main(["--db", hq, "restore", str(tmp_path / "backup.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "backup.sqlite" in err
    assert server_content(hq) == before


def test_a_cancelled_restore_leaves_the_server_and_no_copy(hq: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    run_command(capsys, hq, "demo-data", "--events", "30", "--seed", "5")
    before = server_content(hq)
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return done < total * 0.8  # late: the new rows are already in, not yet committed

    with pytest.raises(Cancelled):
        server_backup.restore_server(parse_server_url(hq), tmp_path / "hq.sqlite", tmp_path / "kept", progress)
    assert server_content(hq) == before
    assert not (tmp_path / "kept").exists() or not list((tmp_path / "kept").iterdir())
    assert told[-1][0] > told[-1][1] * 0.6  # it was well into the replacement


def test_a_restore_waits_for_another_managers_save_then_gives_up(hq: str, tmp_path: Path, monkeypatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    monkeypatch.setattr(server_backup, "LOCK_WAIT_S", 1)
    other = psycopg.connect(hq)  # another manager's save, under way
    try:
        other.execute("UPDATE event SET notes = 'typing' WHERE uuid = (SELECT min(uuid) FROM event)")
        before = server_content(hq)
        with pytest.raises(BackupError, match=r"Other work on .* \(program managers saving, or the server's "
                                              r"maintenance\) went on the whole time, so it could not be done. Nothing "
                                              r"was restored: the database is as it was. Try again in a moment."):
            server_backup.restore_server(parse_server_url(hq), tmp_path / "hq.sqlite", tmp_path / "kept")
        other.commit()  # the other manager's save lands
    finally:
        other.close()
    after = server_content(hq)
    assert after != before and len(rows_of(after, "event")) == len(rows_of(before, "event"))
    assert not (tmp_path / "kept").exists() or not list((tmp_path / "kept").glob("*.sqlite"))


def test_a_backup_is_read_in_one_snapshot_while_others_save(hq: str, tmp_path: Path) -> None:
    """Another manager saving during the backup: the file holds the server as it was when the
    backup began, never half of a save."""
    url = parse_server_url(hq)
    started = threading.Event()
    calls = [0]

    def progress(_done: int, _total: int) -> bool:
        calls[0] += 1
        if calls[0] == 1:
            with _server(hq) as conn:  # saved (committed) while the backup reads
                conn.execute("UPDATE event SET title = title || ' (edited)'")
            started.set()
        return True

    before = server_content(hq)
    server_backup.backup_server(url, tmp_path / "hq.sqlite", progress)
    assert started.is_set()
    assert file_content(tmp_path / "hq.sqlite", before) == before


def test_a_cancelled_backup_leaves_no_file(hq: str, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        server_backup.backup_server(parse_server_url(hq), tmp_path / "hq.sqlite", lambda done, total: done < 500)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [["check"], ["backup", "--out", "x.sqlite"], ["restore", "x.sqlite"]])
def test_a_server_that_cannot_be_reached_is_said_in_one_line(command: list[str], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    if command[0] == "restore":
        shutil.copyfile(resource_path("db", "frozen", "schema_0010.sqlite"), tmp_path / "x.sqlite")
        command = ["restore", str(tmp_path / "x.sqlite")]
    assert main(["--db", "postgresql://ana@127.0.0.1:1/cicte", *command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "127.0.0.1" in err
    assert not (Path.cwd() / "x.sqlite").exists()


def test_reads_and_backups_during_a_restore_see_the_database_as_it_was(hq: str, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Another manager's backup, or a window reading, while a restore copies rows in: neither waits
    for it nor sees empty tables; they see the content as it was until the restore commits."""
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "old.sqlite"))
    run_command(capsys, hq, "demo-data", "--events", "40", "--seed", "6")
    before = server_content(hq)
    reader = psycopg.connect(hq)  # a window's read under way, in its snapshot
    reader.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    assert reader.execute("SELECT count(*) FROM event").fetchone()[0] == len(rows_of(before, "event"))
    halfway, go_on = threading.Event(), threading.Event()

    def progress(done: int, total: int) -> bool:
        if done > total * 0.7 and not halfway.is_set():  # deleting is done, copying in under way
            halfway.set()
            go_on.wait(60)
        return True

    outcome: list[object] = []
    restoring = threading.Thread(target=lambda: outcome.append(server_backup.restore_server(
        parse_server_url(hq), tmp_path / "old.sqlite", tmp_path / "kept", progress)))
    restoring.start()
    try:
        assert halfway.wait(60)
        info, broken = server_backup.backup_server(parse_server_url(hq), tmp_path / "during.sqlite")
        assert (info.events, broken) == (len(rows_of(before, "event")), 0)
        assert file_content(tmp_path / "during.sqlite", before) == before
        assert reader.execute("SELECT count(*) FROM event").fetchone()[0] == len(rows_of(before, "event"))
    finally:
        go_on.set()
        restoring.join(60)
        reader.close()
    assert isinstance(outcome[0], Path)
    assert len(rows_of(server_content(hq), "event")) == len(rows_of(before, "event")) - 40


def test_a_restore_the_server_refuses_leaves_it_as_it_was_and_no_copy(hq: str, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    conn = sqlite3.connect(tmp_path / "hq.sqlite")  # a value the server's column cannot hold, late in the copy
    conn.execute("UPDATE participant SET uuid = uuid || '-far-too-long-for-its-column' WHERE rowid = "
                 "(SELECT max(rowid) FROM participant)")
    conn.commit()
    conn.close()
    before = server_content(hq)
    assert main(["--db", hq, "restore", str(tmp_path / "hq.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "The server refused it (value too long" in err and "Nothing was restored: the database is as it was." in err
    assert err.count("\n") == 1
    assert server_content(hq) == before
    assert not list(backup_dir().glob(f"before-restore-*-{parse_server_url(hq).database}_on_*"))


def test_headquarters_never_becomes_a_laptop_by_a_restore_unless_forced(hq: str, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "laptop.sqlite"
    run_command(capsys, str(laptop), "demo-data", "--events", "5", "--seed", "2")
    run_command(capsys, str(laptop), "backup", "--out", str(tmp_path / "laptop-backup.sqlite"))
    run_command(capsys, hq, "device", "role", "headquarters")
    before = server_content(hq)
    assert main(["--db", hq, "restore", str(tmp_path / "laptop-backup.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "is a backup of a laptop" in err and "Bring the laptop's work in with its field package instead" in err
    assert server_content(hq) == before
    run_command(capsys, hq, "restore", str(tmp_path / "laptop-backup.sqlite"), "--force")
    assert "Events: 5" in run_command(capsys, hq, "check")


def test_a_backup_of_a_server_whose_checks_were_switched_off_is_written_all_the_same(
        hq: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with _server(hq) as conn:
        conn.execute("ALTER TABLE event DISABLE TRIGGER ALL")
        conn.execute("UPDATE event SET activity_uuid = 'no-such-activity' WHERE title LIKE 'Port security%'")
        conn.execute("ALTER TABLE event ENABLE TRIGGER ALL")
    out = run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    assert "303 events" in out
    assert "Note: 3 rows of the database point to records that are missing; check tells which." in out
    assert main(["--db", str(tmp_path / "hq.sqlite"), "check"]) == 1
    assert "References: 3 rows point to missing rows" in capsys.readouterr().out


@pytest.mark.parametrize("where", ["/dev/full", "a-file/hq.sqlite"])
def test_a_backup_that_cannot_be_written_is_said_in_words(hq: str, where: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    target = where if where.startswith("/") else str(tmp_path / where)
    with pytest.raises(BackupError):
        server_backup.backup_server(parse_server_url(hq), Path(target))
    try:
        code = main(["--db", hq, "backup", "--out", target])
    except SystemExit as ended:  # (refused by the argument's check, before the command runs)
        code = ended.code
    assert code in (1, 2)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "unexpected" not in err


def test_the_check_finds_a_search_index_out_of_step_with_its_filters(hq: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with _server(hq) as conn:
        conn.execute("UPDATE search_index SET start_date = '1999-01-01' WHERE rowid = (SELECT min(rowid) FROM "
                     "search_index)")
        conn.execute("UPDATE plan_search_index SET kind = 'event' WHERE rowid = (SELECT min(rowid) FROM "
                     "plan_search_index)")
    assert main(["--db", hq, "check"]) == 1
    assert "Search index: 2 records missing or out of date" in capsys.readouterr().out


def test_a_role_that_does_not_own_the_tables_is_told_before_anything_is_locked(
        hq: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    with _server(hq) as conn:  # a manager's role that may read and write, but owns nothing
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'cicte_manager'").fetchone():
            conn.execute("CREATE ROLE cicte_manager LOGIN")
        conn.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cicte_manager")
    manager = hq.replace("postgresql://cicte_test@", "postgresql://cicte_manager@")
    assert manager != hq
    before = server_content(hq)
    assert main(["--db", manager, "restore", str(tmp_path / "hq.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "The server lets only the owner of the database's tables restore it (the role that ran upgrade)" in err
    assert server_content(hq) == before
    assert not list(backup_dir().glob(f"before-restore-*-{parse_server_url(hq).database}_on_*"))


def test_a_restore_cancelled_at_its_very_end_leaves_the_counters_and_saves_work(hq: str, tmp_path: Path,
                                                                                capsys: pytest.CaptureFixture[str]) -> None:
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    run_command(capsys, hq, "demo-data", "--events", "30", "--seed", "5")
    before = server_content(hq)
    with _server(hq) as conn:
        counters = conn.execute("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1").fetchall()

    def progress(done: int, total: int) -> bool:
        return done < total  # Cancel at the last step: every row in, the counters reset, not committed

    with pytest.raises(Cancelled):
        server_backup.restore_server(parse_server_url(hq), tmp_path / "hq.sqlite", tmp_path / "kept", progress)
    assert server_content(hq) == before
    with _server(hq) as conn:
        assert conn.execute("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1").fetchall() == counters
    run_command(capsys, hq, "demo-data", "--events", "2", "--seed", "6")  # saves go on, numbered as before


def test_a_restore_waiting_for_a_save_hears_cancel(hq: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import time

    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    other = psycopg.connect(hq)
    try:
        other.execute("UPDATE event SET notes = 'typing' WHERE uuid = (SELECT min(uuid) FROM event)")
        asked = [0]

        def progress(_done: int, _total: int) -> bool:
            asked[0] += 1
            return asked[0] < 3

        started = time.monotonic()
        with pytest.raises(Cancelled):
            server_backup.restore_server(parse_server_url(hq), tmp_path / "hq.sqlite", tmp_path / "kept", progress)
        assert time.monotonic() - started < 5  # not the 20 seconds it would wait for the save
    finally:
        other.rollback()
        other.close()


def test_a_backup_with_broken_references_is_refused_before_anything_is_locked(hq: str, tmp_path: Path,
                                                                              capsys: pytest.CaptureFixture[str]) -> None:
    run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
    conn = sqlite3.connect(tmp_path / "hq.sqlite")
    conn.execute("UPDATE event SET activity_uuid = 'no-such-activity' WHERE rowid = (SELECT min(rowid) FROM event)")
    conn.commit()
    conn.close()
    before = server_content(hq)
    assert main(["--db", hq, "restore", str(tmp_path / "hq.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "hq.sqlite has 1 row that points to missing rows, which the server does not take, so nothing was " \
           "restored." in err
    assert server_content(hq) == before


def test_a_draft_saved_during_a_restore_waits_for_it_then_lands(hq: str, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from cicte_desktop.services.events import drafts

    db = open_server_database(parse_server_url(hq))
    try:
        typed = event_input(first_activity(db), "Typed while headquarters restored")
        drafts.save_draft(db, "00000000-0000-0000-0000-000000000001", None, typed)  # in the backup too
        run_command(capsys, hq, "backup", "--out", str(tmp_path / "hq.sqlite"))
        halfway, go_on = threading.Event(), threading.Event()

        def progress(done: int, total: int) -> bool:
            if done > total * 0.7 and not halfway.is_set():
                halfway.set()
                go_on.wait(60)
            return True

        restoring = threading.Thread(target=lambda: server_backup.restore_server(
            parse_server_url(hq), tmp_path / "hq.sqlite", tmp_path / "kept", progress))
        restoring.start()
        assert halfway.wait(60)
        threading.Timer(1.0, go_on.set).start()  # the restore goes on while the draft waits
        drafts.save_draft(db, "00000000-0000-0000-0000-000000000001", None,
                          dataclasses.replace(typed, title="Typed while headquarters restored (more)"))
        drafts.discard_draft(db, "00000000-0000-0000-0000-000000000002")
        restoring.join(60)
        assert [d.title for d in drafts.drafts(db)] == ["Typed while headquarters restored (more)"]
    finally:
        go_on.set()
        db.close()
