"""The work plan as a Qt tree: work area -> program -> project -> planned activity.

The model wraps a plain tree (``PlanItem`` with parent link and cached row) built from what
services return; it never queries. The plan has about 150 items, so the whole tree is
built at once; searching rebuilds it with only the matches and their ancestors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.services import figures as figures_service
from cicte_desktop.services.figures import NodeProgress
from cicte_desktop.services.workplan import (
    ActivityNode,
    ProgramNode,
    ProjectNode,
    WorkAreaNode,
    WorkPlanNode,
    project_number,
    target_label,
)

if TYPE_CHECKING:  # (the search service itself is not needed before a search)
    from cicte_desktop.services.event_search import SearchResult

Index = QModelIndex | QPersistentModelIndex
PlanNode = WorkAreaNode | ProgramNode | ProjectNode | ActivityNode

DIRECT_MATCH, EVENT_MATCH = "direct", "events"
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ENABLED_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once, not per cell


@dataclass(eq=False)
class PlanItem:
    """One row: the plain plan node, its parent link and cached row number."""

    node: PlanNode
    parent: PlanItem | None
    row: int
    label: str
    match: str | None = None  # DIRECT_MATCH, EVENT_MATCH or None while searching
    matching_events: int = 0
    children: list[PlanItem] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return type(self.node).__name__.removesuffix("Node").lower()

    def path(self) -> list[PlanItem]:
        items, walker = [], self
        while walker is not None:
            items.insert(0, walker)
            walker = walker.parent
        return items

    def activities(self) -> list[ActivityNode]:
        if isinstance(self.node, ActivityNode):
            return [self.node]
        return [a for child in self.children for a in child.activities()]


def item_label(node: PlanNode, parent: PlanNode | None = None) -> str:
    """The row's text: '3. Cyber-Security', 'A. ...', '11. Development of ...'; a project the
    document leaves unnumbered shows its place in its program ``parent`` as the workbook and the
    PDF reports do: '(2) Assessment Missions ...'."""
    if isinstance(node, WorkAreaNode):
        return f"{node.number}. {node.title}"
    if isinstance(node, ProgramNode):
        return f"{node.letter}. {node.title}"
    if isinstance(node, ProjectNode):
        if node.number:
            return f"{node.number}. {node.title}"
        return f"{project_number(parent, node)} {node.title}" if isinstance(parent, ProgramNode) else node.title
    return node.text


def _children(node: PlanNode) -> list[PlanNode]:
    if isinstance(node, WorkAreaNode):
        return list(node.programs)
    if isinstance(node, ProgramNode):
        return list(node.projects)
    if isinstance(node, ProjectNode):
        return list(node.activities)
    return []


class WorkPlanTreeModel(QAbstractItemModel):
    COLUMN_TITLE, COLUMN_TARGET, COLUMN_ACHIEVED, COLUMN_PROGRESS, COLUMN_EVENTS = range(5)
    UuidRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    ProgressRole = Qt.ItemDataRole.UserRole + 3
    MatchRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[PlanItem] = []
        self._by_uuid: dict[str, PlanItem] = {}
        self._progress: dict[str, NodeProgress] = {}
        self._plan: WorkPlanNode | None = None
        self._contribution = False  # figures of one member state: its contribution, no progress
        self._search: SearchResult | None = None
        self._header_texts: dict[bool, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # The text of each cell, made once per plan and figures: views ask for every visible
        # cell on every paint, and a search repaints the whole expanded tree at each keystroke.
        self._display_cache: dict[tuple[str, int], Any] = {}

    # --- loading ------------------------------------------------------------------------

    def set_plan(self, plan: WorkPlanNode | None, progress: dict[str, NodeProgress] | None = None,
                 search: SearchResult | None = None) -> None:
        """Replace the tree. With ``search``, keep only matching items and their ancestors."""
        self.beginResetModel()
        self._display_cache.clear()
        self._plan, self._search = plan, search
        self._progress = progress or {}
        self._contribution = any(p.contribution for p in self._progress.values())
        self._roots, self._by_uuid = [], {}
        if plan is not None:
            for area in plan.work_areas:
                item = self._build(area, None, len(self._roots), search, False)
                if item is not None:
                    self._roots.append(item)
        self.endResetModel()

    def _build(self, node: PlanNode, parent: PlanItem | None, row: int, search: SearchResult | None,
               inside_match: bool) -> PlanItem | None:
        item = PlanItem(node, parent, row, item_label(node, parent.node if parent else None))
        direct = search is not None and node.uuid in search.plan_items
        if search is not None:
            item.matching_events = search.event_activities.get(node.uuid, 0)
            item.match = DIRECT_MATCH if direct else (EVENT_MATCH if item.matching_events else None)
        for child in _children(node):
            built = self._build(child, item, len(item.children), search, inside_match or direct)
            if built is not None:
                item.children.append(built)
        if search is not None:
            item.matching_events = item.matching_events or sum(c.matching_events for c in item.children)
            if not (inside_match or item.match or item.children):
                return None
        self._by_uuid[node.uuid] = item
        return item

    def set_progress(self, progress: dict[str, NodeProgress]) -> None:
        """New figures (filters changed): the rows stay, their numbers change."""
        self._progress = progress
        self._display_cache.clear()
        contribution = any(p.contribution for p in progress.values())
        if contribution != self._contribution:  # the progress column becomes the share of achieved
            self._contribution = contribution
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COLUMN_PROGRESS, self.COLUMN_PROGRESS)
        if self._roots:
            last = self.columnCount() - 1
            self._emit_changed(self._roots, self.COLUMN_ACHIEVED, last)

    def _emit_changed(self, items: list[PlanItem], first: int, last: int) -> None:
        if not items:
            return
        parent = self.index_of(items[0].parent) if items[0].parent else QModelIndex()
        self.dataChanged.emit(self.index(0, first, parent), self.index(len(items) - 1, last, parent))
        for item in items:
            self._emit_changed(item.children, first, last)

    # --- lookups ------------------------------------------------------------------------

    @property
    def plan(self) -> WorkPlanNode | None:
        return self._plan

    @property
    def searching(self) -> bool:
        return self._search is not None

    def item(self, index: Index) -> PlanItem | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    def index_of(self, item: PlanItem | None, column: int = 0) -> QModelIndex:
        return self.createIndex(item.row, column, item) if item is not None else QModelIndex()

    def index_for_uuid(self, uuid: str | None) -> QModelIndex:
        return self.index_of(self._by_uuid.get(uuid)) if uuid else QModelIndex()

    def progress(self, uuid: str) -> NodeProgress | None:
        return self._progress.get(uuid)

    # --- QAbstractItemModel -------------------------------------------------------------

    def _child_items(self, parent: Index) -> list[PlanItem]:
        item = self.item(parent)
        return item.children if item is not None else self._roots

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._child_items(parent)
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
        return len(self._child_items(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[0][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers()[1][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.COLUMN_ACHIEVED, self.COLUMN_EVENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @property
    def contribution(self) -> bool:
        """Whether the figures are one member state's contribution (the progress column then shows
        its share of the plan's achieved units)."""
        return self._contribution

    def _headers(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Column titles and tooltips, translated once (views ask for them on every paint)."""
        texts = self._header_texts.get(self._contribution)
        if texts is None:
            words = figures_service.labels()
            texts = self._header_texts[self._contribution] = (
                (self.tr("Work plan"), words["target"], words["achieved"],
                 words["share"] if self._contribution else words["progress"], words["events"]),
                (
                    self.tr("Work areas, programs, projects and planned activities of the approved work plan"),
                    self.tr("The target as the work plan states it; for work areas, programs and projects, the "
                            "sum of the numeric targets below them (of different units)"),
                    self.tr("Units of completed events counted toward the item (each event counts 1 unless "
                            "set otherwise), under the current filters; for parents, everything below them, "
                            "activities without a numeric target and surpluses included"),
                    self.tr("The member state's share of the units achieved under the plan by every member "
                            "state, under the same filters (a contribution, not progress against the "
                            "hemisphere-wide target)") if self._contribution else
                    self.tr("Share of the numeric targets met; each activity counts up to its own target, so a "
                            "surplus in one does not hide a shortfall in another"),
                    self.tr("Events logged under the item, of any status, under the current filters"),
                ),
            )
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        column, node = index.column(), item.node
        if role == _DISPLAY:
            key = (node.uuid, column)
            try:
                return self._display_cache[key]
            except KeyError:
                shown = self._display_cache[key] = self._display(item, column, self._progress.get(node.uuid))
                return shown
        figures = self._progress.get(node.uuid)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column, figures)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COLUMN_ACHIEVED, self.COLUMN_EVENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.COLUMN_TITLE and item.match == DIRECT_MATCH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COLUMN_TITLE and item.match:
            return qcolor("match" if item.match == DIRECT_MATCH else "match-ancestor")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COLUMN_TITLE and item.match:
            return qcolor("ink")  # on the highlight, whatever the theme
        if role == self.UuidRole:
            return node.uuid
        if role == self.KindRole:
            return item.kind
        if role == self.ProgressRole:
            return figures
        if role == self.MatchRole:
            return item.match
        return None

    def _display(self, item: PlanItem, column: int, figures: NodeProgress | None) -> Any:
        node = item.node
        if column == self.COLUMN_TITLE:
            return item.label
        if column == self.COLUMN_TARGET:
            if isinstance(node, ActivityNode):
                if node.upon_request:
                    return self.tr("Upon request")
                return target_label(node) or self.tr("No target")
            return str(figures.target) if figures and figures.target else ""
        if figures is None:
            return None
        if column == self.COLUMN_ACHIEVED:
            return str(figures.achieved)
        if column == self.COLUMN_PROGRESS:
            percent = figures.bar_percent
            return figures_service.percent_text(percent) if percent is not None else ""
        if column == self.COLUMN_EVENTS:
            return str(figures.events)
        return None

    def _tooltip(self, item: PlanItem, column: int, figures: NodeProgress | None) -> str:
        if column == self.COLUMN_TITLE:
            tip = item.label
            if item.matching_events:
                tip += "\n" + self.tr("{count} matching events").format(count=item.matching_events)
            return tip
        if column == self.COLUMN_TARGET:
            return str(self._display(item, column, figures) or "")
        if figures is None:
            return ""
        if column in (self.COLUMN_ACHIEVED, self.COLUMN_PROGRESS):
            return figures_service.describe_line(figures, sep="\n")
        return str(self.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ENABLED_SELECTABLE
