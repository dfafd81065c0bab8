"""Exchanging field packages: what to send to a destination, and merging a received package
(a plan to preview, then one transaction). No Qt widgets.

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

import datetime as dt
import getpass
import json
import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop import __version__
from cicte_desktop.db.bulk import upsert_rows
from cicte_desktop.db.database import Database
from cicte_desktop.db.ids import SEED_DEVICE_ID
from cicte_desktop.db.models import format_timestamp, utcnow
from cicte_desktop.db.schema import HEAD_REVISION
from cicte_desktop.db.synced import SYNCED_TABLES, tables
from cicte_desktop.gc_pause import gc_paused
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync import trust

NEW, UPDATED, DELETED, UNCHANGED, CONFLICT = "new", "updated", "deleted", "unchanged", "conflict"
KINDS = (NEW, UPDATED, DELETED, UNCHANGED, CONFLICT)
OURS, THEIRS = "ours", "theirs"

#: Not compared when deciding whether two versions differ in what a user sees.
STAMP_COLUMNS = ("created_at", "updated_at", "device_id")
#: How many changed records per table a preview lists by name.
LISTED_CHANGES = 1000

Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


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


def _now() -> str:
    return format_timestamp(utcnow())


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some Windows set-ups)
        return ""


class ImportRefusedError(pkg.PackageError):
    """The package is sound but cannot be merged here (it builds on one not imported yet...)."""


class UntrustedSenderError(ImportRefusedError):
    """The package's signer is not trusted here yet (or its key changed): a person must confirm it."""


# --- Destinations ---------------------------------------------------------------------------

#: Where packages made on the command line without ``--to`` go: one destination of their own.
COMMAND_LINE_DESTINATION = "Any destination (command line)"


@dataclass(frozen=True)
class Destination:
    key: str  # a device uuid, or "name:<name in lower case>" before that device is known
    name: str
    device_uuid: str | None = None
    last_export: str | None = None  # stored timestamp of the last package made for it


def _name_key(name: str) -> str:
    return "name:" + " ".join(name.split()).casefold()


def destinations(db: Database) -> list[Destination]:
    """Devices this database knows (headquarters, other laptops), then names typed earlier."""
    with db.sql() as conn:
        devices = conn.execute("SELECT uuid, name FROM device WHERE uuid NOT IN (?, ?) AND NOT deleted ORDER BY name",
                               (db.device_id, SEED_DEVICE_ID)).fetchall()
        peers = {r[0]: r for r in conn.execute("SELECT peer_key, name, device_uuid, exported_at FROM sync_peer")}
    result = [Destination(uuid, name, uuid, peers[uuid][3] if uuid in peers else None) for uuid, name in devices]
    known = {_name_key(name) for _uuid, name in devices}
    result += [Destination(key, name, None, when) for key, name, device, when in peers.values()
               if device is None and key.startswith("name:") and key not in known]
    return result


def destination_named(db: Database, text: str) -> Destination:
    """The destination a person means by ``text``: a known device (by name or id), or a new name."""
    wanted = " ".join(text.split())
    if not wanted:
        raise ValueError(_tr("Name the destination (for example Headquarters)."))
    for destination in destinations(db):
        if wanted in (destination.key, destination.device_uuid) or _name_key(wanted) == _name_key(destination.name):
            return destination
    return Destination(_name_key(wanted), wanted)


# --- Export ---------------------------------------------------------------------------------


@dataclass
class ExportResult:
    path: Path
    destination: Destination
    counts: dict[str, int]
    attachments: int
    everything: bool

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    @property
    def events(self) -> int:
        return self.counts.get("event", 0)


def _chunks(values: list[Any], size: int = 50_000) -> list[list[Any]]:
    return [values[i:i + size] for i in range(0, len(values), size)] or [[]]


def _rows_by_uuid(query: Query, table: str, columns: Sequence[str], uuids: list[str], extra: str = "") -> list[tuple]:
    """Rows in the order they were stored, which is the order of a roster: packages keep it."""
    rows: list[tuple] = []
    for chunk in _chunks(uuids):
        if chunk:
            rows += query(f"SELECT {', '.join(columns)} FROM {table} WHERE uuid IN (SELECT value FROM json_each(?)) "
                          f"{extra} ORDER BY rowid", (json.dumps(chunk),))
    return rows


