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


def date_edit_format() -> str:
    """What date fields show: the locale's short date with four digits for the year."""
    locale = QLocale()
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
