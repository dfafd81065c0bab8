"""File > Export > Excel workbook: which period, work area and member state, and whether the
participants' names go in (personal data: off unless asked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cicte_desktop import i18n
from cicte_desktop.exports.xlsx import ExportOptions
from cicte_desktop.services.reference import MemberStateItem
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.views.period_picker import PeriodPicker
from cicte_desktop.views.screen_fit import fit_to_screen


def language_combo(current: str) -> QComboBox:
    """The four languages, each named in its own language, ``current`` chosen."""
    combo = QComboBox()
    combo.setObjectName("language")
    return fill_languages(combo, current)


def fill_languages(combo: QComboBox, current: str) -> QComboBox:
    """``combo`` (a form's) lists the four languages, each named in its own language, ``current`` chosen."""
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
        self.period = PeriodPicker(plan.year)
        form.addRow(self.tr("Period"), self.period)
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
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.period.changed.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        fit_to_screen(self, 620)
        self._update()

    def _update(self, *_args: object) -> None:
        """Over several years, say how the workbook groups them (by plan year)."""
        date_from, date_to = self.period.dates()
        several = date_from is not None and date_to is not None and date_from.year != date_to.year
        self.hint.setText(self.tr(
            "This period covers several years: the workbook has a Summary, Work plan and By member state sheet "
            "for each work plan year, measured against that year's plan, and one Events sheet with every event. "
            "Years without a work plan are named in a note.") if several else "")
        self.hint.setVisible(several)
        self.adjustSize()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export Excel workbook"), self.path.text(),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def options(self) -> ExportOptions:
        date_from, date_to = self.period.dates()
        return ExportOptions(date_from, date_to, self.member_state.currentData(), self.work_area.currentData(),
                             self.with_participants.isChecked(), self.language.currentData())

    def target(self) -> Path:
        return Path(self.path.text()).expanduser()
