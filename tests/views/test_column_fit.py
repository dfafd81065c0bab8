"""Table columns fitted to their headings and the view's width, and kept where the user puts them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from cicte_desktop.views.header_fit import WIDEST, ColumnFit, section_heading_width

TITLE, DATE, STATUS = 0, 1, 2


@pytest.fixture
def table(qtbot):
    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Title", "Date", "Status"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    fit = ColumnFit(view, stretch={TITLE: 1})
    return view, fit


def widths(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(column) for column in range(header.count())]


def fills(view: QTableView) -> bool:
    return abs(sum(widths(view)) - view.viewport().width()) <= 2


def test_columns_fill_the_width_the_title_taking_what_the_headings_leave(table, qtbot) -> None:
    view, _fit = table
    header = view.horizontalHeader()
    assert fills(view)
    assert widths(view)[DATE] == section_heading_width(header, DATE)
    view.resize(900, 300)
    qtbot.waitUntil(lambda: fills(view))
    assert widths(view)[DATE] == section_heading_width(header, DATE)  # the title took the new room


def test_a_column_the_user_sizes_keeps_its_width_and_the_others_fit_around_it(table, qtbot) -> None:
    view, fit = table
    header = view.horizontalHeader()
    header.resizeSection(DATE, 180)  # as dragging its edge does
    assert fit.held == {DATE: 180}
    assert widths(view)[DATE] == 180 and fills(view)  # the title gave up the difference
    view.resize(950, 300)  # a wider window, a moved splitter: the user's width stays
    qtbot.waitUntil(lambda: fills(view))
    assert widths(view)[DATE] == 180
    view.resize(600, 300)
    qtbot.waitUntil(lambda: fills(view))
    assert widths(view)[DATE] == 180


def test_fit_columns_to_width_hands_the_columns_back(table, qtbot) -> None:
    view, fit = table
    header = view.horizontalHeader()
    header.resizeSection(STATUS, 250)
    assert fit.fit_action in header.actions()  # the header's context menu
    fit.fit_action.trigger()
    assert fit.held == {}
    assert widths(view)[STATUS] == section_heading_width(header, STATUS) and fills(view)


def test_a_restored_header_is_not_taken_for_the_users_widths(table, qtbot) -> None:
    view, fit = table
    header = view.horizontalHeader()
    header.resizeSection(DATE, 200)
    state = header.saveState()
    fit.release()
    assert fit.restore_state(state)
    assert widths(view)[DATE] == section_heading_width(header, DATE)  # fitted, not the saved 200
    header.resizeSection(STATUS, 120)  # the user's sizing is still seen after a restore
    assert fit.held == {STATUS: 120}


def test_widths_kept_from_an_earlier_run_are_held_within_bounds(table) -> None:
    view, fit = table
    fit.hold({DATE: 160, 9: 50, STATUS: 0})  # a column that no longer exists, a zero width: left out
    assert fit.held == {DATE: 160} and widths(view)[DATE] == 160 and fills(view)
    fit.hold({DATE: 99_999_999, STATUS: 1})  # a damaged setting squeezes nothing off the screen
    assert fit.held == {DATE: WIDEST, STATUS: view.horizontalHeader().minimumSectionSize()}


def test_with_the_stretching_column_sized_by_the_user_the_last_fitted_column_fills_the_row(table, qtbot) -> None:
    view, fit = table
    header = view.horizontalHeader()
    header.resizeSection(TITLE, 200)  # narrower than it was: the title is the one column that stretches
    assert widths(view)[TITLE] == 200 and fills(view)  # the status column took the difference
    assert widths(view)[STATUS] > section_heading_width(header, STATUS)
    view.resize(900, 300)
    qtbot.waitUntil(lambda: fills(view))
    assert widths(view)[TITLE] == 200
