"""Every value a synchronised record may hold: one rule per column of every synchronised table,
read from the models (types, ``String`` lengths, nullability, ``CheckConstraint`` ranges and
enumerations), so that the rules cannot drift from the database. No Qt widgets.

Used by field-package import (:func:`decode_rows`), by the services that save
(``services/events/validation.py``) and by Excel import (:func:`check_rows`, :func:`problem`): a value
the window cannot save cannot arrive by package either.

The API:

- ``problem(table, column, value, now=None) -> str | None``: what is wrong with one value as
  the database stores it (dates and time stamps as ISO text, booleans as 0/1; use
  :func:`stored` to convert Python values), in the user's words; None when it is sound.
- ``check_rows(table, columns, rows, now=None)``: every value of ``rows`` (lists or tuples in
  the order of ``columns``), checked a column at a time (fast: 100,000 records in well under a
  tenth of a second); raises :class:`InvalidRecord` naming the first bad record
  ("event 3f2c…: start date 'garbage' is not a date").
- ``decode_rows(table, columns, data, now=None) -> list[list]``: a JSON array of rows decoded
  and checked at once (msgspec checks types, lengths, ranges and enumerations while it parses,
  faster than ``json.loads`` alone); raises :class:`InvalidRecord` or :class:`MalformedRows`.
- ``rules(table) -> dict[column, Rule]``: the rules themselves.
- Rules across the values of one record (:data:`RECORD_RULES`): a planned activity's half-year
  targets agree with its target (:func:`half_targets_fault`); checked by all of the above.

Formats: uuids are canonical (lowercase 8-4-4-4-12 hexadecimal); time stamps are
``YYYY-MM-DDTHH:MM:SS.ffffffZ``, real, and not later than this computer's clock plus one day;
dates are ``YYYY-MM-DD``, real, in the years 1900 to 2199; whole numbers are integers within
range (never 2.5, "lots" or 1e308); numbers are finite and within range; text is within its
column's length (``Text`` columns: :data:`TEXT_MAX` characters); enumerations are within the
vocabulary; file checksums are 64 lowercase hexadecimal characters.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Annotated, Any, Literal

import msgspec
from PySide6.QtCore import QCoreApplication

#: The longest text a ``Text`` column may hold, in characters (the longest legitimate text, a
#: work plan's source or an event's notes, is a few thousand).
TEXT_MAX = 65_535
#: Whole numbers fit SQLite's 64-bit integers; counts of people and units fit far less.
INT_RANGE = (-(1 << 63), (1 << 63) - 1)
#: Ranges the models' CHECK constraints do not state (the event form's rules), and upper bounds
#: of counts: (table, column) -> (lowest, highest).
EXTRA_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("event", "pretest_average"): (0, 100),
    ("event", "posttest_average"): (0, 100),
    ("work_plan", "year"): (1900, 2199),
    ("period_lock", "year"): (1900, 2199),
    ("attachment", "size_bytes"): (0, 1 << 40),
}
#: Counts (women, men, units...): at most this many.
COUNT_MAX = 10_000_000
#: Dates are in these years (reports, periods and the form assume four-digit years).
DATE_YEARS = (1900, 2199)
#: A time stamp may be this far ahead of the receiving computer's clock (clocks differ).
CLOCK_SKEW = dt.timedelta(days=1)
#: Columns holding JSON text (a list of texts), and the longest such text.
JSON_MAX = 1 << 20



def _tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


# --- The rules ------------------------------------------------------------------------------

UUID, STAMP, DATE, INT, FLOAT, BOOL, TEXT, ENUM, SHA256, JSON = (
    "uuid", "stamp", "date", "int", "float", "bool", "text", "enum", "sha256", "json")


@dataclass(frozen=True)
class Rule:
    table: str
    column: str
    kind: str  # one of UUID, STAMP, DATE, INT, FLOAT, BOOL, TEXT, ENUM, SHA256, JSON
    nullable: bool
    max_length: int | None = None  # TEXT
    low: float | None = None  # INT, FLOAT
    high: float | None = None
    choices: tuple[Any, ...] = ()  # ENUM


_IN = re.compile(r"(\w+)\s+IN\s*\(([^)]*)\)", re.I)
_GE = re.compile(r"(\w+)\s*>=\s*(-?\d+)(?![\w.])")
_BETWEEN = re.compile(r"(\w+)\s+BETWEEN\s+(-?\d+(?:\.\d+)?)\s+AND\s+(-?\d+(?:\.\d+)?)", re.I)


def _constraint_facts(table: Any) -> tuple[dict[str, tuple[Any, ...]], dict[str, list[float | None]]]:
    """Enumerations and ranges stated by the table's CHECK constraints (``x IN (...)``,
    ``x >= n``, ``x BETWEEN a AND b``, wherever they stand in the constraint)."""
    from sqlalchemy import CheckConstraint

    choices: dict[str, tuple[Any, ...]] = {}
    ranges: dict[str, list[float | None]] = {}
    for constraint in table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        text = str(constraint.sqltext)
        for match in _IN.finditer(text):
            choices[match.group(1)] = tuple(json.loads(v.strip().replace("'", '"')) for v in match.group(2).split(","))
        for match in _GE.finditer(text):
            ranges.setdefault(match.group(1), [None, None])[0] = int(match.group(2))
        for match in _BETWEEN.finditer(text):
            ranges[match.group(1)] = [float(match.group(2)), float(match.group(3))]
    return choices, ranges


def _rule(table: Any, column: Any, choices: dict[str, tuple[Any, ...]],
          ranges: dict[str, list[float | None]]) -> Rule:
    from sqlalchemy import JSON as JSONType
    from sqlalchemy import Boolean, Date, Float, Integer, String

    from cicte_desktop.db.models import UtcTimestamp

    name, kind_of = column.name, column.type
    nullable = bool(column.nullable) and not column.primary_key
    make = lambda kind, **kw: Rule(table.name, name, kind, nullable, **kw)  # noqa: E731
    if isinstance(kind_of, UtcTimestamp):
        return make(STAMP)
    if isinstance(kind_of, Date):
        return make(DATE)
    if isinstance(kind_of, Boolean):
        return make(BOOL)
    if isinstance(kind_of, JSONType):
        return make(JSON, max_length=JSON_MAX)
    if isinstance(kind_of, (Integer, Float)):
        low, high = ranges.get(name, [None, None])
        extra = EXTRA_RANGES.get((table.name, name))
        if extra:
            low, high = extra
        if isinstance(kind_of, Float):
            return make(FLOAT, low=low if low is not None else -1e15, high=high if high is not None else 1e15)
        if name in choices:
            return make(ENUM, choices=choices[name])
        if low == 0 and high is None:
            high = COUNT_MAX  # a count
        return make(INT, low=INT_RANGE[0] if low is None else int(low), high=INT_RANGE[1] if high is None else int(high))
    if isinstance(kind_of, String):  # Text is a String without a length
        if name in choices:
            return make(ENUM, choices=choices[name])
        if name == "sha256":
            return make(SHA256)
        if name in ("uuid", "device_id") or name.endswith("_uuid") or column.foreign_keys:
            return make(UUID)
        return make(TEXT, max_length=kind_of.length or TEXT_MAX)
    raise TypeError(f"{table.name}.{name}: no rule for {kind_of!r}")  # a new column type needs a rule


@cache
def all_rules() -> dict[str, dict[str, Rule]]:
    """table -> column -> rule, for every synchronised table."""
    from cicte_desktop.db import models as m
    from cicte_desktop.db.synced import SYNCED_TABLES

    result = {}
    for name in SYNCED_TABLES:
        table = m.Base.metadata.tables[name]
        choices, ranges = _constraint_facts(table)
        result[name] = {c.name: _rule(table, c, choices, ranges) for c in table.columns}
    return result


def rules(table: str) -> dict[str, Rule]:
    return all_rules()[table]


@cache
def max_row_bytes(table: str) -> int:
    """The most bytes one record of ``table`` can take in a field package's JSON: every text at
    its longest with every character escaped, plus its index in the list of known records. A
    table member larger than its declared records can fill is refused before it is parsed."""
    total = 2 + 12
    for rule in rules(table).values():
        if rule.kind in (TEXT, JSON):
            size = 2 + 12 * rule.max_length  # type: ignore[operator]  # "\ud83d\ude00": 12 bytes a character
        elif rule.kind == ENUM:
            size = 2 + max(len(str(c)) for c in rule.choices)
        else:
            size = {UUID: 38, SHA256: 66, STAMP: 29, DATE: 12, BOOL: 1, INT: 21, FLOAT: 25}[rule.kind]
        total += 1 + max(size, 4)  # a comma; "null"
    return total


# --- One value ------------------------------------------------------------------------------


def stored(value: Any) -> Any:
    """A Python value as the database stores it (dates as ISO text, booleans as 0/1)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def latest_stamp(now: dt.datetime | None = None) -> str:
    """The latest time stamp accepted: this computer's clock plus :data:`CLOCK_SKEW`."""
    return ((now or dt.datetime.now(dt.timezone.utc)) + CLOCK_SKEW).astimezone(dt.timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ")


def shown(value: Any, limit: int = 40) -> str:
    """A value as a message quotes it (long text cut)."""
    if isinstance(value, str):
        text = value if len(value) <= limit else value[:limit] + "…"
        return "'" + "".join(c if c.isprintable() else "?" for c in text) + "'"
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _words(column: str) -> str:
    return column.replace("_", " ")


_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA_RE = re.compile(r"[0-9a-f]{64}")
_DATE_RE = re.compile(r"\d{4}-\d\d-\d\d")
_STAMP_RE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
_TIME_RE = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z")


def _date_sound(text: str) -> bool:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return False
    return DATE_YEARS[0] <= day.year <= DATE_YEARS[1]


def problem(table: str, column: str, value: Any, now: dt.datetime | None = None, *,
            latest: str | None = None) -> str | None:
    """What is wrong with ``value`` (as stored) for ``table.column``, in words; None if sound."""
    rule = rules(table)[column]
    if value is None:
        return None if rule.nullable else _tr("{column} is missing").format(column=_words(column))
    kind = rule.kind
    if kind in (INT, BOOL) or (kind == ENUM and rule.choices and isinstance(rule.choices[0], int)):
        if type(value) is not int:
            return _tr("{column} {value} is not a whole number").format(column=_words(column), value=shown(value))
        if kind == BOOL and value not in (0, 1):
            return _tr("{column} {value} is not 0 or 1").format(column=_words(column), value=shown(value))
        if kind == ENUM and value not in rule.choices:
            return _tr("{column} {value} is not one of {choices}").format(
                column=_words(column), value=shown(value), choices=", ".join(map(str, rule.choices)))
        if kind == INT and not rule.low <= value <= rule.high:  # type: ignore[operator]
            return _tr("{column} {value} is not between {low} and {high}").format(
                column=_words(column), value=shown(value), low=rule.low, high=rule.high)
        return None
    if kind == FLOAT:
        if type(value) not in (int, float) or value != value or value in (float("inf"), float("-inf")):
            return _tr("{column} {value} is not a number").format(column=_words(column), value=shown(value))
        if not rule.low <= value <= rule.high:  # type: ignore[operator]
            return _tr("{column} {value} is not between {low} and {high}").format(
                column=_words(column), value=shown(value), low=_number(rule.low), high=_number(rule.high))
        return None
    if type(value) is not str:
        return _tr("{column} {value} is not text").format(column=_words(column), value=shown(value))
    if kind == TEXT or kind == JSON:
        if len(value) > rule.max_length:  # type: ignore[operator]
            return _tr("{column} is {length} characters long; at most {limit} are allowed").format(
                column=_words(column), length=f"{len(value):,}", limit=f"{rule.max_length:,}")
        if kind == JSON:
            try:
                items = json.loads(value)
            except ValueError:
                items = None
            if not (isinstance(items, list) and all(isinstance(i, str) for i in items)):
                return _tr("{column} {value} is not a list of texts").format(column=_words(column), value=shown(value))
        return None
    if kind == ENUM:
        if value not in rule.choices:
            return _tr("{column} {value} is not one of {choices}").format(
                column=_words(column), value=shown(value), choices=", ".join(map(str, rule.choices)))
        return None
    if kind == UUID:
        if not _UUID_RE.fullmatch(value):
            return _tr("{column} {value} is not an identifier (8-4-4-4-12 lowercase hexadecimal)").format(
                column=_words(column), value=shown(value))
        return None
    if kind == SHA256:
        if not _SHA_RE.fullmatch(value):
            return _tr("{column} {value} is not a file checksum (64 lowercase hexadecimal characters)").format(
                column=_words(column), value=shown(value))
        return None
    if kind == DATE:
        if not _DATE_RE.fullmatch(value):
            return _tr("{column} {value} is not a date").format(column=_words(column), value=shown(value))
        if not _date_sound(value):
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return _tr("{column} {value} is not a date").format(column=_words(column), value=shown(value))
            return _tr("{column} {value} is outside the years {first} to {last}").format(
                column=_words(column), value=shown(value), first=DATE_YEARS[0], last=DATE_YEARS[1])
        return None
    if kind == STAMP:
        if not (_STAMP_RE.fullmatch(value) and _TIME_RE.fullmatch(value[11:]) and _stamp_day_sound(value[:10])):
            return _tr("{column} {value} is not a time stamp").format(column=_words(column), value=shown(value))
        if value > (latest or latest_stamp(now)):
            return _tr("{column} {value} is later than this computer's clock allows").format(
                column=_words(column), value=shown(value))
        return None
    raise AssertionError(kind)


def _stamp_day_sound(text: str) -> bool:
    try:
        return dt.date.fromisoformat(text).year >= 1970
    except ValueError:
        return False


def _number(value: float | None) -> str:
    return f"{value:g}" if value is not None else ""


# --- Rules across the values of one record -------------------------------------------------

#: A planned activity's half-year targets (schema 0010): ``half_targets_fault`` says what is wrong.
HALF_TARGET_COLUMNS = ("target_quantity", "target_first_half", "target_second_half")
NO_TARGET_FOR_HALVES, HALF_OVER_TARGET, HALVES_NOT_THE_TARGET = "no_target", "half_over", "not_the_sum"


def half_targets_fault(target: Any, first: Any, second: Any) -> str | None:
    """What is wrong with an activity's half-year targets against its target (each value already
    a sound whole number or None): ``NO_TARGET_FOR_HALVES`` (a half-year target without a numeric
    target), ``HALF_OVER_TARGET`` (one half more than the whole) or ``HALVES_NOT_THE_TARGET``
    (both set, and they do not add up to the target); None when they agree. One half alone
    leaves the other half the rest of the target. The plan editor and field packages refuse the
    same."""
    if first is None and second is None:
        return None
    if target is None:
        return NO_TARGET_FOR_HALVES
    if any(half is not None and half > target for half in (first, second)):
        return HALF_OVER_TARGET
    if first is not None and second is not None and first + second != target:
        return HALVES_NOT_THE_TARGET
    return None


def _half_targets_problem(values: dict[str, Any]) -> tuple[str, str] | None:
    target, first, second = (values.get(c) for c in HALF_TARGET_COLUMNS)
    fault = half_targets_fault(target, first, second)
    if fault is None:
        return None
    column = "target_first_half" if first is not None else "target_second_half"
    if fault == NO_TARGET_FOR_HALVES:
        return column, _tr("it has a half-year target but no numeric target")
    if fault == HALF_OVER_TARGET:
        column = "target_first_half" if first is not None and first > target else "target_second_half"
        return column, _tr("its half-year target {half} is more than its target {target}").format(
            half=values[column], target=target)
    return column, _tr("its half-year targets {first} + {second} do not add up to its target {target}").format(
        first=first, second=second, target=target)


#: table -> (the columns a rule reads, the rule): (column, problem) or None. A rule is checked
#: when a record carries all of its columns (a package from a version before them carries none).
RECORD_RULES: dict[str, tuple[tuple[str, ...], Any]] = {
    "planned_activity": (HALF_TARGET_COLUMNS, _half_targets_problem),
}


def _record_problem(table: str, columns: Sequence[str], row: Sequence[Any]) -> tuple[str, str] | None:
    """The first rule across the values of ``row`` it breaks: (column, problem), or None."""
    found = RECORD_RULES.get(table)
    if found is None or not all(c in columns for c in found[0]):
        return None
    return found[1]({c: row[columns.index(c)] for c in found[0]})


def _records_sound(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bool:
    found = RECORD_RULES.get(table)
    if found is None or not all(c in columns for c in found[0]):
        return True
    at = [columns.index(c) for c in found[0]]
    rule = found[1]
    return all(rule(dict(zip(found[0], (row[i] for i in at)))) is None for row in rows)


# --- Many records ---------------------------------------------------------------------------


class InvalidRecord(ValueError):
    """A record holds a value its table does not allow; the message names the record."""

    def __init__(self, message: str, table: str, index: int, column: str | None) -> None:
        super().__init__(message)
        self.table, self.index, self.column = table, index, column


class MalformedRows(ValueError):
    """The rows are not a JSON array of arrays."""


def record_name(table: str, record_uuid: Any, position: int | None = None) -> str:
    """How a message names a record: "event 3f2c8a1b…" (or "event #12", by its position, when
    it has no uuid to name it by)."""
    kind = _words(table)
    if position is not None:
        return f"{kind} #{position}"
    if isinstance(record_uuid, str) and _UUID_RE.fullmatch(record_uuid):
        return f"{kind} {record_uuid[:8]}…"
    return f"{kind} {shown(record_uuid)}"


def _refuse(table: str, index: int, row: Sequence[Any], columns: Sequence[str], column: str | None,
            text: str) -> InvalidRecord:
    if "uuid" in columns and len(row) == len(columns):
        record = record_name(table, row[columns.index("uuid")])
    else:
        record = record_name(table, None, index + 1)
    return InvalidRecord(_tr("{record}: {problem}").format(record=record, problem=text), table, index, column)


def first_problem(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                  now: dt.datetime | None = None) -> InvalidRecord | None:
    """Record by record (slow): the first bad record, or None."""
    latest = latest_stamp(now)
    table_rules = rules(table)
    unknown = [c for c in columns if c not in table_rules]
    if unknown:
        raise KeyError(f"{table}.{unknown[0]}")
    seen: set[Any] = set()
    uuid_at = columns.index("uuid") if "uuid" in columns else None
    for index, row in enumerate(rows):
        if not isinstance(row, (list, tuple)) or len(row) != len(columns):
            return InvalidRecord(_tr("{record}: it has the wrong number of values").format(
                record=record_name(table, None, index + 1)), table, index, None)
        for column, value in zip(columns, row):
            text = problem(table, column, value, latest=latest)
            if text:
                return _refuse(table, index, row, columns, column, text)
        across = _record_problem(table, columns, row)
        if across is not None:
            return _refuse(table, index, row, columns, across[0], across[1])
        if uuid_at is not None:
            if row[uuid_at] in seen:
                return _refuse(table, index, row, columns, "uuid", _tr("it appears twice"))
            seen.add(row[uuid_at])
    return None


def check_rows(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
               now: dt.datetime | None = None) -> None:
    """Every value of ``rows`` checked, a column at a time; raises :class:`InvalidRecord`
    naming the first bad record. ``rows`` hold values as stored (see :func:`stored`)."""
    if not _rows_sound(table, columns, rows, now, typed=False):
        found = first_problem(table, columns, rows, now)
        if found is not None:
            raise found


def _rows_sound(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], now: dt.datetime | None, *,
                typed: bool) -> bool:
    """The fast check. ``typed``: types, lengths, ranges and enumerations were checked already
    (by :func:`decode_rows`); the formats, uniqueness and clock remain."""
    table_rules = rules(table)
    width = len(columns)
    if not typed:
        if not all(len(row) == width for row in rows):
            return False
        transposed: list[Sequence[Any]] = list(zip(*rows)) if rows else [() for _c in columns]
    for at, column in enumerate(columns):
        rule = table_rules[column]
        if typed and rule.kind not in _FORMATS and column != "uuid":
            continue
        values = transposed[at] if not typed else list(map(itemgetter(at), rows))
        present = values if not rule.nullable else [v for v in values if v is not None]
        if not typed and not _typed_sound(rule, values, present):
            return False
        if rule.kind == UUID:
            if not _uuids_sound(present):
                return False
        elif rule.kind == SHA256:
            if not _fixed_sound(present, 64, _SHA_COLUMN):
                return False
        elif rule.kind == STAMP:
            if not _fixed_sound(present, 27, _STAMP_COLUMN) or (present and max(present) > latest_stamp(now)):
                return False
        elif rule.kind == DATE:
            if not _fixed_sound(present, 10, _DATE_COLUMN):
                return False
        elif rule.kind == JSON:
            if any(problem(table, column, v) for v in present):
                return False
        if column == "uuid" and len(set(values)) != len(values):
            return False
    return _records_sound(table, columns, rows)


_FORMATS = frozenset((UUID, SHA256, STAMP, DATE, JSON))
_NONE = type(None)


def _typed_sound(rule: Rule, values: list[Any], present: list[Any]) -> bool:
    if len(present) != len(values) and not rule.nullable:
        return False
    kinds = set(map(type, present))
    if rule.kind in (INT, BOOL) or (rule.kind == ENUM and rule.choices and isinstance(rule.choices[0], int)):
        if not kinds <= {int}:
            return False
        if rule.kind == BOOL:
            return set(present) <= {0, 1}
        if rule.kind == ENUM:
            return set(present) <= set(rule.choices)
        return not present or (rule.low <= min(present) and max(present) <= rule.high)  # type: ignore[operator]
    if rule.kind == FLOAT:
        if not kinds <= {int, float} or not all(map(math.isfinite, present)):
            return False
        return not present or (rule.low <= min(present) and max(present) <= rule.high)  # type: ignore[operator]
    if not kinds <= {str}:
        return False
    if rule.kind == ENUM:
        return set(present) <= set(rule.choices)
    if rule.kind in (TEXT, JSON):
        return not present or max(map(len, present)) <= rule.max_length  # type: ignore[operator]
    return True


#: Fixed-width values joined by new lines: as each has the same width, the new lines can only
#: fall between them, and one regular expression checks a whole column.
def _joined(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"{pattern}(?:\n{pattern})*")


_UUID_COLUMN = _joined(_UUID_RE.pattern)
_SHA_COLUMN = _joined(_SHA_RE.pattern)
#: Month and day: the 31st only in long months, the 30th never in February (the 29th of
#: February is checked apart, for leap years).
_MONTH_DAY = r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))"
_DATE_COLUMN = _joined(rf"(?:19\d\d|2[01]\d\d)-{_MONTH_DAY}")
_STAMP_COLUMN = _joined(rf"(?:19[7-9]\d|[2-9]\d\d\d)-{_MONTH_DAY}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{{6}}Z")


