"""What every PDF shares: the embedded fonts, paragraph styles, the page (header and "page X of
Y"), the table of contents, long tables in chunks, wrapping of table text and dates in words.

Imported only when a PDF is written (reportlab costs ~80 ms to import). The fonts are DejaVu
TrueType files shipped in ``resources/fonts`` and embedded as subsets, so any name prints.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QDate, QLocale
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from cicte_desktop import i18n
from cicte_desktop.paths import resource_path
from cicte_desktop.safe_text import shown


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
CONDENSED, CONDENSED_BOLD = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
_FONT_FILES = {FONT: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CONDENSED: "DejaVuSansCondensed.ttf",
               CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf"}
_fonts_lock = threading.Lock()
_fonts_ready = False

PAGE = letter  # the OAS works in US Letter
MARGIN = 0.75 * inch
TOP_MARGIN = 0.95 * inch  # room for the running header
BOTTOM_MARGIN = 0.8 * inch  # and for the page number
WIDTH = PAGE[0] - 2 * MARGIN

INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#4b5563")
RULE = colors.HexColor("#9ca3af")
ACCENT = colors.HexColor("#1d4e89")  # OAS blue
HEADER_FILL = colors.HexColor("#dbe4f0")
STRIPE = colors.HexColor("#f3f5f8")
BEHIND = colors.HexColor("#b45309")  # amber, always with words

CELL_SIZE, CELL_LEADING = 7.5, 9.0
CELL_PAD_X, CELL_PAD_Y = 3.0, 1.8


def register_fonts() -> None:
    """Register the DejaVu faces with reportlab once per process (bold via ``<b>`` in paragraphs)."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        from reportlab.lib.fonts import addMapping

        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("resources", "fonts", file_name))))
        for family, regular, bold in ((FONT, FONT, BOLD), (CONDENSED, CONDENSED, CONDENSED_BOLD)):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, regular)  # no italic face is shipped: upright instead
            addMapping(family, 1, 1, bold)
        # Charts start from reportlab's default state, whose font is Helvetica (not embedded,
        # Latin-1 only): every text of ours names its font, and the default is ours too.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = FONT
        _fonts_ready = True


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "note": ParagraphStyle("note", parent=base, fontName=CONDENSED, fontSize=7.5, leading=9.5, textColor=MUTED,
                               spaceBefore=3),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT,
                             spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
                             spaceBefore=10, spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=8,
                             spaceAfter=2),
        "activity": ParagraphStyle("activity", parent=base, fontSize=8.5, leading=11, spaceBefore=7, spaceAfter=3),
        "toc1": ParagraphStyle("toc1", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=5),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9, leading=11.5, leftIndent=14),
        "part": ParagraphStyle("part", parent=base, fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT,
                               spaceBefore=4, spaceAfter=2),
        "amended": ParagraphStyle("amended", parent=base, fontName=CONDENSED, fontSize=7.5, leading=9.5,
                                  textColor=MUTED, spaceBefore=1, spaceAfter=2, leftIndent=8),
        "cover_org": ParagraphStyle("cover_org", parent=base, fontName=BOLD, fontSize=13, leading=17,
                                    alignment=TA_CENTER, textColor=ACCENT),
        "cover_sub": ParagraphStyle("cover_sub", parent=base, fontSize=11.5, leading=15, alignment=TA_CENTER),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontName=BOLD, fontSize=24, leading=30,
                                      alignment=TA_CENTER, spaceBefore=6, spaceAfter=10),
        "cover_line": ParagraphStyle("cover_line", parent=base, fontSize=12, leading=16, alignment=TA_CENTER,
                                     spaceAfter=6),
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names and titles may hold ``&`` or ``<``)."""
    return Paragraph(escape(shown(text, keep_lines=True)), style)


# --- Dates --------------------------------------------------------------------------------


def locale_for(language: str | None) -> QLocale:
    """The reader's language for dates; English when none is set (as the untranslated text)."""
    return QLocale(language) if language else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def long_date(day: dt.date, locale: QLocale) -> str:
    """The locale's long date without the weekday: "July 15, 2016", "15 de julio de 2016"."""
    pattern = re.sub(r"^\s*dddd\W*|\W*dddd\s*$", "", locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def date_span(start: dt.date | None, end: dt.date | None, locale: QLocale, month: str = "MMM") -> str:
    """For tables: "14–15 Mar 2016", "30 Mar – 2 Apr 2016", "30 Dec 2016 – 2 Jan 2017"; "" without
    a start."""
    if start is None:
        return ""

    def fmt(day: dt.date, pattern: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    if end is None or end <= start:
        return fmt(start, f"d {month} yyyy")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{fmt(end, f'd {month} yyyy')}"
    if start.year == end.year:
        return f"{fmt(start, f'd {month}')} – {fmt(end, f'd {month} yyyy')}"
    return f"{fmt(start, f'd {month} yyyy')} – {fmt(end, f'd {month} yyyy')}"


# --- Table text ---------------------------------------------------------------------------


def wrap(text: str | None, width: float, font: str = CONDENSED, size: float = CELL_SIZE) -> str:
    """``text`` broken into lines that fit ``width`` points (a word too long is cut), for a plain
    table cell: much cheaper than a Paragraph per cell, which matters for thousands of rows."""
    text = shown(text, keep_lines=True)
    if not text:
        return ""
    width -= 2 * CELL_PAD_X
    lines: list[str] = []
    for source in text.splitlines() or [""]:
        line = ""
        for word in source.split():
            candidate = f"{line} {word}" if line else word
            if pdfmetrics.stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while pdfmetrics.stringWidth(word, font, size) > width and len(word) > 2:
                cut = len(word) - 1
                while cut > 1 and pdfmetrics.stringWidth(word[:cut] + "-", font, size) > width:
                    cut -= 1
                lines.append(word[:cut] + "-")
                word = word[cut:]
            line = word
        lines.append(line)
    return "\n".join(lines)


def table_style(numeric_columns: Sequence[int] = (), header_rows: int = 1, stripes: bool = True,
                extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, CELL_SIZE, CELL_LEADING),
        ("FONT", (0, 0), (-1, header_rows - 1), CONDENSED_BOLD, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y + 0.6),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if stripes:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE]))
    for column in numeric_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    commands.extend(extra)
    return TableStyle(commands)


