"""What importing an Events sheet would do, row by row, before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.services.events import workbook_import
from cicte_desktop.views.screen_fit import fit_to_screen
from cicte_desktop.views.accessible import make_accessible


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: workbook_import.ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import events — {name}").format(name=preview.path.name))
        kinds = {workbook_import.NEW: self.tr("New"), workbook_import.CHANGED: self.tr("Changed"), workbook_import.UNCHANGED: self.tr("Unchanged"),
                 workbook_import.REJECTED: self.tr("Problem")}
        shown = [r for r in preview.rows if r.kind != workbook_import.UNCHANGED]
        self.table = QTableWidget(len(shown), 4)
        self.table.setObjectName("rows")
        self.table.setAccessibleName(self.tr("Rows of the workbook"))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("What happens"), self.tr("Title"),
                                              self.tr("Changes or problems")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for index, row in enumerate(shown):
            details = "; ".join(row.problems) if row.problems else ", ".join(row.changes)
            for column, value in enumerate((str(row.row_number), kinds[row.kind], row.title, details)):
                item = QTableWidgetItem(value)
                if row.kind == workbook_import.REJECTED:
                    item.setBackground(qcolor("problem"))
                    item.setForeground(qcolor("ink"))
                self.table.setItem(index, column, item)
        self.counts = QLabel(self.tr("{new}, {changed}, {unchanged}, {rejected}.").format(
            new=self.tr("%n new", "", preview.count(workbook_import.NEW)), changed=self.tr("%n changed", "", preview.count(workbook_import.CHANGED)),
            unchanged=self.tr("%n unchanged", "", preview.count(workbook_import.UNCHANGED)),
            rejected=self.tr("%n with problems", "", preview.count(workbook_import.REJECTED))))
        self.counts.setObjectName("counts")
        advice = QLabel(self.tr("Nothing is written until you press Import, and then everything at once. Rows with "
                                "problems block the import: correct them in the workbook and import it again.")
                        if preview.count(workbook_import.REJECTED) else
                        self.tr("Nothing is written until you press Import, and then everything at once."))
        advice.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(preview.can_apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(advice)
        layout.addWidget(self.buttons)
        make_accessible(self)  # buttons in the order seen, Tab out of the table
        fit_to_screen(self, 820, 520)
