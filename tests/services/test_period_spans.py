"""Any period works: a range over several plan years is grouped by plan year in the workbook
and the PDF reports (each year measured against its own plan, the period cut to that year); a
period with no plan year at all, or a report's period with a year without a plan inside it, is
refused in one line naming the year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import finish, run_main
from openpyxl import load_workbook

from cicte_desktop.db.database import open_database
from cicte_desktop.services import figures, plan_years, workplan
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.services.workbook_layout import HEADER_ROWS, event_columns, sheet_names

D = dt.date
YEARS = (2016, 2017, 2018, 2019)


@pytest.fixture(autouse=True, scope="module")
def _one_application(qapp):
    return qapp


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_main(argv, capsys)


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def four_plans(db_path: Path) -> Path:
    """Plans 2016-2019 (each carried over from the year before) and events in every year."""
    db = open_database(db_path)
    try:
        for year in YEARS[1:]:
            plan_years.new_plan(db, year, year - 1)
        add_demo_events(db, 600, seed=16)
    finally:
        db.close()
    return db_path


def _table(sheet) -> tuple[list, list[list]]:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in sheet.iter_rows(min_row=HEADER_ROWS + 1, values_only=True)]
    return rows[0], rows[1:]


def _sheet(book, name: str):  # type: ignore[no-untyped-def]
    assert name in book.sheetnames, book.sheetnames
    return book[name]


def test_a_range_over_four_plan_years_gives_a_block_per_year_with_its_own_figures(
        four_plans: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "2016-2019.xlsx"
    code, text, err = _run(["--db", str(four_plans), "export", "xlsx", "--out", str(out),
                            "--from", "2016-01-01", "--to", "2019-12-31"], capsys)
    assert code == 0, err
    assert "600 events" in text and "No work plan" not in text, text
    book = load_workbook(out, read_only=True)
    names = sheet_names()
    words = figures.labels()
    db = open_database(four_plans)
    try:
        for year in YEARS:
            plan = workplan.get_work_plan(db, year)
            truth = figures.plan_figures(db, plan, figures.EventFilter(None, D(year, 1, 1), D(year, 12, 31)))
            # The Work plan sheet of the year: every item's figures are the service's for that plan and year.
            header, rows = _table(_sheet(book, f"{names['plan']} {year}"))
            achieved, counted = header.index(words["achieved"]), header.index(words["counted"])
            subtitle = _sheet(book, f"{names['plan']} {year}").cell(row=2, column=1).value
            assert plan.symbol in subtitle and f"{year}-01-01 to {year}-12-31" in subtitle, subtitle
            items = [a for a in plan.work_areas]
            assert [r[0] for r in rows if r[1] == "Work area"] == [a.number for a in items]
            for area, row in zip(items, [r for r in rows if r[1] == "Work area"], strict=True):
                assert row[achieved] == truth[area.uuid].achieved
                assert (row[counted] or 0) == truth[area.uuid].counted
            # The Summary sheet's total is the plan's total for that year.
            header, rows = _table(_sheet(book, f"{names['summary']} {year}"))
            total = figures.total(truth, [a.uuid for a in plan.work_areas])
            last = [r for r in rows if r[0] == "Total"][0]
            assert last[header.index(words["achieved"])] == total.achieved
            assert last[header.index(words["counted"])] == total.counted
            assert total.achieved > 0  # a year with completed events: the comparison means something
            assert f"{names['states']} {year}" in book.sheetnames
        # One Events sheet: every event of the range, with its plan year.
        header, rows = _table(_sheet(book, names["events"]))
        keys = [key for key, _h, _w in event_columns()]
        rows = [r for r in rows if r[keys.index("uuid")]]
        assert len(rows) == 600
        with db.sql() as conn:
            expected = dict(conn.execute(
                "SELECT e.uuid, w.year FROM event e JOIN planned_activity t ON t.uuid = e.activity_uuid "
                "JOIN project j ON j.uuid = t.project_uuid JOIN program p ON p.uuid = j.program_uuid "
                "JOIN work_area a ON a.uuid = p.work_area_uuid JOIN work_plan w ON w.uuid = a.work_plan_uuid "
                "WHERE NOT e.deleted"))
        assert {r[keys.index("uuid")]: r[keys.index("plan_year")] for r in rows} == expected
        assert header[keys.index("plan_year")] == "Plan year"
        assert {int(str(r[1])[:4]) for r in rows} == set(YEARS)
    finally:
        db.close()
        book.close()


def test_years_without_a_plan_are_named_in_a_note_not_refused(four_plans: Path, tmp_path: Path, capsys) -> None:
    db = open_database(four_plans)
    try:  # no 2018 plan: 2016, 2017 and 2019 are measured; 2018 is named
        with db.sql() as conn:
            conn.execute("UPDATE work_plan SET deleted = 1 WHERE year = 2018")
            conn.commit()
    finally:
        db.close()
    out = tmp_path / "all.xlsx"
    code, text, err = _run(["--db", str(four_plans), "export", "xlsx", "--out", str(out),
                            "--from", "2000-01-01", "--to", "2100-12-31"], capsys)
    assert code == 0, err
    assert "No work plan for 2018" in text, text
    book = load_workbook(out, read_only=True)
    names = sheet_names()
    assert [n for n in book.sheetnames if n.startswith(names["summary"])] == [
        f"{names['summary']} {y}" for y in (2016, 2017, 2019)]
    events = [list(r) for r in book[names["events"]].iter_rows(values_only=True)]
    assert any(r and r[0] and str(r[0]).startswith("No work plan for 2018") for r in events)
    assert sum(1 for r in events[HEADER_ROWS + 1:] if len(r) > 1 and isinstance(r[1], dt.datetime)) == 600
    book.close()


def test_a_period_with_no_plan_year_is_refused_in_one_line(four_plans: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "none.xlsx"
    code, _text, err = _run(["--db", str(four_plans), "export", "xlsx", "--out", str(out),
                             "--from", "2020-01-01", "--to", "2022-12-31"], capsys)
    assert code == 1
    line = _one_line(err)
    assert line.startswith("cicte-desktop: error: there is no work plan for 2020"), line
    assert "(work plans: 2016, 2017, 2018, 2019)" in line, line
    assert not out.exists()


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("report", [["--report", "semiannual"], ["--report", "member-state", "--member-state", "JAM"]])
def test_a_report_over_several_plan_years_has_a_part_per_plan_year(four_plans: Path, tmp_path: Path, capsys,
                                                                   report) -> None:
    """(It was refused, naming the years, until issue 16 asked for a report grouped by plan year.)"""
    out = tmp_path / "r.pdf"
    code, _text, err = _run(["--db", str(four_plans), "export", "pdf", *report, "--out", str(out),
                             "--from", "2016-01-01", "--to", "2019-12-31"], capsys)
    assert code == 0, err
    pages = _pdf_pages(out)
    assert "2016–2019" in pages[0] and "Period: 2016-01-01 to 2019-12-31" in pages[0], pages[0]
    assert "Work plans: 2016 (CICTE/doc.5/16), 2017 (CICTE/doc.5/17), 2018 (CICTE/doc.5/18), 2019 (CICTE/doc.5/19)" \
        in pages[0], pages[0]
    db = open_database(four_plans)
    try:
        contents = " ".join(pages[1:3])
        where = []
        for year in YEARS:
            plan = workplan.get_work_plan(db, year)
            heading = f"{plan.title} ({plan.symbol})"
            assert heading in contents  # each part in the contents
            # Its part: its heading, then its summary of its year only, measured against its plan.
            first = next(i for i, text in enumerate(pages) if heading in text and "Executive summary" in text
                         and f"between January 1, {year} and December 31, {year}" in text)
            where.append(first)
            truth = figures.plan_figures(db, plan, figures.EventFilter("JAM" if "JAM" in report else None,
                                                                       D(year, 1, 1), D(year, 12, 31)))
            area = plan.work_areas[0]
            assert figures.describe_line(truth[area.uuid], lambda n: f"{n:,}") in " ".join(pages[first:first + 12])
        assert where == sorted(where)  # the parts in the order of their years
        if "semiannual" in report:  # mandates per part, one annex for the whole period
            assert sum("Implementation of mandates" in p and "Each mandate quoted" in p for p in pages) == len(YEARS)
            annex = [p for p in pages if "Annex: participation of member states by work area" in p][-1]
            assert "covers the work plans of 2016, 2017, 2018, 2019" in annex
    finally:
        db.close()


def test_a_report_refuses_a_year_without_a_plan_inside_its_period(four_plans: Path, tmp_path: Path,
                                                                  capsys) -> None:
    """A year inside the period without a plan (its events would be measured against no plan) is
    refused naming it; a year at the edge without a plan and without events is left out."""
    db = open_database(four_plans)
    try:
        with db.sql() as conn:
            conn.execute("UPDATE work_plan SET deleted = 1 WHERE year = 2018")
            conn.commit()
    finally:
        db.close()
    out = tmp_path / "r.pdf"
    code, _text, err = _run(["--db", str(four_plans), "export", "pdf", "--report", "semiannual", "--out", str(out),
                             "--from", "2016-01-01", "--to", "2019-12-31"], capsys)
    assert code == 1
    line = _one_line(err)
    assert line.startswith("cicte-desktop: error: there is no work plan for 2018 (work plans: 2016, 2017, 2019)"), line
    assert not out.exists()
    # 2015 has neither a plan nor events: a period starting in it reports 2016 and 2017.
    code, _text, err = _run(["--db", str(four_plans), "export", "pdf", "--report", "semiannual", "--out", str(out),
                             "--from", "2015-07-01", "--to", "2017-12-31"], capsys)
    assert code == 0, err
    pages = _pdf_pages(out)
    assert "July 1, 2015 to December 31, 2017" in pages[0]
    assert "CICTE/doc.5/16" in pages[0] and "CICTE/doc.5/17" in pages[0] and "2015 Work Plan" not in " ".join(pages)
    assert any("between January 1, 2016 and December 31, 2016" in p for p in pages)  # the period cut to the plan


def test_the_window_exports_several_plan_years_and_says_what_a_report_does(
        four_plans: Path, tmp_path: Path, qtbot, shown_messages) -> None:
    from cicte_desktop.app import build_main_window
    from cicte_desktop.exports.pdf import SEMIANNUAL, ReportOptions
    from cicte_desktop.exports.xlsx import ExportOptions
    from cicte_desktop.services import reference
    from cicte_desktop.views.export_dialog import ExportDialog
    from cicte_desktop.views.pdf_report_dialog import PdfReportDialog
    from cicte_desktop.views.period_picker import RANGE

    window = build_main_window(four_plans)
    qtbot.addWidget(window)
    try:
        target = tmp_path / "2016-2019.xlsx"
        task = finish(qtbot, window.workbooks.run_export(ExportOptions(D(2016, 1, 1), D(2019, 12, 31)), target))
        assert task.result is not None, shown_messages
        assert shown_messages[-1][0] == "info" and "600 events" in shown_messages[-1][2]
        book = load_workbook(target, read_only=True)
        assert {f"Summary {y}" for y in YEARS} <= set(book.sheetnames)
        book.close()
        # (The report was refused until issue 16: now a part per plan year.)
        errors = len([m for m in shown_messages if m[0] == "error"])
        task = finish(qtbot, window.reports.preview_pdf(ReportOptions(SEMIANNUAL, D(2016, 1, 1), D(2019, 12, 31))))
        assert task.result is not None and window.reports.pdf_preview is not None, shown_messages
        assert len([m for m in shown_messages if m[0] == "error"]) == errors
        window.reports.pdf_preview.close()
        task = finish(qtbot, window.workbooks.run_export(ExportOptions(D(2021, 1, 1), D(2022, 12, 31)),
                                                         tmp_path / "x.xlsx"))
        assert task.result is None and not (tmp_path / "x.xlsx").exists()
        assert shown_messages[-1][2].startswith("There is no work plan for 2021")
        # The dialogs say what they do with a period over several years.
        db = window.database
        plan = workplan.get_work_plan(db, 2019)
        for dialog in (ExportDialog(plan, reference.member_states(db), tmp_path),
                       PdfReportDialog(plan, reference.member_states(db), lambda _f: [], None, None)):
            qtbot.addWidget(dialog)
            picker = dialog.period
            picker.kind.setCurrentIndex(picker.kind.findData(RANGE))
            picker.date_from.setDate(D(2016, 1, 1))
            picker.date_to.setDate(D(2019, 12, 31))
            text = dialog.hint.text()
            assert ("for each work plan year" in text) if isinstance(dialog, ExportDialog) else (
                "a part for each plan year" in text), text
    finally:
        window.database.close()


def test_filters_work_over_several_plan_years(four_plans: Path, tmp_path: Path, capsys) -> None:
    """A member state and a work area over 2016-2019: each year's sheets show that state's
    contribution under that area, the service's for that plan and year; an unknown area is
    refused in one line naming the plan years."""
    out = tmp_path / "jam.xlsx"
    code, _text, err = _run(["--db", str(four_plans), "export", "xlsx", "--out", str(out), "--member-state", "JAM",
                             "--work-area", "1", "--from", "2016-01-01", "--to", "2019-12-31"], capsys)
    assert code == 0, err
    book = load_workbook(out, read_only=True)
    words = figures.labels()
    db = open_database(four_plans)
    try:
        for year in YEARS:
            plan = workplan.get_work_plan(db, year)
            area = [a for a in plan.work_areas if a.number == "1"][0]
            truth = figures.plan_figures(db, plan, figures.EventFilter("JAM", D(year, 1, 1), D(year, 12, 31)))
            header, rows = _table(book[f"Work plan {year}"])
            assert [r[0] for r in rows if r[1] == "Work area"] == ["1"]
            assert rows[0][header.index(words["achieved"])] == truth[area.uuid].achieved
    finally:
        db.close()
        book.close()
    code, _text, err = _run(["--db", str(four_plans), "export", "xlsx", "--out", str(tmp_path / "x.xlsx"),
                             "--work-area", "9", "--from", "2016-01-01", "--to", "2019-12-31"], capsys)
    assert code == 1
    assert "2016, 2017, 2018, 2019 has no work area 9" in _one_line(err)


def test_the_workbook_over_several_plan_years_imports_back_unchanged(four_plans: Path, tmp_path: Path,
                                                                   capsys) -> None:
    """Each row's plan path is read in its Plan year: nothing moves to another year's activity."""
    out = tmp_path / "2016-2019.xlsx"
    code, _text, err = _run(["--db", str(four_plans), "export", "xlsx", "--out", str(out),
                             "--from", "2016-01-01", "--to", "2019-12-31"], capsys)
    assert code == 0, err
    code, text, err = _run(["--db", str(four_plans), "import", "xlsx", str(out), "--dry-run"], capsys)
    assert code == 0, err
    assert text.startswith("0 new, 0 changed, 600 unchanged"), text


def test_a_report_over_several_plan_years_reports_progress_and_cancels(four_plans: Path, tmp_path: Path) -> None:
    from cicte_desktop.exports.pdf import ReportCancelled, ReportOptions, export_report

    db = open_database(four_plans)
    try:
        options = ReportOptions("semiannual", D(2016, 1, 1), D(2019, 12, 31), issued=D(2020, 1, 15))
        calls: list[tuple[int, int]] = []
        export_report(db, options, tmp_path / "r.pdf", progress=lambda done, total: calls.append((done, total)) or True)
        assert calls[-1][0] == calls[-1][1] and [d for d, _t in calls] == sorted(d for d, _t in calls)
        out = tmp_path / "c.pdf"
        with pytest.raises(ReportCancelled):
            export_report(db, options, out, progress=lambda done, total: len(calls) > 0 and done < total // 2)
        assert not out.exists()
    finally:
        db.close()
