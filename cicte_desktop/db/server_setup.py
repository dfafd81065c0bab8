"""Making headquarters' server database ready: its schema created or upgraded through the app's
migrations, and the 2016 Work Plan seeded (``cicte-desktop --db postgresql://… upgrade``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cicte_desktop.db import migrate
from cicte_desktop.db.schema import HEAD_REVISION, KNOWN_REVISIONS
from cicte_desktop.db.seed import ensure_seeded
from cicte_desktop.db.server import ServerDatabaseError, ServerUrl, connection_problem, make_server_engine, newer_schema

if TYPE_CHECKING:
    from sqlalchemy import Engine


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Server", text)


def _state(engine: Engine) -> tuple[str | None, set[str]]:
    """The database's schema revision (None when it has none) and the tables it holds."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = (connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                    if "alembic_version" in tables else None)
    return revision, tables


def prepare_server_database(url: ServerUrl) -> tuple[str | None, str]:
    """Create or upgrade the schema of the server database ``url`` through the app's migrations
    (in one transaction: all of them, or none), then seed the 2016 Work Plan, with the same uuids
    as on every laptop. Returns the revision found (None for an empty database) and the device id
    the database keeps. Raises :class:`ServerDatabaseError`, whose message is for the user:
    when the database belongs to another program or to a newer version of the app, or when the
    server refuses (see :func:`connection_problem`); nothing is changed then."""
    from sqlalchemy.exc import SQLAlchemyError

    engine = make_server_engine(url)
    try:
        revision, tables = _state(engine)
        if revision is None and tables:
            raise ServerDatabaseError(_tr(
                "The database {name} already holds tables of another program ({tables}); CICTE Desktop needs a "
                "database of its own: ask the database administrator for an empty one.").format(
                name=url.display_name, tables=", ".join(sorted(tables)[:5])))
        if revision is None:
            _refuse_other_sort_order(engine, url)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise newer_schema(url, revision)
        if revision != HEAD_REVISION:
            migrate.upgrade_to_head(url)
        return revision, ensure_seeded(engine)
    except SQLAlchemyError as exc:
        raise ServerDatabaseError(connection_problem(url, exc)) from exc
    finally:
        engine.dispose()


#: Collations that order text by its characters' code points, as SQLite does on every laptop.
CODE_POINT_COLLATIONS = ("C", "POSIX", "C.UTF-8", "C.utf8")


def _refuse_other_sort_order(engine: Engine, url: ServerUrl) -> None:
    """A new database must sort text as the laptops' files do (by code point): in another
    collation ("en_US.UTF-8"), lists, workbooks and reports would come out in another order."""
    from sqlalchemy import text

    with engine.connect() as connection:  # (to_jsonb: the ICU columns exist from PostgreSQL 15 on)
        collation, provider, icu = connection.execute(text(
            "SELECT datcollate, to_jsonb(d) ->> 'datlocprovider', coalesce(to_jsonb(d) ->> 'datlocale', "
            "to_jsonb(d) ->> 'daticulocale') FROM pg_database d WHERE datname = current_database()")).one()
    if provider in ("i", "b"):  # ICU, or PostgreSQL 17's built-in provider: its own locale
        collation = icu
    if collation not in CODE_POINT_COLLATIONS:
        raise ServerDatabaseError(_tr(
            "The database {name} sorts text as {collation}; CICTE Desktop needs the order the laptops use. Ask the "
            "database administrator to create it again, empty, with createdb --locale=C.UTF-8 --template=template0 "
            "(see the README, \"Headquarters on PostgreSQL\").").format(name=url.display_name, collation=collation))
