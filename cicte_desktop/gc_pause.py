"""Pausing Python's cyclic garbage collector while a large structure is built.

Decoding a field package makes some two million lists and strings. Each few hundred new
containers start a collection, and the older generations are walked again and again as they
grow: about 40 % of the time of ``json.loads`` on a 10,000-event package. Nothing built there
forms a cycle (reference counting frees it), so collections are put off until the work is done,
then one runs as usual. The collector is process-wide: with several threads inside, it comes
back when the last one leaves, and only if it was on before the first came in.

The window's start-up is paused the same way (:func:`pause_start_up`, by the command line before
it imports the window; :func:`resume_start_up` once the window is whole, ``MainWindow.ready``):
it makes some hundred thousand objects that live as long as the app (modules, Qt's types and
their enums, the plan), and the collector ran some 70 times over them, about 20 ms of a 0.27 s
start. Once it is over (the window has painted by then), one collection runs and what is left is
frozen (``gc.freeze``: never garbage, so never scanned by later collections either).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_inside = 0
_was_enabled = False
_start_up = False


def _enter() -> None:
    global _inside, _was_enabled
    with _lock:
        if _inside == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _inside += 1


def _leave() -> None:
    global _inside
    with _lock:
        _inside -= 1
        if _inside == 0 and _was_enabled:
            gc.enable()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    _enter()
    try:
        yield
    finally:
        _leave()


def pause_start_up() -> None:
    """Hold the collector back while the window starts, until :func:`resume_start_up`."""
    global _start_up
    if not _start_up:
        _start_up = True
        _enter()


def resume_start_up() -> None:
    """The start-up is over (or failed): what exists now is frozen, and the collector runs again
    (unless it was off before, or a :func:`gc_paused` block is still under way)."""
    global _start_up
    if _start_up:
        _start_up = False
        gc.collect()  # the start-up's own garbage first (a new database's seeding leaves some 2 MB)
        gc.freeze()
        _leave()


def start_up_paused() -> bool:
    return _start_up
