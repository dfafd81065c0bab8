"""Headquarters' database on PostgreSQL: ``cicte-desktop --db postgresql://… upgrade`` makes the
same schema as a laptop's file, through the same migrations, with the same seeded plan (issue 21).

Runs against a throwaway server (``postgres_url``, see ``tests/postgres_server.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from cicte_desktop.cli.main import main
from cicte_desktop.db.models import FTS_TABLE_PREFIXES
from cicte_desktop.db.schema import HEAD_REVISION

#: The command line runs in this process: on the suite's QApplication, as a command started on its
#: own makes a QCoreApplication that no later test's window could be built on.
pytestmark = pytest.mark.usefixtures("qapp")

SEEDED_TABLES = ("work_plan", "work_area", "program", "project", "planned_activity", "member_state",
                 "partner_organization", "mandate", "plan_title")


def _engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def _upgrade(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", url, "upgrade"])
    out, err = capsys.readouterr()
    return code, out, err


def _columns(engine) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        inspector = inspect(connection)
        return {table: {column["name"] for column in inspector.get_columns(table)} - {"rowid"}
                for table in inspector.get_table_names() if not table.startswith(FTS_TABLE_PREFIXES)}


@pytest.fixture
def laptop_file(tmp_path: Path) -> Path:
    """A laptop's database made by the same command, to compare with."""
    path = tmp_path / "laptop.sqlite"
    assert main(["--db", str(path), "upgrade"]) == 0
    return path


