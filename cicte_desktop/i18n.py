"""The user's language: which one, loading its translations, and exports in another language.

The UI language is a preference (``QSettings`` key ``language``); by default the system's
language when it is English, Spanish, French or Portuguese, otherwise English. It takes effect
at start-up: our compiled catalogue (``resources/translations/cicte_<lang>.qm``) and Qt's own
(``qtbase_<lang>.qm``, for the buttons of standard dialogs) are installed on the application.

An export or report can be written in another language than the UI's: exporters translate
with :func:`translate`, which uses the language set by :func:`using_language` for the current
thread (a context variable, so a worker thread exporting in Spanish does not change the
window's English) and otherwise the application's translators.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Callable, Iterator
from functools import cache

from PySide6.QtCore import QCollator, QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from cicte_desktop.paths import resource_path

log = logging.getLogger(__name__)

#: The languages of the OAS, by code, each named in its own language (as a language menu shows them).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
SETTINGS_KEY = "language"

_QT_LOCALE_LANGUAGE = {
    QLocale.Language.English: "en", QLocale.Language.Spanish: "es",
    QLocale.Language.French: "fr", QLocale.Language.Portuguese: "pt",
}

_export_language: contextvars.ContextVar[str | None] = contextvars.ContextVar("export_language", default=None)
_installed: list[QTranslator] = []
_ui_language = "en"


def system_language() -> str:
    """The system's language when it is one of the four, otherwise English."""
    return _QT_LOCALE_LANGUAGE.get(QLocale.system().language(), "en")


def chosen_language() -> str:
    """The language chosen in Preferences; "" when none was (the system's is followed)."""
    chosen = QSettings().value(SETTINGS_KEY, "", str)
    return chosen if chosen in LANGUAGES else ""


def preferred_language() -> str:
    """The language chosen in Preferences, or the system's."""
    return chosen_language() or system_language()


def set_preferred_language(language: str) -> None:
    """Choose ``language``; "" follows the system's language again."""
    if language and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if language:
        QSettings().setValue(SETTINGS_KEY, language)
    else:
        QSettings().remove(SETTINGS_KEY)


def ui_language() -> str:
    """The language the running application shows."""
    return _ui_language


@cache
def translator(language: str) -> QTranslator | None:
    """Our compiled catalogue for ``language``; None when it is missing.

    English has one too: it holds only the singular and plural forms of the messages that
    count something (``%n``), since the code's own English says "%n change(s)"."""
    result = QTranslator()
    try:
        folder = resource_path("resources", "translations")
    except FileNotFoundError:
        folder = None
    if folder is None or not result.load(f"cicte_{language}.qm", str(folder)):
        log.warning("no compiled translations for %s (run: python -m cicte_desktop.i18n_catalog compile)", language)
        return None
    return result


@cache
def qt_translator(language: str) -> QTranslator | None:
    """Qt's own strings (dialog buttons, context menus of text fields) in ``language``."""
    if language == "en":
        return None
    result = QTranslator()
    if result.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return result
    return None


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (keeps the user's date order and number
    format, e.g. Mexican Spanish), otherwise the language's main locale."""
    system = QLocale.system()
    if _QT_LOCALE_LANGUAGE.get(system.language()) == language:
        return system
    return QLocale({"en": "en_US", "es": "es_ES", "fr": "fr_FR", "pt": "pt_BR"}[language])


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Show the application in ``language`` (the preferred one when None); returns it.

    Call before creating windows. Dates and numbers follow the same language's locale.
    """
    global _ui_language
    language = language if language in LANGUAGES else preferred_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for item in (qt_translator(language), translator(language)):
        if item is not None and app.installTranslator(item):
            _installed.append(item)
    QLocale.setDefault(locale_for(language))
    _ui_language = language
    return language


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the export language of this thread if one is set, else in the UI's.

    With ``n`` (a count), the message's singular or plural form for ``n`` in that language, with
    ``%n`` replaced by ``n`` (and ``%Ln`` by ``n`` in that language's digit grouping)."""
    language = _export_language.get()
    if language is None or language == _ui_language:
        return QCoreApplication.translate(context, text, None, n)
    catalogue = translator(language)
    result = (catalogue.translate(context, text, None, n) or text) if catalogue is not None else text
    if n < 0:
        return result
    return result.replace("%Ln", locale_for(language).toString(n)).replace("%n", str(n))


def export_language() -> str:
    """The language exports on this thread are written in."""
    return _export_language.get() or _ui_language


@contextlib.contextmanager
def using_language(language: str | None) -> Iterator[None]:
    """Within the block, :func:`translate` on this thread uses ``language`` (None: the UI's)."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    token = _export_language.set(language)
    try:
        yield
    finally:
        _export_language.reset(token)


def collation_key(language: str | None = None) -> Callable[[str], object]:
    """A sort key ordering texts as ``language`` (None: this thread's export language, else the
    UI's) does: case- and accent-insensitive first ("Équateur" beside "Ecuador", not after "Z";
    Spanish "Ñ" after "N")."""
    collator = QCollator(locale_for(language or export_language()))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator.sortKey
