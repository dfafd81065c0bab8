"""Exports name the member states in the export's language and sort them in its order; a
workbook exported in one language imports back in another."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cicte_desktop.exports.pdf import ReportOptions, export_report
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.services.events import workbook_import
from tests.helpers import activity_uuid, add_event

D = dt.date
YEAR = ExportOptions(D(2016, 1, 1), D(2016, 12, 31))


@pytest.fixture
def filled(db):
    add_demo_events(db, 300, seed=21, years=(2016,))
    add_event(db, activity_uuid(db, "3 Exercises"), title="Two states", start=D(2016, 3, 3), states=("USA", "BRA"))
    return db


def _rows(path: Path, sheet: str) -> list[tuple]:
    book = load_workbook(path)
    assert sheet in book.sheetnames, book.sheetnames
    rows = [tuple(r) for r in book[sheet].iter_rows(min_row=5, values_only=True)]
    book.close()
    return rows


@pytest.mark.parametrize(("language", "events_sheet", "states_sheet", "both", "order"), [
    ("es", "Eventos", "Por Estado Miembro", "Brasil; Estados Unidos", ("Ecuador", "El Salvador", "Estados Unidos")),
    ("fr", "Événements", "Par État membre", "Brésil; États-Unis", ("Dominique", "Équateur", "États-Unis")),
    ("en", "Events", "By member state", "Brazil; United States", ("Dominican Republic", "Ecuador", "El Salvador")),
])
def test_workbook_names_states_in_its_language_and_order(filled, tmp_path: Path, language, events_sheet,
                                                         states_sheet, both, order) -> None:
    out = tmp_path / f"{language}.xlsx"
    export_workbook(filled, dataclasses.replace(YEAR, language=language), out)
    events = {r[0]: r for r in _rows(out, events_sheet)}
    assert events["Two states"][8] == both  # Events sheet: the states' names, in the language's order
    names = [r[0] for r in _rows(out, states_sheet) if r[1] and len(str(r[1])) == 3]
    assert [n for n in names if n in order] == list(order)  # side by side, in the language's order
    assert names.index(order[0]) + len(order) - 1 == names.index(order[-1])


def test_a_spanish_workbook_imports_back_in_an_english_window(filled, tmp_path: Path) -> None:
    out = tmp_path / "es.xlsx"
    export_workbook(filled, dataclasses.replace(YEAR, language="es"), out)
    preview = workbook_import.preview_import(filled, out)
    assert preview.count(workbook_import.REJECTED) == 0, [r.problems for r in preview.rows if r.problems][:3]
    assert preview.count(workbook_import.UNCHANGED) == len(preview.rows)  # "Brasil; Estados Unidos" read back as BRA, USA


def test_french_member_state_report_names_the_state_in_french(filled, tmp_path: Path) -> None:
    out = tmp_path / "usa.pdf"
    options = ReportOptions("member-state", D(2016, 1, 1), D(2016, 6, 30), issued=D(2016, 7, 15), member_state="USA",
                            language="fr")
    export_report(filled, options, out)
    cover = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "États-Unis" in cover and "United States" not in cover


def test_semiannual_annex_lists_states_in_spanish_order(filled, tmp_path: Path) -> None:
    out = tmp_path / "es.pdf"
    export_report(filled, ReportOptions("semiannual", D(2016, 1, 1), D(2016, 6, 30), issued=D(2016, 7, 15),
                                        language="es"), out)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    annex = text[text.rindex("Antigua y Barbuda (ATG)"):]
    positions = [annex.index(f"{name} ({code})") for name, code in (
        ("Brasil", "BRA"), ("Ecuador", "ECU"), ("El Salvador", "SLV"), ("Estados Unidos", "USA"), ("Granada", "GRD"),
        ("San Vicente y las Granadinas", "VCT"), ("Santa Lucía", "LCA"), ("Surinam", "SUR"))]
    assert positions == sorted(positions)
