"""The sheets of the Excel workbook for member-state reporting (``exports.xlsx``): the table
every sheet is (title rows, a frozen header with a filter, rows, totals and a note) and the
Summary, Work plan, Events, By member state and Participants sheets. The data come from the
services (``figures``, ``workbook_data``); nothing here runs SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from cicte_desktop import i18n
from cicte_desktop.db.database import Database
from cicte_desktop.services import figures, workbook_data, workplan
from cicte_desktop.services.workbook_layout import (
    EVENT_FROZEN_COLUMNS, HEADER_ROWS, ILLEGAL_CHARACTERS, RISKY_START, event_columns, plan_paths,
)
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.vocabulary import STATUS_LABELS, event_type_label, modality_label, status_label

#: Characters openpyxl refuses (it raises IllegalCharacterError): dropped from every text.
_ILLEGAL, _RISKY_START = ILLEGAL_CHARACTERS, RISKY_START  # (the names used below)


def _tr(text: str) -> str:
    return i18n.translate("ExcelExport", text)


# --- Cells --------------------------------------------------------------------------------


class _Cells:
    """Turns Python values into write-only cells: text made safe, dates and percentages formatted."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._sheet = sheet
        self._cell = WriteOnlyCell

    def text(self, value: str) -> Any:
        if not value.isprintable():  # (most text is: no control character to look for)
            value = _ILLEGAL.sub("", value)
        if value.startswith(_RISKY_START):
            cell = self._cell(self._sheet, value=value)
            cell.data_type = "s"  # never a formula
            return cell
        return value

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        return value

    def percent(self, share: float | None) -> Any:
        if share is None:
            return None
        cell = self._cell(self._sheet, value=share)
        cell.number_format = "0%"
        return cell

    def date(self, value: dt.date | None) -> Any:
        if value is None:
            return None
        cell = self._cell(self._sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell

    def bold(self, value: Any, wrap: bool = False) -> Any:
        from openpyxl.styles import Alignment, Font

        cell = self._cell(self._sheet, value=self.value(value) if isinstance(value, str) else value)
        cell.font = Font(bold=True)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell


@dataclass(frozen=True)
class _Group:
    """A heading over several columns of the table header (on the row above it)."""
    first: int  # 1-based column
    span: int
    text: str


def table(book: Any, title: str, heading: str, subtitle: str, columns: list[tuple[str, int]],
          rows: Iterable[list[Any]], progress: Callable[[], None] | None = None, *, frozen_columns: int = 0,
          groups: list[_Group] | None = None, footer: list[list[Any]] | None = None, note: str | None = None) -> int:
    """A sheet: title rows, a frozen header row with a filter, then ``rows``; how many rows.

    ``frozen_columns`` stay in view when scrolling right; ``groups`` head several columns each
    (wrapped, merged, on the row above the header); ``footer`` rows (totals, in bold) and a
    ``note`` follow the table, outside its filter so that sorting leaves them last."""
    sheet = book.create_sheet(title)
    cells = _Cells(sheet)
    from openpyxl.utils import get_column_letter

    widths = []
    for index, (name, width) in enumerate(columns, start=1):
        # Wide enough for the heading in any language (a bold heading is cut by the next cell),
        # unless groups head the columns: then the heading wraps.
        widths.append(width if groups else max(width, len(name) * 1.15 + 2))
        sheet.column_dimensions[get_column_letter(index)].width = widths[-1]
    sheet.freeze_panes = f"{get_column_letter(frozen_columns + 1)}{HEADER_ROWS + 2}"
    # Printed (or turned into PDF) the table fits the page's width, landscape, its header on
    # every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROWS + 1}:{HEADER_ROWS + 1}"
    sheet.append([cells.bold(heading)])
    sheet.append([cells.text(subtitle)])
    if groups:
        from openpyxl.worksheet.cell_range import CellRange

        group_row: list[Any] = [None] * len(columns)
        lines = 1
        for group in groups:
            group_row[group.first - 1] = cells.bold(group.text, wrap=True)
            sheet.merged_cells.add(CellRange(min_col=group.first, max_col=group.first + group.span - 1,
                                             min_row=HEADER_ROWS, max_row=HEADER_ROWS))
            room = sum(widths[group.first - 1:group.first - 1 + group.span]) - 2
            lines = max(lines, -(-len(group.text) * 11 // 10 // max(int(room), 1)))
        sheet.row_dimensions[HEADER_ROWS].height = 15 * min(lines, 6) + 2
        sheet.append(group_row)
    else:
        sheet.append([])
    if groups:  # (a write-only sheet writes a row's height with the row: set it first)
        header_lines = max(-(-len(name) * 11 // 10 // max(int(width) - 1, 1)) for name, width in zip(
            [n for n, _w in columns], widths, strict=True))
        sheet.row_dimensions[HEADER_ROWS + 1].height = 15 * min(header_lines, 4) + 2
    sheet.append([cells.bold(name, wrap=bool(groups)) for name, _width in columns])
    count = 0
    for row in rows:
        sheet.append(_prepare(cells, row))
        count += 1
        if progress is not None and count % 500 == 0:
            progress()
    last = HEADER_ROWS + 1 + count
    sheet.auto_filter.ref = f"A{HEADER_ROWS + 1}:{get_column_letter(len(columns))}{max(last, HEADER_ROWS + 1)}"
    for row in footer or []:
        sheet.append([cells.bold(value) if value is not None else None for value in row])
    if note:
        sheet.append([cells.text(note)])
    return count


def _prepare(cells: _Cells, row: list[Any]) -> list[Any]:
    prepared = []
    for value in row:
        kind = type(value)
        if kind is str:
            prepared.append(cells.text(value))
        elif value is None or kind is int or kind is float:  # (the other common cells, as they are)
            prepared.append(value)
        elif kind is _Percent:
            prepared.append(cells.percent(value.share))
        elif isinstance(value, dt.date):
            prepared.append(cells.date(value))
        else:
            prepared.append(cells.value(value))
    return prepared


@dataclass(frozen=True)
class _Percent:
    share: float | None


def _share(node: figures.NodeProgress | None) -> _Percent:
    return _Percent(node.percent / 100 if node and node.percent is not None else None)


def _figure_columns(contribution: bool, with_target: bool = True) -> list[tuple[str, int]]:
    """The figures' columns, in the words of ``figures.labels`` (the tree's, the reports')."""
    words = figures.labels()
    columns = [(words["target"], 9)] if with_target else []
    if contribution:  # one member state: its contribution, never measured against the whole target
        return columns + [(words["achieved"], 9), (words["share"], 10)]
    return columns + [(words["achieved"], 9), (words["counted"], 10), (words["progress"], 9),
                      (words["expected"], 9), (words["state"], 12)]


def _figure_cells(node: figures.NodeProgress | None, with_target: bool = True) -> list[Any]:
    node = node or figures.NodeProgress(0, 0, 0, 0, figures.NO_TARGET)
    cells: list[Any] = [node.target or None] if with_target else []
    if node.contribution:
        share = node.share_percent
        return cells + [node.achieved, _Percent(share / 100 if share is not None else None)]
    expected = node.expected_percent
    return cells + [node.achieved, node.counted if node.target else None, _share(node),
                    _Percent(expected / 100 if expected is not None else None), figures.state_label(node.state)]


def summary_sheet(book: Any, title: str, db: Database, plan: WorkPlanNode, areas: list[Any],
                   event_filter: figures.EventFilter, progress: dict[str, figures.NodeProgress], subtitle: str,
                   note: str | None = None) -> None:
    contribution = event_filter.member_state is not None
    columns = [(_tr("Work area / program"), 50), *_figure_columns(contribution)]
    columns += [(status_label(code), 10) for code in STATUS_LABELS]
    columns += [(_tr("Women"), 9), (_tr("Men"), 9), (_tr("Sex not recorded"), 10), (_tr("Member states reached"), 12)]
    activities = {item.uuid: [a.uuid for p in item.programs for pj in p.projects for a in pj.activities]
                  for item in areas}
    activities |= {p.uuid: [a.uuid for pj in p.projects for a in pj.activities] for item in areas for p in item.programs}

    def row(label: str, node: figures.NodeProgress | None, scope: list[str]) -> list[Any]:
        summary = figures.summary(db, event_filter, scope)
        return [label, *_figure_cells(node),
                *[summary.events_by_status.get(code, 0) for code in STATUS_LABELS],
                summary.women, summary.men, summary.sex_not_recorded, len(summary.member_states)]

    rows: list[list[Any]] = []
    for item in areas:
        rows.append(row(f"{item.number}. {item.title}", progress.get(item.uuid), activities[item.uuid]))
        rows += [row(f"    {p.letter}. {p.title}", progress.get(p.uuid), activities[p.uuid]) for p in item.programs]
    everything = [a for item in areas for a in activities[item.uuid]]
    rows.append(row(_tr("Total"), figures.total(progress, [item.uuid for item in areas]), everything))
    table(book, title, _tr("Summary by work area and program"), subtitle, columns, rows, note=note)


def plan_sheet(book: Any, title: str, areas: list[Any], progress: dict[str, figures.NodeProgress],
                subtitle: str, amended: dict[str, list[str]] | None = None) -> None:
    """The plan with every item's figures; the last column, *Amended*, says how an item was
    changed after the plan's approval (``plan_reading.amendment_notes``: the PDF reports' words)."""
    contribution = any(p.contribution for p in progress.values())
    columns = [(_tr("Numbering"), 12), (_tr("Level"), 16), (_tr("Text"), 70), (figures.label("target"), 9),
               (_tr("Unit"), 26), (_tr("Upon request"), 10), *_figure_columns(contribution, with_target=False),
               (_tr("Amended"), 40)]
    amended = amended or {}

    def notes(uuid: str) -> str | None:
        return "\n".join(amended[uuid]) if uuid in amended else None

    rows: list[list[Any]] = []
    for item in areas:
        node = progress.get(item.uuid)
        rows.append([item.number, _tr("Work area"), item.title, node.target or None if node else None, None, None,
                     *_figure_cells(node, with_target=False), notes(item.uuid)])
        for program in item.programs:
            node = progress.get(program.uuid)
            rows.append([f"{item.number}.{program.letter}", _tr("Program"), program.title,
                         node.target or None if node else None, None, None, *_figure_cells(node, with_target=False),
                         notes(program.uuid)])
            for project in program.projects:
                node = progress.get(project.uuid)
                numbering = workplan.project_code(item, program, project)
                rows.append([numbering, _tr("Project"), project.title, node.target or None if node else None, None,
                             None, *_figure_cells(node, with_target=False), notes(project.uuid)])
                for a_index, activity in enumerate(project.activities, start=1):
                    node = progress.get(activity.uuid)
                    rows.append([f"{numbering}.{a_index}", _tr("Planned activity"), activity.text, activity.target,
                                 activity.unit, _tr("Yes") if activity.upon_request else None,
                                 *_figure_cells(node, with_target=False), notes(activity.uuid)])
    table(book, title, _tr("Work plan"), subtitle, columns, rows)


def event_rows(db: Database, plans: list[WorkPlanNode] | WorkPlanNode, event_filter: figures.EventFilter,
               scope: list[str] | None) -> Iterator[list[Any]]:
    """The Events sheet's rows (``workbook_layout.event_columns``), each activity named by its path in ``plans``."""
    plans = [plans] if isinstance(plans, WorkPlanNode) else plans
    paths = {uuid: found for plan in plans for uuid, found in plan_paths(plan).items()}
    year_of = workbook_data.activity_plan_years(db)
    yes, no = _tr("Yes"), _tr("No")
    for r in workbook_data.event_records(db, event_filter, scope):
        path, activity = paths.get(r.activity_uuid, ("", None))
        yield [
            r.title, r.start_date, r.end_date, event_type_label(r.event_type), status_label(r.status), path,
            activity.text if activity else "", modality_label(r.modality), r.member_states, r.venue, r.city,
            r.partners, r.lead_trainer, r.experts, r.funding_source, r.women, r.men, r.sex_not_recorded,
            r.participants_total, r.institutions, r.units, r.satisfaction, r.pretest_average, r.posttest_average,
            yes if r.follow_up_needed else no, r.follow_up_notes, r.outcomes, r.notes, year_of.get(r.activity_uuid),
            r.uuid,
        ]


def events_sheet(book: Any, title: str, db: Database, plans: list[WorkPlanNode], event_filter: figures.EventFilter,
                 scope: list[str] | None, subtitle: str, progress: Callable[[], None] | None = None,
                 note: str | None = None) -> int:
    """The Events sheet: every event of the period, whatever its plan year; how many."""
    return table(book, title, _tr("Events"), subtitle, [(header, width) for _key, header, width in event_columns()],
                 event_rows(db, plans, event_filter, scope), progress=progress,
                 frozen_columns=EVENT_FROZEN_COLUMNS, note=note)


def states_sheet(book: Any, title: str, db: Database, plan: WorkPlanNode, areas: list[Any],
                  event_filter: figures.EventFilter, subtitle: str) -> None:
    """Events (any status) and participants (completed events) by member state and work area,
    each area headed by its number and title; a total column per member state and a total row
    per work area, both from the figures service (the total row counts an event that served
    several member states once, as the Summary sheet does)."""
    area_of = {a.uuid: item.number for item in areas for p in item.programs for pj in p.projects for a in pj.activities}
    counts: dict[tuple[str, str], list[int]] = {}
    names = workbook_data.member_state_names(db)
    for found in workbook_data.state_activity_counts(db, event_filter.date_from, event_filter.date_to, list(area_of)):
        totals = counts.setdefault((found.iso3, area_of[found.activity_uuid]), [0, 0, 0])
        totals[0] += found.events
        totals[1] += found.women
        totals[2] += found.men
    columns = [(_tr("Member state"), 30), (_tr("ISO code"), 8)]
    groups = []
    for item in areas:
        groups.append(_Group(len(columns) + 1, 3, f"{item.number}. {item.title}"))
        columns += [(_tr("{number}. events").format(number=item.number), 10),
                    (_tr("{number}. women").format(number=item.number), 10),
                    (_tr("{number}. men").format(number=item.number), 10)]
    groups.append(_Group(len(columns) + 1, 3, _tr("All work areas")))
    columns += [(_tr("Total events"), 10), (_tr("Total women"), 10), (_tr("Total men"), 10)]
    order = {iso: position for position, iso in enumerate(names)}  # the export language's alphabetical order
    states = sorted({iso for iso, _n in counts}, key=lambda iso: (order.get(iso, len(order)), iso))
    if event_filter.member_state:
        states = [event_filter.member_state]
    everything = list(area_of)

    def figures_of(member_state: str | None, activities: list[str]) -> list[int]:
        found = figures.summary(db, figures.EventFilter(member_state, event_filter.date_from, event_filter.date_to),
                                activities)
        return [found.events, found.women, found.men]

    rows = []
    for iso in states:
        row: list[Any] = [names.get(iso, iso), iso]
        for item in areas:
            row += counts.get((iso, item.number), [0, 0, 0])
        rows.append(row + figures_of(iso, everything))
    total: list[Any] = [_tr("Total"), None]
    for item in areas:
        total += figures_of(event_filter.member_state, [a for a, number in area_of.items() if number == item.number])
    total += figures_of(event_filter.member_state, everything)
    table(book, title, _tr("Events and participants by member state and work area"), subtitle, columns, rows,
          frozen_columns=1, groups=groups, footer=[total],
          note=_tr("An event that served several member states counts in the row of each, and once in the total."))


def participants_sheet(book: Any, title: str, db: Database, event_filter: figures.EventFilter,
                       scope: list[str] | None, subtitle: str) -> int:
    """The Participants sheet (personal data): one row per participant; how many."""
    sexes = {"F": _tr("F"), "M": _tr("M")}
    rows = ([r.event_uuid, r.event_title, r.start_date, r.name, sexes.get(r.sex or "", ""), r.institution, r.country,
             r.position_title, r.email, r.phone] for r in workbook_data.participant_records(db, event_filter, scope))
    return table(book, title, _tr("Participants (personal data)"), subtitle, [
        (_tr("Event ID"), 38), (_tr("Event"), 40), (_tr("Start date"), 12), (_tr("Name"), 28), (_tr("Sex"), 6),
        (_tr("Institution"), 28), (_tr("Country"), 16), (_tr("Position"), 20), (_tr("E-mail"), 28),
        (_tr("Phone"), 16)], rows)
