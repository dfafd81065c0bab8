"""``benchmarks/run.py crash``: kill -9 while writing; nothing acknowledged may be lost."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


_WRITER = """
import sys, uuid, datetime as dt
from cicte_desktop.db.database import open_database
from cicte_desktop.db import models as m
db = open_database(sys.argv[1])
db.integrity.wait()
activity = None
with db.sql() as conn:
    activity = conn.execute("SELECT uuid FROM planned_activity LIMIT 1").fetchone()[0]
print("ready", flush=True)
while True:
    event_id = str(uuid.uuid4())
    with db.write() as s:
        s.add(m.Event(uuid=event_id, activity_uuid=activity, event_type="workshop", title="Crash test",
                      start_date=dt.date(2016, 5, 1), end_date=dt.date(2016, 5, 1)))
    print(event_id, flush=True)  # acknowledged: the commit has returned
"""


def bench_crash(kills: int, _repeat: int) -> list[tuple[str, float]]:
    """``kills`` times: a process writing events in a loop is killed with SIGKILL at a random
    moment; then the database must pass integrity_check and hold every acknowledged event."""
    import random
    import signal
    import sqlite3
    import subprocess

    from cicte_desktop.db.database import open_database

    work = Path(tempfile.mkdtemp(prefix="cicte-crash-"))
    env = {**os.environ, "CICTE_DATA_DIR": str(work / "data"),
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    rng = random.Random(0)
    path = work / "crash.sqlite"
    open_database(path).close()
    acknowledged: list[str] = []
    failures = lost = 0
    try:
        for _ in range(kills):
            child = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True,
                                     env=env)
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError("the writer did not start")
            deadline = time.monotonic() + rng.uniform(0.05, 0.6)
            while time.monotonic() < deadline:
                line = child.stdout.readline().strip()
                if line:
                    acknowledged.append(line)
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            # Lines printed before the kill but not read yet were acknowledged too.
            acknowledged += [line.strip() for line in child.stdout.read().splitlines() if line.strip()]
            conn = sqlite3.connect(path)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                    failures += 1
                present = {u for (u,) in conn.execute("SELECT uuid FROM event")}
            finally:
                conn.close()
            lost = sum(1 for u in acknowledged if u not in present)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [("kills", kills), ("acknowledged", len(acknowledged)), ("integrity_failures", failures),
            ("lost_acknowledged", lost)]
