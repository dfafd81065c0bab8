"""Schema migrations: scripts, models and frozen databases of every earlier version agree."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from cicte_desktop.db.database import open_database
from cicte_desktop.db.ids import SEED_DEVICE_ID
from cicte_desktop.db.migrate import described_by_models, script_revisions
from cicte_desktop.db.models import FTS_TABLE_PREFIXES, Base
from cicte_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS, PACKAGE_REVISION
from tests.conftest import FROZEN

FROZEN_FILES = sorted(FROZEN.glob("schema_*.sqlite"))


def test_known_revisions_match_the_scripts() -> None:
    assert tuple(script_revisions()) == KNOWN_REVISIONS
    assert HEAD_REVISION == KNOWN_REVISIONS[-1]


def test_migrated_schema_matches_the_models(db) -> None:
    engine = create_engine(f"sqlite:///{db.path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": described_by_models})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_earlier_schema_has_a_frozen_database() -> None:
    frozen = {p.stem.removeprefix("schema_") for p in FROZEN_FILES}
    assert frozen == set(KNOWN_REVISIONS[:-1])


def _columns(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str, int]]]:
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
    return {t: [(c[1], c[2], c[3]) for c in conn.execute(f"PRAGMA table_info({t})")] for t in sorted(tables)}


def test_packages_are_stamped_with_the_last_revision_that_changed_their_tables(db) -> None:
    """A package says PACKAGE_REVISION: its tables and columns must be exactly the head's, or a
    revision that changed them forgot to move it (and an older installation would misread it)."""
    frozen = FROZEN / f"schema_{PACKAGE_REVISION}.sqlite"
    if PACKAGE_REVISION == HEAD_REVISION:
        assert not frozen.exists()
        return
    assert KNOWN_REVISIONS.index(PACKAGE_REVISION) < KNOWN_REVISIONS.index(HEAD_REVISION)
    old = sqlite3.connect(f"file:{frozen}?mode=ro", uri=True)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (PACKAGE_REVISION,)
        with db.sql() as conn:
            assert _columns(old) == _columns(conn)
    finally:
        old.close()


SEED_TABLES = ("work_plan", "work_area", "program", "project", "planned_activity", "mandate", "member_state",
               "partner_organization", "plan_title")


def _dump(conn: sqlite3.Connection, table: str, columns: list[str], where: str = "") -> list[tuple]:
    return sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table} {where}").fetchall())


@pytest.mark.parametrize("frozen", FROZEN_FILES, ids=[p.name for p in FROZEN_FILES])
def test_frozen_database_upgrades_after_a_backup(frozen: Path, tmp_path: Path) -> None:
    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    original = sqlite3.connect(path)
    revision = original.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    tables = [r[0] for r in original.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    columns = {t: [c[1] for c in original.execute(f"PRAGMA table_info({t})")] for t in tables if t != "alembic_version"}
    # What users made must come through unchanged (read through the old columns, as later
    # revisions may add some); rows the seed owns follow the current seed instead.
    # search_key is a local, derived table (integer ids for the full-text index, renumbered
    # when a seed revision rewrites plan rows): what must survive is which records it indexes.
    if "search_key" in columns:
        columns["search_key"] = ["kind", "uuid"]
    fts = [t for t in columns if t.startswith(FTS_TABLE_PREFIXES)]  # derived; checked by searching below
    for table in fts:
        del columns[table]
    kept = {
        t: "WHERE key != 'seed_version'" if t == "local_setting" else
           (f"WHERE device_id != '{SEED_DEVICE_ID}'" if "device_id" in cols else "")
        for t, cols in columns.items()
    }
    snapshot = {t: _dump(original, t, columns[t], where) for t, where in kept.items()}
    everything = {t: _dump(original, t, columns[t]) for t in columns}
    original.close()

    backups = tmp_path / "backups"
    db = open_database(path, backup_folder=backups)
    try:
        assert db.upgraded_from == revision and db.backup_path is not None
    finally:
        db.close()

    # The backup holds exactly what the file held before the upgrade.
    backup = sqlite3.connect(db.backup_path)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    assert {t: _dump(backup, t, columns[t]) for t in columns} == everything
    backup.close()
    # The upgraded file is at head, kept every row users made, and its seeded plan is the same
    # as a new database's, so that merging it with a newer laptop duplicates nothing.
    upgraded = sqlite3.connect(path)
    assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    for table, where in kept.items():
        assert _dump(upgraded, table, columns[table], where) == snapshot[table], table
    assert upgraded.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    if fts:  # the full-text indexes still find what they found before
        for table, word in (("plan_search_index", "maritime"), ("search_index", "workshop")):
            query = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?"
            before = sqlite3.connect(db.backup_path).execute(query, (word,)).fetchone()[0]
            assert upgraded.execute(query, (word,)).fetchone()[0] == before > 0, table
    assert upgraded.execute("SELECT value FROM local_setting WHERE key = 'frozen_marker'").fetchone() is not None
    fresh_db = open_database(tmp_path / "fresh.sqlite", backup_folder=backups)
    fresh_db.close()
    fresh = sqlite3.connect(tmp_path / "fresh.sqlite")
    for table in SEED_TABLES:
        # Rows users made or changed (a later year's plan, an item retired or renamed in the plan
        # editor: schema 0009 on) are checked above, as kept; every other row is the seed's.
        theirs = {u for (u,) in upgraded.execute(f"SELECT uuid FROM {table} WHERE device_id != ?", (SEED_DEVICE_ID,))}
        at = [c[1] for c in upgraded.execute(f"PRAGMA table_info({table})")].index("uuid")
        assert [r for r in _dump(upgraded, table, ["*"]) if r[at] not in theirs] == [
            r for r in _dump(fresh, table, ["*"]) if r[at] not in theirs], table
    fresh.close()
    upgraded.close()

    # Reopening an up-to-date database makes no further backup.
    again = open_database(path, backup_folder=backups)
    again.close()
    assert again.upgraded_from is None and len(list(backups.iterdir())) == 1


def test_a_seed_revision_leaves_plan_items_users_edited(tmp_path: Path) -> None:
    path = tmp_path / "edited.sqlite"
    shutil.copy(FROZEN_FILES[0], path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE work_area SET title = 'Border Controls (as edited at headquarters)', "
                 "device_id = 'hq-laptop', updated_at = '2026-01-01T00:00:00.000000Z' WHERE number = '1'")
    conn.commit()
    conn.close()
    open_database(path, backup_folder=tmp_path / "backups").close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title, device_id FROM work_area WHERE number = '1'").fetchone() == (
        "Border Controls (as edited at headquarters)", "hq-laptop")
    assert conn.execute("SELECT unit FROM (SELECT target_unit AS unit FROM planned_activity "
                        "WHERE text LIKE 'Training needs assessments in 3 ports%')").fetchone() == (
        "Training needs assessments",)  # a seed correction the user had not touched
    conn.close()


def test_a_failed_backup_changes_nothing(tmp_path: Path) -> None:
    from cicte_desktop.db import errors

    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN_FILES[0], path)
    before = path.read_bytes()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    with pytest.raises(errors.MigrationError, match="nothing was changed"):
        open_database(path, backup_folder=blocked / "backups")
    assert path.read_bytes() == before


def test_a_failed_migration_keeps_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cicte_desktop.db import errors, migrate

    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN_FILES[0], path)
    before = path.read_bytes()

    def broken(_path: Path, _progress=None) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrate, "upgrade_to_head", broken)
    with pytest.raises(errors.MigrationError, match="disk full") as caught:
        open_database(path, backup_folder=tmp_path / "backups")
    assert path.read_bytes() == before
    assert str(tmp_path / "backups") in caught.value.message


def test_migrations_are_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration failing half-way leaves the database at its old revision, no table half-made."""
    from cicte_desktop.db import errors, migrate
    from cicte_desktop.paths import resource_path

    scripts = tmp_path / "migrations"
    shutil.copytree(resource_path("db", "migrations"), scripts)
    (scripts / "versions" / "0003_broken.py").write_text(
        f'import sqlalchemy as sa\nfrom alembic import op\n\nrevision = "9000"\ndown_revision = "{HEAD_REVISION}"\n'
        'branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n'
        '    op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    raise RuntimeError("the power went")\n'
    )
    original_config = migrate.alembic_config

    def config_with_broken_step():
        config = original_config()
        config.set_main_option("script_location", str(scripts))
        return config

    monkeypatch.setattr(migrate, "alembic_config", config_with_broken_step)
    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN_FILES[0], path)
    before = path.read_bytes()
    with pytest.raises(errors.MigrationError, match="the power went"):
        open_database(path, backup_folder=tmp_path / "backups")
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
    assert "half_made" not in tables and "event" not in tables