def _fixed_sound(values: list[str], width: int, pattern: re.Pattern[str]) -> bool:
    """Every value ``width`` characters long and matching ``pattern``, checked for the whole
    column with one regular expression (and the 29th of February only in leap years)."""
    if not values:
        return True
    joined = "\n".join(values)
    if len(joined) != (width + 1) * len(values) - 1 or pattern.fullmatch(joined) is None:
        return False
    if "-02-29" in joined:
        return all(_leap(v[:4]) for v in values if v[4:10] == "-02-29")
    return True


def _leap(year: str) -> bool:
    number = int(year)
    return number % 4 == 0 and (number % 100 != 0 or number % 400 == 0)


_HEX_AND_MARKS = b"0123456789abcdef-\n"


def _uuids_sound(values: list[str]) -> bool:
    """Canonical uuids, checked with byte operations over the joined column (a regular
    expression takes five times as long): every value 36 ASCII characters, dashes where
    8-4-4-4-12 puts them and nowhere else, hexadecimal digits everywhere else."""
    count = len(values)
    if not count:  # a nullable column (carried_from_uuid) all of whose values are null
        return True
    try:
        joined = ("\n".join(values) + "\n").encode("ascii")
    except UnicodeEncodeError:
        return False
    if len(joined) != 37 * count:
        return False
    dashes, ends = b"-" * count, b"\n" * count
    return (joined[8::37] == dashes and joined[13::37] == dashes and joined[18::37] == dashes
            and joined[23::37] == dashes and joined[36::37] == ends and joined.count(b"-") == 4 * count
            and joined.count(b"\n") == count and not joined.translate(None, _HEX_AND_MARKS))


