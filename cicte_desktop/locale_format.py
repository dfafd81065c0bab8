"""Dates and times as the user's locale writes them, with four-digit years (events span decades),
and ISO 8601 where the system names no locale (the C locale). Qt core only: no widgets."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale


def short_date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (18/12/2016, not 18/12/16)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else re.sub(r"\byy\b", "yyyy", pattern)


def date_edit_format(locale: QLocale | None = None) -> str:
    """What date fields show: the locale's short date with four digits for the year (ISO 8601
    where the system names no locale); the default locale's when ``locale`` is None."""
    locale = locale or QLocale()
    return "yyyy-MM-dd" if locale.language() == QLocale.Language.C else short_date_format(locale)


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()
    return locale.toString(value, short_date_format(locale))


def format_date_time(value: dt.datetime, seconds: bool = False) -> str:
    """A moment, in this computer's time zone, to the minute (or the second: two versions of a
    record are often minutes apart), in the same format everywhere."""
    local = value.astimezone()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in time:
        time = re.sub(r"(mm)", r"\1:ss", time, count=1)
    return locale.toString(local, f"{short_date_format(locale)} {time}")


STAMP_FORMATS = ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ")


def format_stored(column: str, value: object, seconds: bool = False) -> str | None:
    """A stored value of a date column (``*_date``: "2016-03-14") or a time stamp column (``*_at``:
    "2016-03-14T17:54:37.000000Z") as the dates around it are shown; None for anything else."""
    if not isinstance(value, str):
        return None
    if column.endswith("_date"):
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return None
    if column.endswith("_at"):
        for pattern in STAMP_FORMATS:
            try:
                return format_date_time(dt.datetime.strptime(value, pattern).replace(tzinfo=dt.timezone.utc), seconds)
            except ValueError:
                continue
    return None


def date_order(locale: QLocale | None = None) -> str:
    """The order of day, month and year in the locale's short date: "MDY", "DMY" or "YMD"."""
    pattern = date_edit_format(locale)
    order = ""
    for letter in re.findall(r"[dMy]", pattern):
        key = {"d": "D", "M": "M", "y": "Y"}[letter]
        if key not in order:
            order += key
    return order if sorted(order) == ["D", "M", "Y"] else "YMD"


def date_separator(locale: QLocale | None = None) -> str:
    """What the locale's short date puts between day, month and year ("/", ".", "-")."""
    pattern = date_edit_format(locale)
    found = re.search(r"[dMy]+([^dMy]+)[dMy]", pattern)
    return found.group(1).strip() or "/" if found else "/"


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,4})\s*[/.\-]\s*(\d{1,4})\s*[/.\-]\s*(\d{1,4})\.?")


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """The date ``text`` names, read whole, in the locale's order (en: 5/12/2016 is May 12;
    es: 12 December) or as ISO 8601 (2016-05-12) in every locale; None when it names no date.

    The year must have four digits: "5/12/16" or a year still being typed is no date, never
    year 16 or 201.
    """
    locale = locale or QLocale()
    text = text.strip()
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        numeric = _NUMERIC.fullmatch(text)
        if numeric is None:
            return _parse_with_locale(text, locale)
        parts = dict(zip(date_order(locale), numeric.groups(), strict=True))
        if len(parts["Y"]) != 4 or len(parts["D"]) > 2 or len(parts["M"]) > 2:
            return None
        year, month, day = int(parts["Y"]), int(parts["M"]), int(parts["D"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_with_locale(text: str, locale: QLocale) -> dt.date | None:
    """Dates written with month names ("12 May 2016", "12 de mayo de 2016"), as the locale
    writes them, with a four-digit year."""
    if not re.search(r"\d{4}", text):
        return None
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for pattern in (locale.dateFormat(kind), short_date_format(locale)):
            value = locale.toDate(text, pattern)
            if value.isValid() and value.year() >= 1000:
                return dt.date(value.year(), value.month(), value.day())
    return None
