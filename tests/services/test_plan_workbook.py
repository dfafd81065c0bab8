"""The plan workbook: export a year's plan, edit it in Excel (messily), import it back. The
import previews added, changed, retired and unchanged items, says whether it changes the year's
plan or creates it, refuses what it cannot read in words naming sheet, row and column, and
writes everything in one transaction through the plan's history, with the reason."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuid_module
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import connect_to, db_arg, finish, run_main
from openpyxl import load_workbook

from cicte_desktop.exports.plan_xlsx import FIRST_ITEM_ROW, HEADING_ROW, KEY_ROW, export_plan_workbook, plan_columns
from cicte_desktop.services import plan_edit, plan_reading, plan_workbook as pw, plan_workbook_changes as pwc
from cicte_desktop.services import plan_workbook_sheet, workplan
from cicte_desktop.services.events.inputs import EventInput
from cicte_desktop.services.events.writing import log_event
from cicte_desktop.sync import trust

COLUMN = {c.key: index for index, c in enumerate(plan_columns(), start=1)}


@pytest.fixture(autouse=True, scope="module")
def _one_application(qapp):
    """The command line, run in this process, uses the test session's application."""
    return qapp


@pytest.fixture
def hq(db):
    """The seeded database (its 2016 plan, approved) on the headquarters computer."""
    trust.set_device_role(db, trust.HEADQUARTERS)
    return db


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    return run_main(argv, capsys)


def _changes(db) -> list[tuple]:
    conn = connect_to(db)
    try:
        return conn.execute("SELECT item_table, item_uuid, field, old_value, new_value, reason, amendment "
                            "FROM plan_change ORDER BY rowid").fetchall()
    finally:
        conn.close()


def _edit(source: Path, target: Path, change: Callable) -> Path:  # type: ignore[type-arg]
    """``source`` opened as Excel would, changed by ``change(sheet)``, saved as ``target``."""
    book = load_workbook(source)
    change(book["Work plan"])
    book.save(target)
    return target


def _row_of(sheet, uuid: str) -> int:  # type: ignore[no-untyped-def]
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, COLUMN["id"]).value == uuid:
            return row
    raise AssertionError(uuid)


def _cells(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path)
    return {sheet.title: [tuple(c.value for c in row) for row in sheet.iter_rows()] for sheet in book.worksheets}


def _event_on(db, activity_uuid: str) -> str:
    return log_event(db, EventInput(activity_uuid=activity_uuid, event_type="workshop", title="Port security workshop",
                                    start_date=dt.date(2016, 3, 1), end_date=dt.date(2016, 3, 2),
                                    member_states=("ARG",), women=3, men=4, participants_total=7))


# --- The workbook ------------------------------------------------------------------------------


def test_export_import_export_gives_the_same_workbook(hq, tmp_path: Path) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    result = export_plan_workbook(hq, 2016, first)
    plan = workplan.get_work_plan(hq, 2016)
    counts = workplan.plan_counts(plan)
    assert result.items == sum(counts.values())
    preview = pw.read_plan_workbook(first, hq)
    assert not preview.problems and not preview.creates and not preview.has_changes
    assert preview.count(pwc.UNCHANGED) == result.items and not preview.skipped
    with pytest.raises(pwc.PlanWorkbookError, match="Nothing to import"):
        pwc.apply_plan_workbook(hq, preview, "No change")
    export_plan_workbook(hq, 2016, second)
    assert _cells(first) == _cells(second)  # every cell of every sheet
    assert first.read_bytes() == second.read_bytes()  # and the bytes: fixed dates and zip times

    # After real changes, the same again: the changed plan's workbook reads back unchanged.
    activity = plan.activities()[0]
    edited = _edit(first, tmp_path / "edited.xlsx", lambda s: setattr(s.cell(_row_of(s, activity.uuid),
                                                                              COLUMN["target"]), "value", 7))
    pwc.apply_plan_workbook(hq, pw.read_plan_workbook(edited, hq), "New target agreed")
    third, fourth = tmp_path / "third.xlsx", tmp_path / "fourth.xlsx"
    export_plan_workbook(hq, 2016, third)
    assert not pw.read_plan_workbook(third, hq).has_changes
    export_plan_workbook(hq, 2016, fourth)
    assert third.read_bytes() == fourth.read_bytes() and _cells(third) != _cells(first)


