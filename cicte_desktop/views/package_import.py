"""What importing a field package would do: counts per kind of record, the changes, and each
conflict with both versions side by side and a choice of which to keep. Nothing is written
until Import."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.locale_format import format_date_time, format_stored
from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.safe_text import shown
from cicte_desktop.sync.conflicts import OURS, THEIRS, Conflict, table_label
from cicte_desktop.sync.import_plan import CONFLICT, DELETED, NEW, REFUSED_AUTHORITY, UNCHANGED, UPDATED, ImportPlan
from cicte_desktop.views.roles import set_role
from cicte_desktop.views.theme import set_relative_font
from cicte_desktop.vocabulary import event_type_label, modality_label, status_label
from cicte_desktop.views.screen_fit import ShrinkingArea, fit_to_screen
from cicte_desktop.views.accessible import make_accessible



def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)



def _when(text: Any, seconds: bool = False) -> str:
    try:
        stamp = dt.datetime.strptime(str(text), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return str(text)
    # two versions of a record are often minutes apart: the seconds, in the format of the rest
    return format_date_time(stamp, seconds=seconds)


#: The rows of the list of records kept in sight on the smallest screen.
LIST_ROWS = 5


def compact_rows(table: QTableWidget) -> None:
    """Rows one line of text high (the style's default is half as high again)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


#: Bookkeeping rows, counted but not listed one by one in the preview.
NOT_LISTED = ("audit_entry", "event_member_state", "event_partner")


class ConflictView(QWidget):
    """One record's two versions, field by field; the fields that differ are highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        set_role(self.title, "heading")
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("sideBySide")
        self.fields.setAccessibleName(self.tr("Both versions, field by field"))
        self.fields.verticalHeader().setVisible(False)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setWordWrap(True)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ours = QRadioButton()
        self.ours.setObjectName("keepOurs")
        self.theirs = QRadioButton()
        self.theirs.setObjectName("takeTheirs")
        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        choice = QHBoxLayout()
        choice.addWidget(self.ours)
        choice.addWidget(self.theirs)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.fields, 1)
        layout.addLayout(choice)
        layout.addWidget(self.rule)

    def show_versions(self, title: str, columns: list[str], ours: dict[str, Any], theirs: dict[str, Any],
                      ours_head: str, theirs_head: str, all_fields: bool = False) -> None:
        self.title.setText(shown(title))
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), shown(ours_head, keep_lines=True),
                                               shown(theirs_head, keep_lines=True)])
        visible = [c for c in columns if c not in ("uuid", "device_id", "created_at", "updated_at")
                   and not c.endswith("_uuid") and (all_fields or ours.get(c) != theirs.get(c) or c in ("title", "name"))]
        self.fields.setRowCount(len(visible))
        for row, column in enumerate(visible):
            differs = ours.get(column) != theirs.get(column)
            for col, text in enumerate((field_label(column), display(column, ours.get(column)),
                                        display(column, theirs.get(column)))):
                item = QTableWidgetItem(text)
                if differs:
                    item.setBackground(qcolor("different"))
                    item.setForeground(qcolor("ink"))
                self.fields.setItem(row, col, item)
        self.fields.resizeRowsToContents()


def field_label(column: str) -> str:
    from cicte_desktop.services.workbook_layout import event_columns

    labels = {key: header for key, header, _width in event_columns()}
    extra = {
        "deleted": _tr("Deleted"), "name": _tr("Name"), "sex": _tr("Sex"),
        "institution": _tr("Institution"), "country": _tr("Country"),
        "position_title": _tr("Position"), "email": _tr("E-mail"), "phone": _tr("Phone"),
        "file_name": _tr("File"), "description": _tr("Description"), "sha256": _tr("Checksum"),
        "size_bytes": _tr("Size (bytes)"), "media_type": _tr("Kind of file"),
        "locked": _tr("Locked"), "reason": _tr("Reason"), "text": _tr("Text"),
        "target_quantity": _tr("Target"), "target_unit": _tr("Unit"), "note": _tr("Note"),
    }
    return labels.get(column) or extra.get(column) or shown(column)


def display(column: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if column in ("deleted", "follow_up_needed", "locked", "upon_request"):
        return _tr("Yes") if value else _tr("No")
    if column == "event_type":
        return event_type_label(value)
    if column == "status":
        return status_label(value)
    if column == "modality":
        return modality_label(value)
    return format_stored(column, value, seconds=True) or shown(value, keep_lines=True)


class PackageImportDialog(QDialog):
    def __init__(self, plan: ImportPlan, device_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageImport")
        self._plan = plan
        self._names = device_names
        package = plan.package
        self._choices: dict[tuple[str, str], str] = {c_key(c): c.rule_winner for c in plan.conflicts}
        self.setWindowTitle(self.tr("Import field package — {name}").format(name=shown(package.path.name)))
        source = QLabel(self.tr("From {device}, made {when}{protected}.").format(
            device=shown(package.source_name), when=shown(_when(package.manifest.get("created_at"))),
            protected=self.tr(", protected with a passphrase") if package.encrypted else ""))
        source.setObjectName("source")
        self.counts = QLabel(self.tr(
            "New: {new} · Updated: {updated} · Deleted: {deleted} · Unchanged: {unchanged} · Conflicts: {conflicts}").format(
            new=plan.count(NEW), updated=plan.count(UPDATED), deleted=plan.count(DELETED),
            unchanged=plan.count(UNCHANGED), conflicts=plan.count(CONFLICT)))
        self.counts.setObjectName("counts")
        set_role(self.counts, "heading")
        notes = []
        if plan.already_imported:
            notes.append(self.tr("This package was imported before, on {when}; what it holds is here already.").format(
                when=_when(plan.already_imported)))
        if plan.skipped:
            notes.append(self.tr("%n record(s) are here already under another identity and are left as they are.", "",
                                 plan.skipped))
        if plan.refused:
            notes.append(self.tr("%n change(s) in this package may not be made from {device} and will be left out "
                                 "(see Refused).", "", len(plan.refused)).format(device=shown(package.source_name)))
        notes += [shown(problem) for problem in plan.problems]
        self.notes = QLabel("\n".join(notes))
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        if plan.problems:
            set_role(self.notes, "error")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.conflict_list = QTableWidget(len(plan.conflicts), 3)
        self.conflict_list.setObjectName("conflicts")
        self.conflict_list.setAccessibleName(self.tr("Conflicts"))
        self.conflict_list.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Kind"), self.tr("Keep")])
        self.conflict_list.verticalHeader().setVisible(False)
        self.conflict_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.conflict_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        compact_rows(self.conflict_list)
        for row, conflict in enumerate(plan.conflicts):
            self.conflict_list.setItem(row, 0, QTableWidgetItem(shown(conflict.label)))
            self.conflict_list.setItem(row, 1, QTableWidgetItem(table_label(conflict.table)))
            self.conflict_list.setItem(row, 2, QTableWidgetItem(self._side_name(conflict.rule_winner)))
        self.conflict_view = ConflictView()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.conflict_view.ours)
        self.choice.addButton(self.conflict_view.theirs)
        self.conflict_view.ours.toggled.connect(self._choice_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(self.conflict_view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        conflicts_tab = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_tab)
        explanation = QLabel(self.tr(
            "These records were changed both on this computer and on {device} since the two last exchanged packages. "
            "The newer version is kept unless you choose the other one; your choice then counts as a new change and "
            "reaches the other computers too. Every conflict is recorded (Tools > Conflict History).").format(
            device=shown(package.source_name)))
        explanation.setWordWrap(True)
        conflicts_layout.addWidget(explanation)
        conflicts_layout.addWidget(splitter, 1)
        if not plan.conflicts:
            splitter.setVisible(False)
            explanation.setText(self.tr("No conflicts: nothing in this package was also changed on this computer."))
        self.tabs.addTab(conflicts_tab, self.tr("Conflicts ({count})").format(count=len(plan.conflicts)))

        changes_tab = QWidget()
        changes_layout = QVBoxLayout(changes_tab)
        kinds = [(NEW, self.tr("New")), (UPDATED, self.tr("Updated")), (DELETED, self.tr("Deleted")),
                 (UNCHANGED, self.tr("Unchanged")), (CONFLICT, self.tr("Conflicts"))]
        shown_tables = [t for t in plan.tables.values() if any(t.counts.values())]
        self.summary = QTableWidget(len(shown_tables), len(kinds) + 1)
        self.summary.setObjectName("summary")
        self.summary.setAccessibleName(self.tr("Summary of the changes"))
        self.summary.setHorizontalHeaderLabels([self.tr("Records"), *(label for _k, label in kinds)])
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, table_plan in enumerate(shown_tables):
            self.summary.setItem(row, 0, QTableWidgetItem(table_label(table_plan.table)))
            for col, (kind, _label) in enumerate(kinds, 1):
                item = QTableWidgetItem(str(table_plan.counts[kind]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.summary.setItem(row, col, item)
        compact_rows(self.summary)
        # As high as its rows while there is room; on a short screen it gives way to the list of
        # records (down to its heading and a row and a half) and scrolls.
        self.summary.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        whole = self.summary.horizontalHeader().sizeHint().height() + 2 * self.summary.frameWidth()
        self.summary.setMaximumHeight(whole + self.summary.verticalHeader().length())
        self.summary.setMinimumHeight(whole + min(self.summary.verticalHeader().length(),
                                                  3 * self.summary.verticalHeader().defaultSectionSize() // 2))
        words = {NEW: self.tr("New"), UPDATED: self.tr("Updated"), DELETED: self.tr("Deleted"),
                 CONFLICT: self.tr("Conflict")}
        changes = [(words[kind], table_label(t.table), label) for t in plan.tables.values()
                   if t.table not in NOT_LISTED for kind, label in t.changes if kind != UNCHANGED]
        self.changes = QTableWidget(len(changes), 3)
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setHorizontalHeaderLabels([self.tr("What happens"), self.tr("Kind"), self.tr("Record")])
        self.changes.verticalHeader().setVisible(False)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(changes):
            for col, value in enumerate(values):
                self.changes.setItem(row, col, QTableWidgetItem(shown(value)))
        self.changes.resizeColumnToContents(0)
        self.changes.resizeColumnToContents(1)
        compact_rows(self.changes)
        # The list of records keeps five rows in sight whatever the screen (the summary above it
        # and the sender's box at the top give way first).
        rows = min(max(len(changes), 1), LIST_ROWS) * self.changes.verticalHeader().defaultSectionSize()
        self.changes.setMinimumHeight(self.changes.horizontalHeader().sizeHint().height()
                                      + 2 * self.changes.frameWidth() + rows)
        changes_layout.setContentsMargins(6, 6, 6, 6)
        changes_layout.addWidget(self.summary)
        changes_layout.addWidget(self.changes, 1)
        self.tabs.addTab(changes_tab, self.tr("Changes"))
        if not plan.conflicts:
            self.tabs.setCurrentIndex(1)
        self.refused = self._refused_tab(plan)
        self.sender_box, self.trust_check = self._sender_box(plan)

        advice = QLabel(self.tr("Nothing is written until you press Import, and then everything at once."))
        advice.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._update_import_button()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        head = QWidget()
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(0, 0, 0, 0)
        head_layout.addWidget(source)
        if self.sender_box is not None:
            head_layout.addWidget(self.sender_box)
        head_layout.addWidget(self.counts)
        head_layout.addWidget(self.notes)
        self.head = ShrinkingArea(head, lines=4)
        self.head.setObjectName("head")
        self.head.setAccessibleName(self.tr("About this package"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(advice)
        layout.addWidget(self.buttons)
        make_accessible(self)  # buttons in the order seen
        self.conflict_list.currentCellChanged.connect(self._show_conflict)
        if plan.conflicts:
            self.conflict_list.selectRow(0)
            self._show_conflict(0)
        fit_to_screen(self, 1100, 640)

    def _refused_tab(self, plan: ImportPlan) -> QTableWidget | None:
        """The changes this sender may not make here: plan and reference data from a laptop, edits
        inside locked reporting periods."""
        if not plan.refused:
            return None
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        explanation = QLabel(self.tr(
            "Only headquarters may change the work plan, the member states, partners and mandates, and lock or unlock "
            "reporting periods; events in a locked period are changed only at headquarters. These changes from "
            "{device} are left out; everything else in the package is imported.").format(
            device=plan.package.source_name))
        explanation.setWordWrap(True)
        table = QTableWidget(len(plan.refused), 3)
        table.setObjectName("refused")
        table.setAccessibleName(self.tr("Left out"))
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Record"), self.tr("Why it is left out")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        for row, (kind, reason, label) in enumerate(plan.refused):
            why = (self.tr("Only headquarters may change it") if reason == REFUSED_AUTHORITY
                   else self.tr("Its reporting period is locked"))
            for col, text in enumerate((table_label(kind), label, why)):
                item = QTableWidgetItem(text)
                item.setBackground(qcolor("problem"))
                item.setForeground(qcolor("ink"))
                table.setItem(row, col, item)
        table.resizeColumnToContents(0)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(2)
        tab_layout.addWidget(explanation)
        tab_layout.addWidget(table, 1)
        self.tabs.addTab(tab, self.tr("Refused ({count})").format(count=len(plan.refused)))
        if not plan.conflicts:
            self.tabs.setCurrentWidget(tab)
        return table

    def _sender_box(self, plan: ImportPlan) -> tuple[QFrame | None, QCheckBox | None]:
        """First contact (or a new key, or a new claim to be headquarters): who signed the package,
        its fingerprint to compare, and a box to tick once it matches."""
        sender = plan.sender
        if sender is None or not sender.needs_confirmation:
            return None, None
        box = QFrame()
        box.setObjectName("senderCheck")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        set_role(box, "caution")
        title = QLabel(self.tr("Confirm who sent this package"))
        set_role(title, "heading")
        question = QLabel(sender.question())
        question.setObjectName("senderQuestion")
        question.setWordWrap(True)
        role = (self.tr("headquarters of this database") if sender.claimed_role == "headquarters"
                else self.tr("a laptop"))
        who = QLabel(self.tr("Sender: {name} ({role})").format(name=sender.name, role=role))
        who.setObjectName("senderName")
        who.setWordWrap(True)
        fingerprint = QLabel(sender.fingerprint)
        fingerprint.setObjectName("fingerprint")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(fingerprint, "fingerprint")
        set_relative_font(fingerprint, 1.4)  # larger than the text around it, whatever size the user reads
        check = QCheckBox(self.tr("I compared this fingerprint with {name}: it is the same. Trust {name}.").format(
            name=sender.name))
        check.setObjectName("trustSender")
        set_role(check, "heading")
        check.toggled.connect(self._update_import_button)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(title)
        box_layout.addWidget(question)
        box_layout.addWidget(who)
        box_layout.addWidget(fingerprint)
        box_layout.addWidget(check)
        return box, check

    def _update_import_button(self, *_args: object) -> None:
        check = getattr(self, "trust_check", None)
        self.import_button.setEnabled(self._plan.can_apply and (check is None or check.isChecked()))

    def trust_sender(self) -> bool:
        """Whether the person confirmed the sender's fingerprint (always True for a trusted sender)."""
        return self.trust_check is None or self.trust_check.isChecked()

    def _side_name(self, side: str) -> str:
        return self.tr("This computer's") if side == OURS else self.tr("The package's")

    def _current(self) -> Conflict | None:
        row = self.conflict_list.currentRow()
        return self._plan.conflicts[row] if 0 <= row < len(self._plan.conflicts) else None

    def _show_conflict(self, row: int, *_args: object) -> None:
        if not 0 <= row < len(self._plan.conflicts):
            return
        conflict = self._plan.conflicts[row]
        ours = dict(zip(conflict.columns, conflict.ours, strict=True))
        theirs = dict(zip(conflict.columns, conflict.theirs, strict=True))

        def head(side: str, values: dict[str, Any]) -> str:
            where = self.tr("This computer") if side == OURS else self.tr("The package")
            if values.get("updated_at") is None:  # a record new here (an edit held back by a locked period)
                return self.tr("{where}\n(not on this computer)").format(where=where)
            device = self._names.get(values["device_id"], self.tr("another computer"))
            return self.tr("{where}\n{device}\n{when}").format(where=where, device=device,  # one per line: narrow
                                                                when=_when(values["updated_at"], seconds=True))

        self.conflict_view.show_versions(
            f"{table_label(conflict.table)}: {conflict.label}", conflict.columns, ours, theirs,
            head(OURS, ours), head(THEIRS, theirs))
        self.conflict_view.ours.setText(self.tr("Keep this computer's version"))
        self.conflict_view.theirs.setText(self.tr("Take the package's version"))
        if conflict.locked:
            self.conflict_view.rule.setText(self.tr(
                "This event is in a reporting period that has been reported and locked: the version reported is kept "
                "unless you take the package's version here."))
        else:
            self.conflict_view.rule.setText(self.tr("The newer version is {side} (changed {when}).").format(
                side=self.tr("this computer's") if conflict.rule_winner == OURS else self.tr("the package's"),
                when=_when(max(v for v in (ours["updated_at"], theirs["updated_at"]) if v), seconds=True)))
        chosen = self._choices[c_key(conflict)]
        self.conflict_view.ours.blockSignals(True)
        (self.conflict_view.ours if chosen == OURS else self.conflict_view.theirs).setChecked(True)
        self.conflict_view.ours.blockSignals(False)

    def _choice_changed(self, _checked: bool) -> None:
        conflict = self._current()
        if conflict is None:
            return
        side = OURS if self.conflict_view.ours.isChecked() else THEIRS
        self._choices[c_key(conflict)] = side
        row = self.conflict_list.currentRow()
        text = self._side_name(side) + ("" if side == conflict.rule_winner else " " + self.tr("(your choice)"))
        self.conflict_list.item(row, 2).setText(text)

    def choose(self, row: int, side: str) -> None:
        """Choose a side for the conflict in ``row``, as a click on its radio button does."""
        self.conflict_list.selectRow(row)
        self._show_conflict(row)
        (self.conflict_view.ours if side == OURS else self.conflict_view.theirs).setChecked(True)

    def choices(self) -> dict[tuple[str, str], str]:
        return dict(self._choices)


def c_key(conflict: Conflict) -> tuple[str, str]:
    return conflict.table, conflict.uuid
