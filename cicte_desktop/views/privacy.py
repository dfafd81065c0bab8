"""Privacy: remove the personal data of participants from older events, keeping the counts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from cicte_desktop.db.database import Database
from cicte_desktop.services.privacy import PurgeIncompleteError, purge_personal_data
from cicte_desktop.views import messages
from cicte_desktop.views.tasks import Task, TaskRunner
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.text_fit import keep_text_whole


class PrivacyDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Privacy"))
        self._db = db
        self._tasks = tasks if tasks is not None else TaskRunner(self)
        intro = QLabel(self.tr(
            "Participants' names, e-mails and phones are personal data. They stay out of Excel exports unless you ask "
            "for them; field packages carry them, so that rosters can be merged (protect packages with a passphrase). "
            "Here you can remove them from older events for good: the counts by sex, institutions and countries are "
            "kept, and the removal is recorded in each event's history."))
        wiped = QLabel(self.tr(
            "They also go from the conflict history, the history of changes and drafts of those events, and the "
            "database file is rebuilt so that no copy of them remains in it. Backups made before keep theirs."))
        wiped.setObjectName("wiped")
        wiped.setWordWrap(True)
        intro.setWordWrap(True)
        self.months = QSpinBox()
        self.months.setObjectName("months")
        self.months.setRange(1, 240)
        self.months.setValue(24)
        self.months.setSuffix(self.tr(" months"))
        row = QHBoxLayout()
        # One label before the number, so that every language can phrase it whole.
        label = QLabel(self.tr("Remove the personal data of events older than:"))
        label.setBuddy(self.months)
        row.addWidget(label)
        row.addWidget(self.months)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = buttons.addButton(self.tr("Remove personal data…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(wiped)
        layout.addLayout(row)
        layout.addWidget(buttons)
        make_accessible(self)  # buttons in the order seen
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def cutoff(self) -> dt.date:
        today = dt.date.today()
        months = today.year * 12 + today.month - 1 - self.months.value()
        return dt.date(months // 12, months % 12 + 1, 1)

    def remove(self) -> Task | None:
        """Ask, then remove the personal data in a task (off the window's thread: rebuilding a
        large database file takes seconds); *Cancel* works until the records are written."""
        cutoff = self.cutoff()
        if not messages.ask_yes_no(self, self.tr("Remove personal data"), self.tr(
                "Remove the names, e-mails and phones of the participants of every event that started before {date}? "
                "This cannot be undone.").format(date=cutoff.isoformat()), self.tr("Remove"), self.tr("Cancel")):
            return None

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, PurgeIncompleteError):
                raise exc
            messages.show_error(self, self.tr("Privacy"), "\n\n".join((
                self.tr("Personal data removed for %n participant(s).", "", exc.count), str(exc))))

        def done(count: int) -> None:
            messages.show_info(self, self.tr("Privacy"),
                               self.tr("Personal data removed for %n participant(s).", "", count))

        self.task = self._tasks.start(
            "privacy", lambda progress: purge_personal_data(self._db, cutoff, progress), title=self.tr("Privacy"),
            label=self.tr("Removing personal data…"), on_done=done, on_failed=failed)
        return self.task
