"""Plan > Edit Work Plan…: the year's plan as a tree, changed item by item, each change with its
reason; the History tab lists every change (amendments after approval marked)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from cicte_desktop.db.database import Database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.services import plan_edit, plan_reading
from cicte_desktop.views import messages
from cicte_desktop.views.plan_item_dialogs import UUID_ROLE, MoveDialog, TargetDialog
from cicte_desktop.views.screen_fit import fit_to_screen

TABLE_ROLE = Qt.ItemDataRole.UserRole + 1


class PlanEditorDialog(QDialog):
    """The plan of ``year``: Add, Rename, Move Up/Down, Move to…, Retire, Target…, Titles…, Approve."""

    def __init__(self, db: Database, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._year = year
        self.setObjectName("planEditorDialog")
        self.setWindowTitle(self.tr("Edit the {year} Work Plan").format(year=year))
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planEditorTree")
        self.tree.setAccessibleName(self.tr("Work plan"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Target")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._selected)
        self.buttons: dict[str, QPushButton] = {}
        actions = (("add", self.tr("&Add…"), self.add), ("rename", self.tr("&Rename…"), self.rename),
                   ("up", self.tr("Move &Up"), lambda: self.move(-1)), ("down", self.tr("Move &Down"), lambda: self.move(1)),
                   ("move_to", self.tr("Mo&ve to…"), self.move_to),
                   ("retire", self.tr("Re&tire…"), self.retire), ("target", self.tr("Tar&get…"), self.edit_target),
                   ("titles", self.tr("T&itles…"), self.edit_titles), ("approve", self.tr("A&pprove…"), self.approve))
        column = QVBoxLayout()
        for name, label, slot in actions:
            button = QPushButton(label)
            button.setObjectName(f"{name.replace('_t', 'T')}Button")
            button.clicked.connect(slot)
            self.buttons[name] = button
            column.addWidget(button)
        column.addStretch(1)
        plan_page = QWidget()
        row = QHBoxLayout(plan_page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tree, 1)
        row.addLayout(column)
        self.history = QTreeWidget()
        self.history.setObjectName("planHistory")
        self.history.setAccessibleName(self.tr("History of the plan"))
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Item"), self.tr("Field"), self.tr("Before → after"),
                                      self.tr("Reason"), self.tr("Amendment")])
        self.history.header().setStretchLastSection(False)
        self.history.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planEditorTabs")
        self.tabs.addTab(plan_page, self.tr("&Plan"))
        self.tabs.addTab(self.history, self.tr("&History"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.reload()
        fit_to_screen(self, 1000, 640)

    # --- Showing ----------------------------------------------------------------------------

    def _field_label(self, name: str) -> str:
        labels = {"added": self.tr("added"), "title": self.tr("title"), "text": self.tr("title"),
                  "position": self.tr("order"), "retired": self.tr("retired"), "deleted": self.tr("removed"),
                  "target_quantity": self.tr("target"), "target_unit": self.tr("unit"),
                  "upon_request": self.tr("upon request"), "approved_on": self.tr("approved on"),
                  "title_es": self.tr("title (Spanish)"), "title_fr": self.tr("title (French)"),
                  "title_pt": self.tr("title (Portuguese)"), "work_area_uuid": self.tr("work area"),
                  "program_uuid": self.tr("program"), "project_uuid": self.tr("project"),
                  "target_first_half": self.tr("target by 30 June"),
                  "target_second_half": self.tr("target July–December"),
                  "letter": self.tr("letter"), "number": self.tr("number")}
        return labels.get(name, name)

    def _value(self, value: str | None) -> str:
        """A value of the history as the user reads it (flags stored as True/False)."""
        return {None: "—", "True": self.tr("yes"), "False": self.tr("no")}.get(value, value or "")

    def _target_text(self, item: plan_reading.EditorItem) -> str:
        if item.table != "planned_activity":
            return ""
        if item.upon_request:
            return self.tr("upon request")
        if item.target is None:
            return item.unit or ""
        text = f"{item.target} {item.unit or ''}".strip()
        if item.first_half is None and item.second_half is None:
            return text
        first = item.first_half if item.first_half is not None else item.target - (item.second_half or 0)
        second = item.second_half if item.second_half is not None else item.target - first
        return self.tr("{target} (H1 {first} · H2 {second})").format(target=text, first=first, second=second)

    def reload(self, select: str | None = None) -> None:
        current = select or self.current_uuid()
        plan = plan_reading.plan_for_editing(self._db, self._year)
        self._plan = plan
        if plan.approved_on:
            self.status.setText(self.tr("{title} — approved on {date}: every change is an amendment, with its "
                                        "reason.").format(title=plan.title, date=plan.approved_on.isoformat()))
        else:
            self.status.setText(self.tr("{title} — draft, not approved yet. Every change asks for a reason and goes "
                                        "to the History tab.").format(title=plan.title))
        self.buttons["approve"].setEnabled(plan.approved_on is None)
        self.tree.clear()
        root = QTreeWidgetItem([plan.title, ""])
        root.setData(0, UUID_ROLE, plan.uuid)
        root.setData(0, TABLE_ROLE, "work_plan")
        self.tree.addTopLevelItem(root)
        chosen = root

        def add(parent: QTreeWidgetItem, items: list[plan_reading.EditorItem]) -> None:
            nonlocal chosen
            for item in items:
                label = f"{item.code}. {item.title}" if item.code else item.title
                if item.retired:
                    label = self.tr("{title} (retired)").format(title=label)
                node = QTreeWidgetItem([label, self._target_text(item)])
                node.setData(0, UUID_ROLE, item.uuid)
                node.setData(0, TABLE_ROLE, item.table)
                node.setToolTip(0, label)
                if item.retired:
                    node.setForeground(0, qcolor("retired"))
                parent.addChild(node)
                if item.uuid == current:
                    chosen = node
                add(node, item.children)

        add(root, plan.items)
        self.tree.expandToDepth(1)
        self.tree.setCurrentItem(chosen)
        self.tree.scrollToItem(chosen)
        self._selected()
        self.history.clear()
        for row in plan_reading.history(self._db, self._year):
            when = row.at[:16].replace("T", " ")
            change = f"{self._value(row.old_value)} → {self._value(row.new_value)}"
            entry = QTreeWidgetItem([when, row.item, self._field_label(row.field), change, row.reason,
                                     self.tr("amendment") if row.amendment else ""])
            for column in (1, 3, 4):
                entry.setToolTip(column, entry.text(column))
            self.history.addTopLevelItem(entry)
        for column in (0, 2, 5):
            self.history.resizeColumnToContents(column)
        self.history.setColumnWidth(1, 220)
        self.history.setColumnWidth(3, 220)

    def current_uuid(self) -> str | None:
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        return item.data(0, UUID_ROLE) if item is not None else None

    def _current_table(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, TABLE_ROLE) if item is not None else None

    def _selected(self, *_args: object) -> None:
        table = self._current_table()
        is_item = table in plan_reading.ITEM_TABLES
        self.buttons["add"].setEnabled(table is not None and table != "planned_activity")
        for name in ("rename", "up", "down", "retire"):
            self.buttons[name].setEnabled(is_item)
        self.buttons["move_to"].setEnabled(is_item and table != "work_area")  # a work area has one plan
        self.buttons["target"].setEnabled(table == "planned_activity")
        self.buttons["titles"].setEnabled(table is not None)

    # --- Changing ---------------------------------------------------------------------------

    def _ask_reason(self, what: str) -> str | None:
        """The reason for a change (required): None when the user cancels."""
        label = self.tr("Why? (required) {what}").format(what=what)
        if self._plan.approved_on:
            label += "\n" + self.tr("The plan is approved: this change is recorded as an amendment.")
        while True:
            reason = messages.ask_text(self, self.tr("Reason for the change"), label)
            if reason is None:
                return None
            if reason.strip():
                return reason.strip()
            messages.show_error(self, self.tr("A reason is required"),
                                self.tr("Say why the plan changes: every change is kept in the plan's history with "
                                        "its reason."))

    def _run(self, change, select: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        try:
            result = change()
        except (plan_reading.PlanEditError, DatabaseOpenError) as exc:  # in words, nothing written
            messages.show_error(self, self.tr("The plan was not changed"), str(exc))
            return False
        self.reload(select=result if isinstance(result, str) else select)
        return True

    def add(self) -> None:
        parent = self.current_uuid()
        if parent is None:
            return
        title = messages.ask_text(self, self.tr("Add to the Plan"), self.tr("Title of the new item:"))
        if title is None or not title.strip():
            return
        reason = self._ask_reason(self.tr("Adding “{title}”.").format(title=title.strip()))
        if reason is not None:
            self._run(lambda: plan_edit.add_item(self._db, parent, title, reason))

    def rename(self) -> None:
        uuid = self.current_uuid()
        if uuid is None or self._current_table() not in plan_reading.ITEM_TABLES:
            return
        title = messages.ask_text(self, self.tr("Rename"), self.tr("New title (English):"))
        if title is None or not title.strip():
            return
        reason = self._ask_reason(self.tr("Renaming to “{title}”.").format(title=title.strip()))
        if reason is not None:
            self._run(lambda: plan_edit.rename(self._db, uuid, title, reason), uuid)

    def move(self, step: int) -> None:
        uuid = self.current_uuid()
        if uuid is None or self._current_table() not in plan_reading.ITEM_TABLES:
            return
        reason = self._ask_reason(self.tr("Moving up.") if step < 0 else self.tr("Moving down."))
        if reason is not None:
            self._run(lambda: plan_edit.move(self._db, uuid, reason, step=step), uuid)

    def move_to(self) -> None:
        """Under another parent of the same plan (an activity to another project...), with a reason."""
        uuid = self.current_uuid()
        if uuid is None or self._current_table() not in plan_reading.ITEM_TABLES[1:]:
            return
        targets = plan_reading.move_targets(self._db, uuid)
        label = self.tree.currentItem().text(0)
        if not targets:
            messages.show_error(self, self.tr("Nowhere to move it"), self.tr(
                "The plan has no other item this one can go under (retired items take nothing)."))
            return
        parent_node = self.tree.currentItem().parent()
        dialog = MoveDialog(label, targets, self, parent_node.text(0) if parent_node is not None else None)
        self.move_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        parent = dialog.chosen()
        where = next(t.label for t in targets if t.uuid == parent)
        reason = self._ask_reason(self.tr("Moving it under “{parent}”.").format(parent=where))
        if reason is not None:
            self._run(lambda: plan_edit.move(self._db, uuid, reason, parent_uuid=parent), uuid)

    def retire(self) -> None:
        uuid = self.current_uuid()
        if uuid is None or self._current_table() not in plan_reading.ITEM_TABLES:
            return
        reason = self._ask_reason(self.tr("Retiring it from the plan (kept, marked retired, if events point at it)."))
        if reason is not None:
            self._run(lambda: plan_edit.retire(self._db, uuid, reason), uuid)

    def _find(self, uuid: str) -> plan_reading.EditorItem | None:
        stack = list(self._plan.items)
        while stack:
            item = stack.pop()
            if item.uuid == uuid:
                return item
            stack.extend(item.children)
        return None

    def edit_target(self) -> None:
        uuid = self.current_uuid()
        item = self._find(uuid) if uuid else None
        if item is None or item.table != "planned_activity":
            return
        dialog = TargetDialog(item.target, item.unit, item.upon_request, self, item.first_half, item.second_half)
        self.target_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        quantity, unit, upon, first, second = dialog.values()
        reason = self._ask_reason(self.tr("Changing the target."))
        if reason is not None:
            self._run(lambda: plan_edit.set_target(self._db, uuid, quantity, unit, upon, reason, first_half=first,
                                                   second_half=second), uuid)

    def edit_titles(self) -> None:
        from cicte_desktop.services import workplan
        from cicte_desktop.views.preferences import PlanTitlesDialog

        uuid = self.current_uuid()
        item = self.tree.currentItem()
        if uuid is None or item is None:
            return

        def save(titles: dict[str, str]) -> bool:
            reason = self._ask_reason(self.tr("Changing the translated titles."))
            return reason is not None and self._run(lambda: plan_edit.set_titles(self._db, uuid, titles, reason), uuid)

        dialog = PlanTitlesDialog(item.text(0), workplan.plan_titles(self._db, uuid), save, self)
        self.titles_dialog = dialog
        dialog.exec()

    def approve(self) -> None:
        if self._plan.approved_on is not None:
            return
        reason = self._ask_reason(self.tr("Approving the plan today ({date}); later changes are amendments.").format(
            date=dt.date.today().isoformat()))
        if reason is not None:
            self._run(lambda: plan_edit.approve(self._db, self._year, dt.date.today(), reason))
