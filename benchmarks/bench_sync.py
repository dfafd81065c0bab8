"""``benchmarks/run.py sync``: field packages: export, import into ten times as many events, cancel,
and the bombs of tests/bombs.py."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench_common import median_time


ROSTER = 5  # people on each event's roster


def _add_rosters(db, seed: int) -> int:  # type: ignore[no-untyped-def]
    """Five participants on every event of ``db``, in one transaction; returns how many."""
    import random
    import uuid

    from cicte_desktop.db import models as m
    from cicte_desktop.db.bulk import bulk_insert, stored

    rng = random.Random(seed)
    now = stored(m.utcnow())
    stamps = {"created_at": now, "updated_at": now, "device_id": db.device_id, "deleted": 0}
    with db.sql() as conn:
        events = [r[0] for r in conn.execute("SELECT uuid FROM event ORDER BY uuid")]
    rows = [{"uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "event_uuid": event, "name": f"Participant {i}",
             "sex": rng.choice(("F", "M")), "institution": "Ministry of National Security", "country": "Jamaica",
             "position_title": "Officer", "email": f"person{i}@example.org", "phone": "+1 876 555 0100", **stamps}
            for event in events for i in range(ROSTER)]
    with db.write() as s:
        bulk_insert(s.connection(), m.Participant.__table__, rows)  # type: ignore[arg-type]
    return len(rows)


def bench_sync(events: int, repeat: int) -> list[tuple[str, float]]:
    """A field package of ``events`` events with rosters: export it, then import it (checks,
    preview, merge) into a database of 10 x ``events`` events; beside a bare sqlite3 executemany
    of the same rows into the same database in one transaction. ``cancel_s``: the longest time
    from pressing *Cancel* during the import to the import returning, everything rolled back."""
    from cicte_desktop.db.connection import apply_connection_pragmas
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.demo import add_demo_events
    from cicte_desktop.sync.apply import apply_import
    from cicte_desktop.sync.import_plan import NEW, plan_import
    from cicte_desktop.sync.outgoing import destination_named, export_package
    from cicte_desktop.sync.package_reader import read_package

    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    os.environ.setdefault("CICTE_DATA_DIR", str(work / "data"))
    try:
        field = open_database(work / "field.sqlite")
        add_demo_events(field, events, seed=7)
        people = _add_rosters(field, 7)
        hq_template = work / "hq.sqlite"
        hq = open_database(hq_template)
        add_demo_events(hq, events * 10, seed=1)
        hq.close()

        def export(i: int) -> None:
            destination = destination_named(field, f"Headquarters {i}")  # a new one: everything goes
            export_package(field, work / f"p{i}.cictepkg", destination, data_folder=work / "data")

        export_s = median_time(export, repeat)
        package = work / "p0.cictepkg"
        with read_package(package) as opened:
            tables = {name: (t.columns, t.rows) for name, t in opened.tables.items()}
        field.close()

        read_times, plan_times, apply_times, totals, checkpoint_times = [], [], [], [], []
        for i in range(repeat):
            path = work / f"hq-{i}.sqlite"
            shutil.copy(hq_template, path)
            db = open_database(path)
            db.integrity.wait()
            # The copy just made leaves some 270 MB for the kernel to write back, which would
            # otherwise compete with the import's own fsync: a user's database is not fresh.
            os.sync()
            started = time.perf_counter()
            with read_package(package) as opened:
                checked = time.perf_counter()
                plan = plan_import(db, opened)
                planned = time.perf_counter()
                result = apply_import(db, plan, data_folder=work / "data", trust_sender=True)  # fingerprint compared
                applied = time.perf_counter()
            # The checkpoint (log pages copied into the file) runs in the background once the
            # merge is committed: measured apart, not part of what the user waits for.
            db.wait_for_checkpoint()
            checkpoint_times.append(time.perf_counter() - applied)
            db.close()
            assert result.counts[NEW] >= events
            read_times.append(checked - started)
            plan_times.append(planned - checked)
            apply_times.append(applied - planned)
            totals.append(applied - started)
            path.unlink()

        def bare(i: int) -> None:
            path = work / f"bare-{i}.sqlite"
            raw = sqlite3.connect(path, isolation_level=None)
            apply_connection_pragmas(raw)
            raw.execute("BEGIN")
            for name, (columns, rows) in tables.items():
                raw.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                                rows)
            raw.execute("COMMIT")
            raw.close()

        bare_times = []
        for i in range(repeat):
            shutil.copy(hq_template, work / f"bare-{i}.sqlite")
            os.sync()
            bare_times.append(median_time(lambda _i, i=i: bare(i), 1))
            (work / f"bare-{i}.sqlite").unlink()
        package_mb = package.stat().st_size / 1e6
        shutil.copy(hq_template, work / "cancelled.sqlite")
        os.sync()
        cancel_s = _cancel_times(work / "cancelled.sqlite", package, work / "data", {
            "read": statistics.median(read_times), "compare": statistics.median(plan_times),
            "import": statistics.median(apply_times)})
        bomb_s, bomb_peak_mb = _bombs(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    import_s, bare_s = statistics.median(totals), statistics.median(bare_times)
    return [
        ("events", events), ("participants", people), ("receiving_events", events * 10),
        ("records", sum(len(rows) for _c, rows in tables.values())), ("package_mb", package_mb),
        ("export_s", export_s), ("import_s", import_s), ("import_check_s", statistics.median(read_times)),
        ("import_preview_s", statistics.median(plan_times)), ("import_apply_s", statistics.median(apply_times)),
        ("background_checkpoint_s", statistics.median(checkpoint_times)),
        ("bare_insert_s", bare_s), ("import_ratio", import_s / bare_s), ("cancel_s", cancel_s),
        ("bomb_s", bomb_s), ("bomb_peak_mb", bomb_peak_mb),
    ]


def _cancel_times(path: Path, package: Path, data_folder: Path, durations: dict[str, float]) -> float:
    """The longest time from a cancel request to the return of the work, for a cancel pressed at
    several moments (fractions of ``durations``, what each took uncancelled) of reading the
    package, comparing it and importing it (in a thread, as the window runs them); a cancelled
    import must leave the database as it was."""
    import threading

    from cicte_desktop.db.database import open_database
    from cicte_desktop.sync.apply import apply_import
    from cicte_desktop.sync.import_plan import plan_import
    from cicte_desktop.sync.package import PackageCancelled
    from cicte_desktop.sync.package_reader import read_package

    db = open_database(path)
    db.integrity.wait()
    with db.sql() as conn:
        before = conn.execute(
            "SELECT (SELECT count(*) FROM event), (SELECT coalesce(max(seq), 0) FROM sync_change)").fetchone()
    worst, finished = 0.0, False
    with read_package(package) as opened:
        plan = plan_import(db, opened)
        jobs = {"read": lambda progress: read_package(package, None, progress).close(),
                "compare": lambda progress: plan_import(db, opened, progress),
                "import": lambda progress: apply_import(db, plan, data_folder=data_folder, trust_sender=True,
                                                        progress=progress)}
        for name, job in jobs.items():
            for fraction in (0.05, 0.2, 0.35, 0.5):
                started, cancel = threading.Event(), threading.Event()
                outcome: list[BaseException | None] = []

                def progress(_done: int, _total: int) -> bool:
                    started.set()
                    return not cancel.is_set()

                def run(job=job, progress=progress, outcome=outcome, started=started) -> None:
                    try:
                        job(progress)
                        outcome.append(None)
                    except BaseException as exc:  # handed to the measuring thread
                        outcome.append(exc)
                    finally:
                        started.set()

                worker = threading.Thread(target=run)
                worker.start()
                started.wait()
                time.sleep(fraction * durations[name])
                asked = time.perf_counter()
                cancel.set()
                worker.join()
                if isinstance(outcome[0], PackageCancelled):  # (not finished before the cancel)
                    worst = max(worst, time.perf_counter() - asked)
                elif outcome[0] is not None:
                    raise outcome[0]
                elif name == "import":
                    finished = True  # done before the cancel (a small package): the database changed
    with db.sql() as conn:
        after = conn.execute(
            "SELECT (SELECT count(*) FROM event), (SELECT coalesce(max(seq), 0) FROM sync_change)").fetchone()
    db.close()
    if after != before and not finished:
        raise AssertionError(f"a cancelled import wrote something: {before} -> {after}")
    return worst


def _bombs(work: Path) -> tuple[float, float]:
    """The worst time and peak memory of importing each 1 MB bomb of tests/bombs.py (a million
    empty records, a 50-million-character title...), each in a child process of its own (its
    whole peak: interpreter, imports and database included), into a new database."""
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services.demo import add_demo_events
    from cicte_desktop.sync.outgoing import destination_named, export_package
    from tests import bombs

    small = open_database(work / "bomb-source.sqlite")
    add_demo_events(small, 1, seed=3)
    _add_rosters(small, 3)
    plain = work / "bomb-source.cictepkg"
    export_package(small, plain, destination_named(small, "Headquarters"), everything=True,
                   data_folder=work / "data")
    small.close()
    target = work / "bomb-target.sqlite"
    open_database(target).close()
    folder = work / "bombs"
    folder.mkdir()
    seconds, peaks = [], []
    for name in bombs.BOMBS:
        found = bombs.probe(bombs.make_bomb(plain, folder, name), target, work / "bomb-data")
        if found["outcome"] == "imported":
            raise AssertionError(f"the bomb {name!r} was imported")
        seconds.append(found["seconds"])
        peaks.append(found["peak_mb"])
    return max(seconds), max(peaks)
