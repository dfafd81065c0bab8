"""Planning the import of a field package: what it would do here, record by record (new,
updated, deleted, unchanged, or a conflict), what it may not do (who may say what), and why it
cannot be imported yet; reads only. Applying the plan: :mod:`cicte_desktop.sync.apply`.
No Qt widgets.

The rule, per record: the version with the later ``updated_at`` wins, the device id breaks
ties (and, should both be equal, the content itself): a total order, so merging is idempotent
and commutative and every device that has seen the same versions holds the same rows. A
deletion is an ordinary change (``deleted = 1``), so an older version arriving later never
brings a deleted record back. Incoming rows keep their own uuid, stamps and device.

A *conflict* is a record changed on both sides since the two devices last exchanged: changed
here (the change log has an entry after the last package sent to that device that did not
come from it) and changed there (the package does not mark it as already known to us). The
rule decides unless the user picks the other version, which is then written as a new change
made here (stamped now, so that it wins everywhere). Every conflict is logged with both versions.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db import sync_store
from cicte_desktop.db.database import Database
from cicte_desktop.db.ids import SEED_DEVICE_ID
from cicte_desktop.db.sync_store import Query
from cicte_desktop.db.synced import SYNCED_TABLES, tables
from cicte_desktop.gc_pause import gc_paused
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync import trust
from cicte_desktop.sync.conflicts import OURS, STAMP_COLUMNS, THEIRS, Conflict, record_label, table_label

NEW, UPDATED, DELETED, UNCHANGED, CONFLICT = "new", "updated", "deleted", "unchanged", "conflict"
KINDS = (NEW, UPDATED, DELETED, UNCHANGED, CONFLICT)
#: How many changed records per table a preview lists by name.
LISTED_CHANGES = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


@dataclass
class TablePlan:
    table: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    writes: list[int] = field(default_factory=list)  # incoming rows written as they are
    conflicts: list[Conflict] = field(default_factory=list)
    changes: list[tuple[str, str]] = field(default_factory=list)  # (kind, label), for the preview
    skipped: int = 0
    fresh: bool = False  # none of the incoming records was here when planned
    refused: list[tuple[str, str]] = field(default_factory=list)  # (REFUSED_AUTHORITY or REFUSED_LOCKED, label)
    refused_rows: set[int] = field(default_factory=set)


@dataclass
class ImportPlan:
    package: pkg.Package
    tables: dict[str, TablePlan]
    problems: list[str]
    fingerprint: tuple[int, int]
    seen_seq: int
    already_imported: str | None  # when this very package was imported before
    sender: trust.Sender | None = None  # who signed it, and what it is to this computer

    @property
    def refused(self) -> list[tuple[str, str, str]]:
        """(table, reason, label) of every change this package may not make here."""
        return [(t.table, reason, label) for t in self.tables.values() for reason, label in t.refused]

    def count(self, kind: str) -> int:
        return sum(t.counts[kind] for t in self.tables.values())

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for t in self.tables.values() for c in t.conflicts]

    @property
    def skipped(self) -> int:
        return sum(t.skipped for t in self.tables.values())

    @property
    def has_changes(self) -> bool:
        return any(t.writes or t.conflicts for t in self.tables.values())

    @property
    def can_apply(self) -> bool:
        return not self.problems

def _canonical(row: Sequence[Any]) -> str:
    return json.dumps(list(row), sort_keys=True, default=str)


def seen_seq(query: Query, device: str, name: str) -> int:
    """How far this installation's changes have been sent to ``device`` (by its id, or by the
    name it was typed as before it was known)."""
    return sync_store.exported_seq(query, device, sync_store.name_key(name))


def fingerprint(query: Query, seen: int) -> tuple[int, int]:
    """What the plan was made against: the change log's last entry, and ``seen``."""
    return sync_store.last_change(query), seen


def steps_of(package: pkg.Package, progress: Callable[[int, int], bool] | None) -> pkg.Steps:
    """The steps of comparing ``package``: each of its records."""
    return pkg.Steps(progress, sum(len(t.rows) for t in package.tables.values()))


