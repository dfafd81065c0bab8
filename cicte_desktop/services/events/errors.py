"""Why an event cannot be saved, changed or deleted: the exceptions of ``services.events``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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


class EventChangedError(RuntimeError):
    """Someone else saved the event after the form opened it (another manager at headquarters,
    or a package merged meanwhile): nothing was saved. ``current`` is the event as it is now,
    ``fields`` what differs from the version the form started from; the message says both."""

    def __init__(self, message: str, current: Any, fields: list[str]) -> None:
        super().__init__(message)
        self.current, self.fields = current, fields
