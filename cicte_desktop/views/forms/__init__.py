"""The layouts of the event form and the dialogs: Python modules compiled from ``ui/forms/*.ui`` by
``python -m cicte_desktop.ui_forms compile`` (``script/bootstrap``; not kept in git).

A widget Designer cannot build (its constructor needs arguments: an activity picker, a period
picker) stands in a form as a plain placeholder widget; ``fill_slot`` puts the real one there."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QLabel, QWidget

from cicte_desktop.views.accessible import follow_in_tab_order, tab_stop_before, tab_stops


def fill_slot(ui: object, name: str, widget: QWidget) -> QWidget:
    """Put ``widget`` where the placeholder ``ui.<name>`` is, under the placeholder's object name
    (unless it has one) and as the buddy of the placeholder's label; the placeholder is deleted."""
    slot: QWidget = getattr(ui, name)
    window = slot.window()
    if not widget.objectName():
        widget.setObjectName(slot.objectName())
    for label in window.findChildren(QLabel):
        if label.buddy() is slot:
            label.setBuddy(widget)
    before = tab_stop_before(slot)
    slot.parentWidget().layout().replaceWidget(slot, widget)
    follow_in_tab_order(before, tab_stops(widget) or [widget])  # Tab reaches it where the placeholder stood
    widget.setToolTip(widget.toolTip() or slot.toolTip())
    slot.setParent(None)
    slot.deleteLater()
    setattr(ui, name, widget)
    return widget


def mark_captions(form: QWidget, required_tip: str) -> None:
    """The field labels of ``form`` (``caption_<field>``): those with the dynamic property ``required``
    end in " *" and say ``required_tip``; all are as wide as the widest, so that each group's fields
    start where the others' do."""
    captions = form.findChildren(QLabel, QRegularExpression("^caption_"))
    for caption in captions:
        if caption.property("required"):
            caption.setText(caption.text() + " *")
            caption.setToolTip(required_tip)
    widest = max((caption.sizeHint().width() for caption in captions), default=0)
    for caption in captions:
        caption.setMinimumWidth(widest)