class PersonalDataError(pkg.PackageError):
    """The package would carry participants' names, e-mails or phones without a passphrase."""


def export_package(db: Database, target: Path, destination: Destination, *, everything: bool = False,
                   passphrase: str | None = None, data_folder: Path | None = None,
                   progress: Callable[[int, int], bool] | None = None,
                   personal_data_needs_passphrase: bool = False) -> ExportResult:
    """Write the package of what changed here since the last package for ``destination`` (or
    of everything) to ``target``; remember it once written. Raises PackageCancelled when
    ``progress`` returns False (no file is left), OSError when the file cannot be written, and,
    with ``personal_data_needs_passphrase``, PersonalDataError before writing anything when the
    package would carry personal data without a passphrase."""
    from cicte_desktop.services.attachments import find_stored, is_checksum

    db.refuse_if_read_only()  # a package is remembered once written: refuse before writing it, not after
    if data_folder is None:
        from cicte_desktop.paths import data_dir

        data_folder = data_dir()
    info = tables()
    not_seed = f"AND device_id != '{SEED_DEVICE_ID}'"
    selected: dict[str, list[tuple]] = {}
    known: dict[str, set[str]] = {}
    with db.sql() as conn, gc_paused():
        def query(sql: str, params: Sequence[Any] = ()) -> list[tuple]:
            return conn.execute(sql, params).fetchall()

        me = query("SELECT name FROM device WHERE uuid = ?", (db.device_id,))
        my_name = me[0][0] if me else ""
        my_role = trust.own_role(query)
        peer = query("SELECT exported_seq FROM sync_peer WHERE peer_key = ?", (destination.key,))
        since = peer[0][0] if peer else 0
        top = query("SELECT coalesce(max(seq), 0) FROM sync_change")[0][0]
        latest: dict[str, tuple[str, str | None]] = {}
        for table, row_uuid, origin in conn.execute(
                "SELECT table_name, uuid, origin FROM sync_change WHERE seq > ? AND seq <= ? ORDER BY seq", (since, top)):
            latest[row_uuid] = (table, origin)
        changed: dict[str, set[str]] = {name: set() for name in SYNCED_TABLES}
        for row_uuid, (table, origin) in latest.items():
            # What came from the destination itself is there already.
            if table in changed and (origin is None or origin != destination.device_uuid):
                changed[table].add(row_uuid)
        for name in SYNCED_TABLES:
            columns = info[name].columns
            if everything:
                rows = query(f"SELECT {', '.join(columns)} FROM {name} WHERE true {not_seed} ORDER BY rowid")
                known[name] = {r[0] for r in rows} - changed[name]
            else:
                rows = _rows_by_uuid(query, name, columns, sorted(changed[name]), not_seed)
                known[name] = set()
            selected[name] = rows
        # Parents travel with their children, so that any package can be imported on its own
        # and in any order (a participant added to an event sent earlier brings the event).
        for name in reversed(SYNCED_TABLES):
            for column, parent in info[name].parents:
                if parent not in selected:
                    continue
                at = info[name].columns.index(column)
                have = {r[0] for r in selected[parent]}
                wanted = sorted({r[at] for r in selected[name] if r[at] is not None} - have)
                if wanted:
                    extra = _rows_by_uuid(query, parent, info[parent].columns, wanted, not_seed)
                    selected[parent] += extra
                    known[parent] |= {r[0] for r in extra} - changed[parent]
    attachments: dict[str, Path] = {}
    columns = info["attachment"].columns
    sha_at, deleted_at = columns.index("sha256"), columns.index("deleted")
    # A record naming something other than a stored file's checksum (a path put in the database
    # by hand) never travels: no receiver would take it, and no file is read for it.
    selected["attachment"] = [row for row in selected["attachment"] if is_checksum(row[sha_at])]
    for row in selected["attachment"]:
        if not row[deleted_at] and (everything or row[0] not in known["attachment"]):
            stored = find_stored(data_folder, row[sha_at])  # None for a name that is not a checksum
            if stored is not None:
                attachments[row[sha_at]] = stored

    package_tables = []
    counts: dict[str, int] = {}
    for name in SYNCED_TABLES:
        rows = selected[name]
        if not rows:
            continue
        index_known = {i for i, r in enumerate(rows) if r[0] in known[name]}
        package_tables.append(pkg.TableData(name, list(info[name].columns), [list(r) for r in rows], index_known))
        counts[name] = len(rows)
    if personal_data_needs_passphrase and not passphrase:
        from cicte_desktop.services.privacy import holds_personal_data

        people = next((t for t in package_tables if t.name == "participant"), None)
        if people is not None and holds_personal_data(people.columns, people.rows):
            raise PersonalDataError(_tr(
                "This package would carry participants' names, e-mails or phones (personal data) without a "
                "passphrase."))
    package_uuid = str(uuid_module.uuid4())
    manifest = {
        "format": pkg.FORMAT, "format_version": pkg.FORMAT_VERSION, "schema_version": HEAD_REVISION,
        "app_version": __version__, "package_uuid": package_uuid, "created_at": _now(),
        "source": {"device_uuid": db.device_id, "device_name": my_name, "role": my_role},
        "destination": {"key": destination.key, "name": destination.name, "device_uuid": destination.device_uuid},
        "everything": everything, "counts": counts, "attachments": len(attachments),
    }
    target = Path(target)
    pkg.write_package(target, manifest, package_tables, attachments, passphrase, progress,
                      signer=trust.signer_for(data_folder, db.device_id))
    now = _now()
    with db.write() as s:
        conn2 = s.connection()
        conn2.exec_driver_sql(
            "INSERT INTO sync_peer (peer_key, name, device_uuid, exported_seq, exported_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (peer_key) DO UPDATE SET name = excluded.name, exported_at = excluded.exported_at, "
            "exported_seq = max(exported_seq, excluded.exported_seq)",
            (destination.key, destination.name, destination.device_uuid, top, now))
        conn2.exec_driver_sql(
            "INSERT INTO sync_package (package_uuid, direction, peer_key, peer_name, file_name, at, counts) "
            "VALUES (?, 'export', ?, ?, ?, ?, ?)",
            (package_uuid, destination.key, destination.name, target.name, now, json.dumps(counts)))
    return ExportResult(target, destination, counts, len(attachments), everything)


