"""A reader that goes away early (``cicte-desktop plan | head -1``) ends the command quietly:
exit status 0, nothing on stderr about a broken pipe, never a traceback.

The commands run as real processes whose standard output is a pipe. Its capacity is set to one
page (Linux) so that the outputs below overflow it: the command is still writing when the
reader closes its end, whatever the machine's speed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: Words that must never reach the user when the reader goes away.
NOISE = ("Traceback", "BrokenPipeError", "Broken pipe", "Exception ignored", "error")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pipe") / "cicte.sqlite"
    result = subprocess.run([sys.executable, "-m", "cicte_desktop", "--db", str(path), "plan", "--year", "2016"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.encode()) > 3 * 4096  # the outline overflows a one-page pipe
    return path


def _small_pipe() -> tuple[int, int]:
    read_end, write_end = os.pipe()
    try:
        import fcntl

        fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, 4096)
    except (ImportError, AttributeError, OSError):  # not Linux: the pipe keeps its size
        pass
    return read_end, write_end


def _run(database: Path, *args: str, lines_read: int) -> tuple[int, bytes, str]:
    """The command with its output into a pipe whose reader takes ``lines_read`` lines (0: it is
    gone before the command starts) and closes it; (exit status, what was read, stderr)."""
    read_end, write_end = _small_pipe()
    if not lines_read:
        os.close(read_end)
    process = subprocess.Popen([sys.executable, "-m", "cicte_desktop", "--db", str(database), *args],
                               stdout=write_end, stderr=subprocess.PIPE, cwd=ROOT)
    os.close(write_end)
    taken = b""
    if lines_read:
        while taken.count(b"\n") < lines_read:
            chunk = os.read(read_end, 64)
            if not chunk:
                break
            taken += chunk
        os.close(read_end)
    _out, err = process.communicate(timeout=300)
    return process.returncode, taken, err.decode("utf-8", "replace")


@pytest.mark.parametrize("args, first", [
    (("plan",), b"2016 Work Plan"),
    (("plan", "--json"), b"{"),
    (("plan", "--json", "--figures"), b"{"),
])
def test_a_listing_read_one_line_at_a_time_ends_quietly(database: Path, args: tuple[str, ...], first: bytes) -> None:
    code, taken, err = _run(database, *args, lines_read=1)
    assert taken.startswith(first)
    assert code == 0, err
    assert not any(word in err for word in NOISE), err


@pytest.mark.parametrize("args", [("plan",), ("device", "role"), ("--lang", "es", "plan", "--json")])
def test_a_reader_gone_before_the_first_line_ends_quietly(database: Path, args: tuple[str, ...]) -> None:
    """Short outputs are written only when the program ends (``device role``): the broken pipe
    then comes from the last flush, and is as quiet as any other."""
    code, _taken, err = _run(database, *args, lines_read=0)
    assert code == 0, err
    assert not any(word in err for word in NOISE), err
