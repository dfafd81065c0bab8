"""Reading an attendance sheet (.xlsx) into a roster: the heading row found under any title rows,
columns guessed from their headings in English, Spanish, French or Portuguese, every row of the
sheet decided (import or skip, and why), nothing kept until the user confirms. No Qt widgets."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.safe_text import shown
from cicte_desktop.services.member_state_names import NAMES
from cicte_desktop.services.events.inputs import ParticipantInput


def _tr(text: str) -> str:
    return QCoreApplication.translate("Attendance", text)


#: Roster fields, in the order the preview shows them.
FIELDS = ("name", "sex", "institution", "country", "position", "email", "phone")
#: What the preview decides for a row.
IMPORT, SKIP = "import", "skip"
#: The most rows and columns read from an attendance sheet (a long list has a few hundred).
MAX_ROWS, MAX_COLUMNS = 10_000, 64
#: Rows searched for the column headings.
HEADER_SEARCH_ROWS = 30

_ALIASES = {
    "name": ("name", "full name", "names", "participant", "participant name", "nombre", "nombres",
             "nombre completo", "nombre y apellido", "nombre y apellidos", "nombres y apellidos", "participante",
             "nom", "nom et prenom", "nom complet", "nome", "nome completo"),
    "sex": ("sex", "gender", "sexo", "genero", "sexe", "m f", "f m"),
    "institution": ("institution", "organization", "organisation", "agency", "ministry", "institucion",
                    "organizacion", "entidad", "dependencia", "instituicao", "organizacao", "orgao"),
    "country": ("country", "nationality", "member state", "pais", "nacionalidad", "pays", "nationalite",
                "nacionalidade", "estado miembro", "etat membre"),
    "position": ("position", "job title", "title", "rank", "cargo", "puesto", "posicion", "funcion", "poste",
                 "fonction", "funcao"),
    "email": ("email", "e mail", "mail", "email address", "correo", "correo electronico", "e mail address",
              "courriel", "adresse electronique"),
    "phone": ("phone", "telephone", "mobile", "cell", "tel", "telefono", "celular", "movil", "whatsapp",
              "telefone", "portable"),
}

_SEXES = {
    "F": ("f", "female", "woman", "women", "w", "fem", "femenino", "femenina", "mujer", "mujeres", "femme",
          "feminin", "feminine", "feminino", "feminina", "mulher", "fe"),
    "M": ("m", "male", "man", "men", "masc", "masculino", "hombre", "hombres", "varon", "h", "homme",
          "masculin", "homem", "ma"),
}
_SEX_BY_WORD = {word: code for code, words in _SEXES.items() for word in words}

#: Words that begin a subtotal or total row, in the four languages.
_SUBTOTAL = re.compile(r"^(sub ?total|sous ?total|subtotales)\b")
_TOTAL = re.compile(r"^(total|totales|totaux|grand total|gran total|suma|somme|soma)\b")
#: What a formula starts with, in a spreadsheet that reads the cell.
_FORMULA_STARTS = ("=", "+", "-", "@")


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
    rows: list[tuple[int, list[str]]]  # (row number in the sheet, cell texts), below the headings
    header_row: int = 1  # its number in the sheet
    above: list[tuple[int, list[str]]] = field(default_factory=list)  # the rows above the headings
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column): a formula's text


def _text(value: object) -> str:
    """A cell as the text a person reads in it: whole numbers without ".0", dates as dates,
    control characters as Excel escapes them (``_x0007_``) turned back into the character."""
    from openpyxl.utils.escape import unescape

    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return unescape(text) if "_x" in text else text


def _read_rows(handle: Any, path: Path, data_only: bool) -> list[list[object]]:
    from openpyxl import load_workbook

    from cicte_desktop.services.events.workbook_files import error_detail

    handle.seek(0)
    try:
        book = load_workbook(handle, read_only=True, data_only=data_only)
    except Exception as exc:  # whatever openpyxl meets in a file made to trip it
        raise _cannot_read(path, error_detail(exc)) from None
    try:
        if not book.worksheets:
            raise AttendanceSheetError(_tr("{name} has no worksheet.").format(name=path.name))
        worksheet = book.worksheets[0]
        rows = []
        for values in worksheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
            if len(rows) == MAX_ROWS:
                raise AttendanceSheetError(_tr(
                    "{name} was refused: its first sheet has more than {count} rows, far more than an attendance "
                    "list.").format(name=path.name, count=f"{MAX_ROWS:,}"))
            rows.append(list(values))
        return rows
    except AttendanceSheetError:
        raise
    except Exception as exc:
        raise _cannot_read(path, error_detail(exc)) from None
    finally:
        book.close()


def _cannot_read(path: Path, detail: str) -> AttendanceSheetError:
    return AttendanceSheetError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
        name=path.name, detail=detail))


def read_sheet(path: Path) -> Sheet:
    """The first worksheet: its heading row (the one among the first rows that names the most
    roster columns, one of them the name), the rows above it and the rows below. The file is
    checked as a sound workbook archive before any of its XML is parsed."""
    from cicte_desktop.services.events import workbook_files

    try:
        with workbook_files.open_workbook(path) as handle:
            workbook_files.check_archive(handle, path)
            values = _read_rows(handle, path, data_only=True)
            formulas = _read_rows(handle, path, data_only=False)
    except workbook_files.ImportFileError as exc:
        raise AttendanceSheetError(str(exc)) from None
    width = max((len(v) for v in values), default=0)
    cells = [(number, [_text(v).strip() for v in row] + [""] * (width - len(row)))
             for number, row in enumerate(values, start=1)]
    found: dict[tuple[int, int], str] = {}
    for number, row in enumerate(formulas, start=1):
        for column, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                found[(number, column)] = value
    best, best_score = None, 0
    for index, (_number, texts) in enumerate(cells[:HEADER_SEARCH_ROWS]):
        fields = {_field_of(v) for v in texts} - {None}
        if "name" in fields and len(fields) > best_score:
            best, best_score = index, len(fields)
    if best is None:
        raise AttendanceSheetError(_tr(
            "No column of {name} is headed with a name (Name, Nombre...) in its first rows: is it an attendance "
            "list?").format(name=path.name))
    # Rows after the last one holding anything are not shown (a sheet's formatting reaches far).
    formula_rows = {r for r, _c in found}
    last = max((i for i, (n, texts) in enumerate(cells) if any(texts) or n in formula_rows), default=best)
    return Sheet(path, cells[best][1], cells[best + 1:last + 1], cells[best][0], cells[:best], found)


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


def column_letter(column: int) -> str:
    """0 -> "A", 26 -> "AA"."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(column + 1)


