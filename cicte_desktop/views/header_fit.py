"""Table columns as wide as their headings in every language ("Correo electrónico", "Événements"),
and a tree's names column that never narrows below what reads (``StretchFloor``).

A heading needs what the header itself measures for it (``QHeaderView.sectionSizeHint``: its text,
each line of it, the style's margins and, on a sortable table, room for the sort arrow).
``ColumnFit`` keeps each column of a table at least that wide (or wider, for a sample of its
contents), shares the rest of the view's width among the columns that take it, and lets the table
scroll sideways when even the headings do not fit. A column the user sizes (dragging its edge, or
double-clicking it) keeps the width given, as in a spreadsheet or a mail program: the others share
what is left, and *Fit Columns to Width* (the header's context menu) hands it back to the fitting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from shiboken6 import isValid


def section_heading_width(header: QHeaderView, section: int) -> int:
    """The width ``section`` of ``header`` needs to show its heading whole. (Asked of the header
    rather than measured here: no QStyle in Python before the window's first paint, whose enums
    cost some 8 ms of the start-up.)"""
    return max(0, header.sectionSizeHint(section))


#: The widest a column kept from an earlier run may be (a damaged setting must not squeeze the rest).
WIDEST = 4000


class ColumnFit(QObject):
    """Sizes the columns of ``view`` from their headings whenever its width changes, except those
    the user has sized (:attr:`held`).

    ``samples``: column -> a text of typical contents the column should show whole;
    ``stretch``: column -> its share of the width left over (columns without one keep their size)."""

    def __init__(self, view: QTableView, stretch: dict[int, int], samples: dict[int, str] | None = None) -> None:
        super().__init__(view)
        self._view, self._stretch, self._samples = view, stretch, samples or {}
        self._held: dict[int, int] = {}
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        self.fit_action = QAction(self.tr("Fit Columns to Width"), header)
        self.fit_action.setObjectName("fitColumns")
        self.fit_action.triggered.connect(self.release)
        header.addAction(self.fit_action)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.viewport().installEventFilter(self)
        self.fit()

    @property
    def held(self) -> dict[int, int]:
        """The columns the user has sized: column -> width."""
        return dict(self._held)

    def needs(self) -> list[int]:
        header, metrics = self._view.horizontalHeader(), self._view.fontMetrics()
        return [max(section_heading_width(header, column),
                    metrics.horizontalAdvance(self._samples.get(column, "")) + 16 if column in self._samples else 0)
                for column in range(self._columns())]

    def fit(self) -> None:
        header, needs = self._view.horizontalHeader(), self.needs()
        widths = [self._held.get(column, need) for column, need in enumerate(needs)]
        spare = self._view.viewport().width() - sum(widths)
        stretch = {column: share for column, share in self._stretch.items() if column not in self._held}
        if not stretch:  # the user sized the stretching ones: the last column still fitted fills the row
            free = [column for column in range(len(widths)) if column not in self._held]
            stretch = {free[-1]: 1} if free else {}
        shares = sum(stretch.values()) or 1
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                header.resizeSection(column, width + max(0, spare) * stretch.get(column, 0) // shares)
        finally:
            self._fitting = False

    def hold(self, widths: dict[int, int]) -> None:
        """Keep these columns at these widths (those the user gave them in an earlier run); the
        others are fitted around them."""
        count, narrowest = self._columns(), self._view.horizontalHeader().minimumSectionSize()
        self._held = {column: min(max(width, narrowest), WIDEST) for column, width in widths.items()
                      if 0 <= column < count and width > 0}
        self.fit()

    def release(self) -> None:
        """Every column fitted again (*Fit Columns to Width*)."""
        self._held.clear()
        self.fit()

    def restore_state(self, state: QByteArray) -> bool:
        """The header's saved state for its sort order; the widths are fitted again (a restore
        does not signal resized sections, so it is not taken for the user's sizing)."""
        restored = self._view.horizontalHeader().restoreState(state)
        self.fit()
        return restored

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or new <= 0:  # ours, or a column hidden
            return
        self._held[column] = new
        self.fit()  # the columns still fitted take up the difference

    def _columns(self) -> int:
        return self._view.model().columnCount() if self._view.model() is not None else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class StretchFloor(QObject):
    """Keeps the stretching column ``section`` of ``view`` (the work plan's names) at least
    ``floor()`` pixels wide. Where the pane is too narrow for it beside the other columns, it stops
    stretching and the view scrolls sideways, as a file manager's name column does, rather than
    squeezing every name to a letter and an ellipsis: the column keeps the floor, or the wider
    width the user drags it to; with room again it stretches again. A state restored from an
    earlier run is put right at the next resize, and bigger text raises the floor (its taller
    header resizes the viewport)."""

    def __init__(self, view: QAbstractItemView, header: QHeaderView, section: int,
                 floor: Callable[[], int]) -> None:
        super().__init__(view)
        self._view, self._header, self._section, self._floor = view, header, section, floor
        self._applying = False
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)  # its width: the room (bigger text resizes it too)

    def apply(self) -> None:
        header, section = self._header, self._section
        if self._applying or not self._alive() or section >= header.count():
            return
        others = sum(header.sectionSize(s) for s in range(header.count())
                     if s != section and not header.isSectionHidden(s))
        floor = self._floor()
        stretching = header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch
        self._applying = True
        try:
            if self._view.viewport().width() - others >= floor:
                if not stretching:
                    header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
            elif stretching:  # just too narrow: the floor (the pane has no more to give)
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(section, floor)
            elif header.sectionSize(section) < floor:  # a wider width dragged by the user stays
                header.resizeSection(section, floor)
        finally:
            self._applying = False

    def _alive(self) -> bool:
        """False while the tree's window is being taken apart (at exit): nothing to size then."""
        return isValid(self._header) and isValid(self._view)

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._applying or not self._alive():
            return
        if section != self._section:  # a figures column widened or narrowed: the names' room changed
            self.apply()
        elif new < self._floor() and self._header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
            self.apply()  # dragged narrower than the floor: back to it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False
