"""Field packages into headquarters' PostgreSQL server: a laptop's packages merged into the server
and into a file leave the same content, change log included (issue 21)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from cicte_desktop.db.synced import SYNCED_TABLES
from tests.helpers import run_command

#: The command line runs in this process, on the suite's QApplication (see tests/cli/test_server_url).
pytestmark = pytest.mark.usefixtures("qapp")


def _plain(value: Any) -> Any:
    """A value as SQLite keeps it: dates as text, booleans as 0 and 1, JSON as its data."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _stamp(minutes: int) -> str:
    """A moment a little after now, as edits are stamped (a package from the future is refused)."""
    moment = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _content(url: str) -> dict[str, Any]:
    """Every synchronised row but the database's own device, and the change log, in order."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            own = connection.execute(text("SELECT value FROM local_setting WHERE key = 'device_id'")).scalar()
            content: dict[str, Any] = {}
            for table in SYNCED_TABLES:
                result = connection.execute(text(f"SELECT * FROM {table} WHERE uuid != :own ORDER BY uuid"),
                                            {"own": own})
                names = [name for name in result.keys() if name != "rowid"]
                content[table] = [{name: _plain(row._mapping[name]) for name in names} for row in result]
            content["sync_change"] = [tuple(row) for row in connection.execute(text(
                "SELECT table_name, uuid, updated_at, device_id, origin FROM sync_change "
                "WHERE uuid != :own ORDER BY seq"), {"own": own})]
            # The events' search index, written row by row by triggers or all at once by a bulk merge.
            content["search_index"] = [tuple(row) for row in connection.execute(text(
                "SELECT uuid, body, activity, status FROM search_index ORDER BY uuid"))]
            content["sync_peer"] = [tuple(row) for row in connection.execute(text(
                "SELECT peer_key, name, device_uuid, exported_seq FROM sync_peer ORDER BY peer_key"))]
            content["sync_conflict"] = [tuple(row) for row in connection.execute(text(
                "SELECT table_name, record_uuid, label, winner, rule FROM sync_conflict ORDER BY record_uuid"))]
        return content
    finally:
        engine.dispose()


def test_a_laptops_packages_merge_into_the_server_as_into_a_file(postgres_url: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    laptop, hq_file = str(tmp_path / "laptop.sqlite"), str(tmp_path / "hq.sqlite")
    for db in (laptop, hq_file, postgres_url):
        run_command(capsys, db, "upgrade")
    run_command(capsys, laptop, "demo-data", "--events", "300", "--seed", "3")
    first = tmp_path / "first.cictepkg"
    run_command(capsys, laptop, "package", "export", "--out", str(first), "--to", "Headquarters", "--no-passphrase")
    for hq in (hq_file, postgres_url):
        said = run_command(capsys, hq, "package", "import", str(first), "--trust-new-sender")
        assert "Imported:" in said and " 0 conflicts" in said
    for hq in (hq_file, postgres_url):  # headquarters answers: its package to the laptop
        run_command(capsys, hq, "package", "export", "--out", str(tmp_path / "reply.cictepkg"), "--to", "Trainer laptop",
             "--no-passphrase")
    # More work in the field, and an event corrected at headquarters meanwhile (a conflict).
    run_command(capsys, laptop, "demo-data", "--events", "40", "--seed", "4")
    corrected_at = _stamp(minutes=1)  # the same moment in both headquarters' databases
    engine = create_engine(f"sqlite:///{laptop}")
    with engine.begin() as connection:
        changed = connection.execute(text("SELECT uuid FROM event ORDER BY uuid LIMIT 3")).scalars().all()
        connection.execute(text("UPDATE event SET notes = 'Checked in the field', "
                                "updated_at = :at WHERE uuid IN (:a, :b, :c)"),
                           {**dict(zip("abc", changed)), "at": _stamp(minutes=2)})
    engine.dispose()
    for hq in (hq_file, postgres_url):
        engine = create_engine(hq.replace("postgresql://", "postgresql+psycopg://", 1) if "://" in hq
                               else f"sqlite:///{hq}")
        with engine.begin() as connection:
            connection.execute(text("UPDATE event SET notes = 'Corrected at headquarters', "
                                    "updated_at = :at WHERE uuid = :a"), {"a": changed[0], "at": corrected_at})
        engine.dispose()
    second = tmp_path / "second.cictepkg"
    run_command(capsys, laptop, "package", "export", "--out", str(second), "--to", "Headquarters", "--no-passphrase")
    for hq in (hq_file, postgres_url):
        said = run_command(capsys, hq, "package", "import", str(second))
        assert "Imported:" in said

    on_server, on_file = _content(postgres_url), _content(f"sqlite:///{hq_file}")
    assert on_server == on_file
    assert len(on_server["event"]) == 340
    assert [row["notes"] for row in on_server["event"] if row["uuid"] in changed] == ["Checked in the field"] * 3
    assert len(on_server["sync_conflict"]) == 1  # the event corrected on both sides: the newer version won
    assert len(on_server["sync_change"]) > 1000
    # And the figures headquarters reports from them.
    figures = [json.loads(run_command(capsys, hq, "plan", "--json", "--figures", "--year", "2016"))
               for hq in (postgres_url, hq_file)]
    assert figures[0] == figures[1]


def test_a_package_made_while_another_manager_saves_misses_nothing(server_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On a server the change log is numbered as rows are written, not as they are committed: a
    package made while a long save is under way waits for it, so that its change is sent, not
    skipped for good behind a later, quicker save."""
    import threading

    import psycopg

    from cicte_desktop.services.events import writing
    from cicte_desktop.sync.outgoing import destination_named, export_package
    from cicte_desktop.sync.package_reader import read_package
    from tests.services.test_event_log import _event

    slow = writing.log_event(server_db, _event(server_db, title="Saved slowly"), 2016)
    quick = writing.log_event(server_db, _event(server_db, title="Saved quickly"), 2016)
    destination = destination_named(server_db, "Trainer laptop")
    export_package(server_db, tmp_path / "before.cictepkg", destination, data_folder=tmp_path)
    with psycopg.connect(server_db.url) as manager:  # a save under way, not yet committed
        manager.execute("UPDATE event SET notes = 'long save', updated_at = '2026-12-05T10:00:00.000000Z' "
                        "WHERE uuid = %s", (slow,))
        with psycopg.connect(server_db.url, autocommit=True) as other:  # a quicker save, committed
            other.execute("UPDATE event SET notes = 'quick save', updated_at = '2026-12-05T10:00:01.000000Z' "
                          "WHERE uuid = %s", (quick,))
        package = tmp_path / "during.cictepkg"
        exporting = threading.Thread(target=export_package, args=(server_db, package, destination),
                                     kwargs={"data_folder": tmp_path})
        exporting.start()
        exporting.join(1.5)
        assert exporting.is_alive()  # it waits for the save under way
        manager.commit()
    exporting.join(30)
    with read_package(package) as opened:
        columns, rows = opened.tables["event"].columns, opened.tables["event"].rows
    notes = {row[columns.index("uuid")]: row[columns.index("notes")] for row in rows}
    assert notes == {slow: "long save", quick: "quick save"}
