"""Named roles for the style sheet: a widget says what it is (an error, a warning, a banner) and
the style sheet, not the widget, says how that looks."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_role(widget: QWidget, role: str, state: str | None = None) -> None:
    """Give ``widget`` the dynamic property ``role`` (and ``state``) and restyle it."""
    widget.setProperty("role", role)
    widget.setProperty("state", state)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
