"""Why a database could not be opened, in words a user can act on."""

from __future__ import annotations

from pathlib import Path


class DatabaseOpenError(Exception):
    """Base of every refusal to open a database. ``str(error)`` is the user's message."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class DatabasePathError(DatabaseOpenError):
    """The path is a folder, or its folder does not exist."""


class NotADatabaseError(DatabaseOpenError):
    """The file is not an SQLite database, or not one of CICTE Desktop."""


class ForeignDatabaseError(NotADatabaseError):
    """An SQLite database of another program: never moved, renamed or replaced."""


class DamagedDatabaseError(DatabaseOpenError):
    """The file is a database but fails the integrity check or is truncated."""


class ReadOnlyDatabaseError(DatabaseOpenError):
    """The file or its folder cannot be written (read-only media, permissions)."""


class LockedDatabaseError(DatabaseOpenError):
    """Another program holds a lock on the database."""


class DatabaseBusyError(LockedDatabaseError):
    """A write waited the busy timeout for another program's write to end, and gave up;
    nothing was written."""


class DatabaseWriteError(DatabaseOpenError):
    """A write to an open database failed (a full disk, a vanished drive, read-only media);
    the transaction was rolled back, so nothing was written."""


class NewerSchemaError(DatabaseOpenError):
    """The database was written by a newer version of CICTE Desktop."""


class MigrationError(DatabaseOpenError):
    """Upgrading the database failed: the upgrade was rolled back, or never started because the
    backup copy could not be made. The message says which."""
