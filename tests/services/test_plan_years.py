"""Plans per year: any period is measured against its own year's plan or refused in words; new
plans carried over from an earlier one; the window's selector and the event form follow them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import finish, run_main

from cicte_desktop.db.database import open_database
from cicte_desktop.exports.pdf import ReportOptions, export_report
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services import workplan
from cicte_desktop.services.demo import add_demo_events

D = dt.date


@pytest.fixture(autouse=True, scope="module")
def _one_application(qapp):
    """The command line, run in this process, uses the test session's application (a
    QCoreApplication before a QApplication aborts Qt)."""
    return qapp


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_main(argv, capsys)


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def _add_bare_plan(path: Path, year: int) -> None:
    """A plan of ``year`` with one work area, as headquarters might have sent it."""
    from cicte_desktop.db.ids import SEED_DEVICE_ID

    conn = sqlite3.connect(path)
    stamp = f"{year}-01-05T00:00:00.000000Z"
    sync = (stamp, stamp, SEED_DEVICE_ID)
    conn.execute("INSERT INTO work_plan (uuid, year, symbol, title, created_at, updated_at, device_id) "
                 f"VALUES ('p{year}', {year}, 'CICTE/doc/{year}', '{year} Work Plan', ?, ?, ?)", sync)
    conn.execute("INSERT INTO work_area (uuid, work_plan_uuid, number, title, position, created_at, updated_at, "
                 f"device_id) VALUES ('a{year}', 'p{year}', '1', 'Cybersecurity', 1, ?, ?, ?)", sync)
    conn.commit()
    conn.close()


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = open_database(db_path)
    add_demo_events(db, 80, seed=16)  # 2016-2019, every event under the 2016 plan (the only one)
    db.close()
    return db_path


# --- 1. Any period works, or is refused in one line ------------------------------------------


@pytest.mark.parametrize("period", [["--year", "2017"], ["--year", "2019"], ["--period", "2018-H2"],
                                    ["--from", "2017-03-01", "--to", "2017-04-30"]])
@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_a_year_without_a_plan_is_refused_in_one_line(demo_path: Path, tmp_path: Path, capsys, period, kind) -> None:
    out = tmp_path / f"out.{kind}"
    report = ["--report", "semiannual"] if kind == "pdf" else []
    code, _out, err = _run(["--db", str(demo_path), "export", kind, *report, "--out", str(out), *period], capsys)
    assert code == 1, err
    line = _one_line(err)
    assert line.startswith("cicte-desktop: error: there is no work plan for 201"), line
    assert "(work plans: 2016)" in line, line
    assert not out.exists()  # never measured against another year's plan


def test_a_range_over_the_years_of_one_plan_is_exported(demo_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "all.xlsx"
    code, _out, err = _run(["--db", str(demo_path), "export", "xlsx", "--out", str(out),
                            "--from", "2000-01-01", "--to", "2100-12-31"], capsys)
    assert code == 0, err
    assert out.exists()
    pdf = tmp_path / "all.pdf"
    code, _out, err = _run(["--db", str(demo_path), "export", "pdf", "--report", "semiannual", "--out", str(pdf),
                            "--from", "2000-01-01", "--to", "2100-12-31"], capsys)
    assert code == 0, err
    assert pdf.exists()


def test_a_report_over_several_plans_has_a_part_per_plan(demo_path: Path, tmp_path: Path, capsys) -> None:
    """(Until issue 16 a report over several plans was refused naming them.) Over 2016 and 2017 it
    has a part per plan; over all dates, the years with events and no plan (2018, 2019) are named."""
    _add_bare_plan(demo_path, 2017)
    out = tmp_path / "all.pdf"
    code, _out, err = _run(["--db", str(demo_path), "export", "pdf", "--report", "semiannual", "--out", str(out),
                            "--from", "2000-01-01", "--to", "2100-12-31"], capsys)
    assert code == 1
    line = _one_line(err)
    assert line.startswith("cicte-desktop: error: there is no work plan for 2018, 2019 (work plans: 2016, 2017)"), line
    assert not out.exists()
    code, _out, err = _run(["--db", str(demo_path), "export", "pdf", "--report", "semiannual", "--out", str(out),
                            "--from", "2016-01-01", "--to", "2017-12-31"], capsys)
    assert code == 0, err
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "2017 Work Plan (CICTE/doc/2017)" in text and "CICTE/doc.5/16" in text
    # 2017's events were logged under the 2016 plan (2017 had none yet): they stay there, and the
    # 2017 part says they are not counted against its plan.
    assert "logged under another year's work plan" in text
    # The workbook groups such a period by plan year (tests/services/test_period_spans.py).
    code, _out, err = _run(["--db", str(demo_path), "export", "xlsx", "--out", str(tmp_path / "all.xlsx"),
                            "--from", "2000-01-01", "--to", "2100-12-31"], capsys)
    assert code == 0, err
    code, _out, err = _run(["--db", str(demo_path), "export", "xlsx", "--out", str(tmp_path / "2017.xlsx"),
                            "--year", "2017"], capsys)
    assert code == 0, err  # the 2017 plan measures 2017


def test_the_services_use_the_periods_own_plan(demo_path: Path, tmp_path: Path) -> None:
    _add_bare_plan(demo_path, 2018)
    db = open_database(demo_path)
    try:
        assert workplan.plan_year_for_period(db, D(2016, 1, 1), D(2016, 6, 30)) == 2016
        assert workplan.plan_year_for_period(db, D(2018, 7, 1), D(2018, 12, 31)) == 2018
        assert workplan.plan_year_for_period(db, D(2017, 6, 1), D(2018, 2, 1)) == 2018  # 2017 has none
        with pytest.raises(workplan.PeriodPlanError, match=r"no work plan for 2017 \(work plans: 2016, 2018\)"):
            workplan.plan_year_for_period(db, D(2017, 1, 1), D(2017, 12, 31))
        with pytest.raises(workplan.PeriodPlanError, match="covers the work plans of 2016, 2018"):
            workplan.plan_year_for_period(db, None, None)
        with pytest.raises(workplan.PeriodPlanError, match="no work plan for 2019"):
            export_workbook(db, ExportOptions(D(2019, 1, 1), D(2019, 12, 31)), tmp_path / "x.xlsx")
        with pytest.raises(workplan.PeriodPlanError, match="no work plan for 2017"):
            export_report(db, ReportOptions("semiannual", D(2017, 1, 1), D(2017, 6, 30)), tmp_path / "x.pdf")
        assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.pdf").exists()
        result = export_report(db, ReportOptions("semiannual", D(2018, 1, 1), D(2018, 6, 30)), tmp_path / "y.pdf")
        assert result.path.exists()
    finally:
        db.close()


def test_the_window_refuses_a_year_without_a_plan_in_words(demo_path: Path, tmp_path: Path, qtbot,
                                                            shown_messages) -> None:
    from cicte_desktop.app import build_main_window
    from cicte_desktop.exports.pdf import SEMIANNUAL

    window = build_main_window(demo_path)
    qtbot.addWidget(window)
    try:
        target = tmp_path / "2017.xlsx"
        task = finish(qtbot, window.workbooks.run_export(ExportOptions(D(2017, 1, 1), D(2017, 12, 31)), target))
        assert task.result is None and not task.was_cancelled
        assert not target.exists()
        assert shown_messages[-1][0] == "error"
        assert shown_messages[-1][2] == "There is no work plan for 2017 (work plans: 2016)."
        task = finish(qtbot, window.reports.preview_pdf(ReportOptions(SEMIANNUAL, D(2019, 1, 1), D(2019, 6, 30))))
        assert task.result is None and window.reports.pdf_preview is None
        assert shown_messages[-1][2] == "There is no work plan for 2019 (work plans: 2016)."
    finally:
        window.database.close()


# --- 2. A new year's plan carried over from an earlier one -----------------------------------


def _items(conn: sqlite3.Connection, plan_year: int) -> dict[str, list[tuple]]:
    """Every item of a year's plan, by table: (its own values..., carried_from_uuid, uuid)."""
    joins = {
        "work_area": ("SELECT x.number, x.title, x.position, x.note, x.carried_from_uuid, x.uuid FROM work_area x "
                      "JOIN work_plan w ON w.uuid = x.work_plan_uuid"),
        "program": ("SELECT x.letter, x.title, x.position, x.note, x.carried_from_uuid, x.uuid FROM program x "
                    "JOIN work_area a ON a.uuid = x.work_area_uuid JOIN work_plan w ON w.uuid = a.work_plan_uuid"),
        "project": ("SELECT x.number, x.title, x.position, x.note, x.carried_from_uuid, x.uuid FROM project x "
                    "JOIN program p ON p.uuid = x.program_uuid JOIN work_area a ON a.uuid = p.work_area_uuid "
                    "JOIN work_plan w ON w.uuid = a.work_plan_uuid"),
        "planned_activity": ("SELECT x.text, x.target_quantity, x.target_unit, x.upon_request, x.position, x.note, "
                             "x.carried_from_uuid, x.uuid FROM planned_activity x JOIN project j ON "
                             "j.uuid = x.project_uuid JOIN program p ON p.uuid = j.program_uuid JOIN work_area a ON "
                             "a.uuid = p.work_area_uuid JOIN work_plan w ON w.uuid = a.work_plan_uuid"),
    }
    return {table: sorted(conn.execute(sql + " WHERE w.year = ?", (plan_year,)).fetchall(), key=repr)
            for table, sql in joins.items()}


