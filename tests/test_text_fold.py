"""Text compared as people read it, by every search and type-ahead."""

from __future__ import annotations

import pytest

from cicte_desktop.text_fold import fold


@pytest.mark.parametrize(("typed", "stored"), [
    ("maritima", "Marítima"), ("haiti", "Haïti"), ("peru", "PERÚ"), ("strasse", "Straße"),
    ("sao paulo", "São Paulo"), ("capacitacion", "Capacitación"), ("nino", "Niño"),
])
def test_what_is_typed_without_accents_or_capitals_matches_the_stored_text(typed: str, stored: str) -> None:
    assert fold(stored) == typed == fold(typed)


def test_letters_that_are_not_accents_stay_apart() -> None:
    assert fold("Ñandú") == "nandu"
    assert fold("Øresund") != fold("Oresund")  # a letter of its own, not an O with a mark
