"""Events: new, open, duplicate, delete and undo, the event form, period locks and drafts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cicte_desktop.locale_format import format_date_time
from cicte_desktop.services import reference, workplan
from cicte_desktop.views import messages
from cicte_desktop.views.controllers.base import Controller



class EventsController(Controller):
    """The window's events: the form, deleting with undo, the reporting periods, drafts."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.deleted: str | None = None
        self.periods_dialog = None

    def form(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        """The event form (``EventForm``'s keywords); the window keeps it as ``event_form``."""
        from cicte_desktop.paths import data_dir
        from cicte_desktop.views.event_form import EventForm  # only when an event is opened

        plan = self.window.plan
        assert plan is not None
        db = self.db
        form = EventForm(db, plan, member_states=reference.member_states(db),
                         partners=reference.partners(db), data_folder=data_dir(), parent=self.window, **kwargs)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda _uuid: self.figures_changed.emit())
        self.window.event_form = form
        form.open()

    def new_event(self) -> None:
        """The event form for the selected planned activity; with a work area, program or project
        selected, its activity picker lists theirs and none is chosen: the user says which."""
        if self.window.plan is None:
            return
        item = self.window.current_item()
        if item is None:
            self.form()
        elif item.kind == "activity":
            self.form(activity_uuid=item.node.uuid)
        else:
            self.form(within=item.node.uuid)

    def open_event(self, uuid: str) -> None:
        from cicte_desktop.services.events import errors, reading

        try:
            event = reading.get_event_input(self.db, uuid)
        except errors.EventGoneError:
            messages.show_error(self.window, self.tr("Event not found"),
                                self.tr("This event no longer exists; it may have been deleted."))
            return
        self.form(event_uuid=uuid, initial=event)

    def selected_event(self) -> str | None:
        row = self.window.selected_event_row()
        return row.uuid if row else None

    def open_selected_event(self) -> None:
        uuid = self.selected_event()
        if uuid:
            self.open_event(uuid)

    def duplicate_selected_event(self) -> None:
        from cicte_desktop.services.events import writing

        uuid = self.selected_event()
        if uuid:
            self.form(initial=writing.duplicate_event(self.db, uuid))

    def delete_selected_event(self) -> None:
        from cicte_desktop.services.events import errors, writing

        row = self.window.selected_event_row()
        if not row:
            return
        uuid, title = row.uuid, row.title
        if not messages.ask_yes_no(self.window, self.tr("Delete event"), self.tr(
                "Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).").format(
                    title=title), self.tr("Delete event"), self.tr("Keep it")):
            return
        try:
            writing.delete_event(self.db, uuid)
        except errors.PeriodLockedError as exc:
            messages.show_error(self.window, self.tr("Cannot delete the event"), str(exc))
            return
        self.deleted = uuid
        self.window.undo_action.setEnabled(True)
        self.status.emit(self.tr("Deleted “{title}”. Undo with Ctrl+Z.").format(title=title), 15_000)
        self.figures_changed.emit()

    def undo_delete(self) -> None:
        from cicte_desktop.services.events import errors, writing

        uuid = self.deleted
        if not uuid:
            return
        try:
            writing.restore_event(self.db, uuid, self.tr("Undo"))
        except (errors.PeriodLockedError, errors.EventGoneError) as exc:
            messages.show_error(self.window, self.tr("Cannot undo"), str(exc) or self.tr("The event is gone."))
            return
        finally:
            self.forget_deleted()
        self.status.emit(self.tr("Event restored."), 5000)
        self.figures_changed.emit()

    def forget_deleted(self) -> None:
        """Nothing to undo any more (another database was opened)."""
        self.deleted = None
        self.window.undo_action.setEnabled(False)

    def edit_period_locks(self) -> None:
        from cicte_desktop.views.period_locks import PeriodLocksDialog

        plan = self.window.plan
        years = workplan.plan_years(self.db) or [plan.year if plan else 2016]
        dialog = PeriodLocksDialog(self.db, years, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.periods_dialog = dialog
        dialog.open()

    def offer_drafts(self) -> None:
        """After a crash or a dead battery: offer to bring back what was being typed."""
        from cicte_desktop.services.events import drafts

        for draft in drafts.drafts(self.db):
            when = format_date_time(draft.saved_at)
            if messages.ask_yes_no(self.window, self.tr("Restore unsaved event?"), self.tr(
                    "An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): "
                    "“{title}”. Restore it?").format(when=when, title=draft.title or self.tr("untitled")),
                    self.tr("Restore"), self.tr("Discard it")):
                self.form(event_uuid=draft.event_uuid, initial=draft.event, draft_id=draft.id)
                return  # one at a time; the others are offered at the next start
            drafts.discard_draft(self.db, draft.id)