#: Rows per table: one LongTable of 10,000 rows lays out 3x slower than chunks of 500.
CHUNK_ROWS = 400


#: The smallest type of a table's headings; below it a column is widened instead (``fit_headings``).
HEADING_MIN_SIZE = 6.0


def _longest_words(header: Sequence[str]) -> list[float]:
    """The width of each heading's longest word, in the headings' font at the cells' size."""
    return [max((pdfmetrics.stringWidth(word, CONDENSED_BOLD, CELL_SIZE) for word in text.split()), default=0.0)
            for text in header]


def heading_size(header: Sequence[str], widths: Sequence[float]) -> float:
    """One type size for a table's headings: the largest, up to the cells', at which every heading's
    longest word fits its column, and not under ``HEADING_MIN_SIZE``."""
    size = CELL_SIZE
    for longest, width in zip(_longest_words(header), widths, strict=True):
        if longest > width - 2 * CELL_PAD_X:
            size = min(size, CELL_SIZE * (width - 2 * CELL_PAD_X) / longest)
    return max(size, HEADING_MIN_SIZE)


def fit_headings(header: Sequence[str], widths: Sequence[float], donor: int = 0) -> list[float]:
    """``widths`` with each column wide enough for its heading's longest word at the smallest heading
    size, the ``donor`` column (a text column that wraps) giving the room: a translation's long word
    ("Événements", "Computado") is never cut in two. Call it before the rows are wrapped."""
    fitted = list(widths)
    scale = HEADING_MIN_SIZE / CELL_SIZE
    for column, longest in enumerate(_longest_words(header)):
        short = longest * scale + 2 * CELL_PAD_X + 0.5 - fitted[column]
        if column != donor and short > 0:
            fitted[column] += short
            fitted[donor] -= short
    return fitted


