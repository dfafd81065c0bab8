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


def format_date_time(value: dt.datetime) -> str:
    """A moment, in this computer's time zone, to the minute."""
    local = value.astimezone()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return local.strftime("%Y-%m-%d %H:%M")
    return locale.toString(local, f"{short_date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


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
