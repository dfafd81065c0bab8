"""Preview of an attendance sheet before its people join the roster: the columns as guessed
(and correctable), every row of the sheet with what the service decided (import or skip, and
why), every mapped column; rows skipped for their name alone can be kept. Nothing is added until
Import is pressed, and nothing is saved until the event is."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.safe_text import shown
from cicte_desktop.services import attendance
from cicte_desktop.views.roles import set_role
from cicte_desktop.services.events.inputs import ParticipantInput
from cicte_desktop.views.screen_fit import fit_to_screen
from cicte_desktop.views.accessible import make_accessible

SKIPPED, WARNED, KEEPABLE = "skipped", "warned", "problem"  # row colours, by their name in ui/style.qss
#: Row, Decision and Keep stay in view when the table scrolls sideways.
FROZEN_COLUMNS = 3
PROBLEMS = 3
#: The widest a column of the sheet gets before its text wraps; the Problems column's narrowest.
FIELD_WIDTH, PROBLEMS_WIDTH = 170, 280


class FrozenColumnsTable(QTableWidget):
    """A table whose first ``frozen`` columns stay where they are when it scrolls sideways: a
    second view of the same items lies over them, scrolling only up and down with the table."""

    resized = Signal()

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self._frozen = frozen
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumns")
        self.frozen.setModel(self.model())
        self.frozen.setSelectionModel(self.selectionModel())
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().setVisible(False)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setFrameShape(QTableView.Shape.NoFrame)
        set_role(self.frozen, "frozen")
        for view in (self, self.frozen):
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, new: self.frozen.setRowHeight(row, new))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.model().columnsInserted.connect(lambda *_a: self.sync_frozen())
        self.model().modelReset.connect(self.sync_frozen)

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(min(self._frozen, self.columnCount())))

    def sync_frozen(self) -> None:
        """The frozen view shows the first columns, as wide and as high as the table's."""
        for column in range(self.columnCount()):
            self.frozen.setColumnHidden(column, column >= self._frozen)
            if column < self._frozen:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        for row in range(self.rowCount()):
            self.frozen.setRowHeight(row, self.rowHeight(row))
        self._place_frozen()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self._frozen:
            self.frozen.setColumnWidth(column, new)
            self._place_frozen()

    def _place_frozen(self) -> None:
        header = self.horizontalHeader().height()
        self.frozen.horizontalHeader().setFixedHeight(header)
        self.frozen.setGeometry(self.verticalHeader().width() + self.frameWidth(), self.frameWidth(),
                                self.frozen_width(), self.viewport().height() + header)
        self.frozen.verticalScrollBar().setValue(self.verticalScrollBar().value())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_frozen()
        self.resized.emit()

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        # Moving left onto a cell hidden under the frozen columns scrolls it out from under them.
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self._frozen
                and self.visualRect(current).left() < self.frozen_width()):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).left() - self.frozen_width())
        return current

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() >= self._frozen:
            super().scrollTo(index, hint)
        else:  # a frozen cell is always in view sideways: only scroll up or down to its row
            sideways = self.horizontalScrollBar().value()
            super().scrollTo(index, hint)
            self.horizontalScrollBar().setValue(sideways)


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

        # Every problem in full, wrapped in its cell (the rows grow); Row, Decision and Keep stay
        # in view when the sheet's columns are scrolled sideways.
        self.table = FrozenColumnsTable(FROZEN_COLUMNS)
        self.table.setObjectName("preview")
        self.table.setAccessibleName(self.tr("Rows of the sheet"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.itemChanged.connect(self._kept_changed)
        self._natural: list[int] = []  # each column's width on one line, as filled
        self._fitting = False
        self._rows_fit = QTimer(self)  # rows grow or shrink after the user widens or narrows a column
        self._rows_fit.setSingleShot(True)
        self._rows_fit.setInterval(0)
        self._rows_fit.timeout.connect(self._fit_rows)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self._fitting or self._rows_fit.start())
        self.table.resized.connect(self._fit_columns)
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
        make_accessible(self)  # buttons in the order seen
        self._refresh()
        # As wide as the table needs to show every column, as the screen allows.
        margins = layout.contentsMargins().left() + layout.contentsMargins().right() + 2 * self.table.frameWidth()
        wanted = (self.table.frozen_width() + max(PROBLEMS_WIDTH, min(self._natural[PROBLEMS], 2 * PROBLEMS_WIDTH))
                  + sum(self._natural[FROZEN_COLUMNS + 1:]) + self.table.verticalScrollBar().sizeHint().width()
                  + margins)
        fit_to_screen(self, max(wanted, 900), 680)
        self._fit_columns()

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
            person = preview.participant  # what would be stored, were the row kept: matched values
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
                    item.setBackground(qcolor(color))
                    item.setForeground(qcolor("ink"))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._fitting = True
        for column in range(FROZEN_COLUMNS):
            self.table.resizeColumnToContents(column)
        self._natural = [*(header.sectionSize(column) for column in range(FROZEN_COLUMNS)),
                         *self._natural_widths()]
        self._fitting = False
        self._fit_columns()
        self._filling = False
        good = sum(1 for r in self._rows if r.importable)
        warned = sum(1 for r in self._rows if r.importable and r.problems)
        skipped = len(self._rows) - good
        self.counts.setText(self.tr("{good} ({warned}); {skipped}. Nothing is saved until you save the event.").format(
            good=self.tr("%n person(people) will be added to the roster", "", good),
            warned=self.tr("%n with something to check", "", warned),
            skipped=self.tr("%n row(s) of the sheet will be skipped, each with why", "", skipped)))
        self.import_button.setEnabled(good > 0 and self.mapping()["name"] is not None)

    def _natural_widths(self) -> list[int]:
        """The Problems column's and each field's width on one line. A field counts the people's
        rows only: a signature line or a title below the headings wraps rather than widen it."""
        metrics, header_metrics = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        pad = 2 * (self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        widths = []
        for column in range(FROZEN_COLUMNS, self.table.columnCount()):
            person_column = column > PROBLEMS
            widest = header_metrics.horizontalAdvance(self.table.horizontalHeaderItem(column).text()) + 16
            for row, preview in enumerate(self._rows):
                if person_column and preview.participant is None:
                    continue
                item = self.table.item(row, column)
                widest = max(widest, metrics.horizontalAdvance(item.text()) + pad)
            widths.append(widest)
        return widths

    def _fit_columns(self) -> None:
        """The sheet's columns as wide as their text, up to FIELD_WIDTH (longer text wraps); the
        Problems column gets the rest of the width, never less than PROBLEMS_WIDTH; then every
        row as high as its wrapped text."""
        if self._fitting or not self._natural:
            return
        self._fitting = True
        try:
            header = self.table.horizontalHeader()
            header.setStretchLastSection(False)
            fields = [min(width, FIELD_WIDTH) for width in self._natural[FROZEN_COLUMNS + 1:]]
            for column, width in enumerate(fields, FROZEN_COLUMNS + 1):
                header.resizeSection(column, width)
            bar = self.table.verticalScrollBar()
            room = self.table.viewport().width() if self.table.isVisible() else self.width() - 40
            if not bar.isVisible():  # rows growing as they wrap may bring it: its room is kept
                room -= bar.sizeHint().width()
            problems = room - self.table.frozen_width() - sum(fields)
            header.resizeSection(PROBLEMS, max(PROBLEMS_WIDTH, min(problems, self._natural[PROBLEMS])))
            if problems > self._natural[PROBLEMS]:  # room to spare: the sheet's columns share it
                header.setStretchLastSection(True)
        finally:
            self._fitting = False
        self._fit_rows()

    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()
        self.table.sync_frozen()

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
