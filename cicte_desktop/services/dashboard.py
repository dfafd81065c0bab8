"""The dashboard: what was done against the plan, when, by whom and where, as chart descriptions
(``charts``) that the window (QPainter) and the PDF reports (reportlab) draw alike.

Every number comes from the figures service: the progress bars are ``figures.plan_figures``'
``bar_percent`` (a member state's share of achieved under a member-state filter), the counts are
grouped queries over ``figures.events_from`` (``dashboard_figures``) that add up to
``figures.summary``. Words are translated in the export language of the thread
(``i18n.using_language``), numbers and month names written in its locale, so a report in Spanish
gets Spanish charts while the window stays English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.locale_format import short_date_format
from cicte_desktop.services import charts, figures, member_state_names
from cicte_desktop.services.dashboard_figures import UNDATED, People, StateFigures, month_figures, state_figures
from cicte_desktop.services.workplan import WorkPlanNode, program_code
from cicte_desktop.style_roles import colour, state_colour_name
from cicte_desktop.vocabulary import STATUS_LABELS, event_type_label, status_label

MEASURES = ("events", "participants")
PERIODS = ("month", "half")
#: The statuses bottom-up in a stack: what was done first, then what is to come, then the rest.
STATUS_ORDER = ("completed", "planned", "postponed", "cancelled")
#: Participants by sex: (series key, colour name).
SEXES = (("women", "chart-women"), ("men", "chart-men"), ("sex_not_recorded", "chart-unrecorded"))
MAP_COLOURS = ("map-1", "map-2", "map-3", "map-4", "map-5")


def _tr(text: str) -> str:
    return i18n.translate("Dashboard", text)


class _Words:
    """The export language's locale: numbers, dates and month names."""

    def __init__(self) -> None:
        self.language = i18n.export_language()
        self.locale = i18n.locale_for(self.language)

    def number(self, value: float) -> str:
        return self.locale.toString(int(round(value)))

    def day(self, day: dt.date) -> str:
        if self.locale.language() == QLocale.Language.C:
            return day.isoformat()
        return self.locale.toString(QDate(day.year, day.month, day.day), short_date_format(self.locale))

    def month(self, month: int) -> str:
        return self.locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)

    def state(self, iso3: str) -> str:
        return member_state_names.display_name(iso3, self.language)


def map_figures(db: Database, plan: WorkPlanNode, event_filter: figures.EventFilter) -> dict[str, StateFigures]:
    """What the map counts for ``plan`` under ``event_filter``: the same for every member state the
    filter picks (the map shows them all), so a window may keep it while only the state changes."""
    return state_figures(db, event_filter, [a.uuid for a in plan.activities()])


def build_dashboard(db: Database, plan: WorkPlanNode, event_filter: figures.EventFilter, *, measure: str = "events",
                    period: str = "month", today: dt.date | None = None,
                    progress: dict[str, figures.NodeProgress] | None = None,
                    states: dict[str, StateFigures] | None = None) -> charts.Dashboard:
    """The dashboard of ``plan`` (a plan year) under ``event_filter``: progress by work area and
    program, events and participants by month (``period="month"``) or half-year (``"half"``),
    participants by sex and work area, and a map of the member states by ``measure`` ("events"
    or "participants").

    ``progress``: ``figures.plan_figures`` of the same plan, filter and day, already read (the
    window's tree has them); ``states``: ``map_figures`` of the same plan and filter, member state
    aside. Given, they are not read again."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}")
    words = _Words()
    activities = [a.uuid for a in plan.activities()]
    if progress is None:
        progress = figures.plan_figures(db, plan, event_filter, today)
    if states is None:
        states = state_figures(db, event_filter, activities)
    months = month_figures(db, event_filter, activities)
    periods = _periods(event_filter, plan.year, {month for month, _status in months.events}, period, words)
    title = " · ".join([_tr("Dashboard · {year}").format(year=plan.year),
                        *filter_words(event_filter, plan.year, words)])
    return charts.Dashboard(title, (
        _progress_chart(plan, progress, event_filter, words),
        _events_chart(months.events, periods, period, words),
        _participants_chart(months.people, periods, period, words),
        _sex_chart(plan, months.people_by_activity, words),
        _map_chart(states, event_filter, plan.year, measure, words),
    ))


# --- The filter in words --------------------------------------------------------------------


def period_text(event_filter: figures.EventFilter, year: int, words: _Words | None = None) -> str:
    """"2016" for the whole plan year, else the filter's dates in words."""
    words = words or _Words()
    start, end = event_filter.date_from, event_filter.date_to
    if start == dt.date(year, 1, 1) and end == dt.date(year, 12, 31):
        return str(year)
    if start is None and end is None:
        return _tr("All dates")
    if end is None:
        return _tr("From {start}").format(start=words.day(start))  # type: ignore[arg-type]
    if start is None:
        return _tr("Until {end}").format(end=words.day(end))
    return _tr("{start} to {end}").format(start=words.day(start), end=words.day(end))


