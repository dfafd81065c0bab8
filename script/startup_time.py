"""Start-up to a painted main window, frozen bundle beside source: `frozen_start_s`, `source_start_s`.

Usage: python script/startup_time.py BUNDLE_EXE PYTHON. Medians of 5 starts each on a fresh
database (created by the first, untimed, start), offscreen when there is no display.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def _time_to_paint(command: list[str], env: dict[str, str], limit: float = 120) -> float:
    """Seconds from starting ``command`` to its "painted" line; the process is killed if it has
    not painted and quit within ``limit`` seconds (a dialog instead of the window, a hang)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    first_line: list[float | str] = []

    def read() -> None:
        line = process.stdout.readline()  # type: ignore[union-attr]
        first_line.extend([time.perf_counter() - started, line])

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(limit)
    try:
        process.wait(timeout=max(1.0, limit - (time.perf_counter() - started)))
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise SystemExit(f"{command[0]}: no painted window within {limit:.0f} s (killed)") from None
    if not first_line or str(first_line[1]).strip() != "painted":
        raise SystemExit(f"{command[0]}: the window did not paint (exit {process.returncode})")
    return float(first_line[0])


def main() -> None:
    frozen, python = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "CICTE_QUIT_AFTER_PAINT": "1", "CICTE_DATA_DIR": folder,
               "XDG_CONFIG_HOME": str(Path(folder) / "config")}
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env["QT_QPA_PLATFORM"] = "offscreen"
        db = str(Path(folder) / "startup.sqlite")
        commands = {"frozen_start_s": [frozen, "--db", db],
                    "source_start_s": [python, "-m", "cicte_desktop", "--db", db]}
        _time_to_paint(commands["frozen_start_s"], env)  # creates and seeds the database, warms the cache
        for name, command in commands.items():
            print(name, round(statistics.median(_time_to_paint(command, env) for _ in range(5)), 3))


if __name__ == "__main__":
    main()
