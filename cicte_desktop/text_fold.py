"""Text compared as people read it: without case or accents ("capacitacion" finds "Capacitación",
"B" picks "Bolivia" and "belize" alike). Used by every search and type-ahead. No Qt here."""

from __future__ import annotations


def fold(text: str) -> str:
    """``text`` casefolded and without combining marks: "Marítima" -> "maritima", "Straße" -> "strasse"."""
    import unicodedata  # when first folding, not at start-up (the work plan's module imports this one)

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