def test_plan_new_carries_every_item_over_with_a_link_to_where_it_came_from(demo_path: Path, capsys) -> None:
    code, out, err = _run(["--db", str(demo_path), "plan", "new", "--year", "2017", "--from", "2016"], capsys)
    assert code == 0, err
    assert "Started the 2017 work plan (CICTE/doc.5/17) from the 2016 plan: 5 work areas, 17 programs, 50 projects, " \
           "70 planned activities" in out, out
    assert "not headquarters" in out  # a laptop's plan changes are refused by the others
    conn = sqlite3.connect(demo_path)
    try:
        old, new = _items(conn, 2016), _items(conn, 2017)
        for table in old:
            assert len(new[table]) == len(old[table]) > 0, table
            by_uuid = {row[-1]: row for row in old[table]}
            for row in new[table]:
                source = by_uuid[row[-2]]  # carried_from_uuid names the 2016 item
                assert row[:-2] == source[:-2], table  # numbering, titles, targets, notes copied
                assert row[-1] != source[-1]  # a new id
            assert all(row[-2] is None for row in old[table])
        # Titles in the four languages: every translated title of a 2016 item has one on its 2017 copy.
        titles = conn.execute(
            "SELECT n.language, n.title, o.title FROM plan_title n JOIN planned_activity t ON t.uuid = n.item_uuid "
            "JOIN plan_title o ON o.item_uuid = t.carried_from_uuid AND o.language = n.language").fetchall()
        area_titles = conn.execute(
            "SELECT count(*) FROM plan_title n JOIN work_area a ON a.uuid = n.item_uuid WHERE a.carried_from_uuid "
            "IS NOT NULL AND n.language IN ('es', 'fr', 'pt')").fetchone()[0]
        assert area_titles == 15 and all(new_title == old_title for _l, new_title, old_title in titles)
        assert conn.execute("SELECT title FROM plan_title WHERE language = 'es' AND item_uuid = (SELECT uuid FROM "
                            "work_plan WHERE year = 2017)").fetchone() == (
            "Plan de Trabajo 2017 del Comité Interamericano contra el Terrorismo",)
        mandates = conn.execute("SELECT w.year, count(*) FROM mandate m JOIN work_plan w ON w.uuid = m.work_plan_uuid "
                                "GROUP BY w.year ORDER BY w.year").fetchall()  # the mandates come along
        assert [year for year, _n in mandates] == [2016, 2017] and mandates[0][1] == mandates[1][1] > 0
        events_before = conn.execute("SELECT count(*) FROM event e JOIN planned_activity t ON t.uuid = "
                                     "e.activity_uuid WHERE t.carried_from_uuid IS NULL").fetchone()[0]
        assert events_before == 80  # the events stay where they were logged
    finally:
        conn.close()
    code, out, _err = _run(["--db", str(demo_path), "plan", "--json", "--year", "2017"], capsys)
    assert code == 0 and '"year": 2017' in out and '"symbol": "CICTE/doc.5/17"' in out