def long_table(header: list[str], rows: list[list[Any]], widths: Sequence[float], style: TableStyle,
               chunk: int = CHUNK_ROWS) -> list[Table]:
    """``rows`` as tables of at most ``chunk`` rows, each repeating the header row on every page.
    The headings share one type size (``heading_size``): smaller type rather than a broken word."""
    size = heading_size(header, widths)
    head = [wrap(text, width, CONDENSED_BOLD, size) for text, width in zip(header, widths, strict=True)]
    if size != CELL_SIZE:
        style = TableStyle([("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, size, size * 1.2)], parent=style)
    return [Table([head, *rows[start:start + chunk]], colWidths=list(widths), repeatRows=1, style=style,
                  hAlign="LEFT") for start in range(0, max(len(rows), 1), chunk)]


# --- Headings, contents and the page ------------------------------------------------------


class Heading(Paragraph):
    """A heading that goes in the contents, the PDF's bookmarks and is a link target."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, contents_text: str | None = None):
        super().__init__(escape(shown(text)), style)
        self.toc_level = level
        self.toc_key = key
        self.toc_text = contents_text or text

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a heading is never cut across pages: it moves to the next one whole


class ContentsLine(Flowable):
    """One line of the table of contents. The text is laid out now; the page number (unknown
    until the whole document is laid out) is written when the canvas saves."""

    NUMBER_WIDTH = 34

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__()
        self._paragraph = Paragraph(escape(shown(text)), style)
        self._style = style
        self._key = key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        _w, self._height = self._paragraph.wrap(avail_width - self.NUMBER_WIDTH - 10, avail_height)
        return avail_width, self._height

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self._style.spaceBefore

    def draw(self) -> None:
        canvas = self.canv
        self._paragraph.drawOn(canvas, 0, 0)
        style = self._style
        baseline = style.leading - style.fontSize  # of the last line, which the page number follows
        text_end = style.leftIndent + _last_line_width(self._paragraph) + 4
        right = self._width - self.NUMBER_WIDTH
        dot = pdfmetrics.stringWidth(". ", style.fontName, style.fontSize)
        if right - text_end > dot:
            canvas.saveState()
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(RULE)
            canvas.drawRightString(right, baseline, ". " * int((right - text_end) / dot))
            canvas.restoreState()
        left, bottom = canvas.absolutePosition(0, 0)
        x, y = canvas.absolutePosition(self._width, baseline)
        canvas.linkAbsolute("", self._key, (left, bottom, x, bottom + self._height))
        font, size, key = style.fontName, style.fontSize, self._key

        def number(target: Canvas, pages: dict[str, int]) -> None:
            target.saveState()
            target.setFont(font, size)
            target.setFillColor(INK)
            target.drawRightString(x, y, str(pages.get(key, "")))
            target.restoreState()

        canvas.defer(number)  # type: ignore[attr-defined]


def _last_line_width(paragraph: Paragraph) -> float:
    lines = getattr(paragraph, "blPara", None)
    if lines is None or not lines.lines:
        return 0.0
    last = lines.lines[-1]
    if isinstance(last, tuple):  # simple text: (extra space, words)
        extra, words = last
        return paragraph.width - paragraph.style.leftIndent - extra if words else 0.0
    return paragraph.width - paragraph.style.leftIndent - getattr(last, "extraSpace", 0.0)


class Cancelled(Exception):
    """Raised inside the layout when the progress callback asks to stop."""


class DeferredCanvas(Canvas):
    """Keeps every page until the end, so that each can say "page X of Y" and the contents can
    name the pages of headings laid out after them."""

    def __init__(self, *args: Any, decorate: Callable[[Canvas, int, int], None], pages: dict[str, int],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._heading_pages = pages
        self._kept: list[dict[str, Any]] = []
        self._deferred: list[Callable[[Canvas, dict[str, int]], None]] = []

    def defer(self, action: Callable[[Canvas, dict[str, int]], None]) -> None:
        """Draw on this page once every heading's page is known."""
        self._deferred.append(action)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._kept.append(dict(self.__dict__))
        self._deferred = []
        self._startPage()

    def save(self) -> None:
        total = len(self._kept)
        for number, state in enumerate(self._kept, start=1):
            self.__dict__.update(state)
            for action in self._deferred:
                action(self, self._heading_pages)
            self._decorate(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class ReportDocument(BaseDocTemplate):
    """Portrait Letter pages with a running header and "page X of Y"; headings fill the contents,
    the bookmarks and the link targets; progress after each flowable can cancel."""

    def __init__(self, filename: str, header: str, title: str, flowable_total: int,
                 progress: Callable[[int], bool] | None = None) -> None:
        super().__init__(filename, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP_MARGIN,
                         bottomMargin=BOTTOM_MARGIN, title=title, author=_tr("Secretariat of the Inter-American "
                                                                             "Committee against Terrorism (CICTE)"),
                         creator="CICTE Desktop", initialFontName=FONT, initialFontSize=9.5)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.header = header
        self.heading_pages: dict[str, int] = {}
        self._progress = progress
        self._laid_out = 0
        self._flowable_total = flowable_total

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Heading):
            key = flowable.toc_key
            self.heading_pages[key] = self.page
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, flowable.toc_level, closed=flowable.toc_level > 0)
        self._laid_out += 1
        if self._progress is not None and self._laid_out % 10 == 0 and not self._progress(self._laid_out):
            raise Cancelled

    def decorate(self, canvas: Canvas, number: int, total: int) -> None:
        width, height = PAGE
        canvas.saveState()
        canvas.setFont(CONDENSED, 7.5)
        canvas.setFillColor(MUTED)
        top = height - 0.55 * inch
        canvas.drawString(MARGIN, top, _tr("Organization of American States · CICTE Secretariat"))
        canvas.drawRightString(width - MARGIN, top, _fit(self.header, CONDENSED, 7.5, WIDTH * 0.62))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        bottom = 0.5 * inch
        canvas.line(MARGIN, bottom + 10, width - MARGIN, bottom + 10)
        canvas.setFont(CONDENSED, 8)
        canvas.drawRightString(width - MARGIN, bottom, _tr("Page {number} of {total}").format(number=number,
                                                                                              total=total))
        canvas.restoreState()

    def build_story(self, story: list[Flowable]) -> None:
        def canvasmaker(*args: Any, **kwargs: Any) -> DeferredCanvas:
            return DeferredCanvas(*args, decorate=self.decorate, pages=self.heading_pages, **kwargs)

        self.build(story, canvasmaker=canvasmaker)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
