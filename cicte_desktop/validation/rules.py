"""The rules: one per column of every synchronised table, read from the models (types,
``String`` lengths, nullability, ``CheckConstraint`` ranges and enumerations), so that they cannot
drift from the database. No Qt widgets."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

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


def synced_columns() -> Iterable[tuple[str, str]]:
    """(table, column) of every synchronised column (a test checks each has a rule)."""
    from cicte_desktop.db.synced import tables

    for name, info in tables().items():
        for column in info.columns:
            yield name, column