def filter_words(event_filter: figures.EventFilter, year: int, words: _Words | None = None, *,
                 member_state: bool = True) -> list[str]:
    """The filter as the title says it: the member state, the type, the status and the dates
    (not the dates when they are the plan year's, which the title names)."""
    words = words or _Words()
    parts = []
    if event_filter.member_state and member_state:
        parts.append(words.state(event_filter.member_state))
    if event_filter.event_type:
        parts.append(event_type_label(event_filter.event_type))
    if event_filter.status:
        parts.append(status_label(event_filter.status))
    dates = period_text(event_filter, year, words)
    if dates != str(year):
        parts.append(dates)
    return parts


# --- Progress -------------------------------------------------------------------------------


def _progress_chart(plan: WorkPlanNode, progress: dict[str, figures.NodeProgress],
                    event_filter: figures.EventFilter, words: _Words) -> charts.BarChart:
    contribution = bool(event_filter.member_state)
    names, keys, levels, values, texts, fills, notes, markers = [], [], [], [], [], [], [], []
    details = []

    def add(uuid: str, name: str, level: int) -> None:
        node = progress.get(uuid) or figures.NodeProgress(0, 0, 0, 0, figures.NO_TARGET)
        percent = node.bar_percent
        text = (figures.percent_text(percent) if percent is not None
                else figures.percent_text(None) if node.contribution else figures.state_label(node.state))
        expected = node.expected if node.target and not node.contribution else None
        names.append(name)
        keys.append(uuid)
        levels.append(level)
        values.append(percent or 0.0)
        texts.append(text)
        fills.append(colour(state_colour_name(node.state)))
        notes.append(figures.state_label(node.state))
        markers.append(expected)
        said = [] if node.contribution or percent is None else [figures.state_label(node.state)]
        if expected is not None:
            said.append(figures.describe_pair("expected", figures.percent_text(expected * 100)))
        details.append(f"{name}: {text}" + (f" ({', '.join(said)})" if said else ""))

    for area in plan.work_areas:
        add(area.uuid, f"{area.number}. {area.title}", 0)
        for program in area.programs:
            add(program.uuid, f"{program_code(area, program)}. {program.title}", 1)
    if contribution:
        state = words.state(event_filter.member_state)  # type: ignore[arg-type]
        title = _tr("Share of achieved by work area and program: {state}").format(state=state)
        lead = _tr("Each bar is the share of the plan's achieved units that served {state}, not progress against "
                   "the hemisphere-wide targets.").format(state=state)
        label = figures.label("share")
    else:
        title, lead, label = _tr("Progress by work area and program"), "", figures.label("progress")
    series = charts.Series("progress", label, colour("state-other"), tuple(values), tuple(texts))
    return charts.BarChart(
        "progress", title, tuple(names), (series,), charts.Scale(100.0, 20.0, "percent"), "horizontal",
        category_keys=tuple(keys), category_colours=tuple(fills), category_notes=tuple(notes),
        markers=None if contribution else tuple(markers), marker_label=figures.label("expected"),
        marker_colour=colour("chart-marker"), levels=tuple(levels),
        description=_describe(title, details, lead),
        empty_text=(_tr("This work plan has no work areas.") if not names
                    else _tr("No units achieved under this filter.")))


def _describe(title: str, items: Sequence[str], lead: str = "") -> str:
    """"Title: item; item; item." with a sentence before the items."""
    body = "; ".join(items) if items else _tr("nothing to show")
    return " ".join(part for part in (f"{title}.", lead, f"{body}.") if part)


# --- Events and participants by period ------------------------------------------------------


def period_key(month: str, period: str) -> str:
    """The period a month ("2016-03") falls in: itself, or its half-year ("2016-H1")."""
    if period == "month" or month == UNDATED:
        return month
    return f"{month[:4]}-H{1 if int(month[5:7]) <= 6 else 2}"


def _periods(event_filter: figures.EventFilter, year: int, data_months: set[str], period: str,
             words: _Words) -> list[tuple[str, str]]:
    """(key, name) of every month or half-year of the filter's dates (the plan year's where the
    filter leaves them open), widened to any month holding events outside them."""
    start = event_filter.date_from or dt.date(year, 1, 1)
    end = event_filter.date_to or dt.date(year, 12, 31)
    dated = sorted(m for m in data_months if m != UNDATED)
    first, last = (start.year, start.month), (end.year, end.month)
    if dated:
        first = min(first, (int(dated[0][:4]), int(dated[0][5:7])))
        last = max(last, (int(dated[-1][:4]), int(dated[-1][5:7])))
    result: list[tuple[str, str]] = []
    if first > last:
        return result
    y, m = first
    while (y, m) <= last:
        key = period_key(f"{y:04d}-{m:02d}", period)
        if not result or result[-1][0] != key:
            name = (f"{words.month(m)} {y}" if period == "month"
                    else f"{words.month(1 if m <= 6 else 7)}–{words.month(6 if m <= 6 else 12)} {y}")
            result.append((key, name))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    if UNDATED in data_months:
        result.append((UNDATED, _tr("No date")))
    return result


