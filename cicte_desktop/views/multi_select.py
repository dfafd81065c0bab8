"""A searchable list of check boxes (member states, partner organisations)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


def _folded(text: str) -> str:
    """Without case or accents: "etats" finds "États-Unis", "mexico" finds "México"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


class MultiSelect(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 7)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemChanged.connect(self._item_changed)
        self._short: dict[str, str] = {}
        # The keyboard way: type in the finder, Down into the matches, Space ticks the current
        # one; Up from the first match goes back to the finder.
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or event.modifiers() not in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        key = event.key()
        if watched is self.filter and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            shown = self._shown_rows()
            if shown:
                current = self.list.currentRow()
                self.list.setCurrentRow(current if current in shown else shown[0])
                self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if watched is self.list and key == Qt.Key.Key_Up:
            shown = self._shown_rows()
            if not shown or self.list.currentRow() <= shown[0]:
                self.filter.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        if watched is self.list and key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            item = self.list.currentItem()
            if item is not None and not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsUserCheckable \
                    and item.flags() & Qt.ItemFlag.ItemIsEnabled and self.list.isEnabled():
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                return True
        return False

    def _shown_rows(self) -> list[int]:
        return [i for i in range(self.list.count()) if not self.list.item(i).isHidden()]

    def set_items(self, items: list[tuple[str, str, str]]) -> None:
        """``items``: (code, label shown in the list, short label for the summary)."""
        self.list.blockSignals(True)
        self.list.clear()
        for code, label, short in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._short[code] = short
        self.list.blockSignals(False)
        self._update_summary()

    def selected(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_selected(self, codes: list[str] | tuple[str, ...]) -> None:
        wanted = set(codes)
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update_summary()

    def set_read_only(self, read_only: bool) -> None:
        self.filter.setEnabled(not read_only)
        self.list.setEnabled(not read_only)

    def _apply_filter(self, text: str) -> None:
        needle = _folded(text.strip())
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in _folded(item.text()))

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        chosen = [self._short.get(code, code) for code in self.selected()]
        self.summary.setText(", ".join(chosen) if chosen else self.tr("None chosen"))
