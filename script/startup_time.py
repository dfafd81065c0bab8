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
import time
from pathlib import Path


def _time_to_paint(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=120)
    if line.strip() != "painted":
        raise SystemExit(f"{command[0]}: the window did not paint (exit {process.returncode})")
    return elapsed


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
