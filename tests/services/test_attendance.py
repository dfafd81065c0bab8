"""Attendance sheets: columns guessed in English and Spanish, problems shown, nothing kept
until confirmed (the form saves), bad files refused in words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from cicte_desktop.services import attendance
from cicte_desktop.services.attachments import store_file, stored_path
from cicte_desktop.services.events.inputs import ParticipantInput


def write_sheet(path: Path, rows: list[list[object]], title_rows: int = 0) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for _ in range(title_rows):
        sheet.append(["Lista de asistencia — Taller nacional, Kingston"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def below_headings(sheet: attendance.Sheet, rows: list[attendance.PreviewRow]) -> list[attendance.PreviewRow]:
    return [row for row in rows if row.row_number > sheet.header_row]


ENGLISH = [
    ["Name", "Sex", "Institution", "Country", "Position", "E-mail", "Phone"],
    ["Ana Pérez", "F", "Coast Guard", "Jamaica", "Lieutenant", "ana@example.org", "+1 876 555 0101"],
    ["John Brown", "male", "Customs", "Jamaica", "Officer", "john@example.org", ""],
    ["", "F", "Port Authority", "Jamaica", "", "", ""],
    ["Marie Joseph", "X", "Police", "Haiti", "", "", ""],
    ["Ana Pérez", "F", "Coast Guard", "Jamaica", "Lieutenant", "ana@example.org", ""],
    ["Kofi Mensah", "", "Ministry of National Security", "Jamaica", "", "", ""],
]
SPANISH = [
    ["Nombre completo", "Sexo", "Institución", "País", "Cargo", "Correo electrónico", "Teléfono"],
    ["María Fernández", "Mujer", "Armada", "Panamá", "Capitana", "maria@example.org", "+507 6000 0000"],
    ["Carlos Ñúñez", "Hombre", "Aduanas", "Panamá", "Inspector", "", ""],
    ["Lucía Gómez", "femenino", "Policía", "Costa Rica", "", "", ""],
]


def test_english_headers_are_understood(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_sheet(tmp_path / "list.xlsx", ENGLISH))
    mapping = attendance.guess_mapping(sheet.headers)
    assert mapping == {"name": 0, "sex": 1, "institution": 2, "country": 3, "position": 4, "email": 5, "phone": 6}
    rows = below_headings(sheet, attendance.preview(sheet, mapping, []))
    # "X" is imported with sex not recorded (and a warning), never dropped
    assert [(r.row_number, r.importable) for r in rows] == [(2, True), (3, True), (4, False), (5, True), (6, False),
                                                             (7, True)]
    assert rows[0].participant == ParticipantInput(None, "Ana Pérez", "F", "Coast Guard", "Jamaica", "Lieutenant",
                                                   "ana@example.org", "+1 876 555 0101")
    assert rows[1].participant.sex == "M" and rows[5].participant.sex is None  # empty: not recorded
    assert rows[2].problems == ["no name"]
    assert "not understood" in rows[3].problems[0]
    assert rows[4].problems == ["Ana Pérez is listed twice in the sheet (also row 2)"]  # not "on the roster"


def test_spanish_headers_under_a_title_row(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_sheet(tmp_path / "lista.xlsx", SPANISH, title_rows=2))
    mapping = attendance.guess_mapping(sheet.headers)
    assert mapping == {"name": 0, "sex": 1, "institution": 2, "country": 3, "position": 4, "email": 5, "phone": 6}
    rows = below_headings(sheet, attendance.preview(sheet, mapping, []))
    assert [(r.participant.name, r.participant.sex) for r in rows] == [
        ("María Fernández", "F"), ("Carlos Ñúñez", "M"), ("Lucía Gómez", "F")]


def test_people_already_on_the_roster_are_flagged(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_sheet(tmp_path / "lista.xlsx", SPANISH))
    roster = [ParticipantInput("p1", "maria fernandez", "F", email="maria@example.org")]
    rows = below_headings(sheet, attendance.preview(sheet, attendance.guess_mapping(sheet.headers), roster))
    assert [r.importable for r in rows] == [False, True, True]


@pytest.mark.parametrize("value, expected", [("F", "F"), ("Mujer", "F"), ("female", "F"), ("M", "M"),
                                             ("Hombre", "M"), ("MASCULINO", "M"), ("", None)])
def test_sex_values(value: str, expected: str | None) -> None:
    assert attendance.read_sex(value) == (expected, True)


def test_bad_files_are_refused_in_words(tmp_path: Path) -> None:
    garbage = tmp_path / "list.xlsx"
    garbage.write_bytes(b"this is not a workbook")
    with pytest.raises(attendance.AttendanceSheetError, match="could not be read as an Excel workbook"):
        attendance.read_sheet(garbage)
    budget = write_sheet(tmp_path / "budget.xlsx", [["Item", "Amount"], ["Flights", 1200]])
    with pytest.raises(attendance.AttendanceSheetError, match="is it an attendance list"):
        attendance.read_sheet(budget)


def test_attachments_are_stored_once_by_checksum(tmp_path: Path) -> None:
    source = tmp_path / "agenda.pdf"
    source.write_bytes(b"%PDF-1.4 agenda")
    first = store_file(tmp_path / "data", source)
    copy = tmp_path / "agenda (copy).pdf"
    copy.write_bytes(source.read_bytes())
    second = store_file(tmp_path / "data", copy)
    assert first.sha256 == second.sha256 and first.media_type == "application/pdf" and first.size_bytes == 15
    stored = stored_path(tmp_path / "data", first.sha256)
    assert stored.read_bytes() == b"%PDF-1.4 agenda"
    assert len(list(stored.parent.iterdir())) == 1


# --- A real sheet, as trainers receive them ------------------------------------------------------

MESSY_HEADER_ROW = 5


def write_messy_sheet(path: Path) -> Path:
    """A Spanish attendance sheet as it arrives: merged title rows, a date line, a blank row, the
    headings, a numbering column, accents, sex and countries in four languages, a formula-like
    name, a control character, a person listed twice, pre-numbered empty rows, a subtotal and a
    total row, and a signature line."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Asistencia"
    sheet["A1"] = "ORGANIZACIÓN DE LOS ESTADOS AMERICANOS — CICTE"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "Lista de asistencia — Taller subregional de seguridad portuaria"
    sheet.merge_cells("A2:H2")
    sheet["A3"] = "Fecha: 12 de mayo de 2016"
    sheet["E3"] = "Lugar: Kingston, Jamaica"
    rows: list[list[object]] = [
        ["N°", "Nombre y apellido", "Sexo (M/F)", "Institución", "País", "Cargo", "Correo electrónico", "Teléfono"],
        [1, "María Fernández", "Mujer", "Armada", "Panamá", "Capitana", "maria@example.org", "+507 6000 0000"],
        [2, "Carlos Ñúñez", "Hombre", "Aduanas", "PAN", "Inspector", None, 5076000001],
        [3, "Marie-Claude Joseph", "Femme", "Police nationale", "Haïti", None, None, None],
        [4, "João Silva", "Masculino", "Polícia Federal", "Brasil", "Agente", None, None],
        [5, "Alex Rivera", "X", "Ministerio de Seguridad", "Costa Rica", None, None, None],
        [6, "Kim Thompson", None, "Coast Guard", "JM", "Lieutenant", None, None],
        [None] * 8,
        [7, '=HYPERLINK("http://example.org/x","Pedro")', "M", "Policía", "Haití", None, None, None],
        # A control character as Excel writes it (openpyxl refuses to write the character itself)
        [8, "Ana_x0007_ Gómez", "Feminino", "Marinha", "Estados Unidos", None, None, None],
        [9, "María Fernández", "F", "Armada", "Panamá", "Capitana", "maria@example.org", None],
        [10, "Jean Baptiste", "Homme", "Douanes", "Atlantis", None, None, None],
        [11, None, None, None, None, None, None, None],
        [12, None, None, None, None, None, None, None],
        ["Subtotal", None, 4, None, None, None, None, None],
        ["Total participantes: 9", None, None, None, None, None, None, None],
        [None, None, None, None, "Firma del coordinador: ____________", None, None, None],
    ]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=MESSY_HEADER_ROW + offset, column=column, value=value)
    sheet.merge_cells(f"A{MESSY_HEADER_ROW + 15}:H{MESSY_HEADER_ROW + 15}")  # the total row
    workbook.save(path)
    return path


