"""The named colours of ``ui/style.qss`` as ``QColor`` (the theme in use), for what is painted in code."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor

from cicte_desktop.style_roles import colour, state_colour_name, theme


@cache
def _cached(theme_name: str, name: str) -> QColor:
    return QColor(colour(name))


def qcolor(name: str) -> QColor:
    """The table's colour ``name`` (``"error"``, ``"match"``, ``"state-met"``...), a fresh copy."""
    return QColor(_cached(theme(), name))


def state_qcolor(state: str) -> QColor:
    """The colour of a progress state (met, on track, behind, a member state's contribution), else grey."""
    return qcolor(state_colour_name(state))
