"""Why an event cannot be saved, changed or deleted: the exceptions of ``services.events``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cicte_desktop.services.events.validation import Problem


class ValidationError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


class PeriodLockedError(PermissionError):
    """The event's reporting period was marked as reported; unlock it first."""


class ReasonRequiredError(ValueError):
    """Editing a completed event needs a reason for the audit trail."""


class EventGoneError(LookupError):
    """The event does not exist (any more): deleted, or from another database."""
