"""What was done against the plan: figures per planned activity and subtree summaries, under
the filters that event lists and the search (``event_search``) share.

One truth for every figure: ``plan_figures`` gives every plan item's target, achieved, counted
toward the target, progress, expected by now and state (or, under a member-state filter, that
state's contribution), and ``labels``/``state_label``/``describe`` the words for them; the tree,
the detail pane, the workbook, the PDF reports and ``plan --json --figures`` use nothing else.

Every figure is computed in SQL, written out here rather than built with SQLAlchemy: these
queries run before the window's first paint and on every keystroke (see ``Database.sql``). A
covering index makes the per-activity aggregate a range scan over dates (about 20 ms for
100,000 events); a member-state filter starts from ``event_member_state``'s index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cicte_desktop.db.database import Database
from cicte_desktop.services.workplan import ActivityNode, WorkPlanNode


@dataclass(frozen=True)
class EventFilter:
    """Which events count. ``None`` everywhere means every event ever logged."""

    member_state: str | None = None  # ISO 3166 alpha-3
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_type: str | None = None
    status: str | None = None

    @classmethod
    def for_year(cls, year: int) -> EventFilter:
        return cls(date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))


@dataclass(frozen=True)
class ActivityFigures:
    events: int = 0
    achieved: int = 0  # units of completed events


@dataclass
class Summary:
    """Totals for a part of the plan under a filter."""

    events_by_status: dict[str, int] = field(default_factory=dict)
    women: int = 0
    men: int = 0
    sex_not_recorded: int = 0
    member_states: list[str] = field(default_factory=list)  # ISO3 of states reached by completed events

    @property
    def events(self) -> int:
        return sum(self.events_by_status.values())

    @property
    def participants(self) -> int:
        return self.women + self.men + self.sex_not_recorded


def conditions(event_filter: EventFilter, activity_uuids: Sequence[str] | None, alias: str = "e",
                activity_column: str = "activity_uuid") -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) on events ``alias`` for the filter."""
    where, params = [], []
    if event_filter.date_from is not None:
        where.append(f"{alias}.start_date >= ?")
        params.append(event_filter.date_from.isoformat())
    if event_filter.date_to is not None:
        where.append(f"{alias}.start_date <= ?")
        params.append(event_filter.date_to.isoformat())
    if event_filter.event_type:
        where.append(f"{alias}.event_type = ?")
        params.append(event_filter.event_type)
    if event_filter.status:
        where.append(f"{alias}.status = ?")
        params.append(event_filter.status)
    if activity_uuids is not None:
        where.append(f"{alias}.{activity_column} IN ({', '.join('?' * len(activity_uuids))})")
        params.extend(activity_uuids)
    if event_filter.member_state:
        where.append(f"{alias}.uuid IN (SELECT l.event_uuid FROM event_member_state l JOIN member_state m "
                     "ON m.uuid = l.member_state_uuid WHERE m.iso3 = ? AND NOT l.deleted)")
        params.append(event_filter.member_state)
    return where, params


def events_from(event_filter: EventFilter, activity_uuids: Sequence[str] | None, *, joins: str = "",
                where: Sequence[str] = (), where_params: Sequence[Any] = ()) -> tuple[str, list[Any]]:
    """``FROM ... WHERE ...`` selecting the filtered, not deleted events as ``e``.

    ``joins`` (``JOIN ... ON ...`` clauses on ``e``) follow the tables that select the events;
    ``where`` conditions, with their ``where_params``, are added to the filter's.
    A member-state filter starts from that state's links (an index) rather than from every
    event; otherwise the covering index on the dates serves.
    """
    filters, params = conditions(
        EventFilter(None, event_filter.date_from, event_filter.date_to, event_filter.event_type, event_filter.status),
        activity_uuids,
    )
    clauses = ["NOT e.deleted", *filters, *where]
    params = [*params, *where_params]
    joined = f" {joins}" if joins else ""
    if event_filter.member_state:
        sql = ("FROM member_state m JOIN event_member_state l ON l.member_state_uuid = m.uuid AND NOT l.deleted "
               f"JOIN event e ON e.uuid = l.event_uuid{joined} WHERE m.iso3 = ? AND " + " AND ".join(clauses))
        return sql, [event_filter.member_state, *params]
    return f"FROM event e{joined} WHERE " + " AND ".join(clauses), params


