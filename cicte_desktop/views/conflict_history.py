"""Tools > Conflict History: every conflict met when importing field packages, with both
versions and which was kept, by the rule (the newer one) or by a person's choice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from cicte_desktop.locale_format import format_date_time
from cicte_desktop.safe_text import shown
from cicte_desktop.sync.conflicts import OURS, LoggedConflict, table_label
from cicte_desktop.views.forms.ui_conflict_history import Ui_ConflictHistoryDialog
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles
from cicte_desktop.views.screen_fit import fit_to_screen


class ConflictHistoryDialog(QDialog):
    def __init__(self, conflicts: list[LoggedConflict], device_names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictHistoryDialog()
        self.ui.setupUi(self)
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        self._conflicts = conflicts
        self._names = device_names
        if not conflicts:
            self.ui.intro.setText(self.tr("No conflicts so far."))
        self.table = self.ui.history
        self.table.setRowCount(len(conflicts))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, conflict in enumerate(conflicts):
            kept = self.tr("This computer's version") if conflict.winner == OURS else self.tr(
                "The package's version")
            how = self.tr("the newer one") if conflict.rule == "newest" else self.tr("chosen by {user}").format(
                user=shown(conflict.user_name) or self.tr("a user"))
            values = (format_date_time(conflict.resolved_at),
                      conflict.peer_name, table_label(conflict.table), conflict.label, f"{kept} ({how})")
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(shown(value)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = self.ui.detail
        self.detail.ours.setVisible(False)
        self.detail.theirs.setVisible(False)
        self.ui.splitter.setStretchFactor(1, 2)
        self.table.currentCellChanged.connect(self._show)
        self.detail.setVisible(bool(conflicts))
        if conflicts:
            self.table.selectRow(0)
            self._show(0)
        fit_to_screen(self, 1000, 620)

    def _show(self, row: int, *_args: object) -> None:
        if not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]

        def head(where: str, values: dict) -> str:
            return self.tr("{where}\n{device}").format(
                where=where, device=self._names.get(values.get("device_id", ""), self.tr("another computer")))

        self.detail.show_versions(f"{table_label(conflict.table)}: {conflict.label}", list(conflict.ours),
                                  conflict.ours, conflict.theirs, head(self.tr("This computer had"), conflict.ours),
                                  head(self.tr("The package brought"), conflict.theirs))
        self.detail.rule.setText(self.tr("Kept: {side}.").format(
            side=self.tr("this computer's version") if conflict.winner == OURS else self.tr(
                "the package's version")))
