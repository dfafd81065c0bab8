"""Help on board: the user guide in the four languages, opened with F1 on the topic of the window
or dialog in use, its links and pictures there, its shortcuts those of the menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QApplication

from cicte_desktop import i18n
from cicte_desktop.services import user_guide
from cicte_desktop.views.help_browser import HelpWindow
from cicte_desktop.views.help_launcher import TOPIC_OF_WINDOW, menu_shortcuts
from tests.views.test_small_screens import DIALOGS

# What a reader sees as the title of a topic, in each language (the guide's own words).
TITLES = {
    "first-steps": {"en": "First steps", "es": "Primeros pasos", "fr": "Premiers pas", "pt": "Primeiros passos"},
    "logging-events": {"en": "Logging an event", "es": "Registrar un evento", "fr": "Enregistrer un événement",
                       "pt": "Registrar um evento"},
    "attendance": {"en": "Attendance sheets", "es": "Listas de asistencia", "fr": "Feuilles de présence",
                   "pt": "Listas de presença"},
    "reporting-periods": {"en": "Reporting periods", "es": "Períodos de informe", "fr": "Périodes de rapport",
                          "pt": "Períodos de relatório"},
    "excel": {"en": "Excel workbooks", "es": "Libros de Excel", "fr": "Classeurs Excel",
              "pt": "Pastas de trabalho do Excel"},
    "pdf-reports": {"en": "PDF reports", "es": "Informes en PDF", "fr": "Rapports PDF", "pt": "Relatórios em PDF"},
    "field-packages": {"en": "Field packages and enrolment", "es": "Paquetes de campo e inscripción",
                       "fr": "Paquets de terrain et enrôlement", "pt": "Pacotes de campo e inscrição"},
    "backups": {"en": "Backups and recovery", "es": "Copias de seguridad y recuperación",
                "fr": "Sauvegardes et récupération", "pt": "Backups e recuperação"},
    "shortcuts": {"en": "Keyboard shortcuts", "es": "Atajos de teclado", "fr": "Raccourcis clavier",
                  "pt": "Atalhos de teclado"},
}
# The dialogs F1 is tried in (test_small_screens builds each as the window does), and the topic a
# user of each expects.
F1_DIALOGS = {
    "event_form_new": "logging-events", "attendance_import": "attendance", "period_locks": "reporting-periods",
    "export_dialog": "excel", "import_preview": "excel", "pdf_report": "pdf-reports",
    "package_export": "field-packages", "package_import": "field-packages", "preferences": "first-steps",
    "recovery": "backups", "privacy": "backups",
}
LANGUAGES = ("en", "es", "fr", "pt")


def test_every_topic_is_in_every_language_with_its_title() -> None:
    assert set(TITLES) == set(user_guide.TOPICS)
    for language in LANGUAGES:
        for topic in user_guide.TOPICS:
            path = user_guide.topic_file(language, topic)
            assert path is not None, f"{language}/{topic}.md is missing"
            assert user_guide.title_of(path.read_text(encoding="utf-8")) == TITLES[topic][language]


def test_every_link_and_picture_of_the_guide_resolves() -> None:
    pictures = 0
    for language in LANGUAGES:
        for topic in user_guide.TOPICS:
            entry = user_guide.load_topic(language, topic)
            assert entry.language == language
            for target in user_guide.links(entry.text):
                linked = user_guide.topic_of_link(target)
                assert linked is not None, f"{language}/{topic}: link {target!r} names no topic"
                assert user_guide.topic_file(language, linked) is not None
            for picture in user_guide.images(entry.text):
                path = (entry.folder / picture).resolve()
                assert path.is_file(), f"{language}/{topic}: picture {picture} is missing"
                assert f"/images/{language}/" in path.as_posix(), f"{language}/{topic} shows another language's picture"
                pictures += 1
    assert pictures >= 5 * len(LANGUAGES)


def test_the_pictures_are_small() -> None:
    """The bundle has a size bound: the guide's pictures stay small."""
    folder = user_guide.help_root() / "images"
    sizes = [path.stat().st_size for path in folder.rglob("*.png")]
    assert sizes and sum(sizes) < 1_500_000 and max(sizes) < 150_000


def test_an_unknown_topic_or_language_falls_back() -> None:
    assert user_guide.load_topic("de", "excel").title == TITLES["excel"]["en"]
    assert user_guide.load_topic("es", "nonsense").id == "first-steps"
    assert user_guide.topic_of_link("https://example.org/excel.md") is None


def test_search_filters_topics_by_words_accents_ignored(qapp) -> None:
    help_window = HelpWindow("es")
    help_window.search.setText("contrasena USB")
    shown = [help_window.contents.item(r).data(Qt.ItemDataRole.UserRole) for r in range(help_window.contents.count())
             if not help_window.contents.item(r).isHidden()]
    assert shown == ["field-packages"]
    help_window.search.returnPressed.emit()  # Enter in the search box shows the first topic found
    assert help_window.topic == "field-packages"
    help_window.search.clear()
    assert all(not help_window.contents.item(r).isHidden() for r in range(help_window.contents.count()))
    help_window.deleteLater()