def activity_figures(db: Database, event_filter: EventFilter) -> dict[str, ActivityFigures]:
    """Events and achieved units per planned activity, for the events the filter keeps."""
    from_sql, params = events_from(event_filter, None)
    sql = (f"SELECT e.activity_uuid, count(*), coalesce(sum(CASE WHEN e.status = 'completed' THEN e.units END), 0) "
           f"{from_sql} GROUP BY e.activity_uuid")
    with db.sql() as conn:
        return {uuid: ActivityFigures(count, int(done)) for uuid, count, done in conn.execute(sql, params)}


def summary(db: Database, event_filter: EventFilter, activity_uuids: Sequence[str] | None) -> Summary:
    """Events by status, participants by sex and member states reached (completed events)."""
    result = Summary()
    from_sql, params = events_from(event_filter, activity_uuids)
    with db.sql() as conn:
        for status, count, women, men, unknown in conn.execute(
            f"SELECT e.status, count(*), sum(e.women), sum(e.men), sum(e.sex_not_recorded) {from_sql} "
            "GROUP BY e.status", params
        ):
            result.events_by_status[status] = count
            if status == "completed":
                result.women, result.men, result.sex_not_recorded = int(women or 0), int(men or 0), int(unknown or 0)
        if event_filter.member_state:
            # Under a member-state filter the report is about that state alone, even where an
            # event also served others.
            reached_any = result.events_by_status.get("completed", 0) > 0
            result.member_states = [event_filter.member_state] if reached_any else []
        else:
            # One EXISTS per member state stops at its first completed event: ~1 ms where a
            # DISTINCT over the joined events takes ~170 ms.
            where, where_params = conditions(event_filter, activity_uuids)
            result.member_states = [iso for (iso,) in conn.execute(
                "SELECT ms.iso3 FROM member_state ms WHERE NOT ms.deleted AND EXISTS (SELECT 1 FROM event_member_state l "
                "JOIN event e ON e.uuid = l.event_uuid WHERE l.member_state_uuid = ms.uuid AND NOT l.deleted "
                "AND NOT e.deleted AND e.status = 'completed'" + "".join(f" AND {w}" for w in where)
                + ") ORDER BY ms.iso3", where_params,
            )]
    return result


# --- Progress against targets -------------------------------------------------------------
#
# One truth for every figure: the tree, the detail pane, every Excel sheet and every PDF report
# take their figures from ``plan_figures`` and their words from ``labels``/``state_label``.

MET, ON_TRACK, BEHIND, NO_TARGET, NOT_STARTED = "met", "on_track", "behind", "no_target", "not_started"
#: Under a member-state filter: that state's contribution to the plan, never measured against the
#: hemisphere-wide target.
CONTRIBUTION = "contribution"
STATES = (MET, ON_TRACK, BEHIND, NOT_STARTED, NO_TARGET, CONTRIBUTION)


def _tr(text: str) -> str:
    from cicte_desktop import i18n

    return i18n.translate("Figures", text)


def labels() -> dict[str, str]:
    """The words every output uses for the figures, in the current language."""
    return {
        "target": _tr("Target"),
        "achieved": _tr("Achieved"),
        "counted": _tr("Counted toward target"),
        "progress": _tr("Progress"),
        "expected": _tr("Expected by now"),
        "state": _tr("State"),
        "events": _tr("Events"),
        "share": _tr("Share of achieved"),
    }


def label(key: str) -> str:
    return labels()[key]


def state_label(state: str) -> str:
    return {
        MET: _tr("Met"),
        ON_TRACK: _tr("On track"),
        BEHIND: _tr("Behind"),
        NOT_STARTED: _tr("Not started"),
        NO_TARGET: _tr("No numeric target"),
        CONTRIBUTION: _tr("Contribution"),
    }.get(state, state)