MEMBER_STATES = [("BRA", "Brazil"), ("CRI", "Costa Rica"), ("HTI", "Haiti"), ("JAM", "Jamaica"),
                 ("PAN", "Panama"), ("TTO", "Trinidad and Tobago"), ("USA", "United States"), ("MEX", "Mexico"),
                 ("CAN", "Canada"), ("KNA", "Saint Kitts and Nevis")]


def messy_preview(tmp_path: Path, roster: list[ParticipantInput] | None = None,
                  keep: frozenset[int] = frozenset()) -> dict[int, attendance.PreviewRow]:
    sheet = attendance.read_sheet(write_messy_sheet(tmp_path / "asistencia.xlsx"))
    rows = attendance.preview(sheet, attendance.guess_mapping(sheet.headers), roster or [],
                              member_states=MEMBER_STATES, keep=keep)
    return {row.row_number: row for row in rows}


def test_title_blank_numbering_subtotal_and_total_rows_are_skipped_with_why(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_messy_sheet(tmp_path / "asistencia.xlsx"))
    assert sheet.header_row == MESSY_HEADER_ROW  # found below the merged title rows
    assert attendance.guess_mapping(sheet.headers) == {
        "name": 1, "sex": 2, "institution": 3, "country": 4, "position": 5, "email": 6, "phone": 7}
    rows = messy_preview(tmp_path)
    h = MESSY_HEADER_ROW
    imported = [n for n, r in rows.items() if r.decision == attendance.IMPORT]
    assert imported == [h + 1, h + 2, h + 3, h + 4, h + 5, h + 6, h + 11]
    assert not any("Total" in r.participant.name for r in rows.values() if r.participant and r.importable)
    why = {n: r.problems[0] for n, r in rows.items() if r.decision == attendance.SKIP}
    assert why[1].startswith("title") and why[2].startswith("title") and why[3].startswith("title")
    assert why[4] == "blank row" and why[h + 7] == "blank row"
    assert why[h] == "column headings"
    assert why[h + 12] == why[h + 13] == "only a number, no person"
    assert why[h + 14] == "subtotal row"
    assert why[h + 15] == "total row"
    assert why[h + 16].startswith("heading or note")
    assert rows[h + 2].participant.phone == "5076000001"  # a number read as the digits typed


