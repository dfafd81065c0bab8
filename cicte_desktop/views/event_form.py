"""The event form: log or edit a mission, workshop, course... with its roster and files.

It holds no SQL: it builds an ``EventInput`` from its fields and calls the event services.
What is typed is kept as a draft every few seconds and when the form closes, so that a crash
or a dead battery loses nothing; the next start offers to restore it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QLabel, QLineEdit, QPushButton, QWidget

from cicte_desktop.db.database import Database
from cicte_desktop.db.errors import DatabaseOpenError
from cicte_desktop import i18n
from cicte_desktop.services import workplan
from cicte_desktop.services.events import audit, drafts, errors, inputs, periods, reading, validation, writing
from cicte_desktop.services.events.inputs import EventInput
from cicte_desktop.services.events.validation import Problem
from cicte_desktop.services.reference import MemberStateItem, PartnerItem
from cicte_desktop.services.workplan import WorkPlanNode
from cicte_desktop.views import messages
from cicte_desktop.views.activity_picker import ActivityPicker
from cicte_desktop.views.event_form_parts import fill_history, make_read_only
from cicte_desktop.views.event_participants import ParticipantCounts
from cicte_desktop.views.forms import fill_slot, mark_captions
from cicte_desktop.views.forms.ui_event_form import Ui_EventForm
from cicte_desktop.views.multi_select import MultiSelect
from cicte_desktop.views.accessible import name_from_labels
from cicte_desktop.views.roles import apply_roles, set_role
from cicte_desktop.views.screen_fit import WheelScrollsForm, fit_to_screen
from cicte_desktop.vocabulary import (EVENT_TYPE_LABELS, MODALITY_LABELS, STATUS_LABELS, event_type_label,
                                      modality_label, status_label)

AUTOSAVE_MS = 3000


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
        self._db, self._plan, self._event_uuid = db, plan, event_uuid
        self._data_folder = data_folder
        self._draft_id = draft_id or str(uuid.uuid4())
        self._dirty = False
        self._loading = True
        self._original = initial
        self._locked_message: str | None = None

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
        if event_uuid is not None:  # the form's own title says "New event"
            self.setWindowTitle(self.tr("Edit event — {title}").format(title=initial.title if initial else ""))
        self._fill(initial or EventInput(activity_uuid=activity_uuid or "", event_type="workshop", title=""))
        self._loading = self.counts.loading = False
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

    def _build(self, member_states: list[MemberStateItem], partners: list[PartnerItem],
               within: str | None = None) -> None:
        """The layout comes from ui/forms/event_form.ui; here: what it cannot say (the choices,
        the widgets whose constructors need the plan) and the wiring."""
        ui = self.ui = Ui_EventForm()
        ui.setupUi(self)
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        # A new event is logged against an activity still in the plan; an event already under a
        # retired one keeps it (listed, marked retired).
        keep = self._original.activity_uuid if self._event_uuid is not None and self._original else None
        self.activity = fill_slot(ui, "activity", ActivityPicker(self._plan, keep=keep or None))
        self.activity.set_within(within)
        self.member_states = fill_slot(ui, "memberStates", MultiSelect(self.tr("Type to find a member state")))
        self.member_states.set_items([(s.iso3, f"{s.name} ({s.iso3})", s.iso3) for s in member_states])
        self.partners = fill_slot(ui, "partners", MultiSelect(self.tr("Type to find a partner organisation")))
        self.partners.set_items([(p.uuid, p.name, p.acronym or p.name) for p in partners])
        for combo, codes, label in ((ui.eventType, EVENT_TYPE_LABELS, event_type_label),
                                    (ui.status, STATUS_LABELS, status_label),
                                    (ui.modality, MODALITY_LABELS, modality_label)):
            for code in codes:
                combo.addItem(label(code), code)
        self.lock_banner, self.plan_note, self.event_type, self.title = ui.lockBanner, ui.planNote, ui.eventType, ui.title
        self.status, self.units, self.start_date, self.end_date = ui.status, ui.units, ui.startDate, ui.endDate
        self.dates_in_words, self.modality, self.venue, self.city = ui.datesInWords, ui.modality, ui.venue, ui.city
        self.women, self.men, self.sex_not_recorded, self.total = ui.women, ui.men, ui.notRecorded, ui.total
        self.counts_offer, self.counts_offer_text = ui.countsOffer, ui.countsOfferText
        self.use_roster_counts, self.keep_typed_counts = ui.useRosterCounts, ui.keepTypedCounts
        self.institutions, self.lead_trainer, self.experts = ui.institutions, ui.leadTrainer, ui.experts
        self.funding_source, self.participants, self.roster_model = ui.fundingSource, ui.participants, ui.participants.roster_model
        self.participants.member_states = self._member_state_items
        self.outcomes, self.satisfaction, self.pretest, self.posttest = ui.outcomes, ui.satisfaction, ui.pretest, ui.posttest
        self.follow_up, self.follow_up_notes, self.notes, self.files = ui.followUp, ui.followUpNotes, ui.notes, ui.files
        self.files.data_folder = self._data_folder
        self.history, self.history_box, self.summary = ui.history, ui.historyBox, ui.problemSummary
        self.save_button, self.cancel_button = ui.saveButton, ui.cancelButton
        self.scroll = self.scroll_area = ui.scrollArea
        self.outcomes.setMaximumHeight(self.outcomes.fontMetrics().height() * 5)
        self.notes.setMaximumHeight(self.notes.fontMetrics().height() * 4)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(self.history.fontMetrics().height() * 6)
        for spin in (self.pretest, self.posttest):  # as wide as "not recorded", translated after they were laid out
            spin.updateGeometry()

        # Each field's error line (one line for both dates, the counts by sex, both test averages).
        self._error_labels: dict[str, QLabel] = {label.objectName().removeprefix("error_"): label
                              for label in self.findChildren(QLabel, QRegularExpression("^error_"))}
        for name, shared in (("end_date", "start_date"), ("women", "participants_total"),
                             ("men", "participants_total"), ("sex_not_recorded", "participants_total"),
                             ("posttest_average", "pretest_average")):
            self._error_labels[name] = self._error_labels[shared]
        mark_captions(self, self.tr("Required"))  # one column of labels down the form, required ones marked
        name_from_labels(self)  # each field named by its caption for screen readers
        self._wheel = WheelScrollsForm(self.scroll)  # after every field is built
        for button in self.findChildren(QPushButton):  # all of them, now that they are in the dialog
            button.setAutoDefault(False)  # Enter in a line edit must not press a button by surprise
            button.setDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
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
        self.files.changed.connect(self._changed)
        self.counts = ParticipantCounts(ui, self.participants, self.scroll)
        self.counts.changed.connect(self._changed)

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
        self.counts.fill(event.participants, event.women, event.men, event.sex_not_recorded, event.participants_total)
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
        self.files.set_attachments(list(event.attachments))
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
            attachments=self.files.attachments_held(),
        )

    # --- reacting ---------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._validate()

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
            set_role(label, "error" if problem.blocking else "warning")
            label.setVisible(True)
        blocking = [p for p in problems if p.blocking]
        if self._locked_message:
            self.save_button.setEnabled(False)
            self.summary.setText(self._locked_message)
            set_role(self.summary, "warning")
        elif blocking:
            self.save_button.setEnabled(False)
            self.summary.setText(self.tr("Cannot save yet: {problems}").format(
                problems=" · ".join(p.message for p in blocking)))
            set_role(self.summary, "error")
        else:
            self.save_button.setEnabled(True)
            warnings = [p.message for p in problems]
            self.summary.setText(" · ".join(warnings))
            set_role(self.summary, "warning")

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
            make_read_only(self, self.activity)

    def _show_history(self) -> None:
        entries = audit.history(self._db, self._event_uuid) if self._event_uuid else []
        self.history_box.setVisible(fill_history(self.history, entries))

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
                writing.update_event(self._db, self._event_uuid, event, reason, self._plan.year, expected=self._saved)
        except errors.ValidationError as exc:
            messages.show_error(self, self.tr("Cannot save the event"), str(exc))
            return False
        except (errors.PeriodLockedError, errors.ReasonRequiredError, errors.EventGoneError,
                errors.EventChangedError) as exc:
            text = (self.tr("This event was deleted meanwhile; what you typed is kept as a draft.")
                    if isinstance(exc, errors.EventGoneError) else str(exc))
            if isinstance(exc, errors.EventChangedError):  # their changes and the user's, in the form
                self._take_theirs(exc.current, event)
                text += " " + self.tr("The form now shows their changes with yours (where you both changed a field, "
                                      "yours): check them, then save again.")
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

    def _take_theirs(self, current: EventInput, typed: EventInput) -> None:
        """The event as someone else saved it, with what this form changed on top (``inputs.merged``)."""
        both = inputs.merged(self._saved, typed, current) if self._saved is not None else current
        self._loading, self._saved = True, current
        self._fill(both)
        self._loading = False
        self._changed()
        self._show_history()

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
