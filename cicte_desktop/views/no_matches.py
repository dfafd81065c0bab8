"""What the work-plan tree shows when a search finds nothing: what was searched, what to try, and
a button that clears the search (rather than an empty tree that looks broken)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QVBoxLayout, QWidget

from cicte_desktop.views.theme import set_relative_font


class NoMatches(QWidget):
    """Laid over a view's viewport (and kept to its size) while a search has no match."""

    clear_requested = Signal()

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view.viewport())
        self.setObjectName("noMatches")
        self.setAutoFillBackground(True)
        self._built = False
        view.viewport().installEventFilter(self)
        self.hide()

    def _build(self) -> None:
        """The message, the hint and the button: made the first time a search finds nothing
        (not before the window's first paint, which they would cost some 5 ms)."""
        self.message = QLabel()
        self.message.setObjectName("noMatchesMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        set_relative_font(self.message, 1.15)
        self.hint = QLabel()
        self.hint.setObjectName("noMatchesHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton(self.tr("Clear Search (Esc)"))
        self.clear_button.setObjectName("clearSearchButton")
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_for(self, message: str, hint: str) -> None:
        if not self._built:
            self._build()
            self._built = True
        self.message.setText(message)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)
