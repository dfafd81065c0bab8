"""One value: what is wrong with it for its column, in the user's words (:func:`problem`,
:func:`check_values`), and how messages quote it. No Qt widgets."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.validation.records import record_problem
from cicte_desktop.validation.rules import BOOL, CLOCK_SKEW, DATE, DATE_YEARS, ENUM, FLOAT, INT, JSON, SHA256, STAMP
from cicte_desktop.validation.rules import TEXT, UUID, rules


def _tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


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


def words(column: str) -> str:
    return column.replace("_", " ")


UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SHA_RE = re.compile(r"[0-9a-f]{64}")
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
        return None if rule.nullable else _tr("{column} is missing").format(column=words(column))
    kind = rule.kind
    if kind in (INT, BOOL) or (kind == ENUM and rule.choices and isinstance(rule.choices[0], int)):
        if type(value) is not int:
            return _tr("{column} {value} is not a whole number").format(column=words(column), value=shown(value))
        if kind == BOOL and value not in (0, 1):
            return _tr("{column} {value} is not 0 or 1").format(column=words(column), value=shown(value))
        if kind == ENUM and value not in rule.choices:
            return _tr("{column} {value} is not one of {choices}").format(
                column=words(column), value=shown(value), choices=", ".join(map(str, rule.choices)))
        if kind == INT and not rule.low <= value <= rule.high:  # type: ignore[operator]
            return _tr("{column} {value} is not between {low} and {high}").format(
                column=words(column), value=shown(value), low=rule.low, high=rule.high)
        return None
    if kind == FLOAT:
        if type(value) not in (int, float) or value != value or value in (float("inf"), float("-inf")):
            return _tr("{column} {value} is not a number").format(column=words(column), value=shown(value))
        if not rule.low <= value <= rule.high:  # type: ignore[operator]
            return _tr("{column} {value} is not between {low} and {high}").format(
                column=words(column), value=shown(value), low=_number(rule.low), high=_number(rule.high))
        return None
    if type(value) is not str:
        return _tr("{column} {value} is not text").format(column=words(column), value=shown(value))
    if kind == TEXT or kind == JSON:
        if len(value) > rule.max_length:  # type: ignore[operator]
            return _tr("{column} is {length} characters long; at most {limit} are allowed").format(
                column=words(column), length=f"{len(value):,}", limit=f"{rule.max_length:,}")
        if kind == JSON:
            try:
                items = json.loads(value)
            except ValueError:
                items = None
            if not (isinstance(items, list) and all(isinstance(i, str) for i in items)):
                return _tr("{column} {value} is not a list of texts").format(column=words(column), value=shown(value))
        return None
    if kind == ENUM:
        if value not in rule.choices:
            return _tr("{column} {value} is not one of {choices}").format(
                column=words(column), value=shown(value), choices=", ".join(map(str, rule.choices)))
        return None
    if kind == UUID:
        if not UUID_RE.fullmatch(value):
            return _tr("{column} {value} is not an identifier (8-4-4-4-12 lowercase hexadecimal)").format(
                column=words(column), value=shown(value))
        return None
    if kind == SHA256:
        if not SHA_RE.fullmatch(value):
            return _tr("{column} {value} is not a file checksum (64 lowercase hexadecimal characters)").format(
                column=words(column), value=shown(value))
        return None
    if kind == DATE:
        if not _DATE_RE.fullmatch(value):
            return _tr("{column} {value} is not a date").format(column=words(column), value=shown(value))
        if not _date_sound(value):
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return _tr("{column} {value} is not a date").format(column=words(column), value=shown(value))
            return _tr("{column} {value} is outside the years {first} to {last}").format(
                column=words(column), value=shown(value), first=DATE_YEARS[0], last=DATE_YEARS[1])
        return None
    if kind == STAMP:
        if not (_STAMP_RE.fullmatch(value) and _TIME_RE.fullmatch(value[11:]) and _stamp_day_sound(value[:10])):
            return _tr("{column} {value} is not a time stamp").format(column=words(column), value=shown(value))
        if value > (latest or latest_stamp(now)):
            return _tr("{column} {value} is later than this computer's clock allows").format(
                column=words(column), value=shown(value))
        return None
    raise AssertionError(kind)


def _stamp_day_sound(text: str) -> bool:
    try:
        return dt.date.fromisoformat(text).year >= 1970
    except ValueError:
        return False


def _number(value: float | None) -> str:
    return f"{value:g}" if value is not None else ""


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
        across = record_problem(table, columns, [stored(values[c]) for c in columns])
        if across is not None:
            found.append(across)
    return found
