"""The planned-activity picker of the event form: find an activity by typing its code or words
of its project or its own text, and see which one it is before choosing it.

The plan holds many activities that read alike ("3.A.2 — 1 Activity", "3.A.11 — 1 Activity"):
each row of the list shows the project's code and title on one line and the activity's own
words under it; the whole path is in its tooltip. Works with the keyboard alone: type to narrow
the list, Up/Down to move, Enter to choose, Escape to leave it as it was; Down or Alt+Down (F4)
opens the whole list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QRect, QSize,
                            Qt, Signal)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.safe_text import shown
from cicte_desktop.services.workplan import ActivityChoice, WorkPlanNode, activity_choices, branch_label, choice_matches

UuidRole = Qt.ItemDataRole.UserRole + 1
SecondLineRole = Qt.ItemDataRole.UserRole + 2
CodeRole = Qt.ItemDataRole.UserRole + 3


class ActivityListModel(QAbstractListModel):
    """The activities that match what is typed, in the plan's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ActivityChoice] = []
        self._shown: list[ActivityChoice] = []
        self._query = ""

    def set_choices(self, choices: list[ActivityChoice]) -> None:
        self.beginResetModel()
        self._all = choices
        self._shown = [c for c in choices if choice_matches(c, self._query)]
        self.endResetModel()

    def set_query(self, query: str) -> None:
        self.beginResetModel()
        self._query = query
        self._shown = [c for c in self._all if choice_matches(c, query)]
        self.endResetModel()

    def choices(self) -> list[ActivityChoice]:
        return list(self._shown)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        choice = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return shown(choice_label(choice))
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(choice.path)
        if role == UuidRole:
            return choice.uuid
        if role == CodeRole:
            return f"{choice.code}  {shown(choice.project)}"
        if role == SecondLineRole:
            line = shown(second_line(choice))
            return retired_label(line) if choice.retired else line
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityPicker", text)


def retired_label(text: str) -> str:
    """'… (retired)': an activity retired from the plan, shown only for an event already under it."""
    return _tr("{label} (retired)").format(label=text)


def choice_label(choice: ActivityChoice) -> str:
    return retired_label(choice.label()) if choice.retired else choice.label()


def second_line(choice: ActivityChoice) -> str:
    """The activity's own words (with its target when they do not already say it)."""
    text = choice.text
    if text.strip().casefold() == choice.project.strip().casefold():
        return choice.target or text  # the project is the activity: its words are on the first line
    if choice.target and choice.target.casefold() not in text.casefold():
        return f"{text} ({choice.target})"
    return text


