"""PySide6's import hook, asked to read less.

Importing PySide6 replaces Python's ``__import__`` with a hook of its own (for its optional
``from __feature__ import snake_case``). After each ``import`` statement the hook asks, once per
module name, whether the module it imported uses PySide6, by fetching the module's whole source
with ``inspect.getsource`` and looking for "PySide6" in it. That reads, decodes and splits into
lines (and keeps, in ``linecache``) the source of nearly every module the window imports, ours and
the standard library's: some 80 files and 8-9 ms of a 0.15-0.18 s start, wherever the sources are
installed (a checkout, a pip install; the bundle has none, and the hook gives up at once).

:func:`lighten` gives the hook the same answer for less: the module's file read as bytes and
searched for ``b"PySide6"``; a module without a ``.py`` file, or whose file cannot be read, is
still asked the hook's own way. (The answers could differ only for a file Python itself cannot
decode, which no import brings; and they matter only to ``from __feature__ import ...``, which
this app does not use.) The GUI's start calls it before the window's modules load (``cli.main``,
and the self-test's window). Where PySide6 is not the version this was written for (no
``shibokensupport.feature._mod_uses_pyside``), nothing changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_cicte_lightened"


def lighten() -> bool:
    """Imports PySide6 (its hook is installed then) and lightens the hook's question. True when
    it is now (or already was) the light one."""
    import PySide6.QtCore  # noqa: F401 - installs the hook this lightens

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if not callable(upstream):
        return False
    if getattr(upstream, _MARK, False):
        return True
    feature._mod_uses_pyside = _light(upstream)  # type: ignore[union-attr]
    return True


def _light(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)  # built in, compiled, or without its source
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except (OSError, ValueError, MemoryError):  # gone, a folder, a NUL in the name, too large
            return upstream(module)  # (what escapes here would break every later import of it)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
