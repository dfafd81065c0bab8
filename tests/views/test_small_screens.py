"""Small screens: every dialog fits a 1024x600 laptop with its buttons in sight.

The dialogs are built with realistic data (a long work plan, rosters, conflicts, long Spanish
sentences) and measured against 1024x600 less a window frame and a taskbar. Tests that need the
small screen itself run in a child process started on it (``test_on_a_1024x600_screen``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from tests.conftest import ROOT

# 1024x600 less a window frame (title bar, borders) and a taskbar.
FIT = QSize(1000, 560)
SMALL_SCREEN = Path(__file__).parent.parent / "offscreen-1024x600.json"
ON_SMALL_SCREEN = os.environ.get("QT_QPA_PLATFORM", "").endswith(SMALL_SCREEN.name)


# --- building each dialog as the window does, with realistic data -------------------------------

def _events(db, count: int = 60) -> None:  # type: ignore[no-untyped-def]
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, count, seed=3, years=(2016,))


def _event_input(db):  # type: ignore[no-untyped-def]
    from cicte_desktop.services.events.inputs import ParticipantInput
    from tests.services.test_event_log import _event

    people = tuple(ParticipantInput(None, f"Participante {i} Fernández", "F" if i % 2 else "M", "Guardia Costera",
                                    "Jamaica", email=f"p{i}@example.org") for i in range(25))
    return dataclasses.replace(_event(db, title="Taller nacional sobre control de contenedores — Kingston",
                                      participants=people, women=12, men=13, participants_total=25),
                               member_states=("JAM", "TTO", "BRB", "PAN", "CRI"),
                               outcomes="Procedimientos revisados.\n" * 8, notes="Notas.\n" * 6)


def event_form_new(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import reference, workplan
    from cicte_desktop.views.event_form import EventForm

    plan = workplan.get_work_plan(db, 2016)
    return EventForm(db, plan, activity_uuid=None, member_states=reference.member_states(db),
                     partners=reference.partners(db), data_folder=tmp_path)


def event_form_edit(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import reference, workplan
    from cicte_desktop.services.events import reading, writing
    from cicte_desktop.views.event_form import EventForm

    event = _event_input(db)
    event_id = writing.log_event(db, event)
    plan = workplan.get_work_plan(db, 2016)
    form = EventForm(db, plan, event_uuid=event_id, initial=reading.get_event_input(db, event_id),
                     member_states=reference.member_states(db), partners=reference.partners(db), data_folder=tmp_path)
    form.title.setText("")  # a problem: the summary beside the buttons says so
    form.start_date.set_value(None)
    return form


def attendance_import(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import attendance
    from cicte_desktop.views.attendance_import import AttendanceImportDialog
    from tests.services.test_attendance import ENGLISH, write_sheet

    rows = ENGLISH + [[f"Persona {i} de la Institución Nacional", "F", "Ministerio de Seguridad Nacional", "Jamaica",
                       "Oficial", f"p{i}@example.org", "+1 876 555 0101"] for i in range(60)]
    sheet = attendance.read_sheet(write_sheet(tmp_path / "asistencia.xlsx", rows, title_rows=1))
    return AttendanceImportDialog(sheet, list(_event_input(db).participants))


def _conflicted(tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services.events import reading as events_reading, writing as events_writing
    from tests.sync_helpers import event_input, export, first_activity, make_device, receive

    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    event_ids = [events_writing.log_event(laptop.db, event_input(first_activity(laptop.db), f"Taller regional {i}"))
                 for i in range(4)]
    receive(hq, export(laptop, hq, tmp_path))
    for device, venue in ((hq, "Kingston, Jamaica — Sala de conferencias"), (laptop, "Bridgetown, Barbados")):
        for event_id in event_ids:
            before = events_reading.get_event_input(device.db, event_id)
            events_writing.update_event(device.db, event_id, dataclasses.replace(before, venue=venue, city=venue[:20]),
                                   reason="moved")
    return laptop, hq, export(laptop, hq, tmp_path)


def package_import(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.sync.import_plan import plan_import
    from cicte_desktop.sync.package_reader import read_package
    from cicte_desktop.views.package_import import PackageImportDialog

    laptop, hq, path = _conflicted(tmp_path)
    with read_package(path) as package:
        plan = plan_import(hq.db, package)
    dialog = PackageImportDialog(plan, {laptop.db.device_id: "Laptop of María (Trinidad mission)"})
    dialog.destroyed.connect(lambda: (laptop.db.close(), hq.db.close()))
    return dialog


def conflict_history(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.sync.conflicts import conflict_history
    from cicte_desktop.views.conflict_history import ConflictHistoryDialog
    from tests.sync_helpers import close_all, receive

    laptop, hq, path = _conflicted(tmp_path)
    receive(hq, path)
    try:
        return ConflictHistoryDialog(conflict_history(hq.db), {laptop.db.device_id: "Laptop A"})
    finally:
        close_all(laptop, hq)


def device_name(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.device_name import DeviceNameDialog

    return DeviceNameDialog("vm-1234", first_run=True)


def export_dialog(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import reference, workplan
    from cicte_desktop.views.export_dialog import ExportDialog

    return ExportDialog(workplan.get_work_plan(db, 2016), reference.member_states(db), tmp_path)


def import_preview(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.db.database import open_database
    from cicte_desktop.exports.xlsx import ExportOptions, export_workbook, period_options
    from cicte_desktop.services.events import workbook_import
    from cicte_desktop.views.import_preview import ImportPreviewDialog

    _events(db)
    out = tmp_path / "events.xlsx"
    export_workbook(db, ExportOptions(*period_options(2016)), out)
    other = open_database(tmp_path / "other.sqlite")  # where every row is new
    try:
        return ImportPreviewDialog(workbook_import.preview_import(other, out))
    finally:
        other.close()


def package_export(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import devices
    from cicte_desktop.sync.outgoing import destinations
    from cicte_desktop.views.package_export import PackageExportDialog

    return PackageExportDialog(destinations(db), devices.device_name(db), tmp_path)


def new_plan(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.new_plan import NewPlanDialog

    return NewPlanDialog([2016, 2017], headquarters=False)  # the longest note: not headquarters


def plan_editor(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import plan_edit, workplan
    from cicte_desktop.views.plan_editor import PlanEditorDialog

    activity = workplan.get_work_plan(db, 2016).activities()[0]
    plan_edit.rename(db, activity.uuid, activity.text + " (" + "revised wording " * 6 + ")", "A long reason " * 8)
    return PlanEditorDialog(db, 2016)


def plan_import(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The plan workbook's preview at its tallest: problems listed, a laptop's note, every group."""
    from openpyxl import load_workbook

    from cicte_desktop.exports.plan_xlsx import FIRST_ITEM_ROW, export_plan_workbook
    from cicte_desktop.services import plan_workbook
    from cicte_desktop.views.plan_import import PlanImportDialog

    out = export_plan_workbook(db, 2016, tmp_path / "plan.xlsx").path
    book = load_workbook(out)
    sheet = book.worksheets[0]
    sheet.cell(FIRST_ITEM_ROW + 3, 3).value = "Renamed " * 30
    sheet.cell(FIRST_ITEM_ROW + 4, 7).value = "=2+3"
    sheet.cell(FIRST_ITEM_ROW + 5, 1).value = "Activty"
    sheet.cell(FIRST_ITEM_ROW + 6, 10).value = "Yes"
    sheet.insert_rows(FIRST_ITEM_ROW + 4)
    sheet.cell(FIRST_ITEM_ROW + 4, 1).value = "Activity"
    sheet.cell(FIRST_ITEM_ROW + 4, 3).value = "A new activity " * 10
    book.save(tmp_path / "edited.xlsx")
    return PlanImportDialog(plan_workbook.read_plan_workbook(tmp_path / "edited.xlsx", db))


