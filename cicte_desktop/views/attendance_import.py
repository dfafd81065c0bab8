"""Preview of an attendance sheet before its people join the roster: the columns as guessed
(and correctable), every row with its problems; nothing is added until Import is pressed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.services import attendance
from cicte_desktop.services.event_log import ParticipantInput


class AttendanceImportDialog(QDialog):
    accepted_people = Signal(list)  # list[ParticipantInput]

    def __init__(self, sheet: attendance.Sheet, roster: list[ParticipantInput], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceImport")
        self.setWindowTitle(self.tr("Import attendance sheet — {name}").format(name=sheet.path.name))
        self._sheet, self._roster = sheet, roster
        self._rows: list[attendance.PreviewRow] = []
        labels = {
            "name": self.tr("Name"), "sex": self.tr("Sex"), "institution": self.tr("Institution"),
            "country": self.tr("Country"), "position": self.tr("Position"), "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        mapping_box = QGroupBox(self.tr("Columns of the sheet"))
        form = QFormLayout(mapping_box)
        self.columns: dict[str, QComboBox] = {}
        guessed = attendance.guess_mapping(sheet.headers)
        for name in attendance.FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.addItem(self.tr("(not in the sheet)"), None)
            for column, header in enumerate(sheet.headers):
                combo.addItem(header or self.tr("Column {number}").format(number=column + 1), column)
            combo.setCurrentIndex(combo.findData(guessed[name]) if guessed[name] is not None else 0)
            combo.currentIndexChanged.connect(self._refresh)
            self.columns[name] = combo
            form.addRow(labels[name], combo)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("preview")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Sex"), self.tr("Problems")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mapping_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self._refresh()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.columns.items()}

    def _refresh(self, *_args: object) -> None:
        self._rows = attendance.preview(self._sheet, self.mapping(), self._roster)
        self.table.setRowCount(len(self._rows))
        sexes = {"F": self.tr("F"), "M": self.tr("M"), None: ""}
        for row, preview in enumerate(self._rows):
            person = preview.participant
            values = (str(preview.row_number), person.name if person else "", sexes[person.sex] if person else "",
                      "; ".join(preview.problems) if preview.problems else self.tr("OK"))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if preview.problems:
                    item.setBackground(QColor(253, 226, 226))
                    item.setForeground(QColor(0, 0, 0))
                self.table.setItem(row, column, item)
        good = sum(1 for r in self._rows if r.importable)
        skipped = len(self._rows) - good
        self.counts.setText(self.tr("{good}; {skipped}. Nothing is saved until you save the event.").format(
            good=self.tr("%n person(people) will be added to the roster", "", good),
            skipped=self.tr("%n row(s) with problems will be skipped", "", skipped)))
        self.import_button.setEnabled(good > 0 and self.mapping()["name"] is not None)

    def people(self) -> list[ParticipantInput]:
        return [r.participant for r in self._rows if r.importable and r.participant is not None]

    def _import(self) -> None:
        self.accepted_people.emit(self.people())
        self.accept()
