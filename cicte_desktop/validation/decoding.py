"""Decoding a field package's rows: a JSON array of records decoded and checked at once
(msgspec checks types, lengths, ranges and enumerations while it parses). No Qt widgets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from typing import Annotated, Any, Literal

import msgspec
from PySide6.QtCore import QCoreApplication

from cicte_desktop.validation.rows import InvalidRecord, MalformedRows, first_problem, record_name, rows_sound
from cicte_desktop.validation.rules import BOOL, DATE, ENUM, FLOAT, INT, JSON, SHA256, STAMP, TEXT, UUID, Rule, rules
from cicte_desktop.validation.values import words


def _tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


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
        if rows_sound(table, columns, rows, now, typed=True):
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
        column=words(column) if column else _tr("a value"), detail=detail.split(" - at ")[0])
    return InvalidRecord(_tr("{record}: {problem}").format(record=record_name(table, None, index + 1), problem=text),
                         table, index, column)