@pytest.mark.parametrize("value, expected", [
    ("Mujer", "F"), ("HOMBRE", "M"), ("F", "F"), ("M", "M"), ("f.", "F"), ("Fem.", "F"), ("Masc.", "M"),
    ("Femenino", "F"), ("Masculino", "M"), ("Femme", "F"), ("Homme", "M"), ("féminin", "F"), ("Masculin", "M"),
    ("Feminino", "F"), ("Mulher", "F"), ("Homem", "M"), ("H", "M"), ("Female", "F"), ("Male", "M")])
def test_sex_words_in_four_languages(value: str, expected: str) -> None:
    assert attendance.read_sex(value) == (expected, True)


def test_unknown_or_blank_sex_is_not_recorded_with_a_warning_never_dropped(tmp_path: Path) -> None:
    rows = messy_preview(tmp_path)
    h = MESSY_HEADER_ROW
    x, blank = rows[h + 5], rows[h + 6]
    assert x.decision == blank.decision == attendance.IMPORT
    assert x.participant.name == "Alex Rivera" and x.participant.sex is None
    assert blank.participant.name == "Kim Thompson" and blank.participant.sex is None
    assert x.problems == ["sex “X” not understood: imported as not recorded"]
    assert blank.problems == ["sex blank: imported as not recorded"]
    assert [rows[h + n].participant.sex for n in (1, 2, 3, 4, 11)] == ["F", "M", "F", "M", "M"]


def test_formula_like_and_control_character_names_are_flagged_and_kept_only_when_asked(tmp_path: Path) -> None:
    h = MESSY_HEADER_ROW
    rows = messy_preview(tmp_path)
    formula, control = rows[h + 8], rows[h + 9]
    assert formula.decision == control.decision == attendance.SKIP
    assert formula.keepable and control.keepable
    assert formula.problems == ['“=HYPERLINK("http://example.org/x","Pedro")” starts with “=”, like a spreadsheet '
                                'formula: skipped unless you keep it']
    assert control.problems == ["“Ana Gómez” holds a control character: skipped unless you keep it"]
    kept = messy_preview(tmp_path, keep=frozenset({h + 8, h + 9}))
    assert kept[h + 8].decision == kept[h + 9].decision == attendance.IMPORT
    assert kept[h + 8].participant.name == '=HYPERLINK("http://example.org/x","Pedro")'  # as text
    assert kept[h + 9].participant.name == "Ana Gómez"
    assert not rows[h + 1].keepable  # only such names can be kept
    assert messy_preview(tmp_path, keep=frozenset({h + 14}))[h + 14].decision == attendance.SKIP  # a subtotal


