"""The throwaway PostgreSQL server of the tests (tests/postgres_server.py and its fixtures)."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import psycopg
import pytest
from sqlalchemy import create_engine, text

# The databases that the tests below were given, in order.
seen: list[str] = []


def test_a_database_accepts_psycopg_and_sqlalchemy(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SELECT current_user, current_database()").fetchone() == (
            "cicte_test", urlsplit(postgres_url).path.lstrip("/"),
        )
        assert connection.execute("SHOW server_encoding").fetchone() == ("UTF8",)
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (n integer)"))
            conn.execute(text("INSERT INTO t VALUES (1), (2)"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT sum(n) FROM t")).scalar() == 3
    finally:
        engine.dispose()


@pytest.mark.parametrize("turn", ["first", "second"])
def test_each_test_gets_its_own_empty_database(postgres_url: str, turn: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        tables = connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
        assert tables == (0,)
        connection.execute("CREATE TABLE left_behind (n integer)")
        databases = {row[0] for row in connection.execute("SELECT datname FROM pg_database")}
    name = urlsplit(postgres_url).path.lstrip("/")
    assert name not in seen
    assert not databases & set(seen), "the database of an earlier test was not dropped"
    seen.append(name)


def test_the_server_listens_on_127_0_0_1_only(postgres_cluster, postgres_url: str) -> None:  # noqa: ANN001
    with psycopg.connect(postgres_url) as connection:
        assert connection.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert connection.execute("SELECT host(inet_server_addr())").fetchone() == ("127.0.0.1",)
    # Another loopback address of this machine: nothing of ours answers there.
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", postgres_cluster.port), timeout=5):
        pass
