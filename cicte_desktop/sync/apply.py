"""Applying the plan of a field package (:mod:`cicte_desktop.sync.import_plan`): in ONE
transaction, with the conflicts resolved as the user chose, the package's files moved into the
store at its end; refused whole (nothing written) when the sender is not trusted, the plan has
problems, the database refuses a record, or the user cancels. No Qt widgets.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import sqlite3
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db import sync_store
from cicte_desktop.db.bulk import upsert_rows
from cicte_desktop.db.database import Database
from cicte_desktop.db.models import format_timestamp
from cicte_desktop.db.synced import SYNCED_TABLES
from cicte_desktop.gc_pause import gc_paused
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync import trust
from cicte_desktop.sync.conflicts import OURS, THEIRS, Conflict
from cicte_desktop.sync.import_plan import DELETED, KINDS, NEW, UPDATED, ImportPlan, classify, fingerprint, seen_seq


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some Windows set-ups)
        return ""


class ImportRefusedError(pkg.PackageError):
    """The package is sound but cannot be merged here (it builds on one not imported yet...)."""


class UntrustedSenderError(ImportRefusedError):
    """The package's signer is not trusted here yet (or its key changed): a person must confirm it."""


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
    return max(sync_store.now_stamp(), format_timestamp(parsed + dt.timedelta(microseconds=1)))


def apply_import(db: Database, plan: ImportPlan, choices: dict[tuple[str, str], str] | None = None,
                 data_folder: Path | None = None, *, trust_sender: bool = False,
                 progress: Callable[[int, int], bool] | None = None) -> ImportResult:
    """Merge the package in ONE transaction. ``choices`` maps (table, uuid) of a conflict to
    OURS or THEIRS; conflicts without a choice follow the rule. Refuses (ImportRefusedError)
    a plan with problems, before writing anything, and a record the database rejects (the
    transaction is rolled back: nothing is written). A sender not trusted here yet (or with a
    new key, or newly claiming to be headquarters) is refused (UntrustedSenderError) unless
    ``trust_sender``: a person compared its fingerprint; it is then trusted from this import on.
    Raises PackageCancelled once ``progress(done, total)`` returns False: the transaction is
    rolled back and the files received so far removed (nothing is written)."""
    from sqlalchemy.exc import DBAPIError

    from cicte_desktop.services.attachments import ContentMismatch, IncomingFiles, TooLarge

    refuse_untrusted(plan, trust_sender)
    # Steps: each file, and each record written (the tables are written whole: checked between them,
    # and a statement under way is stopped).
    steps = pkg.Steps(progress, len(plan.package.attachments) + sum(len(t.writes) + len(t.conflicts)
                                                                    for t in plan.tables.values()) + 1)
    if data_folder is None:
        from cicte_desktop.paths import data_dir

        data_folder = data_dir()
    try:
        # The package's files are received apart and moved into the store at the end of the
        # transaction: a refused package leaves none behind.
        with gc_paused(), IncomingFiles(data_folder, pkg.LIMITS["attachment_bytes"],
                                        pkg.LIMITS["total_bytes"]) as incoming:
            return _apply(db, plan, choices, data_folder, incoming, steps)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        if steps.cancelled:  # a statement stopped under way
            raise pkg.PackageCancelled() from None
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
           data_folder: Path, incoming: Any, steps: pkg.Steps) -> ImportResult:
    if plan.problems:
        raise ImportRefusedError(plan.problems[0])
    package = plan.package
    choices = choices or {}
    for sha256 in sorted(package.attachments):  # checked again as they are copied
        steps.check()
        incoming.add(sha256, lambda out, sha=sha256: package.copy_attachment(sha, out))
        steps.advance()
    steps.check()
    peer, peer_name = package.source_device, package.source_name
    with db.write(checkpoint_in_background=True) as s, sync_store.interruptible(s.connection(), steps.stopped):
        conn = s.connection()
        query = sync_store.query_on(conn)
        if fingerprint(query, seen_seq(query, peer, peer_name)) != plan.fingerprint:
            sender = plan.sender
            plan = classify(query, package, steps)  # the database changed since the preview
            if plan.problems:
                raise ImportRefusedError(plan.problems[0])
            if sender is not None and plan.sender is not None and plan.sender.status != sender.status:
                refuse_untrusted(plan, False)  # trust changed since the person confirmed what was shown
        if plan.sender is not None:  # confirmed, or trusted already (its name and role as it says now)
            trust.record(conn, plan.sender, sync_store.now_stamp())
        if not plan.has_changes and plan.already_imported:
            return ImportResult(dict.fromkeys(KINDS, 0), 0, 0, incoming.move_in(), plan.skipped)
        # The change log's triggers mark what this transaction writes as coming from the peer,
        # so that it is not sent back to it.
        sync_store.begin_merge(conn, peer)
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
            steps.check()
            upsert_rows(conn, name, data.columns, rows, fresh=table_plan.fresh)
            steps.advance(len(rows))
        sync_store.end_merge(conn)
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
                sync_store.restamp(conn, conflict.table, conflict.uuid, stamp, db.device_id)
        now, user = sync_store.now_stamp(), _user()
        log_rows = []
        for conflict in plan.conflicts:
            choice = choices.get((conflict.table, conflict.uuid), conflict.rule_winner)
            log_rows.append((
                str(uuid_module.uuid4()), package.package_uuid, peer, peer_name, conflict.table, conflict.uuid,
                conflict.label, json.dumps(dict(zip(conflict.columns, conflict.ours, strict=True)), ensure_ascii=False),
                json.dumps(dict(zip(conflict.columns, conflict.theirs, strict=True)), ensure_ascii=False), choice,
                "newest" if choice == conflict.rule_winner else "chosen", now, user))
        sync_store.log_conflicts(conn, log_rows)
        # A destination typed by name before its device was known is that device.
        sync_store.remember_import(conn, peer, peer_name, now)
        counts = {kind: plan.count(kind) for kind in KINDS}
        sync_store.log_package(conn, package.package_uuid, "import", peer, peer_name, package.path.name, now, counts)
        steps.check()  # the last chance to cancel: the files are moved in next, then it commits
        files = incoming.move_in()  # the last step before the transaction commits
    return ImportResult(counts, len(plan.conflicts), len(overruled), files, plan.skipped)


__all__ = ["ImportRefusedError", "ImportResult", "UntrustedSenderError", "apply_import", "refuse_untrusted"]
