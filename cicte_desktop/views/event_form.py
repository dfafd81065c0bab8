"""The event form: log or edit a mission, workshop, course... with its roster and files.

It holds no SQL: it builds an ``EventInput`` from its fields and calls the event services.
What is typed is kept as a draft every few seconds and when the form closes, so that a crash
or a dead battery loses nothing; the next start offers to restore it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.db.database import Database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop.locale_format import format_date_time, format_stored
from cicte_desktop.qtmodels.roster_table import RosterTableModel
from cicte_desktop.safe_text import shown
from cicte_desktop import i18n
from cicte_desktop.services import workplan
from cicte_desktop.services.events import audit, drafts, errors, inputs, periods, reading, validation, writing
from cicte_desktop.services.events.inputs import AttachmentInput, EventInput, ParticipantInput
from cicte_desktop.services.events.validation import Problem
from cicte_desktop.services.reference import MemberStateItem, PartnerItem
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.views import messages
from cicte_desktop.views.activity_picker import ActivityPicker
from cicte_desktop.views.date_field import OptionalDateEdit
from cicte_desktop.views.multi_select import MultiSelect
from cicte_desktop.views.screen_fit import WheelScrollsForm, fit_to_screen
from cicte_desktop.vocabulary import (
    EVENT_TYPE_LABELS,
    MODALITY_LABELS,
    STATUS_LABELS,
    event_type_label,
    modality_label,
    status_label,
)

AUTOSAVE_MS = 3000
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"


class EventForm(QDialog):
    """Log a new event (``event_uuid`` None) or edit one; ``initial`` fills the fields.

    ``within`` (a work area, program or project) limits the activity picker to the activities
    under it, none chosen yet: the user says which."""

    saved = Signal(str)  # the event's uuid

    def __init__(self, db: Database, plan: WorkPlanNode, *, activity_uuid: str | None = None,
                 within: str | None = None,
                 event_uuid: str | None = None, initial: EventInput | None = None, draft_id: str | None = None,
                 member_states: list[MemberStateItem], partners: list[PartnerItem], data_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventForm")
        self._db, self._plan, self._event_uuid = db, plan, event_uuid
        self._data_folder = data_folder
        self._draft_id = draft_id or str(uuid.uuid4())
        self._dirty = False
        self._loading = True
        self._total_in_sync = True
        self._original = initial
        self._roster_counts = (0, 0, 0)
        self._locked_message: str | None = None
        self._attachments: list[AttachmentInput] = []
        self._error_labels: dict[str, QLabel] = {}
        self._captions: list[QLabel] = []  # every field's label, all groups' as wide as the widest
        self.setWindowTitle(self.tr("New event") if event_uuid is None else
                            self.tr("Edit event — {title}").format(title=initial.title if initial else ""))

        self._member_state_items = list(member_states)
        # The start year of an existing event: said nothing of even when that year has no plan (an
        # event logged before its year had one); any other year without a plan warns
        # (``_follow_plan_year``): the event is saved under the plan it is in, never refused, for a
        # trainer may log January's workshop before headquarters' new plan reaches the laptop.
        self._kept_year = (initial.start_date.year if event_uuid is not None and initial and initial.start_date
                           else None)
        self._no_plan_year: int | None = None
        self._chosen_in: dict[int, str] = {}  # plan year -> the activity chosen while the event was in it
        # An event is under the plan its activity belongs to (an event logged before its year had
        # a plan stays under the earlier year's activity: it is listed, never lost).
        chosen = (initial.activity_uuid if initial else None) or activity_uuid
        year = workplan.plan_year_of_activity(db, chosen) if chosen else None
        if year is not None and year != plan.year:
            self._plan = workplan.get_work_plan(db, year, language=i18n.ui_language())
        self._build(member_states, partners, within)
        self._fill(initial or EventInput(activity_uuid=activity_uuid or "", event_type="workshop", title=""))
        self._loading = False
        self._saved = self._stored_event()
        self._check_lock()
        self._dirty = draft_id is not None  # a restored draft holds unsaved work
        self._validate()
        if not self.activity.current_uuid():
            self.activity.setFocus()  # the first thing to say: which activity
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._autosave.start()
        fit_to_screen(self, 860, 720)

    # --- building ---------------------------------------------------------------------------

    def _field(self, form: QFormLayout, label: str, widget: QWidget, name: str, required: bool = False) -> None:
        """A labelled field with its own error line under it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        self._error_labels[name] = error
        caption = QLabel(label + (" *" if required else ""))
        caption.setBuddy(widget)
        self._captions.append(caption)
        if required:
            caption.setToolTip(self.tr("Required"))
        form.addRow(caption, holder)

    def _section(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(box)
        return form

    def _build(self, member_states: list[MemberStateItem], partners: list[PartnerItem],
               within: str | None = None) -> None:
        body = QWidget()
        sections = QVBoxLayout(body)
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("background: #fff4ce; padding: 6px; border: 1px solid #e0c060;")
        self.lock_banner.setVisible(False)
        sections.addWidget(self.lock_banner)

        what = self._section(sections, self.tr("What"))
        # A new event is logged against an activity still in the plan; an event already under a
        # retired one keeps it (listed, marked retired).
        keep = self._original.activity_uuid if self._event_uuid is not None and self._original else None
        self.activity = ActivityPicker(self._plan, keep=keep or None)
        self.activity.setObjectName("activity")
        self.activity.set_within(within)
        self._field(what, self.tr("Planned activity"), self.activity, "activity_uuid", required=True)
        self.plan_note = QLabel()
        self.plan_note.setObjectName("planNote")
        self.plan_note.setWordWrap(True)
        self.plan_note.setStyleSheet("background: #eaf3fb; padding: 4px;")
        self.plan_note.setVisible(False)
        what.addRow("", self.plan_note)
        self.event_type = QComboBox()
        self.event_type.setObjectName("eventType")
        for code in EVENT_TYPE_LABELS:
            self.event_type.addItem(event_type_label(code), code)
        self._field(what, self.tr("Type"), self.event_type, "event_type", required=True)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. National workshop on container control — Kingston"))
        self._field(what, self.tr("Title"), self.title, "title", required=True)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for code in STATUS_LABELS:
            self.status.addItem(status_label(code), code)
        self._field(what, self.tr("Status"), self.status, "status", required=True)
        self.units = QSpinBox()
        self.units.setObjectName("units")
        self.units.setRange(0, 999)
        self.units.setToolTip(self.tr("How many units of the activity's target this event delivers (usually 1)"))
        self._field(what, self.tr("Counts toward the target"), self.units, "units")

        where = self._section(sections, self.tr("When and where"))
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        self.start_date = OptionalDateEdit()
        self.start_date.setObjectName("startDate")
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.end_date = OptionalDateEdit()
        self.end_date.setObjectName("endDate")
        self.end_date.setAccessibleName(self.tr("End date"))
        dates_row.addWidget(self.start_date)
        to_label = QLabel(self.tr("to"))
        dates_row.addWidget(to_label)
        dates_row.addWidget(self.end_date)
        self.dates_in_words = QLabel()  # month as a word: 5/12/2016 read as 12 May or as 5 December shows
        self.dates_in_words.setObjectName("datesInWords")
        self.dates_in_words.setStyleSheet("color: palette(placeholder-text);")
        dates_row.addWidget(self.dates_in_words)
        dates_row.addStretch(1)
        self._field(where, self.tr("Dates"), dates, "start_date", required=True)
        self._error_labels["end_date"] = self._error_labels["start_date"]
        self.modality = QComboBox()
        self.modality.setObjectName("modality")
        for code in MODALITY_LABELS:
            self.modality.addItem(modality_label(code), code)
        self._field(where, self.tr("Modality"), self.modality, "modality")
        self.member_states = MultiSelect(self.tr("Type to find a member state"))
        self.member_states.setObjectName("memberStates")
        self.member_states.set_items([(s.iso3, f"{s.name} ({s.iso3})", s.iso3) for s in member_states])
        self._field(where, self.tr("Beneficiary member states"), self.member_states, "member_states", required=True)
        self.venue = QLineEdit()
        self.venue.setObjectName("venue")
        self._field(where, self.tr("Venue"), self.venue, "venue")
        self.city = QLineEdit()
        self.city.setObjectName("city")
        self._field(where, self.tr("City"), self.city, "city")

        who = self._section(sections, self.tr("Who"))
        counts = QWidget()
        counts_row = QHBoxLayout(counts)
        counts_row.setContentsMargins(0, 0, 0, 0)
        self.women, self.men, self.sex_not_recorded, self.total = (QSpinBox() for _ in range(4))
        for name, spin, text in (("women", self.women, self.tr("Women")), ("men", self.men, self.tr("Men")),
                                 ("notRecorded", self.sex_not_recorded, self.tr("Not recorded")),
                                 ("total", self.total, self.tr("Total"))):
            spin.setObjectName(name)
            spin.setRange(0, 100_000)
            label = QLabel(text)
            label.setBuddy(spin)
            counts_row.addWidget(label)
            counts_row.addWidget(spin)
            counts_row.addSpacing(8)
        counts_row.addStretch(1)
        self._field(who, self.tr("Participants"), counts, "participants_total")
        # After an attendance sheet is imported: an offer (never a prompt) to take the counts by
        # sex from the roster when they say something else; nothing is saved until Save.
        self.counts_offer = QWidget()
        self.counts_offer.setObjectName("countsOffer")
        self.counts_offer.setStyleSheet("#countsOffer { background: #fff4ce; border: 1px solid #e0c060; }")
        self.counts_offer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        offer_row = QHBoxLayout(self.counts_offer)
        offer_row.setContentsMargins(6, 4, 6, 4)
        self.counts_offer_text = QLabel()
        self.counts_offer_text.setObjectName("countsOfferText")
        self.counts_offer_text.setWordWrap(True)
        self.use_roster_counts = QPushButton(self.tr("Use the roster's counts"))
        self.use_roster_counts.setObjectName("useRosterCounts")
        self.keep_typed_counts = QPushButton(self.tr("Keep these counts"))
        self.keep_typed_counts.setObjectName("keepTypedCounts")
        offer_row.addWidget(self.counts_offer_text, 1)
        offer_row.addWidget(self.use_roster_counts)
        offer_row.addWidget(self.keep_typed_counts)
        self.counts_offer.setVisible(False)
        self.use_roster_counts.clicked.connect(self._use_roster_counts)
        self.keep_typed_counts.clicked.connect(lambda: self.counts_offer.setVisible(False))
        who.addRow(self.counts_offer)
        for name in ("women", "men", "sex_not_recorded"):
            self._error_labels[name] = self._error_labels["participants_total"]
        self.institutions = QSpinBox()
        self.institutions.setObjectName("institutions")
        self.institutions.setRange(-1, 10_000)
        self.institutions.setSpecialValueText(self.tr("not recorded"))
        self._field(who, self.tr("Institutions"), self.institutions, "institutions")
        self.lead_trainer = QLineEdit()
        self.lead_trainer.setObjectName("leadTrainer")
        self._field(who, self.tr("Lead trainer"), self.lead_trainer, "lead_trainer")
        self.experts = QLineEdit()
        self.experts.setObjectName("experts")
        self._field(who, self.tr("Experts"), self.experts, "experts")
        self.partners = MultiSelect(self.tr("Type to find a partner organisation"))
        self.partners.setObjectName("partners")
        self.partners.set_items([(p.uuid, p.name, p.acronym or p.name) for p in partners])
        self._field(who, self.tr("Partner organisations"), self.partners, "partners")
        self.funding_source = QLineEdit()
        self.funding_source.setObjectName("fundingSource")
        self._field(who, self.tr("Funding source"), self.funding_source, "funding_source")
        roster = QWidget()
        roster_column = QVBoxLayout(roster)
        roster_column.setContentsMargins(0, 0, 0, 0)
        self.roster_model = RosterTableModel(self)
        self.roster = QTableView()
        self.roster.setObjectName("roster")
        self.roster.setModel(self.roster_model)
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.roster.verticalHeader().setVisible(False)
        self.roster.setMinimumHeight(self.roster.fontMetrics().height() * 8)
        roster_buttons = QHBoxLayout()
        self.add_person = QPushButton(self.tr("Add person"))
        self.remove_person = QPushButton(self.tr("Remove person"))
        self.import_sheet = QPushButton(self.tr("Import attendance sheet…"))
        for button in (self.add_person, self.remove_person, self.import_sheet):
            roster_buttons.addWidget(button)
        roster_buttons.addStretch(1)
        roster_column.addWidget(self.roster)
        roster_column.addLayout(roster_buttons)
        self._field(who, self.tr("Roster"), roster, "participants")

        results = self._section(sections, self.tr("Results"))
        self.outcomes = QPlainTextEdit()
        self.outcomes.setObjectName("outcomes")
        self.outcomes.setTabChangesFocus(True)
        self.outcomes.setMaximumHeight(self.outcomes.fontMetrics().height() * 5)
        self._field(results, self.tr("Outcomes"), self.outcomes, "outcomes")
        self.satisfaction = QDoubleSpinBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setDecimals(1)
        self.satisfaction.setSingleStep(0.1)
        self.satisfaction.setSpecialValueText(self.tr("not recorded"))
        self._field(results, self.tr("Average satisfaction (1-5)"), self.satisfaction, "satisfaction")
        tests = QWidget()
        tests_row = QHBoxLayout(tests)
        tests_row.setContentsMargins(0, 0, 0, 0)
        self.pretest, self.posttest = QDoubleSpinBox(), QDoubleSpinBox()
        for name, spin, text in (("pretest", self.pretest, self.tr("Pre-test")),
                                 ("posttest", self.posttest, self.tr("Post-test"))):
            spin.setObjectName(name)
            spin.setRange(-1, 100)
            spin.setDecimals(1)
            spin.setSpecialValueText(self.tr("not recorded"))
            label = QLabel(text)
            label.setBuddy(spin)
            tests_row.addWidget(label)
            tests_row.addWidget(spin)
        tests_row.addStretch(1)
        self._field(results, self.tr("Test averages (0-100)"), tests, "pretest_average")
        self._error_labels["posttest_average"] = self._error_labels["pretest_average"]
        self.follow_up = QCheckBox(self.tr("Follow-up needed"))
        self.follow_up.setObjectName("followUp")
        self.follow_up_notes = QLineEdit()
        self.follow_up_notes.setObjectName("followUpNotes")
        self.follow_up_notes.setPlaceholderText(self.tr("What, by whom"))
        follow = QWidget()
        follow_row = QHBoxLayout(follow)
        follow_row.setContentsMargins(0, 0, 0, 0)
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_notes, 1)
        self._field(results, self.tr("Follow-up"), follow, "follow_up_needed")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().height() * 4)
        self._field(results, self.tr("Notes"), self.notes, "notes")

        files = self._section(sections, self.tr("Files"))
        files_widget = QWidget()
        files_column = QVBoxLayout(files_widget)
        files_column.setContentsMargins(0, 0, 0, 0)
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(self.attachments.fontMetrics().height() * 5)
        files_buttons = QHBoxLayout()
        self.add_file = QPushButton(self.tr("Attach file…"))
        self.open_file = QPushButton(self.tr("Open"))
        self.remove_file = QPushButton(self.tr("Remove"))
        for button in (self.add_file, self.open_file, self.remove_file):
            files_buttons.addWidget(button)
        files_buttons.addStretch(1)
        files_column.addWidget(self.attachments)
        files_column.addLayout(files_buttons)
        self._field(files, self.tr("Agenda, attendance list, photos"), files_widget, "attachments")

        self.history = QTableWidget(0, 6)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([self.tr("When"), self.tr("Changed by"), self.tr("Field"), self.tr("Before"),
                                                self.tr("After"), self.tr("Reason")])
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setMinimumHeight(self.history.fontMetrics().height() * 6)
        self.history_box = QGroupBox(self.tr("History of changes"))
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)
        sections.addWidget(self.history_box)
        sections.addStretch(1)
        # One column of labels down the form: each group's fields start where the others' do.
        widest = max(caption.sizeHint().width() for caption in self._captions)
        for caption in self._captions:
            caption.setMinimumWidth(widest)

        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.summary = QLabel()
        self.summary.setObjectName("problemSummary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.scroll = scroll
        self._wheel = WheelScrollsForm(scroll)  # after every field is built
        for button in self.findChildren(QPushButton):  # all of them, now that they are in the dialog
            button.setAutoDefault(False)  # Enter in a line edit must not press a button by surprise
            button.setDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.add_person.clicked.connect(self._add_person)
        self.remove_person.clicked.connect(self._remove_person)
        self.import_sheet.clicked.connect(self._import_sheet)
        self.add_file.clicked.connect(self._add_file)
        self.open_file.clicked.connect(self._open_file)
        self.remove_file.clicked.connect(self._remove_file)
        for edit in (self.title, self.venue, self.city, self.lead_trainer, self.experts, self.funding_source,
                     self.follow_up_notes):
            edit.textChanged.connect(self._changed)
        for text in (self.outcomes, self.notes):
            text.textChanged.connect(self._changed)
        for combo in (self.event_type, self.status, self.modality):
            combo.currentIndexChanged.connect(self._changed)
        self.activity.changed.connect(self._changed)
        for spin in (self.units, self.institutions, self.total, self.satisfaction, self.pretest, self.posttest):
            spin.valueChanged.connect(self._changed)
        for spin in (self.women, self.men, self.sex_not_recorded):
            spin.valueChanged.connect(self._sex_count_changed)
        self.total.valueChanged.connect(self._total_changed)
        for date in (self.start_date, self.end_date):
            date.dateChanged.connect(self._changed)
            date.edited.connect(self._changed)  # typed work, even before it is a whole date
            date.editingFinished.connect(self._date_finished)
        self.start_date.dateChanged.connect(self._start_changed)
        for date in (self.start_date, self.end_date):
            date.dateChanged.connect(self._say_dates)
        self.start_date.editingFinished.connect(self._start_changed)
        self.follow_up.toggled.connect(self._changed)
        self.member_states.changed.connect(self._changed)
        self.partners.changed.connect(self._changed)
        for signal in (self.roster_model.dataChanged, self.roster_model.rowsInserted, self.roster_model.rowsRemoved,
                       self.roster_model.modelReset):
            signal.connect(self._roster_changed)

    # --- filling and reading ------------------------------------------------------------------

    def _fill(self, event: EventInput) -> None:
        def choose(combo: QComboBox, code: object) -> None:
            index = combo.findData(code)
            combo.setCurrentIndex(index if index >= 0 else 0)

        self.activity.set_current(event.activity_uuid)  # none chosen when empty: never the first by surprise
        choose(self.event_type, event.event_type)
        self.title.setText(event.title)
        choose(self.status, event.status)
        self.units.setValue(event.units)
        self.start_date.set_value(event.start_date)
        self.end_date.set_value(event.end_date)
        choose(self.modality, event.modality or "in_person")
        self.member_states.set_selected(event.member_states)
        self.venue.setText(event.venue or "")
        self.city.setText(event.city or "")
        self.roster_model.set_people(event.participants)
        self._roster_counts = self.roster_model.counts()
        self.women.setValue(event.women)
        self.men.setValue(event.men)
        self.sex_not_recorded.setValue(event.sex_not_recorded)
        self.total.setValue(event.participants_total)
        self._total_in_sync = event.participants_total == event.women + event.men + event.sex_not_recorded
        self.institutions.setValue(-1 if event.institutions is None else event.institutions)
        self.lead_trainer.setText(event.lead_trainer or "")
        self.experts.setText(event.experts or "")
        self.partners.set_selected(event.partners)
        self.funding_source.setText(event.funding_source or "")
        self.outcomes.setPlainText(event.outcomes or "")
        self.satisfaction.setValue(event.satisfaction or 0)
        self.pretest.setValue(-1 if event.pretest_average is None else event.pretest_average)
        self.posttest.setValue(-1 if event.posttest_average is None else event.posttest_average)
        self.follow_up.setChecked(event.follow_up_needed)
        self.follow_up_notes.setText(event.follow_up_notes or "")
        self.notes.setPlainText(event.notes or "")
        self._attachments = list(event.attachments)
        self._show_attachments()
        self._show_history()

    def event_input(self) -> EventInput:
        """What the form holds, as the services take it."""
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return EventInput(
            activity_uuid=self.activity.current_uuid(),
            event_type=self.event_type.currentData(),
            title=self.title.text().strip(),
            status=self.status.currentData(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),  # as shown: an empty end date is never filled unseen
            modality=self.modality.currentData(),
            venue=text(self.venue), city=text(self.city),
            member_states=tuple(self.member_states.selected()),
            partners=tuple(self.partners.selected()),
            lead_trainer=text(self.lead_trainer), experts=text(self.experts), funding_source=text(self.funding_source),
            women=self.women.value(), men=self.men.value(), sex_not_recorded=self.sex_not_recorded.value(),
            participants_total=self.total.value(),
            institutions=None if self.institutions.value() < 0 else self.institutions.value(),
            units=self.units.value(),
            outcomes=self.outcomes.toPlainText().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
            follow_up_needed=self.follow_up.isChecked(), follow_up_notes=text(self.follow_up_notes),
            satisfaction=self.satisfaction.value() or None,
            pretest_average=None if self.pretest.value() < 0 else self.pretest.value(),
            posttest_average=None if self.posttest.value() < 0 else self.posttest.value(),
            participants=tuple(self.roster_model.people()),
            attachments=tuple(self._attachments),
        )

    # --- reacting ---------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._validate()

    def _sex_count_changed(self, *_args: object) -> None:
        if self._loading:
            return
        if self.counts_offer.isVisibleTo(self):
            self._offer_roster_counts()
        if self._total_in_sync:  # keep the total the sum, unless the user typed another total
            self.total.blockSignals(True)
            self.total.setValue(self.women.value() + self.men.value() + self.sex_not_recorded.value())
            self.total.blockSignals(False)
        self._changed()

    def _total_changed(self, value: int) -> None:
        if not self._loading:
            self._total_in_sync = value == self.women.value() + self.men.value() + self.sex_not_recorded.value()

    def _start_changed(self, *_args: object) -> None:
        """A start date typed (once the user leaves the field) or picked while the end date is empty
        shows as the end date too (a one-day event), in the field, where the user sees and can change it."""
        start = self.start_date.value()
        self.end_date.set_calendar_start(start)
        if self.start_date.is_being_typed():  # "2016-03-1" is a date on the way to "2016-03-15"
            return
        if not self._loading and start and not self.end_date.text().strip():
            self.end_date.set_value(start)
        if not self._loading and start:
            self._follow_plan_year(start.year)
            self._validate()  # the plan year decides what can be saved

    def _follow_plan_year(self, year: int) -> None:
        """An event belongs to the plan of the year it starts in. A start date in another year that
        has a plan lists that plan and chooses the activity carried over from (or to) the one
        chosen, saying so under the picker ("Moved to the 2017 plan: …"); without one (not carried
        over, or retired there) none is chosen and the form asks for one of that plan. A start
        date in a year without a plan is refused in words (see ``problems``), except the year an
        existing event was logged in before that year had a plan: it stays where it is. Moving
        back brings back the activity chosen in that year."""
        from cicte_desktop.services import plan_years

        if year not in workplan.plan_years(self._db):
            self._no_plan_year = None if year == self._kept_year else year
            return
        self._no_plan_year = None
        if year == self._plan.year:
            return
        current = self.activity.current_uuid()
        previous = self._plan.year
        if current:
            self._chosen_in[previous] = current
        carried = plan_years.carried_activity(self._db, current, year) if current else None
        if carried is None:
            carried = self._chosen_in.get(year)
        self._plan = workplan.get_work_plan(self._db, year, language=i18n.ui_language())
        self.activity.set_plan(self._plan, carried)
        chosen = self.activity.current_uuid()
        if chosen:
            note = self.tr("Moved to the {year} plan: {activity}").format(year=year, activity=self.activity.currentText())
        elif carried:  # carried over, but retired from that plan: not offered for this event
            note = self.tr("Moved to the {year} plan. The activity carried over to it was retired from the plan: "
                           "choose the activity of the {year} plan this event counts toward.").format(year=year)
        elif current:
            note = self.tr("Moved to the {year} plan. Its activity was not carried over to the {year} plan: choose "
                           "the activity of the {year} plan this event counts toward.").format(year=year)
        else:
            note = self.tr("Moved to the {year} plan: the list shows its activities.").format(year=year)
        self.plan_note.setText(note)
        self.plan_note.setVisible(True)

    def _say_dates(self, *_args: object) -> None:
        """The dates held, with the month in words ("12 May 2016 – 15 May 2016")."""
        locale = QLocale()
        said = [locale.toString(value, "d MMM yyyy") for value in (self.start_date.value(), self.end_date.value())
                if value is not None]
        self.dates_in_words.setText(" – ".join(dict.fromkeys(said)))

    def _date_finished(self) -> None:
        if not self._loading:
            self._validate()  # a text that is no date is refused in words once the user leaves it

    def _roster_changed(self, *_args: object) -> None:
        """Roster totals fill the counts by sex, as long as the counts were the roster's (or
        empty): counts typed by hand for a partial roster are never overwritten."""
        counts = (self.women.value(), self.men.value(), self.sex_not_recorded.value())
        follows = counts == self._roster_counts or counts == (0, 0, 0)
        self._roster_counts = self.roster_model.counts()
        if self.counts_offer.isVisibleTo(self):
            self._offer_roster_counts()
        if self._loading or not self.roster_model.rowCount() or not follows:
            self._changed()
            return
        women, men, unknown = self._roster_counts
        self._total_in_sync = True
        self._loading = True
        for spin, value in ((self.women, women), (self.men, men), (self.sex_not_recorded, unknown),
                            (self.total, women + men + unknown)):
            spin.setValue(value)
        self._loading = False
        self._changed()

    def problems(self) -> list[Problem]:
        if self._no_plan_year is not None:  # said once (not also "outside the plan's year"), and saved
            years = workplan.plan_years(self._db)
            problems = [Problem("start_date", self.tr(
                "There is no work plan for {year} yet (work plans: {years}): the event is saved under its activity "
                "of the {plan} plan. Check the start date; once the {year} plan reaches this computer, open the "
                "event and choose its activity there.").format(
                    year=self._no_plan_year, years=", ".join(map(str, years)), plan=self._plan.year), blocking=False)]
            problems += validation.validate(self.event_input(), None)
        else:
            problems = validation.validate(self.event_input(), self._plan.year)
        refused = {name: field.refusal() for name, field in (("start_date", self.start_date),
                                                              ("end_date", self.end_date))}
        if refused["start_date"]:  # said as why the text is no date, not as "enter the start date"
            problems = [p for p in problems if not (p.field == "start_date" and p.blocking)]
        return [Problem(name, text) for name, text in refused.items() if text] + problems

    def _validate(self) -> None:
        problems = self.problems()
        for label in self._error_labels.values():
            label.clear()
            label.setVisible(False)
        for problem in problems:
            label = self._error_labels.get(problem.field)
            if label is None:
                continue
            text = (label.text() + "\n" if label.text() else "") + problem.message
            label.setText(text)
            label.setStyleSheet(ERROR_STYLE if problem.blocking else WARNING_STYLE)
            label.setVisible(True)
        blocking = [p for p in problems if p.blocking]
        if self._locked_message:
            self.save_button.setEnabled(False)
            self.summary.setText(self._locked_message)
            self.summary.setStyleSheet(WARNING_STYLE)
        elif blocking:
            self.save_button.setEnabled(False)
            self.summary.setText(self.tr("Cannot save yet: {problems}").format(
                problems=" · ".join(p.message for p in blocking)))
            self.summary.setStyleSheet(ERROR_STYLE)
        else:
            self.save_button.setEnabled(True)
            warnings = [p.message for p in problems]
            self.summary.setText(" · ".join(warnings))
            self.summary.setStyleSheet(WARNING_STYLE)

    def _stored_event(self) -> EventInput | None:
        """The event as the database holds it (not as a restored draft or a copy says)."""
        if self._event_uuid is None:
            return None
        try:
            return reading.get_event_input(self._db, self._event_uuid)
        except errors.EventGoneError:
            return None

    def _check_lock(self) -> None:
        saved = self._saved
        if saved is None or saved.start_date is None:
            return
        if periods.half_of(saved.start_date) in periods.locked_periods(self._db):
            year, half = periods.half_of(saved.start_date)
            self._locked_message = self.tr(
                "{period} has been reported and is locked: this event is read-only. A program manager can unlock "
                "the period under Events > Reporting Periods.").format(period=periods.period_label(year, half))
            self.lock_banner.setText(self._locked_message)
            self.lock_banner.setVisible(True)
            self._set_read_only()

    def _set_read_only(self) -> None:
        for kind in (QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, OptionalDateEdit, QCheckBox):
            for widget in self.findChildren(kind):
                widget.setEnabled(False)
        for text in (self.outcomes, self.notes):
            text.setReadOnly(True)
        for box in (self.member_states, self.partners):
            box.set_read_only(True)
        self.roster_model.set_read_only(True)
        self.activity.setEnabled(False)
        for button in (self.add_person, self.remove_person, self.import_sheet, self.add_file, self.remove_file):
            button.setEnabled(False)

    # --- roster and files -------------------------------------------------------------------

    def _add_person(self) -> None:
        self.roster_model.add([ParticipantInput(None, "")])
        index = self.roster_model.index(self.roster_model.rowCount() - 1, 0)
        self.roster.setCurrentIndex(index)
        self.roster.edit(index)

    def _remove_person(self) -> None:
        self.roster_model.remove(self.roster.currentIndex().row())

    def _import_sheet(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import attendance sheet"), str(Path.home()),
                                                    self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.import_attendance(Path(path))

    def import_attendance(self, path: Path) -> None:
        from cicte_desktop.services import attendance
        from cicte_desktop.views.attendance_import import AttendanceImportDialog

        try:
            sheet = attendance.read_sheet(path)
        except attendance.AttendanceSheetError as exc:
            messages.show_error(self, self.tr("Cannot import the attendance sheet"), str(exc))
            return
        dialog = AttendanceImportDialog(sheet, self.roster_model.people(), self, self._member_state_items)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_people.connect(self._people_imported)
        self.attendance_dialog = dialog
        dialog.open()

    def _people_imported(self, people: list[ParticipantInput]) -> None:
        self.roster_model.add(people)
        self._offer_roster_counts()
        if self.counts_offer.isVisibleTo(self):  # in sight, with the counts it is about
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.counts_offer, 0, 60))

    def _typed_counts(self) -> tuple[int, int, int]:
        return self.women.value(), self.men.value(), self.sex_not_recorded.value()

    def _offer_roster_counts(self) -> None:
        """Show the offer when the counts by sex differ from the roster's; hide it when they agree."""
        roster = self.roster_model.counts()
        typed = self._typed_counts()
        if roster == typed or not self.roster_model.rowCount():
            self.counts_offer.setVisible(False)
            return
        self.counts_offer_text.setText(self.tr(
            "The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women "
            "{typed_women}, men {typed_men}, not recorded {typed_unknown}.").format(
                women=roster[0], men=roster[1], unknown=roster[2], typed_women=typed[0], typed_men=typed[1],
                typed_unknown=typed[2]))
        self.counts_offer.setVisible(True)

    def _use_roster_counts(self) -> None:
        """The counts by sex (and the total) from the roster, in the form only: Save stores them."""
        women, men, unknown = self.roster_model.counts()
        self._total_in_sync = True
        for spin, value in ((self.women, women), (self.men, men), (self.sex_not_recorded, unknown)):
            spin.setValue(value)
        self.total.setValue(women + men + unknown)
        self.counts_offer.setVisible(False)
        self._changed()

    def _show_attachments(self) -> None:
        self.attachments.clear()
        locale = QLocale()
        for attachment in self._attachments:
            item = QListWidgetItem(f"{attachment.file_name} ({locale.formattedDataSize(attachment.size_bytes)})")
            item.setToolTip(self.tr("SHA-256 {sha}").format(sha=attachment.sha256))
            self.attachments.addItem(item)

    def _add_file(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()))
        for path in paths:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        from cicte_desktop.services.attachments import store_file

        try:
            attachment = store_file(self._data_folder, path)
        except OSError as exc:
            messages.show_error(self, self.tr("Cannot attach the file"), self.tr(
                "{name} could not be copied into the app's folder ({detail}).").format(name=path.name, detail=exc))
            return
        self._attachments.append(attachment)
        self._show_attachments()
        self._changed()

    def _open_file(self) -> None:
        from cicte_desktop.services.attachments import find_stored

        row = self.attachments.currentRow()
        if 0 <= row < len(self._attachments):
            attachment = self._attachments[row]
            # Only a file inside the app's store, whatever the record's checksum holds.
            stored = find_stored(self._data_folder, attachment.sha256)
            if stored is None:
                messages.show_error(self, self.tr("Cannot open the file"), self.tr(
                    "{name} is not in the app's folder on this computer (it may not have arrived yet).").format(
                    name=attachment.file_name))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(stored)))

    def _remove_file(self) -> None:
        row = self.attachments.currentRow()
        if 0 <= row < len(self._attachments):
            del self._attachments[row]
            self._show_attachments()
            self._changed()

    def _show_history(self) -> None:
        entries = audit.history(self._db, self._event_uuid) if self._event_uuid else []
        self.history_box.setVisible(bool(entries))
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = format_date_time(entry.when)
            who = " · ".join(x for x in (entry.user_name, entry.device) if x)
            before, after = (format_stored(entry.field, v) or v or "" for v in (entry.old_value, entry.new_value))
            for column, value in enumerate((when, who, entry.field, before, after, entry.reason or "")):
                self.history.setItem(row, column, QTableWidgetItem(shown(value)))  # may come from a package

    # --- saving and closing -----------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep what is typed (every few seconds, and when the form closes without saving)."""
        if not self._dirty or self._locked_message:
            return
        try:
            drafts.save_draft(self._db, self._draft_id, self._event_uuid, self.event_input())
        except Exception:  # a draft must never interrupt typing; the next autosave tries again
            import logging

            logging.getLogger(__name__).exception("could not save the draft")

    def save(self) -> bool:
        for date in (self.start_date, self.end_date):  # Ctrl+S while a date is half typed: read it as it is
            if date.is_being_typed():
                date.finish_typing()
        if not self.save_button.isEnabled():
            return False
        event = self.event_input()
        try:
            if self._event_uuid is None:
                self._event_uuid = writing.log_event(self._db, event, self._plan.year)
            else:
                reason = None
                stored = self._stored_event()
                if stored is not None and not inputs.changed_fields(stored, event):
                    self._finish()  # nothing to save
                    return True
                if stored is not None and stored.status == "completed":
                    reason = messages.ask_text(self, self.tr("Reason for the change"), self.tr(
                        "This event was completed and may have been reported. Why is it being changed?"))
                    if reason is None:
                        return False
                    if not reason.strip():
                        messages.show_error(self, self.tr("Reason for the change"),
                                            self.tr("The change was not saved: a reason is needed."))
                        return False
                writing.update_event(self._db, self._event_uuid, event, reason, self._plan.year)
        except errors.ValidationError as exc:
            messages.show_error(self, self.tr("Cannot save the event"), str(exc))
            return False
        except (errors.PeriodLockedError, errors.ReasonRequiredError, errors.EventGoneError) as exc:
            text = (self.tr("This event was deleted meanwhile; what you typed is kept as a draft.")
                    if isinstance(exc, errors.EventGoneError) else str(exc))
            if isinstance(exc, errors.EventGoneError):
                self.save_draft()
            messages.show_error(self, self.tr("Cannot save the event"), text)
            return False
        except DatabaseOpenError as exc:  # another program writing, read-only media, a full disk: nothing written
            self.save_draft()
            messages.show_error(self, self.tr("Cannot save the event"), self.tr(
                "{problem} What you typed is still in this form.").format(problem=exc.message))
            return False
        except Exception as exc:  # a full disk, a vanished USB stick, a damaged file: nothing was written
            import logging

            logging.getLogger(__name__).exception("saving the event failed")
            self.save_draft()
            messages.show_error(self, self.tr("Cannot save the event"), self.tr(
                "The event could not be written ({detail}). Nothing was changed in the database; what you typed is "
                "still in this form and kept as a draft. Free some disk space or check the drive, then save "
                "again.").format(detail=getattr(exc, "orig", exc)))
            return False
        self._finish()
        return True

    def _finish(self) -> None:
        drafts.discard_draft(self._db, self._draft_id)
        self._dirty = False
        self._autosave.stop()
        self.saved.emit(self._event_uuid)
        self.accept()

    def reject(self) -> None:
        """Escape or Cancel: ask before throwing away what was typed."""
        if self._dirty and not messages.ask_yes_no(
            self, self.tr("Discard changes?"), self.tr("The changes to this event have not been saved."),
            self.tr("Discard changes"), self.tr("Keep editing"), default_no=True,  # Enter keeps the typed work
        ):
            return
        self._autosave.stop()
        drafts.discard_draft(self._db, self._draft_id)
        super().reject()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_draft()
        super().closeEvent(event)
