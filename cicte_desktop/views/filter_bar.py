"""Filters that narrow the figures of the tree and the event lists."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from cicte_desktop.locale_format import date_edit_format
from cicte_desktop.services.figures import EventFilter
from cicte_desktop.views.screen_fit import FlowLayout
from cicte_desktop.vocabulary import EVENT_TYPE_LABELS, STATUS_LABELS, event_type_label, status_label

if TYPE_CHECKING:
    from cicte_desktop.services.reference import MemberStateItem


#: Between the filters of the bar, in pixels.
SPACING = 8


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._year = dt.date.today().year
        self.member_state = QComboBox()
        self.member_state.setObjectName("memberStateFilter")
        self.member_state.setMinimumContentsLength(12)
        self.member_state.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.member_state.addItem(self.tr("All"), None)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.event_type = QComboBox()
        self.event_type.addItem(self.tr("All"), None)
        for code in EVENT_TYPE_LABELS:
            self.event_type.addItem(event_type_label(code), code)
        self.status = QComboBox()
        self.status.addItem(self.tr("All"), None)
        for code in STATUS_LABELS:
            self.status.addItem(status_label(code), code)
        for combo in (self.event_type, self.status):  # narrow in the bar, whole labels in the list
            combo.setMinimumContentsLength(9)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        # "Reset filters" with its icon; where the words would push the bar onto a second row
        # (1024 pixels, in Spanish, French or Portuguese), the icon alone, its name in the tooltip.
        self.reset_button = QToolButton()
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setText(self.tr("Reset filters"))
        self.reset_button.setAccessibleName(self.reset_button.text())
        # Room for the style's icon, drawn once the window has been painted (asking the style for
        # it brings QStyle's enums into Python, some 4 ms of the start-up).
        blank = QPixmap(self.reset_button.iconSize())
        blank.fill(QColor.fromRgba(0))  # transparent
        self.reset_button.setIcon(QIcon(blank))
        self._reset_icon_shown = False
        self.reset_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._reset_explained = self.tr("All member states, types and statuses, over the work plan's year")
        self.reset_button.setToolTip(self._reset_explained)
        self._reset_with_words = self.reset_button.sizeHint().width()

        # Each label with its field; on a narrow window (1024 pixels, long Spanish words) the
        # pairs wrap onto a second row rather than widen the window beyond the screen.
        layout = FlowLayout(self, spacing=SPACING)
        layout.setContentsMargins(6, 2, 6, 2)
        for text, widget in ((self.tr("Member state"), self.member_state), (self.tr("From"), self.date_from),
                             (self.tr("To"), self.date_to), (self.tr("Type"), self.event_type),
                             (self.tr("Status"), self.status)):
            label = QLabel(text)
            label.setBuddy(widget)
            pair = QWidget()
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.addWidget(label)
            pair_row.addWidget(widget)
            layout.add_widget(pair)
        layout.add_widget(self.reset_button, last=True)
        self._pairs = [layout.itemAt(i) for i in range(layout.count() - 1)]

        self._quiet = False
        for combo in (self.member_state, self.event_type, self.status):
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._emit)
        self.reset_button.clicked.connect(self.reset)

    def reset_shows_words(self) -> bool:
        return self.reset_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon

    def _fit_reset_button(self, width: int) -> None:
        """The words beside the icon only when the filters and the whole button fit on one row."""
        layout = self.layout()
        margins = layout.contentsMargins()
        one_row = (sum(item.sizeHint().width() for item in self._pairs) + SPACING * len(self._pairs)
                   + self._reset_with_words + margins.left() + margins.right())
        words = one_row <= width
        if words != self.reset_shows_words():
            self.reset_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if words
                                                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.reset_button.setToolTip(self._reset_explained if words
                                         else f"{self.reset_button.text()}\n{self._reset_explained}")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._reset_icon_shown:
            self._reset_icon_shown = True
            QTimer.singleShot(0, self._show_reset_icon)

    def _show_reset_icon(self) -> None:
        from PySide6.QtWidgets import QStyle

        self.reset_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogResetButton))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._fit_reset_button(event.size().width())
        super().resizeEvent(event)

    def set_member_states(self, states: list[MemberStateItem]) -> None:
        self._quiet = True
        try:
            while self.member_state.count() > 1:
                self.member_state.removeItem(1)
            for state in states:
                self.member_state.addItem(f"{state.name} ({state.iso3})", state.iso3)
        finally:
            self._quiet = False

    def set_year(self, year: int) -> None:
        """The default period: the work plan's year."""
        self._year = year
        self._quiet = True
        try:
            self.date_from.setDate(QDate(year, 1, 1))
            self.date_to.setDate(QDate(year, 12, 31))
        finally:
            self._quiet = False

    def reset(self) -> None:
        self._quiet = True
        try:
            for combo in (self.member_state, self.event_type, self.status):
                combo.setCurrentIndex(0)
            self.set_year(self._year)
        finally:
            self._quiet = False
        self.changed.emit()

    def event_filter(self) -> EventFilter:
        return EventFilter(
            member_state=self.member_state.currentData(),
            date_from=_to_date(self.date_from.date()),
            date_to=_to_date(self.date_to.date()),
            event_type=self.event_type.currentData(),
            status=self.status.currentData(),
        )

    def is_default(self) -> bool:
        return self.event_filter() == EventFilter.for_year(self._year)

    def _emit(self, *_args: object) -> None:
        if not self._quiet:
            self.changed.emit()
