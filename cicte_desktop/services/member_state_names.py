"""The 35 member states by name in the four languages of the OAS, and by ISO code: one list for
search and for the countries of attendance sheets.

The full-text index of events holds what was typed about an event, not the names of the member
states it served: a search for "Jamaica", "Jamaïque" or "JAM" resolves the typed words to ISO
codes here (in memory, 35 entries) and the events are then found through the indexed link table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cicte_desktop.text_fold import fold

#: ISO 3166-1 alpha-3 -> names (English, Spanish, French, Portuguese, and a few usual short forms).
NAMES: dict[str, tuple[str, ...]] = {
    "ATG": ("Antigua and Barbuda", "Antigua y Barbuda", "Antigua-et-Barbuda", "Antígua e Barbuda"),
    "ARG": ("Argentina", "Argentine"),
    "BHS": ("The Bahamas", "Bahamas", "Las Bahamas", "Les Bahamas"),
    "BRB": ("Barbados", "Barbade"),
    "BLZ": ("Belize", "Belice"),
    "BOL": ("Bolivia", "Bolivie", "Bolívia"),
    "BRA": ("Brazil", "Brasil", "Brésil"),
    "CAN": ("Canada", "Canadá"),
    "CHL": ("Chile", "Chili"),
    "COL": ("Colombia", "Colombie", "Colômbia"),
    "CRI": ("Costa Rica",),
    "CUB": ("Cuba",),
    "DMA": ("Dominica", "Dominique"),
    "DOM": ("Dominican Republic", "República Dominicana", "République dominicaine"),
    "ECU": ("Ecuador", "Équateur", "Equador"),
    "SLV": ("El Salvador", "Salvador"),
    "GRD": ("Grenada", "Granada", "Grenade"),
    "GTM": ("Guatemala",),
    "GUY": ("Guyana", "Guiana"),
    "HTI": ("Haiti", "Haití", "Haïti"),
    "HND": ("Honduras",),
    "JAM": ("Jamaica", "Jamaïque"),
    "MEX": ("Mexico", "México", "Méjico", "Mexique"),
    "NIC": ("Nicaragua", "Nicarágua"),
    "PAN": ("Panama", "Panamá"),
    "PRY": ("Paraguay", "Paraguai"),
    "PER": ("Peru", "Perú", "Pérou"),
    "KNA": ("Saint Kitts and Nevis", "St Kitts and Nevis", "San Cristóbal y Nieves", "Saint Kitts y Nevis",
            "Saint-Christophe-et-Niévès", "São Cristóvão e Névis", "Saint Kitts"),
    "LCA": ("Saint Lucia", "St Lucia", "Santa Lucía", "Sainte-Lucie", "Santa Lúcia"),
    "VCT": ("Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "San Vicente y las Granadinas",
            "Saint-Vincent-et-les-Grenadines", "São Vicente e Granadinas"),
    "SUR": ("Suriname", "Surinam"),
    "TTO": ("Trinidad and Tobago", "Trinidad y Tobago", "Trinité-et-Tobago", "Trinidad e Tobago", "Trinidad"),
    "USA": ("United States", "United States of America", "Estados Unidos", "Estados Unidos de América", "EE UU", "EEUU",
            "États-Unis", "États-Unis d'Amérique", "EUA", "U.S.A.", "U.S."),
    "URY": ("Uruguay", "Uruguai"),
    "VEN": ("Venezuela",),
}

#: Words of the names that say nothing on their own ("and", "the", "of" in the four languages).
_LINKING_WORDS = frozenset({"and", "the", "of", "y", "e", "et", "de", "la", "las", "les", "el", "st"})
_TOKEN = re.compile(r"\w+", re.UNICODE)

#: A typed word names a state from this many letters on (the search's own threshold for events);
#: a code is always three letters.
MIN_LETTERS = 3


def sorting_name(name: str) -> str:
    """The name a list sorts by: "The Bahamas" under B, as the OAS lists it (between Argentina and
    Barbados), not under T. "El Salvador" is a name of its own and stays under E."""
    return name[4:] if name.startswith("The ") else name


def folded_words(text: str) -> list[str]:
    """Words without case or accents ("Haïti" -> "haiti"), as the full-text index sees them."""
    return _TOKEN.findall(fold(text))


def _name_words() -> dict[str, frozenset[str]]:
    return {iso3: frozenset(w for name in names for w in folded_words(name) if w not in _LINKING_WORDS)
            for iso3, names in NAMES.items()}


_WORDS = _name_words()


def names_word(iso3: str, typed_word: str) -> bool:
    """Whether one typed word (already folded) names ``iso3``: its code, or the start of a word of
    one of its names ("jam" while typing "Jamaica")."""
    if typed_word == iso3.casefold():
        return True
    return len(typed_word) >= MIN_LETTERS and any(w.startswith(typed_word) for w in _WORDS[iso3])


@dataclass(frozen=True)
class StateMatch:
    """Member states named by some of the typed words; ``rest`` are the other words, which the
    events' own text must still match."""

    iso3: tuple[str, ...]
    rest: tuple[str, ...]


