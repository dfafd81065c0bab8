"""Windows and dialogs that fit the screen they open on, down to a 1024x600 netbook.

A dialog asks for the size it would like; it gets that, or the screen's available area (without
taskbars) less room for its frame, whichever is smaller. Long content scrolls inside the dialog,
so its buttons and messages stay in sight whatever the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

# Room for the title bar and borders the window manager adds around a window.
FRAME = QSize(24, 40)


def screen_of(widget: QWidget) -> QScreen:
    parent = widget.parentWidget()
    screen = parent.screen() if parent is not None else widget.screen()
    return screen or QGuiApplication.primaryScreen()


def available_size(widget: QWidget) -> QSize:
    """The largest size ``widget`` (a top-level window) may take, frame included, on its screen."""
    return screen_of(widget).availableGeometry().size() - FRAME


def fit_to_screen(widget: QWidget, width: int, height: int = 0) -> None:
    """Resize ``widget`` to ``width`` x ``height`` (0: its size hint's), never beyond its screen."""
    wanted = QSize(width or widget.sizeHint().width(), height or widget.sizeHint().height())
    widget.resize(wanted.boundedTo(available_size(widget)))


def inner_area(available: QRect) -> QRect:
    """Where a window's own rectangle (frame excluded) may lie in ``available``: the title bar
    above it and the borders around it must be on the screen too."""
    side = FRAME.width() // 2
    return available.adjusted(side, FRAME.height() - side, -side, -side)


def clamp_to_screen(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` made no larger than ``available`` and moved inside it."""
    size = geometry.size().boundedTo(available.size())
    left = min(max(geometry.left(), available.left()), available.right() + 1 - size.width())
    top = min(max(geometry.top(), available.top()), available.bottom() + 1 - size.height())
    return QRect(left, top, size.width(), size.height())


def scrolling(content: QWidget, parent: QObject | None = None) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls vertically when the dialog is short."""
    area = QScrollArea(parent)  # type: ignore[arg-type]
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area


class ShrinkingArea(QScrollArea):
    """``content`` as high as it needs at the width it is given, while the window has the room;
    on a short screen it gives way first (down to a few lines) and scrolls, so that what lies
    below it (a list of records) keeps its rows in sight."""

    def __init__(self, content: QWidget, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self._width = -1
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setWidget(content)

    def _content_height(self) -> int:
        content = self.widget()
        if self.isVisible():
            width = self.viewport().width()
        else:  # not laid out yet: about the width of the window it is in
            width = max(content.sizeHint().width(), self.window().width() - 40 if self.window() is not self else 0)
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.widget().sizeHint().width(), self._content_height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        lines = self._lines * self.fontMetrics().lineSpacing()
        return QSize(self.widget().minimumSizeHint().width(), min(lines, self.sizeHint().height()))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != self._width:  # wrapped text is higher or lower at a new width
            self._width = event.size().width()
            self.updateGeometry()


class FlowLayout(QLayout):
    """Items left to right, wrapping onto a further row when the width runs out (a bar of
    filters on a 1024-pixel screen, in a language with long words). An item added with
    ``add_widget(w, last=True)`` goes to the right end of the last row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._last: QLayoutItem | None = None
        self._spacing = spacing

    def add_widget(self, widget: QWidget, last: bool = False) -> None:
        self.addWidget(widget)
        if last:
            self._last = self._items[-1]

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        if item is self._last:
            self._last = None
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(len(self._items) - 1, 0)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        margins = self.contentsMargins()
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            width = item.sizeHint().width()
            if rows[-1] and used + self._spacing + width > area.width():
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + width
            rows[-1].append(item)
        y = area.top()
        for row in rows:
            height = max((i.sizeHint().height() for i in row), default=0)
            x = area.left()
            for item in row:
                size = item.sizeHint()
                if item is self._last:
                    x = max(x, area.right() + 1 - size.width())
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.top() + margins.top() + margins.bottom()


class WheelScrollsForm(QObject):
    """The mouse wheel over a scrolling form scrolls the form. A list, spin box, combo box or
    text box inside it takes the wheel only once the user has clicked or tabbed into it: passing
    over one must neither change a value nor stop the form from scrolling."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._watched: dict[QObject, QWidget] = {}  # the object the wheel reaches -> the field
        content = area.widget() if isinstance(area, QScrollArea) else None
        if content is None:
            return
        for field in content.findChildren(QWidget):
            if isinstance(field, (QAbstractSpinBox, QComboBox)):
                self._watch(field, field)
            elif isinstance(field, QAbstractScrollArea):
                self._watch(field.viewport(), field)
                self._watch(field, field)

    def _watch(self, target: QWidget, field: QWidget) -> None:
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives no focus
        self._watched[target] = field
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Wheel:
            return False
        field = self._watched.get(watched)
        if field is None or field.hasFocus() or self._inside_focus(field):
            return False  # the field the user is in: it scrolls, or changes its value, itself
        QCoreApplication.sendEvent(self._area.verticalScrollBar(), event)
        return True

    @staticmethod
    def _inside_focus(field: QWidget) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and field.isAncestorOf(focus)
