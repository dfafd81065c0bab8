"""The user guide shipped with the app: its topics in English, Spanish, French and Portuguese.

Each topic is a Markdown file, ``resources/help/<language>/<topic>.md``, whose first line is its
title (``# Logging an event``); topics link to each other by file name (``[…](excel.md)``) and
show the screenshots of ``resources/help/images/<language>/`` (made by
``script/guide_screenshots``). The keyboard-shortcuts topic holds the line
:data:`SHORTCUTS_MARK`, where the help window writes the menus' actual shortcuts. Nothing here
needs Qt or the network: the guide is plain files read on demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cicte_desktop.paths import resource_path
from cicte_desktop.text_fold import fold

#: The topics in the order of the contents list.
TOPICS: tuple[str, ...] = (
    "first-steps", "logging-events", "attendance", "reporting-periods", "excel", "pdf-reports",
    "field-packages", "backups", "shortcuts",
)
DEFAULT_TOPIC = "first-steps"
LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt")
FALLBACK_LANGUAGE = "en"
#: Where the shortcuts topic lists the menus' shortcuts.
SHORTCUTS_MARK = "<!-- shortcuts -->"

_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Topic:
    """One topic as read: its id, the language it was found in, its title, text and folder."""

    id: str
    language: str
    title: str
    text: str
    folder: Path


def help_root() -> Path:
    return resource_path("resources", "help")


def topic_file(language: str, topic: str) -> Path | None:
    """The topic's file in ``language``, or None when the guide has no such topic in it."""
    if topic not in TOPICS or language not in LANGUAGES:
        return None
    path = help_root() / language / f"{topic}.md"
    return path if path.is_file() else None


@cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_topic(language: str, topic: str) -> Topic:
    """``topic`` in ``language``, else in English; an unknown topic gives the first steps."""
    if topic not in TOPICS:
        topic = DEFAULT_TOPIC
    for candidate in (language, FALLBACK_LANGUAGE):
        path = topic_file(candidate, topic)
        if path is not None:
            text = _read(path)
            return Topic(topic, candidate, title_of(text), text, path.parent)
    raise FileNotFoundError(f"the user guide has no topic {topic!r}")


def title_of(text: str) -> str:
    """The first heading of a topic's text."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def titles(language: str) -> list[tuple[str, str]]:
    """(topic, title) of every topic, in the contents' order, in ``language`` where it exists."""
    return [(topic, load_topic(language, topic).title) for topic in TOPICS]


def topic_of_link(target: str) -> str | None:
    """The topic a link names (``excel.md``, ``../es/excel.md#x``), None for anything else."""
    if ":" in target.split("/")[0]:  # a scheme (http:, file:, mailto:): never a topic
        return None
    name = target.split("#")[0].rsplit("/", 1)[-1]
    stem = name[:-3] if name.endswith(".md") else None
    return stem if stem in TOPICS else None


def links(text: str) -> list[str]:
    """Every link target of a topic's text (not its images)."""
    return _LINK.findall(text)


def images(text: str) -> list[str]:
    """Every image a topic's text shows, as written (relative to the topic's folder)."""
    return _IMAGE.findall(text)


def search(language: str, query: str) -> list[str]:
    """The topics whose title or text holds every word of ``query`` (case and accents ignored),
    in the contents' order; every topic for an empty query."""
    words = fold(query).split()
    found = []
    for topic in TOPICS:
        entry = load_topic(language, topic)
        haystack = fold(entry.title + "\n" + entry.text)
        if all(word in haystack for word in words):
            found.append(topic)
    return found
