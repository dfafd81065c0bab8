"""Every message box of the app goes through here, so tests patch one place.

Tests replace :func:`show_error` and :func:`show_info` (see ``tests/conftest.py``); a real
modal dialog in a test would block the suite.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# QMessageBox is imported where a box is shown, not at start-up: making its Python type (its
# buttons, icons and roles) costs the first paint some 1.5 ms.


def show_error(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str, yes: str, no: str, *, default_no: bool = False) -> bool:
    """A question with two answers in words (not Yes/No): True for ``yes``. Enter answers ``yes``,
    or ``no`` when ``default_no`` (where ``yes`` would lose work, e.g. "Discard changes")."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button if default_no else yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text from the user (a reason), or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """A passphrase, typed without showing it, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None
