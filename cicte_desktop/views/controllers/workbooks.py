"""Workbooks: the Excel export and import of events, the plan workbook's export and import, and
new and edited work plans. The long jobs run on the window's task runner."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from cicte_desktop.cancel import check
from cicte_desktop.services import reference, workplan
from cicte_desktop.views import messages
from cicte_desktop.views.controllers.base import Controller, check_period, unexpected
from cicte_desktop.views.tasks import Task



class WorkbooksController(Controller):
    """Excel workbooks in and out, and the year's work plans."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.export_dialog = None
        self.import_dialog = None
        self.new_plan_dialog = None
        self.plan_editor_dialog = None
        self.plan_import_dialog = None

    # --- Excel ----------------------------------------------------------------------------

    def export_excel(self) -> None:
        from cicte_desktop.views.export_dialog import ExportDialog

        plan = self.window.plan
        if plan is None:
            return
        dialog = ExportDialog(plan, reference.member_states(self.db), Path.home(), self.window)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self.run_export(dialog.options(), dialog.target()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def run_export(self, options, target: Path) -> Task:  # type: ignore[no-untyped-def]
        """Write the workbook off the UI thread, with progress and Cancel."""
        from cicte_desktop.exports.xlsx import export_workbook, missing_years_note

        db, window = self.db, self.window

        def work(progress):  # type: ignore[no-untyped-def]
            # A period over several plan years is grouped by plan year; one with none is refused in words.
            check_period(db, options.date_from, options.date_to, workplan.plan_years_in_period)
            return export_workbook(db, options, target, progress)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            text = self.tr("Wrote {path}: {events}.").format(path=result.path,
                                                              events=self.tr("%n event(s)", "", result.events))
            note = missing_years_note(result.missing_years)
            messages.show_info(window, self.tr("Export"), f"{text}\n\n{note}" if note else text)

        def failed(exc: BaseException) -> None:
            if self.refused_period(exc, self.tr("Cannot export this period")):
                return
            if not isinstance(exc, OSError):
                unexpected(exc)
            messages.show_error(window, self.tr("The export failed"), self.tr(
                "{path} could not be written ({detail}). No partial file was left.").format(path=target, detail=exc))

        return self.started(window.tasks.start(
            "Excel export", work,
            title=self.tr("Export"), label=self.tr("Writing {name}…").format(name=target.name), on_done=done,
            on_failed=failed,
            on_cancelled=lambda: messages.show_info(window, self.tr("Export"),
                                                    self.tr("Cancelled: no file was written."))))

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Import events from Excel"), str(Path.home()),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_excel(Path(path))

    def import_excel(self, path: Path) -> Task:
        """Read the workbook off the UI thread and show what it would change; import on Import."""
        from cicte_desktop.views.import_preview import ImportPreviewDialog

        db, window = self.db, self.window

        def read(progress):  # type: ignore[no-untyped-def]
            from cicte_desktop.services.events import workbook_import

            check(progress, 0, 1)
            preview = workbook_import.preview_import(db, path)
            check(progress, 1, 1)  # cancelled meanwhile: the preview is dropped, nothing was written
            return preview

        def show(preview) -> None:  # type: ignore[no-untyped-def]
            dialog = ImportPreviewDialog(preview, window)
            self.import_dialog = dialog
            dialog.accepted.connect(lambda: self.apply_excel_import(preview))
            dialog.open()

        def failed(exc: BaseException) -> None:
            from cicte_desktop.services.events import workbook_files

            if not isinstance(exc, workbook_files.ImportFileError):
                unexpected(exc)
            messages.show_error(window, self.tr("Cannot import this file"), str(exc))

        return self.started(window.tasks.start(
            "Excel import preview", read, title=self.tr("Import"),
            label=self.tr("Reading {name}…").format(name=path.name), on_done=show, on_failed=failed))

    def apply_excel_import(self, preview) -> Task:  # type: ignore[no-untyped-def]
        """Write what the preview found, off the UI thread, in one transaction: Cancel rolls it back whole."""
        from cicte_desktop.services.events import workbook_import

        db, window = self.db, self.window

        def done(counts: tuple[int, int]) -> None:
            created, changed = counts
            self.figures_changed.emit()
            messages.show_info(window, self.tr("Import"), self.tr("{created}, {changed}.").format(
                created=self.tr("%n event(s) created", "", created), changed=self.tr("%n changed", "", changed)))

        def failed(exc: BaseException) -> None:
            from cicte_desktop.services.events import errors, workbook_files

            if not isinstance(exc, (workbook_files.ImportFileError, errors.PeriodLockedError,
                                    errors.ValidationError, errors.EventGoneError)):
                unexpected(exc)
            messages.show_error(window, self.tr("Nothing was imported"), str(exc))

        return self.started(window.tasks.start(
            "Excel import", lambda progress: workbook_import.apply_import(db, preview, progress),
            title=self.tr("Import"), label=self.tr("Importing {name}…").format(name=preview.path.name),
            on_done=done, on_failed=failed, on_cancelled=self.import_cancelled))

    def import_cancelled(self) -> None:
        self.status.emit(self.tr("Import cancelled: nothing was imported."), 10_000)

    # --- Work plans -----------------------------------------------------------------------

    def new_work_plan(self) -> None:
        """Plan > New Work Plan…: the year and the plan to start from; the new plan is shown."""
        from cicte_desktop.services import plan_years
        from cicte_desktop.views.new_plan import NewPlanDialog

        dialog = NewPlanDialog(workplan.plan_years(self.db), plan_years.plan_travels_from_here(self.db), self.window)
        self.new_plan_dialog = dialog
        dialog.accepted.connect(lambda: self.create_work_plan(*dialog.choice()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def create_work_plan(self, year: int, source_year: int) -> bool:
        """Start ``year``'s plan from ``source_year``'s (one transaction) and show it."""
        from cicte_desktop.db.errors import DatabaseOpenError
        from cicte_desktop.services import plan_years

        try:
            made = plan_years.new_plan(self.db, year, source_year)
        except (plan_years.NewPlanError, DatabaseOpenError) as exc:  # read-only, disk full: in words
            messages.show_error(self.window, self.tr("The work plan was not created"), str(exc))
            return False
        self.plan_changed.emit(made.year)
        self.status.emit(self.tr("Started the {year} work plan from the {source} plan.").format(
            year=made.year, source=made.source_year), 15_000)
        return True

    def edit_work_plan(self) -> None:
        """Plan > Edit Work Plan…: the shown year's plan; the tree shows the changes when it closes."""
        from cicte_desktop.views.plan_editor import PlanEditorDialog

        plan = self.window.plan
        if plan is None:
            return
        year = plan.year
        dialog = PlanEditorDialog(self.db, year, self.window)
        self.plan_editor_dialog = dialog
        dialog.finished.connect(lambda _result: self.plan_changed.emit(year))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_plan_workbook(self, target: Path | None = None) -> Task | None:
        """Plan > Export Plan Workbook…: the shown year's plan, written off the UI thread; None
        when there is nothing to export or no file was chosen."""
        from cicte_desktop.exports.plan_xlsx import export_plan_workbook
        from cicte_desktop.files import atomic_target

        plan = self.window.plan
        if plan is None:
            return None
        year, db, window = plan.year, self.db, self.window
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                window, self.tr("Export Plan Workbook"), str(Path.home() / self.tr("Work plan {year}.xlsx").format(
                    year=year)), self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return None
            target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        chosen = target

        def work(progress):  # type: ignore[no-untyped-def]
            # Written beside the target, renamed over it only if not cancelled meanwhile.
            check(progress, 0, 2)
            with atomic_target(chosen, prefix=".~") as partial:
                result = export_plan_workbook(db, year, partial)
                check(progress, 1, 2)
            return dataclasses.replace(result, path=chosen)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            messages.show_info(window, self.tr("Export Plan Workbook"), self.tr(
                "Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), "
                "then import it with Plan > Import Plan Workbook….").format(
                path=result.path, items=self.tr("%n plan item(s)", "", result.items), year=year))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError):
                unexpected(exc)
            messages.show_error(window, self.tr("The export failed"), self.tr(
                "{path} could not be written ({detail}). No partial file was left.").format(path=chosen, detail=exc))

        return self.started(window.tasks.start(
            "plan workbook export", work, title=self.tr("Export Plan Workbook"),
            label=self.tr("Writing {name}…").format(name=chosen.name), on_done=done, on_failed=failed))

    def choose_plan_workbook(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Import Plan Workbook"), str(Path.home()),
                                                    self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.import_plan_workbook(Path(path))

    def import_plan_workbook(self, path: Path) -> Task:
        """Read the workbook off the UI thread (progress, Cancel), show what it would change, and
        make the changes with the reason given on Apply."""
        from cicte_desktop.services import plan_workbook, plan_workbook_changes as pw
        from cicte_desktop.views.plan_import import PlanImportDialog

        title = self.tr("Import Plan Workbook")
        db, window = self.db, self.window

        def show(preview) -> None:  # type: ignore[no-untyped-def]
            dialog = PlanImportDialog(preview, window)
            self.plan_import_dialog = dialog
            dialog.accepted.connect(lambda: self.apply_plan_workbook(preview, dialog.chosen_reason()))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, pw.ImportFileError):
                unexpected(exc)
            messages.show_error(window, self.tr("Cannot import this file"), str(exc))

        return self.started(window.tasks.start(
            "plan workbook preview", lambda progress: plan_workbook.read_plan_workbook(path, db, progress), title=title,
            label=self.tr("Reading {name}…").format(name=path.name), on_done=show, on_failed=failed))

    def apply_plan_workbook(self, preview, reason: str) -> Task:  # type: ignore[no-untyped-def]
        """Make the previewed changes with ``reason``, off the UI thread, in one transaction:
        Cancel rolls it back whole."""
        from cicte_desktop.db.errors import DatabaseOpenError
        from cicte_desktop.services import plan_workbook_changes as pw

        title = self.tr("Import Plan Workbook")
        db, window = self.db, self.window

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.plan_changed.emit(result.year)
            text = self.tr("{added}, {changed}, {retired}.").format(
                added=self.tr("%n added", "", result.added), changed=self.tr("%n changed", "", result.changed),
                retired=self.tr("%n retired", "", result.retired))
            messages.show_info(window, title, self.tr("Created the {year} work plan: {changes}").format(
                year=result.year, changes=text) if result.created else self.tr(
                "Changed the {year} work plan: {changes}").format(year=result.year, changes=text))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, (pw.ImportFileError, DatabaseOpenError)):
                unexpected(exc)
            messages.show_error(window, self.tr("Nothing was imported"), str(exc))

        return self.started(window.tasks.start(
            "plan workbook import", lambda progress: pw.apply_plan_workbook(db, preview, reason, progress),
            title=title, label=self.tr("Importing {name}…").format(name=preview.path.name),
            on_done=done, on_failed=failed, on_cancelled=self.import_cancelled))