def test_duplicates_in_the_sheet_and_on_the_roster_are_told_apart(tmp_path: Path) -> None:
    h = MESSY_HEADER_ROW
    rows = messy_preview(tmp_path)
    assert rows[h + 1].decision == attendance.IMPORT
    assert rows[h + 10].decision == attendance.SKIP
    assert rows[h + 10].problems == [f"María Fernández is listed twice in the sheet (also row {h + 1})"]
    on_roster = messy_preview(tmp_path, roster=[ParticipantInput("p1", "Maria Fernandez", "F",
                                                                 email="maria@example.org")])
    assert on_roster[h + 1].problems == ["María Fernández is already on the roster"]
    assert on_roster[h + 10].problems == ["María Fernández is already on the roster"]


def test_countries_in_four_languages_and_codes_map_to_member_states(tmp_path: Path) -> None:
    h = MESSY_HEADER_ROW
    rows = messy_preview(tmp_path)
    assert [rows[h + n].participant.country for n in (1, 2, 3, 4, 5, 6)] == [
        "Panama", "Panama", "Haiti", "Brazil", "Costa Rica", "Jamaica"]
    assert rows[h + 11].participant.country == "Atlantis"  # kept as typed, and flagged
    assert rows[h + 11].problems == ["country “Atlantis” is not a member state: kept as typed"]
    for typed, expected in [("Trinidad y Tobago", "Trinidad and Tobago"), ("Trinité-et-Tobago", "Trinidad and Tobago"),
                            ("Estados Unidos", "United States"), ("États-Unis", "United States"),
                            ("EE. UU.", "United States"), ("Méjico", "Mexico"), ("Mexique", "Mexico"),
                            ("Canadá", "Canada"), ("San Cristóbal y Nieves", "Saint Kitts and Nevis"),
                            ("São Cristóvão e Névis", "Saint Kitts and Nevis"), ("Brésil", "Brazil"),
                            ("bra", "Brazil"), ("BR", "Brazil"), ("tto", "Trinidad and Tobago"),
                            ("Haití", "Haiti"), ("HT", "Haiti")]:
        assert attendance.match_country(typed, MEMBER_STATES) == expected, typed
    assert attendance.match_country("Atlantis", MEMBER_STATES) is None
    assert attendance.match_country("Spain", MEMBER_STATES) is None


def test_every_mapped_column_is_in_the_preview_values(tmp_path: Path) -> None:
    h = MESSY_HEADER_ROW
    rows = messy_preview(tmp_path)
    assert rows[h + 1].values == {"name": "María Fernández", "sex": "Mujer", "institution": "Armada",
                                  "country": "Panamá", "position": "Capitana", "email": "maria@example.org",
                                  "phone": "+507 6000 0000"}


