"""The last sections of the implementation report for all member states: what was done under
each mandate of Section 1, and the annex of participation by member state and work area over
the whole period. Counts only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from cicte_desktop import i18n
from cicte_desktop.exports.pdf.layout import ACCENT, CONDENSED_BOLD, WIDTH, long_table, para, table_style, wrap
from cicte_desktop.exports.pdf.report_context import ReportContext, activity_uuids, day_text
from cicte_desktop.services import figures, reference, reporting
from cicte_desktop.services.workplan import ActivityNode, WorkAreaNode


def _tr(text: str) -> str:
    return i18n.translate("PdfReport", text)


def _paragraph_numbers(paragraphs: tuple[str, ...]) -> str:
    """"5, 6, 12" or "4 (a, b, g)": the numbers and letters the quoted paragraphs start with."""
    numbers: list[str] = []
    for text in paragraphs:
        match = re.match(r"\s*(\d+|[a-z])\.", text)
        if not match:
            continue
        label = match.group(1)
        if label.isdigit() or not numbers:
            numbers.append(label)
        else:
            numbers[-1] = f"{numbers[-1][:-1]}, {label})" if numbers[-1].endswith(")") else f"{numbers[-1]} ({label})"
    return ", ".join(numbers)


def mandates_section(ctx: ReportContext) -> list[Flowable]:
    """Each mandate of Section 1 with the work areas it applies to and what was done under them in
    the period: completed events, their participants and the member states they reached (the
    figures service's summary of each work area, and of all the mandate's work areas together)."""
    s = ctx.styles
    mandates = reference.plan_mandates(ctx.db, ctx.plan.uuid)
    areas = {area.number: area for area in ctx.plan.work_areas}
    items: list[Flowable] = [PageBreak(), ctx.heading(_tr("Implementation of mandates"), "h1", 0),
                             para(_tr("Each mandate quoted in Section 1 of the {plan}, the work areas it applies to and "
                                      "what was done under them between {start} and {end}: completed events, their "
                                      "participants and the member states they reached.").format(
                                 plan=ctx.plan.title, start=day_text(ctx.period_filter.date_from, ctx),
                                 end=day_text(ctx.period_filter.date_to, ctx)), s["body"])]
    if not mandates:
        return [*items, para(_tr("This work plan records no mandates."), s["body"])]
    summaries: dict[tuple[str, ...], figures.Summary] = {}

    def summary_of(numbers: tuple[str, ...]) -> figures.Summary:
        if numbers not in summaries:
            scope = [uuid for number in numbers for uuid in activity_uuids(areas[number])]
            summaries[numbers] = figures.summary(ctx.db, ctx.period_filter, scope)
        return summaries[numbers]

    header = [_tr("Work area"), _tr("Events completed"), _tr("Participants"), _tr("Member states reached")]
    widths = [288, 72, 72, 72]
    for mandate in mandates:
        title = " — ".join(x for x in (mandate.symbol, mandate.title, mandate.section) if x)
        block: list[Flowable] = [para(title, s["h3"])]
        quoted = _paragraph_numbers(mandate.paragraphs)
        if quoted:
            block.append(para(_tr("Paragraphs quoted: {numbers}").format(numbers=quoted), s["small"]))
        numbers = tuple(n for n in mandate.work_areas if n in areas)
        if not numbers:
            block.append(para(_tr("Not linked to any work area of this plan."), s["note"]))
            items.append(KeepTogether(block))
            continue
        rows = []
        for number in numbers:
            summary = summary_of((number,))
            rows.append([wrap(f"{number}. {areas[number].title}", widths[0]),
                         ctx.number(summary.events_by_status.get("completed", 0)), ctx.number(summary.participants),
                         ctx.number(len(summary.member_states))])
        together = summary_of(numbers)
        done = together.events_by_status.get("completed", 0)
        extra: list[tuple] = []
        if len(numbers) > 1:
            rows.append([_tr("All its work areas"), ctx.number(done), ctx.number(together.participants),
                         ctx.number(len(together.member_states))])
            extra = [("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 7.5, 9.0), ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)]
        block += long_table(header, rows, widths, table_style([1, 2, 3], extra=extra))
        if not done:
            block.append(para(_tr("Nothing was done under this mandate in this period: no event was completed in its "
                                  "work areas."), s["note"]))
        items.append(KeepTogether(block))
    return items


@dataclass
class _AnnexArea:
    number: str
    title: str


def annex(parts: list[ReportContext]) -> list[Flowable]:
    """Participation of each member state by work area over the whole period: each part's events
    (its plan year's) under its plan's work areas, added up by work-area number."""
    ctx = parts[0]
    s = ctx.styles
    areas: dict[str, _AnnexArea] = {}
    matrix: dict[tuple[str, str], reporting.Participation] = {}
    for part in parts:
        for area in part.plan.work_areas:
            known = areas.setdefault(area.number, _AnnexArea(area.number, area.title))
            if area.title not in known.title.split(" / "):  # renamed from one plan year to the next
                known.title = f"{known.title} / {area.title}"
        area_of = {a.uuid: area.number for area in part.plan.work_areas for a in _activity_nodes(area)}
        for key, cell in reporting.participation_by_state(part.db, part.period_filter, area_of).items():
            before = matrix.get(key)
            matrix[key] = reporting.Participation(cell.events + (before.events if before else 0),
                                                  cell.participants + (before.participants if before else 0))
    header = [_tr("Member state"), *[_tr("Area {number}").format(number=a.number) for a in areas.values()],
              _tr("Total")]
    name_width = 150
    other = (WIDTH - name_width) / (len(areas) + 1)
    widths = [name_width, *[other] * (len(areas) + 1)]
    rows = []
    column_totals = [[0, 0] for _ in range(len(areas) + 1)]
    for state in reference.member_states(ctx.db):
        row = [wrap(f"{state.name} ({state.iso3})", name_width)]
        events = people = 0
        for index, area in enumerate(areas.values()):
            cell = matrix.get((state.iso3, area.number))
            row.append(_cell(ctx, cell.events, cell.participants) if cell else "–")
            if cell:
                events += cell.events
                people += cell.participants
                column_totals[index][0] += cell.events
                column_totals[index][1] += cell.participants
        column_totals[-1][0] += events
        column_totals[-1][1] += people
        row.append(_cell(ctx, events, people) if events else "–")
        rows.append(row)
    rows.append([_tr("Total"), *[_cell(ctx, e, p) for e, p in column_totals]])
    style = table_style(range(1, len(header)), extra=[
        ("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, 7.5, 9.0), ("LINEABOVE", (0, -1), (-1, -1), 0.8,
                                                                            ACCENT)])
    key = " · ".join(_tr("Area {number}: {title}").format(number=a.number, title=a.title) for a in areas.values())
    return [PageBreak(), ctx.heading(_tr("Annex: participation of member states by work area"), "h1", -ctx.depth),
            para(_tr("Completed events of the period in each member state and work area, with their participants in "
                     "brackets. An event that served several member states counts for each."), s["body"]),
            *([para(_tr("The period covers the work plans of {years}: each event is counted under the work area of "
                        "the plan of its year.").format(years=", ".join(str(p.plan.year) for p in parts)), s["body"])]
              if len(parts) > 1 else []),
            para(key, s["note"]), Spacer(1, 6), *long_table(header, rows, widths, style)]


def _cell(ctx: ReportContext, events: int, people: int) -> str:
    return f"{ctx.number(events)} ({ctx.number(people)})"


def _activity_nodes(area: WorkAreaNode) -> list[ActivityNode]:
    return [a for p in area.programs for pj in p.projects for a in pj.activities]
