"""The name of this computer, as other laptops and headquarters will see it in field packages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from cicte_desktop.services.devices import MAX_NAME, check_name
from cicte_desktop.views.roles import set_role


class DeviceNameDialog(QDialog):
    def __init__(self, current: str, first_run: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deviceNameDialog")
        self.setWindowTitle(self.tr("Name this computer") if first_run else self.tr("Device name"))
        intro = QLabel(self.tr(
            "Field packages say which computer made each change. Give this one a name people will recognise, for "
            "example “Laptop of María (Trinidad mission)” or “Headquarters, Washington”.") if first_run else self.tr(
            "The name other laptops and headquarters see for this computer in field packages."))
        intro.setWordWrap(True)
        intro.setMinimumWidth(500)  # wrapped text needs a known width, or the dialog comes out too short
        self.name = QLineEdit(current)
        self.name.setObjectName("deviceName")
        self.name.setMaxLength(MAX_NAME)
        self.name.selectAll()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        set_role(self.problem, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.name)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()
        self.adjustSize()

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
