"""The counts the dashboard draws, in two grouped queries over the events the figures service
selects (``figures.events_from``: a filter means here what it means in the tree, the search and
the reports).

Events count whatever their status (as the tree's Events column); participants are those of
completed events, women, men and sex not recorded (as ``figures.summary``). An event that served
several member states counts for each, with all its participants (as
``reporting.participation_by_state``). Only the events of the plan's own activities count: the
month query groups by activity and keeps the plan's here, so that the covering index on the dates
serves (an ``IN`` list of activities would make SQLite read every event's row instead).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from cicte_desktop.db.database import Database
from cicte_desktop.services import figures, sql_parts

#: The key of the period of events without a start date (kept, so that the periods add up).
UNDATED = ""


@dataclass(frozen=True)
class People:
    """Participants of completed events."""

    women: int = 0
    men: int = 0
    sex_not_recorded: int = 0

    @property
    def total(self) -> int:
        return self.women + self.men + self.sex_not_recorded

    def __add__(self, other: People) -> People:
        return People(self.women + other.women, self.men + other.men, self.sex_not_recorded + other.sex_not_recorded)


@dataclass
class MonthFigures:
    """Events by month and status, and participants of completed events by month and activity."""

    events: dict[tuple[str, str], int] = field(default_factory=dict)  # ("2016-03", status) -> events
    people: dict[str, People] = field(default_factory=dict)  # "2016-03" -> participants
    people_by_activity: dict[str, People] = field(default_factory=dict)  # activity uuid -> participants


def month_figures(db: Database, event_filter: figures.EventFilter, activity_uuids: Collection[str]) -> MonthFigures:
    """Events of ``activity_uuids`` the filter keeps, by month ("2016-03", ``UNDATED`` without a
    start date) and status; participants of the completed ones by month and by activity."""
    from_sql, params = figures.events_from(event_filter, None)
    sql = (f"SELECT {sql_parts.month_of(db.dialect, 'e.start_date')}, e.status, e.activity_uuid, count(*), sum(e.women), sum(e.men), "
           f"sum(e.sex_not_recorded) {from_sql} GROUP BY 1, 2, 3")
    result = MonthFigures()
    wanted = set(activity_uuids)
    with db.sql() as conn:
        rows = conn.execute(sql, params).fetchall()
    for month, status, activity, count, women, men, unknown in rows:
        if activity not in wanted:
            continue
        month = month or UNDATED
        result.events[(month, status)] = result.events.get((month, status), 0) + count
        if status == "completed":
            people = People(int(women or 0), int(men or 0), int(unknown or 0))
            result.people[month] = result.people.get(month, People()) + people
            result.people_by_activity[activity] = result.people_by_activity.get(activity, People()) + people
    return result


@dataclass(frozen=True)
class StateFigures:
    events: int = 0  # events that served the state, any status the filter keeps
    participants: int = 0  # participants of those completed


def state_figures(db: Database, event_filter: figures.EventFilter,
                  activity_uuids: Collection[str]) -> dict[str, StateFigures]:
    """Member state (ISO3) -> its events and participants under the filter, whatever member state
    the filter picks (the map shows them all). A state with none is left out."""
    others = figures.EventFilter(None, event_filter.date_from, event_filter.date_to, event_filter.event_type,
                                 event_filter.status)
    wanted = sorted(set(activity_uuids))
    if not wanted:
        return {}
    # Not by index: the activities are checked on each event the dates select, never used to pick them
    # (the index on activities would read every event's row).
    from_sql, params = figures.events_from(
        others, None, joins="JOIN event_member_state l ON l.event_uuid = e.uuid AND NOT l.deleted",
        where=[f"{sql_parts.not_by_index(db.dialect, 'e.activity_uuid')} IN ({', '.join('?' * len(wanted))})"],
        where_params=wanted)
    sql = (f"SELECT l.member_state_uuid, count(*), coalesce(sum(CASE WHEN e.status = 'completed' "
           f"THEN e.women + e.men + e.sex_not_recorded END), 0) {from_sql} GROUP BY 1")
    with db.sql() as conn:
        iso_of = dict(conn.execute("SELECT uuid, iso3 FROM member_state"))
        rows = conn.execute(sql, params).fetchall()
    return {iso_of[state]: StateFigures(count, int(people)) for state, count, people in rows if state in iso_of}