def percent_text(value: float | None) -> str:
    """"67%" (rounded), or "–" without a figure: the same in every output."""
    return _tr("{percent}%").format(percent=round(value)) if value is not None else "–"


@dataclass(frozen=True)
class NodeProgress:
    """Figures of one plan item, its own (activity) or rolled up from the activities below."""

    events: int
    achieved: int  # units of completed events, all of them
    target: int  # sum of the numeric targets below; 0 when there is none
    toward_target: int  # achieved units counted up to each activity's own target
    state: str  # MET, ON_TRACK, BEHIND, NOT_STARTED, NO_TARGET or CONTRIBUTION
    expected: float = 1.0  # share of the target due by now (0..1)
    plan_achieved: int | None = None  # under a member-state filter: the item's achieved units, all states

    @property
    def counted(self) -> int:
        """Achieved units counted toward the target (each activity at most up to its own)."""
        return self.toward_target

    @property
    def contribution(self) -> bool:
        return self.state == CONTRIBUTION

    @property
    def percent(self) -> float | None:
        """Progress: share of the numeric targets met (each activity capped at its target); None
        without one, and None for a member state's contribution (see ``share_percent``)."""
        if self.contribution:
            return None
        return 100.0 * self.toward_target / self.target if self.target else None

    @property
    def expected_percent(self) -> float | None:
        return 100.0 * self.expected if self.target and not self.contribution else None

    @property
    def share_percent(self) -> float | None:
        """Under a member-state filter: the state's share of the plan's achieved units."""
        if self.plan_achieved is None:
            return None
        return 100.0 * self.achieved / self.plan_achieved if self.plan_achieved else None

    @property
    def bar_percent(self) -> float | None:
        """What a bar shows: progress, or a member state's share of achieved."""
        return self.share_percent if self.contribution else self.percent


def _half_split(target: int | None, first_half: int | None, second_half: int | None) -> tuple[int, int] | None:
    """An activity's target split into (January-June, July-December), from its half-year targets:
    one half alone leaves the other the rest of the target; None when the plan does not split it
    (no half-year target, or no numeric target to split)."""
    if not target or (first_half is None and second_half is None):
        return None
    first = first_half if first_half is not None else max(0, target - (second_half or 0))
    second = second_half if second_half is not None else max(0, target - first)
    return (first, second) if first + second > 0 else None


def _halves(year: int) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]]:
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)), (dt.date(year, 7, 1), dt.date(year, 12, 31))


def _days_inside(span: tuple[dt.date, dt.date], first: dt.date, last: dt.date) -> int:
    start, end = max(span[0], first), min(span[1], last)
    return (end - start).days + 1 if end >= start else 0


def _split_share(split: tuple[int, int], year: int, first: dt.date, last: dt.date) -> float:
    """The share of a split target due from ``first`` to ``last`` (days of the plan year): each
    half's target pro rata to the days of that half inside, over the whole target."""
    due = sum(part * _days_inside(span, first, last) / ((span[1] - span[0]).days + 1)
              for part, span in zip(split, _halves(year)))
    return min(1.0, due / sum(split))


def expected_share(year: int, today: dt.date | None = None, *, target: int | None = None,
                   first_half: int | None = None, second_half: int | None = None) -> float:
    """How much of a year's targets should be met by ``today``: the share of the year elapsed.

    For an activity whose plan splits its target by half-year (``first_half``, ``second_half``
    of ``target``), the halves instead: the first half's target is due by 30 June and the whole
    target by 31 December, each half's target pro rata to the days of that half gone by."""
    today = today or dt.date.today()
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if today >= end:
        return 1.0
    if today < start:
        return 0.0
    split = _half_split(target, first_half, second_half)
    if split is not None:  # the days before today, as below
        return _split_share(split, year, start, today - dt.timedelta(days=1))
    return (today - start).days / (end - start).days


