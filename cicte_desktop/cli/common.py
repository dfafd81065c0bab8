"""What the commands share: opening the database, the period and filters of an export, and
errors as one line on stderr (never a traceback)."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cicte_desktop.db.server import ServerUrl

log = logging.getLogger("cicte_desktop")


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def open_db(path: Path | ServerUrl | None):
    """The database of ``--db``: a file (opened as the app opens it) or a server database."""
    from cicte_desktop.db.server import ServerUrl

    if isinstance(path, ServerUrl):
        from cicte_desktop.db.server_database import open_server_database

        return open_server_database(path)
    from cicte_desktop.db.database import open_database
    from cicte_desktop.paths import default_database_path

    return open_database(path or default_database_path())


def usage_error(text: str) -> int:
    print(one_line(_tr("cicte-desktop: error: {problem}").format(problem=text)), file=sys.stderr)
    return 2


def one_line(text: object) -> str:
    """A message on one line, whatever line breaks or tabs its parts (a file name, a value) hold."""
    return " ".join(str(text).split())


#: The app's own refusals, whose messages are for the user: (module, class). Looked up only in
#: modules already imported, as an error of a module never imported cannot have been raised.
KNOWN_ERRORS = (("cicte_desktop.sync.package", "PackageError"),
                 ("cicte_desktop.services.events.workbook_files", "ImportFileError"),
                 ("cicte_desktop.services.attendance", "AttendanceSheetError"),
                 ("cicte_desktop.exports.pdf", "ReportError"),
                 ("cicte_desktop.db.server", "ServerDatabaseError"))


def refusal(exc: Exception) -> int:
    """Any error a command ends with, as one line on stderr (exit 1). The app's own errors say
    what is wrong in their message; anything else is a bug, whose traceback goes to the log."""
    from cicte_desktop.services.workplan import PeriodPlanError, PlanNotFoundError

    if isinstance(exc, PeriodPlanError):
        message = _tr("cicte-desktop: error: {message}").format(message=exc)
    elif isinstance(exc, PlanNotFoundError):
        message = _tr("cicte-desktop: error: there is no work plan for {year}").format(year=exc.args[0])
    elif any(isinstance(exc, cls) for cls in (getattr(sys.modules.get(module), name, None)
                                               for module, name in KNOWN_ERRORS) if cls is not None):
        message = _tr("cicte-desktop: error: {message}").format(message=exc)
    else:
        if logging.getLogger().handlers:  # the log file (never the console: no traceback for the user)
            log.error("The command line ended in an unexpected error", exc_info=exc)
        message = _tr("cicte-desktop: error: an unexpected problem stopped the command ({detail}); the log in the "
                      "data folder has the details.").format(detail=f"{type(exc).__name__}: {exc}"[:300])
    print(one_line(message), file=sys.stderr)
    return 1


def period_dates(db, args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None] | None:  # type: ignore[no-untyped-def]
    """The dates of --year, --period or --from/--to (default: the latest work plan's year);
    None after printing why they make no sense."""
    from cicte_desktop.exports.xlsx import period_options

    if args.date_to is not None and args.date_from is None:
        usage_error(_tr("--to needs --from"))
        return None
    year, half = (args.period if args.period else (args.year, None))
    date_from, date_to = period_options(year, half, args.date_from, args.date_to)
    if year is None and date_from is None:  # no period given: the latest work plan's year
        from cicte_desktop.services.workplan import plan_years

        date_from, date_to = period_options(plan_years(db)[-1])
    if date_from and date_to and date_to < date_from:
        usage_error(_tr("the period ends before it starts"))
        return None
    return date_from, date_to


def unknown_filter(db, args: argparse.Namespace, date_from: dt.date | None,  # type: ignore[no-untyped-def]
                    date_to: dt.date | None) -> str | None:  # type: ignore[no-untyped-def]
    """Why --member-state or --work-area names nothing in this database (an export of nothing)."""
    from cicte_desktop.services import reference, workplan

    if args.member_state and args.member_state not in {s.iso3 for s in reference.member_states(db)}:
        return one_line(_tr("cicte-desktop: error: there is no member state with the code {code} (use ISO codes "
                             "such as JAM or TTO)").format(code=args.member_state))
    if args.work_area:
        plans = [workplan.get_work_plan(db, year)
                 for year in workplan.plan_years_in_period(db, date_from, date_to).years]
        numbers = list(dict.fromkeys(area.number for plan in plans for area in plan.work_areas))
        if args.work_area.strip() not in numbers:
            return one_line(_tr("cicte-desktop: error: the work plan for {year} has no work area {number} (it has "
                                 "{numbers})").format(year=", ".join(str(plan.year) for plan in plans),
                                                      number=args.work_area, numbers=", ".join(numbers)))
    return None


def silence_stdout() -> None:
    """No second broken pipe error when Python flushes stdout at exit: what is left goes to the
    null device (as the Python documentation of SIGPIPE recommends)."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        pass
