"""``benchmarks/run.py seed``: creating and seeding a database, and demo events beside a bare
``executemany`` of the same rows."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from bench_common import median_time


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

        create_s = median_time(create, repeat)
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
        activities = conn.execute("SELECT a.uuid, a.target_unit, p.title, a.target_quantity FROM planned_activity a "
                                  "JOIN project p "
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

        ours_s = median_time(ours, repeat)
        bare_s = median_time(bare, repeat)
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