# --- Decoding package rows -----------------------------------------------------------------


def _annotation(rule: Rule) -> Any:
    """The msgspec type of a column: types, lengths, ranges and enumerations checked while the
    JSON is parsed; formats (uuids, dates, stamps) are checked a column at a time after."""
    if rule.kind in (UUID, SHA256, STAMP, DATE):
        width = {UUID: 36, SHA256: 64, STAMP: 27, DATE: 10}[rule.kind]
        kind: Any = Annotated[str, msgspec.Meta(min_length=width, max_length=width)]
    elif rule.kind in (TEXT, JSON):
        kind = Annotated[str, msgspec.Meta(max_length=rule.max_length)]
    elif rule.kind == BOOL:
        kind = Literal[0, 1]
    elif rule.kind == ENUM:
        kind = Literal[rule.choices]  # type: ignore[valid-type]
    elif rule.kind == INT:
        kind = Annotated[int, msgspec.Meta(ge=int(rule.low), le=int(rule.high))]  # type: ignore[arg-type]
    elif rule.kind == FLOAT:
        kind = Annotated[float, msgspec.Meta(ge=rule.low, le=rule.high)]
    else:  # pragma: no cover - every kind is listed above
        raise AssertionError(rule.kind)
    return kind | None if rule.nullable else kind


