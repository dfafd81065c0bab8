"""A status-bar label that holds a file's path: on a narrow window the path is shortened in the
middle with "…", so its start and the file's name stay in sight; the whole path is in the tooltip."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


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
