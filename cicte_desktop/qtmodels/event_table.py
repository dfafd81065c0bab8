"""Events logged under a plan item, as a table that loads page by page.

The model holds plain ``EventRow`` values. It is given a page loader (a function the
window builds over a service call), so scrolling through 20,000 events fetches 200 at a
time and sorting asks for the first page in the new order; the model itself never queries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from cicte_desktop import i18n
from cicte_desktop.locale_format import format_date
from cicte_desktop.safe_text import shown
from cicte_desktop.services.event_search import EVENT_ORDER, EventRow
from cicte_desktop.services.member_state_names import localized_name
from cicte_desktop.vocabulary import event_type_label, status_label

Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # made once, not per cell
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ENABLED_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
PageLoader = Callable[[str, bool, int, int], list[EventRow]]  # (order, descending, offset, limit)


class EventTableModel(QAbstractTableModel):
    COLUMN_DATE, COLUMN_TYPE, COLUMN_TITLE, COLUMN_STATES, COLUMN_STATUS, COLUMN_PARTICIPANTS = range(6)
    UuidRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._loader: PageLoader | None = None
        self._more = False
        self._fetching = False
        self._order, self._descending = "start_date", True
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) -> text, made once per page shown

    def set_loader(self, loader: PageLoader | None) -> None:
        """Show the events ``loader`` returns, from the first page, in the current order."""
        self._loader = loader
        self._reload()

    def _reload(self) -> None:
        # No fetching while the reset is being announced: a listener of modelReset that asks
        # for more would insert rows before every listener has heard of the reset.
        rows = self._loader(self._order, self._descending, 0, self.PAGE) if self._loader else []  # may raise
        self._fetching = True
        try:
            self.beginResetModel()
            self._rows = rows
            self._texts.clear()
            self._more = len(rows) == self.PAGE
            self.endResetModel()
        finally:
            self._fetching = False

    @property
    def order(self) -> tuple[str, bool]:
        return self._order, self._descending

    def row(self, row: int) -> EventRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and self._loader is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        # Views (and Qt's model tester) may ask again from inside the insertion signals; a
        # nested fetch would load the same page twice.
        if not self.canFetchMore(parent):
            return
        assert self._loader is not None
        self._fetching = True
        try:
            page = self._loader(self._order, self._descending, len(self._rows), self.PAGE)
            self._more = len(page) == self.PAGE
            if page:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(EVENT_ORDER):
            return
        self._order, self._descending = EVENT_ORDER[column], order == Qt.SortOrder.DescendingOrder
        self._reload()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("Member states"), self.tr("Status"),
                    self.tr("Participants"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.COLUMN_PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = index.column()
        if role == _TOOLTIP and column == self.COLUMN_STATES:  # the codes' names in the window's language
            language = i18n.ui_language()
            return "; ".join(localized_name(iso3, language) for iso3 in (self._rows[index.row()].member_states or "").split())
        if role in _TEXT_ROLES:
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._text(self._rows[key[0]], column)
            return text
        if role == _ALIGNMENT:
            return _RIGHT if column == self.COLUMN_PARTICIPANTS else _LEFT
        if role == self.UuidRole:
            return self._rows[index.row()].uuid
        return None

    def _text(self, row: EventRow, column: int) -> str:
        if column == self.COLUMN_DATE:
            return format_date(row.start_date)
        if column == self.COLUMN_TYPE:
            return event_type_label(row.event_type)
        if column == self.COLUMN_TITLE:
            return shown(row.title)  # may have come in a field package
        if column == self.COLUMN_STATES:
            return row.member_states or ""
        if column == self.COLUMN_STATUS:
            return status_label(row.status)
        if column == self.COLUMN_PARTICIPANTS:
            return QLocale().toString(row.participants)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ENABLED_SELECTABLE