# --- Member states by the names people type ------------------------------------------------------

#: ISO 3166 alpha-2 codes of the OAS member states (the member_state table holds alpha-3).
_ALPHA2 = {
    "ATG": "AG", "ARG": "AR", "BHS": "BS", "BRB": "BB", "BLZ": "BZ", "BOL": "BO", "BRA": "BR", "CAN": "CA",
    "CHL": "CL", "COL": "CO", "CRI": "CR", "CUB": "CU", "DMA": "DM", "DOM": "DO", "ECU": "EC", "SLV": "SV",
    "GRD": "GD", "GTM": "GT", "GUY": "GY", "HTI": "HT", "HND": "HN", "JAM": "JM", "MEX": "MX", "NIC": "NI",
    "PAN": "PA", "PRY": "PY", "PER": "PE", "KNA": "KN", "LCA": "LC", "VCT": "VC", "SUR": "SR", "TTO": "TT",
    "USA": "US", "URY": "UY", "VEN": "VE",
}
#: Words left out when names are compared ("The Bahamas", "Trinidad & Tobago").
_FILLER = {"the", "la", "las", "los", "el", "les", "le", "l", "o", "os", "as", "a", "de", "del", "da", "do", "des",
           "d", "and", "y", "e", "et", "of", "st", "saint", "san", "santa", "sainte", "sao"}


def _country_key(text: str) -> str:
    return " ".join(w for w in _plain(text).split() if w not in _FILLER) or _plain(text)


@lru_cache(maxsize=8)
def _country_index(states: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], dict[str, str]]:
    """(codes -> name, name keys -> name) for the member states given as (iso3, name)."""
    from PySide6.QtCore import QLocale

    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for iso3, name in states:
        codes[iso3.upper()] = name
        words = [name, *NAMES.get(iso3.upper(), ())]  # the four languages (Qt names a territory only in its own)
        alpha2 = _ALPHA2.get(iso3.upper())
        if alpha2:
            codes[alpha2] = name
            territory = QLocale.codeToTerritory(alpha2)
            if territory != QLocale.Country.AnyTerritory:
                words.append(QLocale.territoryToString(territory))
                for locale in QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                                      territory):
                    words.append(locale.nativeTerritoryName())
                for language in (QLocale.Language.Spanish, QLocale.Language.French, QLocale.Language.Portuguese):
                    locale = QLocale(language, territory)
                    if locale.territory() == territory and locale.language() == language:
                        words.append(locale.nativeTerritoryName())
        for word in words:
            if word:
                names.setdefault(_country_key(word), name)
    return codes, names


