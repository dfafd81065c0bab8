"""Cancelling long work: the one exception every layer raises when the user pressed *Cancel*.

Long work takes ``progress(done, total) -> bool``; once it returns False the work stops at its
next step, leaves nothing behind (no file, no row) and raises :class:`Cancelled` (or a subclass
naming what was cancelled). The task runner of the window turns it into its ``cancelled`` signal.
"""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(done, total)``: returns False once the user has cancelled.
ProgressCallback = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


def check(progress: ProgressCallback | None, done: int, total: int) -> None:
    """Report a step and raise :class:`Cancelled` if the user has cancelled."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled
