"""What the benchmarks share."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def median_time(action: Callable[[int], None], repeat: int) -> float:
    """The median of ``repeat`` runs of ``action(i)``, in seconds."""
    times = []
    for i in range(repeat):
        started = time.perf_counter()
        action(i)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def child_environment(work: Path) -> dict[str, str]:
    """The environment for a child process measured: a data folder in ``work``, the package importable.
    The data folder is this process's too."""
    env = {**os.environ, "CICTE_DATA_DIR": str(work / "data"), "PYTHONPATH": str(ROOT)}
    os.environ["CICTE_DATA_DIR"] = env["CICTE_DATA_DIR"]
    return env


def shown_window(path: Path) -> tuple[Any, Any]:
    """The application and its main window on ``path``, at 1366x768, shown and painted once."""
    from cicte_desktop.app import build_main_window, create_application

    app = create_application()
    window = build_main_window(path)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return app, window


def demo_file(path: Path, events: int, seed: int = 1, plans: bool = True) -> Path:
    """A database file at ``path`` holding ``events`` demo events (and the demo's later plans)."""
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans

    db = open_database(path)
    if plans:
        add_demo_plans(db)  # four plan years of events, as demo-data makes them
    add_demo_events(db, events, seed=seed)
    db.close()
    return path
