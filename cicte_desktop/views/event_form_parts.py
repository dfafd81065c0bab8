"""Parts of the event form kept out of its module: its history (every change of the event, as the
audit trail keeps it) and its read-only state (an event of a locked period)."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTextEdit, QWidget)

from cicte_desktop.locale_format import format_date_time, format_stored
from cicte_desktop.safe_text import shown
from cicte_desktop.services.events.audit import HistoryEntry
from cicte_desktop.views.date_field import OptionalDateEdit


def fill_history(table: QTableWidget, entries: list[HistoryEntry]) -> bool:
    """One row per change (when, who, field, before, after, why); whether there is any."""
    table.setRowCount(len(entries))
    for row, entry in enumerate(entries):
        when = format_date_time(entry.when)
        who = " · ".join(x for x in (entry.user_name, entry.device) if x)
        before, after = (format_stored(entry.field, v) or v or "" for v in (entry.old_value, entry.new_value))
        for column, value in enumerate((when, who, entry.field, before, after, entry.reason or "")):
            table.setItem(row, column, QTableWidgetItem(shown(value)))  # may come from a package
    return bool(entries)


def make_read_only(form: QWidget, *disabled: QWidget) -> None:
    """Every input of ``form`` read-only (text still selectable and copied), the lists and tables
    with a ``set_read_only`` of their own told so, and ``disabled`` disabled."""
    for kind in (QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, OptionalDateEdit, QCheckBox):
        for widget in form.findChildren(kind):
            widget.setEnabled(False)
    for text in (*form.findChildren(QTextEdit), *form.findChildren(QPlainTextEdit)):
        text.setReadOnly(True)
    for widget in form.findChildren(QWidget):
        if callable(getattr(widget, "set_read_only", None)):
            widget.set_read_only(True)
    for widget in disabled:
        widget.setEnabled(False)
