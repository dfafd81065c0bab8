"""The right-hand pane: everything about the selected plan item and the events under it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.qtmodels.event_table import EventTableModel
from cicte_desktop import i18n
from cicte_desktop.services import figures
from cicte_desktop.services.member_state_names import localized_name
from cicte_desktop.services.figures import NodeProgress, Summary
from cicte_desktop.services.reference import MandateItem
from cicte_desktop.views.header_fit import ColumnFit
from cicte_desktop.views.roles import set_role
from cicte_desktop.views.theme import set_relative_font
from cicte_desktop.vocabulary import STATUS_LABELS, status_label


class DetailPane(QWidget):
    event_activated = Signal(str)  # uuid of the event to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.breadcrumb = QLabel()
        self.breadcrumb.setObjectName("breadcrumb")
        self.breadcrumb.setTextFormat(Qt.TextFormat.PlainText)
        self.breadcrumb.setWordWrap(True)
        self.breadcrumb.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel()
        self.kind.setObjectName("kind")
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # titles are data: never rendered as markup
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_relative_font(self.title, 1.25)

        self.target = QLabel()
        self.target.setObjectName("targetLine")
        self.target.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(260)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.progress)
        self.events_line = QLabel()
        self.events_line.setObjectName("eventsLine")
        self.events_line.setWordWrap(True)
        self.people_line = QLabel()
        self.people_line.setObjectName("peopleLine")
        self.people_line.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("readingNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        set_role(self.note, "note")

        self.mandates_toggle = QToolButton()
        self.mandates_toggle.setObjectName("mandatesToggle")
        self.mandates_toggle.setCheckable(True)
        self.mandates_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.mandates_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.mandates_toggle.setAutoRaise(True)
        self.mandates = QTextBrowser()
        self.mandates.setObjectName("mandates")
        self.mandates.setMaximumHeight(170)
        self.mandates.setVisible(False)
        self.mandates_toggle.toggled.connect(self._toggle_mandates)

        self.event_model = EventTableModel(self)
        self.events = QTableView()
        self.events.setAccessibleName(self.tr("Events"))
        self.events.setObjectName("eventTable")
        self.events.setModel(self.event_model)
        self.events.setSortingEnabled(True)
        self.events.sortByColumn(EventTableModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events.setAlternatingRowColors(True)
        self.events.verticalHeader().setVisible(False)
        self.events.setWordWrap(False)
        self.events.setTabKeyNavigation(False)  # Tab goes on to the next control; the arrows move in the list
        header = self.events.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.events.fontMetrics()
        # Room for each header's text and its sort arrow, whatever the language; the rest to the title.
        self.event_columns = ColumnFit(self.events, stretch={EventTableModel.COLUMN_TITLE: 1}, samples={
            EventTableModel.COLUMN_DATE: "2016-12-31", EventTableModel.COLUMN_TYPE: self.tr("Training course"),
            EventTableModel.COLUMN_STATES: "JAM TTO",
            EventTableModel.COLUMN_STATUS: max((status_label(c) for c in STATUS_LABELS), key=len),
            EventTableModel.COLUMN_PARTICIPANTS: "00000"})
        self.events.verticalHeader().setDefaultSectionSize(metrics.height() + 6)
        # Double-click or Enter opens an event (not "activated", which some desktops fire on a
        # single click).
        self.events.doubleClicked.connect(self._activated)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.events)
        self.stack.addWidget(self.empty)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        for widget in (self.breadcrumb, self.kind, self.title):
            layout.addWidget(widget)
        layout.addLayout(target_row)
        for widget in (self.events_line, self.people_line, self.note, self.mandates_toggle, self.mandates, line):
            layout.addWidget(widget)
        layout.addWidget(self.stack, 1)
        for label in (self.breadcrumb, self.kind, self.target, self.events_line, self.people_line, self.note):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.show_nothing()

    # --- content ------------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.breadcrumb.clear()
        self.kind.clear()
        self.title.setText(self.tr("Select a work area, program, project or planned activity to see its "
                                   "figures and the events logged under it."))
        for widget in (self.target, self.progress, self.events_line, self.people_line, self.note,
                       self.mandates_toggle, self.mandates):
            widget.setVisible(False)
        self.event_model.set_loader(None)
        self.empty.setText("")
        self.stack.setCurrentWidget(self.empty)

    def show_item(self, *, breadcrumb: list[str], kind: str, title: str, target: str, progress: NodeProgress | None,
                  summary: Summary, mandates: list[MandateItem], note: str | None,
                  matching: tuple[str, int] | None = None) -> None:
        """``matching``: while a search lists only some events, what was searched and how many of
        the item's events match, so that the heading counts what the list shows."""
        locale = QLocale()
        self.breadcrumb.setText(" › ".join(breadcrumb))
        self.breadcrumb.setVisible(bool(breadcrumb))
        self.kind.setText(kind)
        self.title.setText(title)
        # The same figures, in the same words, as the tree, the workbook and the reports.
        node = progress or NodeProgress(0, 0, 0, 0, figures.NO_TARGET)
        self.target.setText(figures.describe_line(node, locale.toString, target_text=target or None))
        self.target.setToolTip(self.tr("Achieved counts the units of completed events under the current filters; "
                                       "counted toward target counts each activity at most up to its own target."))
        self.target.setVisible(True)
        percent = node.bar_percent
        self.progress.setVisible(percent is not None)
        if percent is not None:
            self.progress.setValue(min(100, round(percent)))
            text = self.tr("{label}: {value}").format(
                label=figures.label("share" if node.contribution else "progress"), value=figures.percent_text(percent))
            self.progress.setFormat(text)
            self.progress.setMinimumWidth(min(260, self.progress.fontMetrics().horizontalAdvance(text) + 24))
            set_role(self.progress, "progress", node.state)
        statuses = ", ".join(
            self.tr("{status}: {count}").format(count=locale.toString(n), status=status_label(code).lower())
            for code in STATUS_LABELS if (n := summary.events_by_status.get(code, 0))
        )
        if summary.events and matching is not None:
            text, count = matching
            self.events_line.setText(self.tr("Events matching “{text}”: %n of {total}", "", count).format(
                total=locale.toString(summary.events), text=text))
            self.events_line.setToolTip(self.tr("Events: {count} ({statuses})").format(
                count=locale.toString(summary.events), statuses=statuses))
        else:
            self.events_line.setText(
                self.tr("Events: {count} ({statuses})").format(count=locale.toString(summary.events), statuses=statuses)
                if summary.events else self.tr("Events: none under the current filters")
            )
            self.events_line.setToolTip("")
        self.events_line.setVisible(True)
        self.people_line.setText(self.tr(
            "Participants in completed events: {total} ({women}, {men}, {unknown} not recorded) · {states}").format(
            total=locale.toString(summary.participants), women=self.tr("%Ln women", "", summary.women),
            men=self.tr("%Ln men", "", summary.men), unknown=locale.toString(summary.sex_not_recorded),
            states=self.tr("%n member state(s) reached", "", len(summary.member_states))))
        self.people_line.setToolTip("; ".join(localized_name(iso3, i18n.ui_language()) for iso3 in summary.member_states))
        self.people_line.setVisible(summary.events > 0)
        self.note.setText(self.tr("Reading of the source document: {note}").format(note=note) if note else "")
        self.note.setVisible(bool(note))
        self._set_mandates(mandates)

    def _set_mandates(self, mandates: list[MandateItem]) -> None:
        import html  # when an item is first shown, not before the first paint (its entity table: 1 ms)

        self.mandates_toggle.setText(self.tr("Mandates that apply to this work area ({count})").format(
            count=len(mandates)))
        self.mandates_toggle.setVisible(bool(mandates))
        parts = []
        for mandate in mandates:
            heading = " — ".join(x for x in (mandate.symbol, mandate.title, mandate.section) if x)
            quotes = "".join(f"<p style='margin-left:12px'>{html.escape(p)}</p>" for p in mandate.paragraphs)
            parts.append(f"<p><b>{html.escape(heading)}</b></p>{quotes}")
        self.mandates.setHtml("".join(parts))
        self.mandates.setVisible(bool(mandates) and self.mandates_toggle.isChecked())

    def _toggle_mandates(self, shown: bool) -> None:
        self.mandates_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.mandates.setVisible(shown)

    def show_events(self, loader, empty_text: str) -> None:  # type: ignore[no-untyped-def]
        """List the events ``loader`` pages through; ``empty_text`` says what to do when none."""
        self.event_model.set_loader(loader)
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.events if self.event_model.rowCount() else self.empty)

    def open_current(self) -> None:
        index = self.events.currentIndex()
        if index.isValid():
            self._activated(index)

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        row = self.event_model.row(index.row())
        if row is not None:
            self.event_activated.emit(row.uuid)
