"""The layout of the Excel workbook (its sheets, the rows above each table, the Events sheet's
columns and the short plan paths it writes): what the exporter writes and the importer reads back.
The headings are the workbook's (context ``ExcelExport``), in the language of the export."""

from __future__ import annotations

import re

from cicte_desktop import i18n
from cicte_desktop.services import workplan
from cicte_desktop.services.workplan import ActivityNode, WorkPlanNode

HEADER_ROWS = 3  # title, period and export date, blank; the table header is row 4

#: Characters no cell may hold (openpyxl refuses them): dropped from text written or read.
ILLEGAL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Text a spreadsheet may read as a formula or command (OWASP, CSV injection).
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _tr(text: str) -> str:
    return i18n.translate("ExcelExport", text)


def sheet_names() -> dict[str, str]:
    return {"summary": _tr("Summary"), "plan": _tr("Work plan"), "events": _tr("Events"),
            "states": _tr("By member state"), "participants": _tr("Participants")}


#: Columns of the Events sheet that stay in view when scrolling right: the title and the dates.
EVENT_FROZEN_COLUMNS = 3


def event_columns() -> list[tuple[str, str, int]]:
    """(key, header, width) of the Events sheet: what an import reads back by header (in any order).

    A person reads the title first, then the dates (the three stay in view); the Event ID, which
    only an import needs, comes last."""
    return [
        ("title", _tr("Title"), 50), ("start_date", _tr("Start date"), 12), ("end_date", _tr("End date"), 12),
        ("event_type", _tr("Type"), 18), ("status", _tr("Status"), 12), ("plan_path", _tr("Plan path"), 14),
        ("activity", _tr("Planned activity"), 40), ("modality", _tr("Modality"), 11),
        ("member_states", _tr("Member states"), 30), ("venue", _tr("Venue"), 30), ("city", _tr("City"), 16),
        ("partners", _tr("Partner organisations"), 30), ("lead_trainer", _tr("Lead trainer"), 20),
        ("experts", _tr("Experts"), 20), ("funding_source", _tr("Funding source"), 16), ("women", _tr("Women"), 8),
        ("men", _tr("Men"), 8), ("sex_not_recorded", _tr("Sex not recorded"), 10),
        ("participants_total", _tr("Participants"), 11), ("institutions", _tr("Institutions"), 11),
        ("units", _tr("Units toward target"), 10), ("satisfaction", _tr("Satisfaction (1-5)"), 11),
        ("pretest_average", _tr("Pre-test average"), 11), ("posttest_average", _tr("Post-test average"), 11),
        ("follow_up_needed", _tr("Follow-up needed"), 10), ("follow_up_notes", _tr("Follow-up notes"), 30),
        ("outcomes", _tr("Outcomes"), 40), ("notes", _tr("Notes"), 30), ("plan_year", _tr("Plan year"), 9), ("uuid", _tr("Event ID"), 38),
    ]


def plan_paths(plan: WorkPlanNode) -> dict[str, tuple[str, ActivityNode]]:
    """Each activity's short path ("1.A.2.1": area, program, project, activity) by uuid."""
    result = {}
    for area in plan.work_areas:
        for program in area.programs:
            for project in program.projects:
                project_key = workplan.project_code(area, program, project)  # '4.B.(2)' when unnumbered
                for a_index, activity in enumerate(project.activities, start=1):
                    result[activity.uuid] = (f"{project_key}.{a_index}", activity)
    return result