def test_plan_new_refuses_a_year_that_has_a_plan_and_a_missing_source(demo_path: Path, capsys) -> None:
    code, _out, err = _run(["--db", str(demo_path), "plan", "new", "--year", "2016", "--from", "2016"], capsys)
    assert code == 1
    assert "There is already a work plan for 2016" in _one_line(err)
    code, _out, err = _run(["--db", str(demo_path), "plan", "new", "--year", "2018", "--from", "2017"], capsys)
    assert code == 1
    assert "There is no work plan for 2017 to start from (work plans: 2016)" in _one_line(err)
    assert workplan.plan_years(open_database(demo_path)) == [2016]


def test_plan_new_is_one_transaction(demo_path: Path, monkeypatch) -> None:
    from cicte_desktop.db import models as m
    from cicte_desktop.services import plan_years

    db = open_database(demo_path)
    try:
        original = m.PlanTitle.__init__

        def broken(self, **values):  # noqa: ANN001, ANN202 - the disk fills up half-way
            raise OSError("disk full")

        monkeypatch.setattr(m.PlanTitle, "__init__", broken)
        with pytest.raises(OSError):
            plan_years.new_plan(db, 2017, 2016)
        monkeypatch.setattr(m.PlanTitle, "__init__", original)
        assert workplan.plan_years(db) == [2016]
        with db.sql() as conn:
            assert conn.execute("SELECT count(*) FROM work_area WHERE carried_from_uuid IS NOT NULL").fetchone() == (0,)
    finally:
        db.close()