@cache
def _decoder(table: str, columns: tuple[str, ...]) -> msgspec.json.Decoder:
    table_rules = rules(table)
    row = tuple[tuple(_annotation(table_rules[c]) for c in columns)]  # type: ignore[misc]
    return msgspec.json.Decoder(list[row])  # type: ignore[valid-type]


#: The most JSON values (counted from commas and brackets) the record-by-record check decodes
#: to name a bad record; beyond, the record is named by its position (memory stays bounded
#: whatever a hostile file holds: a million empty records, deep nesting...).
SLOW_PATH_VALUES = 400_000
_PATH = re.compile(r"- at `\$\[(\d+)\](?:\[(\d+)\])?")


def decode_rows(table: str, columns: Sequence[str], data: bytes | memoryview,
                now: dt.datetime | None = None) -> list[list[Any]]:
    """The JSON array ``data`` of records of ``table`` (values in the order of ``columns``),
    decoded with every value checked: lists of stored values. Raises :class:`InvalidRecord`
    naming the first bad record, or :class:`MalformedRows`."""
    columns = tuple(columns)
    try:
        decoded = _decoder(table, columns).decode(data)
    except msgspec.ValidationError as exc:
        failure: msgspec.ValidationError | None = exc
        decoded = None
    except (msgspec.DecodeError, RecursionError) as exc:
        raise MalformedRows(str(exc)) from None
    if decoded is not None:
        # Each record's tuple replaced by a list in place: faster than building a second list,
        # and the tuples are freed as it goes (memory stays that of one copy).
        for index, record in enumerate(decoded):
            decoded[index] = list(record)
        rows = decoded
        if _rows_sound(table, columns, rows, now, typed=True):
            return rows
    else:
        raw = bytes(data)
        if raw.count(b",") + raw.count(b"[") > SLOW_PATH_VALUES:
            raise _positional(table, columns, str(failure))
        try:
            rows = msgspec.json.decode(raw)
        except (msgspec.DecodeError, RecursionError) as exc:
            raise MalformedRows(str(exc)) from None
        if not isinstance(rows, list):
            raise MalformedRows("rows")
    found = first_problem(table, columns, rows, now)
    if found is None:  # both checks read the same rules: not reached
        raise MalformedRows("rows")
    raise found