def test_the_workbook_holds_one_row_per_item_with_its_ids_and_a_how_to(hq, tmp_path: Path) -> None:
    out = export_plan_workbook(hq, 2016, tmp_path / "plan.xlsx").path
    book = load_workbook(out)
    assert book.sheetnames == ["Work plan", "How to use"]
    sheet = book["Work plan"]
    assert sheet.cell(2, 1).value == "Year" and sheet.cell(2, 2).value == 2016
    assert sheet.cell(3, 2).value == "CICTE/doc.5/16" and sheet.cell(4, 2).value == "2016-02-26"
    assert sheet.row_dimensions[KEY_ROW].hidden
    assert [c.value for c in sheet[HEADING_ROW]] == [
        "Level", "Code", "Title (English)", "Title (Spanish)", "Title (French)", "Title (Portuguese)", "Target",
        "Target by 30 June", "Target July–December", "Unit", "Upon request", "Retired", "Parent id", "Id",
        "Carried from id"]
    plan = workplan.get_work_plan(hq, 2016)
    area, program = plan.work_areas[0], plan.work_areas[0].programs[0]
    first = [c.value for c in sheet[FIRST_ITEM_ROW]]
    assert first[:3] == ["Work area", area.number, area.title] and first[COLUMN["id"] - 1] == area.uuid
    assert first[COLUMN["parent_id"] - 1] == plan.uuid and first[COLUMN["retired"] - 1] == "No"
    second = [c.value for c in sheet[FIRST_ITEM_ROW + 1]]
    assert second[:3] == ["Program", program.letter, program.title] and second[COLUMN["parent_id"] - 1] == area.uuid
    activity = plan.activities()[0]
    row = [c.value for c in sheet[_row_of(sheet, activity.uuid)]]
    assert row[COLUMN["target"] - 1] == activity.target and row[COLUMN["upon_request"] - 1] == "No"
    guide = " ".join(str(c.value) for c in book["How to use"]["A"] if c.value)
    assert "empty Id" in guide and "Retired to Yes" in guide and "Do not edit the Id" in guide


def test_text_that_looks_like_a_formula_is_written_and_read_as_text(hq, tmp_path: Path) -> None:
    activity = workplan.get_work_plan(hq, 2016).activities()[0]
    plan_edit.rename(hq, activity.uuid, "=HYPERLINK(\"http://evil\")", "Test of a risky title")
    out = export_plan_workbook(hq, 2016, tmp_path / "plan.xlsx").path
    sheet = load_workbook(out)["Work plan"]
    cell = sheet.cell(_row_of(sheet, activity.uuid), COLUMN["title"])
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"http://evil\")"
    assert not pw.read_plan_workbook(out, hq).has_changes


def test_the_headings_translate_and_a_workbook_in_spanish_is_read(hq, tmp_path: Path) -> None:
    out = export_plan_workbook(hq, 2016, tmp_path / "plan.xlsx", language="es").path
    sheet = load_workbook(out)["Plan de Trabajo"]
    assert sheet.cell(HEADING_ROW, 1).value == "Nivel" and sheet.cell(FIRST_ITEM_ROW, 1).value == "Área de trabajo"
    assert sheet.cell(2, 1).value == "Año"
    preview = pw.read_plan_workbook(out, hq)
    assert not preview.problems and not preview.has_changes


# --- A messy workbook --------------------------------------------------------------------------


def _messy(sheet, activity_uuid: str, project_uuid: str, level: str = "Actividad") -> None:  # type: ignore[no-untyped-def]
    """What a program manager's copy looks like after a week in Excel: a title row above it all
    (merged), Spanish headings and no hidden key row, a blank row, a new activity typed under a
    project, a changed target and a totals row at the bottom."""
    spanish = ["Nivel", "Código", "Título (inglés)", "Título (español)", "Título (francés)", "Título (portugués)",
               "Meta", "Meta al 30 de junio", "Meta julio–diciembre", "Unidad", "A solicitud", "Retirado",
               "Id del padre", "Id", "Id de origen"]
    for index, heading in enumerate(spanish, start=1):
        sheet.cell(HEADING_ROW, index).value = heading
    sheet.delete_rows(KEY_ROW)  # the hidden row, deleted by someone who unhid it
    sheet.cell(_row_of(sheet, activity_uuid), COLUMN["target"]).value = 12
    project_row = _row_of(sheet, project_uuid)
    sheet.insert_rows(project_row + 1, 2)
    sheet.cell(project_row + 2, 1).value = level
    sheet.cell(project_row + 2, COLUMN["title"]).value = "  Regional exercise on port   security  "
    sheet.cell(project_row + 2, COLUMN["target"]).value = 2
    sheet.cell(project_row + 2, COLUMN["unit"]).value = "exercises"
    last = sheet.max_row + 2
    sheet.cell(last, COLUMN["title"]).value = "Total"
    sheet.cell(last, COLUMN["target"]).value = 999
    sheet.insert_rows(1)
    sheet.cell(1, 1).value = "BORRADOR — plan 2016 revisado por la Secretaría"
    sheet.merge_cells("A1:F1")


