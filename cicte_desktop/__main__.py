"""Command line of CICTE Desktop: arguments, paths and logging, then the GUI or a subcommand.

Subcommands never import Qt widgets; the GUI is imported only when it is started.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import logging
import sys
import time
from pathlib import Path
from typing import NoReturn

from cicte_desktop import __version__
from cicte_desktop.safe_text import shown

log = logging.getLogger("cicte_desktop")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n event(s)"), in its singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text, None, n)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("{value!r} is not a whole number").format(value=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_tr("must be at least 1, not {value}").format(value=value))
    return value


#: The most events ``demo-data`` adds at once (a million take some four minutes).
MAX_DEMO_EVENTS = 1_000_000


def _event_count(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_DEMO_EVENTS:
        raise argparse.ArgumentTypeError(_tr("at most {limit} at a time, not {value}").format(
            limit=MAX_DEMO_EVENTS, value=value))
    return value


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 9999:
        raise argparse.ArgumentTypeError(_tr("{value!r} is not a year like 2016").format(value=text))
    return value


def _database_path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError(_tr("the database path is empty"))
    path = Path(text)
    if _special_file(path):
        raise argparse.ArgumentTypeError(_tr("{path} is a device or a pipe, not a file").format(path=text))
    return path


def _special_file(path: Path) -> bool:
    """A device, pipe or socket (``/dev/null``, ``NUL``...): never a database or a file to replace."""
    import stat

    try:
        return not stat.S_ISREG(mode := path.stat().st_mode) and not stat.S_ISDIR(mode)
    except (OSError, ValueError):  # missing, a name too long, or holding a NUL: the command says so
        return False


def _output_path(text: str) -> Path:
    """A file to write: not a folder, a link, a device or a pipe (replacing ``/dev/null`` would
    destroy it); the same refusals, in the same words, as every write (:func:`files.check_output_path`)."""
    from cicte_desktop.files import OutputPathError, check_output_path

    path = Path(text)
    if not text.strip():
        raise argparse.ArgumentTypeError(_tr("the file name is empty"))
    try:
        check_output_path(path)
    except OutputPathError as exc:
        if exc.__cause__ is None:  # a folder, a link or a device: the wrong thing named
            raise argparse.ArgumentTypeError(str(exc)) from None
        # a place that cannot be looked at (a name too long...): the command says so when it writes
    except ValueError:  # a name holding a NUL: the same
        pass
    return path


def _destination(text: str) -> str:
    """The name of the device a package is for: words, not empty, not longer than a device's name."""
    from cicte_desktop.services.devices import MAX_NAME

    name = " ".join(text.split())
    if not name or not name.isprintable():
        raise argparse.ArgumentTypeError(_tr("{value!r} is not the name of a device").format(value=text))
    if len(name) > MAX_NAME:
        raise argparse.ArgumentTypeError(_tr("a device's name has at most {count} characters").format(count=MAX_NAME))
    return name


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("{value!r} is not a date like 2016-07-31").format(value=text)) from None


def _half_year(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})-H([12])", text.strip().upper())
    if not match or int(match.group(1)) < 1:
        raise argparse.ArgumentTypeError(_tr("{value!r} is not a half year like 2016-H1").format(value=text))
    return int(match.group(1)), int(match.group(2))


#: The commands of the command line (anything else opens the window).
_COMMANDS = ("plan", "backup", "restore", "export", "import", "demo-data", "check", "package", "self-test", "device",
             "attendance")


def _add_period_arguments(parser: argparse.ArgumentParser) -> None:
    period = parser.add_mutually_exclusive_group()
    period.add_argument("--year", type=_year, help=_tr("a whole year"))
    period.add_argument("--period", type=_half_year, metavar="YYYY-H1|YYYY-H2",
                        help=_tr("a half year: 2016-H1 is January-June, 2016-H2 July-December"))
    period.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE", help=_tr("first day (YYYY-MM-DD)"))
    parser.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE", help=_tr("last day, with --from"))


