"""Reporting periods (half years): a period marked as reported is locked, and its events can be
neither changed nor deleted until a program manager unlocks it, with a reason."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db.database import Database
from cicte_desktop.db.ids import stable_id
from cicte_desktop.services.events.audit import audit_entry
from cicte_desktop.services.events.errors import PeriodLockedError, ReasonRequiredError


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventLog", text)


def half_of(day: dt.date) -> tuple[int, int]:
    return day.year, 1 if day.month <= 6 else 2


def period_label(year: int, half: int) -> str:
    return (_tr("January-June {year}") if half == 1 else _tr("July-December {year}")).format(year=year)


def locked_periods(db: Database) -> set[tuple[int, int]]:
    with db.sql() as conn:
        return {(y, h) for y, h in conn.execute("SELECT year, half FROM period_lock WHERE locked AND NOT deleted")}


def refuse_if_locked(db: Database, *days: dt.date | None, locked: set[tuple[int, int]] | None = None) -> None:
    if locked is None:
        locked = locked_periods(db)
    for day in days:
        if day is not None and half_of(day) in locked:
            year, half = half_of(day)
            raise PeriodLockedError(_tr(
                "{period} has been reported and is locked: its events cannot be changed. A program manager "
                "can unlock it (Events > Reporting Periods) with a reason.").format(period=period_label(year, half)))


def hold_locks(session: Any) -> None:
    """Keep the period locks as they are until the write of ``session`` ends, so that one checked
    now still holds when it commits: on a server, where another manager may lock a period
    meanwhile (locking one waits for the saves under way, and they for it). A file's write lock
    does that already."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("LOCK TABLE period_lock IN SHARE MODE")


def set_period_lock(db: Database, year: int, half: int, locked: bool, reason: str) -> None:
    """Mark a half year as reported (locked) or open it again; both need a reason."""
    from cicte_desktop.db import models as m

    if not reason.strip():
        raise ReasonRequiredError(_tr("Say why the period is locked or unlocked."))
    lock_id = stable_id(f"period-lock:{year}-H{half}")
    with db.write() as s:
        row = s.get(m.PeriodLock, lock_id)
        before = bool(row and row.locked)
        if row is None:
            row = m.PeriodLock(uuid=lock_id, year=year, half=half, locked=locked, reason=reason)
            s.add(row)
        else:
            row.locked, row.reason = locked, reason
        s.add(audit_entry(s, "period_lock", lock_id, "locked", str(before), str(locked), reason))
