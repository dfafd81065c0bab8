"""One truth for every figure: the tree, the workbook and the PDF reports show, for the same
filter, the figures the figures service computes once, in the same words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pypdf import PdfReader

from cicte_desktop.app import build_main_window
from cicte_desktop.db.database import open_database
from cicte_desktop.exports.pdf import ReportOptions, export_report
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services import figures, workplan
from cicte_desktop.services.demo import add_demo_events

D = dt.date
YEAR = (D(2016, 1, 1), D(2016, 12, 31))
HALF = (D(2016, 1, 1), D(2016, 6, 30))
#: (member state, from, to): the whole year, one member state, a half-year.
FILTERS = [(None, *YEAR), ("JAM", *YEAR), (None, *HALF)]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("truth") / "demo.sqlite"
    db = open_database(path)
    add_demo_events(db, 600, seed=3, years=(2016,))
    db.close()
    return path


@pytest.fixture
def window(demo_path, qtbot):
    main = build_main_window(demo_path)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    yield main
    main.database.close()


def _number(n: int) -> str:
    return f"{n:,}"


def _expected(path: Path, state: str | None, start: dt.date, end: dt.date):
    db = open_database(path)
    try:
        plan = workplan.get_work_plan(db, 2016)
        return plan, figures.plan_figures(db, plan, figures.EventFilter(state, start, end))
    finally:
        db.close()


def _items(plan):
    """(node, summary label, numbering) of every work area and program."""
    for area in plan.work_areas:
        yield area, f"{area.number}. {area.title}", str(area.number)
        for program in area.programs:
            yield program, f"{program.letter}. {program.title}", f"{area.number}.{program.letter}"


def _tree_rows(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _tree_rows(model, index)


@pytest.mark.parametrize("state, start, end", FILTERS)
def test_tree_shows_the_services_figures(window, demo_path, state, start, end) -> None:
    plan, expected = _expected(demo_path, state, start, end)
    bar = window.filter_bar
    bar.date_from.setDate(QDate(start.year, start.month, start.day))
    bar.date_to.setDate(QDate(end.year, end.month, end.day))
    if state:
        bar.member_state.setCurrentIndex(bar.member_state.findData(state))
    model = window.plan_model
    checked = 0
    for index in _tree_rows(model):
        node = expected[model.data(index, model.UuidRole)]
        cells = [model.data(index.siblingAtColumn(c)) for c in range(1, 5)]
        assert cells[1] == str(node.achieved)  # all completed units, never capped
        assert cells[3] == str(node.events)
        if state:  # a member state's contribution: its share of achieved, never behind
            assert node.state == figures.CONTRIBUTION
            assert cells[2] == (figures.percent_text(node.share_percent) if node.share_percent is not None else "")
        elif node.target:
            assert cells[2] == figures.percent_text(100 * node.counted / node.target)
        checked += 1
    assert checked == 5 + 17 + 50 + 70
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 5)]
    words = figures.labels()
    assert header == [words["target"], words["achieved"], words["share" if state else "progress"], words["events"]]


@pytest.mark.parametrize("state, start, end", FILTERS)
def test_workbook_shows_the_services_figures(demo_path, tmp_path, state, start, end) -> None:
    plan, expected = _expected(demo_path, state, start, end)
    db = open_database(demo_path)
    try:
        out = tmp_path / "book.xlsx"
        export_workbook(db, ExportOptions(member_state=state, date_from=start, date_to=end), out)
    finally:
        db.close()
    book = load_workbook(out)
    words = figures.labels()
    for sheet_name in ("Summary", "Work plan"):
        sheet = book[sheet_name]
        header = [c.value for c in sheet[4]]
        rows = list(sheet.iter_rows(min_row=5, values_only=True))
        text_column = 0  # the label on the summary, the numbering on the plan
        by_text = {str(r[text_column]).strip(): r for r in rows if r[text_column]}
        for item, summary_label, plan_text in _items(plan):
            node = expected[item.uuid]
            row = by_text[summary_label if sheet_name == "Summary" else plan_text]
            cell = {name: row[header.index(name)] for name in header if name}
            assert cell[words["target"]] == (node.target or None)
            assert cell[words["achieved"]] == node.achieved
            if state:
                assert words["progress"] not in cell and words["state"] not in cell
                share = node.share_percent
                assert cell[words["share"]] == (pytest.approx(share / 100) if share is not None else None)
            else:
                assert cell[words["counted"]] == (node.counted if node.target else None)
                assert cell[words["progress"]] == (pytest.approx(node.percent / 100) if node.target else None)
                assert cell[words["state"]] == figures.state_label(node.state)
        total = by_text.get("Total")
        if sheet_name == "Summary":
            whole = figures.total(expected, [a.uuid for a in plan.work_areas])
            assert total[header.index(words["achieved"])] == whole.achieved


@pytest.mark.parametrize("state, start, end", FILTERS)
def test_pdf_shows_the_services_figures(demo_path, tmp_path, state, start, end) -> None:
    plan, expected = _expected(demo_path, state, start, end)
    db = open_database(demo_path)
    try:
        out = tmp_path / "report.pdf"
        kind = "member-state" if state else "semiannual"
        export_report(db, ReportOptions(kind, start, end, member_state=state, issued=end), out)
    finally:
        db.close()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    for item, _label, _text in _items(plan):
        node = expected[item.uuid]
        if state and not node.achieved:
            continue  # the member-state report leaves out work areas and programs it did not reach
        line = figures.describe_line(node, _number)
        assert line in text, (item.title, line)
    # The summary table: each work area's target, achieved, counted, progress and state.
    if not state:
        for area in plan.work_areas[:1]:
            node = expected[area.uuid]
            assert (f"{area.number}. {area.title} {node.target} {_number(node.achieved)} {_number(node.counted)} "
                    f"{figures.percent_text(node.percent)} {figures.state_label(node.state)}") in text
    else:
        assert "Behind" not in text and "On track" not in text


def _walk(shape):
    for area in shape["work_areas"]:
        yield area
        for program in area["programs"]:
            yield program
            for project in program["projects"]:
                yield project
                yield from project["activities"]


def _plan_uuids(plan):
    for area in plan.work_areas:
        yield area.uuid
        for program in area.programs:
            yield program.uuid
            for project in program.projects:
                yield project.uuid
                yield from (a.uuid for a in project.activities)


@pytest.mark.parametrize("state, start, end", FILTERS)
def test_plan_json_figures_are_the_services_figures(demo_path, state, start, end) -> None:
    import json

    from tests.conftest import run_cli

    args = ["--db", str(demo_path), "plan", "--json", "--figures", "--year", "2016"]
    if state:
        args += ["--member-state", state.lower()]
    if (start, end) != YEAR:
        args += ["--from", start.isoformat(), "--to", end.isoformat()]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    shape = json.loads(result.stdout)
    plan, expected = _expected(demo_path, state, start, end)
    nodes = list(_walk(shape))
    assert len(nodes) == 5 + 17 + 50 + 70
    for node, uuid in zip(nodes, _plan_uuids(plan), strict=True):
        figures_of = expected[uuid]
        assert node["achieved"] == figures_of.achieved and node["events"] == figures_of.events
        assert node["state"] == figures_of.state
        assert node["target"] == (figures_of.target or None)
        if state:  # a contribution: no progress against the hemisphere-wide target
            assert node["state"] == "contribution" and node["progress"] is None and node["counted"] is None
            assert node["share_of_achieved"] == (round(figures_of.share_percent, 1)
                                                 if figures_of.share_percent is not None else None)
        else:
            assert node["counted"] == (figures_of.counted if figures_of.target else None)
            assert node["progress"] == (round(figures_of.percent, 1) if figures_of.target else None)
    if not state:  # a parent's counted is the sum of its activities' counted, each capped at its target
        area = shape["work_areas"][0]
        activities = [a for p in area["programs"] for pj in p["projects"] for a in pj["activities"]]
        assert area["counted"] == sum(min(a["achieved"], a["target"] or 0) for a in activities)
        assert area["achieved"] == sum(a["achieved"] for a in activities)


def test_plan_json_figures_bad_arguments(demo_path) -> None:
    from tests.conftest import run_cli

    for args, code, words in ((["--member-state", "JAM"], 2, "--figures"), (["--figures", "--member-state", "XXX"], 1,
                              "no member state"), (["--figures", "--to", "2016-06-30"], 2, "--to needs --from")):
        result = run_cli("--db", str(demo_path), "plan", "--json", *args)
        assert result.returncode == code and words in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


# --- A period over two plan years: a part per plan year, each with its own plan's figures ------

#: Over the plans of 2016 and 2017: the second half of 2016 and the first of 2017.
SPAN = (D(2016, 7, 1), D(2017, 6, 30))
CUTS = {2016: (D(2016, 7, 1), D(2016, 12, 31)), 2017: (D(2017, 1, 1), D(2017, 6, 30))}


@pytest.fixture(scope="module")
def two_plans_path(tmp_path_factory) -> Path:
    from cicte_desktop.services import plan_years

    path = tmp_path_factory.mktemp("truth2") / "two.sqlite"
    db = open_database(path)
    plan_years.new_plan(db, 2017, 2016)
    add_demo_events(db, 600, seed=8, years=(2016, 2017))
    db.close()
    return path


def _part_texts(pdf: Path, plans: dict[int, workplan.WorkPlanNode]) -> dict[int, str]:
    """Each plan year's part of the report: from its heading to the next part's (or the annex)."""
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    starts = {}
    for year, plan in plans.items():
        heading = f"{plan.title} ({plan.symbol})"
        # the part's first page: its heading then its executive summary (the cover and contents name it too)
        starts[year] = next(i for i, text in enumerate(pages) if i > 1 and heading in text
                            and "Executive summary" in text)
    order = sorted(starts, key=starts.get)
    annex = next((i for i, text in enumerate(pages) if "Annex: participation" in text and i > 1), len(pages))
    ends = {year: (starts[order[k + 1]] if k + 1 < len(order) else annex) for k, year in enumerate(order)}
    return {year: " ".join(pages[starts[year]:ends[year]]) for year in plans}


@pytest.mark.parametrize("state", [None, "JAM"])
def test_a_period_over_two_plan_years_shows_each_years_figures_in_every_output(two_plans_path, tmp_path,
                                                                              state) -> None:
    """The PDF's part for each plan year, the workbook's sheets of that year and ``plan --json
    --figures --year Y`` over the period cut to that year show the same figures, in the same words."""
    import json

    from tests.conftest import run_cli

    db = open_database(two_plans_path)
    try:
        plans = {year: workplan.get_work_plan(db, year) for year in CUTS}
        truth = {year: figures.plan_figures(db, plans[year], figures.EventFilter(state, *CUTS[year]))
                 for year in CUTS}
        pdf, book_path = tmp_path / "span.pdf", tmp_path / "span.xlsx"
        export_report(db, ReportOptions("member-state" if state else "semiannual", *SPAN, member_state=state,
                                        issued=SPAN[1]), pdf)
        export_workbook(db, ExportOptions(member_state=state, date_from=SPAN[0], date_to=SPAN[1]), book_path)
    finally:
        db.close()
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    # The cover shows the whole period and both plans; the contents list each part.
    assert "July 1, 2016 to June 30, 2017" in pages[0] and "Period: 2016-07-01 to 2017-06-30" in pages[0]
    for plan in plans.values():
        assert f"{plan.title} ({plan.symbol})" in pages[0]
        assert f"{plan.title} ({plan.symbol})" in pages[1]  # the contents
    parts = _part_texts(pdf, plans)
    book = load_workbook(book_path)
    words = figures.labels()
    for year, plan in plans.items():
        expected, part = truth[year], parts[year]
        start, end = CUTS[year]
        assert any(expected[a.uuid].achieved for a in plan.work_areas)  # the year has figures to compare
        # The part says which dates it covers: the period cut to its plan year.
        assert f"{start:%B} {start.day}, {start.year} and {end:%B} {end.day}, {end.year}" in part
        # plan --json --figures of that year over the period cut to it.
        args = ["--db", str(two_plans_path), "plan", "--json", "--figures", "--year", str(year),
                "--from", start.isoformat(), "--to", end.isoformat()] + (["--member-state", state] if state else [])
        result = run_cli(*args)
        assert result.returncode == 0, result.stderr
        shape = json.loads(result.stdout)
        json_areas = {a["number"]: a for a in shape["work_areas"]}
        # The workbook's Work plan sheet of that year.
        sheet = book[f"Work plan {year}"]
        header = [c.value for c in next(sheet.iter_rows(min_row=4, max_row=4))]
        rows = {str(r[0]): r for r in sheet.iter_rows(min_row=5, values_only=True) if r[0] is not None}
        for item, _label, numbering in _items(plan):
            node = expected[item.uuid]
            row = rows[numbering]
            assert row[header.index(words["achieved"])] == node.achieved
            if item in plan.work_areas:
                shown = json_areas[item.number]
                assert shown["achieved"] == node.achieved and shown["events"] == node.events
                assert shown["target"] == (node.target or None)
            if state:
                assert row[header.index(words["share"])] == (
                    pytest.approx(node.share_percent / 100) if node.share_percent is not None else None)
                if not node.achieved:
                    continue  # the member-state report leaves out what it did not reach
            else:
                assert row[header.index(words["counted"])] == (node.counted if node.target else None)
                assert row[header.index(words["progress"])] == (
                    pytest.approx(node.percent / 100) if node.target else None)
                if item in plan.work_areas:
                    assert shown["counted"] == (node.counted if node.target else None)
                    assert shown["progress"] == (round(node.percent, 1) if node.target else None)
            assert figures.describe_line(node, _number) in part, (year, item.title)
        if not state:  # the part's summary table: target, achieved, counted, progress and state of each area
            for area in plan.work_areas:
                node = expected[area.uuid]
                if node.target:
                    assert (f"{area.number}. {area.title} {_number(node.target)} {_number(node.achieved)} "
                            f"{_number(node.counted)} {figures.percent_text(node.percent)} "
                            f"{figures.state_label(node.state)}") in part, (year, area.title)
    # The two years differ somewhere: the comparison would notice one year's figures shown for both.
    assert any(truth[2016][a.uuid].achieved != truth[2017][b.uuid].achieved
               for a, b in zip(plans[2016].work_areas, plans[2017].work_areas, strict=True))
    book.close()
