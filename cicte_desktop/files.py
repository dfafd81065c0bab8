"""Writing files so that a crash, a full disk or a pulled USB stick never leaves half of one."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_target(target: Path, prefix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to write; on success it is synced and renamed
    over ``target`` (and the folder synced); on any failure it is removed and ``target`` is
    left as it was."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{prefix}{target.name}.partial")
    with contextlib.suppress(OSError):
        partial.unlink()  # left by an earlier attempt that was interrupted
    try:
        yield partial
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
