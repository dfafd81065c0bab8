"""File > Export Field Package: for which destination, only the changes or everything, and the
passphrase that protects it (recommended: a package carries participants' names and contacts)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.locale_format import format_date_time
from cicte_desktop.safe_text import shown
from cicte_desktop.sync.outgoing import Destination
from cicte_desktop.sync.package import MIN_PASSPHRASE, SUFFIX
from cicte_desktop.sync.package_reader import passphrase_problem
from cicte_desktop.views.roles import set_role


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
        self.setObjectName("packageExportDialog")
        self.setWindowTitle(self.tr("Export field package"))
        # Names as shown (a name from another computer may hold control characters): each stands for its device.
        self._destinations = {shown(d.name): d for d in destinations}
        self._folder = folder
        self._device_name = shown(device_name)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        intro = QLabel(self.tr(
            "One file with what was logged or changed on this computer ({device}) since the last package for the "
            "same destination: events, rosters, attached files, plan edits and deletions.").format(device=self._device_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.destination = QComboBox()
        self.destination.setObjectName("destination")
        self.destination.setEditable(True)
        self.destination.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for destination in destinations:
            self.destination.addItem(shown(destination.name))
        if not destinations:
            self.destination.addItem(self.tr("Headquarters"))
        self.destination.setToolTip(self.tr("A computer that has sent you a package, or a new name (for example "
                                            "Headquarters)."))
        form.addRow(self.tr("For"), self.destination)
        self.last = QLabel()
        self.last.setObjectName("lastExport")
        form.addRow("", self.last)
        self.everything = QCheckBox(self.tr("Everything on this computer, not only the changes since the last package"))
        self.everything.setObjectName("everything")
        self.everything.setToolTip(self.tr("For a new computer, or when a package was lost on the way."))
        form.addRow(self.tr("Content"), self.everything)
        self.protect = QCheckBox(self.tr("Protect with a passphrase (recommended)"))
        self.protect.setObjectName("protect")
        self.protect.setChecked(True)
        form.addRow(self.tr("Protection"), self.protect)
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for edit, name in ((self.passphrase, "passphrase"), (self.repeat, "repeat")):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("At least {count} characters; several words are best").format(
            count=MIN_PASSPHRASE))
        self.passphrase_label, self.repeat_label = QLabel(self.tr("Passphrase")), QLabel(self.tr("Repeat it"))
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        privacy = QLabel(self.tr(
            "The package holds personal data: the names, e-mails and phones of participants, so that rosters can be "
            "merged. Without a passphrase, anyone who finds the USB stick can read them. Give the passphrase to the "
            "person importing the package in another way (by phone, not on the stick)."))
        privacy.setObjectName("privacyNote")
        privacy.setWordWrap(True)
        set_role(privacy, "banner")
        files = QFormLayout()
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        files.addRow(self.tr("File"), file_row)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        set_role(self.problem, "error")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(privacy)
        layout.addLayout(files)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._path_edited = False
        self.path.textEdited.connect(self._path_typed)
        self.destination.currentTextChanged.connect(self._destination_changed)
        for signal in (self.protect.toggled, self.passphrase.textChanged, self.repeat.textChanged, self.path.textChanged):
            signal.connect(self._check)
        self._destination_changed(self.destination.currentText())
        self.setMinimumWidth(660)
        self.adjustSize()

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

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