def classify(query: Query, package: pkg.Package, steps: pkg.Steps | None = None) -> ImportPlan:
    """The plan, read with ``query``; raises PackageCancelled once ``steps`` are cancelled."""
    steps = steps or pkg.Steps(None, 1)
    steps.check()
    peer = package.source_device
    if package.signature is None:
        raise pkg.TamperedPackageError(_tr("{name} is not signed. Nothing was imported.").format(
            name=package.path.name))
    sender = trust.assess(query, package.signature, package.source_name, package.source_role)
    guard = _Guard(query, package, sender)
    seen = seen_seq(query, peer, package.source_name)
    already_imported = sync_store.imported_at(query, package.package_uuid)
    plans: dict[str, TablePlan] = {}
    problems: list[str] = []
    for name in SYNCED_TABLES:
        data = package.tables.get(name)
        if data is None:
            continue
        plan = plans[name] = TablePlan(name)
        columns = data.columns
        at = {c: columns.index(c) for c in ("uuid", "updated_at", "device_id", "deleted")}
        uuid_at, updated_at, device_at, deleted_at = at["uuid"], at["updated_at"], at["device_id"], at["deleted"]
        visible = [i for i, c in enumerate(columns) if c not in STAMP_COLUMNS]
        rows = data.rows
        local = {r[uuid_at]: r for r in sync_store.rows_by_uuid(query, name, columns, [r[uuid_at] for r in rows])}
        steps.check()
        candidates: list[tuple[int, tuple, bool]] = []
        counts, writes, changes = plan.counts, plan.writes, plan.changes

        def note(kind: str, row: list[Any]) -> None:
            counts[kind] += 1
            if len(changes) < LISTED_CHANGES:
                changes.append((kind, record_label(name, dict(zip(columns, row, strict=True)))))

        held_back = guard.held_back(name, data, local, visible)
        plan.fresh = not local
        if not local:  # nothing of this kind here yet: every record is new (or a deletion kept as one)
            taken = [i for i in range(len(rows)) if i not in held_back] if held_back else range(len(rows))
            writes.extend(taken)
            steps.advance(len(rows))
            deletions = sum(rows[i][deleted_at] for i in taken)
            counts[UNCHANGED] += deletions
            counts[NEW] += len(taken) - deletions
            for i in taken:
                if len(changes) >= LISTED_CHANGES:
                    break
                if not rows[i][deleted_at]:
                    changes.append((NEW, record_label(name, dict(zip(columns, rows[i], strict=True)))))
        unlisted_new = 0
        for i, row in enumerate(rows if local else ()):  # each record against ours
            steps.advance()
            if i in held_back:
                continue
            mine = local.get(row[uuid_at])
            if mine is None:
                writes.append(i)
                if row[deleted_at]:
                    counts[UNCHANGED] += 1  # a deletion of something never seen here: kept, so it stays deleted
                elif len(changes) < LISTED_CHANGES:
                    note(NEW, row)
                else:
                    unlisted_new += 1  # counted, not named (the usual case in a large package: kept cheap)
                continue
            if list(mine) == row:
                counts[UNCHANGED] += 1
                continue
            theirs_key, ours_key = (row[updated_at], row[device_at]), (mine[updated_at], mine[device_at])
            wins = theirs_key > ours_key or (theirs_key == ours_key and _canonical(row) > _canonical(mine))
            if all(row[j] == mine[j] for j in visible):
                counts[UNCHANGED] += 1
                if wins:
                    writes.append(i)  # the same content with newer stamps: take them, to converge
                continue
            candidates.append((i, mine, wins))
        counts[NEW] += unlisted_new
        changed_here: set[str] = set()
        held: set[tuple[str, str, str]] = set()  # versions this database has held, or decided on
        if candidates:
            latest: dict[str, str | None] = {}
            for seq, row_uuid, stamp, device, origin in sync_store.changes_of(
                    query, [rows[i][uuid_at] for i, _m, _w in candidates]):
                held.add((row_uuid, stamp, device))
                if seq > seen:
                    # A seed revision is the same on every computer: not a change made here.
                    latest[row_uuid] = peer if device == SEED_DEVICE_ID else origin
            changed_here = {u for u, origin in latest.items() if origin != peer}
            held |= sync_store.judged_versions(query, sorted(changed_here))
            steps.check()
        for i, mine, wins in candidates:
            row = rows[i]
            # Changed there (a version never held here, that the sender did not mark as known to us)
            # and changed here since the last package sent there.
            # A package imported here before brings no conflict: each of its versions was judged
            # then (kept, or found older, or logged as a conflict), whatever happened here since.
            if (i not in data.known and not already_imported and row[uuid_at] in changed_here
                    and (row[uuid_at], row[updated_at], row[device_at]) not in held):
                label = record_label(name, dict(zip(columns, row, strict=True)))
                plan.conflicts.append(Conflict(name, row[uuid_at], i, label, columns, list(mine), row,
                                               THEIRS if wins else OURS))
                note(CONFLICT, row)
            elif wins:
                writes.append(i)
                note(DELETED if row[deleted_at] and not mine[deleted_at] else UPDATED, row)
            else:
                counts[UNCHANGED] += 1  # ours is the newer version
        guard.hold_back(plan, data, local, held_back, note)
        _skip_natural_key_clashes(query, name, data, plan)
        steps.check()
    _label_children(query, package, plans)
    problems += _missing_parents(query, package, plans, sender)
    steps.check()
    return ImportPlan(package, plans, problems, fingerprint(query, seen), seen, already_imported, sender)