def test_a_plan_started_at_headquarters_travels(demo_path: Path) -> None:
    from cicte_desktop.services import devices, plan_years

    db = open_database(demo_path)
    try:
        assert plan_years.new_plan(db, 2017, 2016).travels is False
        devices.set_device_role(db, devices.HEADQUARTERS)
        made = plan_years.new_plan(db, 2018, 2017)
        assert made.travels is True and workplan.plan_years(db) == [2016, 2017, 2018]
        # The chain of links, both ways: 2016 -> 2017 -> 2018.
        first = workplan.get_work_plan(db, 2016).activities()[5]
        later = plan_years.carried_activity(db, first.uuid, 2018)
        assert later in {a.uuid for a in workplan.get_work_plan(db, 2018).activities()}
        assert plan_years.carried_activity(db, later, 2016) == first.uuid
        assert plan_years.carried_activity(db, later, 2019) is None
        assert workplan.get_work_plan(db, 2018).activities()[5].text == first.text
    finally:
        db.close()


# --- 2 and 3. The new-plan dialog and the work-plan selector ---------------------------------


def test_new_work_plan_from_the_plan_menu_and_the_selector_switches_plans(demo_path: Path, qtbot,
                                                                          shown_messages) -> None:
    from cicte_desktop.app import build_main_window

    window = build_main_window(demo_path)
    qtbot.addWidget(window)
    try:
        assert window.year.count() == 1 and not window.year.isEnabled()
        menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
        assert window.new_plan_action in menu.actions()
        window.new_plan_action.trigger()
        dialog = window.workbooks.new_plan_dialog
        assert dialog.year.value() == 2017 and dialog.source.currentData() == 2016
        assert "not headquarters" in dialog.role_note.text()
        dialog.year.setValue(2016)
        assert not dialog.create_button.isEnabled()
        assert dialog.problem.text() == "There is already a work plan for 2016: choose another year."
        dialog.year.setValue(2017)
        assert dialog.create_button.isEnabled()
        dialog.create_button.click()
        qtbot.waitUntil(lambda: window.year.count() == 2)
        assert window.year.isEnabled() and window.year.currentData() == 2017
        assert [window.year.itemText(i) for i in range(2)] == ["2016 Work Plan", "2017 Work Plan"]
        assert window.plan_model.rowCount() == 5
        assert window.filter_bar.event_filter().date_from == D(2017, 1, 1)
        plan17 = {a.uuid for a in workplan.get_work_plan(window.database, 2017).activities()}
        assert set(window.browse.activities_under) and set().union(*window.browse.activities_under.values()) <= plan17
        window.year.setCurrentIndex(window.year.findData(2016))
        assert window.filter_bar.event_filter().date_from == D(2016, 1, 1)
        assert window.workbooks.create_work_plan(2017, 2016) is False  # the same year again: refused in words
        assert shown_messages[-1][:2] == ("error", "The work plan was not created")
        assert "There is already a work plan for 2017" in shown_messages[-1][2]
    finally:
        window.database.close()


