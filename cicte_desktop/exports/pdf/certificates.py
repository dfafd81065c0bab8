"""Certificates of participation: one landscape page per person on an event's roster, with
the event's title, dates and venue and a line to sign, for trainers to print at the end of a
workshop. Participants' names are the point here (and only here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.exports.pdf.options import ReportCancelled, ReportError, ReportOptions, ReportResult
from cicte_desktop.exports.pdf.layout import ACCENT, BOLD, FONT, INK, MUTED, locale_for, long_date, register_fonts
from cicte_desktop.files import atomic_target
from cicte_desktop.safe_text import shown
from cicte_desktop.services import reporting
from cicte_desktop.services.events import errors, reading
from cicte_desktop.services.reporting import CertificateEvent
from cicte_desktop.vocabulary import event_type_label


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


PAGE = landscape(letter)
TEXT_WIDTH = PAGE[0] - 2 * 96


def _held(event: CertificateEvent, language: str | None) -> str:
    """Where and when, in one sentence: "held at Port Royal, Kingston (Jamaica) from March 14, 2016
    to March 15, 2016"."""
    locale = locale_for(language)
    place = ", ".join(v for v in (event.venue, event.city) if v)
    if place and len(event.member_states) == 1 and event.member_states[0] not in place:
        place = f"{place} ({event.member_states[0]})"
    online = event.modality == "virtual"
    if event.start_date is None:
        if online:
            return _tr("held online")
        return _tr("held at {place}").format(place=place) if place else ""
    start = long_date(event.start_date, locale)
    if event.end_date is None or event.end_date <= event.start_date:
        if online:
            return _tr("held online on {date}").format(date=start)
        if place:
            return _tr("held at {place} on {date}").format(place=place, date=start)
        return _tr("held on {date}").format(date=start)
    end = long_date(event.end_date, locale)
    if online:
        return _tr("held online from {start} to {end}").format(start=start, end=end)
    if place:
        return _tr("held at {place} from {start} to {end}").format(place=place, start=start, end=end)
    return _tr("held from {start} to {end}").format(start=start, end=end)


def write_certificates(db: Database, options: ReportOptions, out: Path,
                       progress: Callable[[int, int], bool] | None = None) -> ReportResult:
    if not options.event:
        raise ReportError(_tr("Choose the event whose participants get certificates."))
    try:
        event = reporting.certificate_event(db, options.event)
    except errors.EventGoneError:
        raise ReportError(_tr("There is no event with the ID “{id}”.").format(id=options.event)) from None
    except reporting.NoParticipantsError:
        title = reading.get_event_input(db, options.event).title
        raise ReportError(_tr("“{title}” has no participants on its roster: add them to the event first (or import "
                              "its attendance sheet).").format(title=title)) from None
    register_fonts()
    total = len(event.participants)
    issued = long_date(options.issue_date(), locale_for(options.language))
    held = _held(event, options.language)
    kind = event_type_label(event.event_type)
    with atomic_target(out, prefix=".") as partial:
        canvas = Canvas(str(partial), pagesize=PAGE, initialFontName=FONT, initialFontSize=12,
                        pageCompression=1)
        canvas.setTitle(_tr("Certificates of participation: {title}").format(title=event.title))
        canvas.setAuthor(_tr("Secretariat of the Inter-American Committee against Terrorism (CICTE)"))
        canvas.setCreator("CICTE Desktop")
        for done, name in enumerate(event.participants):
            if progress is not None and not progress(done, total):
                raise ReportCancelled
            _certificate(canvas, name, event.title, kind, held, issued)
            canvas.showPage()
        canvas.save()
    if progress is not None:
        progress(total, total)
    return ReportResult(out, total, 1, total)


def _centered(canvas: Canvas, text: str, y: float, style: ParagraphStyle) -> float:
    """Draw wrapped, centred text whose first line's top is at ``y``; return the bottom."""
    paragraph = Paragraph(escape(shown(text)), style)
    _w, height = paragraph.wrap(TEXT_WIDTH, PAGE[1])
    paragraph.drawOn(canvas, (PAGE[0] - TEXT_WIDTH) / 2, y - height)
    return y - height


def _name_size(name: str) -> float:
    """As large as fits on one line, down to 18 points (longer names wrap)."""
    size = 32.0
    while size > 18 and pdfmetrics.stringWidth(shown(name), BOLD, size) > TEXT_WIDTH:
        size -= 1
    return size


def _certificate(canvas: Canvas, name: str, title: str, kind: str, held: str, issued: str) -> None:
    width, height = PAGE
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.5)
    canvas.rect(26, 26, width - 52, height - 52)
    canvas.setLineWidth(0.7)
    canvas.rect(33, 33, width - 66, height - 66)

    def style(size: float, font: str = FONT, color=INK, leading: float | None = None) -> ParagraphStyle:  # type: ignore[no-untyped-def]
        return ParagraphStyle("c", fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color,
                              alignment=TA_CENTER)

    y = height - 70
    y = _centered(canvas, _tr("Organization of American States"), y, style(13, BOLD, ACCENT))
    y = _centered(canvas, _tr("Inter-American Committee against Terrorism (CICTE)"), y - 2, style(12))
    y = _centered(canvas, _tr("Secretariat"), y - 1, style(10.5, color=MUTED))
    y = _centered(canvas, _tr("Certificate of Participation"), y - 34, style(30, BOLD, ACCENT))
    y = _centered(canvas, _tr("This certifies that"), y - 22, style(13, color=MUTED))
    size = _name_size(name)
    y = _centered(canvas, name, y - 14, style(size, BOLD))
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    canvas.line(width / 2 - 200, y - 6, width / 2 + 200, y - 6)
    y = _centered(canvas, _tr("took part in the {kind}").format(kind=kind.lower()) if kind else
                  _tr("took part in"), y - 22, style(13, color=MUTED))
    y = _centered(canvas, title, y - 8, style(17, BOLD, leading=21))
    if held:
        _centered(canvas, held, y - 10, style(12.5))
    # The line to sign, and the date of issue.
    line_y = 118
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.7)
    canvas.line(width / 2 - 150, line_y, width / 2 + 150, line_y)
    _centered(canvas, _tr("Secretary of the Inter-American Committee against Terrorism"), line_y - 6, style(10))
    _centered(canvas, _tr("Date of issue: {date}").format(date=issued), 72, style(9, color=MUTED))
