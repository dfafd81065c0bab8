"""What to send: the destinations packages are made for, and writing the package of what
changed here since the last one made for a destination (or of everything). No Qt widgets.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cicte_desktop import __version__
from cicte_desktop.db import sync_store
from cicte_desktop.db.database import Database
from cicte_desktop.db.ids import SEED_DEVICE_ID
from cicte_desktop.db.schema import PACKAGE_REVISION
from cicte_desktop.db.synced import SYNCED_TABLES, tables
from cicte_desktop.gc_pause import gc_paused
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync import trust


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


# --- Destinations ---------------------------------------------------------------------------

#: Where packages made on the command line without ``--to`` go: one destination of their own.
COMMAND_LINE_DESTINATION = "Any destination (command line)"


@dataclass(frozen=True)
class Destination:
    key: str  # a device uuid, or "name:<name in lower case>" before that device is known
    name: str
    device_uuid: str | None = None
    last_export: str | None = None  # stored timestamp of the last package made for it


def destinations(db: Database) -> list[Destination]:
    """Devices this database knows (headquarters, other laptops), then names typed earlier."""
    with db.sql() as conn:
        query = sync_store.query_on(conn)
        devices = sync_store.device_names(query, db.device_id, SEED_DEVICE_ID)
        peers = {r[0]: r for r in sync_store.peers(query)}
    result = [Destination(uuid, name, uuid, peers[uuid][3] if uuid in peers else None) for uuid, name in devices]
    known = {sync_store.name_key(name) for _uuid, name in devices}
    result += [Destination(key, name, None, when) for key, name, device, when in peers.values()
               if device is None and key.startswith("name:") and key not in known]
    return result


def destination_named(db: Database, text: str) -> Destination:
    """The destination a person means by ``text``: a known device (by name or id), or a new name."""
    wanted = " ".join(text.split())
    if not wanted:
        raise ValueError(_tr("Name the destination (for example Headquarters)."))
    key = sync_store.name_key(wanted)
    for destination in destinations(db):
        if wanted in (destination.key, destination.device_uuid) or key == sync_store.name_key(destination.name):
            return destination
    return Destination(key, wanted)


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
    selected: dict[str, list[tuple]] = {}
    known: dict[str, set[str]] = {}
    with db.sql() as conn, gc_paused():
        sync_store.wait_for_writers(conn, db.dialect)
        query = sync_store.query_on(conn)
        my_name = sync_store.device_name(query, db.device_id)
        my_role = trust.own_role(query)
        since = sync_store.exported_seq(query, destination.key)
        top = sync_store.last_change(query)
        latest: dict[str, tuple[str, str | None]] = {}
        for table, row_uuid, origin in sync_store.changes_between(query, since, top):
            latest[row_uuid] = (table, origin)
        changed: dict[str, set[str]] = {name: set() for name in SYNCED_TABLES}
        for row_uuid, (table, origin) in latest.items():
            # What came from the destination itself is there already.
            if table in changed and (origin is None or origin != destination.device_uuid):
                changed[table].add(row_uuid)
        for name in SYNCED_TABLES:
            columns = info[name].columns
            if everything:
                rows = sync_store.all_rows(query, name, columns, SEED_DEVICE_ID)
                known[name] = {r[0] for r in rows} - changed[name]
            else:
                rows = sync_store.rows_by_uuid(query, name, columns, sorted(changed[name]), SEED_DEVICE_ID)
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
                    extra = sync_store.rows_by_uuid(query, parent, info[parent].columns, wanted, SEED_DEVICE_ID)
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
        "format": pkg.FORMAT, "format_version": pkg.FORMAT_VERSION, "schema_version": PACKAGE_REVISION,
        "app_version": __version__, "package_uuid": package_uuid, "created_at": sync_store.now_stamp(),
        "source": {"device_uuid": db.device_id, "device_name": my_name, "role": my_role},
        "destination": {"key": destination.key, "name": destination.name, "device_uuid": destination.device_uuid},
        "everything": everything, "counts": counts, "attachments": len(attachments),
    }
    target = Path(target)
    pkg.write_package(target, manifest, package_tables, attachments, passphrase, progress,
                      signer=trust.signer_for(data_folder, db.device_id))
    now = sync_store.now_stamp()
    with db.write() as s:
        conn = s.connection()
        sync_store.remember_export(conn, destination.key, destination.name, destination.device_uuid, top, now)
        sync_store.log_package(conn, package_uuid, "export", destination.key, destination.name, target.name, now,
                               counts)
    return ExportResult(target, destination, counts, len(attachments), everything)


__all__ = ["COMMAND_LINE_DESTINATION", "Destination", "ExportResult", "PersonalDataError", "destination_named",
           "destinations", "export_package"]