class _Parser(argparse.ArgumentParser):
    """Bad usage is one line on stderr and exit 2 (the usage itself is in ``--help``)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, _one_line(_tr("{prog}: error: {problem} (see {prog} --help)").format(
            prog=self.prog, problem=message)) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cicte-desktop",
        description=_tr("Plan, log and report the capacity-building work of the CICTE Secretariat. "
                        "Without a command, opens the main window."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help=_tr("check this installation on a temporary database (seed, event, exports, window) "
                                 "and print one line per step; exit 0 when all pass"))
    parser.add_argument("--lang", choices=("en", "es", "fr", "pt"),
                        help=_tr("language of the window, messages, exports and reports (default: the one chosen "
                                 "in Preferences, or the system's)"))
    parser.add_argument("--db", type=_database_path, metavar="PATH",
                        help=_tr("database file to open (created and seeded with the 2016 Work Plan if missing); "
                                 "default: cicte.sqlite in the per-user data folder"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    plan = sub.add_parser("plan", help=_tr("print the work plan"))
    plan.add_argument("--json", action="store_true", help=_tr("print JSON for scripts instead of an outline"))
    plan.add_argument("--year", type=_year, help=_tr("work plan year (default: the latest)"))
    plan.add_argument("--figures", action="store_true",
                      help=_tr("with --json: add each item's target, achieved, counted, progress, state and events"))
    plan.add_argument("--member-state", metavar="ISO3", type=str.upper,
                      help=_tr("with --figures: that member state's contribution"))
    plan.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE",
                      help=_tr("with --figures: first day (default: the plan's year)"))
    plan.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE", help=_tr("with --figures: last day"))
    plan_actions = plan.add_subparsers(dest="plan_action", metavar="ACTION")
    plan_new = plan_actions.add_parser("new", help=_tr("start a year's work plan from an earlier one (every item "
                                                       "carried over, editable)"))
    plan_new.add_argument("--year", dest="new_year", type=_year, required=True, help=_tr("the new plan's year"))
    plan_new.add_argument("--from", dest="source_year", type=_year, required=True,
                          help=_tr("the year of the plan to start from"))
    plan_export = plan_actions.add_parser("export", help=_tr("write a year's plan workbook (.xlsx), one row per "
                                                             "item, to edit in Excel and import back"))
    plan_export.add_argument("--year", dest="workbook_year", type=_year, required=True, help=_tr("the plan's year"))
    plan_export.add_argument("--out", type=_output_path, required=True, help=_tr("the workbook to write (.xlsx)"))
    plan_import = plan_actions.add_parser("import", help=_tr("preview a plan workbook's changes to its year's plan "
                                                             "(or the plan it creates), then make them"))
    plan_import.add_argument("file", type=Path, metavar="FILE", help=_tr("the plan workbook (.xlsx)"))
    plan_import.add_argument("--dry-run", action="store_true", help=_tr("show what would change; write nothing"))
    plan_import.add_argument("--reason", help=_tr("why the plan changes (required unless --dry-run); kept in the "
                                                  "plan's history with every change"))
    sub.add_parser("check", help=_tr("run the full integrity checks and print a report (exit 1 on problems)"))
    backup = sub.add_parser("backup", help=_tr("write a consistent copy of the database"))
    backup.add_argument("--out", type=_output_path, required=True, metavar="FILE", help=_tr("where to write the copy"))
    restore = sub.add_parser("restore", help=_tr("replace the database with a backup (the current one is kept as a "
                                                  "backup first)"))
    restore.add_argument("file", type=Path, metavar="FILE", help=_tr("the backup to restore"))
    restore.add_argument("--force", action="store_true",
                         help=_tr("replace the file even when it is not a CICTE Desktop database (it is kept in "
                                  "the backups folder first)"))
    export = sub.add_parser("export", help=_tr("write a report file"))
    export_kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    xlsx = export_kinds.add_parser("xlsx", help=_tr("the Excel workbook for member-state reporting"))
    xlsx.add_argument("--out", type=_output_path, required=True, metavar="FILE", help=_tr("the workbook to write (.xlsx)"))
    _add_period_arguments(xlsx)
    xlsx.add_argument("--member-state", metavar="ISO3", type=str.upper, help=_tr("only this member state"))
    xlsx.add_argument("--work-area", metavar="N", help=_tr("only this work area (its number)"))
    xlsx.add_argument("--with-participants", action="store_true",
                      help=_tr("include the participants' names and contacts (personal data)"))
    pdf = export_kinds.add_parser("pdf", help=_tr("a PDF report: the semi-annual implementation report, a "
                                                  "member-state report, or certificates of participation"))
    pdf.add_argument("--report", required=True, choices=("semiannual", "member-state", "certificates"),
                     help=_tr("which report"))
    pdf.add_argument("--out", type=_output_path, required=True, metavar="FILE", help=_tr("the PDF to write"))
    _add_period_arguments(pdf)
    pdf.add_argument("--member-state", metavar="ISO3", type=str.upper,
                     help=_tr("the member state of a member-state report"))
    pdf.add_argument("--event", metavar="UUID", help=_tr("the event whose participants get certificates"))
    importer = sub.add_parser("import", help=_tr("read a file into the database"))
    import_kinds = importer.add_subparsers(dest="kind", metavar="KIND", required=True)
    xlsx_in = import_kinds.add_parser("xlsx", help=_tr("an Events sheet exported by CICTE Desktop (and edited)"))
    xlsx_in.add_argument("file", type=Path, metavar="FILE")
    xlsx_in.add_argument("--dry-run", action="store_true", help=_tr("only say what would change"))
    attendance = sub.add_parser("attendance", help=_tr("preview an attendance sheet (.xlsx) as the event form would "
                                                       "import it: the columns found and, for each row, import or "
                                                       "skip and why (nothing is written)"))
    attendance.add_argument("file", type=Path, metavar="FILE")
    attendance.add_argument("--json", action="store_true", help=_tr("print JSON for scripts instead of lines"))
    package = sub.add_parser("package", help=_tr("field packages: carry changes between laptops and headquarters"))
    package_actions = package.add_subparsers(dest="action", metavar="ACTION", required=True)
    package_out = package_actions.add_parser(
        "export", help=_tr("write what changed here since the last package for the same destination"))
    package_out.add_argument("--out", type=_output_path, required=True, metavar="FILE", help=_tr("the package to write (.cictepkg)"))
    package_out.add_argument("--all", action="store_true", dest="everything",
                             help=_tr("everything this database holds, not only what changed since the last package"))
    package_out.add_argument("--to", metavar="NAME", type=_destination,
                             help=_tr("the device the package is for (its name), e.g. Headquarters; without it, "
                                      "packages made here share one destination of their own"))
    protection = package_out.add_mutually_exclusive_group()
    protection.add_argument("--passphrase-file", type=Path, metavar="F",
                            help=_tr("protect the package with the passphrase in the first line of F (at least 8 "
                                     "characters)"))
    protection.add_argument("--no-passphrase", action="store_true",
                            help=_tr("write a package that carries participants' names and contacts unprotected"))
    package_in = package_actions.add_parser("import", help=_tr("merge a package into this database"))
    package_in.add_argument("file", type=Path, metavar="FILE")
    package_in.add_argument("--dry-run", action="store_true", help=_tr("only say what would change"))
    package_in.add_argument("--passphrase-file", type=Path, metavar="F",
                            help=_tr("the passphrase of a protected package, in the first line of F"))
    package_in.add_argument("--trust-new-sender", action="store_true",
                            help=_tr("trust the package's sender although this computer does not know it yet (or it "
                                     "has a new key): compare its fingerprint with the sender first"))
    _add_device_parser(sub)
    demo = sub.add_parser("demo-data", help=_tr("add synthetic logged events for demonstrations and benchmarks"))
    demo.add_argument("--events", type=_event_count, required=True, metavar="N", help=_tr("how many events to add"))
    demo.add_argument("--seed", type=int, default=0, metavar="S", help=_tr("random seed (same seed, same events)"))
    return parser


def _add_device_parser(sub) -> None:  # type: ignore[no-untyped-def]
    device = sub.add_parser("device", help=_tr("this computer's role and signing key"))
    actions = device.add_subparsers(dest="action", metavar="ACTION", required=True)
    role = actions.add_parser("role", help=_tr("show this computer's role and fingerprint, or make it the database's "
                                               "headquarters or a laptop"))
    role.add_argument("role", nargs="?", choices=("headquarters", "laptop"))


def _new_plan(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.services import plan_years

    try:
        made = plan_years.new_plan(db, args.new_year, args.source_year)
    except plan_years.NewPlanError as exc:
        print(_one_line(_tr("cicte-desktop: error: {problem}").format(problem=exc)), file=sys.stderr)
        return 1
    print(_tr("Started the {year} work plan ({symbol}) from the {source} plan: {areas}, {programs}, {projects}, "
              "{activities}, each carried over with its targets and titles.").format(
        year=made.year, symbol=made.symbol, source=made.source_year, areas=_trn("%n work area(s)", made.counts["areas"]),
        programs=_trn("%n program(s)", made.counts["programs"]), projects=_trn("%n project(s)", made.counts["projects"]),
        activities=_trn("%n planned activity(ies)", made.counts["activities"])))
    if not made.travels:
        print(_tr("Note: this computer is not headquarters, so the new plan stays here: other computers refuse "
                  "work-plan changes from it, and events logged under it reach them only once headquarters starts the "
                  "same plan (from the same earlier plan). Start the plan at headquarters to send it to the laptops."))
    return 0


def _plan_export(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.plan_xlsx import export_plan_workbook
    from cicte_desktop.services import plan_edit, workplan

    try:
        result = export_plan_workbook(db, args.workbook_year, args.out.expanduser().absolute())
    except plan_edit.PlanEditError:
        years = ", ".join(map(str, workplan.plan_years(db))) or _tr("none")
        print(_one_line(_tr("cicte-desktop: error: there is no work plan for {year} (work plans: {years})").format(
            year=args.workbook_year, years=years)), file=sys.stderr)
        return 1
    print(_tr("Wrote {path}: {items} of the {year} work plan.").format(
        path=result.path, items=_trn("%n plan item(s)", result.items), year=args.workbook_year))
    return 0


#: How many items of each group ``plan import`` lists.
PLAN_IMPORT_LINES = 10


def _plan_import(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.plan_xlsx import level_labels
    from cicte_desktop.services import plan_workbook as pw

    reason = " ".join((args.reason or "").split())
    if not args.dry_run and not reason:
        return _usage_error(_tr("say why the plan changes with --reason TEXT (kept in the plan's history), or "
                                "preview with --dry-run"))
    preview = pw.read_plan_workbook(args.file.expanduser().absolute(), db)
    levels = level_labels()
    print(shown(preview.mode_sentence()))
    print(_tr("{added}, {changed}, {retired}, {unchanged}.").format(
        added=_trn("%n added", preview.count(pw.ADDED)), changed=_trn("%n changed", preview.count(pw.CHANGED)),
        retired=_trn("%n retired", preview.count(pw.RETIRED)), unchanged=_trn("%n unchanged", preview.count(pw.UNCHANGED))))

    def item(change) -> str:  # type: ignore[no-untyped-def]
        code = f"{change.code} " if change.code else ""
        return shown(f"{levels[change.table]} {code}“{change.title[:80]}”")

    groups = ((pw.ADDED, _tr("Added:")), (pw.CHANGED, _tr("Changed:")), (pw.RETIRED, _tr("Retired:")),
              (pw.MISSING, _tr("Not in the workbook (kept as they are):")))
    for kind, heading in groups:
        changes = preview.of(kind)
        if not changes:
            continue
        print(heading)
        for change in changes[:PLAN_IMPORT_LINES]:
            row = _tr("row {row}: ").format(row=change.row) if change.row else ""
            detail = ""
            if change.changes:
                detail = ": " + "; ".join(shown(f"{c.label}: {c.old[:40]} → {c.new[:40]}") for c in change.changes)
            elif kind == pw.RETIRED:
                detail = " " + (_tr("(kept, marked retired: events point at it)") if change.keeps_events
                                else _tr("(taken out of the plan: no events point at it)"))
            print(f"  {row}{item(change)}{detail}")
        if len(changes) > PLAN_IMPORT_LINES:
            print("  " + _trn("… and %n more", len(changes) - PLAN_IMPORT_LINES))
    for line in preview.skipped:
        print(shown(_tr("Skipped {what}").format(what=line)))
    if preview.problems:
        for problem in preview.problems[1:]:
            print(shown(problem))
        print(_one_line(_tr("cicte-desktop: error: {message}").format(
            message=f"{shown(preview.problems[0])} {_tr('Nothing was imported.')}")), file=sys.stderr)
        return 1
    if preview.role_sentence() and not args.dry_run:
        print(_one_line(_tr("cicte-desktop: error: {message}").format(message=preview.role_sentence())),
              file=sys.stderr)
        return 1
    if preview.role_sentence():
        print(preview.role_sentence())
    if not preview.has_changes:
        print(_tr("Nothing to change: the workbook is the plan as it is."))
        return 0
    if args.dry_run:
        print(_tr("Nothing was written (dry run)."))
        return 0
    result = pw.apply_plan_workbook(db, preview, reason)
    print(_tr("Imported into the {year} work plan: {added}, {changed}, {retired}, each with the reason in the "
              "plan's history.").format(
        year=result.year, added=_trn("%n added", result.added), changed=_trn("%n changed", result.changed),
        retired=_trn("%n retired", result.retired)) if not result.created else
          _tr("Created the {year} work plan from the {source} plan: {added}, {changed}, {retired}, each with the "
              "reason in the plan's history.").format(
        year=result.year, source=preview.source_year, added=_trn("%n added", result.added),
        changed=_trn("%n changed", result.changed), retired=_trn("%n retired", result.retired)))
    return 0


def _device_command(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
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


def _open(path: Path | None):
    from cicte_desktop.db.database import open_database
    from cicte_desktop.paths import default_database_path

    return open_database(path or default_database_path())


def _print_outline(plan) -> None:
    from cicte_desktop.services.workplan import target_label

    # Titles may have come in a field package from headquarters: shown without control characters.
    print(shown(f"{plan.title} ({plan.symbol})"))
    for wa in plan.work_areas:
        print(shown(f"{wa.number}. {wa.title}"))
        for p in wa.programs:
            print(shown(f"  {p.letter}. {p.title}"))
            for pj in p.projects:
                print(shown(f"    {pj.number + '. ' if pj.number else '- '}{pj.title}"))
                for a in pj.activities:
                    target = _tr("Upon request") if a.upon_request else (target_label(a) or _tr("no target"))
                    print(shown(f"      * {a.text}  [{target}]"))


def _print_backup(info) -> None:  # type: ignore[no-untyped-def]
    print(_tr("{path}: saved {when} on {device}; {events}, {people} (schema {revision})").format(
        path=info.path, when=info.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), device=info.device,
        events=_trn("%n event(s)", info.events), people=_trn("%n participant(s)", info.participants),
        revision=info.revision))


def run_file_command(args: argparse.Namespace) -> int | None:
    """Commands that work on the file itself, without opening it as the app does."""
    from cicte_desktop.paths import backup_dir, default_database_path
    from cicte_desktop.services import backup

    path = (args.db or default_database_path()).expanduser().absolute()
    if args.command == "check":
        from cicte_desktop.db import errors
        from cicte_desktop.db.database import check_path

        check_path(path)  # a folder, or a missing folder: said in words
        if not path.exists():
            raise errors.DatabasePathError(path, _tr("{path} does not exist; there is nothing to check.").format(
                path=path))
        report = backup.full_check(path)
        print(path)
        for line in report.lines:
            print(f"  {line}")
        return 0 if report.ok else 1
    if args.command == "restore":
        info = backup.inspect_backup(args.file.expanduser().absolute())
        _print_backup(info)
        try:
            kept = backup.restore(path, info.path, backup_dir(), force=args.force)
        except backup.NotCicteTargetError as exc:
            print(_tr("cicte-desktop: error: {message}").format(message=exc),
                  _tr("To replace it anyway (it is kept in the backups folder first), add --force."), file=sys.stderr)
            return 1
        print(_tr("Restored into {path}; the database as it was is kept in {kept}.").format(path=path, kept=kept))
        _open(path).close()  # brings an older backup up to the current schema
        return 0
    return None


def _usage_error(text: str) -> int:
    print(_one_line(_tr("cicte-desktop: error: {problem}").format(problem=text)), file=sys.stderr)
    return 2


def _one_line(text: object) -> str:
    """A message on one line, whatever line breaks or tabs its parts (a file name, a value) hold."""
    return " ".join(str(text).split())


#: The app's own refusals, whose messages are for the user: (module, class). Looked up only in
#: modules already imported, as an error of a module never imported cannot have been raised.
_KNOWN_ERRORS = (("cicte_desktop.sync.package", "PackageError"),
                 ("cicte_desktop.services.events.workbook_files", "ImportFileError"),
                 ("cicte_desktop.services.attendance", "AttendanceSheetError"),
                 ("cicte_desktop.exports.pdf", "ReportError"))


def _refusal(exc: Exception) -> int:
    """Any error a command ends with, as one line on stderr (exit 1). The app's own errors say
    what is wrong in their message; anything else is a bug, whose traceback goes to the log."""
    from cicte_desktop.services.workplan import PeriodPlanError, PlanNotFoundError

    if isinstance(exc, PeriodPlanError):
        message = _tr("cicte-desktop: error: {message}").format(message=exc)
    elif isinstance(exc, PlanNotFoundError):
        message = _tr("cicte-desktop: error: there is no work plan for {year}").format(year=exc.args[0])
    elif any(isinstance(exc, cls) for cls in (getattr(sys.modules.get(module), name, None)
                                               for module, name in _KNOWN_ERRORS) if cls is not None):
        message = _tr("cicte-desktop: error: {message}").format(message=exc)
    else:
        if logging.getLogger().handlers:  # the log file (never the console: no traceback for the user)
            log.error("The command line ended in an unexpected error", exc_info=exc)
        message = _tr("cicte-desktop: error: an unexpected problem stopped the command ({detail}); the log in the "
                      "data folder has the details.").format(detail=f"{type(exc).__name__}: {exc}"[:300])
    print(_one_line(message), file=sys.stderr)
    return 1


def _add_figures(shape: dict, plan, progress: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Add the figures service's figures to every node of ``plan --json`` (the same as every output)."""

    def put(node: dict, uuid: str) -> None:  # type: ignore[type-arg]
        item = progress[uuid]
        node.update({
            "target": item.target or None if "text" not in node else node["target"],
            "achieved": item.achieved,
            "counted": item.counted if item.target and not item.contribution else None,
            "progress": round(item.percent, 1) if item.percent is not None else None,
            "expected": round(item.expected_percent, 1) if item.expected_percent is not None else None,
            "state": item.state,
            "events": item.events,
        })
        if item.contribution:
            node["share_of_achieved"] = round(item.share_percent, 1) if item.share_percent is not None else None

    for area, area_shape in zip(plan.work_areas, shape["work_areas"], strict=True):
        put(area_shape, area.uuid)
        for program, program_shape in zip(area.programs, area_shape["programs"], strict=True):
            put(program_shape, program.uuid)
            for project, project_shape in zip(program.projects, program_shape["projects"], strict=True):
                put(project_shape, project.uuid)
                for activity, activity_shape in zip(project.activities, project_shape["activities"], strict=True):
                    put(activity_shape, activity.uuid)


