"""What the PDF reports share: their kinds, the options a report is asked with, its result, and
the errors it raises. The writers (``implementation``, ``certificates``) and the package's
``export_report`` all import them from here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cicte_desktop.exports.xlsx import ExportOptions
from cicte_desktop.services import figures
from cicte_desktop.cancel import Cancelled

SEMIANNUAL, MEMBER_STATE, CERTIFICATES = "semiannual", "member-state", "certificates"
KINDS = (SEMIANNUAL, MEMBER_STATE, CERTIFICATES)


class ReportCancelled(Cancelled):
    """The user cancelled; nothing was written at the target."""


class ReportError(ValueError):
    """The report cannot be made as asked (unknown member state or event, nobody on the roster);
    the message is for the user. Nothing was written."""


@dataclass(frozen=True)
class ReportOptions:
    kind: str = SEMIANNUAL
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    member_state: str | None = None  # ISO3; the member-state report's subject
    event: str | None = None  # uuid; the certificates' event
    language: str | None = None  # "es", "fr", "pt": work-plan titles and dates in that language
    issued: dt.date | None = None  # date of issue (default: today)

    def event_filter(self) -> figures.EventFilter:
        return figures.EventFilter(member_state=self.member_state, date_from=self.date_from, date_to=self.date_to)

    def period_text(self) -> str:
        return ExportOptions(self.date_from, self.date_to).period_text()

    def issue_date(self) -> dt.date:
        return self.issued or dt.date.today()


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    events: int  # events listed (reports) or the certificates' event (1)
    certificates: int = 0


Progress = Callable[[int, int], bool]
