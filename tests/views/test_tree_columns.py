"""The work-plan tree in a narrow pane: every name stays readable, an activity's too, and the tree
scrolls sideways to the figures, rather than every name squeezed to a letter and an ellipsis; with
room again the names stretch to fill the pane, in this run and the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView

from cicte_desktop.app import build_main_window
from cicte_desktop.qtmodels.workplan_tree import WorkPlanTreeModel
from cicte_desktop.views import theme, window_state
from cicte_desktop.views.main_window import NAMES_FLOOR_CHARS

TITLE = WorkPlanTreeModel.COLUMN_TITLE


def _window(path: Path, qtbot, tree: int | None = None):  # noqa: ANN001, ANN202
    main = build_main_window(path)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.plan_view.expandAll()
    if tree is not None:
        _give_tree(main, tree)
    return main


@pytest.fixture
def window(db_path: Path, qtbot):
    main = _window(db_path, qtbot)
    yield main
    main.database.close()


def _give_tree(window, width: int) -> None:  # noqa: ANN001
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([width, total - width])


def _an_activity(window):  # noqa: ANN001, ANN202 - the first activity: the deepest row, its name indented most
    model = window.plan_model
    index = model.index(0, TITLE)
    while model.rowCount(index):
        index = model.index(0, TITLE, index)
    assert model.item(index).kind == "activity"
    return index


def _name_room(window) -> int:  # noqa: ANN001 - what an activity's name has, past its indent
    return window.plan_view.visualRect(_an_activity(window)).width()


def _twenty_characters(window) -> int:  # noqa: ANN001
    return NAMES_FLOOR_CHARS * window.plan_view.fontMetrics().averageCharWidth()


def _filled(window) -> bool:  # noqa: ANN001 - the names stretch: no sideways scrolling, the row filled
    view = window.plan_view
    return view.horizontalScrollBar().maximum() == 0 and abs(view.header().length() - view.viewport().width()) <= 1


def test_a_narrow_pane_keeps_every_name_readable_and_scrolls_sideways_to_the_figures(window, qtbot) -> None:
    view = window.plan_view
    _give_tree(window, 300)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)  # the figures a scroll away
    assert view.width() <= 310
    assert _name_room(window) >= _twenty_characters(window)  # an activity's name, not "Tr..."


def test_with_room_again_the_names_stretch_to_fill_the_pane(window, qtbot) -> None:
    view = window.plan_view
    _give_tree(window, 300)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    _give_tree(window, 900)
    qtbot.waitUntil(lambda: _filled(window))
    assert view.header().sectionSize(TITLE) > 900 // 2


def test_a_name_column_widened_by_hand_keeps_its_width_and_cannot_be_squeezed(window, qtbot) -> None:
    header = window.plan_view.header()
    _give_tree(window, 300)
    qtbot.waitUntil(lambda: header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Interactive)
    floor = header.sectionSize(TITLE)
    header.resizeSection(TITLE, floor + 120)  # as a drag of its edge does
    window.resize(1366, 700)  # the pane shorter: a resize that must not undo the width
    qtbot.waitUntil(lambda: window.plan_view.height() < 600)
    assert header.sectionSize(TITLE) == floor + 120
    header.resizeSection(TITLE, 60)  # dragged narrower than reads
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) == floor)


def test_a_narrow_tree_kept_from_an_earlier_run_stretches_again_in_a_wide_pane(db_path: Path, qtbot) -> None:
    first = _window(db_path, qtbot, tree=300)
    qtbot.waitUntil(lambda: first.plan_view.horizontalScrollBar().maximum() > 0)
    window_state.save(first)  # as closing the window does: the narrow tree's header kept
    first.database.close()
    first.close()
    second = _window(db_path, qtbot, tree=900)
    try:
        qtbot.waitUntil(lambda: _filled(second))
    finally:
        second.database.close()


def test_bigger_text_keeps_twenty_characters_of_every_name(window, qtbot) -> None:
    _give_tree(window, 300)
    qtbot.waitUntil(lambda: window.plan_view.horizontalScrollBar().maximum() > 0)
    before = window.plan_view.header().sectionSize(TITLE)
    try:
        theme.apply_text_scale(1.5)  # View > Bigger Text, twice and more
        qtbot.waitUntil(lambda: window.plan_view.header().sectionSize(TITLE) > before)
        assert _name_room(window) >= _twenty_characters(window)
    finally:
        theme.apply_text_scale(1.0)


def test_a_tree_taken_apart_is_left_alone(qtbot) -> None:
    """A resize or a section's change reported while the window is being destroyed (at exit)
    must not raise into the exception hook's "Unexpected error" dialog."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTreeView
    from shiboken6 import delete

    from cicte_desktop.views.header_fit import StretchFloor

    view = QTreeView()
    model = QStandardItemModel(0, 3, view)
    view.setModel(model)
    floor = StretchFloor(view, view.header(), 0, lambda: 100)
    delete(view)  # the view, its header and the floor's own Qt object gone
    floor.apply()  # nothing raised
    floor._resized(0, 100, 40)  # the names column narrowed, as reported by a dying header
    floor._resized(1, 100, 40)  # another column
