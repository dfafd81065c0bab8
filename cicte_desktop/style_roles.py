"""The app's colours by name, from the colour tables at the top of ``ui/style.qss``: one table per
theme (light, dark, high contrast), each naming the same colours.

One table serves the style sheet's rules (written ``@name``, replaced by :func:`style_sheet`), the
window's palette (``@window``, ``@text``... set by ``views/theme.py``) and the colours painted in
code: the plan tree's progress bars and search highlights, the dashboard's charts and map, the
highlighted rows of the import previews (``qtmodels/colours.py`` makes them ``QColor``). Plain text
only, no Qt: every layer may read it. The theme in use is set once by the window
(:func:`use_theme`); a PDF report is always drawn in the light one (:func:`using_theme`).
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator
from functools import cache

from cicte_desktop.paths import resource_path

LIGHT, DARK, HIGH_CONTRAST = "light", "dark", "high-contrast"
#: The themes, in the order Preferences lists them.
THEMES = (LIGHT, DARK, HIGH_CONTRAST)

#: One entry of a table: ``@name #rrggbb`` alone on a line.
_ENTRY = re.compile(r"^\s*@([a-z][a-z0-9_-]*)\s+(#[0-9a-fA-F]{6})\s*$")
#: The line that starts a theme's table: ``@theme dark``.
_THEME = re.compile(r"^\s*@theme\s+([a-z][a-z-]*)\s*$")
#: A use of a colour in a rule (``color: @error;``).
_USE = re.compile(r"@([a-z][a-z0-9_-]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)

_theme = LIGHT
#: A theme for the current context only (a PDF report: light, whatever the window shows).
_context_theme: contextvars.ContextVar[str | None] = contextvars.ContextVar("context_theme", default=None)

#: Every text and what it is written on, per theme, with the contrast it needs (WCAG 2: 4.5 for
#: text; 3 for large or bold text and the boundaries of controls). tests/test_style_contrast.py
#: computes them for each theme; a colour added to the table and drawn as text belongs here.
TEXT_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    ("window-text", "window", 4.5, "labels on the window"),
    ("text", "base", 4.5, "text in fields, lists and the tree"),
    ("text", "alternate-base", 4.5, "text on the tree's alternate rows"),
    ("button-text", "button", 4.5, "buttons"),
    ("highlighted-text", "highlight", 4.5, "a selected row or item"),
    ("link", "base", 4.5, "links"),
    ("link", "window", 4.5, "links in labels"),
    ("muted", "base", 4.5, "quieter lines, placeholders, the dates in words"),
    ("muted", "window", 4.5, "quieter lines on the window"),
    ("retired", "base", 4.5, "retired plan items"),
    ("tooltip-text", "tooltip", 4.5, "tooltips"),
    ("edge", "window", 3.0, "the edges of fields, buttons and check boxes (dark and high contrast)"),
    ("edge", "base", 3.0, "the edges of the check boxes in lists"),
    ("error", "window", 4.5, "why something cannot be saved"),
    ("error", "base", 4.5, "an error in a list"),
    ("warning", "window", 4.5, "a warning"),
    ("ok", "window", 4.5, "something that went well"),
    ("banner-text", "banner", 4.5, "the read-only and locked-period banners"),
    ("ink", "banner", 4.5, "a package's sender to confirm (on the banner's colour)"),
    ("ink", "info", 4.5, "where an event sits in the plan"),
    ("ink", "problem", 4.5, "a row that went wrong"),
    ("ink", "different", 4.5, "a row that differs"),
    ("ink", "warned", 4.5, "a row with a warning"),
    ("ink", "skipped", 4.5, "a skipped row"),
    ("ink", "match", 4.5, "a plan item the search found"),
    ("ink", "match-ancestor", 4.5, "the items above a match"),
    ("bar-text", "track", 4.5, "a progress bar's percentage on its empty part"),
    ("bar-text", "state-met", 4.5, "the percentage on a met target's bar"),
    ("bar-text", "state-on_track", 4.5, "the percentage on an on-track bar"),
    ("bar-text", "state-behind", 4.5, "the percentage on a bar behind"),
    ("bar-text", "state-contribution", 4.5, "the percentage on a member state's contribution"),
    ("bar-text", "state-other", 4.5, "the percentage on a bar without a state"),
    ("ink", "paper", 4.5, "the charts' and the map's words"),
    ("muted", "paper", 4.5, "the charts' axes and notes"),
    ("chart-marker", "paper", 3.0, "the dashed mark of what is expected by now (a line, not text)"),
)


@cache
def sheet_source() -> str:
    """The style sheet as written, tables and ``@name`` uses included."""
    return resource_path("ui", "style.qss").read_text(encoding="utf-8")


@cache
def tables() -> dict[str, dict[str, str]]:
    """Theme -> (name -> ``#rrggbb``, in the table's order), read from the sheet's leading comment."""
    found: dict[str, dict[str, str]] = {}
    table: dict[str, str] | None = None
    for line in sheet_source().splitlines():
        if theme := _THEME.match(line):
            table = found.setdefault(theme.group(1), {})
        elif (entry := _ENTRY.match(line)) and table is not None:
            table[entry.group(1)] = entry.group(2).lower()
    return found


def theme() -> str:
    """The theme the colours are taken from here and now."""
    return _context_theme.get() or _theme


def use_theme(name: str) -> None:
    """From now on, the colours of ``name`` (one of :data:`THEMES`)."""
    global _theme
    if name not in tables():
        raise ValueError(f"no theme {name!r} in ui/style.qss")
    _theme = name


@contextlib.contextmanager
def using_theme(name: str) -> Iterator[None]:
    """The colours of ``name`` within the block, in this thread or task only (a printed report)."""
    token = _context_theme.set(name)
    try:
        yield
    finally:
        _context_theme.reset(token)


def colours(name: str | None = None) -> dict[str, str]:
    """Name -> ``#rrggbb`` of theme ``name`` (default: the one in use), in the table's order."""
    chosen = name or theme()
    try:
        return tables()[chosen]
    except KeyError:
        raise KeyError(f"no theme {chosen!r} in ui/style.qss") from None


def colour(name: str) -> str:
    """The ``#rrggbb`` of a named colour; a name missing from the table is a programming error."""
    try:
        return colours()[name]
    except KeyError:
        raise KeyError(f"no colour @{name} in the {theme()} table of ui/style.qss") from None


def style_sheet(name: str | None = None) -> str:
    """The sheet Qt reads for theme ``name`` (default: the one in use): the rules without comments,
    every ``@name`` replaced by its colour."""
    return _sheet(name or theme())


@cache
def _sheet(name: str) -> str:
    table = colours(name)

    def replace(match: re.Match[str]) -> str:
        if match.group(1) not in table:
            raise KeyError(f"ui/style.qss uses @{match.group(1)}, which its {name} table does not name")
        return table[match.group(1)]

    return _USE.sub(replace, _COMMENT.sub("", sheet_source())).strip() + "\n"


def state_colour_name(state: str) -> str:
    """The table's name for a progress state's colour (``met`` -> ``state-met``); other states grey."""
    name = f"state-{state}"
    return name if name in colours() else "state-other"


def relative_luminance(value: str) -> float:
    """WCAG 2's relative luminance of ``#rrggbb`` (0 black .. 1 white)."""
    channels = []
    for start in (1, 3, 5):
        c = int(value[start:start + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two ``#rrggbb`` colours, 1 (none) .. 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