def target_dialog(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.plan_item_dialogs import TargetDialog

    return TargetDialog(12, "national workshops on critical infrastructure", False, None, 5, 8)  # a refusal shown


def move_dialog(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import plan_reading, workplan
    from cicte_desktop.views.plan_item_dialogs import MoveDialog

    activity = workplan.get_work_plan(db, 2016).activities()[0]
    return MoveDialog(activity.text, plan_reading.move_targets(db, activity.uuid))


def pdf_preview(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.pdf import ReportOptions, export_report
    from cicte_desktop.views.pdf_preview import PdfPreview

    _events(db, 20)
    folder = tmp_path / "preview"
    folder.mkdir()
    result = export_report(db, ReportOptions(date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 6, 30)),
                           folder / "report.pdf")
    return PdfPreview(result.path, folder, "Informe semestral 2016-1.pdf", tmp_path, result.pages)


def pdf_report(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services import reference, reporting, workplan
    from cicte_desktop.services.events import writing as events_writing
    from cicte_desktop.views.pdf_report_dialog import PdfReportDialog

    events_writing.log_event(db, _event_input(db))
    return PdfReportDialog(workplan.get_work_plan(db, 2016), reference.member_states(db),
                           lambda f: reporting.events_with_rosters(db, f), "certificates")


def period_locks(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.period_locks import PeriodLocksDialog

    return PeriodLocksDialog(db, list(range(2016, 2027)))  # a plan year after year


def preferences(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.preferences import PreferencesDialog

    return PreferencesDialog()


def plan_titles(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.preferences import PlanTitlesDialog

    approved = "Strengthening Strategies on Emerging Terrorist Threats and Protection of Critical Infrastructure"
    return PlanTitlesDialog(approved, {"es": "Fortalecimiento de estrategias sobre amenazas terroristas emergentes"},
                            lambda titles: True)


def privacy(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.privacy import PrivacyDialog

    return PrivacyDialog(db)


def recovery(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.services.backup import BackupInfo
    from cicte_desktop.views.recovery import RecoveryDialog

    backup = BackupInfo(tmp_path / "cicte-2026-12-02.sqlite", dt.datetime(2026, 12, 2, 17, 54), "Laptop A",
                        "0012", 412, 3804, 12_345_678)
    problem = ("The database file is damaged (database disk image is malformed). " * 4).strip()
    return RecoveryDialog(problem, backup)


def server_connect(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.server_connect import ServerConnectDialog

    dialog = ServerConnectDialog()
    dialog.host.setText("servidor-de-la-sede.oas.org")
    return dialog


DIALOGS: dict[str, Callable] = {f.__name__: f for f in (
    event_form_new, event_form_edit, attendance_import, package_import, conflict_history, device_name,
    export_dialog, import_preview, new_plan, package_export, pdf_preview, pdf_report, period_locks, preferences,
    plan_editor, plan_import, plan_titles, privacy, recovery, target_dialog, move_dialog, server_connect)}


def test_every_dialog_is_measured() -> None:
    """A new dialog in views/ gets a builder here, or this fails."""
    import importlib
    import inspect
    import pkgutil

    import cicte_desktop.views as views

    classes = set()
    for module in pkgutil.iter_modules(views.__path__):
        loaded = importlib.import_module(f"cicte_desktop.views.{module.name}")
        classes |= {c.__name__ for _, c in inspect.getmembers(loaded, inspect.isclass)
                    if issubclass(c, QDialog) and c.__module__ == loaded.__name__}
    assert classes == {"EventForm", "AttendanceImportDialog", "PackageImportDialog", "ConflictHistoryDialog",
                       "DeviceNameDialog", "ExportDialog", "ImportPreviewDialog", "NewPlanDialog", "PackageExportDialog", "PdfPreview",
                       "PdfReportDialog", "PeriodLocksDialog", "PreferencesDialog", "PlanTitlesDialog",
                       "PrivacyDialog", "RecoveryDialog", "PlanEditorDialog", "TargetDialog", "MoveDialog",
                       "PlanImportDialog", "ServerConnectDialog"}


def _visible_in(widget, dialog: QDialog) -> bool:  # type: ignore[no-untyped-def]
    """``widget`` is shown and wholly inside the dialog's own rectangle (not scrolled away, not cut)."""
    if not widget.isVisibleTo(dialog):
        return False
    top_left = widget.mapTo(dialog, QPoint(0, 0))
    return dialog.rect().contains(QRect(top_left, widget.size()))


def _open(name: str, language: str, db, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n

    i18n.install(QCoreApplication.instance(), language)
    dialog = DIALOGS[name](db, tmp_path)
    qtbot.addWidget(dialog)
    return dialog


def _check_fits(dialog: QDialog, fit: QSize) -> None:
    for what, hint in (("size hint", dialog.sizeHint()), ("minimum size hint", dialog.minimumSizeHint()),
                       ("minimum size", dialog.minimumSize())):
        assert hint.width() <= fit.width() and hint.height() <= fit.height(), \
            f"{what} {hint.toTuple()} > {fit.toTuple()}"
    dialog.show()
    dialog.resize(dialog.size().boundedTo(fit))  # as a 1024x600 screen would have it
    QGuiApplication.processEvents()
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog) and _is_bottom_button(b)]
    assert buttons, "no button box found"
    hidden = [b.text() for b in buttons if not _visible_in(b, dialog)]
    assert not hidden, f"buttons out of sight: {hidden}"
    summary = dialog.findChild(QLabel, "problemSummary")
    if summary is not None and summary.text():
        assert _visible_in(summary, dialog), "the error summary is out of sight"


def _is_bottom_button(button: QAbstractButton) -> bool:
    """A button outside any scrolling area: one the user must always be able to reach."""
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, QDialog):
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_each_dialog_fits_1024x600_with_its_buttons_in_sight(name: str, language: str, db, tmp_path: Path,
                                                              qtbot) -> None:
    dialog = _open(name, language, db, tmp_path, qtbot)
    _check_fits(dialog, FIT)


# --- on the small screen itself -------------------------------------------------------------------

needs_small_screen = pytest.mark.skipif(not ON_SMALL_SCREEN, reason="runs in a child process on a 1024x600 screen")


def test_on_a_1024x600_screen() -> None:
    """Runs this module's small-screen tests in a child process whose only screen is 1024x600."""
    if ON_SMALL_SCREEN:
        pytest.skip("already on the small screen")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={SMALL_SCREEN}"}
    result = subprocess.run([sys.executable, "-m", "pytest", str(Path(__file__)), "-q", "-x", "-p", "no:randomly",
                             "-p", "no:cacheprovider", "-k", "on_small_screen"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


@needs_small_screen
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_on_small_screen_each_dialog_opens_inside_the_screen(name: str, language: str, db, tmp_path: Path,
                                                             qtbot) -> None:
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.size().toTuple() == (1024, 600)
    dialog = _open(name, language, db, tmp_path, qtbot)
    dialog.show()
    assert dialog.width() <= FIT.width() and dialog.height() <= FIT.height(), f"opens at {dialog.size().toTuple()}"
    _check_fits(dialog, FIT)


@needs_small_screen
def test_on_small_screen_the_user_guide_opens_inside_the_screen(qtbot) -> None:
    """Help > User Guide (a window, not a dialog) opened at 960x640, its foot off a 1024x600 screen."""
    from cicte_desktop.views.help_browser import HelpWindow

    guide = HelpWindow("es")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.width() <= FIT.width() and guide.height() <= FIT.height(), f"opens at {guide.size().toTuple()}"
    guide.move(QGuiApplication.primaryScreen().availableGeometry().topLeft())
    assert QGuiApplication.primaryScreen().availableGeometry().contains(guide.geometry())


def _main_window(db_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from cicte_desktop.app import build_main_window

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    QGuiApplication.processEvents()
    return window


def _status_bar_in_sight(window) -> None:  # type: ignore[no-untyped-def]
    available = window.screen().availableGeometry()
    bar = window.statusBar()
    assert bar.isVisible()
    assert available.contains(QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size())), (available, window.geometry())
    assert available.contains(window.frameGeometry()), (available, window.frameGeometry())
    assert window.geometry().top() - window.screen().availableGeometry().top() >= 20  # room for the title bar


@needs_small_screen
@pytest.mark.parametrize("language", ["en", "es"])
def test_on_small_screen_the_first_window_leaves_the_status_bar_and_names_in_sight(language: str, db_path: Path,
                                                                                   qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n

    i18n.install(QCoreApplication.instance(), language)
    window = _main_window(db_path, qtbot)
    try:
        _status_bar_in_sight(window)
        tree, detail = window.splitter.sizes()
        assert tree <= 0.45 * window.width() + 2 and detail >= 0.5 * window.width(), (tree, detail)
        view = window.plan_view
        names = view.header().sectionSize(0) - view.indentation()
        # A work area's name shows at least 20 characters (it was cut at 12).
        assert names >= 20 * view.fontMetrics().averageCharWidth(), names
        label = window.plan_model.data(window.plan_model.index(0, 0))
        assert view.fontMetrics().horizontalAdvance(label) <= names  # "1. Border Controls", whole
    finally:
        window.database.close()


@needs_small_screen
def test_on_small_screen_later_starts_restore_the_splitter_and_keep_the_window_on_the_screen(db_path: Path,
                                                                                             qtbot) -> None:
    first = _main_window(db_path, qtbot)
    first.setGeometry(60, 40, 1300, 740)  # as it was on a larger screen
    QGuiApplication.processEvents()
    first.splitter.setSizes([380, 600])
    kept = first.splitter.sizes()
    first.close()
    first.database.close()
    second = _main_window(db_path, qtbot)
    try:
        _status_bar_in_sight(second)
        assert second.width() <= 1000 and second.height() <= 560
        first_tree = kept[0] / sum(kept)
        tree, detail = second.splitter.sizes()
        assert abs(tree / (tree + detail) - first_tree) < 0.05, (kept, second.splitter.sizes())
        second.splitter.setSizes([300, 700])
        remembered = second.splitter.sizes()
        second.close()
    finally:
        second.database.close()
    third = _main_window(db_path, qtbot)
    try:
        assert third.splitter.sizes() == remembered
        _status_bar_in_sight(third)
    finally:
        third.database.close()


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_the_filter_bar_keeps_one_row_in_a_1000_pixel_window(language: str, qtbot) -> None:
    """At 1024 pixels the filters stay on one row in every language ("Restablecer filtros" went to
    a row of its own, taking a row from the tree); the reset button keeps its words where they fit."""
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n
    from cicte_desktop.views.filter_bar import FilterBar

    i18n.install(QCoreApplication.instance(), language)
    rows = {}
    for width in (FIT.width(), 1342):
        bar = FilterBar()
        qtbot.addWidget(bar)
        bar.resize(width, 200)
        bar.show()
        QGuiApplication.processEvents()
        bar.resize(width, bar.heightForWidth(width))  # as high as the window's layout makes it
        QGuiApplication.processEvents()
        layout = bar.layout()
        tops = {layout.itemAt(i).geometry().top() for i in range(layout.count())}
        assert len(tops) == 1, (width, [layout.itemAt(i).geometry().getRect() for i in range(layout.count())])
        assert bar.rect().contains(bar.reset_button.geometry())
        assert bar.reset_button.toolTip().startswith(bar.reset_button.text()) or bar.reset_shows_words()
        rows[width] = bar.reset_shows_words()
    assert rows[1342]  # the words, where there is room
    assert rows[FIT.width()] == (language == "en")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_first_window_at_1366x768_shows_every_work_area_name_whole(language: str, db_path: Path, qtbot) -> None:
    """On the first start the pane beside the tree holds one line of prompt: the tree takes the
    room its work areas' names need ("2. Legislative Assistance and Combating Terrorism F…" was
    cut), and the pane beside it keeps 45% of the window for an item's figures and events."""
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n

    i18n.install(QCoreApplication.instance(), language)
    assert QGuiApplication.primaryScreen().availableGeometry().size().toTuple() == (1366, 768)
    window = _main_window(db_path, qtbot)
    try:
        view, model = window.plan_view, window.plan_model
        names = view.header().sectionSize(0)
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            assert view.visualRect(index).left() + view.sizeHintForIndex(index).width() <= names, model.data(index)
        tree, detail = window.splitter.sizes()
        assert detail >= 0.45 * window.width(), (tree, detail)
    finally:
        window.database.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_first_contact_package_keeps_five_records_in_sight_at_1024x600(language: str, tmp_path: Path,
                                                                          qtbot) -> None:
    """The sender's box (fingerprint, the box to tick) and the summary above the list of records
    give way on a short screen; the list keeps five rows in sight (it kept one and a half)."""
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n
    from cicte_desktop.sync.import_plan import plan_import
    from cicte_desktop.sync.package_reader import read_package
    from cicte_desktop.services.events import writing as events_writing
    from cicte_desktop.views.package_import import PackageImportDialog
    from tests.sync_helpers import close_all, event_input, export, first_activity, make_device

    i18n.install(QCoreApplication.instance(), language)
    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters", trusting=False)
    for i in range(6):
        events_writing.log_event(laptop.db, event_input(first_activity(laptop.db), f"Taller nacional {i}",
                                                   people=(f"Ana Pérez {i}",)))
    path = export(laptop, hq, tmp_path)
    try:
        with read_package(path) as package:
            plan = plan_import(hq.db, package)
        dialog = PackageImportDialog(plan, {})
        qtbot.addWidget(dialog)
        assert dialog.sender_box is not None  # first contact: the fingerprint to compare
        dialog.tabs.setCurrentIndex(1)
        assert dialog.minimumSizeHint().height() <= FIT.height()
        dialog.show()
        dialog.resize(dialog.size().boundedTo(FIT))  # as a 1024x600 screen would have it
        QGuiApplication.processEvents()
        assert _visible_in(dialog.import_button, dialog) and _visible_in(dialog.trust_check, dialog)
        changes = dialog.changes
        assert changes.rowCount() >= 12
        shown_rows = changes.viewport().height() / changes.rowHeight(0)
        assert shown_rows >= 5, shown_rows
        assert _visible_in(changes, dialog)
        assert _visible_in(dialog.tabs, dialog)
    finally:
        close_all(laptop, hq)