def test_a_messy_workbook_gives_the_right_preview(hq, tmp_path: Path) -> None:
    plan = workplan.get_work_plan(hq, 2016)
    project = plan.work_areas[0].programs[0].projects[0]
    activity = project.activities[0]
    out = export_plan_workbook(hq, 2016, tmp_path / "plan.xlsx").path
    messy = _edit(out, tmp_path / "messy.xlsx", lambda s: _messy(s, activity.uuid, project.uuid))
    preview = pw.read_plan_workbook(messy, hq)
    assert preview.problems == []
    [added] = preview.of(pwc.ADDED)
    assert added.title == "Regional exercise on port security" and added.table == "planned_activity"
    assert added.parent_uuid == project.uuid  # the nearest project above it
    [changed] = preview.of(pwc.CHANGED)
    assert changed.uuid == activity.uuid
    assert [(c.key, c.old, c.new) for c in changed.changes] == [("target", str(activity.target), "12")]
    assert len(preview.skipped) == 1 and "“Total”" in preview.skipped[0] and "row" in preview.skipped[0]
    assert "ADDS TO it" in preview.mode_sentence()

    result = pwc.apply_plan_workbook(hq, preview, "Secretariat's revision")
    assert (result.added, result.changed, result.retired, result.created) == (1, 1, 0, False)
    after = workplan.get_work_plan(hq, 2016).work_areas[0].programs[0].projects[0]
    # The new activity where it was typed (first under its project), the others after it.
    assert [a.text for a in after.activities] == ["Regional exercise on port security"] + [
        a.text for a in project.activities]
    assert (after.activities[0].target, after.activities[0].unit) == (2, "exercises")
    assert after.activities[1].target == 12
    assert [r[2] for r in _changes(hq)] == ["added", "target_quantity", "target_unit", "target_quantity"]


def test_a_typo_in_level_is_named_with_its_row_and_column(hq, tmp_path: Path) -> None:
    plan = workplan.get_work_plan(hq, 2016)
    project = plan.work_areas[0].programs[0].projects[0]
    out = export_plan_workbook(hq, 2016, tmp_path / "plan.xlsx").path
    messy = _edit(out, tmp_path / "messy.xlsx", lambda s: _messy(s, project.activities[0].uuid, project.uuid, "Activty"))
    preview = pw.read_plan_workbook(messy, hq)
    assert not preview.can_apply
    [problem] = preview.problems
    # Where it was typed: below the project's row and the blank one, the hidden row deleted (one
    # up) and the title row inserted (one down).
    row = (FIRST_ITEM_ROW + 2) + 2 - 1 + 1
    assert problem == (f"Work plan, row {row}, column A (Nivel): “Activty” is not a level (Work area, Program, "
                       "Project, Activity)")
    with pytest.raises(pwc.PlanWorkbookError, match="correct the rows"):
        pwc.apply_plan_workbook(hq, preview, "Revision")
    assert _changes(hq) == []


# --- Hostile and wrong workbooks ---------------------------------------------------------------


@pytest.fixture
def exported(hq, tmp_path: Path) -> Path:
    return export_plan_workbook(hq, 2016, tmp_path / "plan.xlsx").path


def _problems(db, source: Path, change: Callable, tmp_path: Path) -> list[str]:  # type: ignore[type-arg]
    preview = pw.read_plan_workbook(_edit(source, tmp_path / "edited.xlsx", change), db)
    assert not preview.can_apply
    return preview.problems


def test_an_id_not_in_the_plan_is_named(hq, exported: Path, tmp_path: Path) -> None:
    stranger = str(uuid_module.uuid4())
    problems = _problems(hq, exported, lambda s: setattr(s.cell(FIRST_ITEM_ROW + 3, COLUMN["id"]), "value", stranger),
                         tmp_path)
    assert problems == [f"Work plan, row {FIRST_ITEM_ROW + 3}, column N (Id): no item of the 2016 plan has this Id "
                        "(taken out of the plan, or from another database); leave the Id empty to add an item"]


def test_an_id_of_another_years_plan_is_named(hq, exported: Path, tmp_path: Path) -> None:
    from cicte_desktop.services.plan_years import new_plan

    new_plan(hq, 2017, 2016)
    other = workplan.get_work_plan(hq, 2017).activities()[0].uuid
    problems = _problems(hq, exported, lambda s: setattr(s.cell(FIRST_ITEM_ROW + 3, COLUMN["id"]), "value", other),
                         tmp_path)
    assert len(problems) == 1 and "this Id is an item of the 2017 plan, not of the 2016 plan" in problems[0]


def test_duplicate_ids_parents_not_found_and_level_mismatches_are_named(hq, exported: Path, tmp_path: Path) -> None:
    plan = workplan.get_work_plan(hq, 2016)
    project = plan.work_areas[0].programs[0].projects[0]

    def change(sheet) -> None:  # type: ignore[no-untyped-def]
        first_activity = _row_of(sheet, project.activities[0].uuid)
        sheet.cell(first_activity + 1, COLUMN["id"]).value = project.activities[0].uuid  # a copied row
        program_row = FIRST_ITEM_ROW + 1
        sheet.cell(program_row, COLUMN["parent_id"]).value = project.uuid  # a program under a project
        sheet.cell(program_row + 1, COLUMN["parent_id"]).value = str(uuid_module.uuid4())

    problems = _problems(hq, exported, change, tmp_path)
    text = "\n".join(problems)
    assert "a Program goes under a Work area, but this Parent id is a Project" in text
    assert f"row {FIRST_ITEM_ROW + 2}, column M (Parent id): no item of the 2016 plan has this Id" in text
    assert "the same Id is on row" in text


