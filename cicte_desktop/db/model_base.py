"""What every table of the database builds on (``models``): the declarative ``Base``, UTC
timestamps stored as fixed-width ISO 8601 text (``UtcTimestamp``) and the identity and stamps
of every synchronised row (``SyncMixin``, ``SYNC_COLUMNS``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UtcTimestamp(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime stored as ISO 8601 text ending in Z.

    Fixed-width text compares in time order, which the merge of field packages relies on.
    """

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: str | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)


def format_timestamp(value: dt.datetime) -> str:
    """The stored text form of a timestamp (for Core bulk inserts that bypass the ORM type)."""
    return UtcTimestamp().process_bind_param(value, None) or ""


class Base(DeclarativeBase):
    pass


#: The identity and stamps every synchronised row carries (the columns of ``SyncMixin``, in order).
SYNC_COLUMNS = ("uuid", "created_at", "updated_at", "device_id", "deleted")


class SyncMixin:
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcTimestamp(), default=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
