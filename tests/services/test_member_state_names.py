"""Member states named in the reader's language: the table against CLDR, and the one service
(``reference.member_states``) every list, pane and export reads them from, in that language's order."""

from __future__ import annotations

import pytest

from cicte_desktop.services import member_state_names, reference
from cicte_desktop.services.member_state_names import CLDR_EXCEPTIONS, DISPLAY_NAMES, localized_name

ALPHA2 = {"ATG": "AG", "ARG": "AR", "BHS": "BS", "BRB": "BB", "BLZ": "BZ", "BOL": "BO", "BRA": "BR", "CAN": "CA",
          "CHL": "CL", "COL": "CO", "CRI": "CR", "CUB": "CU", "DMA": "DM", "DOM": "DO", "ECU": "EC", "SLV": "SV",
          "GRD": "GD", "GTM": "GT", "GUY": "GY", "HTI": "HT", "HND": "HN", "JAM": "JM", "MEX": "MX", "NIC": "NI",
          "PAN": "PA", "PRY": "PY", "PER": "PE", "KNA": "KN", "LCA": "LC", "VCT": "VC", "SUR": "SR", "TTO": "TT",
          "USA": "US", "URY": "UY", "VEN": "VE"}


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_names_are_cldrs_territory_names(language: str) -> None:
    """Spanish, French and Portuguese names are CLDR's (as the ``babel`` package ships them: a
    development dependency, not the app's), but for the few documented exceptions."""
    import babel
    territories = babel.Locale.parse(language).territories
    differing = {iso3: (localized_name(iso3, language), territories[ALPHA2[iso3]]) for iso3 in DISPLAY_NAMES
                 if localized_name(iso3, language) != territories[ALPHA2[iso3]]}
    expected = {iso3: (localized_name(iso3, lang), cldr) for (iso3, lang), cldr in CLDR_EXCEPTIONS.items()
                if lang == language}
    assert differing == expected


def test_english_names_are_the_member_state_tables(db) -> None:
    with db.sql() as conn:
        stored = dict(conn.execute("SELECT iso3, name FROM member_state WHERE NOT deleted"))
    assert {iso3: localized_name(iso3, "en") for iso3 in stored} == stored
    assert set(stored) == set(DISPLAY_NAMES)


def test_every_name_is_known_to_the_search(db) -> None:
    """A name the window shows, typed into the search, finds its state (in any of the four languages)."""
    for iso3 in DISPLAY_NAMES:
        for language in ("en", "es", "fr", "pt"):
            found = member_state_names.resolve(localized_name(iso3, language))
            fewest = min(len(match.rest) for match in found)  # the states named by the most words
            assert any(iso3 in match.iso3 for match in found if len(match.rest) == fewest), (iso3, language)


@pytest.mark.parametrize(("language", "names"), [
    ("en", ["Antigua and Barbuda", "Argentina", "The Bahamas", "Barbados", "Belize", "Bolivia", "Brazil"]),
    ("es", ["Antigua y Barbuda", "Argentina", "Bahamas", "Barbados", "Belice", "Bolivia", "Brasil"]),
    ("fr", ["Antigua-et-Barbuda", "Argentine", "Bahamas", "Barbade", "Belize", "Bolivie", "Brésil"]),
])
def test_member_states_are_named_and_sorted_in_the_language(db, qapp, language: str, names: list[str]) -> None:
    states = reference.member_states(db, language)
    assert [s.name for s in states[:7]] == names
    shown = [s.name for s in states]
    if language == "fr":  # accents aside: "Équateur" and "États-Unis" among the E, not after "Venezuela"
        assert shown[shown.index("Dominique") + 1:shown.index("Dominique") + 3] == ["Équateur", "États-Unis"]
        assert shown[-1] == "Venezuela"
    if language == "es":
        assert shown.index("El Salvador") < shown.index("Estados Unidos") < shown.index("Granada")
        assert shown.index("República Dominicana") < shown.index("San Cristóbal y Nieves") < shown.index(
            "San Vicente y las Granadinas") < shown.index("Santa Lucía") < shown.index("Surinam")
    if language == "en":  # the member_state table's names, "The Bahamas" under B as the OAS lists it (not T)
        with db.sql() as conn:
            table = [n for (n,) in conn.execute("SELECT name FROM member_state WHERE NOT deleted")]
        assert shown == sorted(table, key=lambda name: name.removeprefix("The "))
        assert shown.index("Argentina") + 1 == shown.index("The Bahamas") == shown.index("Barbados") - 1


def test_the_language_defaults_to_the_exports_then_the_windows(db, qapp) -> None:
    from cicte_desktop import i18n

    assert reference.member_state_names_in(db)["USA"] == "United States"
    with i18n.using_language("fr"):
        assert reference.member_state_names_in(db)["USA"] == "États-Unis"
    i18n.install(qapp, "es")
    assert reference.member_state_names_in(db)["USA"] == "Estados Unidos"
