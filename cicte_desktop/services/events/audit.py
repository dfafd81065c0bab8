"""The audit trail: an entry for each change of a record (who, on which device, why), and a
record's history read back."""

from __future__ import annotations

import datetime as dt
import getpass
import uuid as uuid_module
from dataclasses import dataclass
from typing import Any

from cicte_desktop.db.database import Database


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some Windows set-ups)
        return ""


def audit_entry(_session: Any, record_type: str, record_uuid: str, field_name: str, old: Any, new: Any,
                reason: str | None) -> Any:
    """A history entry (``AuditEntry``) of a change to a record, by the person logged in, for the
    caller to add to its session."""
    from cicte_desktop.db import models as m

    return m.AuditEntry(uuid=str(uuid_module.uuid4()), record_type=record_type, record_uuid=record_uuid,
                        field=field_name, old_value=None if old is None else str(old),
                        new_value=None if new is None else str(new), reason=reason, user_name=user_name())


@dataclass(frozen=True)
class HistoryEntry:
    when: dt.datetime
    user_name: str
    device: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: str | None


def history(db: Database, record_uuid: str) -> list[HistoryEntry]:
    """Changes of a record, newest first."""
    with db.sql() as conn:
        rows = conn.execute(
            "SELECT a.created_at, coalesce(a.user_name, ''), coalesce(d.name, a.device_id), a.field, a.old_value, "
            "a.new_value, a.reason FROM audit_entry a LEFT JOIN device d ON d.uuid = a.device_id "
            "WHERE a.record_uuid = ? AND NOT a.deleted ORDER BY a.created_at DESC, a.field", (record_uuid,)
        ).fetchall()
    return [HistoryEntry(dt.datetime.strptime(r[0], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc), *r[1:])
            for r in rows]
