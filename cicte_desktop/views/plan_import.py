"""Plan > Import Plan Workbook…: what the workbook would add, change and retire in its year's plan
(or the plan it would create), grouped, with the reason asked before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QListWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from cicte_desktop.exports.plan_xlsx import level_labels
from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.services import plan_workbook_changes as pw
from cicte_desktop.views.roles import set_role
from cicte_desktop.views.screen_fit import fit_to_screen
from cicte_desktop.views.accessible import make_accessible

#: Items listed per group (a plan has a few hundred; the counts say how many there are).
SHOWN_PER_GROUP = 500


class PlanImportDialog(QDialog):
    """The preview of a plan workbook; *Apply* (with a reason) or *Cancel*."""

    def __init__(self, preview: pw.PlanWorkbookPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setObjectName("planImportDialog")
        self.setWindowTitle(self.tr("Import Plan Workbook — {name}").format(name=preview.path.name))
        self.mode = QLabel(preview.mode_sentence())
        self.mode.setObjectName("mode")
        self.mode.setWordWrap(True)
        set_role(self.mode, "heading")
        self.mode.setMinimumWidth(720)  # (wrapped at the dialog's width, not at a narrow one)
        self.counts = QLabel(self.tr("{added}, {changed}, {retired}, {unchanged}.").format(
            added=self.tr("%n added", "", preview.count(pw.ADDED)),
            changed=self.tr("%n changed", "", preview.count(pw.CHANGED)),
            retired=self.tr("%n retired", "", preview.count(pw.RETIRED)),
            unchanged=self.tr("%n unchanged", "", preview.count(pw.UNCHANGED))))
        self.counts.setObjectName("counts")
        self.tree = QTreeWidget()
        self.tree.setObjectName("groups")
        self.tree.setAccessibleName(self.tr("What the workbook changes"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("Item"), self.tr("What changes")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setUniformRowHeights(True)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._fill()
        # Problems, whole (they name sheet, row and column), above the groups.
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        set_role(self.problems, "problems")
        self.problems.addItems(preview.problems)
        self.problems.setVisible(bool(preview.problems))
        self.problems.setMaximumHeight(96)
        self.problems_label = QLabel(self.tr("Problems (%n)", "", len(preview.problems)))
        self.problems_label.setObjectName("problemsLabel")
        set_role(self.problems_label, "heading")
        self.problems_label.setVisible(bool(preview.problems))
        self.role_note = QLabel(preview.role_sentence() or "")
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        set_role(self.role_note, "banner")
        self.role_note.setVisible(preview.role_sentence() is not None)
        self.role_note.setMinimumWidth(720)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why the plan changes (required; kept in the plan's history with "
                                               "every change)"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        if preview.problems:
            advice = self.tr("Rows with problems block the import: correct them in the workbook and import it again. "
                             "Nothing was written.")
        elif not preview.has_changes:
            advice = self.tr("The workbook is the plan as it is: there is nothing to import.")
        else:
            advice = self.tr("Nothing is written until you press Apply; then every change at once, each with the "
                             "reason in the plan's history.")
        self.advice = QLabel(advice)
        self.advice.setObjectName("advice")
        self.advice.setWordWrap(True)
        self.advice.setMinimumWidth(720)
        self.advice.setVisible(preview.headquarters or bool(preview.problems))  # (a laptop's note says why not)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self.reason.setEnabled(preview.can_apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.role_note)
        layout.addWidget(self.advice)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        make_accessible(self)  # buttons in the order seen
        self._check()
        fit_to_screen(self, 900, 600)

    def _fill(self) -> None:
        preview = self.preview
        levels = level_labels()
        headings = ((pw.ADDED, self.tr("Added (%n)", "", preview.count(pw.ADDED))),
                    (pw.CHANGED, self.tr("Changed (%n)", "", preview.count(pw.CHANGED))),
                    (pw.RETIRED, self.tr("Retired (%n)", "", preview.count(pw.RETIRED))),
                    (pw.UNCHANGED, self.tr("Unchanged (%n)", "", preview.count(pw.UNCHANGED))),
                    (pw.MISSING, self.tr("Not in the workbook, kept as they are (%n)", "", preview.count(pw.MISSING))))
        for kind, heading in headings:
            changes = preview.of(kind)
            if not changes and kind == pw.MISSING:
                continue
            group = QTreeWidgetItem([heading])
            self._bold(group)
            for change in changes[:SHOWN_PER_GROUP]:
                code = f"{change.code} " if change.code else ""
                label = f"{levels[change.table]} {code}— {change.title}"
                if change.changes:
                    detail = ", ".join(c.label for c in change.changes)
                elif kind == pw.RETIRED:
                    detail = (self.tr("kept, marked retired: events point at it") if change.keeps_events
                              else self.tr("taken out of the plan: no events point at it"))
                elif kind == pw.ADDED:
                    detail = self.tr("new")
                else:
                    detail = ""
                entry = QTreeWidgetItem([str(change.row or ""), label, detail])
                entry.setToolTip(1, label)
                entry.setToolTip(2, detail)
                group.addChild(entry)
                for field in change.changes:  # each changed cell: before → after
                    line = QTreeWidgetItem(["", field.label, f"{field.old} → {field.new}"])
                    line.setToolTip(2, f"{field.old} → {field.new}")
                    line.setForeground(1, qcolor("muted"))
                    entry.addChild(line)
            if len(changes) > SHOWN_PER_GROUP:
                group.addChild(QTreeWidgetItem(["", self.tr("… and %n more", "", len(changes) - SHOWN_PER_GROUP), ""]))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.setExpanded(kind in (pw.ADDED, pw.CHANGED, pw.RETIRED))
            for index in range(group.childCount()):
                group.child(index).setExpanded(kind == pw.CHANGED)
            self.groups[kind] = group
        if preview.skipped:
            group = QTreeWidgetItem([self.tr("Rows not read (%n)", "", len(preview.skipped))])
            self._bold(group)
            for line in preview.skipped:
                entry = QTreeWidgetItem([line])
                entry.setToolTip(0, line)
                group.addChild(entry)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for index in range(group.childCount()):
                group.child(index).setFirstColumnSpanned(True)
            self.groups["skipped"] = group

    @staticmethod
    def _bold(item: QTreeWidgetItem) -> None:
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)

    def _check(self, *_args: object) -> None:
        self.apply_button.setEnabled(self.preview.can_apply and bool(self.reason.text().strip()))

    def chosen_reason(self) -> str:
        return self.reason.text().strip()
