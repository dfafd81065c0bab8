"""Windows and dialogs that fit the screen they open on, down to a 1024x600 netbook.

A dialog asks for the size it would like; it gets that, or the screen's available area (without
taskbars) less room for its frame, whichever is smaller. Long content scrolls inside the dialog,
so its buttons and messages stay in sight whatever the screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room for the title bar and borders the window manager adds around a window.
FRAME = QSize(24, 40)


def screen_of(widget: QWidget) -> QScreen:
    parent = widget.parentWidget()
    screen = parent.screen() if parent is not None else widget.screen()
    return screen or QGuiApplication.primaryScreen()


def available_size(widget: QWidget) -> QSize:
    """The largest size ``widget`` (a top-level window) may take, frame included, on its screen."""
    return screen_of(widget).availableGeometry().size() - FRAME


def fit_to_screen(widget: QWidget, width: int, height: int = 0) -> None:
    """Resize ``widget`` to ``width`` x ``height`` (0: its size hint's), never beyond its screen."""
    wanted = QSize(width or widget.sizeHint().width(), height or widget.sizeHint().height())
    widget.resize(wanted.boundedTo(available_size(widget)))


def clamp_to_screen(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` made no larger than ``available`` and moved inside it."""
    size = geometry.size().boundedTo(available.size())
    left = min(max(geometry.left(), available.left()), available.right() + 1 - size.width())
    top = min(max(geometry.top(), available.top()), available.bottom() + 1 - size.height())
    return QRect(left, top, size.width(), size.height())


def scrolling(content: QWidget, parent: QObject | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls vertically when the dialog is short."""
    area = QScrollArea(parent)  # type: ignore[arg-type]
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area