REFUSED_AUTHORITY, REFUSED_LOCKED = "authority", "locked"
#: Rows that belong to an event (its period's lock covers them too).
EVENT_TABLES = ("event", "event_member_state", "event_partner", "participant", "attachment")


def _half(day: Any) -> tuple[int, int] | None:
    try:
        return int(day[:4]), 1 if int(day[5:7]) <= 6 else 2
    except (TypeError, ValueError):
        return None


class _Guard:
    """Who may say what: changes to the plan, reference data and locks from a sender that is not
    headquarters are refused; an edit from one of an event inside a locked reporting period is
    refused at a laptop and becomes a conflict at headquarters (kept out unless chosen there)."""

    def __init__(self, query: Query, package: pkg.Package, sender: trust.Sender) -> None:
        self.query, self.package, self.sender = query, package, sender
        self.locks: set[tuple[int, int]] | None = None
        self.event_halves: dict[str, set[tuple[int, int]]] = {}

    def _locked(self) -> set[tuple[int, int]]:
        if self.locks is None:
            self.locks = sync_store.locked_halves(self.query)
        return self.locks

    def _halves_of_events(self, uuids: set[str]) -> dict[str, set[tuple[int, int]]]:
        """The half years each event falls in, here and in the package."""
        wanted = sorted(uuids - set(self.event_halves))
        found: dict[str, set[tuple[int, int]]] = {u: set() for u in wanted}
        for uuid, start, end in sync_store.rows_by_uuid(self.query, "event", ("uuid", "start_date", "end_date"), wanted):
            found[uuid] |= {h for h in (_half(start), _half(end)) if h}
        events = self.package.tables.get("event")
        if events is not None and wanted:
            at = [events.columns.index(c) if c in events.columns else None for c in ("uuid", "start_date", "end_date")]
            pending = set(wanted)
            for row in events.rows:
                if row[at[0]] in pending:
                    found[row[at[0]]] |= {h for h in (_half(row[at[1]]) if at[1] is not None else None,
                                                      _half(row[at[2]]) if at[2] is not None else None) if h}
        self.event_halves.update(found)
        return self.event_halves

    def held_back(self, name: str, data: pkg.TableData, local: dict[str, tuple], visible: list[int]) -> dict[int, str]:
        """Indexes of the incoming rows that would change something this sender may not change."""
        if self.sender.authority:
            return {}
        if name == "audit_entry":
            # The history of a change refused above is refused with it: a laptop's entry saying it
            # locked a period (or renamed a member state) must not tell of a change never made here.
            type_at, uuid_at = data.columns.index("record_type"), data.columns.index("uuid")
            return {i: REFUSED_AUTHORITY for i, row in enumerate(data.rows)
                    if row[type_at] in trust.AUTHORITY_TABLES and row[uuid_at] not in local}
        authority = name in trust.AUTHORITY_TABLES
        if not authority and (name not in EVENT_TABLES or not self._locked()):
            return {}
        uuid_at, deleted_at = data.columns.index("uuid"), data.columns.index("deleted")

        def changes(row: list[Any]) -> bool:
            mine = local.get(row[uuid_at])
            return not row[deleted_at] if mine is None else any(row[j] != mine[j] for j in visible)

        if authority:
            return {i: REFUSED_AUTHORITY for i, row in enumerate(data.rows) if changes(row)}
        event_at = uuid_at if name == "event" else data.columns.index("event_uuid")
        changing = [i for i, row in enumerate(data.rows) if changes(row)]
        halves = self._halves_of_events({data.rows[i][event_at] for i in changing} - {None})
        locked = self._locked()
        return {i: REFUSED_LOCKED for i in changing if halves.get(data.rows[i][event_at], set()) & locked}

    def hold_back(self, plan: TablePlan, data: pkg.TableData, local: dict[str, tuple], held_back: dict[int, str],
                  note: Callable[[str, list[Any]], None]) -> None:
        if not held_back:
            return
        columns, uuid_at = data.columns, data.columns.index("uuid")
        decided: set[tuple[str, str, str]] = set()
        if self.sender.receiver_is_headquarters:  # locked edits already judged here bring no new conflict
            at = (uuid_at, columns.index("updated_at"), columns.index("device_id"))
            decided = sync_store.judged_versions(self.query, sorted({data.rows[i][uuid_at] for i in held_back}))
        for i, reason in sorted(held_back.items()):
            row = data.rows[i]
            label = record_label(plan.table, dict(zip(columns, row, strict=True)))
            if reason == REFUSED_LOCKED and self.sender.receiver_is_headquarters:
                if tuple(row[j] for j in at) in decided:
                    plan.counts[UNCHANGED] += 1
                    continue
                mine = local.get(row[uuid_at])
                plan.conflicts.append(Conflict(plan.table, row[uuid_at], i, label, columns,
                                               list(mine) if mine is not None else [None] * len(columns), row, OURS,
                                               locked=True))
                note(CONFLICT, row)
            else:
                plan.refused.append((reason, label))
                plan.refused_rows.add(i)