@pytest.mark.parametrize(("value", "words"), [
    (-1, "“-1” is not a whole number from 0 to 1,000,000"),
    (2.5, "“2.5” is not a whole number"),
    ("many", "“many” is not a whole number"),
    (2_000_000, "2,000,000 is too large: a target is at most 1,000,000"),
    ("=2+3", "holds a formula (=2+3); the import takes typed values only"),
])
def test_a_target_that_is_not_a_whole_number_is_refused(hq, exported: Path, tmp_path: Path, value, words) -> None:
    activity = workplan.get_work_plan(hq, 2016).activities()[0]
    problems = _problems(hq, exported, lambda s: setattr(s.cell(_row_of(s, activity.uuid), COLUMN["target"]),
                                                         "value", value), tmp_path)
    assert len(problems) == 1 and "column G (Target): " + words in problems[0], problems


def test_text_too_long_merged_cells_and_bad_flags_are_refused(hq, exported: Path, tmp_path: Path) -> None:
    activity = workplan.get_work_plan(hq, 2016).activities()[0]

    def change(sheet) -> None:  # type: ignore[no-untyped-def]
        row = _row_of(sheet, activity.uuid)
        sheet.cell(row, COLUMN["title"]).value = "x" * 2001
        sheet.cell(row, COLUMN["unit"]).value = "u" * 201
        sheet.cell(row, COLUMN["retired"]).value = "Maybe"
        sheet.merge_cells(start_row=row + 1, start_column=1, end_row=row + 2, end_column=1)

    text = "\n".join(_problems(hq, exported, change, tmp_path))
    assert "column C (Title (English)): a title has at most 2,000 characters (this one has 2,001)" in text
    assert "column J (Unit): a unit has at most 200 characters" in text
    assert "column L (Retired): “Maybe” is neither Yes nor No" in text
    assert "merged cells in the table; unmerge them" in text


@pytest.mark.parametrize("name", ["passwd", "folder", "missing.xlsx", "notes.txt"])
def test_what_is_not_a_workbook_is_refused_in_one_sentence(hq, tmp_path: Path, name: str) -> None:
    path = {"passwd": Path("/etc/passwd"), "folder": tmp_path, "missing.xlsx": tmp_path / "missing.xlsx",
            "notes.txt": tmp_path / "notes.txt"}[name]
    if name == "notes.txt":
        path.write_text("Level;Title;Id\n")
    with pytest.raises(pwc.ImportFileError) as caught:
        pw.read_plan_workbook(path, hq)
    assert "\n" not in str(caught.value) and path.name in str(caught.value)


def test_an_events_workbook_is_not_a_plan_workbook(hq, tmp_path: Path) -> None:
    from cicte_desktop.exports.xlsx import ExportOptions, export_workbook

    out = tmp_path / "events.xlsx"
    export_workbook(hq, ExportOptions(dt.date(2016, 1, 1), dt.date(2016, 12, 31)), out)
    with pytest.raises(pwc.PlanWorkbookError, match="has no table of the plan"):
        pw.read_plan_workbook(out, hq)


# --- Applying ----------------------------------------------------------------------------------


def test_applying_writes_history_rows_with_the_reason_as_amendments(hq, exported: Path, tmp_path: Path) -> None:
    plan = workplan.get_work_plan(hq, 2016)
    area = plan.work_areas[0]
    kept, dropped = plan.activities()[0], plan.activities()[1]
    _event_on(hq, kept.uuid)

    def change(sheet) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(_row_of(sheet, area.uuid), COLUMN["title"]).value = "Border and Port Controls"
        sheet.cell(_row_of(sheet, area.uuid), COLUMN["title_es"]).value = "Controles Fronterizos y Portuarios"
        sheet.cell(_row_of(sheet, kept.uuid), COLUMN["retired"]).value = "Yes"
        sheet.cell(_row_of(sheet, dropped.uuid), COLUMN["retired"]).value = "yes"

    preview = pw.read_plan_workbook(_edit(exported, tmp_path / "edited.xlsx", change), hq)
    assert (preview.count(pwc.CHANGED), preview.count(pwc.RETIRED), preview.count(pwc.ADDED)) == (1, 2, 0)
    retired = {c.uuid: c.keeps_events for c in preview.of(pwc.RETIRED)}
    assert retired == {kept.uuid: True, dropped.uuid: False}
    result = pwc.apply_plan_workbook(hq, preview, "Committee decision of 12 May")
    assert (result.changed, result.retired) == (1, 2)
    rows = _changes(hq)
    assert {(r[1], r[2], r[4]) for r in rows} == {
        (area.uuid, "title", "Border and Port Controls"), (area.uuid, "title_es", "Controles Fronterizos y Portuarios"),
        (kept.uuid, "retired", "True"), (dropped.uuid, "deleted", "True")}
    assert {r[5] for r in rows} == {"Committee decision of 12 May"} and {r[6] for r in rows} == {1}  # approved: amendments
    editor = {i.uuid: i for i in _walk(plan_reading.plan_for_editing(hq, 2016).items)}
    assert editor[kept.uuid].retired and dropped.uuid not in editor  # kept for its event; the other taken out
    with connect_to(hq) as conn:
        assert conn.execute("SELECT count(*) FROM event WHERE activity_uuid = ?", (kept.uuid,)).fetchone() == (1,)


