"""Consistent copies of a database file: what backups and migrations rely on."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from cicte_desktop.db.connection import BUSY_TIMEOUT_MS
from cicte_desktop.files import atomic_target


class CopyCancelled(Exception):
    """The user cancelled the copy; nothing was written."""


def copy_database(source: Path, target: Path, progress: Callable[[int, int], bool] | None = None) -> None:
    """Copy a (possibly live) database with SQLite's backup API to a temporary name, fsync it,
    then rename it over ``target`` and sync the folder.

    A failure (full disk, vanished USB stick) removes the partial file and leaves ``target``
    as it was; the error (OSError or sqlite3.Error) is raised. ``progress(done, total)`` is
    told the pages copied; when it returns False the copy stops (CopyCancelled).
    """
    with atomic_target(target) as partial:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(partial)
            try:
                if progress is None:
                    src.backup(dst)
                else:
                    def report(_status: int, remaining: int, total: int) -> None:
                        if not progress(total - remaining, total):
                            raise CopyCancelled

                    src.backup(dst, pages=2048, progress=report)
                dst.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