def _written_rows(data: pkg.TableData, plan: TablePlan) -> list[int]:
    return plan.writes + [c.index for c in plan.conflicts]


def _skip_natural_key_clashes(query: Query, name: str, data: pkg.TableData, plan: TablePlan) -> None:
    """A record that another device made under another uuid with the same natural key (the same
    member state twice on one event...) cannot be stored twice: keep ours, count it as skipped."""
    for key in tables()[name].natural_keys:
        if not all(c in data.columns for c in key):
            continue
        positions = [data.columns.index(c) for c in key]
        natural_key = itemgetter(*positions)  # a value, or a tuple of values
        uuid_at = data.columns.index("uuid")
        rows = data.rows
        owners: dict[Any, str] = {}
        first_values = sorted({rows[i][positions[0]] for i in plan.writes}, key=str)
        for row in sync_store.natural_key_owners(query, name, key, first_values):
            owners[row[1] if len(key) == 1 else tuple(row[1:])] = row[0]
        if not owners:
            naturals = [natural_key(rows[i]) for i in plan.writes]
            if len(set(naturals)) == len(naturals):
                continue  # none here, and none twice in the package (the usual case: new events)
        kept = []
        for i in plan.writes:
            row = rows[i]
            owner = owners.setdefault(natural_key(row), row[uuid_at])
            if owner == row[uuid_at]:
                kept.append(i)
            else:
                plan.skipped += 1
        plan.writes = kept


