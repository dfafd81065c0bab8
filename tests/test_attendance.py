"""Attendance sheets: columns guessed in English and Spanish, problems shown, nothing kept
until confirmed (the form saves), bad files refused in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from cicte_desktop.services import attendance
from cicte_desktop.services.attachments import store_file, stored_path
from cicte_desktop.services.event_log import ParticipantInput


def write_sheet(path: Path, rows: list[list[object]], title_rows: int = 0) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for _ in range(title_rows):
        sheet.append(["Lista de asistencia — Taller nacional, Kingston"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


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
    rows = attendance.preview(sheet, mapping, [])
    assert [(r.row_number, r.importable) for r in rows] == [(2, True), (3, True), (4, False), (5, False), (6, False),
                                                             (7, True)]
    assert rows[0].participant == ParticipantInput(None, "Ana Pérez", "F", "Coast Guard", "Jamaica", "Lieutenant",
                                                   "ana@example.org", "+1 876 555 0101")
    assert rows[1].participant.sex == "M" and rows[5].participant.sex is None  # empty: not recorded
    assert rows[2].problems == ["no name"]
    assert "not understood" in rows[3].problems[0]
    assert rows[4].problems == ["Ana Pérez is already on the roster"]


def test_spanish_headers_under_a_title_row(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_sheet(tmp_path / "lista.xlsx", SPANISH, title_rows=2))
    mapping = attendance.guess_mapping(sheet.headers)
    assert mapping == {"name": 0, "sex": 1, "institution": 2, "country": 3, "position": 4, "email": 5, "phone": 6}
    rows = attendance.preview(sheet, mapping, [])
    assert [(r.participant.name, r.participant.sex) for r in rows] == [
        ("María Fernández", "F"), ("Carlos Ñúñez", "M"), ("Lucía Gómez", "F")]


def test_people_already_on_the_roster_are_flagged(tmp_path: Path) -> None:
    sheet = attendance.read_sheet(write_sheet(tmp_path / "lista.xlsx", SPANISH))
    roster = [ParticipantInput("p1", "maria fernandez", "F", email="maria@example.org")]
    rows = attendance.preview(sheet, attendance.guess_mapping(sheet.headers), roster)
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
