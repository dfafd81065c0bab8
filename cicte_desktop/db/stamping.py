"""Stamps every ORM change with its time and the device that made it.

Done once here, in the session's flush, so no service can forget it: the merge of field
packages trusts ``updated_at`` and ``device_id`` to decide which change wins. The same flush
takes NUL characters out of text (pasted from a damaged file, they mean nothing, and a
PostgreSQL server refuses them), so that a file and a server keep the same text.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event
from sqlalchemy.orm import Session

from cicte_desktop.db.model_base import SyncMixin, utcnow


@event.listens_for(Session, "before_flush")
def _stamp_changes(session: Session, _context: object, _instances: object) -> None:
    device_id = session.info.get("device_id")
    now = utcnow()
    for obj in (*session.new, *session.dirty):
        _without_nul(obj)
    for obj in session.new:
        if isinstance(obj, SyncMixin):
            obj.created_at = obj.created_at or now
            obj.updated_at = obj.updated_at or now
            obj.device_id = obj.device_id or device_id  # type: ignore[assignment]
    for obj in session.dirty:
        if isinstance(obj, SyncMixin) and session.is_modified(obj, include_collections=False):
            # A change is always later than the version it changes, even when that version came
            # from a computer whose clock is ahead (or is a seed revision stamped with its release):
            # otherwise the older version would win the merge everywhere.
            previous = obj.updated_at
            obj.updated_at = now if previous is None or now > previous else previous + dt.timedelta(microseconds=1)
            if device_id:
                obj.device_id = device_id


def _without_nul(obj: object) -> None:
    state = getattr(obj, "__dict__", {})
    for name, value in list(state.items()):
        if isinstance(value, str) and "\x00" in value and not name.startswith("_"):
            setattr(obj, name, value.replace("\x00", ""))
