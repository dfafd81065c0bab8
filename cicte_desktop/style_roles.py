"""The app's colours by name, from the table at the top of ``ui/style.qss``.

One table serves the style sheet's rules (written ``@name``, replaced by :func:`style_sheet`) and
the colours painted in code: the plan tree's progress bars and search highlights, the highlighted
rows of the import previews (``qtmodels/colours.py`` makes them ``QColor``). Plain text only, no Qt:
every layer may read it.
"""

from __future__ import annotations

import re
from functools import cache

from cicte_desktop.paths import resource_path

#: One entry of the table: ``@name #rrggbb`` alone on a line.
_ENTRY = re.compile(r"^\s*@([a-z][a-z0-9_-]*)\s+(#[0-9a-fA-F]{6})\s*$", re.MULTILINE)
#: A use of a colour in a rule (``color: @error;``).
_USE = re.compile(r"@([a-z][a-z0-9_-]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)


@cache
def sheet_source() -> str:
    """The style sheet as written, table and ``@name`` uses included."""
    return resource_path("ui", "style.qss").read_text(encoding="utf-8")


@cache
def colours() -> dict[str, str]:
    """Name -> ``#rrggbb``, in the table's order."""
    return {name: value.lower() for name, value in _ENTRY.findall(sheet_source())}


def colour(name: str) -> str:
    """The ``#rrggbb`` of a named colour; a name missing from the table is a programming error."""
    try:
        return colours()[name]
    except KeyError:
        raise KeyError(f"no colour @{name} in ui/style.qss") from None


@cache
def style_sheet() -> str:
    """The sheet Qt reads: the rules without comments, every ``@name`` replaced by its colour."""
    table = colours()

    def replace(match: re.Match[str]) -> str:
        if match.group(1) not in table:
            raise KeyError(f"ui/style.qss uses @{match.group(1)}, which its colour table does not name")
        return table[match.group(1)]

    return _USE.sub(replace, _COMMENT.sub("", sheet_source())).strip() + "\n"


def state_colour_name(state: str) -> str:
    """The table's name for a progress state's colour (``met`` -> ``state-met``); other states grey."""
    name = f"state-{state}"
    return name if name in colours() else "state-other"
