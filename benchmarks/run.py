#!/usr/bin/env python
"""Performance benchmarks: ``python benchmarks/run.py NAME [--events N] [--repeat R]``.

Each benchmark builds its own data in a temporary folder, measures our code and a bare
baseline in the same run, and prints one ``metric value`` pair per line (medians over
``--repeat`` runs; these machines are noisy, so compare ratios rather than seconds).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median_time(action: Callable[[int], None], repeat: int) -> float:
    times = []
    for i in range(repeat):
        started = time.perf_counter()
        action(i)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_seed(events: int, repeat: int) -> list[tuple[str, float]]:
    """Create and seed a database; add demo events; beside raw sqlite3 executemany of the same rows."""
    from cicte_desktop.db import models as m
    from cicte_desktop.db.bulk import stored
    from cicte_desktop.db.database import apply_connection_pragmas, open_database
    from cicte_desktop.services.demo import add_demo_events, generate_demo_rows

    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    os.environ.setdefault("CICTE_DATA_DIR", str(work / "data"))
    try:
        def create(i: int) -> None:
            open_database(work / f"new-{i}.sqlite").close()

        create_s = _median_time(create, repeat)
        template = work / "new-0.sqlite"

        def ours(i: int) -> None:
            path = work / f"ours-{i}.sqlite"
            shutil.copy(template, path)
            db = open_database(path)
            add_demo_events(db, events, seed=i)
            db.close()

        # The baseline inserts the very rows our code would, pre-generated outside the timing,
        # with plain sqlite3 in one transaction under the same pragmas.
        conn = sqlite3.connect(template)
        activities = conn.execute("SELECT a.uuid, a.target_unit, p.title FROM planned_activity a JOIN project p "
                                  "ON p.uuid = a.project_uuid ORDER BY a.uuid").fetchall()
        states = conn.execute("SELECT uuid, iso3 FROM member_state ORDER BY iso3").fetchall()
        partners = [r[0] for r in conn.execute("SELECT uuid FROM partner_organization ORDER BY position")]
        conn.close()
        now = stored(m.utcnow())
        stamps = {"created_at": now, "updated_at": now, "device_id": "bench", "deleted": 0}
        started = time.perf_counter()
        rows = generate_demo_rows(activities, states, partners, events, 0, stamps)
        generate_s = time.perf_counter() - started

        def bare(i: int) -> None:
            path = work / f"bare-{i}.sqlite"
            shutil.copy(template, path)
            raw = sqlite3.connect(path, isolation_level=None)
            apply_connection_pragmas(raw)
            raw.execute("BEGIN")
            for table, table_rows in (("event", rows.events), ("event_member_state", rows.event_member_states),
                                      ("event_partner", rows.event_partners)):
                columns = list(table_rows[0])
                raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                [tuple(r[c] for c in columns) for r in table_rows])
            raw.execute("COMMIT")
            raw.close()

        ours_s = _median_time(ours, repeat)
        bare_s = _median_time(bare, repeat)
        size_mb = (work / "ours-0.sqlite").stat().st_size / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        ("create_seed_s", create_s),
        ("events", events),
        ("demo_events_s", ours_s),
        ("demo_events_per_s", events / ours_s),
        ("generate_only_s", generate_s),
        ("bare_executemany_s", bare_s),
        ("demo_ratio", ours_s / bare_s),
        ("database_mb", size_mb),
    ]


BENCHMARKS: dict[str, Callable[[int, int], list[tuple[str, float]]]] = {"seed": bench_seed}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument("--events", type=int, default=100_000, help="events to generate (default 100,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is printed")
    args = parser.parse_args(argv)
    for metric, value in BENCHMARKS[args.name](args.events, args.repeat):
        print(f"{metric} {value:.4g}" if isinstance(value, float) else f"{metric} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
