"""A chart read as a table: the same rows and words as the description's own table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cicte_desktop.qtmodels.chart_table import ChartTableModel
from tests.views import dashboard_samples as samples


def test_chart_table_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ChartTableModel()
    qtmodeltester.check(model)
    model.set_chart(samples.progress_chart())
    qtmodeltester.check(model)
    model.set_chart(samples.map_chart())
    qtmodeltester.check(model)


def test_a_bar_chart_reads_as_one_row_per_category_with_its_notes_and_expected_mark(qapp) -> None:
    model = ChartTableModel()
    model.set_chart(samples.progress_chart())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Progress of the work plan"
    assert headers[1] == "Progress" and headers[-1] == "Expected by now"
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows[0][:3] == ["1. Border Controls", "67%", "on track"]
    assert rows[0][-1] == "50%"
    assert rows[3][-1] == "–"  # no expected mark where the plan expects nothing yet
    assert len(rows) == 5


def test_a_map_reads_as_one_row_per_member_state_by_name(qapp) -> None:
    model = ChartTableModel()
    model.set_chart(samples.map_chart("participants"))
    rows = [[model.data(model.index(r, c)) for c in range(2)] for r in range(model.rowCount())]
    assert rows == [["Barbados", "21"], ["Brazil", "0"], ["Grenada", "147"], ["Jamaica", "252"], ["Mexico", "63"]]
    model.set_chart(None)
    assert model.rowCount() == 0 and model.columnCount() == 0
