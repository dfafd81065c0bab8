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
from cicte_desktop.db.migrate import script_revisions
from cicte_desktop.db.models import Base
from cicte_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from tests.conftest import FROZEN

FROZEN_FILES = sorted(FROZEN.glob("schema_*.sqlite"))


def test_known_revisions_match_the_scripts() -> None:
    assert tuple(script_revisions()) == KNOWN_REVISIONS
    assert HEAD_REVISION == KNOWN_REVISIONS[-1]


def test_migrated_schema_matches_the_models(db) -> None:
    engine = create_engine(f"sqlite:///{db.path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_earlier_schema_has_a_frozen_database() -> None:
    frozen = {p.stem.removeprefix("schema_") for p in FROZEN_FILES}
    assert frozen == set(KNOWN_REVISIONS[:-1])


@pytest.mark.parametrize("frozen", FROZEN_FILES, ids=[p.name for p in FROZEN_FILES])
def test_frozen_database_upgrades_after_a_backup(frozen: Path, tmp_path: Path) -> None:
    path = tmp_path / frozen.name
    shutil.copy(frozen, path)
    original = sqlite3.connect(path)
    revision = original.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    tables = [r[0] for r in original.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    snapshot = {t: sorted(original.execute(f"SELECT * FROM {t}").fetchall()) for t in tables if t != "alembic_version"}
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
    assert {t: sorted(backup.execute(f"SELECT * FROM {t}").fetchall()) for t in snapshot} == snapshot
    backup.close()
    # The upgraded file is at head and kept every row.
    upgraded = sqlite3.connect(path)
    assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    for table, rows in snapshot.items():
        assert sorted(upgraded.execute(f"SELECT * FROM {table}").fetchall()) == rows, table
    assert upgraded.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert upgraded.execute("SELECT value FROM local_setting WHERE key = 'frozen_marker'").fetchone() is not None
    upgraded.close()

    # Reopening an up-to-date database makes no further backup.
    again = open_database(path, backup_folder=backups)
    again.close()
    assert again.upgraded_from is None and len(list(backups.iterdir())) == 1


def test_a_failed_migration_keeps_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cicte_desktop.db import errors, migrate

    path = tmp_path / "old.sqlite"
    shutil.copy(FROZEN_FILES[0], path)
    before = path.read_bytes()

    def broken(_path: Path) -> None:
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
        'import sqlalchemy as sa\nfrom alembic import op\n\nrevision = "0003"\ndown_revision = "0002"\n'
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
    with pytest.raises(errors.MigrationError, match="the power went"):
        open_database(path, backup_folder=tmp_path / "backups")
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
    assert "half_made" not in tables and "event" not in tables