def _period(db, args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None] | None:  # type: ignore[no-untyped-def]
    """The dates of --year, --period or --from/--to (default: the latest work plan's year);
    None after printing why they make no sense."""
    from cicte_desktop.exports.xlsx import period_options

    if args.date_to is not None and args.date_from is None:
        _usage_error(_tr("--to needs --from"))
        return None
    year, half = (args.period if args.period else (args.year, None))
    date_from, date_to = period_options(year, half, args.date_from, args.date_to)
    if year is None and date_from is None:  # no period given: the latest work plan's year
        from cicte_desktop.services.workplan import plan_years

        date_from, date_to = period_options(plan_years(db)[-1])
    if date_from and date_to and date_to < date_from:
        _usage_error(_tr("the period ends before it starts"))
        return None
    return date_from, date_to


def _unknown_filter(db, args: argparse.Namespace, date_from: dt.date | None,  # type: ignore[no-untyped-def]
                    date_to: dt.date | None) -> str | None:  # type: ignore[no-untyped-def]
    """Why --member-state or --work-area names nothing in this database (an export of nothing)."""
    from cicte_desktop.services import reference, workplan

    if args.member_state and args.member_state not in {s.iso3 for s in reference.member_states(db)}:
        return _one_line(_tr("cicte-desktop: error: there is no member state with the code {code} (use ISO codes "
                             "such as JAM or TTO)").format(code=args.member_state))
    if args.work_area:
        plans = [workplan.get_work_plan(db, year)
                 for year in workplan.plan_years_in_period(db, date_from, date_to).years]
        numbers = list(dict.fromkeys(area.number for plan in plans for area in plan.work_areas))
        if args.work_area.strip() not in numbers:
            return _one_line(_tr("cicte-desktop: error: the work plan for {year} has no work area {number} (it has "
                                 "{numbers})").format(year=", ".join(str(plan.year) for plan in plans),
                                                      number=args.work_area, numbers=", ".join(numbers)))
    return None


