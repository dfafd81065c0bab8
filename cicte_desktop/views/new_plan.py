"""Plan > New Work Plan…: the year of the new plan and the earlier plan it starts from."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cicte_desktop.services.plan_years import FIRST_YEAR, LAST_YEAR
from cicte_desktop.views.forms.ui_new_plan import Ui_NewPlanDialog
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles, set_role
from cicte_desktop.views.text_fit import keep_text_whole


class NewPlanDialog(QDialog):
    """Asks for a year without a plan and the plan to carry over; says whether the new plan will
    reach the laptops (only headquarters' plan changes do)."""

    def __init__(self, plan_years: list[int], headquarters: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewPlanDialog()
        self.ui.setupUi(self)
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        self._taken = set(plan_years)
        self.year = self.ui.newPlanYear
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        latest = max(plan_years) if plan_years else 2016
        self.year.setValue(min(latest + 1, LAST_YEAR))
        self.source = self.ui.newPlanSource
        for year in sorted(plan_years, reverse=True):
            self.source.addItem(self.tr("{year} Work Plan").format(year=year), year)
        self.problem = self.ui.problem
        self.role_note = self.ui.roleNote
        self.role_note.setText(self.tr(
            "This computer is not headquarters: the new plan stays on this computer, as other computers refuse "
            "work-plan changes from a laptop, and events logged under it reach them only once headquarters starts "
            "the same plan (from the same earlier plan). To give every laptop the new plan, start it at headquarters "
            "and send it in a field package.") if not headquarters else self.tr(
            "This computer is headquarters: the new plan goes to the laptops in the next field packages."))
        if not headquarters:
            set_role(self.role_note, "banner")
        self.buttons = self.ui.buttons
        self.create_button = self.buttons.addButton(self.tr("Create Plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.year.valueChanged.connect(self._check)
        self.source.currentIndexChanged.connect(self._check)
        self._check()
        self.adjustSize()
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def _check(self, *_args: object) -> None:
        problem = None
        if self.year.value() in self._taken:
            problem = self.tr("There is already a work plan for {year}: choose another year.").format(
                year=self.year.value())
        elif self.source.currentData() is None:
            problem = self.tr("There is no work plan to start from.")
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        self.create_button.setEnabled(problem is None)

    def choice(self) -> tuple[int, int]:
        """(the new plan's year, the year of the plan it starts from)."""
        return self.year.value(), self.source.currentData()
