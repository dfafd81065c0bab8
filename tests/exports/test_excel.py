"""The Excel workbook: contents against the services, filters, safe cells, and importing back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cicte_desktop.exports.xlsx import ExportCancelled, ExportOptions, export_workbook
from cicte_desktop.services import figures
from cicte_desktop.services.events import inputs, reading, workbook_import, writing
from cicte_desktop.services.demo import add_demo_events
from tests.conftest import run_cli
from tests.helpers import finish, connect_to, db_arg
from tests.services.test_event_log import _event

D = dt.date
YEAR = ExportOptions(D(2016, 1, 1), D(2016, 12, 31))


@pytest.fixture
def filled(db):
    add_demo_events(db, 600, seed=21)
    return db


def _sheet(path: Path, name: str) -> list[tuple]:
    book = load_workbook(path)
    rows = [tuple(r) for r in book[name].iter_rows(values_only=True)]
    book.close()
    return rows


def test_workbook_sheets_values_and_types(filled, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    result = export_workbook(filled, YEAR, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Work plan", "Events", "By member state"]  # no personal data
    events = book["Events"]
    assert events.freeze_panes == "D5" and events.auto_filter.ref.startswith("A4:")  # title and dates stay in view
    assert events.page_setup.orientation == "landscape" and events.sheet_properties.pageSetUpPr.fitToPage
    header = [c.value for c in events[4]]
    assert header[:7] == ["Title", "Start date", "End date", "Type", "Status", "Plan path", "Planned activity"]
    assert header[-1] == "Event ID"  # the identifier last: the sheet opens on what a person reads
    rows = [r for r in events.iter_rows(min_row=5, values_only=True)]
    count = sum(f.events for f in figures.activity_figures(filled, YEAR.event_filter()).values())
    assert len(rows) == result.events == count
    first = events[5]
    assert first[1].is_date and first[15].data_type == "n"  # dates are dates, counts are numbers
    summary = book["Summary"]
    total = [r for r in summary.iter_rows(min_row=5, values_only=True) if r[0] == "Total"][0]
    per_activity = figures.activity_figures(filled, YEAR.event_filter())
    assert total[2] == sum(f.achieved for f in per_activity.values())
    everything = figures.summary(filled, YEAR.event_filter(), None)
    summary_header = [c.value for c in summary[4]]
    assert (total[summary_header.index("Women")], total[summary_header.index("Men")]) == (everything.women,
                                                                                          everything.men)
    assert "Period: 2016-01-01 to 2016-12-31" in summary["A2"].value
    plan = book["Work plan"]
    assert plan["C5"].value == "Border Controls" and plan.max_row == 4 + 5 + 17 + 50 + 70
    book.close()


def test_period_and_member_state_filters(filled, tmp_path: Path) -> None:
    out = tmp_path / "h2-jam.xlsx"
    options = ExportOptions(D(2016, 7, 1), D(2016, 12, 31), member_state="JAM")
    export_workbook(filled, options, out)
    rows = _sheet(out, "Events")[4:]
    assert rows and all(r[1].date() >= D(2016, 7, 1) and "Jamaica" in r[8] for r in rows)
    assert len(rows) == sum(f.events for f in figures.activity_figures(filled, options.event_filter()).values())
    states = _sheet(out, "By member state")[4:]
    assert [r[1] for r in states[:-2]] == ["JAM"]  # then the totals and their note
    assert states[-2][0] == "Total" and states[-2][2:] == states[0][2:]  # Jamaica's own figures


def test_by_member_state_names_work_areas_and_gives_totals_from_the_figures(filled, tmp_path: Path) -> None:
    from cicte_desktop.services import workplan

    out = tmp_path / "states.xlsx"
    export_workbook(filled, YEAR, out)
    book = load_workbook(out)
    sheet = book["By member state"]
    plan = workplan.get_work_plan(filled, 2016)
    areas = plan.work_areas
    groups = [c.value for c in sheet[3][2:] if c.value]
    assert groups == [f"{a.number}. {a.title}" for a in areas] + ["All work areas"]  # number and title
    assert {str(r) for r in sheet.merged_cells.ranges} >= {"C3:E3", "F3:H3"}
    header = [c.value for c in sheet[4]]
    assert header[:5] == ["Member state", "ISO code", "1. events", "1. women", "1. men"]
    assert header[-3:] == ["Total events", "Total women", "Total men"]
    assert all(c.alignment.wrap_text for c in [*sheet[3][2:], *sheet[4]] if c.value) and sheet.row_dimensions[3].height >= 30
    assert sheet.row_dimensions[4].height >= 30  # "Total events" wraps: its row is tall enough
    assert all(sheet.column_dimensions[letter].width <= 12 for letter in ("C", "D", "E"))
    rows = [r for r in sheet.iter_rows(min_row=5, values_only=True)]
    total = next(r for r in rows if r[0] == "Total")
    states = rows[:rows.index(total)]
    assert len(states) > 10 and sheet.auto_filter.ref.endswith(str(4 + len(states)))  # totals stay out of the filter
    activities = {a.number: [x.uuid for p in a.programs for pj in p.projects for x in pj.activities] for a in areas}
    everything = [uuid for uuids in activities.values() for uuid in uuids]
    for at, area in enumerate(areas):  # the total row: each event once, as the figures count it
        expected = figures.summary(filled, YEAR.event_filter(), activities[area.number])
        assert total[2 + 3 * at: 5 + 3 * at] == (expected.events, expected.women, expected.men)
    whole = figures.summary(filled, YEAR.event_filter(), everything)
    assert total[-3:] == (whole.events, whole.women, whole.men)
    for row in states:  # the total column: the member state's own figures, its areas added up
        mine = figures.summary(filled, dataclasses.replace(YEAR, member_state=row[1]).event_filter(), everything)
        assert row[-3:] == (mine.events, mine.women, mine.men)
        assert row[-3] == sum(row[2:-3:3])
    book.close()


def test_cli_export_with_participants(filled, tmp_path: Path) -> None:
    writing.log_event(filled, _event(filled))
    filled.close()
    out = tmp_path / "people.xlsx"
    result = run_cli("--db", db_arg(filled), "export", "xlsx", "--out", str(out), "--period", "2016-H1",
                     "--with-participants")
    assert result.returncode == 0, result.stderr
    people = _sheet(out, "Participants")[4:]
    assert ("Ana Pérez", "F") in [(r[3], r[4]) for r in people]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://evil\",\"x\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3",
                                  "@SUM(A1)", "\tTabbed", "\rCarriage", "\nNew line"])
def test_no_exported_text_becomes_a_formula(db, tmp_path: Path, text: str) -> None:
    writing.log_event(db, _event(db, title=text, venue=text))
    out = tmp_path / "safe.xlsx"
    export_workbook(db, YEAR, out)
    book = load_workbook(out)
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    titles = [c.value for c in book["Events"]["A"][4:]]
    assert text.replace("\r", "").replace("\n", "") in [t.replace("\r", "").replace("\n", "") for t in titles]
    book.close()


def test_control_characters_are_dropped_not_fatal(db, tmp_path: Path) -> None:
    writing.log_event(db, _event(db, title="Workshop\x0b on\x00 ports\x1f", notes="bell\x07"))
    out = tmp_path / "control.xlsx"
    export_workbook(db, YEAR, out)
    assert [r[0] for r in _sheet(out, "Events")[4:]] == ["Workshop on ports"]


def test_cancel_and_failure_leave_no_file(filled, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "report.xlsx"
    with pytest.raises(ExportCancelled):
        export_workbook(filled, YEAR, out, progress=lambda done, total: False)
    assert list(folder.iterdir()) == []
    out.write_bytes(b"previous report")
    with pytest.raises(ExportCancelled):
        export_workbook(filled, YEAR, out, progress=lambda done, total: False)
    assert out.read_bytes() == b"previous report"  # an earlier file is not clobbered


def test_round_trip_export_import_export(filled, tmp_path: Path) -> None:
    first = tmp_path / "first.xlsx"
    export_workbook(filled, YEAR, first)
    preview = workbook_import.preview_import(filled, first)
    assert preview.count(workbook_import.UNCHANGED) == len(preview.rows) > 0, [
        (r.row_number, r.changes, r.problems) for r in preview.rows if r.kind != workbook_import.UNCHANGED][:3]
    second = tmp_path / "second.xlsx"
    export_workbook(filled, YEAR, second)
    assert _sheet(first, "Events")[3:] == _sheet(second, "Events")[3:]


def test_import_updates_and_creates_in_one_go(filled, tmp_path: Path) -> None:
    from openpyxl import load_workbook as load

    path = tmp_path / "edited.xlsx"
    export_workbook(filled, YEAR, path)
    book = load(path)
    sheet = book["Events"]
    sheet["A5"] = "Retitled in Excel"
    sheet["P5"] = 99
    sheet["S5"] = 99 + (sheet["Q5"].value or 0) + (sheet["R5"].value or 0)
    new_row = [c.value for c in sheet[6]]
    new_row[-1] = None  # no Event ID: a new event
    new_row[0] = "Workshop added in Excel"
    sheet.append(new_row)
    book.save(path)
    result = run_cli("--db", db_arg(filled), "import", "xlsx", str(path), "--dry-run")
    assert result.returncode == 0 and result.stdout.startswith("1 new, 1 changed,")
    before = connect_to(filled).execute("SELECT count(*) FROM event").fetchone()[0]
    result = run_cli("--db", db_arg(filled), "import", "xlsx", str(path))
    assert result.returncode == 0, result.stderr
    conn = connect_to(filled)
    assert conn.execute("SELECT count(*) FROM event").fetchone()[0] == before + 1
    assert conn.execute("SELECT women FROM event WHERE title = 'Retitled in Excel'").fetchone() == (99,)
    assert conn.execute("SELECT reason FROM audit_entry WHERE field = 'title'").fetchone() == ("Imported from edited.xlsx",)


def test_an_import_with_bad_rows_changes_nothing_and_says_why(filled, tmp_path: Path) -> None:
    from openpyxl import load_workbook as load

    path = tmp_path / "bad.xlsx"
    export_workbook(filled, YEAR, path)
    book = load(path)
    sheet = book["Events"]
    sheet["A5"] = "A good change"
    sheet["F6"] = "9.Z.9.9"
    sheet["B7"] = "not a date"
    sheet["I8"] = "Atlantis"
    book.save(path)
    before = connect_to(filled).execute("SELECT title FROM event ORDER BY uuid").fetchall()
    result = run_cli("--db", db_arg(filled), "import", "xlsx", str(path))
    assert result.returncode == 1 and "Nothing was imported." in result.stderr
    assert "row 6: unknown plan path “9.Z.9.9”" in result.stdout
    assert "row 7: Start date: start date 'not a date' is not a date" in result.stdout
    assert "row 8: unknown member state “Atlantis”" in result.stdout
    assert connect_to(filled).execute("SELECT title FROM event ORDER BY uuid").fetchall() == before


def test_a_file_that_is_not_a_workbook(db, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("hello")
    result = run_cli("--db", db_arg(db), "import", "xlsx", str(path))
    assert result.returncode == 1 and "could not be read as an Excel workbook" in result.stderr


def test_export_dialog_and_import_preview_in_the_window(filled, tmp_path: Path, qtbot, shown_messages) -> None:
    from PySide6.QtCore import Qt

    from cicte_desktop.app import build_main_window

    filled.close()
    window = build_main_window(db_arg(filled))
    qtbot.addWidget(window)
    window.show()
    window.workbooks.export_excel()
    dialog = window.workbooks.export_dialog
    assert not dialog.with_participants.isChecked()  # personal data: off by default
    dialog.period.kind.setCurrentIndex(dialog.period.kind.findData("h1"))
    dialog.member_state.setCurrentIndex(dialog.member_state.findData("TTO"))
    target = tmp_path / "h1-tto.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=20_000)
    assert target.exists() and shown_messages[-1][1] == "Export"
    rows = _sheet(target, "Events")[4:]
    assert rows and all(r[1].date() <= D(2016, 6, 30) and "Trinidad and Tobago" in r[8] for r in rows)
    finish(qtbot, window.workbooks.import_excel(target))
    preview = window.workbooks.import_dialog
    assert preview.counts.text().startswith("0 new, 0 changed,") and not preview.import_button.isEnabled()
    preview.reject()
    window.database.close()


def _written_by_new_events(db) -> dict[str, list[tuple]]:
    """Every row a new event brings, the change log and the search index; this database's
    device id written as HERE (each test database has its own)."""
    def here(rows: list[tuple]) -> list[tuple]:
        return [tuple("HERE" if v == db.device_id else v for v in r) for r in rows]

    with db.sql() as conn:
        found = {table: here(conn.execute(f"SELECT * FROM {table} ORDER BY uuid").fetchall()) for table in (
            "event", "event_member_state", "event_partner", "participant", "attachment", "audit_entry")}
        found["log"] = here(conn.execute("SELECT table_name, uuid, updated_at, device_id, origin FROM sync_change "
                                         "WHERE table_name LIKE 'event%' OR table_name IN ('participant', "
                                         "'attachment', 'audit_entry') ORDER BY table_name, uuid").fetchall())
        found["index"] = conn.execute("SELECT uuid, body, activity, start_date, status, event_type FROM search_index "
                                      "ORDER BY uuid").fetchall()
        found["keys"] = conn.execute("SELECT kind, uuid FROM search_key WHERE kind = 'event' ORDER BY uuid").fetchall()
        found["matched"] = conn.execute("SELECT uuid FROM search_index WHERE search_index MATCH 'harbour' "
                                        "ORDER BY uuid").fetchall()
        found["triggers"] = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                         "ORDER BY name").fetchall()
    return found


def test_many_new_events_are_written_as_row_by_row_writes_would_write_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import's new and changed events go in bulk (triggers set aside, the change log and
    the search index written set-wise): the rows, stamps, links, audit entries, log and index
    must be those of the ORM's row-by-row writes with every trigger firing, and those of the
    per-row statements."""
    import itertools
    import uuid as uuid_module

    from cicte_desktop.db import bulk as db_bulk
    from cicte_desktop.db import models, stamping
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services import reference
    from cicte_desktop.services.events.inputs import AttachmentInput, ParticipantInput

    moment = dt.datetime(2026, 5, 4, 3, 2, 1, 123456, tzinfo=dt.timezone.utc)
    monkeypatch.setattr(models, "utcnow", lambda: moment)
    monkeypatch.setattr(stamping, "utcnow", lambda: moment)
    results = {}
    for way in ("bulk", "statement by statement", "orm"):
        counter = itertools.count(1)
        monkeypatch.setattr(uuid_module, "uuid4", lambda: uuid_module.UUID(int=next(counter)))
        monkeypatch.setattr(db_bulk, "BULK_ROWS", 10**9 if way == "statement by statement" else 50)
        db = open_database(tmp_path / f"{way}.sqlite")
        try:
            partners = [p.uuid for p in reference.partners(db)[:3]]
            events = [_event(db, title=f"Workshop {i}" + (" at the harbour" if i % 4 == 0 else ""),
                             venue=None if i % 3 else "Harbour hall", member_states=("JAM", "TTO")[:1 + i % 2],
                             partners=tuple(partners[:i % 4]), start_date=D(2016, 1 + i % 12, 1 + i % 28),
                             end_date=None, follow_up_needed=bool(i % 2), satisfaction=None if i % 5 else 4.5,
                             participants=(ParticipantInput(None, f" Person {i} ", "F", "Coast Guard"),) * (i % 2),
                             attachments=(AttachmentInput(None, "agenda.pdf", "ab" * 32, 10),) * (i % 3 == 0))
                      for i in range(120)]
            if way == "orm":
                with db.write() as session:
                    created = [writing._insert(session, event) for event in events]
            else:
                created, changed = writing.save_many(db, events, [], "Imported")
                assert len(created) == 120 and changed == 0
            # Then changes, as an import makes them (the roster and files kept): fields, member
            # states and partners added, removed and added back, and some events left as they were.
            befores = reading.get_event_inputs(db, created)
            revised = {event_id: dataclasses.replace(
                before, title=before.title + (" (revised)" if i % 3 != 1 else ""),
                member_states=("JAM", "TTO")[i % 2:] if i % 5 else before.member_states,
                partners=tuple(partners[(i + 1) % 4:]) if i % 7 else before.partners,
                follow_up_needed=not before.follow_up_needed if i % 11 == 0 else before.follow_up_needed)
                for i, (event_id, before) in enumerate(befores.items()) if i % 10}
            if way == "orm":
                with db.write() as session:
                    changed = sum(1 for event_id, event in revised.items()
                                  if writing._update(session, event_id, befores[event_id], event, " Imported "))
            else:
                created_now, changed = writing.save_many(db, [], list(revised.items()), " Imported ")
                assert created_now == []
            assert changed == sum(1 for event_id, event in revised.items()
                                  if inputs.changed_fields(befores[event_id], event)) > 60
            results[way] = _written_by_new_events(db)
        finally:
            db.close()
    bulk = results["bulk"]
    assert len(bulk["event"]) == 120 and len(bulk["matched"]) == 60 and len(bulk["participant"]) == 60
    assert len([r for r in bulk["event_member_state"] if r[4]]) > 20  # some links removed
    assert bulk == results["statement by statement"]
    assert bulk == results["orm"]


