"""Plans per year: any period is measured against its own year's plan or refused in words; new
plans carried over from an earlier one; the window's selector and the event form follow them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from cicte_desktop.__main__ import main
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
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


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


def test_a_range_over_several_plans_is_refused_naming_them(demo_path: Path, tmp_path: Path, capsys) -> None:
    _add_bare_plan(demo_path, 2017)
    out = tmp_path / "all.xlsx"
    code, _out, err = _run(["--db", str(demo_path), "export", "xlsx", "--out", str(out),
                            "--from", "2000-01-01", "--to", "2100-12-31"], capsys)
    assert code == 1
    line = _one_line(err)
    assert "covers the work plans of 2016, 2017" in line and "within one of these years" in line, line
    assert not out.exists()
    code, _out, err = _run(["--db", str(demo_path), "export", "xlsx", "--out", str(out), "--year", "2017"], capsys)
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
        assert window.run_export(ExportOptions(D(2017, 1, 1), D(2017, 12, 31)), target) is False
        assert not target.exists()
        assert shown_messages[-1][0] == "error"
        assert shown_messages[-1][2] == "There is no work plan for 2017 (work plans: 2016)."
        assert window.preview_pdf(ReportOptions(SEMIANNUAL, D(2019, 1, 1), D(2019, 6, 30))) is False
        assert shown_messages[-1][2] == "There is no work plan for 2019 (work plans: 2016)."
    finally:
        window.database.close()
