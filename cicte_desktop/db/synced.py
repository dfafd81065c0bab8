"""Which tables travel in field packages, in what order, and how their rows refer to each other:
read once from the models."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cicte_desktop.db import models as m
from cicte_desktop.db.model_base import SYNC_COLUMNS

#: Synchronised tables, parents before the rows that refer to them.
SYNCED_TABLES = (
    "device", "work_plan", "work_area", "program", "project", "planned_activity", "member_state",
    "partner_organization", "mandate", "plan_title", "plan_change", "period_lock", "event", "event_member_state",
    "event_partner", "participant", "attachment", "audit_entry",
)


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[str, ...]
    parents: tuple[tuple[str, str], ...]  # (column, parent table)
    natural_keys: tuple[tuple[str, ...], ...]  # unique column sets other than the uuid


@cache
def tables() -> dict[str, TableInfo]:
    result = {}
    for name in SYNCED_TABLES:
        table = m.Base.metadata.tables[name]
        parents = tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)
        natural = [tuple(c.name for c in constraint.columns) for constraint in table.constraints
                   if constraint.__class__.__name__ == "UniqueConstraint"]
        natural += [(c.name,) for c in table.columns if c.unique]
        # The identity and stamps first: rows of every table start with their uuid.
        columns = SYNC_COLUMNS + tuple(c.name for c in table.columns if c.name not in SYNC_COLUMNS)
        result[name] = TableInfo(name, columns, parents, tuple(natural))
    return result


def table_columns(name: str) -> tuple[str, ...] | None:
    info = tables().get(name)
    return info.columns if info else None


def synced_models() -> set[str]:
    """Every table of a model carrying the synchronisation columns (a test compares)."""
    return {mapper.class_.__tablename__ for mapper in m.Base.registry.mappers if issubclass(mapper.class_, m.SyncMixin)}
