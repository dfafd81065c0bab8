"""Files kept with events: copied into the data folder under their SHA-256, so the same file
attached twice (or arriving from another laptop) is stored once. No Qt widgets."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cicte_desktop.services.event_log import AttachmentInput


def store_folder(data_folder: Path) -> Path:
    folder = data_folder / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_path(data_folder: Path, sha256: str) -> Path:
    return store_folder(data_folder) / sha256[:2] / sha256


def write_stored(data_folder: Path, sha256: str, fill: Callable[[BinaryIO], None]) -> bool:
    """Put the file whose checksum is ``sha256`` in the store, written by ``fill(out)`` to a
    temporary file that is fsynced and renamed; nothing is done if it is there. True if written."""
    target = stored_path(data_folder, sha256)
    if target.is_file():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
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
