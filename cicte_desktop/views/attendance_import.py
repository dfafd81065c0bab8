"""Preview of an attendance sheet before its people join the roster: the columns as guessed
(and correctable), every row of the sheet with what the service decided (import or skip, and
why), every mapped column; rows skipped for their name alone can be kept. Nothing is added until
Import is pressed, and nothing is saved until the event is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.safe_text import shown
from cicte_desktop.services import attendance
from cicte_desktop.services.event_log import ParticipantInput
from cicte_desktop.views.screen_fit import fit_to_screen

SKIPPED = QColor(236, 236, 236)
WARNED = QColor(255, 243, 205)
KEEPABLE = QColor(253, 226, 226)


class AttendanceImportDialog(QDialog):
    accepted_people = Signal(list)  # list[ParticipantInput]

    def __init__(self, sheet: attendance.Sheet, roster: list[ParticipantInput], parent: QWidget | None = None,
                 member_states: list | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceImport")
        self.setWindowTitle(self.tr("Import attendance sheet — {name}").format(name=shown(sheet.path.name)))
        self._sheet, self._roster, self._member_states = sheet, roster, member_states
        self._rows: list[attendance.PreviewRow] = []
        self._keep: set[int] = set()
        self._filling = False
        self.labels = {
            "name": self.tr("Name"), "sex": self.tr("Sex"), "institution": self.tr("Institution"),
            "country": self.tr("Country"), "position": self.tr("Position"), "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        mapping_box = QGroupBox(self.tr("Columns of the sheet (headings in row {row})").format(row=sheet.header_row))
        grid = QGridLayout(mapping_box)
        self.columns: dict[str, QComboBox] = {}
        guessed = attendance.guess_mapping(sheet.headers)
        for index, name in enumerate(attendance.FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.addItem(self.tr("(not in the sheet)"), None)
            for column, header in enumerate(sheet.headers):
                combo.addItem(f"{attendance.column_letter(column)}: " + (
                    shown(header) or self.tr("Column {number}").format(number=column + 1)), column)
            combo.setCurrentIndex(combo.findData(guessed[name]) if guessed[name] is not None else 0)
            combo.currentIndexChanged.connect(self._refresh)
            self.columns[name] = combo
            label = QLabel(self.labels[name])
            label.setBuddy(combo)
            row, pair = divmod(index, 4)
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            grid.setColumnStretch(pair * 2 + 1, 1)

        self.table = QTableWidget(0, 0)
        self.table.setObjectName("preview")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._kept_changed)
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
        fit_to_screen(self, 1100, 680)
        self._refresh()

    def mapping(self) -> dict[str, int | None]:
        return {name: combo.currentData() for name, combo in self.columns.items()}

    def shown_fields(self) -> list[str]:
        """The roster fields the sheet has a column for, in the preview's order."""
        return [name for name, column in self.mapping().items() if column is not None]

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Decision"), self.tr("Keep"), self.tr("Problems"),
                *(self.labels[name] for name in self.shown_fields())]

    def _refresh(self, *_args: object) -> None:
        self._rows = attendance.preview(self._sheet, self.mapping(), self._roster, self._member_states, self._keep)
        fields = self.shown_fields()
        self._filling = True
        self.table.clear()
        self.table.setColumnCount(len(fields) + 4)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setRowCount(len(self._rows))
        sexes = {"F": self.tr("F"), "M": self.tr("M"), None: self.tr("not recorded")}
        decisions = {attendance.IMPORT: self.tr("Import"), attendance.SKIP: self.tr("Skip")}
        for row, preview in enumerate(self._rows):
            person = preview.participant if preview.importable else None
            problems = "; ".join(preview.problems) if preview.problems else self.tr("OK")
            cells = [str(preview.row_number), decisions[preview.decision], "", problems]
            tips = ["", "", "", problems]
            if not any(preview.values.values()) and preview.cells:  # a title, a total: what it says
                tips[3] = self.tr("{problem}: {text}").format(problem=problems, text=shown(" · ".join(
                    preview.cells.values())))
                cells[3] = tips[3]
            for name in fields:
                read = preview.values.get(name, "")
                value = read
                if person is not None:
                    value = sexes[person.sex] if name == "sex" else (getattr(person, name) or "")
                tips.append(self.tr("In the sheet: {value}").format(value=shown(read)) if value != read and read else "")
                cells.append(shown(value))
            color = (KEEPABLE if preview.keepable and not preview.importable else SKIPPED
                     if not preview.importable else WARNED if preview.problems else None)
            for column, (value, tip) in enumerate(zip(cells, tips, strict=True)):
                item = QTableWidgetItem(value)
                if tip:
                    item.setToolTip(tip)
                if column == 2:
                    flags = Qt.ItemFlag.ItemIsEnabled
                    if preview.keepable:
                        flags |= Qt.ItemFlag.ItemIsUserCheckable
                        item.setCheckState(Qt.CheckState.Checked if preview.row_number in self._keep
                                           else Qt.CheckState.Unchecked)
                        item.setToolTip(self.tr("Keep this name as text"))
                    item.setFlags(flags)
                if color is not None:
                    item.setBackground(color)
                    item.setForeground(QColor(0, 0, 0))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        header.resizeSection(3, min(header.sectionSize(3), 320))
        for column in range(4, self.table.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 200))
        header.setStretchLastSection(True)
        self._filling = False
        good = sum(1 for r in self._rows if r.importable)
        warned = sum(1 for r in self._rows if r.importable and r.problems)
        skipped = len(self._rows) - good
        self.counts.setText(self.tr("{good} ({warned}); {skipped}. Nothing is saved until you save the event.").format(
            good=self.tr("%n person(people) will be added to the roster", "", good),
            warned=self.tr("%n with something to check", "", warned),
            skipped=self.tr("%n row(s) of the sheet will be skipped, each with why", "", skipped)))
        self.import_button.setEnabled(good > 0 and self.mapping()["name"] is not None)

    def _kept_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 2:
            return
        number = self._rows[item.row()].row_number
        if item.checkState() == Qt.CheckState.Checked:
            self._keep.add(number)
        else:
            self._keep.discard(number)
        self._refresh()

    def set_kept(self, row_number: int, kept: bool) -> None:
        """Tick or untick "keep" for the row of the sheet numbered ``row_number``."""
        for row, preview in enumerate(self._rows):
            if preview.row_number == row_number:
                item = self.table.item(row, 2)
                item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)
                return
        raise KeyError(row_number)

    def rows(self) -> list[attendance.PreviewRow]:
        return list(self._rows)

    def people(self) -> list[ParticipantInput]:
        return [r.participant for r in self._rows if r.importable and r.participant is not None]

    def _import(self) -> None:
        self.accepted_people.emit(self.people())
        self.accept()