def test_cli_import_of_a_workbook_with_nothing_new_says_so_and_succeeds(tmp_path: Path) -> None:
    """An empty workbook, or one whose events are all here already, is nothing to import: said
    in words, exit 0; never "fix the rows with problems first" when no row has one."""
    db = tmp_path / "cicte.sqlite"
    empty = tmp_path / "empty.xlsx"
    assert run_cli("--db", str(db), "export", "xlsx", "--year", "2016", "--out", str(empty)).returncode == 0
    result = run_cli("--db", str(db), "import", "xlsx", str(empty))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "lists no events" in result.stdout
    assert run_cli("--db", str(db), "demo-data", "--events", "40").returncode == 0
    same = tmp_path / "same.xlsx"
    assert run_cli("--db", str(db), "export", "xlsx", "--year", "2016", "--out", str(same)).returncode == 0
    again = run_cli("--db", str(db), "import", "xlsx", str(same))
    assert again.returncode == 0 and again.stderr == "", again.stderr
    assert "is here already" in again.stdout


def test_the_export_dialogs_file_name_follows_the_period_until_the_user_names_it(db, tmp_path: Path, qtbot) -> None:
    """Period set to 2017, the file was still offered as CICTE-2016.xlsx."""
    from cicte_desktop.services import reference, workplan
    from cicte_desktop.views.export_dialog import ExportDialog
    from cicte_desktop.views.period_picker import FIRST_HALF, RANGE

    dialog = ExportDialog(workplan.get_work_plan(db, 2016), reference.member_states(db), tmp_path)
    qtbot.addWidget(dialog)
    picker = dialog.period
    assert dialog.target() == tmp_path / "CICTE-2016.xlsx"
    picker.year.setValue(2017)
    assert dialog.target() == tmp_path / "CICTE-2017.xlsx"
    picker.kind.setCurrentIndex(picker.kind.findData(FIRST_HALF))
    assert dialog.target() == tmp_path / "CICTE-2017-H1.xlsx"
    picker.kind.setCurrentIndex(picker.kind.findData(RANGE))
    picker.date_from.setDate(dt.date(2016, 3, 1))
    picker.date_to.setDate(dt.date(2016, 8, 31))
    assert dialog.target() == tmp_path / "CICTE-2016-03-01_2016-08-31.xlsx"
    dialog.path.setText(str(tmp_path / "for the board.xlsx"))  # named by the user: kept
    picker.date_to.setDate(dt.date(2016, 9, 30))
    assert dialog.target() == tmp_path / "for the board.xlsx"
