"""Reading an attendance sheet (.xlsx) into a roster: columns guessed from their headers in
English or Spanish, every row checked, nothing kept until the user confirms. No Qt widgets."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cicte_desktop.services.event_log import ParticipantInput


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attendance", text)


#: Roster fields, in the order the preview shows them.
FIELDS = ("name", "sex", "institution", "country", "position", "email", "phone")

_ALIASES = {
    "name": ("name", "full name", "names", "participant", "participant name", "nombre", "nombres",
             "nombre completo", "nombre y apellido", "nombres y apellidos", "participante", "nom", "nome"),
    "sex": ("sex", "gender", "sexo", "genero", "sexe", "m f", "f m"),
    "institution": ("institution", "organization", "organisation", "agency", "ministry", "institucion",
                    "organizacion", "entidad", "dependencia", "instituicao"),
    "country": ("country", "nationality", "member state", "pais", "nacionalidad", "pays"),
    "position": ("position", "job title", "title", "rank", "cargo", "puesto", "posicion", "funcion"),
    "email": ("email", "e mail", "mail", "email address", "correo", "correo electronico", "e mail address"),
    "phone": ("phone", "telephone", "mobile", "cell", "tel", "telefono", "celular", "movil", "whatsapp"),
}

_SEXES = {
    "F": ("f", "female", "woman", "women", "w", "fem", "femenino", "femenina", "mujer", "mujeres", "femme",
          "feminin", "feminino", "mulher"),
    "M": ("m", "male", "man", "men", "masc", "masculino", "hombre", "hombres", "varon", "h", "homme",
          "masculin", "homem"),
}
_SEX_BY_WORD = {word: code for code, words in _SEXES.items() for word in words}


def _plain(text: object) -> str:
    """Lower case, no accents, words separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", ascii_text))


def read_sex(value: object) -> tuple[str | None, bool]:
    """("F" | "M" | None, understood). Empty means not recorded, which is understood."""
    word = _plain(value)
    if not word:
        return None, True
    code = _SEX_BY_WORD.get(word)
    return code, code is not None


class AttendanceSheetError(ValueError):
    """The file cannot be read as an attendance sheet; the message says why, for the user."""


@dataclass
class Sheet:
    path: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the sheet, cell texts)


def read_sheet(path: Path) -> Sheet:
    """The first worksheet: its header row (the first row naming a roster column) and rows below."""
    from openpyxl import load_workbook  # only when a sheet is imported

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise AttendanceSheetError(_tr(
            "{name} could not be read as an Excel workbook (.xlsx): {detail}").format(name=path.name, detail=exc)) from exc
    try:
        worksheet = workbook.worksheets[0] if workbook.worksheets else None
        if worksheet is None:
            raise AttendanceSheetError(_tr("{name} has no worksheet.").format(name=path.name))
        cells = [
            (number, ["" if v is None else str(v).strip() for v in values])
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()
    for index, (_number, values) in enumerate(cells[:15]):
        if sum(1 for v in values if _field_of(v)) >= 1 and any(_field_of(v) == "name" for v in values):
            headers = values
            rows = [(n, v) for n, v in cells[index + 1:] if any(v)]
            return Sheet(path, headers, rows)
    raise AttendanceSheetError(_tr(
        "No column of {name} is headed with a name (Name, Nombre...) in its first rows: is it an attendance "
        "list?").format(name=path.name))


def _field_of(header: str) -> str | None:
    plain = _plain(header)
    for name, aliases in _ALIASES.items():
        if plain in aliases:
            return name
    for name, aliases in _ALIASES.items():  # "Nombre completo del participante", "E-mail (work)"
        if any(plain.startswith(alias + " ") for alias in aliases if len(alias) > 3):
            return name
    return None


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """For each roster field, the column that holds it (or None)."""
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    for column, header in enumerate(headers):
        name = _field_of(header)
        if name and mapping[name] is None:
            mapping[name] = column
    return mapping


@dataclass
class PreviewRow:
    row_number: int
    participant: ParticipantInput | None
    problems: list[str] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return self.participant is not None and not self.problems


def preview(sheet: Sheet, mapping: dict[str, int | None], roster: list[ParticipantInput]) -> list[PreviewRow]:
    """Every row as it would be imported, with its problems; rows with problems are skipped."""
    seen = {_person_key(p.name, p.email) for p in roster}
    result = []
    for number, values in sheet.rows:
        def cell(name: str) -> str:
            column = mapping.get(name)
            return values[column].strip() if column is not None and column < len(values) else ""

        problems = []
        name = " ".join(cell("name").split())
        if not name:
            problems.append(_tr("no name"))
        sex, understood = read_sex(cell("sex"))
        if not understood:
            problems.append(_tr("sex “{value}” not understood (use F/M, Mujer/Hombre...)").format(value=cell("sex")))
        key = _person_key(name, cell("email"))
        if name and key in seen:
            problems.append(_tr("{name} is already on the roster").format(name=name))
        if name:
            seen.add(key)
        participant = ParticipantInput(
            None, name, sex, cell("institution") or None, cell("country") or None, cell("position") or None,
            cell("email") or None, cell("phone") or None,
        ) if name else None
        result.append(PreviewRow(number, participant, problems))
    return result


def _person_key(name: str, email: str | None) -> tuple[str, str]:
    return _plain(name), (email or "").strip().lower()