def _walk(items):  # type: ignore[no-untyped-def]
    for item in items:
        yield item
        yield from _walk(item.children)


def test_a_preview_of_a_plan_changed_since_is_refused(hq, exported: Path, tmp_path: Path) -> None:
    activity = workplan.get_work_plan(hq, 2016).activities()[0]
    preview = pw.read_plan_workbook(_edit(exported, tmp_path / "edited.xlsx", lambda s: setattr(
        s.cell(_row_of(s, activity.uuid), COLUMN["target"]), "value", 40)), hq)
    plan_edit.rename(hq, activity.uuid, "Renamed meanwhile in the plan editor", "Meanwhile")
    before = _changes(hq)
    with pytest.raises(pwc.PlanWorkbookError, match="changed since the workbook was read"):
        pwc.apply_plan_workbook(hq, preview, "Target")
    assert _changes(hq) == before and workplan.get_work_plan(hq, 2016).activities()[0].target == activity.target


def test_a_laptop_previews_but_never_imports(db, tmp_path: Path) -> None:
    activity = workplan.get_work_plan(db, 2016).activities()[0]
    out = export_plan_workbook(db, 2016, tmp_path / "plan.xlsx").path
    preview = pw.read_plan_workbook(_edit(out, tmp_path / "edited.xlsx", lambda s: setattr(
        s.cell(_row_of(s, activity.uuid), COLUMN["target"]), "value", 40)), db)
    assert preview.count(pwc.CHANGED) == 1 and not preview.can_apply
    assert "laptop" in (preview.role_sentence() or "")
    with pytest.raises(pwc.PlanWorkbookError, match="this computer is a laptop, and plan changes are made at headquarters"):
        pwc.apply_plan_workbook(db, preview, "Target")
    assert _changes(db) == []


def test_a_workbook_for_a_year_without_a_plan_creates_it(hq, exported: Path, tmp_path: Path) -> None:
    plan = workplan.get_work_plan(hq, 2016)
    project = plan.work_areas[0].programs[0].projects[0]
    activity = project.activities[0]

    def change(sheet) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(2, 2).value = 2017
        sheet.cell(_row_of(sheet, activity.uuid), COLUMN["target"]).value = 9
        row = _row_of(sheet, project.uuid) + 1
        sheet.insert_rows(row)
        sheet.cell(row, COLUMN["level"]).value = "Activity"
        sheet.cell(row, COLUMN["title"]).value = "Port security exercise"

    preview = pw.read_plan_workbook(_edit(exported, tmp_path / "2017.xlsx", change), hq)
    assert preview.creates and preview.source_year == 2016 and preview.year == 2017
    assert preview.mode_sentence().startswith("There is no work plan for 2017 yet: importing CREATES it")
    assert (preview.count(pwc.ADDED), preview.count(pwc.CHANGED)) == (1, 1)
    result = pwc.apply_plan_workbook(hq, preview, "Draft of the 2017 plan")
    assert result.created and workplan.plan_years(hq) == [2016, 2017]
    new = workplan.get_work_plan(hq, 2017)
    new_project = new.work_areas[0].programs[0].projects[0]
    assert new_project.activities[1].target == 9 and new_project.activities[0].text == "Port security exercise"
    assert workplan.get_work_plan(hq, 2016).activities()[0].target == activity.target  # the source is untouched
    history = plan_reading.history(hq, 2017)
    assert {h.reason for h in history} == {"Draft of the 2017 plan"}
    assert "added" in {h.field for h in history if h.item_table == "work_plan"}
    # The new plan's workbook reads back unchanged, its items carried from 2016's.
    again = export_plan_workbook(hq, 2017, tmp_path / "again.xlsx").path
    assert not pw.read_plan_workbook(again, hq).has_changes


# --- The command line --------------------------------------------------------------------------


