"""Search on headquarters' PostgreSQL server finds what it finds on a laptop's file: the same plan
items and the same events, words typed as prefixes, case and accents ignored (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cicte_desktop.cli.common import open_db
from cicte_desktop.cli.main import main
from cicte_desktop.db.server import parse_server_url
from cicte_desktop.services import event_search
from cicte_desktop.services.figures import EventFilter

#: The command line runs in this process, on the suite's QApplication (see tests/cli/test_server_url).
pytestmark = pytest.mark.usefixtures("qapp")

TYPED = ["wor", "Workshop", "workshop jam", "Jamaica", "JAM", "trinidad", "Panamá", "panama", "ÑÚÑEZ", "nunez",
         "cyber sec", "legis assist", "Santa Cruz", "mission 2016", "zzzz", "l", "1.", "C. Legis", "CSIRT",
         "action plan", "ana lu", "national sec"]


@pytest.fixture(scope="module")
def databases(postgres_cluster, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A server database and a file with the same 600 demo events, open."""
    url = postgres_cluster.create_database("search_both")
    file = str(tmp_path_factory.mktemp("search") / "laptop.sqlite")
    for db in (url, file):
        for args in (["upgrade"], ["demo-data", "--events", "600", "--seed", "11"]):
            assert main(["--db", db, *args]) == 0
    opened = open_db(parse_server_url(url)), open_db(Path(file))
    yield opened
    for db in opened:
        db.close()
    postgres_cluster.drop_database("search_both")


@pytest.mark.parametrize("typed", TYPED)
def test_the_server_finds_what_a_file_finds(databases, typed: str) -> None:  # type: ignore[no-untyped-def]
    server, file = databases
    everything = EventFilter()
    on_server, on_file = event_search.search(server, typed, everything), event_search.search(file, typed, everything)
    assert on_server.plan_items == on_file.plan_items
    assert on_server.event_activities == on_file.event_activities
    for order in ("start_date", "member_states", "title"):
        assert (event_search.events(server, everything, None, search=typed, order=order, limit=50)
                == event_search.events(file, everything, None, search=typed, order=order, limit=50))


def test_searches_find_something_and_ignore_accents(databases) -> None:  # type: ignore[no-untyped-def]
    server, _file = databases
    everything = EventFilter()
    found = {typed: event_search.search(server, typed, everything) for typed in ("ÑÚÑEZ", "nunez", "legis assist")}
    assert found["ÑÚÑEZ"].event_activities == found["nunez"].event_activities != {}
    assert found["legis assist"].plan_items
    assert event_search.events(server, everything, None, search="jamaica workshop", limit=5)
    assert not event_search.search(server, "zzzz", everything).plan_items


def test_letters_that_are_not_an_accented_letter_are_found_on_the_server(databases) -> None:  # type: ignore[no-untyped-def]
    """Ligatures and letters that are not an accented base letter (œ, æ, ø, ł): the server folds the
    typed words with its own ``cicte_fold()``, as its index was, so "oeuvre lodz" finds "Œuvre ...
    Łódź" there. A file's FTS5 index folds accents only: it finds them as typed, not as "oe" or "l"
    (a laptop's limit, kept as it was)."""
    from cicte_desktop.services.events import writing
    from tests.services.test_event_log import _event

    server, file = databases
    for db in databases:
        writing.log_event(db, _event(db, title="Œuvre maritime à Łódź et Ærø"), 2016)
    everything = EventFilter()
    titles = {db.dialect: {typed: [row.title for row in event_search.events(db, everything, None, search=typed, limit=5)]
                           for typed in ("oeuvre lodz", "œuvre łódź", "aero", "ærø mari")} for db in databases}
    assert all(found == ["Œuvre maritime à Łódź et Ærø"] for found in titles["postgresql"].values()), titles
    assert titles["sqlite"]["œuvre łódź"] == titles["sqlite"]["ærø mari"] == ["Œuvre maritime à Łódź et Ærø"]
    assert titles["sqlite"]["oeuvre lodz"] == []
