"""The main window's status bar: a label that holds a file's path (on a narrow window the path is
shortened in the middle with "…", so its start and the file's name stay in sight; the whole path is
in the tooltip), and messages that stay over it."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget


class MessageCover(QObject):
    """Keeps a status-bar message over the widgets under it. When the text size changes while a
    message shows, Qt lays the bar out again and shows those widgets through the message ("Text
    size: 125%" drawn over the plan's summary); they are hidden again here, as Qt hides them for a
    message (not "explicitly": the message's end shows them). Set up after the window's first paint:
    a filter on the bar from the start would be asked about each of its events while it starts."""

    def __init__(self, bar: QStatusBar, under: list[str]) -> None:
        super().__init__(bar)
        # Object names, looked up each time: PySide may let go of a kept widget's Python side
        # (see PdfReportDialog.preview_button), and so of the bar's.
        self._under = under
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QStatusBar) and watched.currentMessage():
            QTimer.singleShot(0, self, self._hide_under_message)  # after the showing Qt has queued
        return False

    def _hide_under_message(self) -> None:
        bar = self.parent()
        if not isinstance(bar, QStatusBar) or not bar.currentMessage():
            return
        for name in self._under:
            widget = bar.findChild(QWidget, name)
            if widget is not None and widget.isVisible():
                widget.hide()
                widget.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)


class PathLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before, self._path, self._after = "", "", ""
        # Takes the room the status bar gives it; never widens the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_text_with_path(self, before: str, path: str, after: str = "") -> None:
        """Show ``before + path + after``; only ``path`` is shortened (or, when even the file's
        name would not fit beside them, ``before`` as well)."""
        self._before, self._path, self._after = before, path, after
        self.setToolTip(path)
        self._elide()

    def full_text(self) -> str:
        return self._before + self._path + self._after

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - 2 * self.margin() - 2
        before, after, path = self._before, self._after, self._path
        path_room = room - metrics.horizontalAdvance(before) - metrics.horizontalAdvance(after)
        name = PurePath(path).name if path else ""
        folder = path[: len(path) - len(name)]
        # The file's name stays whole with the start of its folder; when even that leaves no
        # room, the start of the line gives way.
        keep = min(metrics.horizontalAdvance(path), metrics.horizontalAdvance(folder[:4] + "…" + name))
        if path_room < keep:
            path_room = keep
            before = metrics.elidedText(before, Qt.TextElideMode.ElideRight,
                                        max(room - keep - metrics.horizontalAdvance(after), 0))
        if metrics.horizontalAdvance(path) > path_room:  # the folder shortened in its middle
            path = metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle,
                                      max(path_room - metrics.horizontalAdvance(name), 0)) + name
        super().setText(before + path + after)
