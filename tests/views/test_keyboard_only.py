"""Keyboard only: an event logged, a field package imported and an Excel workbook exported with
key presses alone (shortcuts, menus by their Alt letters, Tab, arrows, Enter); the file dialogs,
native, are answered as the other tests do. Every menu action can be reached from the keyboard."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from cicte_desktop import i18n
from cicte_desktop.views.event_form import EventForm
from cicte_desktop.views.export_dialog import ExportDialog
from cicte_desktop.views.package_import import PackageImportDialog
from tests.views import a11y_helpers as a11y
from tests.views.a11y_helpers import hq_master, window  # noqa: F401 (fixtures)

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def language(qapp) -> str:  # type: ignore[no-untyped-def]
    """The menus' Alt letters are the English ones."""
    i18n.install(qapp, "en")
    return "en"


def focused() -> QWidget:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed where the focus is (as a keyboard sends it)."""
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 80) -> None:  # type: ignore[no-untyped-def]
    """Tab until ``target`` (or the control inside it) has the focus."""
    seen = []
    for _ in range(limit):
        widget = focused()
        seen.append(a11y.describe(widget))
        if widget is target or target.isAncestorOf(widget) or widget is target.focusProxy():
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {a11y.describe(target)}: {seen[:12]}")


def menu_item(qtbot, menu_letter: Qt.Key, item_letter: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter opens a menu; the item's letter chooses it."""
    press(qtbot, menu_letter, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    qtbot.keyClick(QApplication.activePopupWidget(), item_letter)


def events_in(window) -> int:  # type: ignore[no-untyped-def]
    with sqlite3.connect(window.database.path) as conn:
        return conn.execute("SELECT count(*) FROM event").fetchone()[0]


def test_log_an_event_import_a_package_and_export_a_workbook_with_the_keyboard_alone(
        window, hq_master, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before = events_in(window)

    # The tree: Ctrl+F goes to the search, Tab to the tree; the arrows open the plan down to an activity.
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.search
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.plan_view
    press(qtbot, Qt.Key.Key_Down)
    while window.current_item().kind != "activity":
        press(qtbot, Qt.Key.Key_Right)  # opens the item
        press(qtbot, Qt.Key.Key_Down)  # its first child
    activity = window.current_item().node.uuid

    # Ctrl+N: the form for that activity; typed, Tab from field to field, Space ticks a state; Ctrl+S saves.
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = window.event_form
    assert isinstance(form, EventForm)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    tab_to(qtbot, form.title)
    qtbot.keyClicks(focused(), "Workshop logged from the keyboard")
    tab_to(qtbot, form.start_date)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "5/12/2016")
    tab_to(qtbot, form.member_states.filter)
    qtbot.keyClicks(focused(), "jamai")
    press(qtbot, Qt.Key.Key_Down)  # into the list of matches
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, form.women)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "6")
    tab_to(qtbot, form.men)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "5")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.save_button.isEnabled(), form.summary.text()
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.event_form is None or not form.isVisible(), timeout=5000)
    with sqlite3.connect(window.database.path) as conn:
        saved = conn.execute("SELECT activity_uuid, start_date, women, men FROM event WHERE title = ?",
                             ("Workshop logged from the keyboard",)).fetchall()
    assert saved == [(activity, "2016-05-12", 6, 5)]

    # File > Import Field Package (Alt+F, K); the package chosen in the file dialog; Enter imports.
    package = hq_master[1]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(package), ""))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    menu_item(qtbot, Qt.Key.Key_F, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PackageImportDialog), timeout=20_000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    tab_to(qtbot, dialog.import_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: events_in(window) == before + 1 + 40, timeout=20_000)  # the laptop's 40 events

    # Ctrl+E: the export dialog; Tab to the file's path, typed; Enter exports.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportDialog), timeout=5000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    target = tmp_path / "from the keyboard.xlsx"
    tab_to(qtbot, dialog.path)
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), str(target))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=30_000)
    window.tasks.wait_all(30_000)
    from openpyxl import load_workbook

    titles = [row[0].value for sheet in load_workbook(target, read_only=True) for row in sheet.iter_rows(max_col=30)
              for row in [[c for c in row if c.value == "Workshop logged from the keyboard"] or [None]] if row[0]]
    assert titles == ["Workshop logged from the keyboard"]


def test_every_menu_action_has_a_shortcut_or_a_letter_unique_in_its_menu(window) -> None:  # type: ignore[no-untyped-def]
    findings = []
    bar_letters = [QKeySequence.mnemonic(a.text()) for a in window.menuBar().actions()]
    if len(set(bar_letters)) != len(bar_letters) or QKeySequence() in bar_letters:
        findings.append(f"menu bar letters: {[a.text() for a in window.menuBar().actions()]}")
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        items = [a for a in menu.actions() if not a.isSeparator()]
        letters = [QKeySequence.mnemonic(a.text()) for a in items]
        for action, letter in zip(items, letters):
            if letter.isEmpty() and action.shortcut().isEmpty():
                findings.append(f"{menu.title()} > {action.text()}: neither a letter nor a shortcut")
            elif not letter.isEmpty() and letters.count(letter) > 1:
                findings.append(f"{menu.title()} > {action.text()}: its letter is another item's too")
    assert not findings, "\n".join(findings)
