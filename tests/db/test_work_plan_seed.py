"""The seeded 2016 Work Plan against a careful reading of the approved document."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cicte_desktop.db.ids import stable_id
from cicte_desktop.services import workplan
from tests.conftest import run_cli

# Our reading of Section II: programs per work area, projects per program, activities per
# project. Judgements are recorded in resources/seed/workplan_2016.json.
EXPECTED = {
    "1": {"A": [2, 1, 1], "B": [1, 2, 1], "C": [1, 1, 1], "D": [2, 3], "E": [3, 1, 2]},
    "2": {"A": [1], "B": [1, 5], "C": [1, 1]},
    "3": {"A": [1] * 18, "B": [3, 2, 2, 2], "C": [1, 1], "D": [1]},
    "4": {"A": [1], "B": [1, 2], "C": [3]},
    "5": {"A": [1], "B": [1]},
}


def _shape(plan: dict) -> dict:
    return {
        wa["number"]: {p["letter"]: [len(pj["activities"]) for pj in p["projects"]] for p in wa["programs"]}
        for wa in plan["work_areas"]
    }


def test_plan_json_lists_every_level_in_document_order(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "plan", "--json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert list(plan) == ["year", "symbol", "work_areas"]
    assert plan["year"] == 2016 and plan["symbol"] == "CICTE/doc.5/16"
    assert _shape(plan) == EXPECTED
    area = plan["work_areas"][0]
    assert list(area) == ["number", "title", "programs"]
    assert list(area["programs"][0]) == ["letter", "title", "projects"]
    assert list(area["programs"][0]["projects"][0]) == ["number", "title", "activities"]
    assert list(area["programs"][0]["projects"][0]["activities"][0]) == ["text", "target", "unit", "upon_request",
                                                                           "target_first_half", "target_second_half"]
    assert [wa["title"] for wa in plan["work_areas"]] == [
        "Border Controls",
        "Legislative Assistance and Combating Terrorism Financing",
        "Protection of Critical Infrastructure",
        "Strengthening Strategies on Emerging Terrorist Threats",
        "International Coordination and Cooperation",
    ]
    totals = {
        "programs": sum(len(wa["programs"]) for wa in plan["work_areas"]),
        "projects": sum(len(p["projects"]) for wa in plan["work_areas"] for p in wa["programs"]),
    }
    assert totals == {"programs": 17, "projects": 50}


def _activities(plan) -> dict[str, workplan.ActivityNode]:
    return {a.text: a for a in plan.activities()}


def test_targets_are_numbers_where_the_document_gives_one(db) -> None:
    plan = workplan.get_work_plan(db, 2016)
    acts = plan.activities()
    assert len(acts) == 70
    by_text = _activities(plan)
    assert (by_text["3 Exercises"].target, by_text["3 Exercises"].unit) == (3, "Exercises")
    missions = by_text["16 Legislative Assistance Missions"]
    assert (missions.target, missions.unit, missions.upon_request) == (16, "Legislative Assistance Missions", False)
    assert all(isinstance(a.target, int) for a in acts if a.target is not None)
    # Targets given as numbers: every activity whose printed text starts with a number.
    numeric = [a for a in acts if a.text[0].isdigit()]
    assert all(a.target == int(a.text.split()[0]) for a in numeric)
    upon_request = [a for a in acts if a.upon_request]
    assert len(upon_request) == 3  # only where the activity cell prints it
    assert all(a.target is None for a in upon_request)
    no_target = [a for a in acts if a.target is None and not a.upon_request]
    assert {a.text for a in no_target} >= {"Peer review", "Planning Mission", "Assessment Missions",
                                            "Participation in conferences, papers, official visits, coordination meetings"}
    # Summed by hand from the document: 58 + 20 + 48 + 9 + 0 by work area.
    assert sum(a.target or 0 for a in acts) == 135


def test_damaged_cells_are_read_as_a_careful_human_would(db) -> None:
    plan = workplan.get_work_plan(db)
    by_text = _activities(plan)
    # Two targets run together in one cell, the unit pushed to the next line.
    assert "1 Sub-regional Course in Insider Threats" in by_text
    assert "1 Sub-regional Course in Access Control Techniques" in by_text
    assert "3 Workshops" in by_text and "Techniques 3 Workshops" not in by_text
    # Words cut at the cell edge restored.
    assert "1 Subregional Workshop on Free Trade Zone Risks" in by_text
    # The work area whose number was lost; the program split over two rows.
    area4 = plan.work_areas[3]
    assert (area4.number, area4.title) == ("4", "Strengthening Strategies on Emerging Terrorist Threats")
    assert plan.work_areas[2].programs[2].title == "Critical Infrastructure Protection"
    # Unnumbered projects stay unnumbered, in order.
    assert [pj.number for pj in area4.programs[1].projects] == [None, None]
    # The stray 'Approved' stamp is not part of the project title.
    cyber = plan.work_areas[2].programs[0]
    assert cyber.projects[15].title.endswith("analysis and forensics.")
    # Every judgement is kept with the item for reviewers.
    assert "Printed '. STRENGTHENING" in (area4.note or "")


def test_seeded_identities_are_the_same_on_every_installation(tmp_path: Path) -> None:
    from cicte_desktop.db.database import open_database

    first, second = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    try:
        assert first.device_id != second.device_id
    finally:
        first.close()
        second.close()
    tables = ["work_plan", "work_area", "program", "project", "planned_activity", "mandate", "member_state",
              "partner_organization"]
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        conn = sqlite3.connect(tmp_path / name)
        dumps.append({t: conn.execute(f"SELECT * FROM {t} ORDER BY uuid").fetchall() for t in tables})
        conn.close()
    assert dumps[0] == dumps[1]
    conn = sqlite3.connect(tmp_path / "a.sqlite")
    area1 = conn.execute("SELECT uuid FROM work_area WHERE number = '1'").fetchone()[0]
    conn.close()
    assert area1 == stable_id("workplan:2016/wa:1")


def test_reference_data(db) -> None:
    conn = sqlite3.connect(db.path)
    try:
        states = dict(conn.execute("SELECT subregion, count(*) FROM member_state GROUP BY subregion").fetchall())
        assert states == {"Caribbean": 13, "Central America": 7, "South America": 12, "North America": 3}
        assert conn.execute("SELECT name, subregion FROM member_state WHERE iso3 = 'JAM'").fetchone() == ("Jamaica", "Caribbean")
        partners = dict(conn.execute("SELECT category, count(*) FROM partner_organization GROUP BY category").fetchall())
        assert partners == {"observer": 1, "oas_organ": 6, "international_regional": 64, "ngo": 17}
        assert conn.execute(
            "SELECT acronym, category FROM partner_organization WHERE name LIKE 'Caribbean Financial Action%'"
        ).fetchone() == ("CFATF", "international_regional")
        mandates = conn.execute("SELECT symbol, paragraphs FROM mandate ORDER BY position").fetchall()
        symbols = [s for s, _p in mandates]
        assert symbols[:4] == ["CICTE/DEC. 1/13", "CICTE/DEC. 1/12 rev. 1", "CICTE/DEC. 1/11", "CICTE/DEC. 1/07"]
        assert "AG/RES. 2004 (XXXIV-O/04)" in symbols and "AG/RES. 2619 (XLI-O/11)" in symbols
        first = json.loads(mandates[0][1])
        assert [p.split(".")[0] for p in first] == ["5", "6", "12"]
    finally:
        conn.close()


def test_plan_outline_for_people(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "plan")
    assert result.returncode == 0, result.stderr
    assert "1. Border Controls" in result.stdout
    assert "[Upon request]" in result.stdout and "[3 Exercises]" in result.stdout


def test_unknown_year_is_a_clear_error(db_path: Path) -> None:
    result = run_cli("--db", str(db_path), "plan", "--json", "--year", "1999")
    assert result.returncode == 1
    assert result.stderr.strip() == "cicte-desktop: error: there is no work plan for 1999"


def test_default_database_is_in_the_per_user_data_folder(tmp_path: Path) -> None:
    """Without --db and without the test override, the database goes where Qt says app data goes."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "CICTE_DATA_DIR"}
    env.update({"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "xdg")})
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run([sys.executable, "-m", "cicte_desktop", "plan", "--json"], capture_output=True, text=True,
                            cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    expected = tmp_path / "xdg" / "OAS" / "CICTE Desktop" / "cicte.sqlite"
    assert expected.exists()
    assert (tmp_path / "xdg" / "OAS" / "CICTE Desktop" / "logs" / "cicte-desktop.log").exists()
