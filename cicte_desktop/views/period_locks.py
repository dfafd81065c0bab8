"""Reporting periods: mark a half year as reported (its events become read-only) or open it
again; both ask for a reason, kept in the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from cicte_desktop.db.database import Database
from cicte_desktop.services.events import errors, periods as events_periods
from cicte_desktop.views import messages
from cicte_desktop.views.forms.ui_period_locks import Ui_PeriodLocksDialog
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles
from cicte_desktop.views.screen_fit import fit_to_screen
from cicte_desktop.views.text_fit import keep_text_whole


class PeriodLocksDialog(QDialog):
    def __init__(self, db: Database, years: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeriodLocksDialog()
        self.ui.setupUi(self)  # two rows a year: they scroll, the Close button stays in sight
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        self._db, self._years = db, years
        self.grid = self.ui.grid
        self.buttons: dict[tuple[int, int], QPushButton] = {}
        self._refresh()
        fit_to_screen(self, 560, self.sizeHint().height() + self.ui.periods.sizeHint().height())
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def _refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        locked = events_periods.locked_periods(self._db)
        row = 0
        for year in self._years:
            for half in (1, 2):
                is_locked = (year, half) in locked
                self.grid.addWidget(QLabel(events_periods.period_label(year, half)), row, 0)
                self.grid.addWidget(QLabel(self.tr("Reported, locked") if is_locked else self.tr("Open")), row, 1)
                button = QPushButton(self.tr("Unlock…") if is_locked else self.tr("Mark as reported…"))
                button.setObjectName(f"lock_{year}_{half}")
                button.clicked.connect(lambda _checked=False, y=year, h=half, lock=not is_locked: self.toggle(y, h, lock))
                self.grid.addWidget(button, row, 2)
                self.buttons[(year, half)] = button
                row += 1

    def toggle(self, year: int, half: int, lock: bool) -> None:
        period = events_periods.period_label(year, half)
        reason = messages.ask_text(
            self, self.tr("Mark as reported") if lock else self.tr("Unlock"),
            (self.tr("Why is {period} marked as reported?") if lock else
             self.tr("Why is {period} opened again?")).format(period=period))
        if reason is None:
            return
        try:
            events_periods.set_period_lock(self._db, year, half, lock, reason)
        except errors.ReasonRequiredError as exc:
            messages.show_error(self, self.tr("Reporting periods"), str(exc))
            return
        self._refresh()