def test_schema_0007_adds_an_empty_local_table_of_trusted_senders(tmp_path: Path) -> None:
    """Upgrading from 0006 keeps the exchange history and trusts nobody yet; the table is local."""
    from cicte_desktop.db.synced import SYNCED_TABLES

    path = tmp_path / "0006.sqlite"
    shutil.copy(FROZEN / "schema_0006.sqlite", path)
    before = sqlite3.connect(path)
    history = {t: _dump(before, t, ["*"]) for t in ("sync_change", "sync_peer", "sync_package")}
    before.close()
    assert history["sync_peer"] and len(history["sync_change"]) == 566
    open_database(path, backup_folder=tmp_path / "backups").close()
    upgraded = sqlite3.connect(path)
    try:
        assert {t: _dump(upgraded, t, ["*"]) for t in history} == history
        assert upgraded.execute("SELECT count(*) FROM trusted_device").fetchone() == (0,)
        columns = [c[1] for c in upgraded.execute("PRAGMA table_info(trusted_device)")]
        assert columns == ["device_uuid", "name", "public_key", "role", "confirmed_at"]
        assert "trusted_device" not in SYNCED_TABLES
        assert not upgraded.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                                    "'trusted_device'").fetchall()
        with pytest.raises(sqlite3.IntegrityError):  # a role is headquarters or laptop
            upgraded.execute("INSERT INTO trusted_device VALUES ('d', 'n', 'k', 'boss', 'now')")
    finally:
        upgraded.close()