def test_upgrade_creates_the_laptop_schema_and_seeds_the_same_plan(postgres_url: str, laptop_file: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, err = _upgrade(postgres_url, capsys)
    assert (code, err) == (0, "")
    assert f"created at schema {HEAD_REVISION}" in out and "2016 Work Plan" in out
    server, laptop = _engine(postgres_url), create_engine(f"sqlite:///{laptop_file}")
    try:
        assert _columns(server) == _columns(laptop)  # every table and column, by name
        with server.connect() as pg, laptop.connect() as lite:
            assert pg.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
            for table in SEEDED_TABLES:  # the same uuids as on every laptop, so packages merge
                query = text(f"SELECT uuid FROM {table} WHERE device_id = 'ddfad36e-e086-5ab7-9478-e13d0b6b1eac'")
                assert set(pg.execute(query).scalars()) == set(lite.execute(query).scalars()), table
            assert pg.execute(text("SELECT count(*) FROM planned_activity")).scalar() == 70
            # The search index holds every plan item, as the laptop's does.
            assert (pg.execute(text("SELECT count(*) FROM plan_search_index")).scalar()
                    == lite.execute(text("SELECT count(*) FROM plan_search_index")).scalar() > 100)
    finally:
        server.dispose()
        laptop.dispose()


def test_the_servers_migrated_schema_matches_the_models(postgres_url: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Types, keys, indexes and defaults as the models declare them, on PostgreSQL too (where a
    Boolean, a Date or a JSON column is a type of its own, not text or a number as in SQLite)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from cicte_desktop.db.migrate import described_by_models
    from cicte_desktop.db.models import Base

    assert _upgrade(postgres_url, capsys)[0] == 0
    engine = _engine(postgres_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": described_by_models})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_a_second_upgrade_changes_nothing(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _upgrade(postgres_url, capsys)[0] == 0
    engine = _engine(postgres_url)
    try:
        with engine.connect() as connection:
            before = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                      for t in (*SEEDED_TABLES, "sync_change", "search_key", "local_setting")}
        code, out, err = _upgrade(postgres_url, capsys)
        assert (code, err) == (0, "") and "already at schema" in out
        with engine.connect() as connection:
            after = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in before}
        assert after == before
    finally:
        engine.dispose()


def test_writes_on_the_server_are_indexed_for_search_and_logged_for_packages(
        postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The triggers SQLite has, in PL/pgSQL: search words folded as FTS5 folds them (accents and
    punctuation ignored), and every write appended to the change log that packages are made from."""
    assert _upgrade(postgres_url, capsys)[0] == 0
    engine = _engine(postgres_url)
    find = text("SELECT kind FROM plan_search_index WHERE words @@ to_tsquery('simple', :query)")
    try:
        with engine.begin() as connection:
            uuid = connection.execute(text("SELECT uuid FROM planned_activity ORDER BY uuid LIMIT 1")).scalar()
            seq = connection.execute(text("SELECT max(seq) FROM sync_change")).scalar()
            connection.execute(text("UPDATE planned_activity SET text = 'Taller en Panamá con Ñúñez, "
                                    "ana.perez@oas.org', updated_at = '2026-12-05T10:00:00.000000Z' "
                                    "WHERE uuid = :uuid"), {"uuid": uuid})
        with engine.connect() as connection:
            assert connection.execute(find, {"query": "panama:* & nunez:*"}).scalars().all() == ["activity"]
            # An e-mail address is words, as in FTS5 (PostgreSQL's own parser keeps it whole).
            assert connection.execute(find, {"query": "perez:* & oas:*"}).scalars().all() == ["activity"]
            assert connection.execute(find, {"query": "taller:* & ginebra:*"}).scalars().all() == []
            change = connection.execute(text("SELECT table_name, uuid, updated_at, origin FROM sync_change "
                                             "WHERE seq > :seq"), {"seq": seq}).all()
            assert change == [("planned_activity", uuid, "2026-12-05T10:00:00.000000Z", None)]
        with engine.begin() as connection:  # a merge's writes carry the sender as their origin
            connection.execute(text("INSERT INTO local_setting (key, value) VALUES ('sync_origin', 'laptop-7')"))
            connection.execute(text("UPDATE planned_activity SET deleted = true, updated_at = "
                                    "'2026-12-05T11:00:00.000000Z' WHERE uuid = :uuid"), {"uuid": uuid})
            connection.execute(text("DELETE FROM local_setting WHERE key = 'sync_origin'"))
        with engine.connect() as connection:
            assert connection.execute(find, {"query": "panama:*"}).scalars().all() == []  # deleted: not found
            assert connection.execute(text("SELECT origin FROM sync_change ORDER BY seq DESC LIMIT 1")).scalar() \
                == "laptop-7"
    finally:
        engine.dispose()


def test_another_programs_database_is_refused_and_left_alone(postgres_url: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    engine = _engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)"))
            connection.execute(text("INSERT INTO invoices VALUES (1, 99.5)"))
        code, out, err = _upgrade(postgres_url, capsys)
        assert code == 1 and out == ""
        assert "already holds tables of another program (invoices)" in err and "Traceback" not in err
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == ["invoices"]
            assert connection.execute(text("SELECT total FROM invoices")).scalar() == 99.5
    finally:
        engine.dispose()


def test_a_database_upgraded_by_a_newer_version_is_refused(postgres_url: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert _upgrade(postgres_url, capsys)[0] == 0
    engine = _engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        code, _out, err = _upgrade(postgres_url, capsys)
        assert code == 1
        assert "upgraded by a newer CICTE Desktop (schema 0099)" in err
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0099"
    finally:
        engine.dispose()


def test_a_failing_migration_leaves_the_database_as_it_was(postgres_url: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """All the migrations in one transaction, or none: a function already there by another name's
    hand makes revision 0006 fail, after 0001-0005 ran; nothing of them stays."""
    engine = _engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE FUNCTION cicte_sync_change() RETURNS integer LANGUAGE sql AS 'SELECT 1'"))
        code, out, err = _upgrade(postgres_url, capsys)
        assert code == 1 and out == "" and "Traceback" not in err
        assert "cicte_sync_change" in err
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == []
    finally:
        engine.dispose()


def test_an_unreachable_server_is_said_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, out, err = _upgrade(f"postgresql://cicte@127.0.0.1:{port}/cicte", capsys)
    assert code == 1 and out == ""
    assert err.startswith(f"cicte-desktop: error: Could not reach the PostgreSQL server at 127.0.0.1:{port}")
    assert err.count("\n") == 1


def test_a_missing_database_or_user_is_said_for_the_administrator(postgres_url: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    head, _slash, _name = postgres_url.rpartition("/")
    code, out, err = _upgrade(f"{head}/no_such_db", capsys)
    assert code == 1 and out == ""
    assert "There is no database no_such_db on 127.0.0.1: the database administrator creates it" in err
    code, out, err = _upgrade(postgres_url.replace("cicte_test@", "ghost@"), capsys)
    assert code == 1 and out == ""
    assert "The server 127.0.0.1 has no user ghost: the database administrator creates it" in err


def test_a_database_sorting_text_in_another_order_is_refused(postgres_cluster, capsys) -> None:  # type: ignore[no-untyped-def]
    """Lists, workbooks and reports come out in the laptops' order only where text is sorted by code
    point: a database made with a language's collation is refused before anything is written."""
    import psycopg

    with psycopg.connect(postgres_cluster.url("postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS english_order")
        admin.execute("CREATE DATABASE english_order TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
    try:
        url = postgres_cluster.url("english_order")
        code, out, err = _upgrade(url, capsys)
        assert code == 1 and out == ""
        assert "sorts text as en-US; CICTE Desktop needs the order the laptops use" in err
        assert "createdb --locale=C.UTF-8 --template=template0" in err
        engine = _engine(url)
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == []
        engine.dispose()
    finally:
        postgres_cluster.drop_database("english_order")
