"""Words for stored codes (event types, statuses...), translated; shared by views and exporters.

Only QtCore is used, so exporters and the command line can use it without widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cicte_desktop import i18n

_CONTEXT = "Vocabulary"

EVENT_TYPE_LABELS = {
    "mission": QT_TRANSLATE_NOOP("Vocabulary", "Mission"),
    "workshop": QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    "training_course": QT_TRANSLATE_NOOP("Vocabulary", "Training course"),
    "exercise": QT_TRANSLATE_NOOP("Vocabulary", "Exercise"),
    "assessment": QT_TRANSLATE_NOOP("Vocabulary", "Assessment"),
    "conference": QT_TRANSLATE_NOOP("Vocabulary", "Conference"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "webinar": QT_TRANSLATE_NOOP("Vocabulary", "Webinar"),
    "technical_assistance": QT_TRANSLATE_NOOP("Vocabulary", "Technical assistance"),
}
STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    "postponed": QT_TRANSLATE_NOOP("Vocabulary", "Postponed"),
}
MODALITY_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    "virtual": QT_TRANSLATE_NOOP("Vocabulary", "Virtual"),
    "hybrid": QT_TRANSLATE_NOOP("Vocabulary", "Hybrid"),
}


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return i18n.translate(_CONTEXT, source) if source else code  # i18n: sources marked with QT_TRANSLATE_NOOP above


def event_type_label(code: str | None) -> str:
    return _label(EVENT_TYPE_LABELS, code)


def status_label(code: str | None) -> str:
    return _label(STATUS_LABELS, code)


def modality_label(code: str | None) -> str:
    return _label(MODALITY_LABELS, code)