def _period_title(what: str, period: str) -> str:
    if what == "events":
        return _tr("Events by month and status") if period == "month" else _tr("Events by half-year and status")
    return _tr("Participants by month and sex") if period == "month" else _tr("Participants by half-year and sex")


def _stacked(key: str, title: str, periods: list[tuple[str, str]], series: list[charts.Series],
             words: _Words, note: str, empty_text: str) -> charts.BarChart:
    totals = [sum(s.values[i] for s in series) for i in range(len(periods))]
    details = []
    for index, (_key, name) in enumerate(periods):
        parts = [f"{s.label} {s.texts[index]}" for s in series if s.values[index]]
        details.append(f"{name}: " + (", ".join(parts) if parts else words.number(0)))
    total_line = _tr("Total: {total}.").format(total=words.number(sum(totals)))
    return charts.BarChart(
        key, title, tuple(name for _key, name in periods), tuple(series), charts.Scale.nice(max(totals, default=0)),
        "vertical", stacked=True, category_keys=tuple(k for k, _name in periods),
        description=" ".join(p for p in (_describe(title, details, note), total_line) if p), empty_text=empty_text)


def _events_chart(events: dict[tuple[str, str], int], periods: list[tuple[str, str]], period: str,
                  words: _Words) -> charts.BarChart:
    index = {key: i for i, (key, _name) in enumerate(periods)}
    statuses = [*STATUS_ORDER, *sorted({s for _m, s in events} - set(STATUS_ORDER))]
    counts = {status: [0] * len(periods) for status in statuses}
    for (month, status), count in events.items():
        counts[status][index[period_key(month, period)]] += count
    shown = [s for s in statuses if any(counts[s])] or [s for s in STATUS_ORDER]
    series = [charts.Series(s, status_label(s), colour(f"chart-{s}" if s in STATUS_LABELS else "state-other"),
                            tuple(float(v) for v in counts[s]), tuple(words.number(v) for v in counts[s]))
              for s in shown]
    return _stacked("events_by_period", _period_title("events", period), periods, series, words,
                    _tr("Events logged under the plan, of every status the filter keeps, by start date."),
                    _tr("No events under this filter."))


def _sex_labels() -> dict[str, str]:
    return {"women": _tr("Women"), "men": _tr("Men"), "sex_not_recorded": _tr("Sex not recorded")}


def _participants_chart(people: dict[str, People], periods: list[tuple[str, str]], period: str,
                        words: _Words) -> charts.BarChart:
    index = {key: i for i, (key, _name) in enumerate(periods)}
    counts = {key: [0] * len(periods) for key, _colour in SEXES}
    for month, group in people.items():
        slot = index[period_key(month, period)]
        for key, _colour in SEXES:
            counts[key][slot] += getattr(group, key)
    labels = _sex_labels()
    series = [charts.Series(key, labels[key], colour(name), tuple(float(v) for v in counts[key]),
                            tuple(words.number(v) for v in counts[key])) for key, name in SEXES]
    return _stacked("participants_by_period", _period_title("participants", period), periods, series, words,
                    _tr("Participants of the completed events, by start date."),
                    _tr("No participants of completed events under this filter."))


def _sex_chart(plan: WorkPlanNode, by_activity: dict[str, People], words: _Words) -> charts.BarChart:
    groups: list[tuple[str, str, People]] = []
    for area in plan.work_areas:
        total = People()
        for activity in (a for p in area.programs for pj in p.projects for a in pj.activities):
            total = total + by_activity.get(activity.uuid, People())
        groups.append((area.uuid, f"{area.number}. {area.title}", total))
    everyone = sum((g for _u, _n, g in groups), People())
    groups.insert(0, ("all", _tr("All work areas"), everyone))
    labels = _sex_labels()
    series = tuple(charts.Series(key, labels[key], colour(name), tuple(float(getattr(g, key)) for _u, _n, g in groups),
                                 tuple(words.number(getattr(g, key)) for _u, _n, g in groups)) for key, name in SEXES)
    title = _tr("Participants by sex and work area")
    details = [f"{name}: " + ", ".join(f"{s.label} {s.texts[i]}" for s in series) for i, (_u, name, _g) in
               enumerate(groups)]
    largest = max((v for s in series for v in s.values), default=0.0)
    return charts.BarChart(
        "participants_by_sex", title, tuple(name for _u, name, _g in groups), series, charts.Scale.nice(largest),
        "horizontal", category_keys=tuple(u for u, _n, _g in groups),
        description=_describe(title, details, _tr("Participants of the completed events.")),
        empty_text=_tr("No participants of completed events under this filter."))


