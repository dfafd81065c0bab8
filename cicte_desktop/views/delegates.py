"""Painting of figures: a progress bar that reads without colour (the percentage is written)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from cicte_desktop.qtmodels.colours import qcolor, state_qcolor
from cicte_desktop.services.figures import BEHIND, ON_TRACK, NodeProgress

# Green at or above target, blue on track, amber behind for the time elapsed; a member state's
# contribution (its share of achieved) in a neutral violet, never amber (ui/style.qss, @state-*).
# The theme's table keeps its percentage legible on all of them (@bar-text, tested for contrast).
# Colour is a hint only: the percentage is always written, the tooltip says the state in words,
# a tick marks what is expected by now, and the shortfall of a bar behind is hatched.


def paint_progress(painter: QPainter, rect: QRect, progress: NodeProgress, text: str, palette: QPalette) -> None:
    bar = rect.adjusted(3, 1, -3, -1)
    if bar.width() <= 0 or bar.height() <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(qcolor("bar-border"), 1))  # the bar's edge, seen on the window (high contrast)
    painter.setBrush(qcolor("track"))
    painter.drawRoundedRect(bar, 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    share = min(1.0, (progress.bar_percent or 0.0) / 100.0)
    filled_width = round(bar.width() * share) if share > 0 else 0
    if share > 0:
        filled = QRect(bar)
        filled.setWidth(max(2, filled_width))
        painter.setBrush(state_qcolor(progress.state))
        painter.drawRoundedRect(filled, 3, 3)
    expected = progress.expected_percent
    if expected is not None and 0 < expected < 100 and progress.state in (BEHIND, ON_TRACK):
        mark = bar.left() + round(bar.width() * expected / 100.0)
        if progress.state == BEHIND and mark > bar.left() + filled_width:
            # What is missing to be on track: hatched in the state's colour (a pattern, not a colour only).
            gap = QRect(bar.left() + filled_width, bar.top(), mark - bar.left() - filled_width, bar.height())
            painter.setBrush(QBrush(state_qcolor(BEHIND), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(gap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp, one pixel wide
        painter.setPen(QPen(qcolor("bar-text"), 1))  # the tick of what is expected by now
        notch = max(2, bar.height() // 5)  # at the edges, clear of the percentage
        painter.drawLine(mark, bar.top(), mark, bar.top() + notch - 1)
        painter.drawLine(mark, bar.bottom() - notch + 1, mark, bar.bottom())
    painter.setPen(qcolor("bar-text"))  # legible on the track and on every fill, in every theme
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
