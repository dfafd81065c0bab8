"""The name of this computer, as other laptops and headquarters will see it in field packages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cicte_desktop.services.devices import MAX_NAME, check_name
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles
from cicte_desktop.views.forms.ui_device_name import Ui_DeviceNameDialog
from cicte_desktop.views.text_fit import keep_text_whole


class DeviceNameDialog(QDialog):
    def __init__(self, current: str, first_run: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeviceNameDialog()
        self.ui.setupUi(self)  # the intro has a minimum width: wrapped text needs one, or the dialog comes out too short
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        if first_run:
            self.setWindowTitle(self.tr("Name this computer"))
            self.ui.intro.setText(self.tr(
                "Field packages say which computer made each change. Give this one a name people will recognise, "
                "for example “Laptop of María (Trinidad mission)” or “Headquarters, Washington”."))
        self.name = self.ui.deviceName
        self.name.setAccessibleName(self.tr("Device name"))
        self.name.setText(current)
        self.name.setMaxLength(MAX_NAME)
        self.name.selectAll()
        self.problem = self.ui.problem
        self.buttons = self.ui.buttons
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        self._check()
        self.adjustSize()
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def _check(self, *_args: object) -> None:
        problem = check_name(self.name.text())
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        self.save_button.setEnabled(problem is None)

    def value(self) -> str:
        return " ".join(self.name.text().split())


def ask_device_name(parent: QWidget | None, current: str, first_run: bool) -> str | None:
    """The name typed, or None when cancelled (tests replace this)."""
    dialog = DeviceNameDialog(current, first_run, parent)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
