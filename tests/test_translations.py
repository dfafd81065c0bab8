"""English, Spanish, French and Portuguese: complete catalogues, the window in Spanish, exports
and the command line in another language, translated titles of the work plan."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from cicte_desktop import i18n, i18n_catalog
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook, period_options
from cicte_desktop.services import workplan
from cicte_desktop.services.events import workbook_import
from tests.conftest import ROOT, run_cli
from tests.helpers import add_event


def test_every_message_has_a_finished_translation_in_spanish_french_and_portuguese() -> None:
    problems = i18n_catalog.problems()
    assert problems == [], "\n".join(problems[:40]) + f"\n... {len(problems)} in all; see python -m cicte_desktop.i18n_catalog"


def test_spanish_says_the_same_thing_the_same_way() -> None:
    """One wording for "not recorded" (the form's "Sin registrar"), "Estados Miembros" with capitals
    as the OAS writes it, and "computadora portátil" for a laptop (never "una portátil")."""
    import re

    spanish = [text for entry in i18n_catalog.read_ts(i18n_catalog.ts_path("es")).values()
               if not entry.obsolete for text in entry.forms]
    assert not [t for t in spanish if "no registrad" in t.lower()]
    assert any(t == "sin registrar" for t in spanish) and any(t == "Sin registrar" for t in spanish)
    member_states = [m for t in spanish for m in re.findall(r"(?i)\bestados? miembros?\b", t)]
    assert member_states and all(re.fullmatch(r"Estados? Miembros?", m) for m in member_states), \
        sorted(set(member_states))
    laptops = [t for t in spanish if "portátil" in t.lower()]
    assert laptops and not [t for t in laptops if re.search(r"(?i)(?<!computadora )(?<!computadoras )portátil", t)]


def test_the_check_finds_strings_not_wrapped_for_translation() -> None:
    source = '''
from PySide6.QtWidgets import QLabel, QPushButton
class Form:
    def build(self, label, name):
        label.setText("Save the event")
        QPushButton(f"Delete {name}")
        label.setToolTip(self.tr("Wrapped, so fine"))
        self.tr(name)
        label.setObjectName("saveButton")
'''
    found = i18n_catalog.scan_source(source, "views/example.py")
    texts = [f.text for f in found.unwrapped]
    assert "Save the event" in texts
    assert any(t.startswith("Delete ") for t in texts)
    assert any("computed text given to translation: name" in t for t in texts)
    assert not any("Wrapped" in t or "saveButton" in t for t in texts)
    assert [(m.context, m.source) for m in found.messages] == [("Form", "Wrapped, so fine")]


def test_the_check_finds_unfinished_and_missing_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = i18n_catalog.Catalogue([i18n_catalog.Message("MainWindow", "&File", "x.py", 1),
                                        i18n_catalog.Message("MainWindow", "&Edit", "x.py", 2)])
    path = tmp_path / "cicte_es.ts"
    i18n_catalog.write_ts(path, "es", catalogue, {})
    entries = i18n_catalog.read_ts(path)
    assert not entries[("MainWindow", "&File")].finished
    monkeypatch.setattr(i18n_catalog, "scan", lambda: catalogue)
    monkeypatch.setattr(i18n_catalog, "ts_path", lambda language: tmp_path / f"cicte_{language}.ts")
    problems = i18n_catalog.problems()
    assert "es: unfinished [MainWindow] '&File'" in problems
    assert any(p.startswith("fr: missing [MainWindow] '&Edit'") for p in problems)


def test_main_window_in_spanish_has_spanish_menus_and_buttons(qapp, db, qtbot) -> None:
    from cicte_desktop.views.event_form import EventForm
    from cicte_desktop.views.main_window import MainWindow

    assert i18n.install(qapp, "es") == "es"
    window = MainWindow(db)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Archivo", "&Edición", "Even&tos"]
    assert window.new_event_action.text() == "&Nuevo evento…"
    # The work plan's own titles, from the seeded translations.
    top = window.plan_model.index(0, 0)
    assert "Controles Fronterizos" in window.plan_model.data(top)
    # Qt's own buttons come from Qt's Spanish catalogue; ours from ours.
    window.plan_view.setCurrentIndex(window.plan_model.index(0, 0))
    window.events.new_event()
    form = window.event_form
    assert isinstance(form, EventForm)
    assert form.save_button.text() == "Guardar"
    assert form.windowTitle() == "Nuevo evento"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


def test_the_language_chosen_in_preferences_is_kept(qapp, db, qtbot, shown_messages) -> None:
    from cicte_desktop.views.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.settings.edit_preferences()
    dialog = window.settings.preferences_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert QSettings().value("language") == "fr"
    assert i18n.preferred_language() == "fr"
    assert "Français" in shown_messages[-1][2]


@pytest.mark.parametrize(("lang_env", "expected"), [("es_MX.UTF-8", "es"), ("pt_BR.UTF-8", "pt"),
                                                    ("fr_CA.UTF-8", "fr"), ("de_DE.UTF-8", "en")])
def test_default_language_is_the_systems_when_it_is_one_of_the_four(lang_env: str, expected: str,
                                                                      tmp_path: Path) -> None:
    env = {**os.environ, "LANG": lang_env, "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", "from cicte_desktop import i18n; print(i18n.preferred_language())"],
                         capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert out.stdout.strip() == expected


def test_export_in_spanish_has_spanish_sheets_headers_and_plan_titles(db, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    activity = workplan.get_work_plan(db).activities()[0].uuid
    add_event(db, activity, title="Taller nacional — Kingston", start=dt.date(2016, 5, 3))
    out = tmp_path / "es.xlsx"
    date_from, date_to = period_options(2016)
    export_workbook(db, ExportOptions(date_from, date_to, language="es"), out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Resumen", "Plan de Trabajo", "Eventos", "Por Estado Miembro"]
    header = [c.value for c in next(book["Eventos"].iter_rows(min_row=4, max_row=4))]
    assert header[:5] == ["Título", "Fecha de inicio", "Fecha de fin", "Tipo", "Estado"]
    assert header[-1] == "ID del evento"
    plan_cells = [c.value for row in book["Plan de Trabajo"].iter_rows() for c in row]
    assert any(isinstance(v, str) and "Controles Fronterizos" in v for v in plan_cells)
    book.close()
    # The window stays English: the export language is the export's own.
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    # And a Spanish workbook imports back into an English window: same event, nothing new.
    preview = workbook_import.preview_import(db, out)
    assert [(row.kind, row.problems) for row in preview.rows] == [("unchanged", [])]


def test_command_line_exports_in_the_language_asked(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db_path = tmp_path / "cli.sqlite"
    out = tmp_path / "fr.xlsx"
    result = run_cli("--db", str(db_path), "--lang", "fr", "export", "xlsx", "--year", "2016", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Écrit" in result.stdout or "écrit" in result.stdout.lower() or str(out) in result.stdout
    book = load_workbook(out, read_only=True)
    assert "Événements" in book.sheetnames
    book.close()
    bad = run_cli("--db", str(db_path), "--lang", "de", "plan")
    assert bad.returncode == 2 and "--lang" in bad.stderr


def test_plan_items_hold_translated_titles_and_fall_back_to_english(db) -> None:
    plan = workplan.get_work_plan(db)
    project = plan.work_areas[0].programs[0].projects[0]
    assert workplan.get_work_plan(db, language="pt").work_areas[0].programs[0].projects[0].title == project.title
    workplan.set_plan_titles(db, project.uuid, {"es": "Evaluaciones de seguridad portuaria", "fr": "", "pt": "  "})
    assert workplan.plan_titles(db, project.uuid) == {"es": "Evaluaciones de seguridad portuaria"}
    spanish = workplan.get_work_plan(db, language="es")
    assert spanish.work_areas[0].programs[0].projects[0].title == "Evaluaciones de seguridad portuaria"
    assert spanish.work_areas[0].title == "Controles Fronterizos"
    assert workplan.get_work_plan(db, language="fr").work_areas[0].programs[0].projects[0].title == project.title
    # Removing a title brings the English back.
    workplan.set_plan_titles(db, project.uuid, {"es": ""})
    assert workplan.get_work_plan(db, language="es").work_areas[0].programs[0].projects[0].title == project.title


def test_translated_titles_are_edited_in_the_window(qapp, db, qtbot, shown_messages) -> None:
    from cicte_desktop.views.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    first_area = window.plan_model.index(0, 0)
    window.plan_view.setCurrentIndex(window.plan_model.index(0, 0, first_area))  # program 1.A
    window.settings.edit_plan_titles()
    dialog = window.settings.titles_dialog
    assert dialog.edits["es"].text() == "Seguridad Marítima"
    dialog.edits["fr"].setText("Sûreté et sécurité maritimes")
    dialog.accept()
    program = window.plan.work_areas[0].programs[0]
    assert workplan.plan_titles(db, program.uuid)["fr"] == "Sûreté et sécurité maritimes"
    assert window.plan_model.item(window.plan_view.currentIndex()).node.uuid == program.uuid


def test_pdf_report_in_portuguese_has_portuguese_headings(db, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from cicte_desktop.exports.pdf import ReportOptions, export_report
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, 60, seed=8, years=(2016,))
    out = tmp_path / "pt.pdf"
    options = ReportOptions("semiannual", dt.date(2016, 1, 1), dt.date(2016, 6, 30), language="pt",
                            issued=dt.date(2016, 7, 15))
    export_report(db, options, out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    portuguese = i18n.translator("pt")
    assert portuguese is not None
    for heading in ("Executive summary", "Charts"):
        translated = portuguese.translate("PdfReport", heading)
        assert translated and translated != heading
        assert translated in text and heading not in text
    assert "Controles Fronteiriços" in text and "15 de julho de 2016" in text
    # The window's language is untouched by the report's.
    assert QCoreApplication.translate("PdfReport", "Charts") == "Charts"


def test_search_finds_plan_items_by_their_translated_titles(db) -> None:
    from cicte_desktop.services import event_search, figures

    plan = workplan.get_work_plan(db)
    maritime = plan.work_areas[0].programs[0]
    no_filter = figures.EventFilter()
    assert maritime.uuid in event_search.search(db, "seguridad marit", no_filter, "es").plan_items
    assert maritime.uuid in event_search.search(db, "Sûreté", no_filter, "fr").plan_items
    assert maritime.uuid not in event_search.search(db, "seguridad marit", no_filter, "en").plan_items
    assert maritime.uuid in event_search.search(db, "maritime", no_filter, "es").plan_items  # English still found


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_menu_accelerators_are_unique_in_every_language(language: str, qapp, db, qtbot) -> None:
    import re

    from cicte_desktop.views.main_window import MainWindow

    i18n.install(qapp, language)
    window = MainWindow(db)
    qtbot.addWidget(window)

    def letters(actions) -> list[str]:  # noqa: ANN001
        found = [re.search(r"&(\w)", a.text().replace("&&", "")) for a in actions if not a.isSeparator()]
        return [m.group(1).casefold() for m in found if m]

    top = window.menuBar().actions()
    assert len(set(letters(top))) == len(letters(top)), [a.text() for a in top]
    for menu_action in top:
        items = menu_action.menu().actions()
        assert len(set(letters(items))) == len(letters(items)), [a.text() for a in items]


def test_a_title_typed_by_a_user_is_kept_when_a_seed_brings_one_for_the_same_item(db_path: Path) -> None:
    import sqlite3

    from cicte_desktop.db.database import open_database
    from cicte_desktop.db import seed

    db = open_database(db_path)
    project = workplan.get_work_plan(db).work_areas[0].programs[0].projects[0]
    workplan.set_plan_titles(db, project.uuid, {"es": "Evaluaciones portuarias (mi versión)"})
    db.close()
    # A later seed translates the same project: the user's title stays, nothing clashes.
    original = seed.seed_rows

    def with_project_title():  # noqa: ANN202
        rows = original()
        from cicte_desktop.db import models as m

        rows[m.PlanTitle.__table__].append({**rows[m.PlanTitle.__table__][0], "item_uuid": project.uuid,
                                             "uuid": seed.plan_title_id(project.uuid, "es"),
                                             "title": "Evaluaciones de seguridad portuaria"})
        return rows

    seed.seed_rows = with_project_title
    try:
        conn = sqlite3.connect(db_path)
        conn.execute("UPDATE local_setting SET value = 'older' WHERE key = 'seed_version'")
        conn.commit()
        conn.close()
        db = open_database(db_path)
    finally:
        seed.seed_rows = original
    assert workplan.plan_titles(db, project.uuid) == {"es": "Evaluaciones portuarias (mi versión)"}
    db.close()


def test_preferences_can_go_back_to_the_systems_language(qapp, db, qtbot, shown_messages) -> None:
    from cicte_desktop.views.main_window import MainWindow

    i18n.set_preferred_language("pt")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.settings.edit_preferences()
    dialog = window.settings.preferences_dialog
    assert dialog.language.currentData() == "pt"
    assert dialog.language.itemText(0) == "The system's language (English)"
    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert QSettings().value("language") is None
    assert i18n.preferred_language() == i18n.system_language() == "en"
