"""Finding events: the full-text search of the plan and the events, and the pages of the event
list under a plan item, under the same filters as the figures (``figures.conditions``).

An event is found when every word typed starts a word of its text (FTS5 prefix queries on
``search_index``), or when words name a member state it was held in. The search index carries
each event's activity, date, status and type; they are read from its content table by rowid
(``search_index_content``: columns ``c0``.. in the order the index declares them) rather than
through the virtual table, which would hand back every column, the text included, of every
match (see ``_MATCHES``). Member states named in a search are resolved to codes in memory and
reached through the link table's index (see ``_matching_events``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cicte_desktop.db import driver_sql
from cicte_desktop.db.database import Database
from cicte_desktop.services.figures import EventFilter, conditions, events_from
from cicte_desktop.services import sql_parts
from cicte_desktop.text_fold import fold


@dataclass(frozen=True)
class EventRow:
    uuid: str
    start_date: dt.date | None
    event_type: str
    title: str
    member_states: str  # ISO3 codes separated by spaces
    status: str
    participants: int
    activity_uuid: str


@dataclass
class SearchResult:
    plan_items: set[str] = field(default_factory=set)  # uuids of matching work areas ... activities
    event_activities: dict[str, int] = field(default_factory=dict)  # activity uuid -> matching events

    @property
    def empty(self) -> bool:
        return not self.plan_items and not self.event_activities


_TOKEN = re.compile(r"\w+", re.UNICODE)

#: Events are searched once a word has this many letters; shorter prefixes ("w") match most
#: events and tell the user nothing. Plan items are searched from the first letter.
EVENT_SEARCH_MIN_LETTERS = 3


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a user typed: every word, as a prefix, all required."""
    tokens = _TOKEN.findall(text)
    return " ".join(f'"{t}"*' for t in tokens) if tokens else None


def _query_for(conn: Any, dialect: str, text: str) -> str | None:
    """The full-text query for ``text`` on this database: FTS5's on a file; on a server a
    ``tsquery`` of the words folded by the server's own ``cicte_fold()``, as the index's text was
    ("œuvre" and "oeuvre" alike, as FTS5 finds them)."""
    if dialect != "postgresql":
        return fts_query(text)
    words = (conn.execute("SELECT cicte_fold(?)", (text,)).fetchone()[0] or "").split()
    return " & ".join(f"{w}:*" for w in words) if words else None


def searches_events(text: str) -> bool:
    return any(len(t) >= EVENT_SEARCH_MIN_LETTERS for t in _TOKEN.findall(text))


#: Columns the event list can be ordered by; the title and uuid break ties.
EVENT_ORDER = ("start_date", "event_type", "title", "member_states", "status", "participants")
_ORDER_SQL = {"start_date": "e.start_date", "event_type": "e.event_type", "title": "e.title", "status": "e.status",
              "participants": "e.participants_total"}


def _order_sql(order: str, dialect: str) -> str:
    return sql_parts.event_states(dialect) if order == "member_states" else _ORDER_SQL[order]


