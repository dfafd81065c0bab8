"""The event form's files: the agenda, attendance list and photos, copied into the app's folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from cicte_desktop.services.events.inputs import AttachmentInput
from cicte_desktop.views import messages


class EventFiles(QWidget):
    """The list of an event's files with Attach file…, Open and Remove; ``changed`` when one is
    attached or removed. ``data_folder`` is the app's folder the files are copied into."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_folder: Path | None = None
        self._attachments: list[AttachmentInput] = []
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(self.attachments.fontMetrics().height() * 5)
        buttons = QHBoxLayout()
        self.add_file = QPushButton(self.tr("Attach file…"))
        self.add_file.setObjectName("addFile")
        self.open_file = QPushButton(self.tr("Open"))
        self.open_file.setObjectName("openFile")
        self.remove_file = QPushButton(self.tr("Remove"))
        self.remove_file.setObjectName("removeFile")
        for button in (self.add_file, self.open_file, self.remove_file):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.attachments)
        column.addLayout(buttons)
        self.add_file.clicked.connect(self._add_file)
        self.open_file.clicked.connect(self.open_current)
        self.remove_file.clicked.connect(self._remove_file)

    def set_attachments(self, attachments: list[AttachmentInput]) -> None:
        self._attachments = list(attachments)
        self._show()

    def attachments_held(self) -> tuple[AttachmentInput, ...]:
        return tuple(self._attachments)

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_file, self.remove_file):
            button.setEnabled(not read_only)

    def _show(self) -> None:
        self.attachments.clear()
        locale = QLocale()
        for attachment in self._attachments:
            item = QListWidgetItem(f"{attachment.file_name} ({locale.formattedDataSize(attachment.size_bytes)})")
            item.setToolTip(self.tr("SHA-256 {sha}").format(sha=attachment.sha256))
            self.attachments.addItem(item)

    def _add_file(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()))
        for path in paths:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Copy ``path`` into the app's folder and list it."""
        from cicte_desktop.services.attachments import store_file

        try:
            attachment = store_file(self.data_folder, path)
        except OSError as exc:
            messages.show_error(self, self.tr("Cannot attach the file"), self.tr(
                "{name} could not be copied into the app's folder ({detail}).").format(name=path.name, detail=exc))
            return
        self._attachments.append(attachment)
        self._show()
        self.changed.emit()

    def open_current(self) -> None:
        """Open the selected file with the program the system has for it."""
        from cicte_desktop.services.attachments import find_stored

        row = self.attachments.currentRow()
        if 0 <= row < len(self._attachments):
            attachment = self._attachments[row]
            # Only a file inside the app's store, whatever the record's checksum holds.
            stored = find_stored(self.data_folder, attachment.sha256)
            if stored is None:
                messages.show_error(self, self.tr("Cannot open the file"), self.tr(
                    "{name} is not in the app's folder on this computer (it may not have arrived yet).").format(
                    name=attachment.file_name))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(stored)))

    def _remove_file(self) -> None:
        row = self.attachments.currentRow()
        if 0 <= row < len(self._attachments):
            del self._attachments[row]
            self._show()
            self.changed.emit()
