"""PDF reports, read back as a reader would: the text of each page (pypdf), its fonts, its size.

The figures are checked against the services the window and the workbook use; the layout is
checked by eye (see the README), not here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cicte_desktop.exports.pdf import ReportCancelled, ReportError, ReportOptions, export_report
from cicte_desktop.services import figures, workplan
from cicte_desktop.services.events import writing
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.services.events.inputs import ParticipantInput
from tests.conftest import ROOT, run_cli
from tests.helpers import activity_uuid, add_event, db_arg
from tests.services.test_event_log import _event

D = dt.date
H1 = ReportOptions("semiannual", D(2016, 1, 1), D(2016, 6, 30), issued=D(2016, 7, 15))
NAMES = ("João Gonçalves", "Ñandú Pérez", "Françoise Lefèvre")


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def filled(db):
    add_demo_events(db, 400, seed=5, years=(2016,))
    return db


@pytest.fixture
def roster_event(db) -> str:
    people = tuple(ParticipantInput(None, name, sex, "Coast Guard", "Jamaica", email=f"p{i}@example.org",
                                    phone="+1 876 555 0100")
                   for i, (name, sex) in enumerate(zip(NAMES, ("M", "F", "F"), strict=True)))
    return writing.log_event(db, _event(db, title="Ñandú port drill & crisis exercise", participants=people,
                                          women=2, men=1, participants_total=3))


def test_semiannual_cover_contents_and_page_numbers(filled, tmp_path: Path) -> None:
    out = tmp_path / "h1.pdf"
    result = export_report(filled, H1, out)
    pages = _pages(out)
    assert result.pages == len(pages) > 10
    cover = _flat(pages[0])
    for words in ("Organization of American States", "Inter-American Committee against Terrorism", "Secretariat",
                  "Semi-annual Implementation Report", "January–June 2016", "Date of issue: July 15, 2016",
                  "Period: 2016-01-01 to 2016-06-30", "CICTE/doc.5/16"):
        assert words in cover
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text  # every page, the cover too
        assert "Semi-annual Implementation Report · January–June 2016" in text  # the running header
    # The contents: its page numbers (written last, so extracted last) are those of the headings.
    contents = pages[1].splitlines()
    numbers = [int(line) for line in contents if line.strip().isdigit()]
    plan = workplan.get_work_plan(filled, 2016)
    headings = ["Executive summary", "Charts"]
    for area in plan.work_areas:
        headings += [f"{area.number}. {area.title}", *[f"{area.number}.{p.letter}. {p.title}" for p in area.programs]]
    headings += ["Implementation of mandates", "Annex: participation of member states by work area"]
    assert len(numbers) == len(headings)
    for heading, page in zip(headings, numbers, strict=True):
        assert heading in _flat(pages[page - 1]), (heading, page)
        if re.match(r"^\d\. ", heading):
            assert _flat(pages[page - 1]).startswith(heading)  # each work area starts a page


def test_summary_figures_are_the_services_figures(filled, tmp_path: Path) -> None:
    out = tmp_path / "h1.pdf"
    export_report(filled, H1, out)
    summary_page = _flat(next(p for p in _pages(out) if p.startswith("Executive summary")))
    plan = workplan.get_work_plan(filled, 2016)
    period = figures.EventFilter(date_from=D(2016, 1, 1), date_to=D(2016, 6, 30))
    progress = figures.plan_figures(filled, plan, period)
    for area in (plan.work_areas[0], plan.work_areas[2]):  # names on one line
        activities = [a.uuid for p in area.programs for pj in p.projects for a in pj.activities]
        summary = figures.summary(filled, period, activities)
        node = progress[area.uuid]
        expected = (f"{area.number}. {area.title} {node.target} {node.achieved:,} {node.toward_target} "
                    f"{node.percent:.0f}% {figures.state_label(node.state)} "
                    f"{summary.events_by_status.get('completed', 0)} {summary.women:,} {summary.men:,} "
                    f"{summary.participants:,} {len(summary.member_states)}")
        assert expected in summary_page
    everything = figures.summary(filled, period, [a.uuid for a in plan.activities()])
    total = figures.total(progress, [a.uuid for a in plan.work_areas])
    assert (f"Total {total.target} {total.achieved:,} {total.counted} {100 * total.counted / total.target:.0f}% "
            f"{figures.state_label(total.state)} {everything.events_by_status['completed']:,} "
            f"{everything.women:,} {everything.men:,} {everything.participants:,} {len(everything.member_states)}"
            in summary_page)


def test_sections_list_completed_events_and_flag_activities_behind_target(db, tmp_path: Path) -> None:
    exercises = activity_uuid(db, "3 Exercises")
    add_event(db, exercises, title="Ñandú maritime drill", start=D(2016, 3, 14), states=("JAM", "TTO"), women=10,
              men=14, venue="Port Royal", city="Kingston")
    add_event(db, exercises, title="Exercise still planned", start=D(2016, 4, 2), status="planned")
    add_event(db, exercises, title="Exercise of May", start=D(2016, 5, 2))
    add_event(db, exercises, title="Exercise of 2017", start=D(2017, 1, 20))
    out = tmp_path / "year.pdf"
    export_report(db, dataclasses.replace(H1, date_to=D(2016, 12, 31)), out)
    text = _flat(" ".join(_pages(out)))
    assert "Annual Implementation Report" in text
    assert "1.A. Maritime Security" in text and "5.B. Direct Member State Assistance" in text
    assert "Ñandú maritime drill" in text and "Exercise of May" in text
    assert "14 Mar 2016 Workshop Ñandú maritime drill JAM, TTO Port Royal, Kingston 10 14" in text
    assert "Exercise still planned" not in text and "Exercise of 2017" not in text  # completed, in the period
    # 2 of 3 exercises by the end of the year: behind.
    assert ("1.A.2.1 3 Exercises · Target: 3 Exercises · Achieved: 2 · Counted toward target: 2 · Progress: 67% · "
            "Expected by now: 100% · State: ▲ Behind") in text
    # The same 2 of 3 by 30 June are on track (half the year gone by): no flag.
    out_h1 = tmp_path / "h1.pdf"
    export_report(db, H1, out_h1)
    h1 = _flat(" ".join(_pages(out_h1)))
    assert ("1.A.2.1 3 Exercises · Target: 3 Exercises · Achieved: 2 · Counted toward target: 2 · Progress: 67% · "
            "Expected by now: 50% · State: On track Dates Type") in h1
    assert "▲ Behind" not in h1.split("1.A.2.1 3 Exercises")[1][:200]


def test_reports_carry_no_personal_data(filled, roster_event, tmp_path: Path) -> None:
    for options in (H1, dataclasses.replace(H1, kind="member-state", member_state="JAM")):
        out = tmp_path / f"{options.kind}.pdf"
        export_report(filled, options, out)
        text = " ".join(_pages(out))
        assert "Ñandú port drill" in text  # the event is there...
        assert not any(name in text for name in NAMES)  # ...its people are not
        assert "example.org" not in text and "555 0100" not in text


def test_member_state_report(filled, tmp_path: Path) -> None:
    tto_only = add_event(filled, activity_uuid(filled, "3 Exercises"), title="Only for Trinidad",
                         start=D(2016, 2, 2), states=("TTO",))
    options = dataclasses.replace(H1, kind="member-state", member_state="JAM")
    out = tmp_path / "jam.pdf"
    result = export_report(filled, options, out)
    pages = _pages(out)
    cover = _flat(pages[0])
    assert "Member-State Report" in cover and "Capacity building delivered to Jamaica" in cover
    everything = " ".join(pages)
    assert "Only for Trinidad" not in everything and tto_only
    jam = figures.summary(filled, options.event_filter(), None)
    assert result.events == jam.events_by_status["completed"]
    assert f"Events completed: {jam.events_by_status['completed']}" in cover
    unknown = f", {jam.sex_not_recorded:,} not recorded" if jam.sex_not_recorded else ""
    assert f"Participants: {jam.participants:,} ({jam.women:,} women, {jam.men:,} men{unknown})" in cover
    assert "Annex" not in everything  # the member-state matrix is for the report to all
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))


def test_certificates_one_landscape_page_per_participant(db, roster_event, tmp_path: Path) -> None:
    out = tmp_path / "certificates.pdf"
    result = export_report(db, ReportOptions("certificates", event=roster_event, issued=D(2016, 3, 15)), out)
    reader = PdfReader(out)
    assert result.certificates == len(reader.pages) == 3
    for page, name in zip(reader.pages, NAMES, strict=True):
        assert page.mediabox.width > page.mediabox.height  # landscape
        text = _flat(page.extract_text())
        assert name in text
        assert "Certificate of Participation" in text and "Ñandú port drill & crisis exercise" in text
        assert "held at Port Royal, Kingston (Jamaica) from March 14, 2016 to March 15, 2016" in text
        assert "Secretary of the Inter-American Committee against Terrorism" in text
        assert "Date of issue: March 15, 2016" in text


def _fonts(path: Path) -> list[dict]:
    fonts = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    return list(fonts.values())


def test_fonts_are_embedded_truetype_subsets(filled, roster_event, tmp_path: Path) -> None:
    reports = [(H1, "h1.pdf"), (dataclasses.replace(H1, kind="member-state", member_state="JAM"), "jam.pdf"),
               (ReportOptions("certificates", event=roster_event), "certificates.pdf")]
    for options, name in reports:
        export_report(filled, options, tmp_path / name)
        fonts = _fonts(tmp_path / name)
        assert fonts
        for font in fonts:
            assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(Condensed)?(-Bold)?", font["/BaseFont"]), font["/BaseFont"]
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"]  # the glyphs travel with the file


def test_long_tables_repeat_their_header_on_every_page(db, tmp_path: Path) -> None:
    course = activity_uuid(db, "1 Course")
    for day in range(150):
        add_event(db, course, title=f"Course run {day:03d}", start=D(2016, 1, 1) + dt.timedelta(days=day))
    out = tmp_path / "long.pdf"
    export_report(db, H1, out)
    pages = [_flat(text) for text in _pages(out)]
    runs = [text for text in pages if "Course run" in text]
    assert len(runs) >= 3
    for text in runs:
        assert "Dates Type Title Member states Venue Women Men Partners" in text
    listed = sorted(set(re.findall(r"Course run \d{3}", " ".join(runs))))
    assert len(listed) == sum(1 for day in range(150) if D(2016, 1, 1) + dt.timedelta(days=day) <= D(2016, 6, 30))


def test_cancel_leaves_nothing_and_keeps_an_earlier_file(filled, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "report.pdf"
    with pytest.raises(ReportCancelled):
        export_report(filled, H1, out, progress=lambda done, total: False)
    assert list(folder.iterdir()) == []
    calls: list[tuple[int, int]] = []

    def late(done: int, total: int) -> bool:  # cancel while the pages are being laid out
        calls.append((done, total))
        return len(calls) < 8

    out.write_bytes(b"previous report")
    with pytest.raises(ReportCancelled):
        export_report(filled, H1, out, progress=late)
    assert out.read_bytes() == b"previous report" and sorted(folder.iterdir()) == [out]
    assert calls[-1][0] > calls[0][0]  # progress moved before the cancel


def test_progress_reaches_the_end(filled, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_report(filled, H1, tmp_path / "r.pdf", progress=lambda done, total: calls.append((done, total)) or True)
    assert calls[-1][0] == calls[-1][1] and [d for d, _t in calls] == sorted(d for d, _t in calls)


def test_plan_titles_in_the_reader_language(filled, tmp_path: Path) -> None:
    spanish = workplan.get_work_plan(filled, 2016, language="es")
    assert spanish.work_areas[0].title != "Border Controls"
    out = tmp_path / "es.pdf"
    export_report(filled, dataclasses.replace(H1, language="es"), out)
    text = " ".join(_pages(out))
    assert f"1. {spanish.work_areas[0].title}" in text and "1. Border Controls" not in text
    assert "15 de julio de 2016" in text  # dates in the reader's language


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_table_headings_keep_their_words_whole_in_one_size(filled, tmp_path: Path, language: str) -> None:
    """Translations run longer: "Événements", "Computado" and "Participantes" were cut in two
    ("Computad-o"), and headings of one row came in different sizes."""
    from cicte_desktop import i18n
    from cicte_desktop.exports.pdf import layout, sections

    layout.register_fonts()
    out = tmp_path / f"{language}.pdf"
    export_report(filled, dataclasses.replace(H1, language=language), out)
    text = _flat(" ".join(_pages(out)))
    with i18n.using_language(language):
        words = figures.labels()
        summary = [sections._tr("Work area"), words["target"], words["achieved"], words["counted"],
                   words["progress"], words["state"], sections._tr("Events completed"), sections._tr("Women"),
                   sections._tr("Men"), sections._tr("Participants"), sections._tr("Member states reached")]
        events = [heading for heading, _width in sections.event_columns()]
    cut = [word for heading in summary + events for word in heading.split() if word not in text.split()]
    assert not cut, cut  # each heading's words whole in the report
    for header, widths, donor in ((summary, [128, 34, 38, 40, 36, 40, 34, 36, 34, 44, 40], 0),
                                  (events, [w for _h, w in sections.event_columns()], 2)):
        fitted = layout.fit_headings(header, widths, donor)
        assert sum(fitted) == pytest.approx(sum(widths))  # the table as wide as before
        size = layout.heading_size(header, fitted)
        assert size >= layout.HEADING_MIN_SIZE
        for heading, width in zip(header, fitted, strict=True):
            cell = layout.wrap(heading, width, layout.CONDENSED_BOLD, size)
            assert cell.split() == heading.split(), (heading, cell)  # every word whole, none cut


def test_bad_requests_are_refused_before_anything_is_written(db, tmp_path: Path) -> None:
    empty_roster = writing.log_event(db, dataclasses.replace(_event(db), participants=()))
    out = tmp_path / "x.pdf"
    cases = [(ReportOptions("member-state", member_state="XYZ"), "no member state with the code “XYZ”"),
             (ReportOptions("certificates", event="00000000-0000-0000-0000-000000000000"), "no event with the ID"),
             (ReportOptions("certificates", event=empty_roster), "has no participants on its roster")]
    for options, words in cases:
        with pytest.raises(ReportError, match=words):
            export_report(db, options, out)
        assert not list(tmp_path.glob("*.pdf*")) and not list(tmp_path.glob(".*pdf*"))


def test_cli_reports_and_bad_arguments(filled, roster_event, tmp_path: Path) -> None:
    empty_roster = writing.log_event(filled, dataclasses.replace(_event(filled), participants=()))
    filled.close()
    db = db_arg(filled)
    out = tmp_path / "h2.pdf"
    result = run_cli("--db", db, "export", "pdf", "--report", "semiannual", "--period", "2016-H2", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "July–December 2016" in _flat(_pages(out)[0]) and result.stdout.startswith(f"Wrote {out}:")
    result = run_cli("--db", db, "export", "pdf", "--report", "member-state", "--member-state", "tto", "--year",
                     "2016", "--out", str(tmp_path / "tto.pdf"))
    assert result.returncode == 0, result.stderr
    assert "Capacity building delivered to Trinidad and Tobago" in _flat(_pages(tmp_path / "tto.pdf")[0])
    result = run_cli("--db", db, "export", "pdf", "--report", "certificates", "--event", roster_event, "--out",
                     str(tmp_path / "c.pdf"))
    assert result.returncode == 0 and "3 certificates" in result.stdout
    assert [n in t for n, t in zip(NAMES, _pages(tmp_path / "c.pdf"), strict=True)] == [True] * 3

    bad = tmp_path / "bad.pdf"
    for args, code, words in [
        (["--report", "member-state", "--member-state", "XYZ"], 1, "no member state with the code “XYZ”"),
        (["--report", "certificates", "--event", "no-such-event"], 1, "no event with the ID “no-such-event”"),
        (["--report", "certificates", "--event", empty_roster], 1, "has no participants on its roster"),
        (["--report", "member-state"], 2, "--member-state"),
        (["--report", "certificates"], 2, "--event"),
        (["--report", "semiannual", "--member-state", "JAM"], 2, "--member-state goes with"),
        (["--report", "semiannual", "--from", "2016-05-01", "--to", "2016-01-01"], 2, "ends before it starts"),
        (["--report", "brochure"], 2, "invalid choice"),
    ]:
        result = run_cli("--db", db, "export", "pdf", "--out", str(bad), *args)
        assert (result.returncode, words in result.stderr) == (code, True), (args, result.stderr)
        assert not bad.exists() and not list(tmp_path.glob(".bad.pdf*"))


def test_reportlab_is_not_loaded_at_start_up() -> None:
    script = "import sys, cicte_desktop.views.main_window, cicte_desktop.exports.pdf; print('reportlab' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.strip() == "False", result.stderr


# --- In the window ------------------------------------------------------------------------


def _window(db_path: Path, qtbot, monkeypatch):  # noqa: ANN001, ANN202
    from cicte_desktop.app import build_main_window
    from cicte_desktop.views import pdf_preview

    opened: list[Path] = []
    monkeypatch.setattr(pdf_preview, "qtpdf_available", lambda: False)  # as installed: no PySide6-Addons
    monkeypatch.setattr(pdf_preview, "open_in_system_viewer", lambda path: opened.append(path) or True)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    return window, opened


def test_dialog_previews_then_saves_a_member_state_report(filled, tmp_path: Path, qtbot, monkeypatch,
                                                          shown_messages) -> None:
    from PySide6.QtCore import Qt

    filled.close()
    window, opened = _window(db_arg(filled), qtbot, monkeypatch)
    window.pdf_action.trigger()
    dialog = window.reports.pdf_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("member-state"))
    assert dialog.member_state.isVisible() and not dialog.event.isVisible()
    dialog.period.kind.setCurrentIndex(dialog.period.kind.findData("h1"))
    dialog.member_state.setCurrentIndex(dialog.member_state.findData("TTO"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    preview = window.reports.pdf_preview
    temporary = opened[0]
    assert temporary.name == "CICTE-report-TTO-2016-H1.pdf" and temporary.exists()
    assert "Capacity building delivered to Trinidad and Tobago" in _flat(_pages(temporary)[0])
    previewed = temporary.read_bytes()
    target = tmp_path / "saved" / "tto.pdf"
    assert preview.save_to(target)
    assert target.read_bytes() == previewed
    qtbot.waitUntil(lambda: not temporary.parent.exists(), timeout=5_000)  # the temporary copy is gone
    assert "January–June 2016" in _flat(_pages(target)[0]) and not shown_messages
    window.database.close()


def test_certificates_for_the_selected_event_from_the_window(db, roster_event, tmp_path: Path, qtbot, monkeypatch,
                                                            shown_messages) -> None:
    from PySide6.QtCore import Qt

    db.close()
    window, opened = _window(db_arg(db), qtbot, monkeypatch)
    window.reports.export_pdf("certificates", roster_event)  # what Events > Certificates does for the selection
    dialog = window.reports.pdf_dialog
    assert dialog.kind.currentData() == "certificates" and dialog.event.currentData() == roster_event
    assert dialog.period.dates() == (D(2016, 1, 1), D(2016, 6, 30))  # the half year of the event
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert [name in text for name, text in zip(NAMES, _pages(opened[0]), strict=True)] == [True] * 3
    window.reports.pdf_preview.reject()
    qtbot.waitUntil(lambda: not opened[0].exists(), timeout=5_000)
    window.database.close()


def test_certificates_need_people_on_the_roster(db, tmp_path: Path, qtbot, monkeypatch, shown_messages) -> None:
    from cicte_desktop.views.pdf_report_dialog import PdfReportDialog
    from cicte_desktop.services import reference, reporting

    writing.log_event(db, dataclasses.replace(_event(db), participants=()))
    plan = workplan.get_work_plan(db, 2016)
    dialog = PdfReportDialog(plan, reference.member_states(db), lambda f: reporting.events_with_rosters(db, f),
                             "certificates")
    qtbot.addWidget(dialog)
    assert dialog.event.count() == 0 and not dialog.preview_button.isEnabled()
    assert "No event in this period has participants" in dialog.hint.text()


def test_the_report_kind_can_be_changed_once_the_dialog_has_settled(db, tmp_path: Path, qtbot) -> None:
    """Changing the report after the dialog's queued events (its placeholder's deletion) have run
    ("Unexpected error: Internal C++ object (QPushButton) already deleted" before)."""
    from cicte_desktop.views.pdf_report_dialog import PdfReportDialog
    from cicte_desktop.services import reference, reporting

    writing.log_event(db, dataclasses.replace(_event(db), participants=()))
    plan = workplan.get_work_plan(db, 2016)
    dialog = PdfReportDialog(plan, reference.member_states(db), lambda f: reporting.events_with_rosters(db, f))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(100)  # the event loop runs: deferred deletions among it
    assert dialog.preview_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("certificates"))
    assert not dialog.preview_button.isEnabled() and "No event in this period has participants" in dialog.hint.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("semiannual"))
    assert dialog.preview_button.isEnabled()


def _mandates_text(path: Path) -> str:
    """The text of the section on the implementation of mandates, up to the annex."""
    text = _flat(" ".join(_pages(path)[2:]))  # after the cover and the contents
    start = text.index("Implementation of mandates")
    return text[start:text.index("Annex: participation of member states by work area", start)]


def test_semiannual_report_says_how_each_mandate_was_implemented(db, tmp_path: Path) -> None:
    plan = workplan.get_work_plan(db, 2016)
    area_1, area_3 = plan.work_areas[0], plan.work_areas[2]
    add_event(db, area_3.programs[0].projects[0].activities[0].uuid, title="CSIRT course", start=D(2016, 2, 8),
              states=("JAM", "TTO"), women=7, men=9)
    add_event(db, area_3.programs[-1].projects[0].activities[0].uuid, title="Tourism workshop", start=D(2016, 5, 9),
              states=("BRB",), women=3, men=2)
    add_event(db, area_3.programs[0].projects[0].activities[0].uuid, title="Still planned", start=D(2016, 3, 1),
              status="planned", states=("CAN",), women=50, men=50)
    add_event(db, area_1.programs[0].projects[0].activities[0].uuid, title="Second half", start=D(2016, 8, 1),
              states=("MEX",), women=4, men=4)
    out = tmp_path / "h1.pdf"
    export_report(db, H1, out)
    pages = _pages(out)
    # In the contents (before the annex), with the page its heading is on.
    contents = pages[1].splitlines()
    assert "Implementation of mandates" in contents
    page = [int(text) for text in contents if text.strip().isdigit()][-2]
    assert _flat(pages[page - 1]).startswith("Implementation of mandates")
    section = _mandates_text(out)
    period = figures.EventFilter(date_from=D(2016, 1, 1), date_to=D(2016, 6, 30))
    areas_3 = figures.summary(db, period, [a.uuid for p in area_3.programs for pj in p.projects for a in pj.activities])
    assert (areas_3.events_by_status["completed"], areas_3.participants, len(areas_3.member_states)) == (2, 21, 3)
    # Every mandate of Section 1, each with its work areas and what was done under them.
    for symbol in ("CICTE/DEC. 1/13", "CICTE/DEC. 1/12 rev. 1", "CICTE/DEC. 1/07", "CICTE/doc.12/08",
                   "AG/RES. 2866 (XLIV-O/14)", "AG/RES. 2004 (XXXIV-O/04)", "AG/RES. 2534 (XL-O/10)"):
        assert symbol in section
    cyber = section[section.index("Declaration of Strengthening Cyber-Security in the Americas"):]
    cyber = cyber[:cyber.index("Declaration of Renewed Hemispheric Commitment")]
    assert f"3. {area_3.title} 2 21 3" in cyber
    assert "Nothing was done" not in cyber
    # Applies to work areas 1 and 4 only: nothing done in the period (the area 1 event is in August).
    resolution_1540 = section[section.index("AG/RES. 2534 (XL-O/10)"):]
    resolution_1540 = resolution_1540[:resolution_1540.index("AG/RES. 2619")]
    assert f"1. {area_1.title}" in resolution_1540 and f"4. {plan.work_areas[3].title}" in resolution_1540
    assert "Nothing was done under this mandate in this period" in resolution_1540
    # Work areas 1, 3 and 5: a row per area and one for all of them together.
    small_islands = section[section.index("AG/RES. 2866 (XLIV-O/14)"):]
    small_islands = small_islands[:small_islands.index("AG/RES. 2866 (XLIV-O/14)", 10)]
    assert f"1. {area_1.title} 0 0 0" in small_islands and f"3. {area_3.title} 2 21 3" in small_islands
    assert "All its work areas 2 21 3" in small_islands


def test_mandates_section_in_the_reader_language(db, tmp_path: Path) -> None:
    spanish = workplan.get_work_plan(db, 2016, language="es")
    out = tmp_path / "es.pdf"
    export_report(db, dataclasses.replace(H1, language="es"), out)
    text = _flat(" ".join(_pages(out)))
    assert "Aplicación de los mandatos" in text and "Implementation of mandates" not in text
    assert f"3. {spanish.work_areas[2].title}" in text
    assert "No se realizó nada en virtud de este mandato en este período" in text
    # The member-state report is about one state's events, not about the Secretariat's mandates.
    out_state = tmp_path / "jam.pdf"
    export_report(db, dataclasses.replace(H1, kind="member-state", member_state="JAM"), out_state)
    assert "Implementation of mandates" not in _flat(" ".join(_pages(out_state)))


def test_a_later_plan_without_its_own_mandates_reports_those_of_the_plan_before(db) -> None:
    import uuid

    from cicte_desktop.db import models as m
    from cicte_desktop.services import reference

    plan_2016 = workplan.get_work_plan(db, 2016)
    later = str(uuid.uuid4())
    with db.write() as s:
        s.add(m.WorkPlan(uuid=later, year=2017, symbol="CICTE/doc.5/17", title="2017 Work Plan"))
    mandates = reference.plan_mandates(db, plan_2016.uuid)
    assert len(mandates) == 18 and mandates[1].symbol == "CICTE/DEC. 1/12 rev. 1" and mandates[1].work_areas == ("3",)
    assert reference.plan_mandates(db, later) == mandates


def test_the_participants_add_up_when_some_sexes_were_not_recorded(db, tmp_path: Path) -> None:
    """"Participants: 1000 (561 women, 435 men)": the 4 whose sex was not recorded were not said."""
    event = add_event(db, activity_uuid(db, "3 Exercises"), title="Drill", start=D(2016, 3, 1), women=5, men=3)
    with db.sql() as conn:
        conn.execute("UPDATE event SET sex_not_recorded = 2, participants_total = 10 WHERE uuid = ?", (event,))
    summary = figures.summary(db, H1.event_filter(), None)
    assert (summary.participants, summary.sex_not_recorded) == (10, 2)
    out = tmp_path / "h1.pdf"
    export_report(db, H1, out)
    assert "Participants: 10 (5 women, 3 men, 2 not recorded)" in _flat(_pages(out)[0])
