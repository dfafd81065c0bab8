"""``benchmarks/run.py dashboard``: the window's dashboard on a database of ``events`` events.

- ``dashboard_ms``: the figures of the whole dashboard (``build_dashboard``, and the tree's that it
  shares) plus a paint of all of it (every chart and the map, scrolled into view or not), as
  after an event is saved;
  ``dashboard_first_ms`` the same the first time, map outlines not yet cached (one sample).
- ``filter_ms``: a click on a member state on the map until the window (tree figures and
  dashboard, both under the new filter, the dashboard's built in its thread) has painted again;
  every other click clears the filter.
- ``map_paint_ms``: one paint of the map alone. ``bare_map_paint_ms``: a plain QPainter filling
  the same 35 outlines (already built) into an image of the same size: what drawing alone costs.
- ``bare_counts_ms``: the two plain ``GROUP BY`` counts a dashboard needs at the least (events by
  month, events by member state) with sqlite3 alone, for the ratio ``figures_ratio``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench_common import demo_file, shown_window

MS = 1000.0


def _bare_counts(path: Path, year: int) -> float:
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    conn.execute("SELECT substr(start_date, 1, 7), status, count(*) FROM event WHERE NOT deleted AND start_date "
                 "BETWEEN ? AND ? GROUP BY 1, 2", (f"{year}-01-01", f"{year}-12-31")).fetchall()
    conn.execute("SELECT l.member_state_uuid, count(*) FROM event e JOIN event_member_state l ON l.event_uuid = e.uuid "
                 "AND NOT l.deleted WHERE NOT e.deleted AND e.start_date BETWEEN ? AND ? GROUP BY 1",
                 (f"{year}-01-01", f"{year}-12-31")).fetchall()
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def measure(path: Path, repeat: int) -> list[tuple[str, float]]:
    from PySide6.QtCore import QEventLoop, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cicte_desktop.views.charts import map_painter

    app, window = shown_window(path)
    controller, view = window.dashboards, window.dashboard
    controller.show_dashboard()

    loop = QEventLoop()
    controller.built.connect(loop.quit, Qt.ConnectionType.QueuedConnection)  # after the charts are shown

    def built() -> None:  # the charts come from a thread of their own: the event loop runs until shown
        QApplication.processEvents()
        while controller.building:
            loop.exec()

    built()
    content = view.widget()
    canvas = view.map.canvas

    def whole() -> float:
        started = time.perf_counter()
        window.browse.refresh_figures()  # as after a save: the tree's figures and the dashboard's, all read
        built()
        content.grab()  # every chart painted, in view or not
        return time.perf_counter() - started

    first = whole()
    runs = max(repeat, 7)
    dashboard_times = [whole() for _ in range(runs)]

    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    map_times = []
    for _ in range(runs * 3):
        image.fill(QColor("white"))
        started = time.perf_counter()
        canvas.render(image)
        map_times.append(time.perf_counter() - started)

    layout = canvas.layout_()
    assert layout is not None, "the dashboard shows no map"
    paths = list(map_painter.map_paths(canvas.geometry_, layout).values())
    bare_times = []
    for _ in range(runs * 3):
        image.fill(QColor("white"))
        started = time.perf_counter()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#ffffff"))
        for path_ in paths:
            painter.fillPath(path_, QColor("#4a90c2"))
            painter.drawPath(path_)
        painter.end()
        bare_times.append(time.perf_counter() - started)

    filter_times = []
    states = ("JAM", "BRA", "MEX", "TTO", "CAN", "BRB", "ARG", "USA")
    for iso3 in states:
        for _again in (0, 1):  # pick the state, then click it again to clear the filter
            point: QPointF = canvas.point_of(iso3)
            started = time.perf_counter()
            QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
            built()
            QApplication.processEvents()
            window.repaint()
            filter_times.append(time.perf_counter() - started)
        assert window.filter_bar.event_filter().member_state is None
    counts = [_bare_counts(path, window.plan.year) for _ in range(runs)]
    window.close()
    window.database.close()
    del QRectF
    dashboard_ms = statistics.median(dashboard_times) * MS
    bare_ms = statistics.median(counts) * MS
    map_ms = statistics.median(map_times) * MS
    bare_map_ms = statistics.median(bare_times) * MS
    return [
        ("dashboard_ms", dashboard_ms), ("dashboard_first_ms", first * MS),
        ("bare_counts_ms", bare_ms), ("figures_ratio", dashboard_ms / bare_ms),
        ("filter_ms", statistics.median(filter_times) * MS), ("filter_worst_ms", max(filter_times) * MS),
        ("map_paint_ms", map_ms), ("bare_map_paint_ms", bare_map_ms), ("map_paint_ratio", map_ms / bare_map_ms),
    ]


def bench_dashboard(events: int, repeat: int) -> list[tuple[str, float]]:
    """The dashboard on ``events`` events: figures and paint, a click on the map, the map's paint."""
    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    os.environ.update({"CICTE_DATA_DIR": str(work / "data"), "XDG_CONFIG_HOME": str(work / "config"),
                       "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")})
    try:
        return [("events", events), *measure(demo_file(work / "events.sqlite", events), repeat)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
