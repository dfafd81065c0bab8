"""File > Export > Excel workbook: which period, work area and member state, and whether the
participants' names go in (personal data: off unless asked)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cicte_desktop import i18n
from cicte_desktop.exports.xlsx import ExportOptions, period_options
from cicte_desktop.services.reference import MemberStateItem
from cicte_desktop.services.workplan import WorkPlanNode

YEAR, FIRST_HALF, SECOND_HALF, RANGE = "year", "h1", "h2", "range"


def language_combo(current: str) -> QComboBox:
    """The four languages, each named in its own language, ``current`` chosen."""
    combo = QComboBox()
    combo.setObjectName("language")
    for code, name in i18n.LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class ExportDialog(QDialog):
    def __init__(self, plan: WorkPlanNode, member_states: list[MemberStateItem], folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Excel workbook"))
        form = QFormLayout(self)
        self.period = QComboBox()
        self.period.setObjectName("period")
        for code, label in ((YEAR, self.tr("A whole year")), (FIRST_HALF, self.tr("January-June")),
                            (SECOND_HALF, self.tr("July-December")), (RANGE, self.tr("Dates of my choice"))):
            self.period.addItem(label, code)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(plan.year)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addWidget(self.year)
        period_row.addStretch(1)
        form.addRow(self.tr("Period"), period_row)
        self.date_from, self.date_to = QDateEdit(QDate(plan.year, 1, 1)), QDateEdit(QDate(plan.year, 12, 31))
        dates = QHBoxLayout()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            if QLocale().language() == QLocale.Language.C:
                edit.setDisplayFormat("yyyy-MM-dd")
        dates.addWidget(self.date_from)
        self.to_label = QLabel(self.tr("to"))
        dates.addWidget(self.to_label)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.dates_label = QLabel(self.tr("Dates"))
        form.addRow(self.dates_label, dates)
        self.work_area = QComboBox()
        self.work_area.setObjectName("workArea")
        self.work_area.addItem(self.tr("All work areas"), None)
        for area in plan.work_areas:
            self.work_area.addItem(f"{area.number}. {area.title}", area.number)
        form.addRow(self.tr("Work area"), self.work_area)
        self.member_state = QComboBox()
        self.member_state.setObjectName("memberState")
        self.member_state.addItem(self.tr("All member states"), None)
        for state in member_states:
            self.member_state.addItem(f"{state.name} ({state.iso3})", state.iso3)
        form.addRow(self.tr("Member state"), self.member_state)
        self.with_participants = QCheckBox(self.tr("Include the participants' names, e-mails and phones"))
        self.with_participants.setObjectName("withParticipants")
        self.with_participants.setToolTip(self.tr("Personal data: leave this off for reports that leave the "
                                                  "Secretariat."))
        form.addRow(self.tr("Personal data"), self.with_participants)
        self.language = language_combo(i18n.ui_language())
        self.language.setToolTip(self.tr("Sheet names, headings and the work plan's titles are written in this "
                                         "language."))
        form.addRow(self.tr("Language"), self.language)
        self.path = QLineEdit(str(folder / f"CICTE-{plan.year}.xlsx"))
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form.addRow(self.tr("File"), file_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.period.currentIndexChanged.connect(self._period_changed)
        self._period_changed()
        self.resize(620, 0)

    def _period_changed(self, *_args: object) -> None:
        custom = self.period.currentData() == RANGE
        for widget in (self.date_from, self.date_to, self.dates_label, self.to_label):
            widget.setVisible(custom)
        self.year.setVisible(not custom)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export Excel workbook"), self.path.text(),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def options(self) -> ExportOptions:
        code = self.period.currentData()
        if code == RANGE:
            start, end = self.date_from.date(), self.date_to.date()
            date_from = dt.date(start.year(), start.month(), start.day())
            date_to = dt.date(end.year(), end.month(), end.day())
        else:
            half = {FIRST_HALF: 1, SECOND_HALF: 2}.get(code)
            date_from, date_to = period_options(self.year.value(), half)
        return ExportOptions(date_from, date_to, self.member_state.currentData(), self.work_area.currentData(),
                             self.with_participants.isChecked(), self.language.currentData())

    def target(self) -> Path:
        return Path(self.path.text()).expanduser()
