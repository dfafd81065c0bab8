"""PDF reports: the report dialog, the report written off the UI thread and previewed, and
certificates of participation."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

from cicte_desktop.services import reference
from cicte_desktop.views import messages
from cicte_desktop.views.controllers.base import Controller, check_period, unexpected
from cicte_desktop.views.tasks import Task



class ReportsController(Controller):
    """The window's PDF reports."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.pdf_dialog = None
        self.pdf_preview = None

    def export_pdf(self, kind: str | None = None, event_uuid: str | None = None) -> None:
        """The report dialog; its choices are written to a temporary file and previewed."""
        from cicte_desktop.services.events import reading

        from cicte_desktop.services import reporting
        from cicte_desktop.views.pdf_report_dialog import PdfReportDialog

        plan, db = self.window.plan, self.db
        if plan is None:
            return
        event = None
        if event_uuid:
            chosen = reading.get_event_input(db, event_uuid)
            if chosen.participants:
                event = reporting.RosterEvent(event_uuid, chosen.start_date, chosen.title, len(chosen.participants))
        dialog = PdfReportDialog(plan, reference.member_states(db),
                                 lambda event_filter: reporting.events_with_rosters(db, event_filter),
                                 kind, event, parent=self.window)
        self.pdf_dialog = dialog
        dialog.accepted.connect(lambda: self.preview_pdf(dialog.options(), dialog.event_title()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def certificates_for_selected_event(self) -> None:
        from cicte_desktop.services.events import reading

        from cicte_desktop.exports.pdf import CERTIFICATES

        row = self.window.selected_event_row()
        uuid = row.uuid if row else None
        if uuid and not reading.get_event_input(self.db, uuid).participants:
            messages.show_info(self.window, self.tr("Certificates of participation"), self.tr(
                "This event has no participants on its roster. Add them in the event's form (or import its "
                "attendance sheet) to print their certificates."))
            return
        self.export_pdf(CERTIFICATES, uuid)

    def preview_pdf(self, options, event_title: str | None = None) -> Task:  # type: ignore[no-untyped-def]
        """Write the report to a temporary file off the UI thread (progress, Cancel), then preview it."""
        from cicte_desktop.exports.pdf import CERTIFICATES, ReportError, export_report, suggested_file_name

        name = suggested_file_name(options, event_title)
        folder = Path(tempfile.mkdtemp(prefix="cicte-report-"))
        target = folder / name
        db, window = self.db, self.window

        def work(progress):  # type: ignore[no-untyped-def]
            if options.kind != CERTIFICATES:
                check_period(db, options.date_from, options.date_to)
            return export_report(db, options, target, progress)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            from cicte_desktop.views.pdf_preview import PdfPreview

            preview = PdfPreview(result.path, folder, name, Path.home(), result.pages, window)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.pdf_preview = preview
            preview.show_report()

        def cancelled() -> None:
            shutil.rmtree(folder, ignore_errors=True)
            messages.show_info(window, self.tr("PDF report"), self.tr("Cancelled: no file was written."))

        def failed(exc: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            if self.refused_period(exc, self.tr("Cannot make this report")):
                return
            if isinstance(exc, ReportError):
                messages.show_error(window, self.tr("Cannot make this report"), str(exc))
            elif isinstance(exc, OSError):
                messages.show_error(window, self.tr("The report failed"), self.tr(
                    "The report could not be written ({detail}).").format(detail=exc))
            else:
                unexpected(exc)

        return self.started(window.tasks.start(
            "PDF report", work,
            title=self.tr("PDF report"), label=self.tr("Preparing {name}…").format(name=name),
            on_done=done, on_failed=failed, on_cancelled=cancelled))