class ActivityDelegate(QStyledItemDelegate):
    """Two lines per activity: code and project in bold, the activity's own words under them;
    each elided to the width (the tooltip holds the whole path)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * line + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        colour = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                      else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(6, 4, -6, -4)
        line = option.fontMetrics.lineSpacing()
        painter.save()
        painter.setPen(colour)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        first = painter.fontMetrics().elidedText(index.data(CodeRole) or "", Qt.TextElideMode.ElideRight,
                                                 rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, first)
        painter.setFont(option.font)
        second = option.fontMetrics.elidedText("    " + (index.data(SecondLineRole) or ""),
                                               Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, second)
        painter.restore()


class ActivityPicker(QWidget):
    """Choose one planned activity; ``changed`` is emitted when the choice changes."""

    changed = Signal()

    def __init__(self, plan: WorkPlanNode, parent: QWidget | None = None, *, keep: str | None = None) -> None:
        """``keep``: the activity an existing event is under, listed (marked retired) even when it
        was retired from the plan; no other retired activity is offered."""
        super().__init__(parent)
        self._plan = plan
        self._keep = keep
        self._all = activity_choices(plan, keep=keep)
        self._by_uuid = {c.uuid: c for c in self._all}
        self._uuid = ""
        self._within: str | None = None

        self.edit = QLineEdit()
        self.edit.setObjectName("activitySearch")
        self.edit.setPlaceholderText(self.tr("Type a code or words of the project or activity to find it"))
        self.edit.setClearButtonEnabled(False)
        self.button = QToolButton()
        self.button.setObjectName("activityList")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Show the list of planned activities (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scope = QLabel()
        self.scope.setObjectName("activityScope")
        self.scope.setWordWrap(True)
        self.show_all = QPushButton(self.tr("Show the whole plan"))
        self.show_all.setObjectName("activityShowAll")
        self.no_match = QLabel()
        self.no_match.setObjectName("activityNoMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        scope_row = QHBoxLayout()
        scope_row.setContentsMargins(0, 0, 0, 0)
        scope_row.addWidget(self.scope, 1)
        scope_row.addWidget(self.show_all)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.no_match)
        column.addLayout(scope_row)

        self.model = ActivityListModel(self)
        self.model.set_choices(self._all)
        self.list = QListView()
        self.list.setObjectName("activityPopup")
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.completer = QCompleter(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setModel(self.model)
        self.completer.setPopup(self.list)  # after setModel: the popup shows the model
        self.list.setItemDelegate(ActivityDelegate(self.list))  # after setPopup, which sets its own
        self.completer.setMaxVisibleItems(8)
        self.completer.setWidget(self.edit)  # not setCompleter: typing filters, it never rewrites the text
        self.completer.activated[QModelIndex].connect(self._activated)

        self.edit.textEdited.connect(self._typed)
        self.edit.installEventFilter(self)
        self.list.installEventFilter(self)  # after the completer's own: this one sees keys first
        self.button.clicked.connect(self._open_list)
        self.show_all.clicked.connect(lambda: self.set_within(None))
        self.setFocusProxy(self.edit)
        self._show_scope()
        self._show_choice()

    # --- the choice -------------------------------------------------------------------------

    def current_uuid(self) -> str:
        return self._uuid

    def currentData(self) -> str | None:  # noqa: N802 - as a QComboBox says it
        return self._uuid or None

    def currentText(self) -> str:  # noqa: N802
        choice = self._by_uuid.get(self._uuid)
        return shown(choice_label(choice)) if choice else ""

    def set_current(self, uuid: str | None) -> None:
        """Choose the activity ``uuid`` (none when it is empty, not in the plan, or retired and not
        the one kept)."""
        uuid = uuid if uuid in self._by_uuid else ""
        if uuid != self._uuid:
            self._uuid = uuid
            self._show_choice()
            self.changed.emit()
        else:
            self._show_choice()

    def set_within(self, uuid: str | None) -> None:
        """List only the activities under ``uuid`` (a work area, program or project); None: all."""
        self._within = uuid if uuid and branch_label(self._plan, uuid) else None
        self.model.set_choices(activity_choices(self._plan, self._within, self._keep) if self._within else self._all)
        self.model.set_query("")
        self._show_scope()

    def within(self) -> str | None:
        return self._within

    def plan(self) -> WorkPlanNode:
        return self._plan

    def set_plan(self, plan: WorkPlanNode, uuid: str | None = None) -> None:
        """List ``plan``'s activities (another year's plan) and choose ``uuid`` among them (none
        when it is empty or not in that plan); the list shows the whole plan."""
        self._plan = plan
        self._all = activity_choices(plan, keep=self._keep)
        self._by_uuid = {c.uuid: c for c in self._all}
        self._within = None
        self.model.set_choices(self._all)
        self._show_scope()
        self.set_current(uuid)

    def listed(self) -> list[str]:
        """The uuids of the activities the list holds now (after the scope and what is typed)."""
        return [c.uuid for c in self.model.choices()]

    # --- reacting ---------------------------------------------------------------------------

    def _show_choice(self) -> None:
        choice = self._by_uuid.get(self._uuid)
        self.edit.setText(shown(choice_label(choice)) if choice else "")
        self.edit.setCursorPosition(0)
        self.edit.setToolTip(shown(choice.path) if choice else "")
        self.model.set_query("")
        self.no_match.setVisible(False)

    def _show_scope(self) -> None:
        label = branch_label(self._plan, self._within) if self._within else None
        if label:
            self.scope.setText(self.tr("Listing only the activities under {item}.").format(item=shown(label)))
        self.scope.setVisible(bool(label))
        self.show_all.setVisible(bool(label))

    def _typed(self, text: str) -> None:
        self.model.set_query(text)
        count = self.model.rowCount()
        self.no_match.setText(self.tr("No planned activity matches “{text}”.").format(text=text.strip()))
        self.no_match.setVisible(count == 0 and bool(text.strip()))
        if count:
            self._popup()
        else:
            self.list.hide()

    def _open_list(self) -> None:
        if self.edit.text() == self.currentText():  # showing the choice, not a search: list everything
            self.model.set_query("")
        self.edit.setFocus()
        self._popup()

    def _popup(self) -> None:
        self.completer.complete(QRect(QPoint(0, 0), QSize(self.width(), self.edit.height())))
        # the chosen activity if it is listed, else the first: Enter picks what is highlighted
        rows = self.listed()
        row = rows.index(self._uuid) if self._uuid in rows else 0
        if rows:
            self.list.setCurrentIndex(self.model.index(row))
            self.list.scrollTo(self.model.index(row))

    def _activated(self, index: QModelIndex) -> None:
        uuid = index.data(UuidRole)
        if uuid:
            self.set_current(uuid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
                if not self.list.isVisible() and (key in (Qt.Key.Key_Down, Qt.Key.Key_F4) or
                                                  (alt and key == Qt.Key.Key_Down)):
                    self._open_list()
                    return True
                if key == Qt.Key.Key_Escape and self.edit.text() != self.currentText():
                    self._show_choice()  # leave the search: the choice stays as it was
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.list.isVisible():
                    return True  # Enter in the picker never presses a button of the form
            elif event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
                self.list.hide()
                self._show_choice()  # what is shown is always what is chosen
        elif watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.list.isVisible():
                # Tab takes the highlighted activity and moves on, as Enter would and then Tab
                index = self.list.currentIndex()
                self.list.hide()
                if index.isValid():
                    self._activated(index)
                self.edit.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
                return True
        return super().eventFilter(watched, event)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802
        super().setEnabled(enabled)
        self.show_all.setEnabled(enabled)
