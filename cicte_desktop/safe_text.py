"""Text that arrived from elsewhere (a field package, a workbook), made safe to show and print.

A device name, an event title or a participant's name written by another computer may hold
control characters (an escape sequence that clears a terminal, a carriage return that hides the
start of a line) or bidirectional overrides (U+202E turns "exe.txt" around), so that what a
person reads is not what the record says. :func:`shown` drops them; the window, the command line
and the PDF reports show such text through it. No Qt here.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, and the invisible marks that change the direction of text around
#: them: LRM, RLM, ALM, the embeddings and overrides U+202A-U+202E and the isolates
#: U+2066-U+2069; also the line and paragraph separators, which break a line unseen.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_KEEPING_LINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACING = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")


def shown(text: object, *, keep_lines: bool = False) -> str:
    """``text`` as a string without control or direction-changing characters. Tabs and line
    breaks become spaces (with ``keep_lines``, line breaks stay: notes in a report)."""
    if text is None:
        return ""
    value = str(text)
    if keep_lines:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
        value = value.replace("\t", " ")
        return _UNSAFE_KEEPING_LINES.sub("", value)
    return _UNSAFE.sub("", _SPACING.sub(" ", value))


__all__ = ["shown"]
