"""Item models: consistent for Qt's model tester; the PySide6 version survives large models."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt

from cicte_desktop.qtmodels.event_table import EventTableModel
from cicte_desktop.qtmodels.workplan_tree import WorkPlanTreeModel
from cicte_desktop.services import event_search, figures, workplan

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


def _progress(db):
    plan = workplan.get_work_plan(db)
    per_activity = figures.activity_figures(db, figures.EventFilter.for_year(2016))
    return plan, figures.roll_up(plan, per_activity, 1.0)


def test_work_plan_tree_model_passes_the_model_tester(db, qtmodeltester) -> None:
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, 500, seed=3)
    plan, progress = _progress(db)
    model = WorkPlanTreeModel()
    model.set_plan(plan, progress)
    qtmodeltester.check(model)
    model.set_plan(plan, progress, event_search.search(db, "maritime", figures.EventFilter.for_year(2016)))
    assert 0 < model.rowCount() < 5
    qtmodeltester.check(model)
    model.set_progress(figures.roll_up(plan, {}, 1.0))
    qtmodeltester.check(model)
    model.set_plan(None)
    qtmodeltester.check(model)


def test_event_table_model_passes_the_model_tester_and_pages(db, qtmodeltester) -> None:
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, 1500, seed=4)
    event_filter = figures.EventFilter()
    calls = []

    def load(order, descending, offset, limit):
        calls.append((order, descending, offset, limit))
        return event_search.events(db, event_filter, None, None, order, descending, offset, limit)

    model = EventTableModel()
    model.set_loader(load)
    assert model.rowCount() == EventTableModel.PAGE and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1500
    uuids = {model.data(model.index(r, 0), EventTableModel.UuidRole) for r in range(1500)}
    assert len(uuids) == 1500  # pages neither overlap nor skip
    before = len(calls)
    model.sort(EventTableModel.COLUMN_TITLE, Qt.SortOrder.AscendingOrder)
    assert calls[before] == ("title", False, 0, EventTableModel.PAGE)  # sorting starts again, in SQL
    titles = [model.data(model.index(r, EventTableModel.COLUMN_TITLE)) for r in range(model.rowCount())]
    assert titles == sorted(titles)
    model.set_loader(None)  # the tester attached above has watched every change since
    assert model.rowCount() == 0


def test_tree_rows_and_roll_ups(db) -> None:
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, 2000, seed=5)
    plan, progress = _progress(db)
    model = WorkPlanTreeModel()
    model.set_plan(plan, progress)
    assert model.rowCount() == 5
    area = model.index(0, 0)
    assert model.data(area) == "1. Border Controls"
    activity = model.index(0, 0, model.index(1, 0, model.index(0, 0, area)))
    assert model.data(activity) == "3 Exercises"
    assert model.data(activity.siblingAtColumn(WorkPlanTreeModel.COLUMN_TARGET)) == "3 Exercises"
    assert model.data(activity, WorkPlanTreeModel.KindRole) == "activity"
    # Parents roll up what is below them.
    total = sum(int(model.data(model.index(r, WorkPlanTreeModel.COLUMN_ACHIEVED))) for r in range(model.rowCount()))
    per_activity = figures.activity_figures(db, figures.EventFilter.for_year(2016))
    assert total == sum(f.achieved for f in per_activity.values()) > 0
    events = sum(int(model.data(model.index(r, WorkPlanTreeModel.COLUMN_EVENTS))) for r in range(model.rowCount()))
    assert events == sum(f.events for f in per_activity.values())


def test_tree_cells_show_new_figures_and_new_searches(db) -> None:
    """Cell texts are kept between paints: new figures or a new search must still show."""
    from cicte_desktop.services.demo import add_demo_events

    add_demo_events(db, 800, seed=6)
    plan, progress = _progress(db)
    model = WorkPlanTreeModel()
    model.set_plan(plan, progress)
    area = model.index(0, WorkPlanTreeModel.COLUMN_EVENTS)
    events = model.data(area)
    assert events not in (None, "", "0")
    model.set_progress(figures.roll_up(plan, {}, 1.0))  # filters that keep no event
    assert model.data(area) == "0"
    model.set_plan(plan, progress)
    assert model.data(model.index(0, WorkPlanTreeModel.COLUMN_EVENTS)) == events
    titles = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    model.set_plan(plan, progress, event_search.search(db, "cyber", figures.EventFilter.for_year(2016)))
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown == [model.item(model.index(row, 0)).label for row in range(model.rowCount())]
    assert 0 < len(shown) < len(titles)  # another tree, its own titles
