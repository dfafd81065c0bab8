"""When a database cannot be opened: say why, and offer the latest good backup, another file,
or quitting. The file that failed is never overwritten or deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cicte_desktop.services.backup import BackupInfo
from cicte_desktop.views.screen_fit import fit_to_screen

OPEN_BACKUP, CHOOSE_FILE, QUIT = "open_backup", "choose_file", "quit"


class RecoveryDialog(QDialog):
    def __init__(self, problem: str, backup: BackupInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("CICTE Desktop cannot open the database"))
        self.choice = QUIT
        message = QLabel(problem)
        message.setObjectName("problem")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        if backup is not None:
            offer = self.tr("The latest good backup was saved on {when} on {device}: {events}, {people}.").format(
                when=backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), device=backup.device,
                events=self.tr("%n event(s)", "", backup.events),
                people=self.tr("%n participant(s)", "", backup.participants))
        else:
            offer = self.tr("No good backup was found in the data folder.")
        details = QLabel(offer)
        details.setObjectName("backupOffer")
        details.setWordWrap(True)
        self.open_backup = QPushButton(self.tr("Open the latest good backup"))
        self.open_backup.setEnabled(backup is not None)
        self.choose_file = QPushButton(self.tr("Choose another file…"))
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_backup)
        buttons.addWidget(self.choose_file)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(details)
        note = QLabel(self.tr("The file that failed is left as it is: nothing in it is overwritten or deleted."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.open_backup.clicked.connect(lambda: self._done(OPEN_BACKUP))
        self.choose_file.clicked.connect(lambda: self._done(CHOOSE_FILE))
        self.quit_button.clicked.connect(lambda: self._done(QUIT))
        fit_to_screen(self, 560, 240)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()
