"""Edit > Preferences (the language, the colours) and Edit > Translated Titles (of one plan item)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cicte_desktop import i18n
from cicte_desktop.style_roles import DARK, HIGH_CONTRAST, LIGHT, THEMES
from cicte_desktop.views import theme
from cicte_desktop.views.export_dialog import fill_languages
from cicte_desktop.views.forms.ui_preferences import Ui_PreferencesDialog
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.roles import apply_roles
from cicte_desktop.views.screen_fit import fit_to_screen
from cicte_desktop.views.text_fit import keep_text_whole


class PreferencesDialog(QDialog):
    """The language of the window, messages, exports and reports; the colours of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        apply_roles(self)  # the roles the form gives its widgets (style sheet)
        make_accessible(self)  # fields named by their labels, buttons in the order seen
        self.language = fill_languages(self.ui.language, i18n.preferred_language())
        # Following the system is a choice of its own: it changes with the system's language.
        self.language.insertItem(0, self.tr("The system's language ({language})").format(
            language=i18n.LANGUAGES[i18n.system_language()]), "")
        if not i18n.chosen_language():
            self.language.setCurrentIndex(0)
        # The colours: the system's scheme (the default), or one theme whatever the system's.
        names = {LIGHT: self.tr("Light"), DARK: self.tr("Dark"), HIGH_CONTRAST: self.tr("High contrast")}
        self.ui.theme.addItem(self.tr("Follow the system ({theme})").format(
            theme=names[theme.resolved_theme(theme.SYSTEM)].lower()), theme.SYSTEM)
        for name in THEMES:
            self.ui.theme.addItem(names[name], name)
        self.ui.theme.setCurrentIndex(max(0, self.ui.theme.findData(theme.chosen_theme())))
        fit_to_screen(self, 460)
        keep_text_whole(self)  # the note wraps on more lines in Spanish or French, or when made narrower

    def chosen_theme(self) -> str:
        """A theme, or "" to follow the system's colour scheme."""
        return str(self.ui.theme.currentData() or "")

    def chosen_language(self) -> str:
        """A language code, or "" to follow the system's."""
        return str(self.language.currentData() or "")


class PlanTitlesDialog(QDialog):
    """The Spanish, French and Portuguese titles of one plan item; empty ones show the English."""

    def __init__(self, approved: str, titles: dict[str, str], save: Callable[[dict[str, str]], bool],
                 parent: QWidget | None = None) -> None:
        """``save(titles)`` stores them and says whether it worked; the dialog stays open if not."""
        super().__init__(parent)
        self._save = save
        self.setObjectName("planTitlesDialog")
        self.setWindowTitle(self.tr("Translated titles"))
        layout = QVBoxLayout(self)
        original = QLabel(approved)
        original.setWordWrap(True)
        original.setObjectName("approvedTitle")
        form = QFormLayout()
        form.addRow(self.tr("Approved (English)"), original)
        self.edits: dict[str, QLineEdit] = {}
        for code in ("es", "fr", "pt"):
            edit = QLineEdit(titles.get(code, ""))
            edit.setObjectName(f"title_{code}")
            edit.setPlaceholderText(self.tr("(none: the English title is shown)"))
            self.edits[code] = edit
            form.addRow(i18n.LANGUAGES[code], edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640)
        keep_text_whole(self)  # wrapped text never cut when the dialog is made narrower

    def titles(self) -> dict[str, str]:
        return {code: edit.text().strip() for code, edit in self.edits.items()}

    def accept(self) -> None:
        if self._save(self.titles()):  # on failure what was typed stays here
            super().accept()
