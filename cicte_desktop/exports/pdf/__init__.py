"""PDF reports: the semi-annual implementation report to the member states, the report on what
one member state received, and certificates of participation. Knows nothing of widgets: data
in through the services, a file out.

This module imports no reportlab (start-up time): the writers in ``implementation`` and
``certificates`` are imported when a report is written. Every file is written to a temporary
name and renamed at the end; a cancelled or failed report leaves nothing at the target.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.exports.pdf.options import (
    CERTIFICATES, KINDS, MEMBER_STATE, SEMIANNUAL, Progress, ReportCancelled, ReportError, ReportOptions, ReportResult,
)
from cicte_desktop.exports.xlsx import period_options, period_slug

__all__ = ["CERTIFICATES", "KINDS", "MEMBER_STATE", "SEMIANNUAL", "ReportCancelled", "ReportError", "ReportOptions",
           "ReportResult", "export_report", "kind_labels", "period_options", "suggested_file_name"]


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


def kind_labels() -> dict[str, str]:
    return {SEMIANNUAL: _tr("Semi-annual implementation report"), MEMBER_STATE: _tr("Member-state report"),
            CERTIFICATES: _tr("Certificates of participation")}


def suggested_file_name(options: ReportOptions, event_title: str | None = None) -> str:
    if options.kind == CERTIFICATES:
        words = re.sub(r"[^\w]+", "-", (event_title or "event"), flags=re.UNICODE).strip("-")[:40].rstrip("-")
        return f"CICTE-certificates-{words or 'event'}.pdf"
    slug = period_slug(options.date_from, options.date_to)
    if options.kind == MEMBER_STATE:
        return f"CICTE-report-{options.member_state}-{slug}.pdf"
    return f"CICTE-implementation-report-{slug}.pdf"


def export_report(db: Database, options: ReportOptions, out: Path, progress: Progress | None = None) -> ReportResult:
    """Write the report ``options.kind`` to ``out`` (atomically); ``progress(done, total)``
    returning False cancels (``ReportCancelled``). ``ReportError`` says why a report cannot be
    made, before anything is written. Text, dates and the plan's titles are in ``options.language``
    (default: the language exports on this thread use, i.e. the UI's)."""
    language = options.language or i18n.export_language()
    with i18n.using_language(language):
        return _export_report(db, dataclasses.replace(options, language=language), out, progress)


def _export_report(db: Database, options: ReportOptions, out: Path, progress: Progress | None) -> ReportResult:
    if options.kind == CERTIFICATES:
        from cicte_desktop.exports.pdf.certificates import write_certificates

        return write_certificates(db, options, Path(out), progress)
    if options.kind in (SEMIANNUAL, MEMBER_STATE):
        from cicte_desktop.exports.pdf.implementation import write_implementation_report

        return write_implementation_report(db, options, Path(out), progress)
    raise ReportError(_tr("Unknown report “{kind}”.").format(kind=options.kind))
