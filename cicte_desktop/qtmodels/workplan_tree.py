"""The work plan as a Qt tree: work area -> program -> project -> planned activity."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from cicte_desktop.services.workplan import (
    ActivityNode,
    ProgramNode,
    ProjectNode,
    WorkAreaNode,
    WorkPlanNode,
    target_label,
)

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class PlanItem:
    """One row: the plain plan node, its parent link and cached row number."""

    node: WorkAreaNode | ProgramNode | ProjectNode | ActivityNode
    parent: PlanItem | None
    row: int
    label: str
    achieved: int = 0
    children: list[PlanItem] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return type(self.node).__name__.removesuffix("Node").lower()


class WorkPlanTreeModel(QAbstractItemModel):
    COLUMN_TITLE, COLUMN_TARGET, COLUMN_ACHIEVED = range(3)
    UuidRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[PlanItem] = []

    # --- loading ------------------------------------------------------------------------

    def set_plan(self, plan: WorkPlanNode | None, achieved: dict[str, int] | None = None) -> None:
        """Replace the whole tree; ``achieved`` maps activity uuid to completed units."""
        achieved = achieved or {}
        self.beginResetModel()
        self._roots = []
        if plan is not None:
            for r, wa in enumerate(plan.work_areas):
                wa_item = PlanItem(wa, None, r, f"{wa.number}. {wa.title}")
                for pr_row, program in enumerate(wa.programs):
                    pr_item = PlanItem(program, wa_item, pr_row, f"{program.letter}. {program.title}")
                    for pj_row, project in enumerate(program.projects):
                        prefix = f"{project.number}. " if project.number else ""
                        pj_item = PlanItem(project, pr_item, pj_row, prefix + project.title)
                        for a_row, activity in enumerate(project.activities):
                            a_item = PlanItem(activity, pj_item, a_row, activity.text, achieved.get(activity.uuid, 0))
                            pj_item.children.append(a_item)
                        pj_item.achieved = sum(c.achieved for c in pj_item.children)
                        pr_item.children.append(pj_item)
                    pr_item.achieved = sum(c.achieved for c in pr_item.children)
                    wa_item.children.append(pr_item)
                wa_item.achieved = sum(c.achieved for c in wa_item.children)
                self._roots.append(wa_item)
        self.endResetModel()

    def item(self, index: Index) -> PlanItem | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    # --- QAbstractItemModel -------------------------------------------------------------

    def _children(self, parent: Index) -> list[PlanItem]:
        item = self.item(parent)
        return item.children if item is not None else self._roots

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        children = self._children(parent)
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        if 0 <= row < len(children) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        item = self.item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.parent.row, 0, item.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Work plan"), self.tr("Target"), self.tr("Achieved"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.COLUMN_TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        column = index.column()
        node = item.node
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_TITLE:
                return item.label
            if column == self.COLUMN_TARGET and isinstance(node, ActivityNode):
                if node.upon_request:
                    return self.tr("Upon request")
                return target_label(node) or self.tr("No target")
            if column == self.COLUMN_ACHIEVED:
                return str(item.achieved)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLUMN_ACHIEVED:
                return self.tr("Units of completed events counted toward this item and the items below it.")
            return item.label
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COLUMN_TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.UuidRole:
            return node.uuid
        if role == self.KindRole:
            return item.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
