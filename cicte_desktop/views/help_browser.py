"""The user guide's window: the topics on the left, filtered by a search box, the topic on the
right with links between topics, Back and Forward. No network, no Qt Help module: the topics
are Markdown files shown by a QTextBrowser (``services/user_guide.py`` reads them). F1 opens it
(``views/help_launcher.py``), which imports this module only then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from cicte_desktop.services import user_guide
from cicte_desktop.views.screen_fit import fit_to_screen


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


class HelpWindow(QWidget):
    """The guide in ``language``: contents and search on the left, the topic on the right."""

    topic_shown = Signal(str)

    def __init__(self, language: str, shortcuts: Callable[[], list[tuple[str, str, str]]] = list,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.language = language
        self.shortcuts = shortcuts
        self.topic = ""
        self._back: list[str] = []
        self._forward: list[str] = []

        self.search = QLineEdit()
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._show_first_found)
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(self.tr("Topics"))
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for topic, title in user_guide.titles(language):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._picked)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("helpBack")
        self.back_button.setShortcut(QKeySequence.StandardKey.Back)
        self.back_button.clicked.connect(self.back)
        self.forward_button = QPushButton(self.tr("Forward"))
        self.forward_button.setObjectName("helpForward")
        self.forward_button.setShortcut(QKeySequence.StandardKey.Forward)
        self.forward_button.clicked.connect(self.forward)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpTopic")
        self.browser.setAccessibleName(self.tr("Topic"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.contents)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.browser)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        fit_to_screen(self, 960, 640)  # a 1024x600 laptop: all of it on the screen
        # Keyboard: reading order, and Escape closes the guide (the focus goes back where it was).
        for first, second in ((self.search, self.contents), (self.contents, self.back_button),
                              (self.back_button, self.forward_button), (self.forward_button, self.browser)):
            QWidget.setTabOrder(first, second)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._update_buttons()

    def show_topic(self, topic: str) -> None:
        """Show ``topic`` (remembered for Back), or the first steps for an unknown one."""
        topic = topic if topic in user_guide.TOPICS else user_guide.DEFAULT_TOPIC
        if topic == self.topic:
            return
        if self.topic:
            self._back.append(self.topic)
        self._forward.clear()
        self._display(topic)

    def back(self) -> None:
        if self._back:
            self._forward.append(self.topic)
            self._display(self._back.pop())

    def forward(self) -> None:
        if self._forward:
            self._back.append(self.topic)
            self._display(self._forward.pop())

    def shown_title(self) -> str:
        return self.browser.documentTitle() or user_guide.title_of(self.browser.toMarkdown())

    def _display(self, topic: str) -> None:
        entry = user_guide.load_topic(self.language, topic)
        text = entry.text
        if user_guide.SHORTCUTS_MARK in text:
            text = text.replace(user_guide.SHORTCUTS_MARK, self._shortcut_table())
        self.topic = topic
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(entry.folder) + "/"))
        self.browser.setMarkdown(text)
        self._fit_pictures()
        self.browser.document().setMetaInformation(self.browser.document().MetaInformation.DocumentTitle,
                                                   entry.title)
        self.setWindowTitle(self.tr("CICTE Desktop User Guide — {topic}").format(topic=entry.title))
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == topic:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
        self._update_buttons()
        self.topic_shown.emit(topic)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_pictures()

    def _fit_pictures(self) -> None:
        """Pictures as wide as the topic's pane at most (never a sideways scroll bar), never enlarged."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - 2 * int(document.documentMargin()) - 8)
        folder = document.baseUrl().toLocalFile()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                picture = fragment.charFormat().toImageFormat()
                if fragment.charFormat().isImageFormat():
                    size = QImageReader(folder + picture.name()).size()
                    if size.isValid() and size.width() > 0:
                        width = min(size.width(), room)
                        picture.setWidth(width)
                        picture.setHeight(size.height() * width / size.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(picture)
                fragments += 1
            block = block.next()

    def _shortcut_table(self) -> str:
        rows = self.shortcuts()
        lines = [f"| {self.tr('Menu')} | {self.tr('Command')} | {self.tr('Keys')} |", "|---|---|---|"]
        lines += [f"| {_cell(menu)} | {_cell(command)} | {_cell(keys)} |" for menu, command, keys in rows]
        return "\n".join(lines) + "\n"

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(bool(self._back))
        self.forward_button.setEnabled(bool(self._forward))

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_topic(item.data(Qt.ItemDataRole.UserRole))

    def _follow(self, url: QUrl) -> None:
        topic = user_guide.topic_of_link(url.toString())
        if topic is not None:
            self.show_topic(topic)

    def _show_first_found(self) -> None:
        for row in range(self.contents.count()):
            if not self.contents.item(row).isHidden():
                self.show_topic(self.contents.item(row).data(Qt.ItemDataRole.UserRole))
                return

    def _filter(self, text: str) -> None:
        found = set(user_guide.search(self.language, text))
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in found)
