"""The plan editor's small dialogs: an activity's target (with its half-year split) and where to
move a plan item."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QSpinBox, QVBoxLayout, QWidget)

from cicte_desktop.services import plan_edit, plan_reading
from cicte_desktop.views import messages
from cicte_desktop.views.roles import set_role
from cicte_desktop.views.screen_fit import available_size, fit_to_screen
from cicte_desktop.views.text_fit import keep_text_whole

UUID_ROLE = Qt.ItemDataRole.UserRole


class TargetDialog(QDialog):
    """An activity's target: how many (or no number), of what, or upon request, and how many of
    it are due in each half of the year (optional; both set, they add up to the target)."""

    def __init__(self, quantity: int | None, unit: str | None, upon_request: bool, parent: QWidget | None = None,
                 first_half: int | None = None, second_half: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetDialog")
        self.setWindowTitle(self.tr("Target of the Activity"))
        self.quantity = self._number("targetQuantity", quantity, self.tr("no number"))
        self.unit = QLineEdit(unit or "")
        self.unit.setObjectName("targetUnit")
        self.unit.setMaxLength(plan_edit.MAX_UNIT)
        self.unit.setPlaceholderText(self.tr("workshops, missions, countries…"))
        self.upon_request = QCheckBox(self.tr("Upon request of member states"))
        self.upon_request.setObjectName("uponRequest")
        self.upon_request.setChecked(upon_request)
        self.first_half = self._number("targetFirstHalf", first_half, self.tr("not set"))
        self.second_half = self._number("targetSecondHalf", second_half, self.tr("not set"))
        self.halves_note = QLabel()
        self.halves_note.setObjectName("targetHalvesNote")
        self.halves_note.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&How many:"), self.quantity)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow("", self.upon_request)
        form.addRow(self.tr("Due by 30 &June:"), self.first_half)
        form.addRow(self.tr("Due July–&December:"), self.second_half)
        form.addRow("", self.halves_note)
        for spin in (self.quantity, self.first_half, self.second_half):
            spin.valueChanged.connect(self._show_halves)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_halves()
        fit_to_screen(self, 460)
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    @staticmethod
    def _number(name: str, value: int | None, empty: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(-1, plan_edit.MAX_TARGET)
        spin.setSpecialValueText(empty)  # -1: no number
        spin.setValue(-1 if value is None else value)
        return spin

    def _halves_problem(self) -> str | None:
        quantity, _unit, _upon, first, second = self.values()
        return plan_edit.half_targets_problem(quantity, first, second)

    def _show_halves(self, *_args: object) -> None:
        """Under the half-year fields: what is due when, or why it cannot be saved."""
        quantity, _unit, _upon, first, second = self.values()
        problem = self._halves_problem()
        if problem:
            self.halves_note.setText(problem)
            set_role(self.halves_note, "error")
        elif first is None and second is None:
            self.halves_note.setText(self.tr("Optional. Without them the target is expected evenly over the year."))
            set_role(self.halves_note, None)
        else:
            first = first if first is not None else (quantity or 0) - (second or 0)
            self.halves_note.setText(self.tr("{first} due by 30 June, all {target} by 31 December.").format(
                first=first, target=quantity))
            set_role(self.halves_note, None)
        if self.isVisible():  # a longer note (a refusal in words) is read whole, not cut
            QTimer.singleShot(0, self._fit_note)

    def _fit_note(self) -> None:
        """Grow to the height the note needs now (once its new text is laid out), within the screen."""
        layout = self.layout()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if needed > self.height():
            self.resize(QSize(self.width(), needed).boundedTo(available_size(self)))

    def accept(self) -> None:
        problem = self._halves_problem()
        if problem:  # said in words; the dialog stays open with what was typed
            messages.show_error(self, self.tr("The target was not changed"), problem)
            return
        super().accept()

    def values(self) -> tuple[int | None, str | None, bool, int | None, int | None]:
        """(how many, unit, upon request, due by 30 June, due July-December); None: no number."""
        quantity, unit, upon = self.target()
        first, second = (None if s.value() < 0 else s.value() for s in (self.first_half, self.second_half))
        return quantity, unit, upon, first, second

    def target(self) -> tuple[int | None, str | None, bool]:
        value = self.quantity.value()
        return (None if value < 0 else value), (self.unit.text().strip() or None), self.upon_request.isChecked()


class MoveDialog(QDialog):
    """Where to move a plan item: the items of its parent's level in the same plan (not retired),
    narrowed by typing."""

    def __init__(self, item: str, targets: list[plan_reading.MoveTarget], parent: QWidget | None = None,
                 now_under: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move to…"))
        self._targets = targets
        heading = QLabel(self.tr("Move “{item}” under:").format(item=item))
        heading.setObjectName("moveHeading")
        heading.setWordWrap(True)
        now = QLabel(self.tr("Now under: {parent}").format(parent=now_under) if now_under else "")
        now.setObjectName("moveNowUnder")
        now.setWordWrap(True)
        now.setVisible(bool(now_under))
        self.filter = QLineEdit()
        self.filter.setObjectName("moveFilter")
        self.filter.setAccessibleName(self.tr("Narrow the list"))
        self.filter.setPlaceholderText(self.tr("Type a code or words of the title to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("moveTargets")
        self.list.setAccessibleName(self.tr("Move under"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for target in targets:
            row = QListWidgetItem(target.label)
            row.setData(UUID_ROLE, target.uuid)
            row.setToolTip(target.label)
            self.list.addItem(row)
        note = QLabel(self.tr("It goes last under the item chosen, with the next number there. Retired items are "
                              "not listed."))
        note.setObjectName("moveNote")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._narrow)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(now)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._chosen()
        fit_to_screen(self, 620, 520)
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for index in range(self.list.count()):
            row = self.list.item(index)
            hidden = not all(w in row.text().casefold() for w in words)
            row.setHidden(hidden)
            if not hidden and first is None:
                first = row
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        current = self.list.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(current is not None and not current.isHidden())

    def choose(self, uuid: str) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(UUID_ROLE) == uuid:
                self.list.setCurrentRow(index)
                return

    def chosen(self) -> str | None:
        current = self.list.currentItem()
        return current.data(UUID_ROLE) if current is not None and not current.isHidden() else None