# --- The map ----------------------------------------------------------------------------------


def colour_bins(values: Sequence[float], words: _Words | None = None) -> tuple[charts.ColourBin, ...]:
    """The map's legend for ``values``: none (0) in grey, then up to five round steps of the blues
    up to the largest value: 1–2, 3–5, 6–10, 11–20, 21 or more for values from 1 to 25 (steps of
    1, 2, 5 x 10^n when they spread over ten times or more), 1–900, 901–950, 951 or more for
    values from 851 to 989 (even steps otherwise); one bin per value up to 5."""
    words = words or _Words()
    bins = [charts.ColourBin(0, 0, colour("map-none"), _tr("None"))]
    counted = [int(v) for v in values if v >= 1]
    if not counted:
        return tuple(bins)
    low, top = min(counted), max(counted)
    ranges, lower = [], 1
    for upper in _uppers(low, top):
        ranges.append((lower, upper, words.number(lower) if lower == upper
                       else f"{words.number(lower)}–{words.number(upper)}"))
        lower = upper + 1
    ranges.append((lower, top, words.number(lower) if lower == top
                   else _tr("{lower} or more").format(lower=words.number(lower))))
    count = len(ranges)
    for index, (low_end, high_end, label) in enumerate(ranges):
        shade = MAP_COLOURS[2] if count == 1 else MAP_COLOURS[round(index * 4 / (count - 1))]
        bins.append(charts.ColourBin(low_end, high_end, colour(shade), label))
    return tuple(bins)


def _round_steps(limit: int) -> list[int]:
    """1, 2, 5, 10, 20, 50... up to the first at or above ``limit``."""
    steps, magnitude = [1], 1
    while steps[-1] < limit:
        steps += [2 * magnitude, 5 * magnitude, 10 * magnitude]
        magnitude *= 10
    return steps


def _uppers(low: int, top: int) -> list[int]:
    """The upper ends of the bins below the last (at most four), for values from ``low`` to ``top``."""
    if top <= 5:
        return list(range(1, top))
    if top >= 10 * low:
        return [s for s in _round_steps(top) if s < top][-4:]
    for step in _round_steps(top):
        if step * 5 < top - low:
            continue
        uppers = list(range((low + step - 1) // step * step, top, step))
        if len(uppers) <= 4:
            return uppers
    return []


def _map_chart(by_state: dict[str, StateFigures], event_filter: figures.EventFilter, year: int, measure: str,
               words: _Words) -> charts.MapChart:
    states = list(member_state_names.DISPLAY_NAMES)
    values = {iso3: float(getattr(by_state[iso3], measure) if iso3 in by_state else 0) for iso3 in states}
    texts = {iso3: words.number(v) for iso3, v in values.items()}
    names = {iso3: words.state(iso3) for iso3 in states}
    if measure == "events":
        title, label = _tr("Events by member state"), figures.label("events")
        what = _tr("Events of the {year} Work Plan by member state served; an event that served several member "
                   "states counts for each.").format(year=year)
        empty = _tr("No events under this filter.")
    else:
        title, label = _tr("Participants by member state"), _tr("Participants")
        what = _tr("Participants of the completed events of the {year} Work Plan by member state served; an event "
                   "that served several member states counts for each, with all its participants.").format(year=year)
        empty = _tr("No participants of completed events under this filter.")
    scope = [period_text(event_filter, year, words), *filter_words(event_filter, year, words, member_state=False)]
    caption = " ".join([what, _tr("Period: {period}.").format(period=" · ".join(dict.fromkeys(scope)))])
    if event_filter.member_state:
        caption += " " + _tr("{state} is outlined; the map shows every member state.").format(
            state=words.state(event_filter.member_state))
    reached = sorted((iso3 for iso3 in states if values[iso3]),
                     key=lambda i: (-values[i], member_state_names.sorting_name(names[i]).casefold()))
    none = sorted((names[i] for i in states if not values[i]),
                  key=lambda name: member_state_names.sorting_name(name).casefold())
    details = [f"{names[i]} {texts[i]}" for i in reached]
    if none:
        details.append(_tr("none: {states}").format(states=", ".join(none)))
    return charts.MapChart(
        "map", title, measure, label, values, texts, names,  # type: ignore[arg-type]
        colour_bins(list(values.values()), words),
        no_data_colour=colour("map-none"), selected=event_filter.member_state,
        description=_describe(title, details, what), caption=caption,
        disclaimer=_tr("The boundaries and names shown on this map do not imply official endorsement or acceptance "
                       "by the Organization of American States."),
        empty_text=empty)
