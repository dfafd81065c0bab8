"""One chart of the dashboard: its title, the chart drawn by ``painter.py`` (or the same numbers as a
table), and saving it as a PNG or SVG image. ``MapView`` adds pointing at a member state."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.files import atomic_target
from cicte_desktop.qtmodels.chart_table import ChartTableModel
from cicte_desktop.services.charts import BarChart, Chart, MapChart
from cicte_desktop.services.member_state_map import MemberStateMap
from cicte_desktop.services.member_state_names import sorting_name
from cicte_desktop.text_fold import fold
from cicte_desktop.views import messages
from cicte_desktop.views.charts import map_painter as map_draw
from cicte_desktop.views.charts import painter as draw


class HeightForWidth(QWidget):
    """A canvas as tall as its width asks for, also in a scroll area (which gives its contents their
    minimum height only): the minimum height follows the width."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def fit_height(self) -> None:
        height = self.heightForWidth(self.width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_height()


class ChartCanvas(HeightForWidth):
    """The bars of a ``BarChart``, as tall as its rows need for the width it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: BarChart | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_chart(self, chart: BarChart | None) -> None:
        self.chart = chart
        self.fit_height()
        self.updateGeometry()
        self.update()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        if self.chart is None:
            return 0
        return int(draw.bar_chart_height(QFontMetricsF(self.font()), self.chart, width)) + 4

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 60)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(int(QFontMetricsF(self.font()).averageCharWidth() * 30), self.heightForWidth(300))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.chart is None:
            return
        painter = QPainter(self)
        draw.paint_chart(painter, QRectF(self.rect()), self.chart)
        painter.end()


class MapCanvas(HeightForWidth):
    """The member states: hover says a state's figure, a click or Enter picks it. For those who do
    not point, the map is one stop of the Tab chain, as a list is: the arrow keys go from state to
    state by name, Home and End to the first and last, a letter to the next state it begins; Tab
    goes on to the next control, and coming back finds the state left."""

    state_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: MapChart | None = None
        self.geometry_: MemberStateMap | None = None
        self.hovered: str | None = None
        self.focused: str | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_chart(self, chart: MapChart | None, geometry: MemberStateMap | None) -> None:
        self.chart, self.geometry_ = chart, geometry
        if geometry is None or self.focused not in geometry.states:
            self.focused = None
        self.fit_height()
        self.updateGeometry()
        self.update()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        if self.geometry_ is None:
            return 200
        metrics = QFontMetricsF(self.font())
        legend = metrics.height() * 1.4 * (len(self.chart.bins) + 1 if self.chart else 1)
        natural = width * self.geometry_.height / self.geometry_.width + legend + 8
        # Not taller than a screenful: on a wide pane the legend goes beside a smaller map.
        return int(min(natural, metrics.height() * 40))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = int(QFontMetricsF(self.font()).averageCharWidth() * 60)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(240, 260)

    def layout_(self) -> map_draw.MapLayout | None:
        if self.chart is None or self.geometry_ is None:
            return None
        return map_draw.map_layout(QFontMetricsF(self.font(), self), QRectF(self.rect()), self.chart, self.geometry_)

    def state_at(self, point: QPointF) -> str | None:
        layout = self.layout_()
        return map_draw.state_at(self.geometry_, layout, point) if layout is not None and self.geometry_ else None

    def point_of(self, iso3: str) -> QPointF:
        """A whole pixel where pointing finds ``iso3``: its marker, else the middle of its shape, else
        the first point of a grid over its box that lands on it (tests, the keyboard's tooltip)."""
        layout = self.layout_()
        shape = self.geometry_.states[iso3]  # type: ignore[union-attr]
        x, y, w, h = shape.bounds()
        steps = 12
        candidates = [(0.5, 0.5), *((i / steps, j / steps) for j in range(1, steps) for i in range(1, steps))]
        points = [shape.marker] if shape.marker is not None else []
        points += [(x + w * fx, y + h * fy) for fx, fy in candidates]
        for point in points:
            device = QPointF(layout.to_device(*point).toPoint())  # type: ignore[union-attr]
            if self.state_at(device) == iso3:
                return device
        return layout.to_device(x + w / 2, y + h / 2)  # type: ignore[union-attr]

    def describe(self, iso3: str) -> str:
        """"Jamaica: 12 events"."""
        chart = self.chart
        if chart is None:
            return ""
        count = round(chart.values.get(iso3, 0))
        if chart.measure == "participants":
            text = self.tr("{state}: %Ln participant(s)", "", count)
        else:
            text = self.tr("{state}: %Ln event(s)", "", count)
        return text.format(state=chart.names.get(iso3, iso3))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.chart is None or self.geometry_ is None:
            return
        painter = QPainter(self)
        highlighted = self.hovered or (self.focused if self.hasFocus() else None)
        draw.paint_chart(painter, QRectF(self.rect()), self.chart, self.geometry_, hovered=highlighted)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        iso3 = self.state_at(event.position())
        if iso3 != self.hovered:
            self.hovered = iso3
            self.setToolTip(self.describe(iso3) if iso3 else "")
            self.setCursor(Qt.CursorShape.PointingHandCursor if iso3 else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
        if self.hovered is not None:
            self.hovered = None
            self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        iso3 = self.state_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if iso3 is not None:
            self.focused = iso3
            self.state_clicked.emit(iso3)
            return
        super().mousePressEvent(event)

    # --- the keyboard ---------------------------------------------------------------------

    def _order(self) -> list[str]:
        if self.chart is None or self.geometry_ is None:
            return []
        names = self.chart.names
        return sorted(self.geometry_.states, key=lambda iso3: fold(sorting_name(names.get(iso3, iso3))))

    def _move(self, step: int) -> None:
        """To the next (previous) state, staying at the last (first)."""
        order = self._order()
        if not order:
            return
        if self.focused not in order:
            index = 0 if step > 0 else len(order) - 1
        else:
            index = min(max(order.index(self.focused) + step, 0), len(order) - 1)
        self._focus_state(order[index])

    def _jump(self, letters: str) -> bool:
        """To the next state whose name begins with ``letters`` (accents aside), after the one with
        focus and round again: pressing "B" again goes from Barbados to Belize, to Bolivia."""
        order = self._order()
        names = self.chart.names if self.chart is not None else {}
        wanted = fold(letters)
        if not order or not wanted:
            return False
        start = order.index(self.focused) + 1 if self.focused in order else 0
        for iso3 in order[start:] + order[:start]:
            if fold(sorting_name(names.get(iso3, iso3))).startswith(wanted):
                self._focus_state(iso3)
                return True
        return False

    def _focus_state(self, iso3: str) -> None:
        self.focused = iso3
        text = self.describe(iso3)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        order = self._order()
        if order:
            if self.focused not in order:  # first visit: the state picked, else the first by name
                selected = self.chart.selected if self.chart is not None else None
                self.focused = selected if selected in order else order[0]
            self._focus_state(self.focused)  # type: ignore[arg-type]
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move(-1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._order():
            self._focus_state(self._order()[0 if key == Qt.Key.Key_Home else -1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focused:
            self.state_clicked.emit(self.focused)
        elif not (text and text.isalpha() and self._jump(text)):
            super().keyPressEvent(event)


def _file_name(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip()[:80] or "chart"


class ChartView(QWidget):
    """A chart with its title, a toggle to read it as a table, and saving it as an image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table_toggle = QToolButton()
        self.table_toggle.setObjectName("showAsTable")
        self.table_toggle.setText(self.tr("Show as table"))
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAutoRaise(True)
        self.table_toggle.toggled.connect(self._show_table)
        self.save_png_action = QAction(self.tr("Save as PNG…"), self)
        self.save_png_action.triggered.connect(lambda: self.choose_and_save("png"))
        self.save_svg_action = QAction(self.tr("Save as SVG…"), self)
        self.save_svg_action.triggered.connect(lambda: self.choose_and_save("svg"))
        self.save_button = QToolButton()
        self.save_button.setObjectName("saveChart")
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG or SVG image"))
        self.save_button.setAutoRaise(True)
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.save_button)
        menu.addAction(self.save_png_action)
        menu.addAction(self.save_svg_action)
        self.save_button.setMenu(menu)

        self.canvas = self._make_canvas()
        self.table_model = ChartTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("chartTable")
        self.table.setModel(self.table_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.hide()
        # The chart or the table, one hidden (a stacked widget would keep the taller one's height).
        self.stack = QWidget()
        pages = QVBoxLayout(self.stack)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.canvas)
        pages.addWidget(self.table)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.table_toggle, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

    def _make_canvas(self) -> QWidget:
        return ChartCanvas()

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.title.setText(chart.title if chart else "")
        self.setAccessibleName(chart.title if chart else "")
        self.setAccessibleDescription(chart.description if chart else "")
        self.canvas.setAccessibleName(chart.title if chart else "")
        self.canvas.setAccessibleDescription(chart.description if chart else "")
        self.canvas.set_chart(chart)  # type: ignore[attr-defined]
        self.table_model.set_chart(chart)
        self._fit_stack()

    def _show_table(self, shown: bool) -> None:
        self.table_toggle.setText(self.tr("Show as chart") if shown else self.tr("Show as table"))
        self.canvas.setVisible(not shown)
        self.table.setVisible(shown)
        self._fit_stack()

    def showing_table(self) -> bool:
        return not self.table.isHidden()

    def _fit_stack(self) -> None:
        """The table as tall as its rows (up to a screenful), the chart as its own height."""
        if self.showing_table():
            rows = self.table_model.rowCount()
            height = self.table.horizontalHeader().sizeHint().height() + self.table.verticalHeader(
            ).defaultSectionSize() * min(rows, 14) + 4
            self.table.setFixedHeight(height)
            header = self.table.horizontalHeader()
            if self.table_model.columnCount():
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names, elided when narrow
        self.stack.updateGeometry()

    # --- saving ---------------------------------------------------------------------------

    def _geometry(self) -> MemberStateMap | None:
        return None

    def image_size(self) -> QSize:
        """What a saved image measures: the chart as shown (at least a readable size), with its title."""
        width = max(self.canvas.width(), 640)
        height = self.canvas.heightForWidth(width - 20) + 10
        title = QFontMetricsF(self.font()).height() * 3
        return QSize(width, int(height + title))

    def _paint_to(self, device, size: QSize) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(device)
        painter.setFont(self.font())
        draw.paint_chart(painter, QRectF(0, 0, size.width(), size.height()), self.chart, self._geometry(),
                         title=True)
        painter.end()

    def save_png(self, target: Path) -> None:
        size = self.image_size()
        image = QImage(size, QImage.Format.Format_ARGB32)
        dots_per_metre = round(self.logicalDpiX() / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        self._paint_to(image, size)
        with atomic_target(target, prefix=".~") as partial:
            if not image.save(str(partial), "PNG"):
                raise OSError(self.tr("The image could not be written."))

    def save_svg(self, target: Path) -> None:
        from PySide6.QtSvg import QSvgGenerator  # only when saving

        size = self.image_size()
        with atomic_target(target, prefix=".~") as partial:
            generator = QSvgGenerator()
            generator.setFileName(str(partial))
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setResolution(self.logicalDpiX())
            generator.setTitle(self.chart.title if self.chart else "")
            generator.setDescription(self.chart.description if self.chart else "")
            self._paint_to(generator, size)

    def choose_and_save(self, kind: str) -> Path | None:
        """Ask where to save the chart as ``kind`` ("png" or "svg"), then save it there."""
        if self.chart is None:
            return None
        if kind == "png":
            caption, filter_text = self.tr("Save chart as PNG"), self.tr("PNG images (*.png)")
        else:
            caption, filter_text = self.tr("Save chart as SVG"), self.tr("SVG images (*.svg)")
        suggested = Path.home() / f"{_file_name(self.chart.title)}.{kind}"
        name, _filter = QFileDialog.getSaveFileName(self, caption, str(suggested), filter_text)
        if not name:
            return None
        target = Path(name) if name.lower().endswith(f".{kind}") else Path(f"{name}.{kind}")
        try:
            (self.save_png if kind == "png" else self.save_svg)(target)
        except OSError as exc:
            messages.show_error(self, self.tr("The chart was not saved"), str(exc))
            return None
        return target


class MapView(ChartView):
    """The map of the member states, with its table; a click on a state says which."""

    state_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_map: MemberStateMap | None = None
        self.canvas.state_clicked.connect(self.state_clicked)  # type: ignore[attr-defined]

    def _make_canvas(self) -> QWidget:
        return MapCanvas()

    def set_map(self, chart: MapChart | None, geometry: MemberStateMap | None) -> None:
        self.geometry_map = geometry
        self.canvas.set_chart(chart, geometry)  # type: ignore[attr-defined]
        self.chart = chart
        self.title.setText(chart.title if chart else "")
        for widget in (self, self.canvas):
            widget.setAccessibleName(chart.title if chart else "")
        self.setAccessibleDescription(chart.description if chart else "")
        self.table_model.set_chart(chart)
        self._fit_stack()

    def set_chart(self, chart: Chart | None) -> None:  # a map needs its shapes: set_map
        raise TypeError("MapView.set_map(chart, geometry)")

    def _geometry(self) -> MemberStateMap | None:
        return self.geometry_map

    def image_size(self) -> QSize:
        width = max(self.canvas.width(), 700)
        title = QFontMetricsF(self.font()).height() * 3
        return QSize(width, int(self.canvas.heightForWidth(width - 20) + 10 + title))