def expected_by_now(year: int, event_filter: EventFilter, today: dt.date | None = None, *,
                    target: int | None = None, first_half: int | None = None,
                    second_half: int | None = None) -> float:
    """Share of the plan year's targets due by now under the filter's period: the days of the plan
    year inside the period that have gone by, over the days of the year. The whole year once over:
    1.0; January-June once over: about 0.5, and so is July-December.

    For an activity whose plan splits its target by half-year (``first_half`` and/or
    ``second_half`` of ``target``; one alone leaves the other half the rest of the target), the
    halves instead of the straight line: each half's target is due pro rata to the days of that
    half inside the period that have gone by, over the whole target. The whole year once over:
    1.0; January-June once over: the first half's target over the target (2 of 6: about 0.33),
    July-December alone: the second half's (4 of 6: about 0.67); by 30 June of the year: the
    first half's; by 31 December: all of it."""
    today = today or dt.date.today()
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    first = max(start, event_filter.date_from or start)
    last = min(end, event_filter.date_to or end, today)
    if last < first:
        return 0.0
    split = _half_split(target, first_half, second_half)
    if split is not None:
        return _split_share(split, year, first, last)
    return min(1.0, ((last - first).days + 1) / ((end - start).days + 1))


def _state(target: int, toward: int, share: float, events: int = 1) -> str:
    if not target:
        return NO_TARGET
    if toward >= target:
        return MET
    if not events:
        return NOT_STARTED
    return BEHIND if toward < target * share else ON_TRACK


def _parts_expected(parts: Sequence[NodeProgress], default: float) -> float:
    """A parent's share due by now: its activities' shares weighted by their targets (the units
    due by now over the target), ``default`` without a numeric target below."""
    shares = {p.expected for p in parts if p.target}
    if len(shares) <= 1:  # all alike (no activity below splits its target): no rounding
        return shares.pop() if shares else default
    target = sum(p.target for p in parts)
    return sum(p.expected * p.target for p in parts) / target


def roll_up(plan: WorkPlanNode, figures: dict[str, ActivityFigures], share: float,
            plan_figures_all: dict[str, ActivityFigures] | None = None, *,
            activity_share: Callable[[ActivityNode], float | None] | None = None) -> dict[str, NodeProgress]:
    """Progress of every plan item by uuid; parents sum their activities.

    An activity's surplus does not hide another's shortfall: each counts toward its own
    target at most, and a parent's counted is the sum of its activities' counted. Activities
    without a numeric target ("Upon request") count events only. With ``plan_figures_all`` (the
    same filter for every member state), the figures are one member state's contribution: state
    CONTRIBUTION and ``plan_achieved`` for its share, never behind a hemisphere-wide target.

    ``share`` is the share of every target due by now; ``activity_share`` may give an activity
    its own (one whose target is split by half-year, see ``expected_by_now``; None: ``share``).
    A parent's is its activities' weighted by their targets: its units due by now over its
    target, so that its state (behind, on track) follows theirs.
    """
    result: dict[str, NodeProgress] = {}
    contribution = plan_figures_all is not None

    def node(events: int, achieved: int, target: int, toward: int, everyone: int | None,
             expected: float) -> NodeProgress:
        state = CONTRIBUTION if contribution else _state(target, toward, expected, events)
        return NodeProgress(events, achieved, target, toward, state, expected, everyone)

    def add(uuid: str, parts: list[NodeProgress]) -> NodeProgress:
        everyone = sum(p.plan_achieved or 0 for p in parts) if contribution else None
        made = node(sum(p.events for p in parts), sum(p.achieved for p in parts), sum(p.target for p in parts),
                    sum(p.toward_target for p in parts), everyone, _parts_expected(parts, share))
        result[uuid] = made
        return made

    for area in plan.work_areas:
        area_parts = []
        for program in area.programs:
            program_parts = []
            for project in program.projects:
                project_parts = []
                for activity in project.activities:
                    own = figures.get(activity.uuid, ActivityFigures())
                    target = activity.target or 0
                    everyone = (plan_figures_all.get(activity.uuid, ActivityFigures()).achieved
                                if plan_figures_all is not None else None)
                    own_share = activity_share(activity) if activity_share is not None else None
                    made = node(own.events, own.achieved, target, min(own.achieved, target), everyone,
                                share if own_share is None else own_share)
                    result[activity.uuid] = made
                    project_parts.append(made)
                program_parts.append(add(project.uuid, project_parts))
            area_parts.append(add(program.uuid, program_parts))
        add(area.uuid, area_parts)
    return result