def _export_xlsx(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.xlsx import ExportOptions, export_workbook

    period = _period(db, args)
    if period is None:
        return 2
    date_from, date_to = period
    problem = _unknown_filter(db, args, date_from, date_to)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    options = ExportOptions(date_from, date_to, args.member_state, args.work_area, args.with_participants)
    out = args.out.expanduser().absolute()
    result = export_workbook(db, options, out)
    print(_tr("Wrote {path}: {events}{people}.").format(
        path=result.path, events=_trn("%n event(s)", result.events),
        people=", " + _trn("%n participant(s)", result.participants) if args.with_participants else ""))
    if result.missing_years:
        from cicte_desktop.exports.xlsx import missing_years_note

        print(missing_years_note(result.missing_years))
    return 0


def _export_pdf(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.pdf import CERTIFICATES, MEMBER_STATE, ReportError, ReportOptions, export_report

    if args.report == MEMBER_STATE and not args.member_state:
        return _usage_error(_tr("--report member-state needs --member-state"))
    if args.report != MEMBER_STATE and args.member_state:
        return _usage_error(_tr("--member-state goes with --report member-state"))
    if args.report == CERTIFICATES and not args.event:
        return _usage_error(_tr("--report certificates needs --event"))
    if args.report != CERTIFICATES and args.event:
        return _usage_error(_tr("--event goes with --report certificates"))
    period = _period(db, args)
    if period is None:
        return 2
    options = ReportOptions(args.report, *period, member_state=args.member_state, event=args.event)
    out = args.out.expanduser().absolute()
    try:
        result = export_report(db, options, out)
    except ReportError as exc:
        print(_one_line(_tr("cicte-desktop: error: {problem}").format(problem=exc)), file=sys.stderr)
        return 1
    if result.certificates:
        print(_tr("Wrote {path}: {certificates}.").format(path=result.path, certificates=_trn(
            "%n certificate(s)", result.certificates)))
    else:
        print(_tr("Wrote {path}: {pages}, {events}.").format(path=result.path, pages=_trn("%n page(s)", result.pages),
                                                             events=_trn("%n event(s)", result.events)))
    return 0


def _import_xlsx(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.services.events import workbook_files, workbook_import

    try:
        preview = workbook_import.preview_import(db, args.file.expanduser().absolute())
    except workbook_files.ImportFileError as exc:
        print(_one_line(_tr("cicte-desktop: error: {message}").format(message=exc)), file=sys.stderr)
        return 1
    print(_tr("{new}, {changed}, {unchanged}, {rejected}").format(
        new=_trn("%n new", preview.count(workbook_import.NEW)), changed=_trn("%n changed", preview.count(workbook_import.CHANGED)),
        unchanged=_trn("%n unchanged", preview.count(workbook_import.UNCHANGED)),
        rejected=_trn("%n with problems", preview.count(workbook_import.REJECTED))))
    for row in preview.rows:
        if row.kind == workbook_import.REJECTED:
            print(_tr("  row {row}: {problems}").format(row=row.row_number, problems="; ".join(row.problems)))
    if preview.count(workbook_import.REJECTED):
        print(_tr("Nothing was imported."), file=sys.stderr)
        return 1
    if not preview.count(workbook_import.NEW) + preview.count(workbook_import.CHANGED):
        print(_tr("Nothing to import: every event of the workbook is here already, as it is there.")
              if preview.rows else _tr("Nothing to import: the workbook's Events sheet lists no events."))
        return 0
    if args.dry_run:
        return 0
    try:
        created, changed = workbook_import.apply_import(db, preview)
    except workbook_files.ImportFileError as exc:
        print(_one_line(_tr("cicte-desktop: error: {message}").format(message=exc)), file=sys.stderr)
        return 1
    print(_tr("Imported: {created}, {changed}.").format(created=_trn("%n event(s) created", created),
                                                        changed=_trn("%n changed", changed)))
    return 0


def _attendance(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """The preview of an attendance sheet, as the event form shows it (for a new, empty roster)."""
    from cicte_desktop.services import attendance, reference

    try:
        sheet = attendance.read_sheet(args.file.expanduser().absolute())
    except attendance.AttendanceSheetError as exc:
        print(_one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))), file=sys.stderr)
        return 1
    mapping = attendance.guess_mapping(sheet.headers)
    rows = attendance.preview(sheet, mapping, [], reference.member_states(db))
    result = attendance.preview_as_dict(sheet, mapping, rows)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(shown(_tr("{name}: headings in row {row}; to import: {good}, to skip: {skipped}").format(
        name=sheet.path.name, row=sheet.header_row, good=result["import"], skipped=result["skip"])))
    for column in result["mapping"]:
        print(shown(_tr("  column {column} “{header}”: {field}").format(**column)))
    for row in rows:
        decision = _tr("import") if row.decision == attendance.IMPORT else _tr("skip")
        who = row.participant.name if row.importable and row.participant else row.values.get("name", "")
        print(shown(_tr("  row {row}: {decision}{who}{problems}").format(
            row=row.row_number, decision=decision, who=f" {who}" if who else "",
            problems=f" ({'; '.join(row.problems)})" if row.problems else "")))
    return 0


def _export_package(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.sync import merge
    from cicte_desktop.sync import package as pkg

    passphrase = pkg.read_passphrase_file(args.passphrase_file.expanduser()) if args.passphrase_file else None
    if passphrase is not None and (problem := pkg.passphrase_problem(passphrase)):
        return _usage_error(problem)
    destination = merge.destination_named(db, args.to or merge.COMMAND_LINE_DESTINATION)
    try:
        result = merge.export_package(db, args.out.expanduser().absolute(), destination, everything=args.everything,
                                      passphrase=passphrase, personal_data_needs_passphrase=not args.no_passphrase)
    except merge.PersonalDataError as exc:
        return _usage_error(_tr("{problem} Give one with --passphrase-file, or write it unprotected with "
                                "--no-passphrase.").format(problem=exc))
    print(_tr("Wrote {path} for {destination}: {events}, {records}, {files}{protected}.").format(
        path=result.path, destination=shown(destination.name), events=_trn("%n event(s)", result.events),
        records=_trn("%n record(s) in all", result.records), files=_trn("%n file(s)", result.attachments), protected=_tr(", protected with a passphrase") if passphrase else ""))
    return 0


def _import_package(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.sync import merge
    from cicte_desktop.sync import package as pkg

    passphrase = pkg.read_passphrase_file(args.passphrase_file.expanduser()) if args.passphrase_file else None
    with pkg.read_package(args.file.expanduser().absolute(), passphrase) as package:
        plan = merge.plan_import(db, package)
        merge.refuse_untrusted(plan, args.trust_new_sender)
        print(_tr("From {device}: {new}, {updated}, {deleted}, {unchanged}, {conflicts}").format(
            device=shown(package.source_name), new=_trn("%n new", plan.count(merge.NEW)),
            updated=_trn("%n updated", plan.count(merge.UPDATED)), deleted=_trn("%n deleted", plan.count(merge.DELETED)),
            unchanged=_trn("%n unchanged", plan.count(merge.UNCHANGED)),
            conflicts=_trn("%n conflict(s)", plan.count(merge.CONFLICT))))
        for conflict in plan.conflicts:
            kept = _tr("keeps this database's version") if conflict.rule_winner == merge.OURS else _tr(
                "takes the package's version")
            print(_tr("  conflict: {kind} “{label}” ({fields}): {kept}, the newer one").format(
                kind=merge.table_label(conflict.table), label=shown(conflict.label), kept=kept,
                fields=shown(", ".join(c for c, _a, _b in conflict.differences()))))
        for table, reason, label in plan.refused:
            why = (_tr("only headquarters may change it") if reason == merge.REFUSED_AUTHORITY else
                   _tr("its reporting period is locked"))
            print(_tr("  refused: {kind} “{label}” ({why})").format(kind=merge.table_label(table), label=shown(label), why=why))
        if plan.already_imported:
            print(_tr("This package was imported before, on {when}.").format(when=plan.already_imported[:16].replace("T", " ")))
        if plan.problems:  # one line on stderr: the first problem; any others above it, on stdout
            for problem in plan.problems[1:]:
                print(f"  {shown(problem)}")
            print(_one_line(_tr("cicte-desktop: error: {message}").format(
                message=f"{shown(plan.problems[0])} {_tr('Nothing was imported.')}")), file=sys.stderr)
            return 1
        if args.dry_run:
            print(_tr("Dry run: nothing was written."))
            return 0
        result = merge.apply_import(db, plan, trust_sender=args.trust_new_sender)
    print(_tr("Imported: {new}, {updated}, {deleted}, {conflicts}, {files}.").format(
        new=_trn("%n new", result.counts[merge.NEW]), updated=_trn("%n updated", result.counts[merge.UPDATED]),
        deleted=_trn("%n deleted", result.counts[merge.DELETED]),
        conflicts=_trn("%n conflict(s) resolved", result.conflicts), files=_trn("%n file(s) stored", result.files)))
    return 0


def run_command(args: argparse.Namespace) -> int:
    from cicte_desktop.services import workplan

    if args.command in ("check", "restore"):
        result = run_file_command(args)
        assert result is not None
        return result
    db = _open(args.db)
    try:
        if args.command == "plan" and getattr(args, "plan_action", None) == "new":
            return _new_plan(db, args)
        if args.command == "plan" and getattr(args, "plan_action", None) == "export":
            return _plan_export(db, args)
        if args.command == "plan" and getattr(args, "plan_action", None) == "import":
            return _plan_import(db, args)
        if args.command == "plan":
            if (args.member_state or args.date_from or args.date_to) and not args.figures:
                _usage_error(_tr("--member-state, --from and --to go with --figures"))
                return 2
            if args.figures and not args.json:
                _usage_error(_tr("--figures goes with --json"))
                return 2
            if args.date_to is not None and args.date_from is None:
                _usage_error(_tr("--to needs --from"))
                return 2
            if args.date_from and args.date_to and args.date_to < args.date_from:
                _usage_error(_tr("the period ends before it starts"))
                return 2
            if args.year is None and args.date_from is not None:
                args.year = args.date_from.year
            try:
                from cicte_desktop import i18n

                # JSON is the approved (English) text for scripts; the outline is for people.
                plan = workplan.get_work_plan(db, args.year, language=None if args.json else i18n.ui_language())
            except workplan.PlanNotFoundError:
                print(_tr("cicte-desktop: error: there is no work plan for {year}").format(year=args.year), file=sys.stderr)
                return 1
            if args.json:
                shape = workplan.plan_as_dict(plan)
                if args.figures:
                    from cicte_desktop.services import figures, reference

                    if args.member_state and args.member_state not in {s.iso3 for s in reference.member_states(db)}:
                        print(_one_line(_tr("cicte-desktop: error: there is no member state with the code {code} (use "
                                            "ISO codes such as JAM or TTO)").format(code=args.member_state)),
                              file=sys.stderr)
                        return 1
                    start = args.date_from or dt.date(plan.year, 1, 1)
                    end = args.date_to or (None if args.date_from else dt.date(plan.year, 12, 31))
                    event_filter = figures.EventFilter(args.member_state, start, end)
                    shape["figures_filter"] = {"member_state": args.member_state, "from": start.isoformat(),
                                               "to": end.isoformat() if end else None}
                    _add_figures(shape, plan, figures.plan_figures(db, plan, event_filter))
                json.dump(shape, sys.stdout, ensure_ascii=False, indent=2)
                sys.stdout.write("\n")
            else:
                _print_outline(plan)
        elif args.command == "backup":
            from cicte_desktop.services import backup

            out = args.out.expanduser().absolute()
            db.integrity.wait()
            backup.copy_database(db.path, out)
            _print_backup(backup.inspect_backup(out))
        elif args.command == "export" and args.kind == "xlsx":
            return _export_xlsx(db, args)
        elif args.command == "export" and args.kind == "pdf":
            return _export_pdf(db, args)
        elif args.command == "import" and args.kind == "xlsx":
            return _import_xlsx(db, args)
        elif args.command == "attendance":
            return _attendance(db, args)
        elif args.command == "package":
            from cicte_desktop.sync.package import PackageError, PassphraseRequiredError

            try:
                return _export_package(db, args) if args.action == "export" else _import_package(db, args)
            except PassphraseRequiredError as exc:
                print(_one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))),
                      _tr("Give it with --passphrase-file."), file=sys.stderr)
                return 1
            except (PackageError, ValueError) as exc:
                print(_one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))), file=sys.stderr)
                return 1
        elif args.command == "device":
            try:
                return _device_command(db, args)
            except OSError as exc:
                print(_one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))), file=sys.stderr)
                return 1
        elif args.command == "demo-data":
            from cicte_desktop.services.demo import add_demo_events, add_demo_plans

            started = time.perf_counter()
            from cicte_desktop.services.plan_years import plan_travels_from_here

            if plan_travels_from_here(db):
                for year in add_demo_plans(db):
                    print(_tr("Added the {year} work plan, carried over from the year before with a few targets "
                              "changed.").format(year=year))
            else:  # a laptop's plans would be refused by every other computer, with its events
                print(_tr("No work plans were added for later years: only headquarters makes work plans (cicte-desktop "
                          "device role headquarters). Events of later years count toward the latest plan before them."))
            added = add_demo_events(db, args.events, args.seed)
            print(_trn("Added %n demo event(s) to {path} in {seconds:.1f} s.", added).format(
                path=db.path, seconds=time.perf_counter() - started))
    finally:
        db.close()
    return 0


