"""File > Export PDF Report: which report (semi-annual, one member state, certificates), for
which period, member state or event. The report is previewed before it is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from cicte_desktop import i18n
from cicte_desktop.exports.pdf import CERTIFICATES, KINDS, MEMBER_STATE, ReportOptions, kind_labels
from cicte_desktop.locale_format import format_date
from cicte_desktop.services.figures import EventFilter
from cicte_desktop.services.reference import MemberStateItem
from cicte_desktop.services.reporting import RosterEvent
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.views.export_dialog import fill_languages
from cicte_desktop.views.forms import fill_slot
from cicte_desktop.views.forms.ui_pdf_report_dialog import Ui_PdfReportDialog
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles
from cicte_desktop.views.period_picker import PeriodPicker


class PdfReportDialog(QDialog):
    """``rosters(filter)`` lists the events of a period that have participants (a service call);
    ``event`` is the event selected in the window, offered first for certificates."""

    def __init__(self, plan: WorkPlanNode, member_states: list[MemberStateItem],
                 rosters: Callable[[EventFilter], list[RosterEvent]], kind: str | None = None,
                 event: RosterEvent | None = None, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfReportDialog()
        self.ui.setupUi(self)
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        self._plan = plan
        self._rosters = rosters
        self._event = event
        self._events: dict[str, RosterEvent] = {}
        self.kind = self.ui.reportKind
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.period = fill_slot(self.ui, "periodPicker", PeriodPicker(plan.year))
        self.member_state, self.member_state_label = self.ui.memberState, self.ui.memberStateLabel
        for state in member_states:
            self.member_state.addItem(f"{state.name} ({state.iso3})", state.iso3)
        self.event, self.event_label = self.ui.event, self.ui.eventLabel
        self.language = fill_languages(self.ui.language, language or i18n.ui_language())
        self.hint = self.ui.hint
        self.buttons = self.ui.buttons
        preview = self.buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        preview.setObjectName("previewButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if event is not None and event.start_date is not None:
            self.period.set_half_of(event.start_date)
        if kind in KINDS:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.currentIndexChanged.connect(self._update)
        self.period.changed.connect(self._update)
        self.setMinimumWidth(640)
        self._update()

    @property
    def preview_button(self) -> QPushButton:
        """Looked up each time, not kept: PySide lets go of a kept button's Python side once the
        form's placeholder is deleted (the focus chain walked to fill it made the one the other's
        Python parent), and "Unexpected error: Internal C++ object already deleted" followed."""
        return self.buttons.findChild(QPushButton, "previewButton")

    def _update(self, *_args: object) -> None:
        kind = self.kind.currentData()
        for widget in (self.member_state, self.member_state_label):
            widget.setVisible(kind == MEMBER_STATE)
        for widget in (self.event, self.event_label):
            widget.setVisible(kind == CERTIFICATES)
        hint = ""
        if kind == CERTIFICATES:
            self._fill_events()
            if not self.event.count():
                hint = self.tr("No event in this period has participants on its roster. Add them in the event's "
                               "form (or import its attendance sheet), or choose another period.")
            else:
                hint = self.tr("One landscape page per participant, to print and sign.")
        elif kind == MEMBER_STATE:
            hint = self.tr("Everything completed for one member state in the period. No participant's name is "
                           "printed.")
        else:
            hint = self.tr("Cover, contents, summary by work area, charts, the completed events of each program and "
                           "a member-state annex. No participant's name is printed.")
        date_from, date_to = self.period.dates()
        if kind != CERTIFICATES and date_from is not None and date_to is not None and date_from.year != date_to.year:
            hint += " " + self.tr("A period over the plans of several years gives a part for each plan year, "
                                  "measured against its own plan.")
        self.hint.setText(hint)
        self.preview_button.setEnabled(kind != CERTIFICATES or self.event.count() > 0)
        self.adjustSize()  # the hint's lines and the rows shown change the height

    def _fill_events(self) -> None:
        chosen = self.event.currentData()
        date_from, date_to = self.period.dates()
        events = self._rosters(EventFilter(date_from=date_from, date_to=date_to))
        if self._event is not None and all(e.uuid != self._event.uuid for e in events):
            events.insert(0, self._event)
        self._events = {e.uuid: e for e in events}
        self.event.blockSignals(True)
        self.event.clear()
        for item in events:
            day = format_date(item.start_date)
            self.event.addItem(self.tr("{date} · {title} ({participants})").format(
                date=day, title=item.title, participants=self.tr("%n participant(s)", "", item.participants)),
                item.uuid)
        wanted = chosen or (self._event.uuid if self._event else None)
        index = self.event.findData(wanted) if wanted else -1
        self.event.setCurrentIndex(max(index, 0) if self.event.count() else -1)
        self.event.blockSignals(False)

    def options(self) -> ReportOptions:
        kind = self.kind.currentData()
        date_from, date_to = self.period.dates()
        return ReportOptions(kind, date_from, date_to,
                             member_state=self.member_state.currentData() if kind == MEMBER_STATE else None,
                             event=self.event.currentData() if kind == CERTIFICATES else None,
                             language=self.language.currentData())

    def event_title(self) -> str | None:
        """The chosen event's title, for the file name of its certificates."""
        chosen = self._events.get(self.event.currentData())
        return chosen.title if chosen else None
