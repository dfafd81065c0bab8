"""Consistent copies of a database file: what backups and migrations rely on."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from cicte_desktop.db.connection import BUSY_TIMEOUT_MS, read_only_uri
from cicte_desktop.files import atomic_target
from cicte_desktop.cancel import Cancelled


class CopyCancelled(Cancelled):
    """The user cancelled the copy; nothing was written."""


class CopyBusy(Exception):
    """Another program held a lock on the source or the destination for longer than the busy
    timeout; the copy gave up (nothing was written)."""


class SameFileError(Exception):
    """The copy would be written over the database it copies (or one of its logs)."""


_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) if hasattr(sqlite3, "SQLITE_BUSY") else (5, 6)


def same_database(source: Path, target: Path) -> bool:
    """Whether ``target`` is ``source`` itself, one of its logs, or a path (a link, ``..``) to them."""
    source = Path(source)
    for suffix in ("", "-wal", "-shm", "-journal"):
        sibling = source.with_name(source.name + suffix)
        try:
            if Path(target).exists() and sibling.exists() and os.path.samefile(sibling, target):
                return True
        except OSError:
            pass
        if Path(os.path.realpath(target)) == Path(os.path.realpath(sibling)):
            return True
    return False


def backup_pages(src: sqlite3.Connection, dst: sqlite3.Connection, pages: int = -1,
                 progress: Callable[[int, int], bool] | None = None) -> None:
    """SQLite's backup API from ``src`` into ``dst``, which never hangs: Python's loop retries
    a locked source or destination forever, so this gives up with CopyBusy once no page could
    be copied for the busy timeout. ``progress(done, total)`` returning False: CopyCancelled."""
    waiting_since: list[float | None] = [None]

    def report(status: int, remaining: int, total: int) -> None:
        if status in _BUSY:
            now = time.monotonic()
            if waiting_since[0] is None:
                waiting_since[0] = now
            if now - waiting_since[0] >= BUSY_TIMEOUT_MS / 1000:
                raise CopyBusy
            return
        waiting_since[0] = None
        if progress is not None and not progress(total - remaining, total):
            raise CopyCancelled

    src.backup(dst, pages=pages, progress=report)


def copy_database(source: Path, target: Path, progress: Callable[[int, int], bool] | None = None) -> None:
    """Copy a (possibly live) database with SQLite's backup API to a temporary name, fsync it,
    then rename it over ``target`` and sync the folder.

    A failure (full disk, vanished USB stick) removes the partial file and leaves ``target``
    as it was; the error (OSError or sqlite3.Error) is raised. ``progress(done, total)`` is
    told the pages copied; when it returns False the copy stops (CopyCancelled). Another
    program's lock held past the busy timeout: CopyBusy. ``target`` being ``source``: SameFileError.
    """
    if same_database(source, target):
        raise SameFileError
    with atomic_target(target) as partial:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(partial)
            try:
                backup_pages(src, dst, -1 if progress is None else 2048, progress)
                dst.execute("PRAGMA journal_mode = DELETE")  # a copy is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
