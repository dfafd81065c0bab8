"""The implementation report to the member states (all of them, or one): cover, contents,
executive summary, charts, one section per work area and program listing the completed
events under each planned activity (those behind target flagged) and, for all member states,
an annex of participation by member state and work area.

No participant's name, e-mail or phone is printed: counts only. What the report says is gathered
by ``report_context``; ``sections`` and ``annex`` draw it; this module puts the story together and
lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from cicte_desktop.db.database import Database
from cicte_desktop.exports.pdf.annex import annex, mandates_section
from cicte_desktop.exports.pdf.layout import Cancelled, ReportDocument
from cicte_desktop.exports.pdf.options import ReportCancelled, ReportOptions, ReportResult
from cicte_desktop.exports.pdf.report_context import ReportContext, gather_parts, period_label, report_title
from cicte_desktop.exports.pdf.chart_pages import charts_section
from cicte_desktop.exports.pdf.sections import area_section, contents, cover, part_heading, summary_section
from cicte_desktop.files import atomic_target


def write_implementation_report(db: Database, options: ReportOptions, out: Path,
                                progress: Callable[[int, int], bool] | None = None) -> ReportResult:
    parts = gather_parts(db, options)
    ctx = parts[0]
    state_name = ctx.state_name
    events = sum(len(rows) for part in parts for rows in part.delivered.values())
    # Progress: one step per event listed while the story is made, then the layout (longer).
    layout_share = max(events, 50) * 1.5
    total = int(events + layout_share) + 1

    def step(done: int) -> None:
        if progress is not None and not progress(min(done, total - 1), total):
            raise ReportCancelled

    story = _story(parts, step)
    title = report_title(options)
    header = f"{title} · {state_name + ' · ' if state_name else ''}{period_label(options, ctx.locale)}"

    flowables = len(story)  # reportlab takes them off the list as it lays them out

    def layout_progress(laid_out: int) -> bool:
        return progress is None or bool(progress(min(events + int(layout_share * laid_out / flowables), total - 1),
                                                 total))

    with atomic_target(out, prefix=".") as partial:
        doc = ReportDocument(str(partial), header, f"{title} – {period_label(options, ctx.locale)}", len(story),
                             layout_progress)
        try:
            doc.build_story(story)
        except Cancelled:
            raise ReportCancelled from None
        step(total)
    if progress is not None:
        progress(total, total)
    return ReportResult(out, doc.page, events)


def _story(parts: list[ReportContext], step: Callable[[int], None]) -> list[Flowable]:
    """Cover, contents, then per plan year (a part of its own when the period covers several):
    summary, charts, the work areas and the mandates; the annex covers the whole period."""
    body: list[Flowable] = []
    done = 0
    for ctx in parts:
        if ctx.depth:  # (the first part starts on the page after the contents)
            body += [PageBreak()] * bool(body) + part_heading(ctx)
        body += summary_section(ctx)
        body += charts_section(ctx)
        for area in ctx.plan.work_areas:
            flowables, listed = area_section(ctx, area)
            body += flowables
            done += listed
            step(done)
        if not ctx.for_state:
            body += mandates_section(ctx)
    if not parts[0].for_state:
        body += annex(parts)
    return [*cover(parts), PageBreak(), *contents(parts[0]), PageBreak(), *body]
