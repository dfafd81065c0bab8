"""Cancelling long work: the one exception every layer raises when the user pressed *Cancel*.

Long work takes ``progress(done, total) -> bool``; once it returns False the work stops at its
next step, leaves nothing behind (no file, no row) and raises :class:`Cancelled` (or a subclass
naming what was cancelled). The task runner of the window turns it into its ``cancelled`` signal.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: ``progress(done, total)``: returns False once the user has cancelled.
ProgressCallback = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


def check(progress: ProgressCallback | None, done: int, total: int) -> None:
    """Report a step and raise :class:`Cancelled` if the user has cancelled."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled


class Steps:
    """Counts the steps of long work toward ``total`` and reports them to ``progress(done, total)``
    every ``every`` steps and at each :meth:`check`; raises ``cancelled`` (a :class:`Cancelled`
    subclass) once ``progress`` returns False. ``progress`` None: counts only."""

    #: :meth:`stopped` asks ``progress`` at most this often (seconds).
    POLL = 0.05

    def __init__(self, progress: ProgressCallback | None, total: int, every: int = 500,
                 cancelled: type[Cancelled] = Cancelled) -> None:
        self.progress, self.total, self.every, self.error = progress, max(total, 1), every, cancelled
        self.done = self._told = 0
        self._asked = time.monotonic()
        self.cancelled = False

    def _ask(self) -> bool:
        self._told, self._asked = self.done, time.monotonic()
        if self.progress is not None and not self.cancelled:
            self.cancelled = self.progress(min(self.done, self.total), self.total) is False
        return self.cancelled

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.progress is not None and self.done - self._told >= self.every:
            self.check()

    def check(self) -> None:
        """Report now (at a boundary: a table, the end), whatever the count."""
        if self.cancelled or self._ask():
            raise self.error()

    def stopped(self) -> bool:
        """Whether the user has cancelled (``progress`` asked at most every :attr:`POLL` seconds),
        for work that cannot stop by raising where it is (an SQL statement under way)."""
        if not self.cancelled and self.progress is not None and time.monotonic() - self._asked >= self.POLL:
            self._ask()
        return self.cancelled