def plan_figures(db: Database, plan: WorkPlanNode, event_filter: EventFilter,
                 today: dt.date | None = None, ahead: Any = None) -> dict[str, NodeProgress]:
    """THE figures of every plan item under a filter, for every output.

    Target, achieved (all completed units), counted toward the target (capped per activity),
    progress (counted / target), expected by now (``expected_by_now`` of the plan's year; an
    activity whose target is split by half-year follows its halves, its parents weigh it by its
    target) and state. Under a member-state filter: that state's contribution, with its share of the plan's
    achieved units (the same filter for every member state).

    Set-wise: one ``GROUP BY activity`` over the filtered events (a range scan of the covering
    index on dates, or the member state's links), plus, under a member-state filter, the same
    query without it for the shares; the roll-up runs in memory over the plan's ~150 items.
    """
    share = expected_by_now(plan.year, event_filter, today)
    # ``ahead``: a services.figures_ahead.FiguresAhead, the year's figures already read at start-up.
    own = ahead.take(db, event_filter) if ahead is not None else None
    if own is None:
        own = activity_figures(db, event_filter)
    everyone = None
    if event_filter.member_state:
        everyone = activity_figures(db, EventFilter(None, event_filter.date_from, event_filter.date_to,
                                                    event_filter.event_type, event_filter.status))

    def activity_share(activity: ActivityNode) -> float | None:
        if activity.first_half is None and activity.second_half is None:
            return None
        return expected_by_now(plan.year, event_filter, today, target=activity.target,
                               first_half=activity.first_half, second_half=activity.second_half)

    return roll_up(plan, own, share, everyone, activity_share=activity_share)


def total(progress: dict[str, NodeProgress], uuids: Sequence[str]) -> NodeProgress:
    """The figures of several items together (the work areas: the whole plan)."""
    parts = [progress[u] for u in uuids if u in progress]
    first = parts[0] if parts else NodeProgress(0, 0, 0, 0, NO_TARGET)
    target, toward, events = sum(p.target for p in parts), sum(p.toward_target for p in parts), sum(
        p.events for p in parts)
    contribution = first.contribution
    everyone = sum(p.plan_achieved or 0 for p in parts) if contribution else None
    expected = _parts_expected(parts, first.expected)
    state = CONTRIBUTION if contribution else _state(target, toward, expected, events)
    return NodeProgress(events, sum(p.achieved for p in parts), target, toward, state, expected, everyone)


def describe(node: NodeProgress, number: Any = str, target_text: str | None = None) -> list[tuple[str, str]]:
    """(label, value) pairs of an item's figures as every output writes them, in order.

    Against the plan: target, achieved, counted toward target, progress, expected by now, state.
    A member state's contribution: achieved, share of achieved, events (no target, no state).
    """
    words = labels()
    if node.contribution:
        return [(words["achieved"], number(node.achieved)), (words["share"], percent_text(node.share_percent)),
                (words["events"], number(node.events))]
    if not node.target:
        return [(words["target"], target_text or state_label(NO_TARGET)), (words["achieved"], number(node.achieved)),
                (words["events"], number(node.events))]
    return [(words["target"], target_text or number(node.target)), (words["achieved"], number(node.achieved)),
            (words["counted"], number(node.counted)), (words["progress"], percent_text(node.percent)),
            (words["expected"], percent_text(node.expected_percent)), (words["state"], state_label(node.state))]


def describe_pair(key: str, value: str) -> str:
    """"Expected by now: 50%": one figure with its label."""
    return _tr("{label}: {value}").format(label=label(key), value=value)


def describe_line(node: NodeProgress, number: Any = str, target_text: str | None = None, sep: str = " · ") -> str:
    """"Target: 58 · Achieved: 428 · Counted toward target: 52 · Progress: 90% · ..." """
    return sep.join(_tr("{label}: {value}").format(label=k, value=v) for k, v in describe(node, number, target_text))

