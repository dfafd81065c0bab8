"""``--db`` takes a headquarters database on a PostgreSQL server as well as a file: what a mistyped
or unsafe URL gets, before anything connects (issue 21)."""

from __future__ import annotations

import pytest

from cicte_desktop.cli.main import main
from cicte_desktop.db.server import ServerUrl, ServerUrlError, is_server_url, parse_server_url

#: The command line runs in this process: on the suite's QApplication, as a command started on its
#: own makes a QCoreApplication that no later test's window could be built on.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("text", ["postgresql://ana@hq.oas.org/cicte", "postgres://ana@hq.oas.org:5433/cicte",
                                  "POSTGRESQL://ana@10.0.0.5/cicte", " postgresql+psycopg://ana@hq/cicte "])
def test_server_urls_are_told_from_file_paths(text: str) -> None:
    assert is_server_url(text)
    url = parse_server_url(text)
    assert isinstance(url, ServerUrl) and url.user == "ana" and url.database == "cicte"
    assert url.sqlalchemy_url.startswith("postgresql+psycopg://ana@")


@pytest.mark.parametrize("text", ["cicte.sqlite", "C:\\Users\\ana\\cicte.sqlite", "/data/postgresql/cicte.sqlite",
                                  "postgresql.sqlite", "file://cicte.sqlite"])
def test_file_paths_stay_file_paths(text: str) -> None:
    assert not is_server_url(text)


def test_the_address_and_port_are_read_for_the_user() -> None:
    url = parse_server_url("postgresql://ana@hq.oas.org:5433/cicte%20hq")
    assert (url.host, url.port, url.database) == ("hq.oas.org", 5433, "cicte hq")
    assert url.display_name == "cicte hq on hq.oas.org:5433"
    assert parse_server_url("postgresql://ana@hq/cicte").port == 5432
    # No host: PostgreSQL's own default, the server on this computer (through its local socket).
    assert parse_server_url("postgresql:///cicte").display_name == "cicte on localhost:5432"


@pytest.mark.parametrize(("text", "said"), [
    ("postgresql://ana:s3cret@hq/cicte", "Leave the password out of the URL"),
    ("postgresql://ana@hq/", "names no database"),
    ("postgresql://ana@hq", "names no database"),
    ("postgresql://ana@hq:99999/cicte", "port that is not a number"),
    ("postgresql://ana@hq:abc/cicte", "port that is not a number"),
    ("postgresql://ana@hq/cicte/more", "names no database"),
])
def test_a_bad_url_is_refused_in_one_line_before_connecting(text: str, said: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ServerUrlError, match=said):
        parse_server_url(text)
    with pytest.raises(SystemExit) as ended:
        main(["--db", text, "upgrade"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1 and "s3cret" not in err


def test_a_server_name_that_does_not_resolve_is_said_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "postgresql://ana@no-such-host.invalid/cicte", "check"]) == 1
    err = capsys.readouterr().err
    assert "There is no server called no-such-host.invalid on the network this computer is on: check its name" in err
    assert err.count("\n") == 1
