"""Writing files so that a crash, a full disk or a pulled USB stick never leaves half of one.

Every file the app writes for the user (exports, packages, backups) goes through
:func:`atomic_target`: it refuses, in words, to replace what is not a regular file (a device
such as /dev/null, a folder, a symbolic link), writes beside the target under a temporary
name and renames it over the target at the end. A write that fails removes its temporary
file; one that is killed (power cut, ``kill -9``) leaves a note in this process's scratch
folder, and the next run of the app removes what the dead process left (:func:`sweep_scratch`).
Temporary files of libraries (openpyxl's write-only sheets) are kept in that scratch folder too.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class OutputPathError(OSError):
    """The place asked for cannot be written as a file; the message says why, for the user."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def check_output_path(target: Path) -> None:
    """Refuse, in words, a target that must not be replaced by a file: a folder, a device
    (/dev/null), a pipe or socket, or a symbolic link (whose own target would not be written:
    the link would be replaced)."""
    target = Path(target)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputPathError(_tr("{path} cannot be written ({detail}).").format(path=target, detail=exc)) from exc
    if stat.S_ISLNK(info.st_mode):
        raise OutputPathError(_tr("{path} is a link to {target}: it was not replaced. Give the path of the file "
                                  "itself, or another name.").format(path=target, target=os.readlink(target)))
    if stat.S_ISDIR(info.st_mode):
        raise OutputPathError(_tr("{path} is a folder: give the name of a file to write in it.").format(path=target))
    if not stat.S_ISREG(info.st_mode):
        raise OutputPathError(_tr("{path} is a device or a special file, not a file: it was not replaced. Give the "
                                  "name of a file.").format(path=target))


@contextlib.contextmanager
def atomic_target(target: Path, prefix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to write; on success it is synced and renamed
    over ``target`` (and the folder synced); on any failure it is removed and ``target`` is
    left as it was. A target that is not a regular file is refused (:func:`check_output_path`)."""
    target = Path(target)
    check_output_path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{prefix}{target.name}.partial")
    with contextlib.suppress(OSError):
        partial.unlink()  # left by an earlier attempt that was interrupted
    note = _note_partial(partial)
    try:
        yield partial
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        check_output_path(target)  # it may have become a link or a folder meanwhile
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    finally:
        _forget_note(note)
    if os.name == "posix":  # make the rename durable; Windows has no directory handles to sync
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


# --- Scratch: what a killed process leaves behind ----------------------------------------

_SCRATCH_LOCK = threading.Lock()
_scratch: Path | None = None
_notes = 0
PARTIAL_NOTE = ".partial-note"


def scratch_root() -> Path:
    """The folder holding one scratch folder per running process of the app."""
    return Path(tempfile.gettempdir()) / "cicte-desktop-scratch"


def scratch_dir() -> Path:
    """This process's scratch folder (made on first use; the stale ones of dead processes are
    removed then)."""
    global _scratch
    with _SCRATCH_LOCK:
        root = scratch_root()
        if _scratch is None or _scratch.parent != root or not _scratch.is_dir():
            root.mkdir(parents=True, exist_ok=True)
            mine = root / str(os.getpid())
            _sweep(root, keep=mine)
            if mine.exists():  # left by a dead process whose id this one now has
                _clean(mine)
            mine.mkdir(exist_ok=True)
            atexit.register(shutil.rmtree, mine, True)  # what is left in it at a normal exit goes too
            _scratch = mine
        return _scratch


def sweep_scratch() -> None:
    """Remove what processes of the app that died mid-write left behind: their temporary
    files, and the ``.partial`` files their notes name."""
    with _SCRATCH_LOCK:
        root = scratch_root()
        if root.is_dir():
            _sweep(root, keep=root / str(os.getpid()))


def _alive(pid: int) -> bool:
    if os.name == "nt":  # no signal 0 on Windows: ask for the process's exit code
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _sweep(root: Path, keep: Path) -> None:
    try:
        entries = list(root.iterdir())
    except OSError:
        return
    for folder in entries:
        if folder == keep or not folder.name.isdigit() or _alive(int(folder.name)):
            continue
        _clean(folder)


def _clean(folder: Path) -> None:
    """Remove the ``.partial`` files noted in a dead process's scratch folder, then the folder."""
    with contextlib.suppress(OSError):
        for note in folder.glob(f"*{PARTIAL_NOTE}"):
            partial = Path(os.fsdecode(note.read_bytes()))  # as the file system names it
            if partial.name.endswith(".partial") and partial.is_file():
                with contextlib.suppress(OSError):
                    partial.unlink()
    shutil.rmtree(folder, ignore_errors=True)


def _note_partial(partial: Path) -> Path | None:
    """Write down ``partial`` in this process's scratch folder, for the sweep should we be killed."""
    global _notes
    try:
        folder = scratch_dir()
        with _SCRATCH_LOCK:
            _notes += 1
            note = folder / f"{_notes}{PARTIAL_NOTE}"
        note.write_bytes(os.fsencode(partial.absolute()))  # any name, UTF-8 or not
        return note
    except OSError:  # no scratch folder (a full or read-only temp folder): the write itself goes on
        return None


def _forget_note(note: Path | None) -> None:
    if note is not None:
        with contextlib.suppress(OSError):
            note.unlink()


def scratch_file(suffix: str = "", prefix: str = "tmp.") -> str:
    """A new empty file in this process's scratch folder (its name)."""
    handle = tempfile.NamedTemporaryFile(mode="w+", suffix=suffix, prefix=prefix, dir=scratch_dir(), delete=False)
    handle.close()
    return handle.name
