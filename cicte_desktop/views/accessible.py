"""Names for screen readers. Qt names a control from its label only when the label is the
control's sibling; the forms put each field in a column of its own (field, error line), so the
label's text is given to the field here. A compound field (a search over a list) names each of its
controls, which say what they do in their description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget


def caption(label: QLabel) -> str:
    """A label's words as said aloud: no mnemonic ampersand, no required-field star, no colon."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix(" *").strip().removesuffix(":").strip()


def _takes_focus(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return (widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None
            and not (parent is not None and parent.focusProxy() is widget))  # a spin box's own line edit


def _controls(widget: QWidget) -> list[QWidget]:
    """The controls a label's buddy stands for: itself, or the focusable widgets inside it."""
    if widget.focusProxy() is not None:
        return [widget, widget.focusProxy()]
    if _takes_focus(widget):
        return [widget]
    return [child for child in widget.findChildren(QWidget) if _takes_focus(child)]


def name_from_labels(root: QWidget) -> None:
    """Each control under ``root`` with a label (its buddy) and no name of its own is named by the
    label; a line edit's placeholder becomes its description."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        words = caption(label)
        if buddy is None or not words:
            continue
        for control in _controls(buddy):
            if control.accessibleName():
                continue
            if isinstance(control, QAbstractButton) and control.text():
                continue  # a check box or button says its own text
            control.setAccessibleName(words)
            if isinstance(control, QLineEdit) and control.placeholderText() and not control.accessibleDescription():
                control.setAccessibleDescription(control.placeholderText())


def name(widget: QWidget, words: str, description: str | None = None) -> None:
    widget.setAccessibleName(words)
    if description:
        widget.setAccessibleDescription(description)
