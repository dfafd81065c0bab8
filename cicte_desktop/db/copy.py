"""Consistent copies of a database file: what backups and migrations rely on."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from cicte_desktop.db.connection import BUSY_TIMEOUT_MS


class CopyCancelled(Exception):
    """The user cancelled the copy; nothing was written."""


def copy_database(source: Path, target: Path, progress: Callable[[int, int], bool] | None = None) -> None:
    """Copy a (possibly live) database with SQLite's backup API to a temporary name, fsync it,
    then rename it over ``target`` and sync the folder.

    A failure (full disk, vanished USB stick) removes the partial file and leaves ``target``
    as it was; the error (OSError or sqlite3.Error) is raised. ``progress(done, total)`` is
    told the pages copied; when it returns False the copy stops (CopyCancelled).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(OSError):
        partial.unlink()  # left by a copy that was interrupted
    try:
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
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    if os.name == "posix":  # make the rename durable; Windows has no directory handles to sync
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
