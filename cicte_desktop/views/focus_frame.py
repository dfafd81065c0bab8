"""Where the keyboard is: a frame drawn around the control in focus, whatever the system style
draws (some draw nothing on a focused button or list). One frame for the application follows the
focus from control to control; its look is the style sheet's (role ``focus``).

Qt's own QFocusFrame is not used: under styles that draw it beside the widget it becomes a child
of the widget's parent, and in a splitter that makes it a pane of the splitter."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QToolBar, QWidget

from cicte_desktop.views.roles import set_role

MARGIN = 3  # pixels of the frame outside the control


def frame_parent(widget: QWidget) -> QWidget:
    """Where the frame is drawn: the viewport of the scroll area the control is in (the frame
    scrolls and is clipped with it), else its toolbar or window."""
    previous, parent = widget, widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return previous
        if isinstance(parent, QToolBar):
            return parent
        previous, parent = parent, parent.parentWidget()
    return parent if parent is not None else widget.window()


class FocusFollower(QObject):
    """Moves the application's focus frame to each control that takes the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusFollower")
        self.frame: QFrame | None = None
        self.target: QWidget | None = None
        self.watched: list[QWidget] = []
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        with contextlib.suppress(RuntimeError):  # a widget deleted meanwhile
            self._unwatch()
            if new is None or new.isWindow() or new.focusPolicy() == Qt.FocusPolicy.NoFocus:
                if self.frame is not None:
                    self.frame.hide()
                return
            frame = self._frame()
            frame.setParent(frame_parent(new))
            self.target = new
            widget: QWidget | None = new
            while widget is not None and widget is not frame.parentWidget():  # it moves when they do
                widget.installEventFilter(self)
                self.watched.append(widget)
                widget = widget.parentWidget()
            self._place()

    def _frame(self) -> QFrame:
        if self.frame is None:
            frame = self.frame = QFrame()
            frame.setObjectName("focusFrame")
            frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            set_role(frame, "focus")
            frame.destroyed.connect(self._forget)
        return self.frame

    def _place(self) -> None:
        frame, target = self.frame, self.target
        if frame is None or target is None:
            return
        if not target.isVisible():
            frame.hide()
            return
        origin = target.mapTo(frame.parentWidget(), QPoint(0, 0))
        frame.setGeometry(QRect(origin, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        frame.show()
        frame.raise_()

    def _unwatch(self) -> None:
        for widget in self.watched:
            with contextlib.suppress(RuntimeError):
                widget.removeEventFilter(self)
        self.watched = []
        self.target = None

    def _forget(self) -> None:
        self.frame = None
        self.target = None
        self.watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            with contextlib.suppress(RuntimeError):
                self._place()
        return False


def follow_focus() -> None:
    """Frame the focused control from now on (once per application)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.findChild(QObject, "focusFollower") is None:
        follower = FocusFollower(app)
        if app.focusWidget() is not None:  # focused before (a window completed after its first paint)
            follower._moved(None, app.focusWidget())