def _label_children(query: Query, package: pkg.Package, plans: dict[str, TablePlan]) -> None:
    """Conflicting participants and files are named with their event."""
    wanted = {c.value(OURS, "event_uuid") for t in ("participant", "attachment", "event_member_state", "event_partner")
              if t in plans for c in plans[t].conflicts}
    if not wanted:
        return
    titles = {u: t for u, t in sync_store.rows_by_uuid(query, "event", ("uuid", "title"), sorted(wanted))}
    for t in ("participant", "attachment", "event_member_state", "event_partner"):
        for conflict in plans.get(t, TablePlan(t)).conflicts:
            title = titles.get(conflict.value(OURS, "event_uuid"))
            if title:
                conflict.label = _tr("{record} — event “{title}”").format(record=conflict.label, title=title)


def _missing_parents(query: Query, package: pkg.Package, plans: dict[str, TablePlan],
                     sender: trust.Sender | None = None) -> list[str]:
    """Why records of the package cannot be stored: they refer to records this database does not
    have, and the package does not bring (or brings only refused). For the plan and reference
    data, which only headquarters' packages change, a sender that is not headquarters is the
    reason (its plan items were made on it, or relayed from headquarters): said so, never as a
    missing earlier package."""
    info = tables()
    authority = sender is not None and sender.authority
    problems = []
    carried: dict[str, set[str]] = {}  # the uuids of each parent table in the package
    for name, plan in plans.items():
        data = package.tables[name]
        for column, parent in info[name].parents:
            at = data.columns.index(column) if column in data.columns else None
            if at is None:
                continue
            wanted = {data.rows[i][at] for i in _written_rows(data, plan)} - {None}
            if parent in package.tables:
                if parent not in carried:
                    uuid_at = package.tables[parent].columns.index("uuid")
                    kept_out = plans[parent].refused_rows if parent in plans else set()
                    carried[parent] = {r[uuid_at] for i, r in enumerate(package.tables[parent].rows)
                                       if i not in kept_out}
                wanted -= carried[parent]
            if not wanted:
                continue
            found = {r[0] for r in sync_store.rows_by_uuid(query, parent, ("uuid",), sorted(wanted))}
            missing = sorted(wanted - found)
            if missing and parent in trust.AUTHORITY_TABLES and not authority:
                problems.append(_tr(
                    "This package refers to {kind} that this database does not have ({count}, for example {uuid}). "
                    "Only headquarters' packages change the work plan and its reference data, so {device}'s changes "
                    "to them were not imported, nor can the records that refer to them be. If {device} made them (a "
                    "plan started or edited on a laptop stays on it), ask headquarters to make the same change and "
                    "send it here, then import this package again; if they came from headquarters, import "
                    "headquarters' package first.").format(
                        count=len(missing), kind=table_label(parent).lower(), uuid=missing[0],
                        device=package.source_name))
            elif missing:
                problems.append(_tr(
                    "This package refers to {count} {kind} that this database does not have (for example {uuid}). It "
                    "needs an earlier package from {device} that was not imported here, or a newer version of CICTE "
                    "Desktop. Import that package first, or ask {device} for a complete package (Export with "
                    "“everything”).").format(count=len(missing), kind=table_label(parent).lower(), uuid=missing[0],
                                             device=package.source_name))
    return problems


def plan_import(db: Database, package: pkg.Package, progress: Callable[[int, int], bool] | None = None) -> ImportPlan:
    """What importing ``package`` would do, record by record; reads only. Raises
    PackageCancelled once ``progress(done, total)`` returns False."""
    steps = steps_of(package, progress)
    try:
        with db.sql() as conn, gc_paused(), sync_store.interruptible(conn, steps.stopped):
            return classify(sync_store.query_on(conn), package, steps)
    except sqlite3.OperationalError:
        if steps.cancelled:  # a statement stopped under way
            raise pkg.PackageCancelled() from None
        raise
