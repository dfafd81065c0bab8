"""The search reads the columns its index carries from the index's content table by rowid (a
fast path, see ``event_search._MATCHES``): it must find exactly what asking the full-text
virtual table itself finds, under every filter, on a database built as users build theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from cicte_desktop.services import event_search
from cicte_desktop.services.demo import add_demo_events, add_demo_plans
from cicte_desktop.services.figures import EventFilter, conditions

#: Prefixes that start words of many demo events ("workshop", "maritime", ...) and of few, none
#: of them a member state's name or code (those are reached through the link table as well).
WORDS = ("wor", "mar", "cyb", "kings", "training", "regional wor", "exe")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from cicte_desktop.db.database import open_database

    database = open_database(tmp_path_factory.mktemp("search") / "events.sqlite")
    add_demo_plans(database, (2016, 2017))
    add_demo_events(database, 3000, seed=7, years=(2016, 2017))
    yield database
    database.close()


def _filters(db) -> list[EventFilter]:  # type: ignore[no-untyped-def]
    with db.sql() as conn:
        state = conn.execute("SELECT m.iso3 FROM event_member_state l JOIN member_state m ON m.uuid = "
                             "l.member_state_uuid GROUP BY m.iso3 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    return [EventFilter(), EventFilter.for_year(2017), EventFilter(status="completed"),
            EventFilter(event_type="workshop", date_from=dt.date(2016, 3, 1), date_to=dt.date(2016, 10, 31)),
            EventFilter(member_state=state), EventFilter(member_state=state, date_from=dt.date(2017, 1, 1))]


def _slow_matches(db, text: str, event_filter: EventFilter, activities=None):  # type: ignore[no-untyped-def]
    """The matching events as the full-text virtual table hands them back, columns and all."""
    where, params = conditions(event_filter, activities, "s", "activity")
    sql = ("SELECT s.uuid, s.activity, s.start_date FROM search_index s WHERE search_index MATCH ?"
           + "".join(f" AND {w}" for w in where))
    with db.sql() as conn:
        return conn.execute(sql, [event_search.fts_query(text), *params]).fetchall()


def test_the_counts_per_activity_are_those_of_the_virtual_table(built) -> None:
    found_some = 0
    for event_filter in _filters(built):
        for text in WORDS:
            expected: dict[str, int] = {}
            for _uuid, activity, _start in _slow_matches(built, text, event_filter):
                expected[activity] = expected.get(activity, 0) + 1
            assert event_search.search(built, text, event_filter).event_activities == expected, (text, event_filter)
            found_some += bool(expected)
    assert found_some >= 20  # the words do find events under most filters


def test_the_event_list_pages_are_those_of_the_virtual_table(built) -> None:
    with built.sql() as conn:
        activities = [a for (a,) in conn.execute(
            "SELECT activity_uuid FROM event GROUP BY activity_uuid ORDER BY count(*) DESC LIMIT 6")]
    found_some = 0
    for event_filter in _filters(built)[:4]:
        for text in ("wor", "mar", "training"):
            slow = _slow_matches(built, text, event_filter, activities)
            # Newest first, ties by uuid: the list's default order.
            expected = [uuid for uuid, _a, _s in sorted(slow, key=lambda r: (-_day(r[2]), r[0]))]
            found_some += bool(expected)
            rows = event_search.events(built, event_filter, activities, text)
            assert [r.uuid for r in rows] == expected, (text, event_filter)
            page = event_search.events(built, event_filter, activities, text, offset=5, limit=10)
            assert [r.uuid for r in page] == expected[5:15]
            by_title = event_search.events(built, event_filter, activities, text, order="title", descending=False)
            assert sorted(r.uuid for r in by_title) == sorted(expected)
    assert found_some >= 6


def _day(iso: str | None) -> int:
    return dt.date.fromisoformat(iso).toordinal() if iso else 0
