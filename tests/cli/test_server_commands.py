"""The commands headquarters runs on its PostgreSQL server say and write what they say and write
on a laptop's file holding the same data: the same figures, workbooks and reports (issue 21)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from cicte_desktop.cli.main import main
from tests.helpers import run_command

#: The command line runs in this process, on the suite's QApplication (see test_server_url).
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def both(postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """A server database and a file, each upgraded and given the same 400 demo events."""
    file = str(tmp_path / "laptop.sqlite")
    for db in (postgres_url, file):
        run_command(capsys, db, "upgrade")
        run_command(capsys, db, "demo-data", "--events", "400", "--seed", "7")
    return postgres_url, file


def _cells(path: Path) -> dict[str, list[list[object]]]:
    """Every sheet's values, without the line that says when the workbook was exported."""
    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: [[str(v).split(" · Exported")[0] if isinstance(v, str) else v for v in row]
                              for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}
    finally:
        book.close()


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize("options", [["--year", "2016"], ["--year", "2016", "--member-state", "JAM"],
                                     ["--from", "2016-03-01", "--to", "2017-02-28"]])
def test_the_plans_figures_are_the_same_on_the_server(both: tuple[str, str], options: list[str],
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    server, file = both
    on_server = json.loads(run_command(capsys, server, "plan", "--json", "--figures", *options))
    on_file = json.loads(run_command(capsys, file, "plan", "--json", "--figures", *options))
    assert on_server == on_file
    assert sum(area["events"] for area in on_server["work_areas"]) > 0  # figures, not only zeros


def test_the_workbook_and_the_reports_are_the_same_on_the_server(both: tuple[str, str], tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    server, file = both
    written = {}
    for name, db in (("server", server), ("file", file)):
        out = tmp_path / name
        out.mkdir()
        run_command(capsys, db, "export", "xlsx", "--from", "2016-01-01", "--to", "2017-12-31", "--out", str(out / "e.xlsx"))
        run_command(capsys, db, "export", "pdf", "--report", "semiannual", "--period", "2016-H2", "--out", str(out / "s.pdf"))
        run_command(capsys, db, "export", "pdf", "--report", "member-state", "--member-state", "TTO", "--year", "2016",
             "--out", str(out / "m.pdf"))
        run_command(capsys, db, "plan", "export", "--year", "2016", "--out", str(out / "plan.xlsx"))
        written[name] = out
    for workbook in ("e.xlsx", "plan.xlsx"):
        assert _cells(written["server"] / workbook) == _cells(written["file"] / workbook), workbook
    assert len(_cells(written["server"] / "e.xlsx")["Events"]) > 100
    for report in ("s.pdf", "m.pdf"):
        assert _text(written["server"] / report) == _text(written["file"] / report), report


def test_a_server_database_not_yet_upgraded_says_what_to_run(postgres_url: str,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", postgres_url, "plan"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert f"is not ready for this version of CICTE Desktop: run cicte-desktop --db {postgres_url} upgrade" in err


def test_an_edited_events_sheet_imports_into_the_server_as_into_a_file(both: tuple[str, str], tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A manager corrects titles and adds a row in Excel; both databases take the same changes."""
    from openpyxl import load_workbook as open_book

    server, file = both
    sheet_file = tmp_path / "events.xlsx"
    run_command(capsys, file, "export", "xlsx", "--year", "2016", "--out", str(sheet_file))
    book = open_book(sheet_file)
    sheet = book["Events"]
    sheet.cell(5, 1).value = "Corrected title, Panamá"
    sheet.cell(6, 1).value = "Another corrected title"
    book.save(sheet_file)
    said = {db: run_command(capsys, db, "import", "xlsx", str(sheet_file)) for db in (server, file)}
    assert said[server] == said[file] and "2 changed" in said[server]
    exported = {}
    for name, db in (("server", server), ("file", file)):
        out = tmp_path / f"{name}.xlsx"
        run_command(capsys, db, "export", "xlsx", "--year", "2016", "--out", str(out))
        exported[name] = _cells(out)
    assert exported["server"] == exported["file"]
    assert any(row and row[0] == "Corrected title, Panamá" for row in exported["server"]["Events"])
