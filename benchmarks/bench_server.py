"""``benchmarks/run.py sync|tree --db postgresql://USER@HOST/NAME``: the same work on headquarters'
PostgreSQL server, beside a database file in the same run (issue 21: at most twice the file's).

``--db`` names a database the benchmark connects to in order to create its own, ``cicte_bench_*``
(the role needs CREATEDB), dropped at the end; the password, if any, from ``.pgpass``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench_common import ROOT, demo_file

PREFIX = "cicte_bench_"


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=10)


def _create(url: str, name: str, template: str | None = None) -> str:
    """A new database on the server of ``url`` (a copy of ``template``); its URL."""
    from psycopg import sql

    with _admin(url) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if template:
            admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                          sql.Identifier(template)))
        else:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    head, _slash, _old = url.rpartition("/")
    return f"{head}/{name}"


def _drop_all(url: str) -> None:
    from psycopg import sql

    with _admin(url) as admin:
        names = [r[0] for r in admin.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)",
                                             (PREFIX,))]  # (LIKE would read its "_" as any character)
        for name in names:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _server_with_events(url: str, name: str, events: int, seed: int, plans: bool = False) -> str:
    """A ready server database holding ``events`` demo events; its URL (nothing connected to it)."""
    from cicte_desktop.db.server import parse_server_url
    from cicte_desktop.db.server_database import open_server_database
    from cicte_desktop.db.server_setup import prepare_server_database
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans

    made = _create(url, name)
    prepare_server_database(parse_server_url(made))
    db = open_server_database(parse_server_url(made))
    if plans:
        add_demo_plans(db)
    add_demo_events(db, events, seed=seed)
    db.close()
    with _admin(made) as admin:  # as the server's autovacuum keeps a database in use: its statistics, and the
        admin.execute("VACUUM ANALYZE")  # visibility map that index-only scans need (PostgreSQL 13 on: after inserts)
    return made


def server_sync(events: int, repeat: int, url: str) -> list[tuple[str, float]]:
    """A package of ``events`` events merged into a server database of 10 x ``events`` and into a
    file of the same: the whole import (checks, preview, merge), medians."""
    from bench_sync import _add_rosters

    from cicte_desktop.db.database import open_database
    from cicte_desktop.db.server import parse_server_url
    from cicte_desktop.db.server_database import open_server_database
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
        _add_rosters(field, 7)
        package = work / "p.cictepkg"
        export_package(field, package, destination_named(field, "Headquarters"), data_folder=work / "data")
        field.close()
        hq_file = work / "hq.sqlite"
        hq = open_database(hq_file)
        add_demo_events(hq, events * 10, seed=1)
        hq.close()
        _server_with_events(url, PREFIX + "hq", events * 10, seed=1)  # copied for each run

        def merge(db) -> float:  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            with read_package(package) as opened:
                result = apply_import(db, plan_import(db, opened), data_folder=work / "data", trust_sender=True)
            elapsed = time.perf_counter() - started
            assert result.counts[NEW] >= events
            return elapsed

        server_times, file_times = [], []
        for i in range(repeat):  # interleaved: a busier spell of the machine slows both
            copy = _create(url, f"{PREFIX}copy", template=PREFIX + "hq")
            db = open_server_database(parse_server_url(copy))
            server_times.append(merge(db))
            db.close()
            path = work / f"hq-{i}.sqlite"
            shutil.copy(hq_file, path)
            os.sync()
            db = open_database(path)
            db.integrity.wait()
            file_times.append(merge(db))
            db.wait_for_checkpoint()
            db.close()
            path.unlink()
    finally:
        _drop_all(url)
        shutil.rmtree(work, ignore_errors=True)
    server_s, file_s = statistics.median(server_times), statistics.median(file_times)
    return [("events", events), ("receiving_events", events * 10), ("server_import_s", server_s),
            ("file_import_s", file_s), ("server_import_ratio", server_s / file_s)]


def server_tree(events: int, repeat: int, url: str) -> list[tuple[str, float]]:
    """Start-up to a painted window, then expanding, searching and filtering, on a server database
    of ``events`` events and on a file of the same."""
    from bench_tree import _APP_STARTUP, _interaction_metrics, _time_to_paint

    work = Path(tempfile.mkdtemp(prefix="cicte-bench-"))
    env = {**os.environ, "CICTE_DATA_DIR": str(work / "data"), "XDG_CONFIG_HOME": str(work / "config"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    os.environ.update({k: env[k] for k in ("CICTE_DATA_DIR", "XDG_CONFIG_HOME", "QT_QPA_PLATFORM")})
    if env["QT_QPA_PLATFORM"] == "offscreen":
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'tests' / 'offscreen-1366x768.json'}"
    metrics: list[tuple[str, float]] = [("events", events)]
    try:
        path = demo_file(work / "events.sqlite", events)
        server = _server_with_events(url, PREFIX + "tree", events, seed=1, plans=True)
        starts: dict[str, list[float]] = {"server": [], "file": []}
        for target in (server, str(path)):  # warm both
            _time_to_paint(_APP_STARTUP, target, env)  # type: ignore[arg-type]
        for _ in range(max(repeat, 5)):
            starts["server"].append(_time_to_paint(_APP_STARTUP, server, env))  # type: ignore[arg-type]
            starts["file"].append(_time_to_paint(_APP_STARTUP, path, env))
        server_s, file_s = statistics.median(starts["server"]), statistics.median(starts["file"])
        metrics += [("server_startup_s", server_s), ("file_startup_s", file_s), ("startup_ratio", server_s / file_s)]
        on_server = dict(_interaction_metrics(server))  # type: ignore[arg-type]
        on_file = dict(_interaction_metrics(path))
        for name in on_file:
            metrics += [(f"server_{name}", on_server[name]), (f"file_{name}", on_file[name])]
            if name.endswith("_ms") and on_file[name]:
                metrics.append((f"{name.removesuffix('_ms')}_ratio", on_server[name] / on_file[name]))
    finally:
        _drop_all(url)
        shutil.rmtree(work, ignore_errors=True)
    return metrics
