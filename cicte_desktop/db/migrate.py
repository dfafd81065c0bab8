"""Schema migrations (Alembic scripts under ``db/migrations``) and the copy made before them."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from cicte_desktop.cancel import ProgressCallback, check
from cicte_desktop.db.copy import copy_database
from cicte_desktop.db.engine import make_engine
from cicte_desktop.db.models import FTS_TABLE_PREFIXES
from cicte_desktop.db.server import ServerUrl, make_server_engine
from cicte_desktop.paths import resource_path

log = logging.getLogger(__name__)


#: PostgreSQL's GIN indexes of the search index (see revision 0003).
SEARCH_INDEX_INDEXES = ("ix_search_index", "ix_plan_search_index")


def described_by_models(_obj: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
    """Whether the models describe a schema object (Alembic's ``include_object``): the search
    index (FTS5 and its shadow tables; on PostgreSQL, tables with a GIN index) is made by raw SQL,
    and so is PostgreSQL's ``rowid`` column (revisions 0003, 0006, 0009)."""
    if type_ == "column":
        return name != "rowid"
    return not (type_ in ("table", "index") and str(name).startswith((*FTS_TABLE_PREFIXES, *SEARCH_INDEX_INDEXES)))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resource_path("db", "migrations")))
    return config


def script_revisions() -> list[str]:
    """Revisions of the shipped scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def backup_before_migration(path: Path, revision: str, folder: Path,
                            progress: ProgressCallback | None = None) -> Path:
    """A copy of the database before migrating it (``progress`` may cancel it: nothing is left)."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{path.stem}-schema-{revision}-{stamp}.sqlite"
    copy_database(path, target, progress)
    log.info("backed up %s to %s before migrating from schema %s", path, target, revision)
    return target


def upgrade_to_head(path: Path | ServerUrl, progress: ProgressCallback | None = None) -> None:
    """Run every pending migration in one transaction: all of them, or none.

    On a file, foreign keys are off while the schema changes (SQLite rebuilds tables to alter
    them) and checked once at the end, before the commit; a server (``path`` a
    :class:`~cicte_desktop.db.server.ServerUrl`) checks them as it goes, and its DDL is
    transactional too. ``progress(done, total)`` is told each script applied; when it returns
    False the transaction is rolled back (:class:`Cancelled`).
    """
    if isinstance(path, ServerUrl):
        engine = make_server_engine(path)
    else:
        # The journal mode is left as it is: a failed upgrade then leaves the file's bytes as they
        # were; the app's own connections switch to WAL afterwards.
        engine = make_engine(path, foreign_keys=False, wal=False)
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            if progress is not None:
                current = connection.exec_driver_sql(
                    "SELECT version_num FROM alembic_version").scalar() if _has_version_table(connection) else None
                revisions = script_revisions()
                total = len(revisions) - (revisions.index(current) + 1 if current in revisions else 0)
                applied = [0]
                check(progress, 0, total)

                def step(**_info) -> None:  # type: ignore[no-untyped-def]
                    applied[0] += 1
                    check(progress, applied[0], total)

                config.attributes["on_version_apply"] = step
            command.upgrade(config, "head")
            if connection.dialect.name != "sqlite":
                return
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:3]}")
    finally:
        engine.dispose()


def _has_version_table(connection) -> bool:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    return bool(inspect(connection).has_table("alembic_version"))