def test_schema_0008_links_carried_over_plan_items_and_keeps_every_event_where_it_is(tmp_path: Path) -> None:
    """Upgrading from 0007: every plan item gets an empty ``carried_from_uuid`` (first planned in
    its year), every event stays under the activity it was logged against, the change log still
    records plan edits, and the new column travels in field packages with a rule of its own."""
    from cicte_desktop.validation.values import problem
    from cicte_desktop.db.synced import table_columns

    path = tmp_path / "0007.sqlite"
    shutil.copy(FROZEN / "schema_0007.sqlite", path)
    before = sqlite3.connect(path)
    events = _dump(before, "event", ["uuid", "activity_uuid", "start_date", "updated_at"])
    years = {row[2][:4] for row in events}
    before.close()
    assert len(events) == 60 and years == {"2016", "2017", "2018", "2019"}
    open_database(path, backup_folder=tmp_path / "backups").close()
    upgraded = sqlite3.connect(path)
    try:
        assert _dump(upgraded, "event", ["uuid", "activity_uuid", "start_date", "updated_at"]) == events
        for table in ("work_area", "program", "project", "planned_activity"):
            assert "carried_from_uuid" in [c[1] for c in upgraded.execute(f"PRAGMA table_info({table})")], table
            assert upgraded.execute(f"SELECT count(*) FROM {table} WHERE carried_from_uuid IS NOT NULL").fetchone() == (0,)
            assert "carried_from_uuid" in table_columns(table), table
            assert problem(table, "carried_from_uuid", None) is None
            assert problem(table, "carried_from_uuid", "x" * 200) is not None
        seq = upgraded.execute("SELECT coalesce(max(seq), 0) FROM sync_change").fetchone()[0]
        upgraded.execute("UPDATE work_area SET updated_at = '2017-01-02T00:00:00.000000Z' WHERE number = '1'")
        assert upgraded.execute("SELECT count(*) FROM sync_change WHERE seq > ? AND table_name = 'work_area'",
                                (seq,)).fetchone() == (1,)  # the change-log trigger survived
        assert upgraded.execute("SELECT name FROM trusted_device").fetchall() == [("Headquarters (frozen 0007)",)]
    finally:
        upgraded.close()