def test_the_preview_dialog_shows_every_row_every_mapped_column_and_keeps_what_is_ticked(tmp_path: Path,
                                                                                          qtbot) -> None:
    from PySide6.QtCore import Qt

    from cicte_desktop.views.attendance_import import AttendanceImportDialog

    h = MESSY_HEADER_ROW
    sheet = attendance.read_sheet(write_messy_sheet(tmp_path / "asistencia.xlsx"))
    dialog = AttendanceImportDialog(sheet, [], None, MEMBER_STATES)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Row", "Decision", "Keep", "Problems", "Name", "Sex", "Institution", "Country", "Position",
                       "E-mail", "Phone"]

    def shown_row(number: int) -> dict[str, str]:
        row = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == str(number)][0]
        return {header: dialog.table.item(row, c).text() for c, header in enumerate(headers)}

    assert dialog.table.rowCount() == h + 16  # every row of the sheet, the skipped ones too
    assert shown_row(h + 15)["Decision"] == "Skip"
    assert shown_row(h + 15)["Problems"] == "total row: Total participantes: 9"  # why, and what the row says
    assert shown_row(2)["Problems"] == ("title above the column headings: Lista de asistencia — Taller subregional "
                                        "de seguridad portuaria")
    assert shown_row(h + 6) == {"Row": str(h + 6), "Decision": "Import", "Keep": "", "Name": "Kim Thompson",
                                "Sex": "not recorded", "Institution": "Coast Guard", "Country": "Jamaica",
                                "Position": "Lieutenant", "E-mail": "", "Phone": "",
                                "Problems": "sex blank: imported as not recorded"}
    assert shown_row(h + 1)["Country"] == "Panama" and shown_row(h + 1)["Phone"] == "+507 6000 0000"
    assert len(dialog.people()) == 7
    formula = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == str(h + 8)][0]
    keep = dialog.table.item(formula, 2)
    assert keep.flags() & Qt.ItemFlag.ItemIsUserCheckable and keep.checkState() == Qt.CheckState.Unchecked
    keep.setCheckState(Qt.CheckState.Checked)  # the user ticks "keep"
    assert shown_row(h + 8)["Decision"] == "Import"
    assert '=HYPERLINK("http://example.org/x","Pedro")' in [p.name for p in dialog.people()]
    total_keep = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == str(h + 15)][0]
    assert not dialog.table.item(total_keep, 2).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_the_command_line_prints_the_same_preview_for_scripts(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    h = MESSY_HEADER_ROW
    sheet = write_messy_sheet(tmp_path / "asistencia.xlsx")
    result = run_cli("--db", str(tmp_path / "cicte.sqlite"), "attendance", str(sheet), "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["header_row"] == h
    assert printed["mapping"][0] == {"column": "B", "header": "Nombre y apellido", "field": "name"}
    assert [m["field"] for m in printed["mapping"]] == list(attendance.FIELDS)
    rows = {row["row"]: row for row in printed["rows"]}
    assert sorted(rows) == list(range(1, h + 17))  # every row of the sheet
    assert rows[h + 15] == {"row": h + 15, "decision": "skip", "values": dict.fromkeys(attendance.FIELDS, ""),
                            "problems": ["total row"],
                            "cells": {"A": "Total participantes: 9"}}
    assert rows[h + 5]["decision"] == "import"
    assert rows[h + 5]["values"]["sex"] == "X" and rows[h + 5]["imported_as"]["sex"] is None
    assert rows[h + 5]["problems"] == ["sex “X” not understood: imported as not recorded"]
    assert rows[h + 4]["imported_as"]["country"] == "Brazil" and rows[h + 4]["values"]["country"] == "Brasil"
    assert rows[h + 8]["decision"] == "skip" and rows[h + 8]["values"]["name"].startswith("=HYPERLINK(")
    assert rows[1]["cells"] == {"A": "ORGANIZACIÓN DE LOS ESTADOS AMERICANOS — CICTE"}
    assert (printed["import"], printed["skip"]) == (7, h + 16 - 7)
    lines = run_cli("--db", str(tmp_path / "cicte.sqlite"), "attendance", str(sheet))
    assert lines.returncode == 0 and f"  row {h + 15}: skip (total row)" in lines.stdout.splitlines()


def test_hostile_attendance_files_are_refused_in_words(tmp_path: Path) -> None:
    import zipfile

    sheet = write_messy_sheet(tmp_path / "asistencia.xlsx")
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(sheet.read_bytes()[: sheet.stat().st_size // 2])
    with pytest.raises(attendance.AttendanceSheetError, match="damaged.xlsx could not be read as an Excel workbook"):
        attendance.read_sheet(damaged)
    entities = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(sheet) as source, zipfile.ZipFile(entities, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + data
            target.writestr(info, data)
    with pytest.raises(attendance.AttendanceSheetError, match="declares a document type or entities"):
        attendance.read_sheet(entities)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(sheet) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info))
        target.writestr("xl/media/padding.xml", b"<a>" + b" " * (200 << 20) + b"</a>")
    with pytest.raises(attendance.AttendanceSheetError, match="zip bomb"):
        attendance.read_sheet(bomb)


def test_a_total_after_a_number_is_still_a_total(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_sheet(tmp_path / "list.xlsx", [
        ["No.", "Name", "Sex"], [1, "Ana Pérez", "F"], [2, "TOTAL", 1], [None, "Sous-total", None],
        ["", "Totales:", 1]]))
    rows = below_headings(sheet, attendance.preview(sheet, attendance.guess_mapping(sheet.headers), []))
    assert [(r.decision, r.problems) for r in rows] == [
        ("import", []), ("skip", ["total row"]), ("skip", ["subtotal row"]), ("skip", ["total row"])]


def test_the_same_person_without_an_e_mail_the_second_time_is_a_duplicate(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_sheet(tmp_path / "list.xlsx", [
        ["Nombre", "Correo"], ["Ana Pérez", "ana@example.org"], ["ANA PEREZ", None],
        ["Ana Pérez", "other.ana@example.org"], ["Luis Díaz", None]]))
    rows = below_headings(sheet, attendance.preview(sheet, attendance.guess_mapping(sheet.headers), [
        ParticipantInput("p1", "Luis Diaz", "M", email="luis@example.org")]))
    assert [(r.decision, r.problems) for r in rows] == [
        ("import", []), ("skip", ["ANA PEREZ is listed twice in the sheet (also row 2)"]),
        ("import", []),  # a namesake with another address
        ("skip", ["Luis Díaz is already on the roster"])]


def _preview_dialog(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from cicte_desktop.views.attendance_import import AttendanceImportDialog

    sheet = attendance.read_sheet(write_messy_sheet(tmp_path / "asistencia.xlsx"))
    dialog = AttendanceImportDialog(sheet, [], None, MEMBER_STATES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _table_row(dialog, number: int) -> int:  # type: ignore[no-untyped-def]
    return [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == str(number)][0]


def test_skipped_rows_show_the_matched_values_that_would_be_stored(tmp_path: Path, qtbot) -> None:
    """A row skipped (a formula-like name, a control character, a duplicate) shows what keeping
    it would store, as the imported rows do: "Haití" as the member state Haiti, not as typed."""
    h = MESSY_HEADER_ROW
    rows = messy_preview(tmp_path)
    assert rows[h + 8].decision == attendance.SKIP and rows[h + 8].participant.country == "Haiti"
    assert rows[h + 10].decision == attendance.SKIP and rows[h + 10].participant.country == "Panama"
    assert not rows[h + 10].importable  # still skipped: shown, never imported
    dialog = _preview_dialog(tmp_path, qtbot)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]

    def cell(number: int, header: str) -> str:
        return dialog.table.item(_table_row(dialog, number), headers.index(header)).text()

    assert cell(h + 8, "Country") == "Haiti" and cell(h + 8, "Decision") == "Skip"
    assert dialog.table.item(_table_row(dialog, h + 8), headers.index("Country")).toolTip() == "In the sheet: Haití"
    assert (cell(h + 9, "Sex"), cell(h + 9, "Country")) == ("F", "United States")  # "Feminino", "Estados Unidos"
    assert cell(h + 10, "Country") == cell(h + 1, "Country") == "Panama"
    dialog.set_kept(h + 8, True)
    assert cell(h + 8, "Country") == "Haiti" and cell(h + 8, "Decision") == "Import"  # the same once kept
    assert len(dialog.people()) == 8


def test_the_preview_shows_every_problem_whole_and_keeps_row_and_decision_in_view(tmp_path: Path, qtbot) -> None:
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    h = MESSY_HEADER_ROW
    dialog = _preview_dialog(tmp_path, qtbot)
    table = dialog.table
    problems = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index("Problems")
    # Each problem wrapped in its cell, the row as high as the whole text (nothing cut with "…")
    for row in range(table.rowCount()):
        index = table.model().index(row, problems)
        option = QStyleOptionViewItem()
        option.font = table.font()
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, table.columnWidth(problems), 10_000)
        needed = table.itemDelegate().sizeHint(option, index).height()
        assert table.rowHeight(row) >= needed, (table.item(row, problems).text(), table.rowHeight(row), needed)
    longest = max(range(table.rowCount()), key=lambda r: table.fontMetrics().horizontalAdvance(
        table.item(r, problems).text()))
    assert table.fontMetrics().horizontalAdvance(table.item(longest, problems).text()) > table.columnWidth(problems)
    assert table.rowHeight(longest) > table.rowHeight(_table_row(dialog, h + 1))  # it wraps: the row grew
    # On a 1366-pixel screen the dialog takes the room it needs: every column in sight, no scrolling
    assert dialog.width() > 1100
    assert table.horizontalScrollBar().maximum() == 0
    # Narrower (a 1024-pixel screen): scrolled to the far right, Row and Decision are still there
    dialog.resize(1000, 560)
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0)
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    row = _table_row(dialog, h + 8)
    for column in (0, 1):
        point = QPoint(table.columnViewportPosition(column) + table.horizontalScrollBar().value() + 4,
                       table.rowViewportPosition(row) + 4)
        under = table.childAt(table.viewport().mapTo(table, point))
        assert under is table.frozen.viewport(), under
        index = table.frozen.indexAt(table.frozen.viewport().mapFrom(table, table.viewport().mapTo(table, point)))
        assert (index.row(), index.column()) == (row, column)
    assert table.frozen.model().index(row, 0).data() == str(h + 8)
    assert table.frozen.model().index(row, 1).data(Qt.ItemDataRole.DisplayRole) == "Skip"
    assert [table.frozen.isColumnHidden(c) for c in range(table.columnCount())] == [False] * 3 + [True] * (
        table.columnCount() - 3)
