"""Table columns as wide as their headings in every language ("Correo electrónico", "Événements").

A heading needs its text, the style's margin on each side and, on a sortable table, room for the
sort arrow (as QHeaderView's own sectionSizeFromContents counts it). ``ColumnFit`` keeps each
column of a table at least that wide (or wider, for a sample of its contents), shares the rest of
the view's width among the columns that take it, and lets the table scroll sideways when even the
headings do not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView


def heading_width(header: QHeaderView, text: str) -> int:
    """The width a section of ``header`` needs to show ``text`` whole (each line of it)."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    metrics = header.fontMetrics()
    width = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0) + 2 * margin
    if header.isSortIndicatorShown():  # the arrow beside the text: half the header's height and two margins
        height = max(header.height(), header.sizeHint().height())
        width += height // 2 + 2 * margin
    return width


def section_heading_width(header: QHeaderView, section: int) -> int:
    model = header.model()
    text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
    return heading_width(header, str(text or ""))


class ColumnFit(QObject):
    """Sizes the columns of ``view`` from their headings whenever its width changes.

    ``samples``: column -> a text of typical contents the column should show whole;
    ``stretch``: column -> its share of the width left over (columns without one keep their size)."""

    def __init__(self, view: QTableView, stretch: dict[int, int], samples: dict[int, str] | None = None) -> None:
        super().__init__(view)
        self._view, self._stretch, self._samples = view, stretch, samples or {}
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        view.viewport().installEventFilter(self)
        self.fit()

    def needs(self) -> list[int]:
        header, metrics = self._view.horizontalHeader(), self._view.fontMetrics()
        count = self._view.model().columnCount() if self._view.model() is not None else 0
        return [max(section_heading_width(header, column),
                    metrics.horizontalAdvance(self._samples.get(column, "")) + 16 if column in self._samples else 0)
                for column in range(count)]

    def fit(self) -> None:
        header, needs = self._view.horizontalHeader(), self.needs()
        spare = self._view.viewport().width() - sum(needs)
        shares = sum(self._stretch.values()) or 1
        for column, need in enumerate(needs):
            header.resizeSection(column, need + max(0, spare) * self._stretch.get(column, 0) // shares)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