def _positional(table: str, columns: Sequence[str], detail: str) -> InvalidRecord | MalformedRows:
    """The record msgspec stopped at, named by its position (and the column, when known)."""
    match = _PATH.search(detail)
    if not match:
        return MalformedRows(detail)
    index = int(match.group(1))
    column = columns[int(match.group(2))] if match.group(2) and int(match.group(2)) < len(columns) else None
    text = _tr("{column} is not as its table allows ({detail})").format(
        column=_words(column) if column else _tr("a value"), detail=detail.split(" - at ")[0])
    return InvalidRecord(_tr("{record}: {problem}").format(record=record_name(table, None, index + 1), problem=text),
                         table, index, column)


def check_values(table: str, values: dict[str, Any], now: dt.datetime | None = None) -> list[tuple[str, str]]:
    """(column, problem) for every unsound value of one record given by column (Python values
    are converted with :func:`stored`); columns the table does not have are ignored."""
    table_rules = rules(table)
    found = []
    for column, value in values.items():
        rule = table_rules.get(column)
        if rule is not None and (value is not None or not rule.nullable):
            text = problem(table, column, stored(value), now)
            if text:
                found.append((column, text))
    if not found:
        columns = list(values)
        across = _record_problem(table, columns, [stored(values[c]) for c in columns])
        if across is not None:
            found.append(across)
    return found


def synced_columns() -> Iterable[tuple[str, str]]:
    """(table, column) of every synchronised column (a test checks each has a rule)."""
    from cicte_desktop.db.synced import tables

    for name, info in tables().items():
        for column in info.columns:
            yield name, column


__all__ = [
    "CLOCK_SKEW", "COUNT_MAX", "DATE_YEARS", "TEXT_MAX", "InvalidRecord", "MalformedRows", "Rule", "all_rules",
    "check_rows", "check_values", "decode_rows", "first_problem", "half_targets_fault", "latest_stamp", "max_row_bytes", "problem", "record_name", "rules",
    "shown", "stored",
]
