"""``package export``, ``package import`` (field packages) and ``device role``."""

from __future__ import annotations

import argparse
import sys

from cicte_desktop.cli.common import one_line, usage_error
from cicte_desktop.safe_text import shown


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n event(s)"), in its singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text, None, n)


def export_package(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.sync import outgoing
    from cicte_desktop.sync.outgoing import COMMAND_LINE_DESTINATION, PersonalDataError, destination_named
    from cicte_desktop.sync.package_reader import passphrase_problem, read_passphrase_file

    passphrase = read_passphrase_file(args.passphrase_file.expanduser()) if args.passphrase_file else None
    if passphrase is not None and (problem := passphrase_problem(passphrase)):
        return usage_error(problem)
    destination = destination_named(db, args.to or COMMAND_LINE_DESTINATION)
    try:
        result = outgoing.export_package(db, args.out.expanduser().absolute(), destination, everything=args.everything,
                                         passphrase=passphrase, personal_data_needs_passphrase=not args.no_passphrase)
    except PersonalDataError as exc:
        return usage_error(_tr("{problem} Give one with --passphrase-file, or write it unprotected with "
                                "--no-passphrase.").format(problem=exc))
    print(_tr("Wrote {path} for {destination}: {events}, {records}, {files}{protected}.").format(
        path=result.path, destination=shown(destination.name), events=_trn("%n event(s)", result.events),
        records=_trn("%n record(s) in all", result.records), files=_trn("%n file(s)", result.attachments), protected=_tr(", protected with a passphrase") if passphrase else ""))
    return 0


def import_package(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.sync.apply import apply_import, refuse_untrusted
    from cicte_desktop.sync.conflicts import OURS, table_label
    from cicte_desktop.sync.import_plan import CONFLICT, DELETED, NEW, REFUSED_AUTHORITY, UNCHANGED, UPDATED, plan_import
    from cicte_desktop.sync.package_reader import read_package, read_passphrase_file

    passphrase = read_passphrase_file(args.passphrase_file.expanduser()) if args.passphrase_file else None
    with read_package(args.file.expanduser().absolute(), passphrase) as package:
        plan = plan_import(db, package)
        refuse_untrusted(plan, args.trust_new_sender)
        print(_tr("From {device}: {new}, {updated}, {deleted}, {unchanged}, {conflicts}").format(
            device=shown(package.source_name), new=_trn("%n new", plan.count(NEW)),
            updated=_trn("%n updated", plan.count(UPDATED)), deleted=_trn("%n deleted", plan.count(DELETED)),
            unchanged=_trn("%n unchanged", plan.count(UNCHANGED)),
            conflicts=_trn("%n conflict(s)", plan.count(CONFLICT))))
        for conflict in plan.conflicts:
            kept = _tr("keeps this database's version") if conflict.rule_winner == OURS else _tr(
                "takes the package's version")
            print(_tr("  conflict: {kind} “{label}” ({fields}): {kept}, the newer one").format(
                kind=table_label(conflict.table), label=shown(conflict.label), kept=kept,
                fields=shown(", ".join(c for c, _a, _b in conflict.differences()))))
        for table, reason, label in plan.refused:
            why = (_tr("only headquarters may change it") if reason == REFUSED_AUTHORITY else
                   _tr("its reporting period is locked"))
            print(_tr("  refused: {kind} “{label}” ({why})").format(kind=table_label(table), label=shown(label), why=why))
        if plan.already_imported:
            print(_tr("This package was imported before, on {when}.").format(when=plan.already_imported[:16].replace("T", " ")))
        if plan.problems:  # one line on stderr: the first problem; any others above it, on stdout
            for problem in plan.problems[1:]:
                print(f"  {shown(problem)}")
            print(one_line(_tr("cicte-desktop: error: {message}").format(
                message=f"{shown(plan.problems[0])} {_tr('Nothing was imported.')}")), file=sys.stderr)
            return 1
        if args.dry_run:
            print(_tr("Dry run: nothing was written."))
            return 0
        result = apply_import(db, plan, trust_sender=args.trust_new_sender)
    print(_tr("Imported: {new}, {updated}, {deleted}, {conflicts}, {files}.").format(
        new=_trn("%n new", result.counts[NEW]), updated=_trn("%n updated", result.counts[UPDATED]),
        deleted=_trn("%n deleted", result.counts[DELETED]),
        conflicts=_trn("%n conflict(s) resolved", result.conflicts), files=_trn("%n file(s) stored", result.files)))
    return 0


def device_command(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.paths import data_dir
    from cicte_desktop.services import devices
    from cicte_desktop.sync import trust

    if args.role:
        devices.set_device_role(db, args.role)
    key = trust.signing_key(data_dir(), db.device_id)
    print(_tr("{name} is {role}; its fingerprint is {fingerprint}.").format(
        name=devices.device_name(db), role=devices.role_label(devices.device_role(db)),
        fingerprint=trust.fingerprint(trust.public_bytes(key))))
    return 0


def run(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """``package export`` and ``package import``."""
    from cicte_desktop.sync.package import PackageError, PassphraseRequiredError

    try:
        return export_package(db, args) if args.action == "export" else import_package(db, args)
    except PassphraseRequiredError as exc:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))),
              _tr("Give it with --passphrase-file."), file=sys.stderr)
        return 1
    except (PackageError, ValueError) as exc:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))), file=sys.stderr)
        return 1


def device(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """``device role``."""
    try:
        return device_command(db, args)
    except BrokenPipeError:  # the reader of the output went away: quiet (see main)
        raise
    except OSError as exc:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))), file=sys.stderr)
        return 1