# --- Import: the plan -----------------------------------------------------------------------


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


def _seen_seq(query: Query, device: str, name: str) -> int:
    """How far this installation's changes have been sent to ``device`` (by its id, or by the
    name it was typed as before it was known)."""
    rows = query("SELECT coalesce(max(exported_seq), 0) FROM sync_peer WHERE peer_key IN (?, ?)",
                 (device, _name_key(name)))
    return rows[0][0] if rows else 0


def _fingerprint(query: Query, seen: int) -> tuple[int, int]:
    return query("SELECT coalesce(max(seq), 0) FROM sync_change", ())[0][0], seen


def _classify(query: Query, package: pkg.Package) -> ImportPlan:
    peer = package.source_device
    if package.signature is None:
        raise pkg.TamperedPackageError(_tr("{name} is not signed. Nothing was imported.").format(
            name=package.path.name))
    sender = trust.assess(query, package.signature, package.source_name, package.source_role)
    guard = _Guard(query, package, sender)
    seen = _seen_seq(query, peer, package.source_name)
    already = query("SELECT max(at) FROM sync_package WHERE package_uuid = ? AND direction = 'import'",
                    (package.package_uuid,))
    already_imported = already[0][0] if already else None
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
        local = {r[uuid_at]: r for r in _rows_by_uuid(query, name, columns, [r[uuid_at] for r in rows])}
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
            for chunk in _chunks([rows[i][uuid_at] for i, _m, _w in candidates]):
                for seq, row_uuid, stamp, device, origin in query(
                        "SELECT seq, uuid, updated_at, device_id, origin FROM sync_change "
                        "WHERE uuid IN (SELECT value FROM json_each(?)) ORDER BY seq", (json.dumps(chunk),)):
                    held.add((row_uuid, stamp, device))
                    if seq > seen:
                        # A seed revision is the same on every computer: not a change made here.
                        latest[row_uuid] = peer if device == SEED_DEVICE_ID else origin
            changed_here = {u for u, origin in latest.items() if origin != peer}
            for chunk in _chunks(sorted(changed_here)):
                if chunk:
                    held |= set(query(
                        "SELECT record_uuid, json_extract(theirs, '$.updated_at'), json_extract(theirs, '$.device_id') "
                        "FROM sync_conflict WHERE record_uuid IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)))
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
    _label_children(query, package, plans)
    problems += _missing_parents(query, package, plans, sender)
    return ImportPlan(package, plans, problems, _fingerprint(query, seen), seen, already_imported, sender)


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
            self.locks = {(y, h) for y, h in self.query(
                "SELECT year, half FROM period_lock WHERE locked AND NOT deleted", ())}
        return self.locks

    def _halves_of_events(self, uuids: set[str]) -> dict[str, set[tuple[int, int]]]:
        """The half years each event falls in, here and in the package."""
        wanted = sorted(uuids - set(self.event_halves))
        found: dict[str, set[tuple[int, int]]] = {u: set() for u in wanted}
        for uuid, start, end in _rows_by_uuid(self.query, "event", ("uuid", "start_date", "end_date"), wanted):
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
            for chunk in _chunks(sorted({data.rows[i][uuid_at] for i in held_back})):
                decided |= set(self.query(
                    "SELECT record_uuid, json_extract(theirs, '$.updated_at'), json_extract(theirs, '$.device_id') "
                    "FROM sync_conflict WHERE record_uuid IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)))
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
        for chunk in _chunks(first_values):
            for row in query(f"SELECT uuid, {', '.join(key)} FROM {name} WHERE {key[0]} IN "
                             "(SELECT value FROM json_each(?))", (json.dumps(chunk),)):
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
    titles = {u: t for u, t in _rows_by_uuid(query, "event", ("uuid", "title"), sorted(wanted))}
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
            found = {r[0] for r in _rows_by_uuid(query, parent, ("uuid",), sorted(wanted))}
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


def plan_import(db: Database, package: pkg.Package) -> ImportPlan:
    """What importing ``package`` would do, record by record; reads only."""
    with db.sql() as conn, gc_paused():
        return _classify(lambda sql, params=(): conn.execute(sql, params).fetchall(), package)


# --- Import: applying -----------------------------------------------------------------------


@dataclass
class ImportResult:
    counts: dict[str, int]
    conflicts: int
    chosen: int  # conflicts resolved against the rule, by the user
    files: int  # attached files stored
    skipped: int

    @property
    def changed_anything(self) -> bool:
        return any(self.counts[k] for k in (NEW, UPDATED, DELETED)) or bool(self.conflicts)


def _later(*stamps: str) -> str:
    """A stamp now, and later than every one given (another device's clock may be ahead)."""
    latest = max(stamps)
    parsed = dt.datetime.strptime(latest, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    return max(_now(), format_timestamp(parsed + dt.timedelta(microseconds=1)))


def apply_import(db: Database, plan: ImportPlan, choices: dict[tuple[str, str], str] | None = None,
                 data_folder: Path | None = None, *, trust_sender: bool = False) -> ImportResult:
    """Merge the package in ONE transaction. ``choices`` maps (table, uuid) of a conflict to
    OURS or THEIRS; conflicts without a choice follow the rule. Refuses (ImportRefusedError)
    a plan with problems, before writing anything, and a record the database rejects (the
    transaction is rolled back: nothing is written). A sender not trusted here yet (or with a
    new key, or newly claiming to be headquarters) is refused (UntrustedSenderError) unless
    ``trust_sender``: a person compared its fingerprint; it is then trusted from this import on."""
    from sqlalchemy.exc import DBAPIError

    from cicte_desktop.services.attachments import ContentMismatch, IncomingFiles, TooLarge

    refuse_untrusted(plan, trust_sender)
    if data_folder is None:
        from cicte_desktop.paths import data_dir

        data_folder = data_dir()
    try:
        # The package's files are received apart and moved into the store at the end of the
        # transaction: a refused package leaves none behind.
        with gc_paused(), IncomingFiles(data_folder, pkg.LIMITS["attachment_bytes"],
                                        pkg.LIMITS["total_bytes"]) as incoming:
            return _apply(db, plan, choices, data_folder, incoming)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        raise ImportRefusedError(_tr(
            "{name} holds a record this database refuses ({detail}). Nothing was imported.").format(
            name=plan.package.path.name, detail=getattr(exc, "orig", exc))) from exc
    except TooLarge as exc:
        raise pkg.UnsafePackageError(_tr(
            "{name} was refused: its attached files are larger than a field package may hold ({member}). "
            "Nothing was imported.").format(name=plan.package.path.name, member=f"attachments/{exc}")) from exc
    except ContentMismatch as exc:
        raise pkg.DamagedPackageError(_tr(
            "{name} is damaged: the attached file {member} does not match its checksum. Nothing was imported.").format(
            name=plan.package.path.name, member=f"attachments/{exc}")) from exc


def refuse_untrusted(plan: ImportPlan, trust_sender: bool) -> None:
    """Raise UntrustedSenderError, in one sentence naming the fingerprint, when the sender must be confirmed."""
    sender = plan.sender
    if sender is None or (sender.needs_confirmation and not trust_sender):
        if sender is None:
            raise UntrustedSenderError(_tr("{name} is not signed. Nothing was imported.").format(
                name=plan.package.path.name))
        text = (_tr("{name} was signed with a new key for {device} (fingerprint {fingerprint}), not the one "
                    "confirmed here; nothing was imported. Compare the fingerprint with {device} and confirm it.")
                if sender.status == trust.KEY_CHANGED else
                _tr("{name} comes from {device}, which now says it is headquarters (fingerprint {fingerprint}); "
                    "nothing was imported. Confirm it only if it really is.")
                if sender.status == trust.ROLE_RAISED else
                _tr("{name} comes from {device}, a sender this computer does not know yet (fingerprint "
                    "{fingerprint}); nothing was imported. Compare the fingerprint with {device} and confirm it."))
        raise UntrustedSenderError(text.format(name=plan.package.path.name, device=sender.name,
                                               fingerprint=sender.fingerprint))


def _apply(db: Database, plan: ImportPlan, choices: dict[tuple[str, str], str] | None,
           data_folder: Path, incoming: Any) -> ImportResult:
    if plan.problems:
        raise ImportRefusedError(plan.problems[0])
    package = plan.package
    choices = choices or {}
    for sha256 in sorted(package.attachments):  # checked again as they are copied
        incoming.add(sha256, lambda out, sha=sha256: package.copy_attachment(sha, out))
    peer, peer_name = package.source_device, package.source_name
    with db.write(checkpoint_in_background=True) as s:
        conn = s.connection()

        def query(sql: str, params: Sequence[Any] = ()) -> list[tuple]:
            return conn.exec_driver_sql(sql, tuple(params)).fetchall()

        if _fingerprint(query, _seen_seq(query, peer, peer_name)) != plan.fingerprint:
            sender = plan.sender
            plan = _classify(query, package)  # the database changed since the preview
            if plan.problems:
                raise ImportRefusedError(plan.problems[0])
            if sender is not None and plan.sender is not None and plan.sender.status != sender.status:
                refuse_untrusted(plan, False)  # trust changed since the person confirmed what was shown
        if plan.sender is not None:  # confirmed, or trusted already (its name and role as it says now)
            trust.record(conn, plan.sender, _now())
        if not plan.has_changes and plan.already_imported:
            return ImportResult(dict.fromkeys(KINDS, 0), 0, 0, incoming.move_in(), plan.skipped)
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        # The change log's triggers mark what this transaction writes as coming from the peer,
        # so that it is not sent back to it.
        conn.exec_driver_sql("INSERT OR REPLACE INTO local_setting (key, value) VALUES ('sync_origin', ?)", (peer,))
        overruled: list[tuple[Conflict, str]] = []
        for name in SYNCED_TABLES:
            table_plan = plan.tables.get(name)
            if table_plan is None:
                continue
            data = package.tables[name]
            rows = [data.rows[i] for i in table_plan.writes]
            for conflict in table_plan.conflicts:
                choice = choices.get((name, conflict.uuid), conflict.rule_winner)
                if choice == conflict.rule_winner:
                    if choice == THEIRS:
                        rows.append(conflict.theirs)
                else:
                    overruled.append((conflict, choice))
            upsert_rows(conn, name, data.columns, rows, fresh=table_plan.fresh)
        conn.exec_driver_sql("DELETE FROM local_setting WHERE key = 'sync_origin'")
        # A choice against the rule is a new change made here, newer than both versions.
        for conflict, choice in overruled:
            stamp = _later(*(v for v in (conflict.value(OURS, "updated_at"), conflict.value(THEIRS, "updated_at"))
                             if v is not None))
            if choice == THEIRS:
                row = list(conflict.theirs)
                row[conflict.columns.index("updated_at")] = stamp
                row[conflict.columns.index("device_id")] = db.device_id
                upsert_rows(conn, conflict.table, conflict.columns, [row])
            else:
                conn.exec_driver_sql(f"UPDATE {conflict.table} SET updated_at = ?, device_id = ? WHERE uuid = ?",
                                     (stamp, db.device_id, conflict.uuid))
        now, user = _now(), _user()
        log_rows = []
        for conflict in plan.conflicts:
            choice = choices.get((conflict.table, conflict.uuid), conflict.rule_winner)
            log_rows.append((
                str(uuid_module.uuid4()), package.package_uuid, peer, peer_name, conflict.table, conflict.uuid,
                conflict.label, json.dumps(dict(zip(conflict.columns, conflict.ours, strict=True)), ensure_ascii=False),
                json.dumps(dict(zip(conflict.columns, conflict.theirs, strict=True)), ensure_ascii=False), choice,
                "newest" if choice == conflict.rule_winner else "chosen", now, user))
        if log_rows:
            conn.exec_driver_sql(
                "INSERT INTO sync_conflict (id, package_uuid, peer_device_uuid, peer_name, table_name, record_uuid, label, "
                "ours, theirs, winner, rule, resolved_at, user_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                log_rows)
        # A destination typed by name before its device was known is that device.
        folded = query("SELECT coalesce(max(exported_seq), 0) FROM sync_peer WHERE peer_key = ?", (_name_key(peer_name),))
        conn.exec_driver_sql("DELETE FROM sync_peer WHERE peer_key = ?", (_name_key(peer_name),))
        conn.exec_driver_sql(
            "INSERT INTO sync_peer (peer_key, name, device_uuid, exported_seq, imported_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (peer_key) DO UPDATE SET name = excluded.name, device_uuid = excluded.device_uuid, "
            "imported_at = excluded.imported_at, exported_seq = max(exported_seq, excluded.exported_seq)",
            (peer, peer_name, peer, folded[0][0] if folded else 0, now))
        counts = {kind: plan.count(kind) for kind in KINDS}
        conn.exec_driver_sql(
            "INSERT INTO sync_package (package_uuid, direction, peer_key, peer_name, file_name, at, counts) "
            "VALUES (?, 'import', ?, ?, ?, ?, ?)",
            (package.package_uuid, peer, peer_name, package.path.name, now, json.dumps(counts)))
        files = incoming.move_in()  # the last step before the transaction commits
    return ImportResult(counts, len(plan.conflicts), len(overruled), files, plan.skipped)


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
        rows = conn.execute(
            "SELECT resolved_at, peer_name, table_name, label, winner, rule, coalesce(user_name, ''), ours, theirs "
            "FROM sync_conflict ORDER BY resolved_at DESC, label LIMIT ?", (limit,)).fetchall()
    return [LoggedConflict(dt.datetime.strptime(r[0], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc),
                           r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), json.loads(r[8])) for r in rows]
