"""File > Export Field Package: for which destination, only the changes or everything, and the
passphrase that protects it (recommended: a package carries participants' names and contacts)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from cicte_desktop.locale_format import format_date_time
from cicte_desktop.safe_text import shown
from cicte_desktop.sync.outgoing import Destination
from cicte_desktop.sync.package import MIN_PASSPHRASE, SUFFIX
from cicte_desktop.sync.package_reader import passphrase_problem
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles, set_role
from cicte_desktop.views.forms.ui_package_export import Ui_PackageExportDialog
from cicte_desktop.views.text_fit import keep_text_whole


@dataclass(frozen=True)
class PackageExportOptions:
    destination: str  # as typed or chosen: a known device's name, or a new one
    everything: bool
    passphrase: str | None
    target: Path


def _stamp(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)


class PackageExportDialog(QDialog):
    def __init__(self, destinations: list[Destination], device_name: str, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ui = self.ui = Ui_PackageExportDialog()
        ui.setupUi(self)
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        # Names as shown (a name from another computer may hold control characters): each stands for its device.
        self._destinations = {shown(d.name): d for d in destinations}
        self._folder = folder
        self._device_name = shown(device_name)
        ui.intro.setText(ui.intro.text().format(device=self._device_name))  # the form's words, translated
        self.destination = ui.destination
        for destination in destinations:
            self.destination.addItem(shown(destination.name))
        if not destinations:
            self.destination.addItem(self.tr("Headquarters"))
        self.last, self.everything, self.protect = ui.lastExport, ui.everything, ui.protect
        self.passphrase, self.repeat = ui.passphrase, ui.repeat
        self.passphrase.setPlaceholderText(self.passphrase.placeholderText().format(count=MIN_PASSPHRASE))
        self.passphrase_label, self.repeat_label = ui.passphraseLabel, ui.repeatLabel
        self.path = ui.path
        ui.browse.clicked.connect(self._browse)
        self.problem = ui.problem
        self.buttons = ui.buttons
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._path_edited = False
        # Until a passphrase is typed, that one is needed is said quietly, not as an error.
        self._passphrase_typed = False
        self.passphrase.textEdited.connect(self._passphrase_edited)
        self.path.textEdited.connect(self._path_typed)
        self.destination.currentTextChanged.connect(self._destination_changed)
        for signal in (self.protect.toggled, self.passphrase.textChanged, self.repeat.textChanged, self.path.textChanged):
            signal.connect(self._check)
        self._destination_changed(self.destination.currentText())
        self.setMinimumWidth(660)
        self.adjustSize()
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _passphrase_edited(self, _text: str) -> None:
        if not self._passphrase_typed:  # (textChanged has checked already; only the role changes now)
            self._passphrase_typed = True
            self._check()

    def _destination_changed(self, text: str) -> None:
        known = self._destinations.get(text)
        when = _stamp(known.last_export) if known else None
        self.last.setText(
            self.tr("Last package for it: {when}. This one holds what changed since.").format(
                when=format_date_time(when)) if when else
            self.tr("No package made for it yet: this one holds everything."))
        if not self._path_edited:
            slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{self._device_name} to {text}").strip("-") or "package"
            self.path.setText(str(self._folder / f"{slug}-{dt.date.today().isoformat()}{SUFFIX}"))
        self._check()

    def problems(self) -> list[str]:
        found = []
        if not self.destination.currentText().strip():
            found.append(self.tr("Say who the package is for."))
        if self.protect.isChecked():
            problem = passphrase_problem(self.passphrase.text())
            if problem:
                found.append(problem)
            elif self.passphrase.text() != self.repeat.text():
                found.append(self.tr("The two passphrases differ."))
        if not self.path.text().strip():
            found.append(self.tr("Choose where to write the package."))
        return found

    def _check(self, *_args: object) -> None:
        for widget in (self.passphrase, self.repeat, self.passphrase_label, self.repeat_label):
            widget.setEnabled(self.protect.isChecked())
        problems = self.problems()
        self.problem.setText(problems[0] if problems else "")
        waiting = (self.protect.isChecked() and not self._passphrase_typed and not self.passphrase.text()
                   and problems[:1] == [passphrase_problem("")])  # nothing typed yet: nothing wrong yet
        set_role(self.problem, "hint" if waiting else "error")
        self.export_button.setEnabled(not problems)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export field package"), self.path.text(),
                                                    self.tr("Field packages (*.cictepkg)"))
        if path:
            self._path_edited = True
            self.path.setText(path if path.lower().endswith(SUFFIX) else path + SUFFIX)

    def options(self) -> PackageExportOptions:
        typed = " ".join(self.destination.currentText().split())
        known = self._destinations.get(typed)
        return PackageExportOptions(known.name if known is not None else typed, self.everything.isChecked(),
                                    self.passphrase.text() if self.protect.isChecked() else None,
                                    Path(self.path.text().strip()).expanduser())
