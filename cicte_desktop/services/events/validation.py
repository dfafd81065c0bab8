"""Checking an event's form content: the form's own rules in its words, then the schema every
stored value is held to (``cicte_desktop.validation``). No Qt widgets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.services.events.errors import ValidationError
from cicte_desktop.services.events.inputs import ATTACHMENT_FIELDS, EVENT_FIELDS, EventInput


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventLog", text)


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    blocking: bool = True  # False: a warning, saving is allowed


#: An event lasting this many days or more (a year and a day) is probably mistyped: it warns.
LONG_EVENT_DAYS = 366


def validate(event: EventInput, plan_year: int | None = None) -> list[Problem]:
    """What stops the event from being saved (blocking) or deserves a second look."""
    problems: list[Problem] = []

    def block(name: str, text: str) -> None:
        problems.append(Problem(name, text))

    # The form's own checks, in its words, on values of the right kind; then the schema of every
    # stored value (validation.py), the same a field package is checked against: a value the form
    # cannot save cannot arrive by package either, and the reverse.
    def number(value: Any) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    def day(value: Any) -> bool:
        return isinstance(value, dt.date)

    if not event.activity_uuid:
        block("activity_uuid", _tr("Choose the planned activity this event counts toward."))
    if not isinstance(event.title, str) or not event.title.strip():
        block("title", _tr("Give the event a title."))
    if event.start_date is None:
        block("start_date", _tr("Enter the start date."))
    if day(event.start_date) and day(event.end_date) and event.end_date < event.start_date:  # type: ignore[operator]
        block("end_date", _tr("The end date is before the start date."))
    if not event.member_states:
        block("member_states", _tr("Choose at least one beneficiary member state."))
    for name in ("women", "men", "sex_not_recorded", "participants_total", "units", "institutions"):
        value = getattr(event, name)
        if number(value) and value < 0:
            block(name, _tr("Counts cannot be negative."))
    if all(number(getattr(event, n)) for n in ("women", "men", "sex_not_recorded", "participants_total")):
        by_sex = event.women + event.men + event.sex_not_recorded
        if event.participants_total != by_sex:
            problems.append(Problem("participants_total", _tr(
                "The total ({total}) is not the sum of women, men and not recorded ({sum}).").format(
                total=event.participants_total, sum=by_sex)))
    if number(event.satisfaction) and not 1 <= event.satisfaction <= 5:  # type: ignore[operator]
        block("satisfaction", _tr("Satisfaction is an average between 1 and 5."))
    for name in ("pretest_average", "posttest_average"):
        value = getattr(event, name)
        if number(value) and not 0 <= value <= 100:
            block(name, _tr("Test averages are between 0 and 100."))
    if event.status == "completed" and day(event.start_date) and event.start_date > dt.date.today():  # type: ignore[operator]
        block("status", _tr("An event that has not started yet cannot be completed."))
    if plan_year and day(event.start_date) and event.start_date.year != plan_year:  # type: ignore[union-attr]
        problems.append(Problem("start_date", _tr(
            "The event is outside the work plan's year ({year}); it will not count toward this year's "
            "targets.").format(year=plan_year), blocking=False))
    elif plan_year and day(event.start_date) and day(event.end_date) and event.end_date.year != plan_year:  # type: ignore[union-attr]
        problems.append(Problem("end_date", _tr(
            "The event ends outside the work plan's year ({year}): check the end date.").format(year=plan_year),
            blocking=False))
    if day(event.start_date) and day(event.end_date) and (event.end_date - event.start_date).days >= LONG_EVENT_DAYS:  # type: ignore[operator]
        problems.append(Problem("end_date", _tr(
            "The event lasts {days} days, more than a year: check the dates.").format(
            days=(event.end_date - event.start_date).days + 1), blocking=False))  # type: ignore[operator]
    names = [p.name.strip().casefold() if isinstance(p.name, str) else "?" for p in event.participants]
    if any(not n for n in names):
        block("participants", _tr("Every person on the roster needs a name."))
    said = {p.field for p in problems if p.blocking}
    problems += [p for p in _schema_problems(event) if p.field not in said]
    return problems


def _schema_problems(event: EventInput) -> list[Problem]:
    """Values the database's schema does not allow (validation.py), one problem per field."""
    from cicte_desktop.validation.values import check_values, problem

    found: dict[str, str] = {}
    values = {name: getattr(event, name) for name in EVENT_FIELDS}
    if not event.activity_uuid:
        values.pop("activity_uuid")  # said below in the form's words
    for column, text in check_values("event", values):
        found.setdefault(column, text)
    for person in event.participants:
        for _column, text in check_values("participant", {
                **({"uuid": person.uuid} if person.uuid is not None else {}), "name": person.name, "sex": person.sex, "institution": person.institution,
                "country": person.country, "position_title": person.position, "email": person.email,
                "phone": person.phone}):
            found.setdefault("participants", text)
    for attached in event.attachments:
        for _column, text in check_values("attachment", {
                **({"uuid": attached.uuid} if attached.uuid is not None else {}), **{name: getattr(attached, name) for name in ATTACHMENT_FIELDS}}):
            found.setdefault("attachments", text)
    for partner in event.partners:
        text = problem("event_partner", "partner_uuid", partner)
        if text:
            found.setdefault("partners", text)
    for state in event.member_states:
        text = problem("member_state", "iso3", state)
        if text:
            found.setdefault("member_states", text)
    return [Problem(name, text) for name, text in found.items()]


def check(event: EventInput, plan_year: int | None) -> None:
    blocking = [p for p in validate(event, plan_year) if p.blocking]
    if blocking:
        raise ValidationError(blocking)
