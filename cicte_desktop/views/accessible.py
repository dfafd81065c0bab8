"""Names for screen readers. Qt names a control from its label only when the label is the
control's sibling; the forms put each field in a column of its own (field, error line), so the
label's text is given to the field here. A compound field (a search over a list) names each of its
controls, which say what they do in their description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QDialogButtonBox, QLabel, QLineEdit, QWidget


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


def tab_stops(container: QWidget) -> list[QWidget]:
    """The controls inside ``container`` in the order Tab visits them now."""
    window, stops = container.window(), []
    widget = window.nextInFocusChain()
    while widget is not window:
        if container.isAncestorOf(widget) and _takes_focus(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def follow_in_tab_order(anchor: QWidget | None, widgets: list[QWidget]) -> None:
    """Tab goes from ``anchor`` through ``widgets`` in their order (made later than the controls
    around ``anchor``, they would otherwise come last in the window)."""
    previous = anchor
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def tab_stop_before(widget: QWidget) -> QWidget | None:
    """The control Tab visits just before ``widget`` (or anything inside it): the window's last
    when ``widget`` comes first (the chain goes round)."""
    window = widget.window()
    before = widget.previousInFocusChain()
    while before is not widget:
        if before is not window and _takes_focus(before) and not widget.isAncestorOf(before):
            return before
        before = before.previousInFocusChain()
    return None


def buttons_in_layout_order(root: QWidget) -> None:
    """Tab goes through each button box of ``root`` in the order its buttons are seen (the
    platform's order, e.g. Cancel before OK), not the order they were added in."""
    for box in root.findChildren(QDialogButtonBox):
        layout = box.layout()
        shown = [layout.itemAt(i).widget() for i in range(layout.count())]
        buttons = [w for w in shown if isinstance(w, QAbstractButton)]
        for before, after in zip(buttons, buttons[1:]):
            QWidget.setTabOrder(before, after)


def tab_leaves_read_only_tables(root: QWidget) -> None:
    """Tab goes on from a table that cannot be edited (the arrows move inside it), instead of
    going from cell to cell with no way out."""
    for view in root.findChildren(QAbstractItemView):
        if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            view.setTabKeyNavigation(False)


def make_accessible(root: QWidget) -> None:
    """A dialog's fields named by their labels, its buttons in the order they are seen, Tab out of
    its read-only tables."""
    name_from_labels(root)
    buttons_in_layout_order(root)
    tab_leaves_read_only_tables(root)
