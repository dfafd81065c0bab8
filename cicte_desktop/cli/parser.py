"""The command line's arguments: the parser, its commands and the checks of their values (a
bad value is one line on stderr and exit 2)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from cicte_desktop import __version__
from cicte_desktop.cli.common import one_line

if TYPE_CHECKING:
    from cicte_desktop.db.server import ServerUrl


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


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


def _database_path(text: str) -> Path | ServerUrl:
    """A database file, or a database on a PostgreSQL server (``postgresql://user@host/name``)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(_tr("the database path is empty"))
    from cicte_desktop.db.server import ServerUrlError, is_server_url, parse_server_url

    if is_server_url(text):
        try:
            return parse_server_url(text)
        except ServerUrlError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
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
COMMANDS = ("plan", "backup", "restore", "export", "import", "demo-data", "check", "package", "self-test", "device",
             "attendance", "upgrade")


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
        self.exit(2, one_line(_tr("{prog}: error: {problem} (see {prog} --help)").format(
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
    parser.add_argument("--db", type=_database_path, metavar="PATH|URL",
                        help=_tr("database file to open (created and seeded with the 2016 Work Plan if missing), or "
                                 "a headquarters database on a PostgreSQL server, postgresql://user@host/name (the "
                                 "password from .pgpass or PGPASSWORD); default: cicte.sqlite in the per-user data "
                                 "folder"))
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
    sub.add_parser("upgrade", help=_tr("create or upgrade the database's schema and seed the 2016 Work Plan, then "
                                       "exit (for a PostgreSQL server: run once after installing a new version)"))
    sub.add_parser("check", help=_tr("run the full integrity checks and print a report (exit 1 on problems)"))
    backup = sub.add_parser("backup", help=_tr("write a consistent copy of the database"))
    backup.add_argument("--out", type=_output_path, required=True, metavar="FILE", help=_tr("where to write the copy"))
    restore = sub.add_parser("restore", help=_tr("replace the database with a backup (the current one is kept as a "
                                                  "backup first)"))
    restore.add_argument("file", type=Path, metavar="FILE", help=_tr("the backup to restore"))
    restore.add_argument("--force", action="store_true",
                         help=_tr("replace the file even when it is not a CICTE Desktop database (it is kept in "
                                  "the backups folder first); on a headquarters server, take a laptop's backup"))
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
