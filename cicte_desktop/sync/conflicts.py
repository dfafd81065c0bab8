"""Conflicts of field packages: a record changed on both sides since the two devices last
exchanged, how people recognise records and their kinds, and the log of the conflicts met.
No Qt widgets.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db import sync_store
from cicte_desktop.db.database import Database

#: The two sides of a conflict: this database's version, and the package's.
OURS, THEIRS = "ours", "theirs"

#: Not compared when deciding whether two versions differ in what a user sees.
STAMP_COLUMNS = ("created_at", "updated_at", "device_id")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


def table_label(table: str) -> str:
    labels = {
        "device": _tr("Devices"), "work_plan": _tr("Work plans"), "work_area": _tr("Work areas"),
        "program": _tr("Programs"), "project": _tr("Projects"), "planned_activity": _tr("Planned activities"),
        "member_state": _tr("Member states"), "partner_organization": _tr("Partner organisations"),
        "mandate": _tr("Mandates"), "plan_title": _tr("Translated titles"), "plan_change": _tr("Plan history"),
        "period_lock": _tr("Reporting periods"),
        "event": _tr("Events"), "event_member_state": _tr("Member states of events"),
        "event_partner": _tr("Partners of events"), "participant": _tr("Participants"),
        "attachment": _tr("Attached files"), "audit_entry": _tr("History of changes"),
    }
    return labels.get(table, table)


def record_label(table: str, row: dict[str, Any]) -> str:
    """How a person recognises the record."""
    if table == "event":
        return f"{row.get('title') or ''} ({row.get('start_date') or '?'})"
    if table in ("participant", "device", "member_state", "partner_organization"):
        return str(row.get("name") or "")
    if table == "attachment":
        return str(row.get("file_name") or "")
    if table in ("work_area", "program", "project"):
        number = row.get("number") or row.get("letter") or ""
        return f"{number}. {row.get('title') or ''}".strip(". ")
    if table == "planned_activity":
        return str(row.get("text") or "")
    if table in ("mandate", "plan_title", "work_plan"):
        return str(row.get("title") or "")
    if table == "period_lock":
        from cicte_desktop.services.events.periods import period_label

        try:
            period = period_label(int(row.get("year")), int(row.get("half")))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            period = f"{row.get('year')} H{row.get('half')}"
        return (_tr("{period}, locked") if row.get("locked") else _tr("{period}, open")).format(period=period)
    if table in ("audit_entry", "plan_change"):
        # What changed, from what to what: "Reporting-period locks: locked False → True".
        about = table_label(str(row.get("record_type") or row.get("item_table") or ""))
        change = f"{row.get('old_value') or ''} → {row.get('new_value') or ''}"
        return f"{about}: {row.get('field') or ''} {change}".strip()
    return table_label(table)

@dataclass
class Conflict:
    table: str
    uuid: str
    index: int  # of the incoming row in its table
    label: str
    columns: list[str]
    ours: list[Any]
    theirs: list[Any]
    rule_winner: str  # OURS or THEIRS: what the last-writer-wins rule keeps
    locked: bool = False  # an edit from a laptop inside a locked period: kept out unless chosen here

    def value(self, side: str, column: str) -> Any:
        return (self.ours if side == OURS else self.theirs)[self.columns.index(column)]

    def differences(self) -> list[tuple[str, Any, Any]]:
        """(column, ours, theirs) for every column a user would see differ."""
        return [(c, a, b) for c, a, b in zip(self.columns, self.ours, self.theirs, strict=True)
                if a != b and c not in STAMP_COLUMNS]

# --- The conflict log -----------------------------------------------------------------------


@dataclass(frozen=True)
class LoggedConflict:
    resolved_at: dt.datetime
    peer_name: str
    table: str
    label: str
    winner: str
    rule: str
    user_name: str
    ours: dict[str, Any]
    theirs: dict[str, Any]

    def differences(self) -> list[tuple[str, Any, Any]]:
        return [(c, self.ours.get(c), self.theirs.get(c)) for c in self.ours
                if self.ours.get(c) != self.theirs.get(c) and c not in STAMP_COLUMNS]


def conflict_history(db: Database, limit: int = 5000) -> list[LoggedConflict]:
    """Conflicts met when importing packages, newest first."""
    with db.sql() as conn:
        rows = sync_store.logged_conflicts(sync_store.query_on(conn), limit)
    return [LoggedConflict(dt.datetime.strptime(r[0], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc),
                           r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), json.loads(r[8])) for r in rows]