def _language_asked(argv: list[str]) -> str | None:
    """``--lang X`` or ``--lang=X`` before the parser exists, so that its help is translated too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def _without_language(argv: list[str]) -> list[str]:
    result, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            result.append(arg)
    return result


def _install_language(language: str | None) -> None:
    """Messages and exports of the command line in ``language`` (default: the preferred one)."""
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n

    from cicte_desktop import APPLICATION_NAME, ORGANIZATION_NAME

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "cicte-desktop"])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    i18n.install(app, language)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language_asked(argv)
    if language is not None:  # accepted before or after the command: taken out here, checked here
        if language not in ("en", "es", "fr", "pt"):
            print(_tr("cicte-desktop: error: argument --lang: invalid choice: {value!r} (choose from en, es, fr, "
                      "pt)").format(value=language), file=sys.stderr)
            return 2
        argv = _without_language(argv)
    if "--self-test" in argv:
        from cicte_desktop import selftest

        selftest.prepare_application()  # graphical (offscreen without a display), before any other
    gui = not any(a in _COMMANDS or a in ("-h", "--help", "--self-test") for a in argv)
    if not gui:
        _install_language(language)
    args = build_parser().parse_args(argv)
    args.lang = language
    if args.self_test:
        from cicte_desktop import selftest

        return selftest.run()
    from cicte_desktop.db.errors import DatabaseOpenError
    from cicte_desktop.logging_setup import configure_logging
    from cicte_desktop.paths import log_dir

    try:
        configure_logging(log_dir())
    except OSError:
        pass  # a read-only data folder must not stop the app; errors still reach stderr
    if args.command is None:
        from cicte_desktop.app import run_gui

        return run_gui(args.db, args.lang)
    from cicte_desktop.files import sweep_scratch

    sweep_scratch()  # what a killed earlier run left: temporary and .partial files
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]  # file names not in UTF-8
    except (AttributeError, ValueError):
        pass
    try:
        return run_command(args)
    except DatabaseOpenError as exc:
        print(_one_line(_tr("cicte-desktop: error: {message}").format(message=exc.message)), file=sys.stderr)
        return 1
    except BrokenPipeError:  # (an OSError too) the reader of the output went away, e.g. `| head`
        _silence_stdout()
        return 0
    except OSError as exc:  # a backup that could not be written (BackupError says why)
        print(_one_line(_tr("cicte-desktop: error: {message}").format(message=exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_tr("cicte-desktop: interrupted."), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback: one line, and the log
        return _refusal(exc)


def _silence_stdout() -> None:
    """No second broken pipe error when Python flushes stdout at exit."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
