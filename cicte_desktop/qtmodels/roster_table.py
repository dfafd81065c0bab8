"""An event's participant roster as an editable table over plain ``ParticipantInput`` values."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cicte_desktop.services.events.inputs import ParticipantInput, roster_counts

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "sex", "institution", "country", "position", "email", "phone")


class RosterTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[ParticipantInput] = []
        self._read_only = False

    def set_people(self, people: list[ParticipantInput] | tuple[ParticipantInput, ...]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def people(self) -> list[ParticipantInput]:
        return list(self._people)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def add(self, people: list[ParticipantInput]) -> None:
        if not people:
            return
        self.beginInsertRows(QModelIndex(), len(self._people), len(self._people) + len(people) - 1)
        self._people.extend(people)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._people):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._people[row]
            self.endRemoveRows()

    def counts(self) -> tuple[int, int, int]:
        """Women, men and people whose sex is not recorded."""
        return roster_counts(self._people)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Sex"), self.tr("Institution"), self.tr("Country"), self.tr("Position"),
                    self.tr("E-mail"), self.tr("Phone"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return self.tr("F or M; leave empty when not recorded")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._people):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(self._people[index.row()], COLUMNS[index.column()])
            return value or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._read_only:
            return False
        name = COLUMNS[index.column()]
        text = str(value or "").strip()
        if name == "sex":
            from cicte_desktop.services.attendance import read_sex

            code, understood = read_sex(text)
            if not understood:
                return False
            text = code or ""
        person = self._people[index.row()]
        self._people[index.row()] = dataclasses.replace(person, **{name: text or None} if name != "name" else {"name": text})
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self._read_only else flags | Qt.ItemFlag.ItemIsEditable