def _states(member_states: Iterable[Any] | None) -> tuple[tuple[str, str], ...]:
    """(iso3, name) pairs from MemberStateItem values or pairs; without any, the seeded list."""
    if member_states is None:
        from cicte_desktop.db.seed import load_seed

        return tuple((s["iso3"], s["name"]) for s in load_seed("member_states.json")["member_states"])
    return tuple((s.iso3, s.name) if hasattr(s, "iso3") else (s[0], s[1]) for s in member_states)


def match_country(value: str, member_states: Iterable[Any] | None = None) -> str | None:
    """The member state's name for a country typed in English, Spanish, French or Portuguese, or
    its ISO code (alpha-3 or alpha-2); None when it names no member state."""
    codes, names = _country_index(_states(member_states))
    text = value.strip()
    letters = re.sub(r"[^A-Za-z]", "", text)
    if 2 <= len(letters) <= 3 and len(text) <= 6 and letters.upper() in codes:
        return codes[letters.upper()]
    return names.get(_country_key(text))


# --- The preview ---------------------------------------------------------------------------------


@dataclass
class PreviewRow:
    row_number: int
    participant: ParticipantInput | None  # who would join the roster if imported or kept (None: nobody in this row)
    problems: list[str] = field(default_factory=list)  # why skipped, or what to check
    decision: str = IMPORT
    values: dict[str, str] = field(default_factory=dict)  # each mapped field as read
    keepable: bool = False  # skipped for its name alone: the user may keep it
    cells: dict[str, str] = field(default_factory=dict)  # every cell holding something, by column letter

    @property
    def importable(self) -> bool:
        return self.decision == IMPORT and self.participant is not None


def _skip(number: int, why: str, values: dict[str, str] | None = None) -> PreviewRow:
    return PreviewRow(number, None, [why], SKIP, values or {})


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"\d+[.)°º]?", text))


def _layout_skip(number: int, texts: list[str], mapping: dict[str, int | None]) -> str | None:
    """Why a row below the headings holds no person (blank, a number alone, a subtotal, a total,
    a heading), or None."""
    filled = [(column, text) for column, text in enumerate(texts) if text]
    if not filled:
        return _tr("blank row")
    words = [text for _column, text in filled if not _is_number(text)]
    first = _plain(words[0]) if words else ""  # after any numbering: "10 | TOTAL | 9"
    if _SUBTOTAL.match(first):
        return _tr("subtotal row")
    if _TOTAL.match(first):
        return _tr("total row")
    if all(_is_number(text) for _column, text in filled):
        return _tr("only a number, no person")
    name_column = mapping.get("name")
    if len(filled) == 1 and filled[0][0] != name_column:
        return _tr("heading or note, not a person")
    return None


def preview(sheet: Sheet, mapping: dict[str, int | None], roster: Sequence[ParticipantInput],
            member_states: Iterable[Any] | None = None, keep: Iterable[int] = ()) -> list[PreviewRow]:
    """Every row of the sheet as it would be imported or why it is skipped. ``keep`` holds the
    numbers of rows whose formula-like or control-character name the user keeps as text."""
    states = _states(member_states)
    kept = set(keep)
    on_roster: dict[str, list[tuple[str, int]]] = {}
    for person in roster:
        name_key, email_key = _person_key(person.name, person.email)
        on_roster.setdefault(name_key, []).append((email_key, 0))
    in_sheet: dict[str, list[tuple[str, int]]] = {}
    result = [_skip(n, _tr("title above the column headings") if any(t) else _tr("blank row"))
              for n, t in sheet.above]
    result.append(_skip(sheet.header_row, _tr("column headings")))
    for row, (_n, texts) in zip(result, [*sheet.above, (sheet.header_row, sheet.headers)], strict=True):
        row.cells = _cells(texts)
    for number, texts in sheet.rows:
        def cell(name: str) -> str:
            column = mapping.get(name)
            if column is None:
                return ""
            formula = sheet.formulas.get((number, column))
            if name == "name" and formula:
                return formula  # a name made by a formula: shown as its formula, and flagged
            return texts[column].strip() if column < len(texts) else ""

        values = {name: cell(name) for name in FIELDS if mapping.get(name) is not None}
        reason = _layout_skip(number, texts, mapping)
        if reason and not (mapping.get("name") is not None and sheet.formulas.get((number, mapping["name"]))):
            result.append(_skip(number, reason, values))
        else:
            result.append(_person_row(number, values, states, on_roster, in_sheet, number in kept))
        result[-1].cells = _cells(texts)
    return result


