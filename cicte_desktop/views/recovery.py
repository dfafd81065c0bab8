"""When a database cannot be opened: say why, and offer the latest good backup, another file,
or quitting. The file that failed is never overwritten or deleted."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cicte_desktop.cancel import ProgressCallback
from cicte_desktop.db import errors
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.paths import backup_dir, data_dir
from cicte_desktop.services import backup
from cicte_desktop.services.backup import BackupInfo
from cicte_desktop.views import messages
from cicte_desktop.views.screen_fit import fit_to_screen
from cicte_desktop.views.tasks import TaskRunner
from cicte_desktop.views.text_fit import keep_text_whole

OPEN_BACKUP, CHOOSE_FILE, QUIT = "open_backup", "choose_file", "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


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
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_recovery(problem: str, latest: BackupInfo | None) -> str:
    """The recovery dialog's answer (tests replace this)."""
    dialog = RecoveryDialog(problem, latest)
    dialog.exec()
    return dialog.choice


@dataclass(frozen=True)
class Restoring:
    """The user chose the latest good backup of a database that failed to open: what
    :meth:`carry_out` does, in a task of the window or right away."""

    problem: DatabaseOpenError
    latest: BackupInfo

    def carry_out(self, progress: ProgressCallback | None = None) -> tuple[Path, str]:
        """Copy the backup into place; returns the path to open and what to tell the user.

        A damaged file, or one that is not a database at all, is moved aside (never deleted)
        and the backup restored in its place. Another program's database, and a locked or
        read-only file, are left exactly where they are: the backup is restored to a new file
        in the data folder. The copy comes first: stopped or failed, nothing has moved."""
        exc, latest = self.problem, self.latest
        when = latest.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        replace_in_place = (isinstance(exc, (errors.DamagedDatabaseError, errors.NotADatabaseError))
                            and not isinstance(exc, errors.ForeignDatabaseError) and exc.path.is_file())
        if replace_in_place:
            staged = exc.path.with_name(exc.path.name + ".restoring")
            backup.copy_database(latest.path, staged, progress)  # first the copy: if it fails, nothing moved
            aside = backup.set_damaged_aside(exc.path)
            os.replace(staged, exc.path)
            return exc.path, _tr("The file that could not be opened was kept as {aside}. The backup of {when} is now "
                                 "open in its place.").format(aside=aside, when=when)
        target = data_dir() / f"restored-{latest.made_at.strftime('%Y%m%dT%H%M%SZ')}.sqlite"
        backup.copy_database(latest.path, target, progress)
        return target, _tr("{path} was left as it is. The backup of {when} is open from {target}; open that file again "
                           "next time (File > Open Database).").format(path=exc.path, when=when, target=target)


def choose_recovery(exc: DatabaseOpenError) -> Restoring | Path | None:
    """After a database failed to open, ask what to do: restore the latest good backup (to be
    carried out), open another file (its path), or quit (None)."""
    latest = backup.latest_good_backup(backup_dir(), exc.path)
    choice = ask_recovery(exc.message, latest)
    if choice == OPEN_BACKUP and latest is not None:
        return Restoring(exc, latest)
    if choice == CHOOSE_FILE:
        path, _filter = QFileDialog.getOpenFileName(None, _tr("Open Database"), str(exc.path.parent),
                                                    _tr("CICTE databases (*.sqlite *.db);;All files (*)"))
        return Path(path) if path else None
    return None


def recover(exc: DatabaseOpenError) -> Path | None:
    """After a database failed to open (before any window): the path to try next, or None to
    quit. The file that failed is never overwritten or deleted (see :meth:`Restoring.carry_out`).
    A backup is copied into place in a task, its progress shown; if that fails, the user is told
    why and asked again (another file, or quitting, remain)."""
    while True:
        choice = choose_recovery(exc)
        if not isinstance(choice, Restoring):
            return choice
        try:
            path, told = _carry_out_in_a_task(choice)
        except (OSError, DatabaseOpenError) as failure:  # BackupError is an OSError
            messages.show_error(None, _tr("Cannot restore the backup"), getattr(failure, "message", str(failure)))
            continue
        messages.show_info(None, _tr("Backup restored"), told)
        return path


def _carry_out_in_a_task(choice: Restoring) -> tuple[Path, str]:
    """``choice.carry_out`` in a worker thread, its progress in a dialog, the events of this thread
    handled meanwhile (there is no window yet: this waits as a dialog's ``exec`` does). Without
    Cancel: there is no database to go back to."""
    runner, loop = TaskRunner(), QEventLoop()
    runner.setParent(QCoreApplication.instance())  # not Python's to delete: see below
    task = runner.start("recover", choice.carry_out, title=_tr("Restore from backup"),
                        label=_tr("Restoring {name}…").format(name=choice.latest.path.name), cancellable=False,
                        on_finished=loop.quit)
    loop.exec()  # the outcome arrives queued: never before this runs
    error, result = task.error, task.result
    runner.wait_all()
    runner.deleteLater()  # after what its task left to delete (deleting it now crashed)
    if error is not None:
        raise error
    return result
