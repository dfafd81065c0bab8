"""Counts read as a person writes them: "1 change", "2 changes", "1 cambio", "2 cambios" — in the
window, on the command line and in the reports, in English as in the other languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cicte_desktop import i18n, i18n_catalog
from cicte_desktop.services import workplan
from cicte_desktop.services.figures import Summary
from tests.conftest import run_cli
from tests.helpers import add_event

# --- the catalogue -----------------------------------------------------------------------------


def test_the_catalogue_finds_counted_messages_of_plural_helpers_and_wants_english_forms() -> None:
    source = '''
from PySide6.QtCore import QCoreApplication
def _tr(text):
    return QCoreApplication.translate("CommandLine", text)
def _trn(text, n):
    return QCoreApplication.translate("CommandLine", text, None, n)
class Form:
    def build(self, count):
        _trn("%n event(s)", count)
        _tr("Wrote {path}: {events}.")
        self.tr("%n change(s)", "", count)
        self.tr("{count} file(s)")
'''
    found = i18n_catalog.scan_source(source, "__main__.py")
    counted = {(m.source, m.numerus) for m in found.messages}
    assert counted == {("%n event(s)", True), ("Wrote {path}: {events}.", False), ("%n change(s)", True),
                       ("{count} file(s)", False)}


def test_the_check_wants_english_plural_forms_and_no_count_without_them(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = i18n_catalog.Catalogue([i18n_catalog.Message("Ctx", "%n change(s)", "x.py", 1, True),
                                        i18n_catalog.Message("Ctx", "{count} file(s)", "x.py", 2)])
    monkeypatch.setattr(i18n_catalog, "scan", lambda: catalogue)
    monkeypatch.setattr(i18n_catalog, "ts_path", lambda language: tmp_path / f"cicte_{language}.ts")
    i18n_catalog.update()
    english = i18n_catalog.read_ts(tmp_path / "cicte_en.ts")
    assert list(english) == [("Ctx", "%n change(s)")]  # English holds the counted messages only
    problems = i18n_catalog.problems()
    assert "en: unfinished [Ctx] '%n change(s)'" in problems
    assert any("a count needs plural forms" in p and "{count} file(s)" in p for p in problems)


def test_every_counted_message_has_a_singular_and_a_plural_in_every_language(qapp) -> None:
    counted = {(m.context, m.source) for m in i18n_catalog.scan().messages if m.numerus}
    assert len(counted) >= 20
    for language in ("en", "es", "fr", "pt"):
        catalogue = i18n.translator(language)
        assert catalogue is not None, language
        written = i18n_catalog.read_ts(i18n_catalog.ts_path(language))
        for context, source in counted:
            one, two = catalogue.translate(context, source, None, 1), catalogue.translate(context, source, None, 2)
            assert [one, two] == written[(context, source)].forms, (language, source, one, two)
            assert "(s)" not in one + two and ("%n" in two or "%Ln" in two), (language, source, one, two)
            if language == "fr":  # French: 0 is singular too
                assert catalogue.translate(context, source, None, 0) == one


def test_an_export_in_another_language_than_the_windows_counts_in_its_own(qapp) -> None:
    i18n.install(qapp, "es")
    with i18n.using_language("en"):
        assert i18n.translate("PackageImportDialog", "%n record(s) are here already under another identity and "
                              "are left as they are.", 1).startswith("1 record is here")
    i18n.install(qapp, "en")
    with i18n.using_language("es"):
        assert i18n.translate("PdfReport", "%Ln women", 1) == "1 mujer"
        assert i18n.translate("PdfReport", "%Ln women", 2) == "2 mujeres"


# --- the package preview -----------------------------------------------------------------------


def _preview(tmp_path: Path, qtbot, renamed: int):  # type: ignore[no-untyped-def]
    from cicte_desktop.db import models as m
    from cicte_desktop.sync.import_plan import plan_import
    from cicte_desktop.sync.package_reader import read_package
    from cicte_desktop.views.package_import import PackageImportDialog
    from tests.sync_helpers import close_all, export, make_device

    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    with laptop.db.write() as s:
        for iso in ("JAM", "BRB")[:renamed]:
            state = s.query(m.MemberState).filter_by(iso3=iso).one()
            state.name += " (renamed on a laptop)"
    path = export(laptop, hq, tmp_path)
    try:
        with read_package(path) as package:
            dialog = PackageImportDialog(plan_import(hq.db, package), {})
            qtbot.addWidget(dialog)
            return dialog.notes.text()
    finally:
        close_all(laptop, hq)


@pytest.mark.parametrize(("language", "renamed", "expected"), [
    ("en", 1, "1 change in this package may not be made from Laptop A and will be left out"),
    ("en", 2, "2 changes in this package may not be made from Laptop A and will be left out"),
    ("es", 1, "1 cambio de este paquete no puede hacerse desde Laptop A"),
    ("es", 2, "2 cambios de este paquete no pueden hacerse desde Laptop A"),
])
def test_the_package_preview_says_1_change_and_2_changes(language: str, renamed: int, expected: str, qapp, qtbot,
                                                        tmp_path: Path) -> None:
    i18n.install(qapp, language)
    notes = _preview(tmp_path, qtbot, renamed)
    assert expected in notes, notes
    assert "(s)" not in notes


# --- the command line --------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Added 1 demo event to", "Added 2 demo events to"]),
    ("es", ["Se agregó 1 evento de demostración a", "Se agregaron 2 eventos de demostración a"]),
])
def test_the_command_line_counts_in_singular_and_plural(language: str, expected: list[str], tmp_path: Path) -> None:
    for count, words in zip((1, 2), expected, strict=True):
        db_path = tmp_path / f"{language}{count}.sqlite"
        result = run_cli("--db", str(db_path), "--lang", language, "demo-data", "--events", str(count))
        assert result.returncode == 0, result.stderr
        assert words in result.stdout, result.stdout
    out = tmp_path / "one.xlsx"
    db_path = tmp_path / f"{language}1.sqlite"
    result = run_cli("--db", str(db_path), "--lang", language, "export", "xlsx", "--year", "2016", "--out", str(out))
    assert result.returncode == 0, result.stderr
    events = result.stdout.rsplit(":", 1)[-1]
    assert "(s)" not in events and " 1 events" not in events and " 1 eventos" not in events


# --- the PDF report ----------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Participants: 3 (1 woman, 2 men)"), ("es", "(1 mujer, 2 hombres)"),
])
def test_the_pdf_summary_says_1_woman_2_men(language: str, expected: str, db, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from cicte_desktop.exports.pdf import ReportOptions, export_report

    activity = workplan.get_work_plan(db).activities()[0].uuid
    add_event(db, activity, title="Workshop", start=dt.date(2016, 3, 3), women=1, men=2)
    out = tmp_path / f"{language}.pdf"
    export_report(db, ReportOptions("semiannual", dt.date(2016, 1, 1), dt.date(2016, 6, 30), language=language,
                                    issued=dt.date(2016, 7, 15)), out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert expected in " ".join(text.split())
    assert "1 women" not in text and "1 mujeres" not in text


# --- the detail pane -----------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "one", "two"), [
    ("en", "1 member state reached", "2 member states reached"),
    ("es", "1 Estado Miembro alcanzado", "2 Estados Miembros alcanzados"),
])
def test_the_detail_pane_says_1_member_state_reached(language: str, one: str, two: str, qapp, qtbot) -> None:
    from cicte_desktop.views.detail_pane import DetailPane

    i18n.install(qapp, language)
    pane = DetailPane()
    qtbot.addWidget(pane)
    for states, words in ((["JAM"], one), (["JAM", "BRB"], two)):
        summary = Summary({"completed": 1}, women=1, men=0, member_states=states)
        pane.show_item(breadcrumb=[], kind="", title="", target="", progress=None, summary=summary, mandates=[],
                       note=None)
        assert words in pane.people_line.text(), pane.people_line.text()


# --- the PDF preview when no viewer opens ---------------------------------------------------------


def test_the_pdf_preview_says_where_the_report_is_when_no_viewer_opens(tmp_path: Path, qtbot,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from cicte_desktop.views import pdf_preview

    asked: list[QUrl] = []
    monkeypatch.setattr(pdf_preview, "qtpdf_available", lambda: False)  # as installed: no PySide6-Addons
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) and False)
    folder = tmp_path / "cicte-report-x"
    folder.mkdir()
    pdf = folder / "CICTE-report-2016-H1.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    preview = pdf_preview.PdfPreview(pdf, folder, pdf.name, tmp_path, 12)
    qtbot.addWidget(preview)
    preview.show_report()
    assert [url.toLocalFile() for url in asked] == [str(pdf)]
    text = preview.message.text()
    assert "open in your PDF viewer" not in text and "No PDF viewer" in text
    assert str(pdf) in text  # where it was written, in words
    assert preview.open_folder_button.isVisible() and preview.open_folder_button.isEnabled()
    preview.open_folder_button.click()
    assert [url.toLocalFile() for url in asked][-1] == str(folder)
    assert "could not be opened either" in preview.message.text() and str(pdf) in preview.message.text()


def test_the_pdf_preview_offers_no_folder_when_the_viewer_opened(tmp_path: Path, qtbot,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from cicte_desktop.views import pdf_preview

    monkeypatch.setattr(pdf_preview, "qtpdf_available", lambda: False)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    preview = pdf_preview.PdfPreview(pdf, tmp_path, pdf.name, tmp_path, 1)
    qtbot.addWidget(preview)
    preview.show_report()
    assert "The report (1 page) is open in your PDF viewer" in preview.message.text()
    assert not preview.open_folder_button.isVisible()


# --- the attendance preview and the event history ---------------------------------------------------


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "1 person will be added to the roster (1 with something to check); 1 row of the sheet will be skipped, "
           "with why."),
    ("es", "Se agregará 1 persona a la lista de participantes (1 con algo que revisar); se omitirá 1 fila de la "
           "hoja, con el motivo."),
])
def test_the_attendance_preview_says_1_person_and_1_row(language: str, expected: str, qapp, qtbot,
                                                        tmp_path: Path) -> None:
    from cicte_desktop.services import attendance
    from cicte_desktop.views.attendance_import import AttendanceImportDialog
    from tests.services.test_attendance import write_sheet

    i18n.install(qapp, language)
    sheet = attendance.read_sheet(write_sheet(tmp_path / "list.xlsx", [
        ["Name", "Sex"], ["Ana Pérez", "X"]]))  # the headings: a row skipped; sex "X": imported, to check
    dialog = AttendanceImportDialog(sheet, [])
    qtbot.addWidget(dialog)
    assert dialog.counts.text().startswith(expected), dialog.counts.text()


def test_the_event_history_counts_1_person_and_2_people(qapp) -> None:
    from cicte_desktop.services.events import inputs
    from tests.sync_helpers import event_input

    event = event_input("a" * 8, "Workshop", people=("Ana Pérez",))
    described = inputs.described(event)
    assert described["participants"] == "1 person"
    assert inputs.described(event_input("a" * 8, "Workshop", people=("Ana", "Kofi")))["participants"] == "2 people"
