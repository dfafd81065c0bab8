"""A reporting period: a whole year, January-June, July-December or dates of the user's choice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from cicte_desktop.exports.xlsx import period_options
from cicte_desktop.locale_format import date_edit_format

YEAR, FIRST_HALF, SECOND_HALF, RANGE = "year", "h1", "h2", "range"


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("period")
        self.kind.setAccessibleName(self.tr("Period"))
        for code, label in ((YEAR, self.tr("A whole year")), (FIRST_HALF, self.tr("January-June")),
                            (SECOND_HALF, self.tr("July-December")), (RANGE, self.tr("Dates of my choice"))):
            self.kind.addItem(label, code)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.date_from, self.date_to = QDateEdit(QDate(year, 1, 1)), QDateEdit(QDate(year, 12, 31))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.dateChanged.connect(self.changed)
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        self.to_label = QLabel(self.tr("to"))
        layout.addWidget(self.kind)
        layout.addWidget(self.year)
        layout.addWidget(self.date_from)
        layout.addWidget(self.to_label)
        layout.addWidget(self.date_to)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self, *_args: object) -> None:
        custom = self.kind.currentData() == RANGE
        for widget in (self.date_from, self.date_to, self.to_label):
            widget.setVisible(custom)
        self.year.setVisible(not custom)
        self.changed.emit()

    def set_half_of(self, day: dt.date) -> None:
        """Choose the half year that ``day`` falls in."""
        self.year.setValue(day.year)
        self.kind.setCurrentIndex(self.kind.findData(FIRST_HALF if day.month <= 6 else SECOND_HALF))

    def dates(self) -> tuple[dt.date, dt.date]:
        code = self.kind.currentData()
        if code == RANGE:
            start, end = self.date_from.date(), self.date_to.date()
            return dt.date(start.year(), start.month(), start.day()), dt.date(end.year(), end.month(), end.day())
        half = {FIRST_HALF: 1, SECOND_HALF: 2}.get(code)
        date_from, date_to = period_options(self.year.value(), half)
        assert date_from is not None and date_to is not None
        return date_from, date_to