def _cells(texts: list[str]) -> dict[str, str]:
    return {column_letter(column): text for column, text in enumerate(texts) if text}


def _person_row(number: int, values: dict[str, str], states: tuple[tuple[str, str], ...],
                on_roster: dict[str, list[tuple[str, int]]], in_sheet: dict[str, list[tuple[str, int]]],
                kept: bool) -> PreviewRow:
    raw_name = " ".join(values.get("name", "").split())
    safe_name = " ".join(shown(raw_name).split())
    row = PreviewRow(number, None, [], IMPORT, values)
    if not raw_name:
        return _skip(number, _tr("no name"), values)
    name = raw_name
    if raw_name.startswith(_FORMULA_STARTS):
        row.keepable = True
        if not kept:
            row.decision = SKIP
            row.problems.append(_tr("“{name}” starts with “{sign}”, like a spreadsheet formula: skipped unless you "
                                    "keep it").format(name=safe_name, sign=raw_name[0]))
        else:
            row.problems.append(_tr("“{name}” starts with “{sign}”, like a spreadsheet formula: kept as text").format(
                name=safe_name, sign=raw_name[0]))
    if safe_name != raw_name:
        row.keepable = True
        name = safe_name
        if not kept:
            row.decision = SKIP
            row.problems.append(_tr("“{name}” holds a control character: skipped unless you keep it").format(
                name=safe_name))
        else:
            row.problems.append(_tr("“{name}” held a control character: kept without it").format(name=safe_name))
    name_key, email_key = _person_key(name, values.get("email"))
    duplicate = None
    if _already(on_roster, name_key, email_key) is not None:
        duplicate = _tr("{name} is already on the roster").format(name=safe_name)
    elif (first := _already(in_sheet, name_key, email_key)) is not None:
        duplicate = _tr("{name} is listed twice in the sheet (also row {row})").format(name=safe_name, row=first)
    elif row.decision == IMPORT:
        in_sheet.setdefault(name_key, []).append((email_key, number))
    sex = None
    if "sex" in values:
        sex, understood = read_sex(values["sex"])
        if not values["sex"]:
            row.problems.append(_tr("sex blank: imported as not recorded"))
        elif not understood:
            row.problems.append(_tr("sex “{value}” not understood: imported as not recorded").format(
                value=shown(values["sex"])))
    country = values.get("country") or None
    if country:
        matched = match_country(country, states)
        if matched is None:
            row.problems.append(_tr("country “{value}” is not a member state: kept as typed").format(
                value=shown(country)))
        else:
            country = matched
    # What would be stored, for a skipped row too: the preview shows the same matched values
    # ("Haití" as the member state) whether the row is imported or not.
    row.participant = ParticipantInput(
        None, name, sex, values.get("institution") or None, country, values.get("position") or None,
        values.get("email") or None, values.get("phone") or None)
    if duplicate is not None:  # the person is there already: only that is said
        return PreviewRow(number, row.participant, [duplicate], SKIP, values)
    return row


def _already(people: dict[str, list[tuple[str, int]]], name_key: str, email_key: str) -> int | None:
    """The row of the same person among ``people``: the same name, and the same e-mail unless
    one of the two has none (two namesakes with different addresses are two people)."""
    for email, row in people.get(name_key, ()):
        if not email or not email_key or email == email_key:
            return row
    return None


def _person_key(name: str, email: str | None) -> tuple[str, str]:
    return _plain(name), (email or "").strip().lower()


def preview_as_dict(sheet: Sheet, mapping: dict[str, int | None], rows: list[PreviewRow]) -> dict[str, Any]:
    """The preview for scripts (``cicte-desktop attendance FILE --json``)."""
    return {
        "file": str(sheet.path),
        "header_row": sheet.header_row,
        "mapping": [{"column": column_letter(column), "header": shown(sheet.headers[column]), "field": name}
                    for name in FIELDS if (column := mapping.get(name)) is not None],
        "rows": [{
            "row": row.row_number,
            "decision": row.decision,
            "values": row.values,
            "cells": row.cells,
            "problems": row.problems,
            **({"imported_as": {name: getattr(row.participant, name) for name in FIELDS}}
               if row.importable and row.participant else {}),
        } for row in rows],
        "import": sum(1 for row in rows if row.importable),
        "skip": sum(1 for row in rows if not row.importable),
    }
