"""The app's own icons: small SVG drawings in ``ui/icons/`` (ours, drawn for this app), sharp at any
screen scale. One icon per action, the same wherever the action appears (menu, toolbar)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from cicte_desktop.paths import resource_path

#: The dynamic property of an action that names its icon (what the tests check against ``ui/icons``).
ICON_NAME = "iconName"


def icon_path(name: str) -> Path:
    return resource_path("ui", "icons", f"{name}.svg")


@cache
def _load(name: str) -> QIcon:
    return QIcon(str(icon_path(name)))


def icon(name: str) -> QIcon:
    """The icon ``ui/icons/<name>.svg``; a name without a file raises ``FileNotFoundError``."""
    return QIcon(_load(name))


def names() -> list[str]:
    """Every icon shipped, by name."""
    return sorted(path.stem for path in resource_path("ui", "icons").glob("*.svg"))


def set_icon(action: QAction, name: str) -> QAction:
    """Give ``action`` the icon ``name`` (and remember the name); returns the action."""
    action.setIcon(icon(name))
    action.setProperty(ICON_NAME, name)
    return action


class IconToolBar(QToolBar):
    """A toolbar whose buttons show their names beside their icons while the window has room for
    them, and the icons alone (names in the tooltips) when it is too narrow, rather than squeezing
    the year selector or hiding buttons behind the overflow arrow (a 1024-pixel screen in Spanish)."""

    #: A narrow window widened by less than this keeps the icons alone (no flicker between the two).
    MARGIN = 24

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _width_with_names(self) -> int:
        width = self.layout().sizeHint().width()
        if self.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            width += sum(button.fontMetrics().horizontalAdvance(button.text()) + button.iconSize().width() // 2
                         for button in self.findChildren(QToolButton) if button.defaultAction() is not None
                         and not button.defaultAction().icon().isNull() and button.isVisible())
        return width

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # Resized, or its contents grew (the year selector filled once the plans are read).
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._choose_style()
        return handled

    def _choose_style(self) -> None:
        compact = self.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        room = self.width() - (self.MARGIN if compact else 0)
        wanted = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if room >= self._width_with_names()
                  else Qt.ToolButtonStyle.ToolButtonIconOnly)
        if wanted != self.toolButtonStyle():
            self.setToolButtonStyle(wanted)