def events(
    db: Database,
    event_filter: EventFilter,
    activity_uuids: Sequence[str] | None,
    search: str | None = None,
    order: str = "start_date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[EventRow]:
    """One page of the events under ``activity_uuids`` that the filter and search text keep.

    The page is chosen first (uuids only) and only its rows get their member states, so the
    first page of 20,000 events costs what 200 do.
    """
    if order not in EVENT_ORDER:
        raise ValueError(f"cannot order events by {order!r}")
    direction = "DESC" if descending else "ASC"
    paging = f" LIMIT {int(limit) if limit is not None else sql_parts.NO_LIMIT[db.dialect]} OFFSET {int(offset)}"
    with db.sql() as conn:
        if search:
            matching = _matching_events(conn, db.dialect, search, event_filter, activity_uuids)
            if matching is None:
                return []
            matching_sql, matching_params = matching
            if order == "start_date":
                # The search index carries the dates: the page comes from it (and, for member
                # states named, from their links) without going back to every event.
                page_sql = f"SELECT uuid FROM ({matching_sql}) AS found ORDER BY start_date {direction}, uuid" + paging
                page_params = matching_params
            else:
                from_sql, params = events_from(event_filter, activity_uuids)
                page_sql = (f"SELECT e.uuid {from_sql} AND e.uuid IN (SELECT uuid FROM ({matching_sql}) AS found) "
                            f"ORDER BY {_order_sql(order, db.dialect)} {direction}, e.title, e.uuid{paging}")
                page_params = [*params, *matching_params]
        else:
            from_sql, params = events_from(event_filter, activity_uuids)
            page_sql = (f"SELECT e.uuid {from_sql} ORDER BY {_order_sql(order, db.dialect)} {direction}, e.title, "
                        f"e.uuid{paging}")
            page_params = params
        uuids = [u for (u,) in conn.execute(page_sql, page_params)]
        if not uuids:
            return []
        rows = conn.execute(
            f"SELECT e.uuid, e.start_date, e.event_type, e.title, {sql_parts.event_states(db.dialect)}, e.status, "
            "e.participants_total, "
            f"e.activity_uuid FROM event e WHERE e.uuid IN ({', '.join('?' * len(uuids))})", uuids,
        ).fetchall()
    by_uuid = {row[0]: row for row in rows}
    return [
        EventRow(uuid, dt.date.fromisoformat(r[1]) if r[1] else None, r[2], r[3], r[4] or "", r[5], r[6], r[7])
        for uuid in uuids if (r := by_uuid.get(uuid))
    ]


def _folded_words(text: str) -> list[str]:
    """Words without case or accents, as the full-text index sees them ("Marítima" -> "maritima")."""
    return _TOKEN.findall(fold(text))


#: The events an FTS5 query matches, as ``s`` with the columns the index carries, then ``WHERE``.
#: The rowids come from the index, their columns from its content table, one lookup by rowid
#: each: asking the virtual table for them hands back every column of every match, text
#: included, and takes twice as long ("wor" matches a third of 100,000 events: 40 ms, not 80).
_MATCHES = ("(SELECT c.id AS rowid, c.c1 AS uuid, c.c2 AS activity, c.c3 AS start_date, c.c4 AS status, "
            "c.c5 AS event_type FROM search_index_content c "
            "WHERE c.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)) s WHERE 1 = 1")
#: The same on PostgreSQL: the index is a table, its words a ``tsvector`` with a GIN index.
_MATCHES_POSTGRESQL = ("(SELECT rowid, uuid, activity, start_date, status, event_type FROM search_index "
                       "WHERE words @@ to_tsquery('simple', ?)) s WHERE 1 = 1")


def _plan_matches(dialect: str) -> str:
    """The plan items the full-text query bound to ``?`` matches (their uuids)."""
    if dialect == "postgresql":
        return "SELECT uuid FROM plan_search_index WHERE words @@ to_tsquery('simple', ?)"
    return "SELECT uuid FROM plan_search_index WHERE plan_search_index MATCH ?"


def _matching_events(conn: Any, dialect: str, text_typed: str, event_filter: EventFilter,
                     activity_uuids: Sequence[str] | None) -> tuple[str, list[Any]] | None:
    """``SELECT uuid, activity, start_date`` of the filtered events the typed text finds; None when
    the text is too short to search events.

    An event is found when every word typed starts a word of its text (the full-text index), or
    when some words name a member state it was held in ("Jamaica", "Jamaïque", "JAM"; resolved
    to ISO codes in memory, see ``member_state_names``) and the other words start words of its
    text. The member-state part starts from ``member_state``'s unique code and the link table's
    index on the state, then reads each of those events by its key: no scan of the events,
    whatever their number. When words are left ("workshop jam"), they are checked against the
    indexed text of those events only, read by rowid, never by a prefix query such as "w*"
    that would list most events.
    """
    if not searches_events(text_typed) or (match := _query_for(conn, dialect, text_typed)) is None:
        return None
    from cicte_desktop.services import member_state_names  # its names are read when first searched

    where, params = conditions(event_filter, activity_uuids, "s", "activity")
    matches = _MATCHES_POSTGRESQL if dialect == "postgresql" else _MATCHES
    parts = [f"SELECT s.uuid AS uuid, s.activity AS activity, s.start_date AS start_date FROM {matches}"
             + "".join(f" AND {w}" for w in where)]
    all_params: list[Any] = [match, *params]
    for state in member_state_names.resolve(text_typed):
        where, params = conditions(event_filter, activity_uuids)
        from_sql = ("FROM member_state m JOIN event_member_state l ON l.member_state_uuid = m.uuid AND NOT l.deleted "
                    "JOIN event e ON e.uuid = l.event_uuid "
                    f"WHERE m.iso3 IN ({', '.join('?' * len(state.iso3))}) AND NOT e.deleted"
                    + "".join(f" AND {w}" for w in where))
        if not state.rest:
            parts.append(f"SELECT e.uuid, e.activity_uuid, e.start_date {from_sql}")
            all_params.extend([*state.iso3, *params])
            continue
        keys = dict(conn.execute(f"SELECT k.id, e.uuid {from_sql.replace('WHERE', 'JOIN search_key k ON k.uuid = e.uuid WHERE', 1)}",
                                 [*state.iso3, *params]).fetchall())
        found = [keys[rowid] for rowid, body in _bodies(conn, list(keys)) if _starts_words(state.rest, body)]
        if found:
            parts.append("SELECT e.uuid, e.activity_uuid, e.start_date FROM event e "
                         f"WHERE e.uuid IN {driver_sql.json_values(dialect)}")
            all_params.append(json.dumps(found))
    return " UNION ".join(parts), all_params


def _bodies(conn: Any, rowids: list[int]) -> list[tuple[int, str]]:
    """The indexed text of the events with these search rowids (lookups by rowid)."""
    result: list[tuple[int, str]] = []
    for start in range(0, len(rowids), 500):
        chunk = rowids[start:start + 500]
        result.extend(conn.execute(f"SELECT rowid, body FROM search_index WHERE rowid IN ({', '.join('?' * len(chunk))})",
                                   chunk).fetchall())
    return result


_INDEX_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # what the index's unicode61 tokenizer calls a word


def _starts_words(words: Sequence[str], body: str) -> bool:
    """Whether every (folded) word starts a word of ``body``, as the index's prefix queries match."""
    body_words = _INDEX_TOKEN.findall(fold(body or ""))
    return all(any(b.startswith(w) for b in body_words) for w in words)


def search(db: Database, text_typed: str, event_filter: EventFilter, language: str | None = None) -> SearchResult:
    """Plan items whose text matches (in English, and in ``language``'s titles of the plan), and
    per activity how many of the filtered events match."""
    result = SearchResult()
    if fts_query(text_typed) is None:
        return result
    with db.sql() as conn:
        match = _query_for(conn, db.dialect, text_typed)
        result.plan_items = {uuid for (uuid,) in conn.execute(_plan_matches(db.dialect), (match,))} if match else set()
        if language and language != "en":
            # A few hundred titles at most: matched here, the same way (every word typed is the
            # start of a word of the title or of its numbering as the tree shows it, "1. Controles
            # Fronterizos"; case and accents ignored).
            typed = _folded_words(text_typed)
            for item, title, numbering in conn.execute(
                "SELECT t.item_uuid, t.title, coalesce(a.number, p.letter, j.number, '') FROM plan_title t "
                "LEFT JOIN work_area a ON a.uuid = t.item_uuid LEFT JOIN program p ON p.uuid = t.item_uuid "
                "LEFT JOIN project j ON j.uuid = t.item_uuid WHERE t.language = ? AND NOT t.deleted", (language,)
            ):
                words = _folded_words(f"{numbering} {title}")
                if all(any(w.startswith(t) for w in words) for t in typed):
                    result.plan_items.add(item)
        matching = _matching_events(conn, db.dialect, text_typed, event_filter, None)
        if matching is not None:
            matching_sql, params = matching
            result.event_activities = dict(conn.execute(
                f"SELECT activity, count(*) FROM ({matching_sql}) AS found GROUP BY activity", params).fetchall())
    return result
