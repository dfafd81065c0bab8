"""Painting of figures: a progress bar that reads without colour (the percentage is written)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from cicte_desktop.qtmodels.colours import qcolor, state_qcolor
from cicte_desktop.services.figures import NodeProgress

# Green at or above target, blue on track, amber behind for the time elapsed; a member state's
# contribution (its share of achieved) in a neutral violet, never amber (ui/style.qss, @state-*).
# Light enough for black text to read on them; the percentage is always written, so colour is a hint.


def paint_progress(painter: QPainter, rect: QRect, progress: NodeProgress, text: str, palette: QPalette) -> None:
    bar = rect.adjusted(3, 1, -3, -1)
    if bar.width() <= 0 or bar.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor("track"))
    painter.drawRoundedRect(bar, 3, 3)
    share = min(1.0, (progress.bar_percent or 0.0) / 100.0)
    if share > 0:
        filled = QRect(bar)
        filled.setWidth(max(2, round(bar.width() * share)))
        painter.setBrush(state_qcolor(progress.state))
        painter.drawRoundedRect(filled, 3, 3)
    painter.setPen(qcolor("ink"))  # dark on both the track and the fills, whatever the theme
    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class ProgressDelegate(QStyledItemDelegate):
    """For the progress column: bar plus written percentage; plain text where there is no target."""

    def __init__(self, progress_role: int, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._role = progress_role
        self._without_text = False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        progress = index.data(self._role)
        if not isinstance(progress, NodeProgress) or progress.bar_percent is None:
            super().paint(painter, option, index)
            return
        # Selection and alternating background, without the text (drawn by Qt's own delegate: no
        # QStyle in Python before the window's first paint, whose enums cost some 4 ms).
        self._without_text = True
        try:
            super().paint(painter, option, index)
        finally:
            self._without_text = False
        paint_progress(painter, option.rect, progress, str(index.data() or ""), option.palette)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self._without_text:
            option.text = ""
