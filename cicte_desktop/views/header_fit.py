"""Table columns as wide as their headings in every language ("Correo electrónico", "Événements").

A heading needs what the header itself measures for it (``QHeaderView.sectionSizeHint``: its text,
each line of it, the style's margins and, on a sortable table, room for the sort arrow).
``ColumnFit`` keeps each column of a table at least that wide (or wider, for a sample of its
contents), shares the rest of the view's width among the columns that take it, and lets the table
scroll sideways when even the headings do not fit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


def section_heading_width(header: QHeaderView, section: int) -> int:
    """The width ``section`` of ``header`` needs to show its heading whole. (Asked of the header
    rather than measured here: no QStyle in Python before the window's first paint, whose enums
    cost some 8 ms of the start-up.)"""
    return max(0, header.sectionSizeHint(section))


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
