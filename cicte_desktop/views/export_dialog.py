"""File > Export > Excel workbook: which period, work area and member state, and whether the
participants' names go in (personal data: off unless asked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from cicte_desktop import i18n
from cicte_desktop.exports.xlsx import ExportOptions, suggested_file_name
from cicte_desktop.services.reference import MemberStateItem
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.views.forms import fill_slot
from cicte_desktop.views.forms.ui_export_dialog import Ui_ExportDialog
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles
from cicte_desktop.views.period_picker import PeriodPicker
from cicte_desktop.views.screen_fit import fit_to_screen


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
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        self.period = fill_slot(self.ui, "periodPicker", PeriodPicker(plan.year))
        self.work_area = self.ui.workArea
        self.work_area.addItem(self.tr("All work areas"), None)
        for area in plan.work_areas:
            self.work_area.addItem(f"{area.number}. {area.title}", area.number)
        self.member_state = self.ui.memberState
        self.member_state.addItem(self.tr("All member states"), None)
        for state in member_states:
            self.member_state.addItem(f"{state.name} ({state.iso3})", state.iso3)
        self.with_participants = self.ui.withParticipants
        self.language = fill_languages(self.ui.language, i18n.ui_language())
        self.path = self.ui.path
        self._folder = folder
        self._suggested = ""  # the name the dialog offered: it follows the period until the user changes it
        self.ui.browse.clicked.connect(self._browse)
        self.hint = self.ui.hint
        self.period.changed.connect(self._update)
        self.buttons = self.ui.buttons
        export = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setObjectName("exportButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fit_to_screen(self, 620)
        self._update()

    @property
    def export_button(self) -> QPushButton:
        """Looked up each time, not kept (see ``PdfReportDialog.preview_button``)."""
        return self.buttons.findChild(QPushButton, "exportButton")

    def _update(self, *_args: object) -> None:
        """Over several years, say how the workbook groups them (by plan year)."""
        date_from, date_to = self.period.dates()
        if self.path.text() == self._suggested:
            self._suggested = str(self._folder / suggested_file_name(self.options()))
            self.path.setText(self._suggested)
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
