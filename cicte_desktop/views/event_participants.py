"""The event form's participants: the roster (the people who took part, added by hand or from an
attendance sheet) and the counts by sex kept in step with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.views.header_fit import ColumnFit
from cicte_desktop.qtmodels.roster_table import RosterTableModel
from cicte_desktop.services.events.inputs import ParticipantInput
from cicte_desktop.services.reference import MemberStateItem
from cicte_desktop.views import messages


class EventParticipants(QWidget):
    """The roster table with Add person, Remove person and Import attendance sheet….

    ``changed`` is emitted for every change of the roster (typed, added, removed, refilled);
    ``imported`` once the people of an attendance sheet are added."""

    changed = Signal()
    imported = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_states: list[MemberStateItem] = []  # the attendance import matches countries to them
        self.attendance_dialog = None
        self.roster_model = RosterTableModel(self)
        self.roster = QTableView()
        self.roster.setObjectName("roster")
        self.roster.setModel(self.roster_model)
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Each column as wide as its heading in the window's language ("Correo electrónico"), the
        # rest of the width to the name, the institution and the e-mail address.
        self.roster_columns = ColumnFit(self.roster, stretch={0: 3, 2: 3, 4: 2, 5: 3},
                                        samples={1: "F", 3: "Trinidad", 6: "+1 876 555 0100"})
        self.roster.verticalHeader().setVisible(False)
        self.roster.setMinimumHeight(self.roster.fontMetrics().height() * 8)
        buttons = QHBoxLayout()
        self.add_person = QPushButton(self.tr("Add person"))
        self.add_person.setObjectName("addPerson")
        self.remove_person = QPushButton(self.tr("Remove person"))
        self.remove_person.setObjectName("removePerson")
        self.import_sheet = QPushButton(self.tr("Import attendance sheet…"))
        self.import_sheet.setObjectName("importSheet")
        for button in (self.add_person, self.remove_person, self.import_sheet):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.roster)
        column.addLayout(buttons)
        self.add_person.clicked.connect(self._add_person)
        self.remove_person.clicked.connect(self._remove_person)
        self.import_sheet.clicked.connect(self._import_sheet)
        for signal in (self.roster_model.dataChanged, self.roster_model.rowsInserted, self.roster_model.rowsRemoved,
                       self.roster_model.modelReset):
            signal.connect(self.changed)

    def set_read_only(self, read_only: bool) -> None:
        self.roster_model.set_read_only(read_only)
        for button in (self.add_person, self.remove_person, self.import_sheet):
            button.setEnabled(not read_only)

    def _add_person(self) -> None:
        self.roster_model.add([ParticipantInput(None, "")])
        index = self.roster_model.index(self.roster_model.rowCount() - 1, 0)
        self.roster.setCurrentIndex(index)
        self.roster.edit(index)

    def _remove_person(self) -> None:
        self.roster_model.remove(self.roster.currentIndex().row())

    def _import_sheet(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import attendance sheet"), str(Path.home()),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_attendance(Path(path))

    def import_attendance(self, path: Path) -> None:
        """Read ``path`` and show what it holds (``attendance_dialog``); nothing is added until the
        user imports it there."""
        from cicte_desktop.services import attendance
        from cicte_desktop.views.attendance_import import AttendanceImportDialog

        try:
            sheet = attendance.read_sheet(path)
        except attendance.AttendanceSheetError as exc:
            messages.show_error(self, self.tr("Cannot import the attendance sheet"), str(exc))
            return
        dialog = AttendanceImportDialog(sheet, self.roster_model.people(), self.window(), self.member_states)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_people.connect(self._people_imported)
        self.attendance_dialog = dialog
        dialog.open()

    def _people_imported(self, people: list[ParticipantInput]) -> None:
        self.roster_model.add(people)
        self.imported.emit()


class ParticipantCounts(QObject):
    """The event form's counts by sex and total (``ui``: the form's), kept in step with the roster.

    The total stays the sum of the counts unless the user types another. Roster totals fill the
    counts as long as they were the roster's (or empty): counts typed by hand for a partial roster
    are never overwritten. After an attendance sheet is imported: an offer (never a prompt) to
    take the counts from the roster when they say something else; nothing is saved until Save.
    ``changed`` is emitted for every change the user (or the roster) makes; none while ``loading``."""

    changed = Signal()

    def __init__(self, ui: object, participants: EventParticipants, scroll_area: QScrollArea) -> None:
        super().__init__(participants)
        self.women, self.men, self.unknown, self.total = ui.women, ui.men, ui.notRecorded, ui.total
        self.offer, self.offer_text = ui.countsOffer, ui.countsOfferText
        self.roster_model = participants.roster_model
        self._scroll_area = scroll_area
        self.loading = True
        self.total_in_sync = True
        self._roster_counts = (0, 0, 0)
        ui.useRosterCounts.clicked.connect(self._use_roster_counts)
        ui.keepTypedCounts.clicked.connect(lambda: self.offer.setVisible(False))
        for spin in (self.women, self.men, self.unknown):
            spin.valueChanged.connect(self._sex_count_changed)
        self.total.valueChanged.connect(self._total_changed)
        participants.changed.connect(self._roster_changed)
        participants.imported.connect(self._people_imported)

    def fill(self, people: tuple[ParticipantInput, ...], women: int, men: int, unknown: int, total: int) -> None:
        self.roster_model.set_people(people)
        self._roster_counts = self.roster_model.counts()
        for spin, value in ((self.women, women), (self.men, men), (self.unknown, unknown), (self.total, total)):
            spin.setValue(value)
        self.total_in_sync = total == women + men + unknown

    def typed(self) -> tuple[int, int, int]:
        return self.women.value(), self.men.value(), self.unknown.value()

    def _offered(self) -> bool:
        return self.offer.isVisibleTo(self.offer.window())

    def _sex_count_changed(self, *_args: object) -> None:
        if self.loading:
            return
        if self._offered():
            self._offer_roster_counts()
        if self.total_in_sync:  # keep the total the sum, unless the user typed another total
            self.total.blockSignals(True)
            self.total.setValue(sum(self.typed()))
            self.total.blockSignals(False)
        self.changed.emit()

    def _total_changed(self, value: int) -> None:
        if not self.loading:
            self.total_in_sync = value == sum(self.typed())

    def _roster_changed(self) -> None:
        counts = self.typed()
        follows = counts == self._roster_counts or counts == (0, 0, 0)
        self._roster_counts = self.roster_model.counts()
        if self._offered():
            self._offer_roster_counts()
        if self.loading or not self.roster_model.rowCount() or not follows:
            self.changed.emit()
            return
        women, men, unknown = self._roster_counts
        self.total_in_sync = True
        self.loading = True
        for spin, value in ((self.women, women), (self.men, men), (self.unknown, unknown),
                            (self.total, women + men + unknown)):
            spin.setValue(value)
        self.loading = False
        self.changed.emit()

    def _people_imported(self) -> None:
        self._offer_roster_counts()
        if self._offered():  # in sight, with the counts it is about
            QTimer.singleShot(0, lambda: self._scroll_area.ensureWidgetVisible(self.offer, 0, 60))

    def _offer_roster_counts(self) -> None:
        """Show the offer when the counts by sex differ from the roster's; hide it when they agree."""
        roster = self.roster_model.counts()
        typed = self.typed()
        if roster == typed or not self.roster_model.rowCount():
            self.offer.setVisible(False)
            return
        self.offer_text.setText(self.tr(
            "The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women "
            "{typed_women}, men {typed_men}, not recorded {typed_unknown}.").format(
                women=roster[0], men=roster[1], unknown=roster[2], typed_women=typed[0], typed_men=typed[1],
                typed_unknown=typed[2]))
        self.offer.setVisible(True)

    def _use_roster_counts(self) -> None:
        """The counts by sex (and the total) from the roster, in the form only: Save stores them."""
        women, men, unknown = self.roster_model.counts()
        self.total_in_sync = True
        for spin, value in ((self.women, women), (self.men, men), (self.unknown, unknown)):
            spin.setValue(value)
        self.total.setValue(women + men + unknown)
        self.offer.setVisible(False)
        self.changed.emit()