def test_schema_0009_adds_retired_items_and_a_synchronised_plan_history(tmp_path: Path) -> None:
    """Upgrading from 0008: the plan and every event stay as they were, no item is retired,
    the plan history starts empty, travels in field packages (change-log triggers) and, like
    every plan table, is changed only at headquarters."""
    from cicte_desktop.db.synced import SYNCED_TABLES, table_columns
    from cicte_desktop.sync import trust

    path = tmp_path / "0008.sqlite"
    shutil.copy(FROZEN / "schema_0008.sqlite", path)
    before = sqlite3.connect(path)
    events = _dump(before, "event", ["uuid", "activity_uuid", "start_date", "updated_at"])
    plans = _dump(before, "work_plan", ["uuid", "year", "symbol", "approved_on"])
    activities = _dump(before, "planned_activity", ["uuid", "text", "target_quantity", "position", "deleted"])
    before.close()
    assert len(events) == 60 and [p[1] for p in plans] == [2016]
    open_database(path, backup_folder=tmp_path / "backups").close()
    upgraded = sqlite3.connect(path)
    try:
        assert _dump(upgraded, "event", ["uuid", "activity_uuid", "start_date", "updated_at"]) == events
        assert _dump(upgraded, "work_plan", ["uuid", "year", "symbol", "approved_on"]) == plans
        assert _dump(upgraded, "planned_activity", ["uuid", "text", "target_quantity", "position", "deleted"]) == activities
        for table in ("work_area", "program", "project", "planned_activity"):
            assert upgraded.execute(f"SELECT count(*) FROM {table} WHERE retired").fetchone() == (0,), table
            assert "retired" in table_columns(table), table
        assert upgraded.execute("SELECT count(*) FROM plan_change").fetchone() == (0,)
        assert "plan_change" in SYNCED_TABLES and "plan_change" in trust.AUTHORITY_TABLES
        assert SYNCED_TABLES.index("plan_change") > SYNCED_TABLES.index("work_plan")
        plan_uuid = plans[0][0]
        seq = upgraded.execute("SELECT coalesce(max(seq), 0) FROM sync_change").fetchone()[0]
        upgraded.execute(
            "INSERT INTO plan_change (uuid, created_at, updated_at, device_id, work_plan_uuid, item_table, item_uuid, "
            "field, reason) VALUES ('c', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 'd', ?, "
            "'work_plan', ?, 'approved_on', 'approved')", (plan_uuid, plan_uuid))
        assert upgraded.execute("SELECT count(*) FROM sync_change WHERE seq > ? AND table_name = 'plan_change'",
                                (seq,)).fetchone() == (1,)
        assert upgraded.execute("SELECT value FROM local_setting WHERE key = 'frozen_marker'").fetchone() == (
            "schema 0008",)
    finally:
        upgraded.close()


def test_schema_0010_adds_empty_half_year_targets_and_keeps_every_event_and_plan_edit(tmp_path: Path) -> None:
    """Upgrading from 0009 (a 2017 plan carried over and edited: an activity retired, one renamed,
    one target raised after approval): every event stays under its activity, the plan, its
    retired item and its history stay as they were, and no activity has half-year targets yet;
    the new columns travel in field packages, whole numbers from 0, and the database refuses a
    negative one."""
    from cicte_desktop.validation.values import problem
    from cicte_desktop.db.synced import table_columns

    path = tmp_path / "0009.sqlite"
    shutil.copy(FROZEN / "schema_0009.sqlite", path)
    before = sqlite3.connect(path)
    events = _dump(before, "event", ["uuid", "activity_uuid", "start_date", "updated_at"])
    activities = _dump(before, "planned_activity", ["uuid", "text", "target_quantity", "retired", "updated_at"])
    history = _dump(before, "plan_change", ["*"])
    retired = before.execute("SELECT uuid FROM planned_activity WHERE retired").fetchall()
    on_retired = before.execute("SELECT count(*) FROM event e JOIN planned_activity t ON t.uuid = e.activity_uuid "
                                "WHERE t.retired").fetchone()[0]
    before.close()
    assert len(events) == 60 and len(history) == 4 and len(retired) == 1 and on_retired > 0
    open_database(path, backup_folder=tmp_path / "backups").close()
    upgraded = sqlite3.connect(path)
    try:
        assert _dump(upgraded, "event", ["uuid", "activity_uuid", "start_date", "updated_at"]) == events
        assert _dump(upgraded, "planned_activity", ["uuid", "text", "target_quantity", "retired", "updated_at"]) == activities
        assert _dump(upgraded, "plan_change", ["*"]) == history
        assert upgraded.execute("SELECT count(*) FROM planned_activity WHERE target_first_half IS NOT NULL "
                                "OR target_second_half IS NOT NULL").fetchone() == (0,)
        for column in ("target_first_half", "target_second_half"):
            assert column in table_columns("planned_activity")
            assert problem("planned_activity", column, None) is None
            assert problem("planned_activity", column, 3) is None
            assert problem("planned_activity", column, -1) is not None
            assert problem("planned_activity", column, 2.5) is not None
            with pytest.raises(sqlite3.IntegrityError):
                upgraded.execute(f"UPDATE planned_activity SET {column} = -1 WHERE uuid = ?", retired[0])
        seq = upgraded.execute("SELECT coalesce(max(seq), 0) FROM sync_change").fetchone()[0]
        upgraded.execute("UPDATE planned_activity SET target_first_half = 1, updated_at = '2026-01-01T00:00:00.000000Z' "
                         "WHERE uuid = ?", retired[0])
        assert upgraded.execute("SELECT count(*) FROM sync_change WHERE seq > ? AND table_name = 'planned_activity'",
                                (seq,)).fetchone() == (1,)  # the change-log trigger survived
        assert upgraded.execute("SELECT value FROM local_setting WHERE key = 'frozen_marker'").fetchone() == (
            "schema 0009",)
    finally:
        upgraded.close()


