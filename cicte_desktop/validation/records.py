"""Rules across the values of one record (:data:`RECORD_RULES`): a planned activity's half-year
targets agree with its target. No Qt widgets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


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


def record_problem(table: str, columns: Sequence[str], row: Sequence[Any]) -> tuple[str, str] | None:
    """The first rule across the values of ``row`` it breaks: (column, problem), or None."""
    found = RECORD_RULES.get(table)
    if found is None or not all(c in columns for c in found[0]):
        return None
    return found[1]({c: row[columns.index(c)] for c in found[0]})


def records_sound(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bool:
    found = RECORD_RULES.get(table)
    if found is None or not all(c in columns for c in found[0]):
        return True
    at = [columns.index(c) for c in found[0]]
    rule = found[1]
    return all(rule(dict(zip(found[0], (row[i] for i in at)))) is None for row in rows)
