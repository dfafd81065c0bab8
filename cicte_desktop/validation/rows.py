"""Many records at once: every value of a table's rows checked a column at a time (fast), and
the first bad record named when one is found. No Qt widgets."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.validation.records import record_problem, records_sound
from cicte_desktop.validation.rules import BOOL, DATE, ENUM, FLOAT, INT, JSON, SHA256, STAMP, TEXT, UUID, Rule, rules
from cicte_desktop.validation.values import SHA_RE, UUID_RE, latest_stamp, problem, shown, words


def _tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


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
    kind = words(table)
    if position is not None:
        return f"{kind} #{position}"
    if isinstance(record_uuid, str) and UUID_RE.fullmatch(record_uuid):
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
        across = record_problem(table, columns, row)
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
    if not rows_sound(table, columns, rows, now, typed=False):
        found = first_problem(table, columns, rows, now)
        if found is not None:
            raise found


def rows_sound(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], now: dt.datetime | None, *,
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
    return records_sound(table, columns, rows)


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


_UUID_COLUMN = _joined(UUID_RE.pattern)
_SHA_COLUMN = _joined(SHA_RE.pattern)
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
