"""Dialogs never shorter than their wrapped text needs at their width.

Qt gives a top-level dialog a minimum height from its layout's minimum size, which does not
follow height-for-width: a dialog made narrower (by the user, or by a longer translation that
wraps on more lines) keeps its height and cuts its word-wrapped labels at the top and bottom
("Preferences" in Spanish). ``keep_text_whole`` makes the dialog's minimum height follow its width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from cicte_desktop.views.screen_fit import available_size


class _HeightForWidth(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._width = -1
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                        QEvent.Type.LayoutRequest):
            self.follow()
        return False

    def follow(self) -> None:
        window, layout = self._window, self._window.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = min(layout.totalHeightForWidth(window.width()), available_size(window).height())
        if needed != window.minimumHeight():
            window.setMinimumHeight(max(needed, layout.totalMinimumSize().height()))
        if window.height() < window.minimumHeight():
            window.resize(window.width(), window.minimumHeight())


def keep_text_whole(window: QWidget) -> None:
    """Keep ``window`` (a dialog) at least as high as its wrapped labels need at its width."""
    _HeightForWidth(window)
