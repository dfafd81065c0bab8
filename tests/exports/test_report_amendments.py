"""Approve locks the plan; later amendments need a reason and are marked as amendments in the
reports (issue 16): the PDF reports put a mark after an amended item's title and, under it, the
date and reason of each amendment; the workbook's Work plan sheet says the same in its Amended
column. Changes made before the approval are not amendments and are marked nowhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cicte_desktop.exports.pdf import ReportOptions, export_report
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services import plan_edit, plan_reading, plan_years, workplan
from cicte_desktop.services.demo import add_demo_events

D = dt.date
YEAR_2017 = (D(2017, 1, 1), D(2017, 12, 31))


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)


def _plan_rows(book_path: Path, sheet: str = "Work plan") -> tuple[list, dict[str, tuple]]:
    book = load_workbook(book_path)
    rows = list(book[sheet].iter_rows(min_row=4, values_only=True))
    book.close()
    return list(rows[0]), {str(r[0]): r for r in rows[1:] if r[0] is not None}


@pytest.fixture
def plan_2017(db):
    """2017's plan started from 2016's (not approved yet), with events in 2017."""
    plan_years.new_plan(db, 2017, 2016)
    add_demo_events(db, 150, seed=4, years=(2017,))
    return workplan.get_work_plan(db, 2017)


def _outputs(db, tmp_path: Path, language: str | None = None) -> tuple[str, Path]:
    pdf, book = tmp_path / "r.pdf", tmp_path / "b.xlsx"
    export_report(db, ReportOptions("semiannual", *YEAR_2017, language=language, issued=D(2017, 12, 31)), pdf)
    export_workbook(db, ExportOptions(*YEAR_2017, language=language), book)
    return _text(pdf), book


def test_an_amendment_after_approval_is_marked_with_its_date_and_reason(db, plan_2017, tmp_path: Path) -> None:
    activity = plan_2017.work_areas[0].programs[0].projects[0].activities[0]
    other = plan_2017.work_areas[0].programs[0].projects[0].activities[1]
    # Before the approval: a change with a reason, but not an amendment.
    plan_edit.set_target(db, other.uuid, (other.target or 0) + 1, other.unit, False, "Drafting: one more course")
    plan_edit.approve(db, 2017, D(2017, 2, 1), "Approved by the CICTE plenary")
    plan_edit.set_target(db, activity.uuid, (activity.target or 0) + 4, activity.unit, False,
                         "The donor doubled the funding")
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    words = f"Amended on {today}, after the plan's approval on 2017-02-01: The donor doubled the funding"
    assert plan_reading.amendment_notes(db, 2017) == {activity.uuid: [words]}
    text, book = _outputs(db, tmp_path)
    # The PDF: the mark after the activity's text, the date and reason under it, a legend in the summary.
    assert f"{activity.text} † · Target: {activity.target + 4}" in text, text[:3000]
    assert f"† {words}" in text
    assert text.count("†") == 3  # the legend, the mark, the note: nothing else is marked
    assert "1 item of the plan was amended after its approval: it is marked †" in text
    assert "Drafting: one more course" not in text
    # The workbook: the same words in the Amended column of that activity's row, nowhere else.
    header, rows = _plan_rows(book)
    amended = header.index("Amended")
    marked = {numbering: row[amended] for numbering, row in rows.items() if row[amended]}
    assert marked == {"1.A.1.1": words}, marked
    assert rows["1.A.1.1"][2] == activity.text


def test_an_unamended_plan_shows_no_mark(db, plan_2017, tmp_path: Path) -> None:
    activity = plan_2017.work_areas[0].programs[0].projects[0].activities[0]
    plan_edit.rename(db, activity.uuid, activity.text + " (draft 2)", "Drafting")  # before the approval
    plan_edit.approve(db, 2017, D(2017, 2, 1), "Approved")
    text, book = _outputs(db, tmp_path)
    assert "†" not in text and "Amended on" not in text and "amended after its approval" not in text
    header, rows = _plan_rows(book)
    assert "Amended" in header
    assert all(row[header.index("Amended")] is None for row in rows.values())


def test_amendments_are_marked_in_spanish_and_in_each_years_part(db, plan_2017, tmp_path: Path) -> None:
    """The seeded 2016 plan is approved: amending it marks its part of a 2016-2017 report (and its
    Work plan 2016 sheet), in the report's language; 2017's part and sheet are not marked."""
    plan_2016 = workplan.get_work_plan(db, 2016)
    program = plan_2016.work_areas[1].programs[0]
    plan_edit.rename(db, program.uuid, program.title + " and Prosecution", "Mandate of CICTE/RES. 1/17")
    pdf = tmp_path / "es.pdf"
    export_report(db, ReportOptions("semiannual", D(2016, 1, 1), D(2017, 12, 31), language="es",
                                    issued=D(2017, 12, 31)), pdf)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    notes = [i for i, page in enumerate(pages) if "Mandate of CICTE/RES. 1/17" in page]
    assert len(notes) == 1, notes
    part_2017 = next(i for i, page in enumerate(pages) if i > 1 and "(CICTE/doc.5/17)" in page
                     and "Resumen ejecutivo" in page)
    assert notes[0] < part_2017  # in the 2016 part
    note = next(line for line in pages[notes[0]].split("† ")[1:] if "Mandate of CICTE/RES. 1/17" in line)
    assert note.startswith("Modificado el ") and "tras la aprobación del plan el 2016-" in note, note
    book = tmp_path / "b.xlsx"
    export_workbook(db, ExportOptions(D(2016, 1, 1), D(2017, 12, 31)), book)
    header, rows = _plan_rows(book, "Work plan 2016")
    assert rows["2.A"][header.index("Amended")].endswith(": Mandate of CICTE/RES. 1/17")
    header, rows = _plan_rows(book, "Work plan 2017")
    assert all(row[header.index("Amended")] is None for row in rows.values())


def test_the_member_state_report_marks_only_what_it_shows(db, plan_2017, tmp_path: Path) -> None:
    """A member-state report leaves out the activities it did not reach: an amendment to one of
    those is neither marked nor counted; one to an activity it reached is."""
    from cicte_desktop.services import reporting
    from cicte_desktop.services.figures import EventFilter

    plan_edit.approve(db, 2017, D(2017, 2, 1), "Approved")
    reached = reporting.delivered_events(db, EventFilter("JAM", *YEAR_2017))
    activities = [a for a in plan_2017.activities()]
    shown = next(a for a in activities if reached.get(a.uuid))
    hidden = next(a for a in activities if not reached.get(a.uuid))
    plan_edit.rename(db, hidden.uuid, hidden.text + " (hidden)", "Reason for the hidden one")
    pdf = tmp_path / "jam.pdf"
    export_report(db, ReportOptions("member-state", *YEAR_2017, member_state="JAM", issued=D(2017, 12, 31)), pdf)
    text = _text(pdf)
    assert "†" not in text and "Reason for the hidden one" not in text
    plan_edit.rename(db, shown.uuid, shown.text + " (revised)", "Reason for the shown one")
    export_report(db, ReportOptions("member-state", *YEAR_2017, member_state="JAM", issued=D(2017, 12, 31)), pdf)
    text = _text(pdf)
    assert "1 item of the plan was amended after its approval" in text
    assert f"{shown.text} (revised) †" in text and "Reason for the shown one" in text
    assert "Reason for the hidden one" not in text