@pytest.mark.file_only
def test_dry_run_writes_nothing_and_a_reason_is_required(hq, exported: Path, tmp_path: Path, capsys) -> None:
    activity = workplan.get_work_plan(hq, 2016).activities()[0]
    edited = _edit(exported, tmp_path / "edited.xlsx", lambda s: setattr(
        s.cell(_row_of(s, activity.uuid), COLUMN["target"]), "value", 40))
    path = str(hq.path)
    hq.close()
    before = Path(path).read_bytes()
    code, out, err = _run(["--db", path, "plan", "import", str(edited), "--dry-run"], capsys)
    assert code == 0, err
    assert "importing ADDS TO it" in out and "0 added, 1 changed, 0 retired" in out
    assert f"Target: {activity.target} → 40" in out and out.rstrip().endswith("Nothing was written (dry run).")
    assert Path(path).read_bytes() == before
    code, out, err = _run(["--db", path, "plan", "import", str(edited)], capsys)
    assert code == 2 and "--reason" in err and len(err.strip().splitlines()) == 1
    assert Path(path).read_bytes() == before
    code, out, err = _run(["--db", path, "plan", "import", str(edited), "--reason", "New target"], capsys)
    assert code == 0 and "Imported into the 2016 work plan: 0 added, 1 changed, 0 retired" in out, err
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT field, new_value, reason FROM plan_change").fetchall() == [
            ("target_quantity", "40", "New target")]


def test_export_on_the_command_line(hq, tmp_path: Path, capsys) -> None:
    path = db_arg(hq)
    hq.close()
    out = tmp_path / "plan.xlsx"
    code, text, err = _run(["--db", path, "plan", "export", "--year", "2016", "--out", str(out)], capsys)
    assert code == 0 and text.startswith(f"Wrote {out}: 142 plan items of the 2016 work plan."), err
    code, text, err = _run(["--db", path, "plan", "export", "--year", "2019", "--out", str(tmp_path / "x.xlsx")], capsys)
    assert code == 1 and err.strip() == "cicte-desktop: error: there is no work plan for 2019 (work plans: 2016)"
    assert not (tmp_path / "x.xlsx").exists()


def test_the_laptops_command_line_refuses_in_one_line(db, tmp_path: Path, capsys) -> None:
    activity = workplan.get_work_plan(db, 2016).activities()[0]
    out = export_plan_workbook(db, 2016, tmp_path / "plan.xlsx").path
    edited = _edit(out, tmp_path / "edited.xlsx", lambda s: setattr(
        s.cell(_row_of(s, activity.uuid), COLUMN["target"]), "value", 40))
    path = db_arg(db)
    db.close()
    code, text, err = _run(["--db", path, "plan", "import", str(edited), "--reason", "Target"], capsys)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "laptop" in err
    with connect_to(db) as conn:
        assert conn.execute("SELECT count(*) FROM plan_change").fetchone() == (0,)


# --- The window --------------------------------------------------------------------------------


def test_the_preview_dialog_shows_the_groups_and_apply_writes(db_path, qtbot, tmp_path: Path, shown_messages) -> None:
    from cicte_desktop.app import build_main_window
    from cicte_desktop.db.database import open_database

    db = open_database(db_path)
    trust.set_device_role(db, trust.HEADQUARTERS)
    plan = workplan.get_work_plan(db, 2016)
    project = plan.work_areas[0].programs[0].projects[0]
    activity = project.activities[0]
    db.close()
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
    assert {window.export_plan_action, window.import_plan_action} <= set(menu.actions())
    out = tmp_path / "plan.xlsx"
    assert finish(qtbot, window.workbooks.export_plan_workbook(out)).result is not None
    assert shown_messages[-1][0] == "info" and str(out) in shown_messages[-1][2]
    edited = _edit(out, tmp_path / "edited.xlsx", lambda s: _messy(s, activity.uuid, project.uuid))
    finish(qtbot, window.workbooks.import_plan_workbook(edited))
    dialog = window.workbooks.plan_import_dialog
    groups = {kind: item.text(0) for kind, item in dialog.groups.items()}
    assert groups["added"] == "Added (1)" and groups["changed"] == "Changed (1)" and groups["retired"] == "Retired (0)"
    assert groups["unchanged"] == "Unchanged (141)" and groups["skipped"] == "Rows not read (1)"
    assert "importing ADDS TO it" in dialog.mode.text()
    changed = dialog.groups["changed"].child(0)
    assert changed.text(2) == "Target" and changed.child(0).text(2) == f"{activity.target} → 12"
    assert not dialog.apply_button.isEnabled()  # a reason first
    dialog.reason.setText("Secretariat's revision")
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    finish(qtbot, window.workbooks.task)
    assert shown_messages[-1][1] == "Import Plan Workbook"
    assert shown_messages[-1][2] == "Changed the 2016 work plan: 1 added, 1 changed, 0 retired."
    assert {h.reason for h in plan_reading.history(window.database, 2016)} == {"Secretariat's revision"}
    assert window.plan_model.rowCount() and workplan.get_work_plan(window.database, 2016).activities()[1].target == 12


# --- Hostile files -------------------------------------------------------------------------------

SHEET = "xl/worksheets/sheet1.xml"