def test_links_back_and_forward(qapp) -> None:
    help_window = HelpWindow("fr")
    help_window.show_topic("first-steps")
    assert not help_window.back_button.isEnabled()
    help_window.browser.anchorClicked.emit(QUrl("logging-events.md"))
    assert help_window.topic == "logging-events"
    assert help_window.shown_title() == "Enregistrer un événement"
    assert "Enregistrer un événement" in help_window.browser.toPlainText()
    help_window.back_button.click()
    assert help_window.topic == "first-steps"
    assert help_window.forward_button.isEnabled()
    help_window.forward_button.click()
    assert help_window.topic == "logging-events"
    help_window.contents.setCurrentRow(user_guide.TOPICS.index("backups"))
    assert help_window.shown_title() == "Sauvegardes et récupération"
    help_window.deleteLater()


def test_the_guide_by_keyboard_alone(qapp, qtbot) -> None:
    help_window = HelpWindow("es")
    qtbot.addWidget(help_window)
    help_window.show_topic("first-steps")
    help_window.show()
    help_window.activateWindow()
    qtbot.waitActive(help_window)
    help_window.search.setFocus()
    qtbot.keyClicks(help_window.search, "huella")
    qtbot.keyClick(help_window.search, Qt.Key.Key_Return)
    assert help_window.topic == "field-packages"
    qtbot.keyClick(help_window.search, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    qtbot.waitUntil(lambda: help_window.topic == "first-steps")  # a button's shortcut clicks it animated
    qtbot.keyClick(help_window.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is help_window.contents
    qtbot.keyClick(help_window.contents, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


def test_pictures_fit_the_topics_pane(qapp, qtbot) -> None:
    from PySide6.QtGui import QTextCharFormat

    help_window = HelpWindow("pt")
    qtbot.addWidget(help_window)
    help_window.resize(700, 500)
    help_window.show()
    help_window.show_topic("first-steps")
    room = help_window.browser.viewport().width()
    widths = []
    block = help_window.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format: QTextCharFormat = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                widths.append(char_format.toImageFormat().width())
            fragments += 1
        block = block.next()
    assert widths and all(0 < width <= room for width in widths)
    assert help_window.browser.horizontalScrollBar().maximum() == 0


@pytest.fixture
def main_window(db_path: Path, qtbot):
    from cicte_desktop.app import build_main_window

    def build(language: str):  # type: ignore[no-untyped-def]
        i18n.install(QCoreApplication.instance(), language)
        window = build_main_window(db_path)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        built.append(window)
        return window

    built: list = []
    yield build
    for window in built:
        window.database.close()


def _shown_help(owner) -> HelpWindow:  # type: ignore[no-untyped-def]
    found = [w for w in owner.findChildren(HelpWindow) if w.isVisible()]
    assert len(found) == 1, "F1 opened no help window"
    return found[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_in_the_main_window_and_each_dialog_opens_its_topic(language: str, main_window, db, tmp_path: Path,
                                                                qtbot) -> None:
    window = main_window(language)
    window.plan_view.setFocus()
    qtbot.keyClick(window.plan_view, Qt.Key.Key_F1)
    help_window = _shown_help(window)
    assert help_window.topic == "first-steps"
    assert help_window.shown_title() == TITLES["first-steps"][language]
    assert TITLES["first-steps"][language] in help_window.windowTitle()
    help_window.close()

    for name, topic in F1_DIALOGS.items():
        dialog = DIALOGS[name](db, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is dialog, name
        qtbot.keyClick(focus, Qt.Key.Key_F1)
        help_window = _shown_help(dialog)
        assert (help_window.topic, help_window.shown_title()) == (topic, TITLES[topic][language]), name
        assert help_window.language == language
        help_window.close()
        dialog.close()


def test_every_dialog_class_mapped_is_a_real_one() -> None:
    """A renamed dialog would lose its topic silently: the mapping names only classes that exist."""
    import importlib
    import pkgutil

    import cicte_desktop.views as views

    names = set()
    for module in pkgutil.iter_modules(views.__path__):
        loaded = importlib.import_module(f"cicte_desktop.views.{module.name}")
        names |= {value.__name__ for value in vars(loaded).values() if isinstance(value, type)}
    object_names = {"attendanceImport"}
    assert set(TOPIC_OF_WINDOW) <= names | object_names
    assert set(TOPIC_OF_WINDOW.values()) <= set(user_guide.TOPICS)
    from cicte_desktop.views import help_launcher

    assert help_launcher.DEFAULT_TOPIC == user_guide.DEFAULT_TOPIC


def test_the_shortcuts_topic_lists_the_menus_own_shortcuts(main_window, qtbot) -> None:
    window = main_window("es")
    window.help_action.trigger()
    help_window = _shown_help(window)
    help_window.show_topic("shortcuts")
    text = help_window.browser.toPlainText()
    rows = menu_shortcuts(window.menuBar())
    assert len(rows) >= 8
    for menu, command, keys in rows:
        assert command in text and keys in text, (menu, command, keys)
    assert "Exportar libro de Excel" in text and "F1" in text
    # A shortcut given to a command shows in the topic next time: the list is never written by hand.
    window.titles_action.setShortcut(Qt.Modifier.CTRL | Qt.Modifier.ALT | Qt.Key.Key_T)
    help_window.show_topic("first-steps")
    help_window.show_topic("shortcuts")
    assert "Títulos traducidos" in help_window.browser.toPlainText()
