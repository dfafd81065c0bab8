"""Item models: consistent for Qt's model tester; the PySide6 version survives large models."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from cicte_desktop.qtmodels.workplan_tree import WorkPlanTreeModel
from cicte_desktop.services import workplan

FORTY_THOUSAND_ITEMS = textwrap.dedent("""
    import sys
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QTimer
    app = QApplication([])
    model = QStandardItemModel()
    for p in range(200):
        parent = QStandardItem()
        parent.setText(f"parent {p}")
        for c in range(199):
            child = QStandardItem()
            child.setText(f"child {p}.{c}")
            parent.appendRow(child)
        model.appendRow(parent)
    total = model.rowCount() + sum(model.item(r).rowCount() for r in range(model.rowCount()))
    print(total)
""")


def test_pinned_pyside6_survives_a_40000_item_model() -> None:
    """PySide6 6.12.0 aborts under CPython 3.11 on this pattern (none_dealloc): guard the pin."""
    result = subprocess.run([sys.executable, "-c", FORTY_THOUSAND_ITEMS], capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "40000"


def test_work_plan_tree_model_passes_the_model_tester(db, qtmodeltester) -> None:
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, 500, seed=3)
    model = WorkPlanTreeModel()
    model.set_plan(workplan.get_work_plan(db), workplan.achieved_by_activity(db, 2016))
    qtmodeltester.check(model)
    model.set_plan(None)
    qtmodeltester.check(model)


def test_tree_rows_and_roll_ups(db) -> None:
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, 2000, seed=5)
    plan = workplan.get_work_plan(db)
    achieved = workplan.achieved_by_activity(db, 2016)
    model = WorkPlanTreeModel()
    model.set_plan(plan, achieved)
    assert model.rowCount() == 5
    area = model.index(0, 0)
    assert model.data(area) == "1. Border Controls"
    program = model.index(0, 0, area)
    project = model.index(1, 0, program)
    activity = model.index(0, 0, project)
    assert model.data(activity) == "3 Exercises"
    assert model.data(activity.siblingAtColumn(WorkPlanTreeModel.COLUMN_TARGET)) == "3 Exercises"
    assert model.data(activity, WorkPlanTreeModel.KindRole) == "activity"
    # Parents roll up the completed units of everything below them.
    assert int(model.data(area.siblingAtColumn(2))) == sum(
        achieved.get(a.uuid, 0) for p in plan.work_areas[0].programs for pj in p.projects for a in pj.activities
    )
    total = sum(int(model.data(model.index(r, 2))) for r in range(model.rowCount()))
    assert total == sum(achieved.values()) > 0
    # 'Upon request' activities say so instead of a number.
    direct = model.index(0, 0, model.index(0, 0, model.index(1, 0, model.index(4, 0))))
    assert model.data(direct.siblingAtColumn(1)) == "Upon request"
