"""``cicte-desktop --self-test``: does this installation work, from database to reports?

Runs every step on a temporary database in a temporary data folder (the user's own data is
never touched), prints one line per step with OK or what went wrong, and returns 0 only when
every step passed. Meant for the frozen app on a trainer's laptop as much as for CI: the
window step runs offscreen when there is no display.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelfTest", text)


@dataclass
class _Context:
    folder: Path
    db: Any = None
    event_uuid: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)


class StepFailed(Exception):
    """A step ran but its result is wrong; the message says how."""


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# --- Steps --------------------------------------------------------------------------------

def _create_and_seed(ctx: _Context) -> str:
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services import workplan

    ctx.db = open_database(ctx.folder / "self-test.sqlite", backup_folder=ctx.folder / "backups")
    counts = workplan.plan_counts(workplan.get_work_plan(ctx.db))
    _expect(counts["activities"] == 70, _tr("the seeded work plan has {count} planned activities, not 70").format(
        count=counts["activities"]))
    return _tr("{areas} work areas, {activities} planned activities").format(**counts)


def _log_event(ctx: _Context) -> str:
    from cicte_desktop.services import workplan
    from cicte_desktop.services.events import inputs, reading, writing

    activity = workplan.get_work_plan(ctx.db).activities()[0]
    roster = (inputs.ParticipantInput(None, "João Gonçalves", "M", "Polícia Federal", "BRA"),
              inputs.ParticipantInput(None, "María José Ñandú", "F", "Aduana", "PRY"),
              inputs.ParticipantInput(None, "Françoise Lévêque", "F", "Police", "HTI"))
    event = inputs.EventInput(
        activity_uuid=activity.uuid, event_type="workshop", title="Self-test workshop — Kingston",
        start_date=dt.date(2016, 5, 3), end_date=dt.date(2016, 5, 5), venue="Port of Kingston", city="Kingston",
        member_states=("JAM", "BRA"), women=2, men=1, participants_total=3, participants=roster)
    ctx.event_uuid = writing.log_event(ctx.db, event)
    stored = reading.get_event_input(ctx.db, ctx.event_uuid)
    _expect([p.name for p in stored.participants] == [p.name for p in roster],
            _tr("the roster read back differs from the one saved"))
    return _tr("1 event, {count} participants").format(count=len(stored.participants))


def _export_excel(ctx: _Context) -> str:
    from openpyxl import load_workbook

    from cicte_desktop.exports.xlsx import ExportOptions, export_workbook, period_options
    from cicte_desktop.services.workbook_layout import event_columns

    out = ctx.folder / "self-test.xlsx"
    result = export_workbook(ctx.db, ExportOptions(*period_options(2016), language="en"), out)
    title = [key for key, _header, _width in event_columns()].index("title")
    book = load_workbook(out, read_only=True)
    try:
        titles = [row[title] for row in book["Events"].iter_rows(min_row=5, values_only=True)]
    finally:
        book.close()
    _expect(titles == ["Self-test workshop — Kingston"], _tr("the workbook's Events sheet does not hold the event"))
    return _tr("{size} KB, {events} events").format(size=out.stat().st_size // 1024, events=result.events)


def _export_pdf(ctx: _Context) -> str:
    from cicte_desktop.exports.pdf import ReportOptions, export_report
    from cicte_desktop.exports.xlsx import period_options

    report = export_report(ctx.db, ReportOptions("semiannual", *period_options(2016, 1), language="en"),
                           ctx.folder / "self-test-report.pdf")
    certificates = export_report(ctx.db, ReportOptions("certificates", event=ctx.event_uuid, language="en"),
                                 ctx.folder / "self-test-certificates.pdf")
    _expect(certificates.certificates == 3, _tr("{count} certificates were made for 3 participants").format(
        count=certificates.certificates))
    _expect((ctx.folder / "self-test-report.pdf").read_bytes().startswith(b"%PDF"), _tr("the report is not a PDF"))
    return _tr("report of {pages} pages, {count} certificates").format(pages=report.pages,
                                                                       count=certificates.certificates)


def _field_package(ctx: _Context) -> str:
    """Out to a passphrase-protected package, into another database, and in again: no duplicate."""
    from cicte_desktop.db.database import open_database
    from cicte_desktop.sync.apply import apply_import
    from cicte_desktop.sync.import_plan import NEW, UPDATED, plan_import
    from cicte_desktop.sync.outgoing import destination_named, export_package
    from cicte_desktop.sync.package_reader import read_package
    from cicte_desktop.services.events import reading as events_reading

    out = ctx.folder / "self-test.cictepkg"
    passphrase = "self-test passphrase"
    exported = export_package(ctx.db, out, destination_named(ctx.db, "Headquarters"), everything=True,
                              passphrase=passphrase)
    other = open_database(ctx.folder / "headquarters.sqlite", backup_folder=ctx.folder / "backups")
    try:
        for attempt in (1, 2):
            with read_package(out, passphrase) as package:
                plan = plan_import(other, package)
                _expect(not plan.problems, "; ".join(plan.problems))
                if attempt == 2:
                    _expect(plan.count(NEW) + plan.count(UPDATED) == 0,
                            _tr("importing the same package twice would change the database"))
                apply_import(other, plan, trust_sender=True)  # a database of its own making
        arrived = events_reading.get_event_input(other, str(ctx.event_uuid))
        _expect(len(arrived.participants) == 3, _tr("the event arrived without its roster"))
    finally:
        other.close()
    return _tr("{records} records out and in, encrypted; a second import changed nothing").format(
        records=exported.records)


def _integrity(ctx: _Context) -> str:
    from cicte_desktop.services.backup import full_check

    ctx.db.close()
    report = full_check(ctx.folder / "self-test.sqlite")
    _expect(report.ok, "; ".join(report.lines))
    from cicte_desktop.db.database import open_database

    ctx.db = open_database(ctx.folder / "self-test.sqlite", backup_folder=ctx.folder / "backups")
    return _tr("integrity and references ok")


def _main_window(ctx: _Context) -> str:
    from PySide6.QtWidgets import QApplication

    from cicte_desktop.views.main_window import MainWindow

    app = QApplication.instance()
    _expect(isinstance(app, QApplication), _tr("no graphical application could be started"))
    window = MainWindow(ctx.db)
    try:
        window.show()
        app.processEvents()
        shot = window.grab()
        _expect(not shot.isNull() and shot.width() > 400, _tr("the main window did not paint"))
        _expect(window.plan_model.rowCount() == 5, _tr("the work plan tree shows {count} work areas, not 5").format(
            count=window.plan_model.rowCount()))
        # The icons are SVG files: drawn only where Qt's SVG icon engine travelled with the app.
        _expect(not window.new_event_action.icon().pixmap(24, 24).isNull(),
                _tr("the toolbar's icons could not be drawn (no SVG support)"))
        # The start page is the dashboard, built in a thread of its own: its map needs the member
        # states' shapes (resources/map), which must have travelled with the app.
        deadline = time.monotonic() + 30
        while (window.dashboards.building or window.dashboards.stale) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        view = window.dashboard
        _expect(view.map is not None and view.map.canvas.geometry_ is not None
                and len(view.map.canvas.geometry_.states) == 35,
                _tr("the dashboard's map of the member states could not be drawn"))
        # F1: the user guide (resources/help), which must have travelled with the app too.
        guide = window.help.open_for(window)
        _expect(guide.topic == "first-steps" and bool(guide.shown_title())
                and guide.browser.toPlainText().strip() != "", _tr("the user guide (F1) could not be shown"))
        guide.close()
        shot = window.grab()
        out = ctx.folder / "main-window.png"
        shot.save(str(out))
        return _tr("painted {width}x{height}").format(width=shot.width(), height=shot.height())
    finally:
        from PySide6.QtCore import QEvent

        window.close()
        window.tasks.wait_all(30_000)  # the daily backup of the temporary database, before it is removed
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _translations(_ctx: _Context) -> str:
    from cicte_desktop import i18n

    found = []
    for language in ("es", "fr", "pt"):
        ours = i18n.translator(language)
        _expect(ours is not None, _tr("the {language} translations are missing").format(language=language))
        _expect(ours.translate("MainWindow", "&File") not in ("", "&File"),
                _tr("the {language} translations are empty").format(language=language))
        _expect(i18n.qt_translator(language) is not None,
                _tr("Qt's own {language} translations are missing").format(language=language))
        found.append(language)
    return ", ".join(found)


def steps() -> list[tuple[str, Callable[[_Context], str]]]:
    """Each step's name and function; they run in this order, each on what the previous made."""
    return [
        (_tr("Create and seed a database"), _create_and_seed),
        (_tr("Log an event with a roster"), _log_event),
        (_tr("Export an Excel workbook"), _export_excel),
        (_tr("Export a PDF report and certificates"), _export_pdf),
        (_tr("Export and re-import a field package"), _field_package),
        (_tr("Check the database's integrity"), _integrity),
        (_tr("Load the translations"), _translations),
        (_tr("Open the main window"), _main_window),
    ]