# --- 4. An event belongs to the plan of the year it starts in ---------------------------------


def test_the_event_form_follows_the_plan_of_the_year_the_event_starts_in(demo_path: Path, qtbot) -> None:
    from PySide6.QtCore import QDate

    from cicte_desktop.app import build_main_window
    from cicte_desktop.services import plan_years
    from cicte_desktop.services.events import reading

    db = open_database(demo_path)
    plan_years.new_plan(db, 2017, 2016)
    with db.sql() as conn:  # a 2017 event logged under the 2016 plan before 2017 had one
        legacy, legacy_activity = conn.execute(
            "SELECT e.uuid, e.activity_uuid FROM event e WHERE e.start_date LIKE '2017-%' AND NOT e.deleted "
            "ORDER BY e.start_date LIMIT 1").fetchone()
    db.close()
    window = build_main_window(demo_path)
    qtbot.addWidget(window)
    try:
        assert window.year.currentData() == 2017
        old_activity = workplan.get_work_plan(window.database, 2016).activities()[2]  # '3 Exercises'
        new_activity = plan_years.carried_activity(window.database, old_activity.uuid, 2017)
        window.events.form(activity_uuid=old_activity.uuid)  # a new event under a 2016 activity
        form = window.event_form
        assert form.activity.plan().year == 2016 and form.activity.current_uuid() == old_activity.uuid
        form.start_date.setDate(QDate(2017, 3, 14))  # the event moves to 2017
        assert form.activity.plan().year == 2017
        assert form.activity.current_uuid() == new_activity  # the carried-over activity is offered
        assert form.activity.currentText().endswith("3 Exercises")
        assert form.plan_note.text() == f"Moved to the 2017 plan: {form.activity.currentText()}"
        assert form.plan_note.isVisibleTo(form)
        assert set(form.activity.listed()) == {a.uuid for a in workplan.get_work_plan(window.database, 2017).activities()}
        form.start_date.setDate(QDate(2016, 11, 2))  # and back
        assert form.activity.plan().year == 2016 and form.activity.current_uuid() == old_activity.uuid
        form.close()
        # An event logged in 2017 under the 2016 plan stays where it is: its form lists the 2016 plan.
        window.events.form(event_uuid=legacy, initial=reading.get_event_input(window.database, legacy))
        form = window.event_form
        assert form.activity.plan().year == 2016 and form.activity.current_uuid() == legacy_activity
        assert form.event_input().activity_uuid == legacy_activity
        form.close()
    finally:
        window.database.close()


def test_a_laptops_plan_is_refused_by_headquarters_until_it_starts_the_same_plan(tmp_path: Path) -> None:
    """Plan changes travel only from headquarters: a laptop's 2017 plan (and an event under it)
    is refused there; once headquarters starts the same plan from 2016, the items have the same
    ids, and the laptop's event arrives under the activity it was logged against."""
    import dataclasses

    from cicte_desktop.services import plan_years
    from cicte_desktop.services.events import reading as events_reading, writing
    from cicte_desktop.sync.apply import ImportRefusedError
    from tests.sync_helpers import close_all, event_input, make_device, send

    laptop, hq = make_device(tmp_path, "Laptop A"), make_device(tmp_path, "Headquarters")
    try:
        plan_years.new_plan(laptop.db, 2017, 2016)
        activity = workplan.get_work_plan(laptop.db, 2017).activities()[2].uuid
        event = dataclasses.replace(event_input(activity, "Maritime CME 2017"), start_date=D(2017, 3, 1),
                                    end_date=D(2017, 3, 2))
        event_id = writing.log_event(laptop.db, event)
        with pytest.raises(ImportRefusedError, match="planned activities that this database does not have"):
            send(laptop, hq, tmp_path)
        assert workplan.plan_years(hq.db) == [2016]
        plan_years.new_plan(hq.db, 2017, 2016)
        send(laptop, hq, tmp_path, everything=True)
        assert events_reading.get_event_input(hq.db, event_id).activity_uuid == activity
    finally:
        close_all(laptop, hq)


