"""Files kept with events: copied into the data folder under their SHA-256, so the same file
attached twice (or arriving from another laptop) is stored once. No Qt widgets.

The store resolves only names of 64 lowercase hexadecimal characters, inside itself: whatever a
record's ``sha256`` holds (a path, ``..``, a drive letter, from a package or a database edited by
hand), no file outside the store is ever opened, exported or overwritten through it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cicte_desktop.services.events.inputs import AttachmentInput

_CHECKSUM = re.compile(r"[0-9a-f]{64}")
_INCOMING = ".incoming-"


class NotAChecksumError(ValueError):
    """A name that is not a SHA-256 checksum: the store holds no such file, and never will."""


def is_checksum(text: object) -> bool:
    """Whether ``text`` is a name the store can hold: 64 lowercase hexadecimal characters."""
    return isinstance(text, str) and _CHECKSUM.fullmatch(text) is not None


def store_folder(data_folder: Path) -> Path:
    folder = data_folder / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _inside(data_folder: Path, sha256: str) -> Path:
    if not is_checksum(sha256):
        raise NotAChecksumError(sha256)
    return data_folder / "attachments" / sha256[:2] / sha256


def stored_path(data_folder: Path, sha256: str) -> Path:
    """Where the file of checksum ``sha256`` is kept. Raises :class:`NotAChecksumError` for any
    other name (a path, ``..``...): nothing outside the store can be named."""
    path = _inside(data_folder, sha256)
    store_folder(data_folder)
    return path


def find_stored(data_folder: Path, sha256: object) -> Path | None:
    """The stored file of checksum ``sha256``, or None (not a checksum, or not here). Creates
    nothing."""
    if not is_checksum(sha256):
        return None
    path = _inside(data_folder, sha256)  # type: ignore[arg-type]
    return path if path.is_file() and not path.is_symlink() else None


def write_stored(data_folder: Path, sha256: str, fill: Callable[[BinaryIO], None]) -> bool:
    """Put the file whose checksum is ``sha256`` in the store, written by ``fill(out)`` to a
    temporary file that is fsynced and renamed; nothing is done if it is there. True if written."""
    target = stored_path(data_folder, sha256)
    if target.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=_INCOMING)
    try:
        with os.fdopen(handle, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def store_file(data_folder: Path, source: Path) -> AttachmentInput:
    """Copy ``source`` into the store (temporary file, fsync, rename) and describe it."""
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    sha256 = digest.hexdigest()

    def copy(out: BinaryIO) -> None:
        with source.open("rb") as src:
            shutil.copyfileobj(src, out)

    write_stored(data_folder, sha256, copy)
    media_type, _encoding = mimetypes.guess_type(source.name)
    return AttachmentInput(None, source.name, sha256, source.stat().st_size, media_type)


class ContentMismatch(ValueError):
    """A received file's content is not what its name (its checksum) says, or is too large."""


class TooLarge(ContentMismatch):
    """A received file is over the size a file may have, or the package's files together are
    over what a package may hold (the argument is the file's checksum)."""


class IncomingFiles:
    """Files received in a field package, kept apart (a folder inside the store, so that moving
    them in is a rename) until the records that refer to them are written: a package refused at
    any point leaves no file behind. Use as a context manager; :meth:`move_in` at the end of the
    transaction, before it commits."""

    def __init__(self, data_folder: Path, max_file_bytes: int, max_total_bytes: int) -> None:
        self.data_folder = data_folder
        self.max_file_bytes, self.max_total_bytes = max_file_bytes, max_total_bytes
        self._made: list[Path] = []  # folders this made, removed again if they stay empty
        self._staged: dict[str, Path] = {}
        self._moved: list[Path] = []
        self._total = 0
        self._folder: Path | None = None

    def _mkdir(self, folder: Path) -> None:
        missing = []
        for parent in (folder, *folder.parents):
            if parent.exists():
                break
            missing.append(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self._made += missing

    def _staging(self) -> Path:
        if self._folder is None:
            store = self.data_folder / "attachments"
            self._mkdir(store)
            _sweep(store)
            self._folder = Path(tempfile.mkdtemp(dir=store, prefix=_INCOMING))
        return self._folder

    def add(self, sha256: str, fill: Callable[[BinaryIO], None]) -> bool:
        """Receive the file named ``sha256``, written by ``fill(out)`` and checked while it is
        written (its checksum, its size). False if the store has it already (nothing written)."""
        if find_stored(self.data_folder, sha256) is not None or sha256 in self._staged:
            return False
        target = self._staging() / _inside(self.data_folder, sha256).name
        digest = hashlib.sha256()
        outer = self

        class Checked:
            def __init__(self, out: BinaryIO) -> None:
                self.out, self.size = out, 0

            def write(self, data: bytes) -> int:
                self.size += len(data)
                outer._total += len(data)
                if self.size > outer.max_file_bytes or outer._total > outer.max_total_bytes:
                    raise TooLarge(sha256)
                digest.update(data)
                return self.out.write(data)

        with target.open("xb") as out:
            fill(Checked(out))  # type: ignore[arg-type]
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            target.unlink()
            raise ContentMismatch(sha256)
        self._staged[sha256] = target
        return True

    def move_in(self) -> int:
        """Move the received files into the store; how many."""
        for sha256, staged in sorted(self._staged.items()):
            target = _inside(self.data_folder, sha256)
            self._mkdir(target.parent)
            os.replace(staged, target)
            self._moved.append(target)
        count = len(self._staged)
        self._staged.clear()
        return count

    def undo(self) -> None:
        """Take back the files moved in (the transaction did not commit)."""
        for path in self._moved:
            path.unlink(missing_ok=True)
        self._moved.clear()

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        for folder in sorted(self._made, key=lambda p: len(p.parts), reverse=True):
            try:
                folder.rmdir()  # only if it stayed empty
            except OSError:
                pass

    def __enter__(self) -> IncomingFiles:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        if kind is not None:
            self.undo()
        self.close()


def _sweep(store: Path, older_than_s: float = 24 * 3600) -> None:
    """Remove what an import killed half-way left (a day later, so as not to touch another's)."""
    limit = time.time() - older_than_s
    for leftover in store.glob(_INCOMING + "*"):
        try:
            if leftover.stat().st_mtime < limit:
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink()
        except OSError:
            pass
