"""The work-plan tree in a narrow pane: the names stay readable and the tree scrolls sideways to
the figures, rather than every name squeezed to a letter and an ellipsis; with room again they
stretch to fill the pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView

from cicte_desktop.app import build_main_window
from cicte_desktop.qtmodels.workplan_tree import WorkPlanTreeModel
from cicte_desktop.views.main_window import NAMES_FLOOR_CHARS

TITLE = WorkPlanTreeModel.COLUMN_TITLE


@pytest.fixture
def window(db_path: Path, qtbot):
    main = build_main_window(db_path)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.database.close()


def _give_tree(window, width: int) -> None:  # noqa: ANN001
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([width, total - width])


def _readable(window) -> int:  # noqa: ANN001 - twenty average characters of a name, beside its indent
    view = window.plan_view
    return NAMES_FLOOR_CHARS * view.fontMetrics().averageCharWidth()


def test_a_narrow_pane_keeps_the_names_readable_and_scrolls_sideways_to_the_figures(window, qtbot) -> None:
    view, header = window.plan_view, window.plan_view.header()
    _give_tree(window, 300)
    qtbot.waitUntil(lambda: view.width() <= 310)
    assert header.sectionSize(TITLE) >= _readable(window)
    assert view.horizontalScrollBar().maximum() > 0  # the figures are a scroll away, not squeezed
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    events = WorkPlanTreeModel.COLUMN_EVENTS
    assert header.sectionViewportPosition(events) + header.sectionSize(events) <= view.viewport().width()


def test_with_room_again_the_names_stretch_to_fill_the_pane(window, qtbot) -> None:
    view, header = window.plan_view, window.plan_view.header()
    _give_tree(window, 300)
    qtbot.waitUntil(lambda: header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Interactive)
    _give_tree(window, 900)
    qtbot.waitUntil(lambda: header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Stretch)
    assert header.sectionSize(TITLE) > 900 // 2
    assert view.horizontalScrollBar().maximum() == 0
    assert abs(header.length() - view.viewport().width()) <= 1  # the row filled, as before


def test_a_squeezed_tree_kept_from_an_earlier_run_is_put_right(window, qtbot) -> None:
    header = window.plan_view.header()
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)  # as an older version saved it
    header.resizeSection(TITLE, 40)
    kept = header.saveState()
    header.restoreState(kept)
    _give_tree(window, 320)
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) >= _readable(window))


def test_bigger_text_keeps_more_of_the_names(window, qtbot) -> None:
    view, header = window.plan_view, window.plan_view.header()
    _give_tree(window, 300)
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) >= _readable(window))
    before = header.sectionSize(TITLE)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) >= _readable(window))
    assert header.sectionSize(TITLE) > before
