"""Keeping the data safe: the integrity check after opening, the daily backup, backing up to and
restoring from a file, the full check, privacy, and the backup on exit. The long parts run on
the window's task runner: the window keeps painting and answering meanwhile.

What *Cancel* leaves: a backup to a file, nothing (it is written to a temporary name, then
renamed); a restore, the database as it was and no copy of it (SQLite rolls the unfinished
replacement back); the checks, nothing (they only read); removing personal data, nothing until
its transaction commits (rebuilding the file afterwards is not interrupted: stopped half-way it
would leave the old copies behind). The backup on exit has no *Cancel*: it is what keeps the
changes of the session should the disk fail, and takes seconds. Closing the window cancels what
is still running and waits the moment it takes to stop.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer

from cicte_desktop.db.errors import DamagedDatabaseError, DatabaseOpenError
from cicte_desktop.locale_format import format_date_time
from cicte_desktop.paths import backup_dir
from cicte_desktop.views import messages
from cicte_desktop.views.controllers.base import Controller

if TYPE_CHECKING:
    from cicte_desktop.services import backup
    from cicte_desktop.views.main_window import MainWindow
    from cicte_desktop.views.tasks import Task

log = logging.getLogger(__name__)


def _backup():  # type: ignore[no-untyped-def]
    """The backup service, imported when first used rather than before the first paint (it and
    what it imports cost some 8 ms of start-up)."""
    from cicte_desktop.services import backup

    return backup


class SafetyController(Controller):
    """Checks, backups, restores and privacy for the window's database."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        #: The integrity check of the open database, once it has started.
        self.integrity_task: Task | None = None
        #: The daily backup, once it has started.
        self.daily_task: Task | None = None
        #: The window has closed: what was still under way reports to nobody.
        self.closed = False
        window.database_changed.connect(self.check_integrity_soon)

    def _said(self, exc: BaseException, title: str) -> None:
        """A failure the user can act on, in words; anything else goes to the exception hook."""
        from cicte_desktop.db.server import ServerDatabaseError  # (the server gone, or refusing)

        if not isinstance(exc, (_backup().BackupError, DatabaseOpenError, ServerDatabaseError)):
            raise exc
        messages.show_error(self.window, title, getattr(exc, "message", str(exc)))

    # --- the integrity check and the daily backup --------------------------------------------

    def check_integrity_soon(self, *_args: Any) -> None:
        """The file's quick_check starts once the window has painted (it would compete with the
        first queries for the disk); writes wait for it."""
        QTimer.singleShot(150, self, lambda: None if self.closed else self.check_integrity())

    def check_integrity(self) -> Task:
        """Check the open database in a task; report its verdict (damage leads to recovery),
        then make the daily backup of a sound file."""
        db = self.db

        def verdict(error: DatabaseOpenError | None) -> None:
            if db is not self.db or self.closed:  # another database was opened meanwhile, or none is
                return
            if error is None:
                self.daily_backup()
            elif isinstance(error, DamagedDatabaseError):
                self.window.databases.recover(error)
            else:  # locked by another program: reading works, saving must wait
                messages.show_error(self.window, self.tr("The database is in use"), self.tr(
                    "{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the "
                    "other program is done.").format(problem=error.message))

        self.integrity_task = self.window.tasks.start("integrity check", db.integrity.run, on_done=verdict)
        return self.integrity_task

    @property
    def on_server(self) -> bool:
        """The database is on a PostgreSQL server: its administrator backs it up every day (no
        automatic backups here); a manager's backup, restore and check go through
        ``services.server_backup``."""
        return self.db.dialect != "sqlite"

    def show_last_backup(self) -> None:
        if self.on_server:
            self.window.backup_label.setText(self.tr("Backed up on the server"))
            self.window.backup_label.setToolTip(self.tr("The server's administrator backs this database up"))
            return
        latest = _backup().automatic_backups(backup_dir(), _backup().database_key(self.db.path))
        label = self.window.backup_label
        if not latest:
            label.setText(self.tr("No automatic backup yet"))
            return
        when = latest[0][0].astimezone()
        hours = (dt.datetime.now(dt.timezone.utc) - latest[0][0]).total_seconds() / 3600
        text = (self.tr("Last backup: %n hour(s) ago", "", int(hours)) if hours >= 1 else
                self.tr("Last backup: less than an hour ago"))
        label.setText(text)
        label.setToolTip(QLocale().toString(when, QLocale.FormatType.LongFormat))

    def daily_backup(self) -> Task | None:
        """The first start of the day backs the database up, in a task (closing the window
        cancels it: nothing is left half-written)."""
        folder, path = backup_dir(), self.db.path
        if self.on_server or not _backup().daily_backup_due(folder, key=_backup().database_key(path)):
            self.show_last_backup()
            return None

        def work(progress):  # type: ignore[no-untyped-def]
            try:
                return _backup().automatic_backup(path, folder, "daily", progress)
            except (_backup().BackupError, sqlite3.Error, OSError):  # e.g. the file moved meanwhile: try tomorrow
                log.exception("daily backup failed")
                return None

        self.daily_task = self.window.tasks.start("daily backup", work, on_finished=self.show_last_backup)
        return self.daily_task

    # --- to and from a file -----------------------------------------------------------------

    def back_up_to_chosen_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # when asked (not before the first paint)

        folder = Path.home() if self.on_server else self.db.path.parent  # (a server's "path" is its name)
        suggested = folder / f"cicte-backup-{dt.date.today().isoformat()}.sqlite"
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Back Up To"), str(suggested),
                                                    self.tr("CICTE databases (*.sqlite)"))
        if path:
            self.back_up_to(Path(path))

    def back_up_to(self, target: Path) -> Task | None:
        """A copy of the database at ``target`` (a USB stick...), in a task with progress and
        *Cancel*; None when refused at once."""
        db = self.db
        if target.expanduser().absolute() == db.path:
            messages.show_error(self.window, self.tr("The backup failed"),
                                self.tr("Choose another file: this is the database you are working on."))
            return None

        def work(progress):  # type: ignore[no-untyped-def]
            if db.dialect != "sqlite":  # every row, read in one snapshot, into a file like a laptop's
                from cicte_desktop.services import server_backup

                return server_backup.backup_server(db.url, target, progress)
            problem = db.integrity.run(progress)
            if problem is not None:
                raise problem
            broken = _backup().reference_problems(db.path)
            _backup().copy_database(db.path, target, progress)
            return _backup().inspect_backup(target), broken

        def done(result: tuple[backup.BackupInfo, int]) -> None:
            info, broken = result
            text = self.tr("Saved {path}: {events}, {people}.").format(
                path=target, events=self.tr("%n event(s)", "", info.events),
                people=self.tr("%n participant(s)", "", info.participants))
            if broken:
                text += "\n\n" + self.tr("Note: %n row(s) of the database point to records that are missing; "
                                          "Tools > Check the Database tells which.", "", broken)
            messages.show_info(self.window, self.tr("Back up"), text)

        return self.started(self.window.tasks.start(
            "back up", work, title=self.tr("Back up"),
            label=self.tr("Copying the database to {path}…").format(path=target), on_done=done,
            on_failed=lambda exc: self._said(exc, self.tr("The backup failed")),
            on_cancelled=lambda: messages.show_info(self.window, self.tr("Back up"),
                                                    self.tr("Cancelled: nothing was written."))))

    def restore_from_chosen_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Restore From Backup"), str(backup_dir()),
                                                    self.tr("CICTE databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> Task:
        """Look into the backup (in a task: it is checked whole), show what it holds, then
        replace the database with it, keeping a copy first (:meth:`restore`). Returns the task
        that looks; the restore, when the user says yes, is :attr:`task` afterwards."""
        url = self.db.url if self.on_server else None

        def look(_progress):  # type: ignore[no-untyped-def]
            info = _backup().inspect_backup(source)
            if url is not None:  # a laptop's backup on headquarters: refused before asking
                from cicte_desktop.services import server_backup

                if server_backup.headquarters_refuses(url, info):
                    raise _backup().BackupError(self.tr(
                        "{backup} is a backup of a laptop ({device}). Restored on the server, headquarters' database "
                        "would become that laptop's, so it is not offered. To bring the laptop's work in, import its "
                        "field package (File > Import Field Package…).").format(
                            backup=info.path.name, device=info.device))
            return info

        return self.started(self.window.tasks.start(
            "look into a backup", look, title=self.tr("Restore from backup"),
            label=self.tr("Checking {name}…").format(name=source.name), cancellable=False,
            on_done=self.restore, on_failed=lambda exc: self._said(exc, self.tr("Cannot restore this backup"))))

    def restore(self, info: backup.BackupInfo) -> Task | None:
        """Ask, then replace the database with the backup ``info`` describes in a task with
        progress and *Cancel*; the database is opened again afterwards, whatever the outcome."""
        question = self.tr(
            "This backup was saved on {when} on {device}. It holds {events} and {people}.\n\n"
            "Replace the database you are working on with it? The current database is kept as a backup "
            "first.").format(when=format_date_time(info.made_at), device=info.device,
                             events=self.tr("%n event(s)", "", info.events),
                             people=self.tr("%n participant(s)", "", info.participants))
        if self.on_server:
            question = self.tr(
                "This backup was saved on {when} on {device}. It holds {events} and {people}.\n\n"
                "Replace the content of the database on the server, {name}, with it, for every program manager? Its "
                "content as it is now is kept as a backup on this computer first.").format(
                when=format_date_time(info.made_at), device=info.device, name=self.db.path,
                events=self.tr("%n event(s)", "", info.events), people=self.tr("%n participant(s)", "", info.participants))
        if not messages.ask_yes_no(self.window, self.tr("Restore from backup"), question, self.tr("Restore"),
                                   self.tr("Cancel")):
            return None
        self.status.emit("", 0)  # no "Restored." of an earlier restore beside this one's outcome
        if self.on_server:
            return self._restore_on_server(info)
        db, path = self.db, self.db.path
        self.window.dashboards.shut_down()  # none of its threads reads the database closed below

        def work(progress):  # type: ignore[no-untyped-def]
            db.close()  # its connections let go (the last one copies its log into the file: not on the UI thread)
            return _backup().restore(path, info.path, backup_dir(), progress=progress)

        def reopen() -> None:
            if not self.closed:  # closing the window cancelled the restore: nothing to show it in
                self.window.databases.open_database(path, instead_of_closed=True)

        def done(kept: Path) -> None:
            reopen()
            self.status.emit(self.tr("Restored. The database as it was is kept in {kept}.").format(kept=kept), 20_000)

        def failed(exc: BaseException) -> None:
            reopen()
            self._said(exc, self.tr("The restore failed"))

        def cancelled() -> None:
            reopen()
            messages.show_info(self.window, self.tr("Restore from backup"), self.tr("Cancelled: nothing was written."))

        return self.started(self.window.tasks.start(
            "restore", work, title=self.tr("Restore from backup"),
            label=self.tr("Restoring {name}…").format(name=info.path.name),
            on_done=done, on_failed=failed, on_cancelled=cancelled))

    def _restore_on_server(self, info: backup.BackupInfo) -> Task:
        """The restore of a server database (one transaction there: *Cancel* or a failure leaves
        it as it was); the window then reads it afresh, as the other managers' windows do."""
        from cicte_desktop.db.server import ServerDatabaseError
        from cicte_desktop.db.server_database import open_server_database
        from cicte_desktop.services import server_backup

        url = self.db.url

        def work(progress):  # type: ignore[no-untyped-def]
            kept = server_backup.restore_server(url, info.path, backup_dir(), progress)
            try:  # read afresh (its device may be another now: the backup's)
                return kept, open_server_database(url)
            except ServerDatabaseError as exc:  # restored all the same: said, not as a failed restore
                return kept, exc

        def done(result: tuple[Path, Any]) -> None:
            kept, db = result
            if self.closed:  # closed meanwhile: nothing to show it in
                if not isinstance(db, ServerDatabaseError):
                    db.close()
                return
            if isinstance(db, ServerDatabaseError):
                messages.show_error(self.window, self.tr("Restore from backup"), self.tr(
                    "The backup was restored (the database as it was is kept in {kept}), but reading it again failed: "
                    "{problem} Connect to the server again (File > Connect to Server…).").format(kept=kept, problem=db))
                return
            self.window.databases.replace_database(db)
            said = self.tr("Restored. The database as it was is kept in {kept}.").format(kept=kept)
            self.status.emit(said, 20_000)
            messages.show_info(self.window, self.tr("Restore from backup"), said)  # (where it is kept, to be read)

        return self.started(self.window.tasks.start(
            "restore", work, title=self.tr("Restore from backup"),
            label=self.tr("Restoring {name}…").format(name=info.path.name), on_done=done,
            on_failed=lambda exc: self._said(exc, self.tr("The restore failed")),
            on_cancelled=lambda: messages.show_info(self.window, self.tr("Restore from backup"),
                                                    self.tr("Cancelled: nothing was written."))))

    # --- checks and privacy --------------------------------------------------------------------

    def check_database(self) -> Task | None:
        """``PRAGMA integrity_check`` and the references, in a task (it only reads: *Cancel*
        just stops it)."""
        path = self.db.path
        if self.on_server:
            from cicte_desktop.services import server_check

            url = self.db.url

            def check(progress):  # type: ignore[no-untyped-def]
                return server_check.check_server(url, progress)
        else:
            def check(progress):  # type: ignore[no-untyped-def]
                return _backup().full_check(path, progress)

        def done(report: backup.CheckReport) -> None:
            verdict = (self.tr("{name}: no problems found.") if report.ok
                       else self.tr("{name}: problems found (below).")).format(name=path.name)
            text = "\n".join([verdict, "", *report.lines])
            if report.ok:
                messages.show_info(self.window, self.tr("Check the database"), text)
            else:
                messages.show_error(self.window, self.tr("Check the database"), text)

        return self.started(self.window.tasks.start(
            "check database", check, title=self.tr("Check the database"),
            label=self.tr("Checking {name}…").format(name=path.name), on_done=done,
            on_failed=lambda exc: self._said(exc, self.tr("Check the database"))))

    def edit_privacy(self) -> None:
        from cicte_desktop.views.privacy import PrivacyDialog

        dialog = PrivacyDialog(self.db, self.window, tasks=self.window.tasks)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.privacy_dialog = dialog
        dialog.open()

    # --- closing --------------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Whether the window may close now. Work still running is cancelled, and stops at its
        next step (waited for: a moment). After changes the database is backed up first, in a
        task without *Cancel* (see the module): the window closes once that is done."""
        runner = self.window.tasks
        if any(task.running for task in runner.tasks):
            runner.cancel_all()
            runner.wait_all(30_000)
        db = self.db
        if db.changed and not self.on_server:
            db.changed = False  # once: should the backup fail, the window closes all the same

            def work(_progress):  # type: ignore[no-untyped-def]
                try:
                    return _backup().automatic_backup(db.path, backup_dir(), "exit")
                except _backup().BackupError:
                    log.exception("backup on exit failed")
                    return None

            self.started(runner.start("backup on exit", work, title=self.tr("Back up"),
                                      label=self.tr("Backing up before closing…"), cancellable=False,
                                      on_finished=self.window.close))
            return False
        self.closed = True
        return True