def resolve(text: str) -> list[StateMatch]:
    """The member states the typed text names, grouped by the words left for the full-text index.

    "Jamaica" -> [StateMatch(("JAM",), ())]; "workshop jam" -> [StateMatch(("JAM",), ("workshop",))];
    "saint lucia" -> LCA with no words left, and KNA / VCT with "lucia" left.
    """
    typed = folded_words(text)
    if not typed:
        return []
    groups: dict[tuple[str, ...], list[str]] = {}
    for iso3 in NAMES:
        rest = tuple(w for w in typed if not names_word(iso3, w))
        if len(rest) < len(typed):
            groups.setdefault(rest, []).append(iso3)
    return [StateMatch(tuple(codes), rest) for rest, codes in groups.items()]


#: ISO 3166-1 alpha-3 -> the state's name as each language of the OAS writes it (English, Spanish,
#: French, Portuguese): what every list, pane, map and export shows in the user's (or the export's)
#: language. Spanish, French and Portuguese are CLDR's territory names (tests/services/
#: test_member_state_names.py checks them against the ``babel`` package's CLDR data where it is
#: installed), but for ``CLDR_EXCEPTIONS``; English is the states' names as the OAS writes them
#: (the member_state table's), where CLDR abbreviates ("St. Kitts & Nevis").
DISPLAY_NAMES: dict[str, tuple[str, str, str, str]] = {
    "ATG": ("Antigua and Barbuda", "Antigua y Barbuda", "Antigua-et-Barbuda", "Antígua e Barbuda"),
    "ARG": ("Argentina", "Argentina", "Argentine", "Argentina"),
    "BHS": ("The Bahamas", "Bahamas", "Bahamas", "Bahamas"),
    "BRB": ("Barbados", "Barbados", "Barbade", "Barbados"),
    "BLZ": ("Belize", "Belice", "Belize", "Belize"),
    "BOL": ("Bolivia", "Bolivia", "Bolivie", "Bolívia"),
    "BRA": ("Brazil", "Brasil", "Brésil", "Brasil"),
    "CAN": ("Canada", "Canadá", "Canada", "Canadá"),
    "CHL": ("Chile", "Chile", "Chili", "Chile"),
    "COL": ("Colombia", "Colombia", "Colombie", "Colômbia"),
    "CRI": ("Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"),
    "CUB": ("Cuba", "Cuba", "Cuba", "Cuba"),
    "DMA": ("Dominica", "Dominica", "Dominique", "Dominica"),
    "DOM": ("Dominican Republic", "República Dominicana", "République dominicaine", "República Dominicana"),
    "ECU": ("Ecuador", "Ecuador", "Équateur", "Equador"),
    "SLV": ("El Salvador", "El Salvador", "Salvador", "El Salvador"),
    "GRD": ("Grenada", "Granada", "Grenade", "Granada"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "GUY": ("Guyana", "Guyana", "Guyana", "Guiana"),
    "HTI": ("Haiti", "Haití", "Haïti", "Haiti"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "JAM": ("Jamaica", "Jamaica", "Jamaïque", "Jamaica"),
    "MEX": ("Mexico", "México", "Mexique", "México"),
    "NIC": ("Nicaragua", "Nicaragua", "Nicaragua", "Nicarágua"),
    "PAN": ("Panama", "Panamá", "Panama", "Panamá"),
    "PRY": ("Paraguay", "Paraguay", "Paraguay", "Paraguai"),
    "PER": ("Peru", "Perú", "Pérou", "Peru"),
    "KNA": ("Saint Kitts and Nevis", "San Cristóbal y Nieves", "Saint-Christophe-et-Niévès", "São Cristóvão e Névis"),
    "LCA": ("Saint Lucia", "Santa Lucía", "Sainte-Lucie", "Santa Lúcia"),
    "VCT": ("Saint Vincent and the Grenadines", "San Vicente y las Granadinas", "Saint-Vincent-et-les-Grenadines",
            "São Vicente e Granadinas"),
    "SUR": ("Suriname", "Surinam", "Suriname", "Suriname"),
    "TTO": ("Trinidad and Tobago", "Trinidad y Tobago", "Trinité-et-Tobago", "Trinidad e Tobago"),
    "USA": ("United States", "Estados Unidos", "États-Unis", "Estados Unidos"),
    "URY": ("Uruguay", "Uruguay", "Uruguay", "Uruguai"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
}
_LANGUAGE_INDEX = {"en": 0, "es": 1, "fr": 2, "pt": 3}


def display_name(iso3: str, language: str = "en") -> str:
    """The member state's name in ``language`` (en, es, fr, pt; English otherwise); the code
    itself for a code that names no member state."""
    names = DISPLAY_NAMES.get(iso3)
    return names[_LANGUAGE_INDEX.get(language, 0)] if names else iso3

#: Where the table departs from CLDR's territory names on purpose: (iso3, language) -> CLDR's name.
#: French toponymy hyphenates the whole name ("Saint-Vincent-et-les-Grenadines"), CLDR drops one.
CLDR_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("VCT", "fr"): "Saint-Vincent-et-les Grenadines",
}


def localized_name(iso3: str, language: str, fallback: str | None = None) -> str:
    """The member state's name in ``language``; ``fallback`` (else the code) for a code that
    names none of the 35 (a state added to the member_state table after this list)."""
    names = DISPLAY_NAMES.get(iso3)
    if names is None:
        return fallback or iso3
    return names[_LANGUAGE_INDEX.get(language, 0)]


def all_names(iso3: str) -> tuple[str, ...]:
    """Every name of the state this module knows, in any language (for reading what was typed)."""
    return tuple(dict.fromkeys(DISPLAY_NAMES.get(iso3, ()) + NAMES.get(iso3, ())))