def test_schema_0011_indexes_the_dashboards_counts_and_keeps_every_event(tmp_path: Path) -> None:
    """Upgrading from 0010 (60 events, one member-state link removed, an activity's target split by
    half-year): the events, their links and the split stay as they were, the dashboard's map
    counts the same member states, and its join of events and their member states reads indexes
    only (no row of either table)."""
    import datetime as dt

    from cicte_desktop.services import dashboard_figures, figures, workplan

    path = tmp_path / "0010.sqlite"
    shutil.copy(FROZEN / "schema_0010.sqlite", path)
    before = sqlite3.connect(path)
    events = _dump(before, "event", ["*"])
    links = _dump(before, "event_member_state", ["*"])
    split = _dump(before, "planned_activity", ["uuid", "target_quantity", "target_first_half", "target_second_half"])
    removed = before.execute("SELECT count(*) FROM event_member_state WHERE deleted").fetchone()[0]
    before.close()
    assert len(events) == 60 and removed == 1
    year = figures.EventFilter(None, dt.date(2016, 1, 1), dt.date(2016, 12, 31))

    def map_counts(db) -> dict:  # noqa: ANN001
        plan = workplan.get_work_plan(db, 2016)
        return dashboard_figures.state_figures(db, year, [a.uuid for a in plan.activities()])

    db = open_database(path, backup_folder=tmp_path / "backups")
    try:
        after_counts = map_counts(db)
    finally:
        db.close()
    upgraded = sqlite3.connect(path)
    try:
        assert _dump(upgraded, "event", ["*"]) == events
        assert _dump(upgraded, "event_member_state", ["*"]) == links
        assert _dump(upgraded, "planned_activity", ["uuid", "target_quantity", "target_first_half",
                                                    "target_second_half"]) == split
        expected: dict[str, int] = {}
        for (iso,) in upgraded.execute(
                "SELECT m.iso3 FROM event e JOIN event_member_state l ON l.event_uuid = e.uuid AND NOT l.deleted "
                "JOIN member_state m ON m.uuid = l.member_state_uuid WHERE NOT e.deleted AND e.start_date "
                "BETWEEN '2016-01-01' AND '2016-12-31'"):
            expected[iso] = expected.get(iso, 0) + 1
        assert {iso: f.events for iso, f in after_counts.items()} == expected
        plan = [row[3] for row in upgraded.execute(
            "EXPLAIN QUERY PLAN SELECT l.member_state_uuid, count(*) FROM event e JOIN event_member_state l "
            "ON l.event_uuid = e.uuid AND NOT l.deleted WHERE NOT e.deleted AND e.start_date >= ? "
            "AND e.start_date <= ? GROUP BY 1", ("2016-01-01", "2016-12-31"))]
        assert any("COVERING INDEX ix_event_figures" in step for step in plan), plan
        assert any("COVERING INDEX ix_event_member_state_event" in step for step in plan), plan
        assert upgraded.execute("SELECT value FROM local_setting WHERE key = 'frozen_marker'").fetchone() == (
            "schema 0010",)
    finally:
        upgraded.close()
