"""The window's settings and help: the preferences, the translated titles of a plan item,
the log folder and the about box."""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication

from cicte_desktop import __version__, i18n
from cicte_desktop.services import figures, workplan
from cicte_desktop.views import messages, theme
from cicte_desktop.views.controllers.base import Controller

log = logging.getLogger(__name__)


class SettingsController(Controller):
    """Preferences, translated titles, the log folder and the about box."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.preferences_dialog = None
        self.titles_dialog = None
        # The system's colour scheme changing (dark at sunset) while it is followed: the dashboard too.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: object) -> None:
        if not theme.chosen_theme():
            self.apply_theme()

    def edit_preferences(self) -> None:
        from cicte_desktop.views.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.window)
        self.preferences_dialog = dialog

        def save() -> None:
            if dialog.chosen_theme() != theme.chosen_theme():  # the colours change at once
                theme.set_chosen_theme(dialog.chosen_theme())
                self.apply_theme()
            i18n.set_preferred_language(dialog.chosen_language())
            language = i18n.preferred_language()
            if language != i18n.ui_language():
                messages.show_info(self.window, self.tr("Preferences"), self.tr(
                    "CICTE Desktop will be in {language} the next time it starts.").format(
                    language=i18n.LANGUAGES[language]))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_theme(self) -> None:
        """The chosen theme (or the system's) in every window; the dashboard drawn again in it."""
        theme.apply_theme()
        self.window.dashboards.invalidate(data_changed=False)

    def change_text_size(self, steps: int) -> None:
        """View > Bigger Text (1), Smaller Text (-1), Normal Text Size (0): kept for the next runs."""
        before = theme.text_scale()
        scale = theme.step_text_scale(steps)
        if scale != before:
            self.window.scale_columns(scale / before)  # kept widths follow the text (150%: "Targe", "Progr")
        self.window.show_status(self.tr("Text size: {percent} of the system's").format(
            percent=figures.percent_text(scale * 100)), 4000)

    def edit_plan_titles(self) -> None:
        """The translated titles of the selected plan item (work area, program, project or activity)."""
        from cicte_desktop.views.preferences import PlanTitlesDialog

        window = self.window
        item = window.current_item()
        if item is None or not hasattr(item.node, "uuid") or isinstance(item.node, workplan.WorkPlanNode):
            messages.show_info(window, self.tr("Translated titles"), self.tr(
                "Select a work area, program, project or planned activity first."))
            return
        uuid = item.node.uuid

        def save(titles: dict[str, str]) -> bool:
            try:
                workplan.set_plan_titles(self.db, uuid, titles)
            except Exception as exc:  # a full disk, a locked file: nothing was written, the typing is kept
                log.exception("saving translated titles failed")
                messages.show_error(window, self.tr("Cannot save the titles"), self.tr(
                    "The titles could not be written ({detail}). Nothing was changed.").format(
                    detail=getattr(exc, "orig", exc)))
                return False
            window.browse.selected_uuid = uuid
            window.browse.load_plan(window.plan.year if window.plan else None)
            return True

        dialog = PlanTitlesDialog(workplan.approved_title(self.db, uuid) or "", workplan.plan_titles(self.db, uuid),
                                  save, window)
        self.titles_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # (WA_DeleteOnClose crashes when accept() is overridden)
        dialog.open()

    def open_log_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.window.log_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.window.log_folder)))

    def show_about(self) -> None:
        messages.show_info(self.window, self.tr("About CICTE Desktop"), self.tr(
            "CICTE Desktop {version}\n\nPlans, logs and reports the capacity-building work of the "
            "Secretariat of the Inter-American Committee against Terrorism (OAS).\n\nDatabase: {path}"
        ).format(version=__version__, path=self.db.path))