def test_a_workbook_row_is_read_in_the_plan_of_its_events_year(tmp_path: Path) -> None:
    """With plans for 2016 and 2017, a 2016 workbook exported and imported back changes nothing
    (its plan paths are the 2016 plan's), and a new 2017 row with the same path counts toward
    the 2017 plan's activity, not the 2016 one."""
    from openpyxl import load_workbook

    from cicte_desktop.services.events import workbook_import
    from cicte_desktop.services import workbook_layout
    from cicte_desktop.services import plan_years

    db = open_database(tmp_path / "hq.sqlite")
    try:
        add_demo_events(db, 60, seed=5, years=(2016,))
        plan_years.new_plan(db, 2017, 2016)
        workbook = tmp_path / "2016.xlsx"
        export_workbook(db, ExportOptions(dt.date(2016, 1, 1), dt.date(2016, 12, 31)), workbook)
        same = workbook_import.preview_import(db, workbook)
        assert same.count(workbook_import.CHANGED) == 0 and same.count(workbook_import.UNCHANGED) > 0, [r.changes for r in same.rows][:3]
        book = load_workbook(workbook)
        sheet = book["Events"]
        header = [cell.value for cell in sheet[workbook_layout.HEADER_ROWS + 1]]
        row = workbook_layout.HEADER_ROWS + 2
        sheet.cell(row, header.index("Event ID") + 1).value = None  # a new event...
        sheet.cell(row, header.index("Title") + 1, "Follow-up exercise of the next year")
        if "Plan year" in header:  # left blank on a new row: the year it starts in decides
            sheet.cell(row, header.index("Plan year") + 1).value = None
        for column in ("Start date", "End date"):  # ...in 2017
            sheet.cell(row, header.index(column) + 1, dt.datetime(2017, 3, 1))
        path = sheet.cell(row, header.index("Plan path") + 1).value
        book.save(tmp_path / "2017.xlsx")
        preview = workbook_import.preview_import(db, tmp_path / "2017.xlsx")
        new = [r for r in preview.rows if r.kind == workbook_import.NEW]
        assert len(new) == 1, [(r.row_number, r.problems) for r in preview.rows if r.problems]
        plan_2017 = {p: uuid for uuid, (p, _a) in
                     __import__("cicte_desktop.services.workbook_layout", fromlist=["plan_paths"]).plan_paths(
                         workplan.get_work_plan(db, 2017)).items()}
        assert new[0].event.activity_uuid == plan_2017[path]
    finally:
        db.close()


def test_half_year_targets_are_carried_over_and_shown_by_plan_json(demo_path: Path, capsys) -> None:
    import json

    from cicte_desktop.services import plan_edit, plan_years

    db = open_database(demo_path)
    try:
        split, alone = [a for a in workplan.get_work_plan(db, 2016).activities() if a.target and a.target >= 3][:2]
        plan_edit.set_target(db, split.uuid, split.target, split.unit, False, "Split by half-year",
                             first_half=1, second_half=split.target - 1)
        plan_edit.set_target(db, alone.uuid, alone.target, alone.unit, False, "Most before June",
                             first_half=alone.target - 1)
        plan_years.new_plan(db, 2017, 2016)
        carried = {a.uuid: a for a in workplan.get_work_plan(db, 2017).activities()}
        for source, halves in ((split, (1, split.target - 1)), (alone, (alone.target - 1, None))):
            copy = carried[plan_years.carried_activity(db, source.uuid, 2017)]
            assert (copy.target, copy.first_half, copy.second_half) == (source.target, *halves)
        assert sum(1 for a in carried.values() if a.first_half is not None or a.second_half is not None) == 2
    finally:
        db.close()
    code, out, err = _run(["--db", str(demo_path), "plan", "--json", "--year", "2017"], capsys)
    assert code == 0, err
    activities = [a for wa in json.loads(out)["work_areas"] for p in wa["programs"] for j in p["projects"]
                  for a in j["activities"]]
    assert list(activities[0])[-2:] == ["target_first_half", "target_second_half"]
    shown = {a["text"]: (a["target"], a["target_first_half"], a["target_second_half"]) for a in activities
             if a["target_first_half"] is not None or a["target_second_half"] is not None}
    assert shown == {split.text: (split.target, 1, split.target - 1), alone.text: (alone.target, alone.target - 1, None)}
