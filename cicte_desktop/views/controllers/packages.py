"""Field packages: export and import (checked, compared, merged off the UI thread), the trust
between computers, this computer's fingerprint and name, and the history of conflicts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.safe_text import shown
from cicte_desktop.views import messages
from cicte_desktop.views.controllers.base import Controller, unexpected
from cicte_desktop.views.tasks import Task


class PackagesController(Controller):
    """The window's field packages and the trust between computers."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.package_export_dialog = None
        self.package_import_dialog = None
        self.conflict_history_dialog = None

    def device_names(self, package=None) -> dict[str, str]:  # type: ignore[no-untyped-def]
        from cicte_desktop.services import devices

        names = devices.device_names(self.db)
        table = package.tables.get("device") if package is not None else None
        if table is not None:
            uuid_at, name_at = table.columns.index("uuid"), table.columns.index("name")
            for row in table.rows:
                names.setdefault(row[uuid_at], row[name_at])
        if package is not None:
            names.setdefault(package.source_device, package.source_name)
        return names

    # --- export ----------------------------------------------------------------------------

    def export_field_package(self) -> None:
        from cicte_desktop.services import devices
        from cicte_desktop.sync import outgoing
        from cicte_desktop.views.package_export import PackageExportDialog

        dialog = PackageExportDialog(outgoing.destinations(self.db), devices.device_name(self.db), Path.home(),
                                     self.window)
        self.package_export_dialog = dialog
        dialog.accepted.connect(lambda: self.run_package_export(dialog.options()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def run_package_export(self, options) -> Task | None:  # type: ignore[no-untyped-def]
        """Write the package off the UI thread, with progress and Cancel."""
        from cicte_desktop.sync import outgoing

        title = self.tr("Export field package")
        db, window = self.db, self.window

        def cannot(exc: BaseException) -> None:
            messages.show_error(window, self.tr("The export failed"), self.tr(
                "{path} could not be written ({detail}). No partial file was left.").format(
                path=options.target, detail=exc))

        try:
            destination = outgoing.destination_named(db, options.destination)
        except (OSError, ValueError) as exc:
            cannot(exc)
            return None

        def done(result) -> None:  # type: ignore[no-untyped-def]
            text = self.tr("Wrote {path} for {destination}: {events}, {records}, {files}.").format(
                path=result.path, destination=shown(destination.name),
                events=self.tr("%n event(s)", "", result.events),
                records=self.tr("%n record(s) in all", "", result.records),
                files=self.tr("%n file(s)", "", result.attachments))
            if options.passphrase:
                text += "\n\n" + self.tr("It is protected with a passphrase: give it to the person importing the "
                                          "package by another way than the USB stick.")
            messages.show_info(window, title, text)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, (OSError, ValueError)):
                unexpected(exc)
            cannot(exc)

        return self.started(window.tasks.start(
            "field package export", lambda progress: outgoing.export_package(
                db, options.target, destination, everything=options.everything,
                passphrase=options.passphrase, progress=progress),
            title=title, label=self.tr("Writing {name}…").format(name=options.target.name), on_done=done,
            on_failed=failed,
            on_cancelled=lambda: messages.show_info(window, title, self.tr("Cancelled: no file was written."))))

    # --- import ----------------------------------------------------------------------------

    def choose_package_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Import field package"), str(Path.home()),
                                                    self.tr("Field packages (*.cictepkg);;All files (*)"))
        if path:
            self.import_field_package(Path(path))

    def import_field_package(self, path: Path, passphrase: str | None = None) -> Task:
        """Check the package and compare it with this database off the UI thread (progress,
        Cancel), show what it would change and its conflicts; merge on Import. A protected
        package asks for its passphrase and starts again (:attr:`task` is the job running)."""
        from cicte_desktop.sync import import_plan, package_reader
        from cicte_desktop.sync import package as pkg

        title = self.tr("Import field package")
        db, window = self.db, self.window

        def work(progress):  # type: ignore[no-untyped-def]
            package = package_reader.read_package(path, passphrase, progress)
            try:
                plan = import_plan.plan_import(db, package, progress)  # Cancel stops the comparison
            except BaseException:
                package.close()
                raise
            return package, plan

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (pkg.PassphraseRequiredError, pkg.WrongPassphraseError)):
                given = messages.ask_passphrase(window, self.tr("Protected package"), str(exc))
                if given is not None:
                    self.import_field_package(path, given)
            elif isinstance(exc, pkg.PackageError):
                messages.show_error(window, self.tr("Cannot import this package"), shown(exc, keep_lines=True))
            else:
                unexpected(exc)

        return self.started(window.tasks.start(
            "field package check", work, title=title,
            label=self.tr("Checking {name} and comparing it with this database…").format(name=path.name),
            on_done=lambda found: self._show_import(path, *found), on_failed=failed))

    def _show_import(self, path: Path, package, plan) -> None:  # type: ignore[no-untyped-def]
        from cicte_desktop.views.package_import import PackageImportDialog

        dialog = PackageImportDialog(plan, self.device_names(package), self.window)
        self.package_import_dialog = dialog
        dialog.accepted.connect(lambda: self._apply_import(path, package, plan, dialog.choices(),
                                                           dialog.trust_sender()))
        dialog.rejected.connect(package.close)
        dialog.open()

    def _apply_import(self, path: Path, package, plan, choices, trust_sender: bool) -> Task:  # type: ignore[no-untyped-def]
        from sqlalchemy.exc import DBAPIError

        from cicte_desktop.sync import apply as sync_apply, import_plan
        from cicte_desktop.sync import package as pkg

        title = self.tr("Import field package")
        db, window = self.db, self.window

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.database_changed.emit()
            messages.show_info(window, title, self.tr(
                "Imported from {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.").format(
                device=package.source_name, new=self.tr("%n new", "", result.counts[import_plan.NEW]),
                updated=self.tr("%n updated", "", result.counts[import_plan.UPDATED]),
                deleted=self.tr("%n deleted", "", result.counts[import_plan.DELETED]),
                conflicts=self.tr("%n conflict(s) resolved", "", result.conflicts),
                files=self.tr("%n file(s) stored", "", result.files)))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, (pkg.PackageError, OSError, DBAPIError, DatabaseOpenError)):
                unexpected(exc)
            messages.show_error(window, self.tr("Nothing was imported"), str(exc))

        # One transaction: Cancel rolls it back whole, and the files it had received are removed.
        return self.started(window.tasks.start(
            "field package import", lambda progress: sync_apply.apply_import(db, plan, choices,
                                                                        trust_sender=trust_sender, progress=progress),
            title=title, label=self.tr("Importing {name}…").format(name=path.name),
            on_done=done, on_failed=failed, on_finished=package.close))

    # --- trust and names -------------------------------------------------------------------

    def is_headquarters(self) -> bool:
        from cicte_desktop.services import devices  # (not sync.trust and its keys: not needed to start)

        return devices.device_role(self.db) == devices.HEADQUARTERS

    def show_role(self) -> None:
        """The Headquarters check mark for the database open now (another may have another role)."""
        action = self.window.headquarters_action
        action.blockSignals(True)
        action.setChecked(self.is_headquarters())
        action.blockSignals(False)

    def set_headquarters(self, on: bool) -> None:
        """Make this installation the database's headquarters (its packages then carry plan
        changes, reference data and locks), or a laptop again."""
        from cicte_desktop.sync import trust

        trust.set_device_role(self.db, trust.HEADQUARTERS if on else trust.LAPTOP)
        self.status.emit(
            self.tr("This computer is now headquarters: laptops will be asked to confirm its fingerprint once.")
            if on else self.tr("This computer is now a laptop."), 8000)

    def own_fingerprint(self) -> str:
        from cicte_desktop.paths import data_dir
        from cicte_desktop.sync import trust

        return trust.fingerprint(trust.public_bytes(trust.signing_key(data_dir(), self.db.device_id)))

    def show_fingerprint(self) -> None:
        from cicte_desktop.services import devices
        from cicte_desktop.sync import trust

        try:
            fingerprint = self.own_fingerprint()
        except OSError as exc:
            messages.show_error(self.window, self.tr("Fingerprint"), str(exc))
            return
        messages.show_info(self.window, self.tr("Fingerprint"), self.tr(
            "{name} ({role}) signs its field packages with the key whose fingerprint is\n\n{fingerprint}\n\nThe "
            "first time another computer imports a package from this one, it shows this fingerprint: compare it "
            "by phone or in person before confirming.").format(
            name=devices.device_name(self.db), role=trust.role_label(trust.device_role(self.db)),
            fingerprint=fingerprint))

    def show_conflict_history(self) -> None:
        from cicte_desktop.sync import conflicts
        from cicte_desktop.views.conflict_history import ConflictHistoryDialog

        dialog = ConflictHistoryDialog(conflicts.conflict_history(self.db), self.device_names(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_history_dialog = dialog
        dialog.open()

    def offer_device_name(self) -> None:
        """First run: ask what other computers will call this one (asked again until answered)."""
        from cicte_desktop.services import devices

        if not devices.name_confirmed(self.db):
            self.change_device_name(first_run=True)

    def change_device_name(self, first_run: bool = False) -> None:
        from cicte_desktop.services import devices
        from cicte_desktop.views import device_name

        name = device_name.ask_device_name(self.window, devices.device_name(self.db), first_run)
        if name is None:
            return
        try:
            saved = devices.set_device_name(self.db, name)
        except ValueError as exc:
            messages.show_error(self.window, self.tr("Device name"), str(exc))
            return
        self.status.emit(self.tr("This computer is now called “{name}”.").format(name=saved), 10_000)