def _rezip(source: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:  # type: ignore[type-arg]
    import zipfile

    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in original.infolist():
            data = original.read(info)
            archive.writestr(info.filename, change(data) if info.filename == part else data)
    return target


def test_xml_entities_and_zip_bombs_are_refused_before_openpyxl_reads_them(hq, exported: Path, tmp_path: Path) -> None:
    laughs = _rezip(exported, tmp_path / "laughs.xlsx", SHEET, lambda data: data.replace(
        b"<worksheet", b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet', 1))
    with pytest.raises(pwc.ImportFileError, match="declares a document type or entities"):
        pw.read_plan_workbook(laughs, hq)
    bomb = _rezip(exported, tmp_path / "bomb.xlsx", SHEET, lambda data: data.replace(
        b"</sheetData>", b"<row/>" * 2_000_000 + b"</sheetData>"))
    with pytest.raises(pwc.ImportFileError, match="zip bomb"):
        pw.read_plan_workbook(bomb, hq)
    assert _changes(hq) == []


def test_error_values_and_a_far_row_are_named_and_the_rows_bounded(hq, exported: Path, tmp_path: Path,
                                                                    monkeypatch) -> None:
    def far(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Activity</t></is>'
                                             b'</c><c r="G1048576" t="e"><v>#DIV/0!</v></c></row></sheetData>')
    path = _rezip(exported, tmp_path / "far.xlsx", SHEET, far)
    problems = pw.read_plan_workbook(path, hq).problems
    assert "Work plan, row 1048576, column G (Target): holds the error #DIV/0!" in problems
    assert "Work plan, row 1048576, column C (Title (English)): an item needs a title" in problems
    monkeypatch.setattr(plan_workbook_sheet, "MAX_ROWS", 50)
    with pytest.raises(pwc.PlanWorkbookError, match="holds more than 50 rows"):
        pw.read_plan_workbook(exported, hq)


def test_a_workbook_with_random_bytes_changed_is_refused_or_read(hq, exported: Path, tmp_path: Path) -> None:
    import random

    whole = exported.read_bytes()
    for seed in range(25):
        damaged = bytearray(whole)
        rng = random.Random(seed)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"damaged{seed}.xlsx"
        path.write_bytes(bytes(damaged))
        try:
            preview = pw.read_plan_workbook(path, hq)
        except pwc.ImportFileError as exc:
            assert "\n" not in str(exc) and str(exc)
        else:
            assert isinstance(preview.problems, list)
    assert _changes(hq) == []


def test_a_changed_code_goes_to_the_history_and_a_code_used_twice_is_named(hq, exported: Path, tmp_path: Path) -> None:
    areas = workplan.get_work_plan(hq, 2016).work_areas
    problems = _problems(hq, exported, lambda s: setattr(s.cell(_row_of(s, areas[0].uuid), COLUMN["code"]), "value",
                                                         areas[1].number), tmp_path)
    assert problems == [f"Work plan, row {_row_of(load_workbook(exported)['Work plan'], areas[1].uuid)}, column B (Code): "
                        f"{areas[1].number} is also the code of row {FIRST_ITEM_ROW}, under the same parent; each item "
                        "has its own"]
    preview = pw.read_plan_workbook(_edit(exported, tmp_path / "six.xlsx", lambda s: setattr(
        s.cell(_row_of(s, areas[0].uuid), COLUMN["code"]), "value", 6)), hq)
    assert [(c.key, c.old, c.new) for c in preview.of(pwc.CHANGED)[0].changes] == [("code", areas[0].number, "6")]
    pwc.apply_plan_workbook(hq, preview, "Renumbered")
    assert [(r[2], r[3], r[4]) for r in _changes(hq)] == [("number", areas[0].number, "6")]
    assert workplan.get_work_plan(hq, 2016).work_areas[0].number == "6"


def test_new_branches_by_row_order_and_a_move_by_parent_id(hq, exported: Path, tmp_path: Path) -> None:
    plan = workplan.get_work_plan(hq, 2016)
    projects = [p for a in plan.work_areas for g in a.programs for p in g.projects]
    moved, target = projects[0].activities[0], projects[1]

    def change(sheet) -> None:  # type: ignore[no-untyped-def]
        sheet.cell(_row_of(sheet, moved.uuid), COLUMN["parent_id"]).value = target.uuid
        rows = [("Work area", "Cybersecurity of elections"), ("Program", "Election systems"),
                ("Project", "Audits"), ("Activity", "Audit two national election systems")]
        end = sheet.max_row
        for offset, (level, title) in enumerate(rows, start=1):
            sheet.cell(end + offset, COLUMN["level"]).value = level
            sheet.cell(end + offset, COLUMN["title"]).value = title
        sheet.cell(end + 4, COLUMN["target"]).value = 2
        sheet.cell(end + 4, COLUMN["title_fr"]).value = "Audit de deux systèmes électoraux nationaux"

    preview = pw.read_plan_workbook(_edit(exported, tmp_path / "edited.xlsx", change), hq)
    assert not preview.problems and preview.count(pwc.ADDED) == 4
    [move] = preview.of(pwc.CHANGED)
    assert move.uuid == moved.uuid and [c.key for c in move.changes] == ["parent_id"]
    pwc.apply_plan_workbook(hq, preview, "Elections mandate")
    after = workplan.get_work_plan(hq, 2016)
    area = after.work_areas[-1]
    assert (area.number, area.title) == (str(len(plan.work_areas) + 1), "Cybersecurity of elections")
    assert area.programs[0].letter == "A" and area.programs[0].projects[0].number == "1"
    new = area.programs[0].projects[0].activities[0]
    assert (new.text, new.target) == ("Audit two national election systems", 2)
    assert workplan.plan_titles(hq, new.uuid) == {"fr": "Audit de deux systèmes électoraux nationaux"}
    moved_to = [p for a in after.work_areas for g in a.programs for p in g.projects if p.uuid == target.uuid][0]
    assert moved_to.activities[-1].uuid == moved.uuid


def test_rows_moved_up_or_down_reorder_the_plan(hq, exported: Path, tmp_path: Path) -> None:
    project = workplan.get_work_plan(hq, 2016).work_areas[0].programs[0].projects[0]
    first, second = project.activities[0], project.activities[1]

    def swap(sheet) -> None:  # type: ignore[no-untyped-def]
        a, b = _row_of(sheet, first.uuid), _row_of(sheet, second.uuid)
        for column in range(1, len(COLUMN) + 1):
            upper, lower = sheet.cell(a, column), sheet.cell(b, column)
            upper.value, lower.value = lower.value, upper.value

    preview = pw.read_plan_workbook(_edit(exported, tmp_path / "swapped.xlsx", swap), hq)
    moved = {c.uuid: [(f.key, f.old, f.new) for f in c.changes] for c in preview.of(pwc.CHANGED)}
    assert moved == {first.uuid: [("order", "1", "2")], second.uuid: [("order", "2", "1")]}
    pwc.apply_plan_workbook(hq, preview, "Second first")
    after = workplan.get_work_plan(hq, 2016).work_areas[0].programs[0].projects[0]
    assert [a.uuid for a in after.activities[:2]] == [second.uuid, first.uuid]
    assert {(r[1], r[2]) for r in _changes(hq)} == {(first.uuid, "position"), (second.uuid, "position")}
    again = export_plan_workbook(hq, 2016, tmp_path / "again.xlsx").path
    assert not pw.read_plan_workbook(again, hq).has_changes


# --- Half-year targets --------------------------------------------------------------------------


def test_half_year_targets_travel_through_the_workbook_and_must_add_up(hq, tmp_path: Path) -> None:
    """A split target is exported, changed in Excel, previewed as a change, written with its
    reason; halves that do not add up to the target are named by row and column; a target
    changed alone keeps its halves only if they still fit."""
    plan = workplan.get_work_plan(hq, 2016)
    activity = next(a for a in plan.activities() if (a.target or 0) >= 3)
    target = activity.target
    plan_edit.set_target(hq, activity.uuid, target, activity.unit, False, "Split by half",
                         first_half=1, second_half=target - 1)
    first = export_plan_workbook(hq, 2016, tmp_path / "first.xlsx").path
    sheet = load_workbook(first)["Work plan"]
    row = _row_of(sheet, activity.uuid)
    assert (sheet.cell(row, COLUMN["target_first_half"]).value,
            sheet.cell(row, COLUMN["target_second_half"]).value) == (1, target - 1)
    assert sheet.cell(KEY_ROW, COLUMN["target_first_half"]).value == "cicte:target_first_half"
    assert not pw.read_plan_workbook(first, hq).has_changes  # the round trip holds with the halves

    def split(first_half: object, second_half: object) -> Callable:  # type: ignore[type-arg]
        def change(s) -> None:  # type: ignore[no-untyped-def]
            r = _row_of(s, activity.uuid)
            s.cell(r, COLUMN["target_first_half"]).value = first_half
            s.cell(r, COLUMN["target_second_half"]).value = second_half
        return change

    preview = pw.read_plan_workbook(_edit(first, tmp_path / "moved.xlsx", split(target - 1, 1)), hq)
    changed = preview.of(pwc.CHANGED)
    assert [c.uuid for c in changed] == [activity.uuid]
    assert {f.key for f in changed[0].changes} == {"target_first_half", "target_second_half"}
    pwc.apply_plan_workbook(hq, preview, "Most of it before the summer")
    again = workplan.get_work_plan(hq, 2016)
    moved = next(a for a in again.activities() if a.uuid == activity.uuid)
    assert (moved.first_half, moved.second_half) == (target - 1, 1)
    assert {(r[2], r[5]) for r in _changes(hq)} >= {("target_first_half", "Most of it before the summer"),
                                                   ("target_second_half", "Most of it before the summer")}

    problems = _problems(hq, first, split(target, target), tmp_path)
    assert len(problems) == 1 and "column H (Target by 30 June): The targets of the two halves add up to " \
        f"{2 * target}, not to the target of {target}" in problems[0], problems
