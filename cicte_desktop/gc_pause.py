"""Pausing Python's cyclic garbage collector while a large structure is built.

Decoding a field package makes some two million lists and strings. Each few hundred new
containers start a collection, and the older generations are walked again and again as they
grow: about 40 % of the time of ``json.loads`` on a 10,000-event package. Nothing built there
forms a cycle (reference counting frees it), so collections are put off until the work is done,
then one runs as usual. The collector is process-wide: with several threads inside, it comes
back when the last one leaves, and only if it was on before the first came in.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_inside = 0
_was_enabled = False


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    global _inside, _was_enabled
    with _lock:
        if _inside == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0 and _was_enabled:
                gc.enable()
