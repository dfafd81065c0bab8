"""What a widget is for (an error, a warning, a banner...), drawn by the rules of ``ui/style.qss``.

A widget is given a role (and, for the progress bar, a state) as dynamic properties, and the
sheet is set on that widget alone: the rules select by role only, so widgets without one keep the
system style's sizes and looks (a sheet on the whole application or window would turn every spin
box and combo box into a style-sheet-drawn one, with other sizes).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

from cicte_desktop.style_roles import style_sheet

ROLE = "role"
STATE = "state"


def set_role(widget: QWidget, role: str | None, state: str | None = None) -> None:
    """Give ``widget`` the look of ``role`` (``None``: back to the system's look); re-polished at once."""
    widget.setProperty(ROLE, role or "")
    widget.setProperty(STATE, state or "")
    _restyle(widget)


def role_of(widget: QWidget) -> str:
    return str(widget.property(ROLE) or "")


def apply_roles(root: QWidget) -> None:
    """Style ``root`` and every widget under it that carries a role property set elsewhere (a Qt
    Designer form's dynamic property ``role``), e.g. once after ``setupUi``."""
    for widget in (root, *root.findChildren(QWidget)):
        if role_of(widget):
            _restyle(widget)


def restyle_all(widgets: Iterable[QWidget]) -> None:
    """After a change of theme: every widget with a role takes the new theme's sheet."""
    for widget in widgets:
        if role_of(widget):
            _restyle(widget)


def _restyle(widget: QWidget) -> None:
    sheet = style_sheet()
    if not role_of(widget):
        if widget.styleSheet() == sheet:
            widget.setStyleSheet("")
    elif widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)  # polishes the widget with its new properties
    else:  # the same sheet: the rules are matched again only when the widget is polished again
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    widget.update()