def _private_settings(folder: Path) -> None:
    """Preferences (window layout, language) read and written in ``folder`` from now on in this
    process: the user's own (a file, or the registry on Windows) stay as they were. Qt offers no
    way to read the previous location back, and the self-test is the whole process anyway."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def prepare_application() -> None:
    """A QApplication for the window step, offscreen when there is no display to show it on.

    Call before anything else makes a (non-graphical) QCoreApplication.
    """
    from cicte_desktop import pyside_hook

    pyside_hook.lighten()  # the window's modules imported as the GUI's start imports them
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QApplication([sys.argv[0] if sys.argv else "cicte-desktop"])


def run(out: TextIO | None = None) -> int:
    """Run every step; print one line each; 0 when all passed, 1 otherwise."""
    out = out or sys.stdout
    failed = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cicte-self-test-", ignore_cleanup_errors=True) as folder:
        previous = os.environ.get("CICTE_DATA_DIR")
        os.environ["CICTE_DATA_DIR"] = str(Path(folder) / "data")  # never the user's own data folder
        _private_settings(Path(folder) / "settings")  # nor the user's window layout and language
        ctx = _Context(Path(folder))
        try:
            for name, step in steps():
                if failed:
                    print(_tr("{step}: SKIPPED (an earlier step failed)").format(step=name), file=out)
                    continue
                if step is _main_window:
                    prepare_application()
                began = time.perf_counter()
                try:
                    detail = step(ctx)
                except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the report
                    failed += 1
                    print(_tr("{step}: FAILED: {error}").format(step=name, error=str(exc) or type(exc).__name__),
                          file=out)
                    traceback.print_exc(file=sys.stderr)
                    continue
                print(_tr("{step}: OK ({detail}, {seconds:.2f} s)").format(
                    step=name, detail=detail, seconds=time.perf_counter() - began), file=out)
        finally:
            if ctx.db is not None:
                ctx.db.close()
            if previous is None:
                os.environ.pop("CICTE_DATA_DIR", None)
            else:
                os.environ["CICTE_DATA_DIR"] = previous
    verdict = _tr("Self-test passed: {count} steps in {seconds:.1f} s.") if not failed else _tr(
        "Self-test FAILED: {failed} of {count} steps failed, see above.")
    print(verdict.format(count=len(steps()), failed=failed, seconds=time.perf_counter() - started), file=out)
    return 0 if not failed else 1
