"""``benchmarks/run.py pdf``: the semi-annual report on 2,000 events; 200 certificates."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

from bench_common import child_environment, median_time


_PDF_CHILD = """
import datetime as dt, sys, time
from pathlib import Path
from cicte_desktop.db.database import open_database
from cicte_desktop.exports.pdf import ReportOptions, export_report
import cicte_desktop.exports.pdf.implementation, cicte_desktop.exports.pdf.certificates  # reportlab imported

db = open_database(sys.argv[1])
db.integrity.wait()
if sys.argv[2] == "semiannual":
    options = ReportOptions("semiannual", dt.date(2016, 1, 1), dt.date(2016, 12, 31))
else:
    options = ReportOptions("certificates", event=sys.argv[2])
started = time.perf_counter()
result = export_report(db, options, Path(sys.argv[3]))
print(time.perf_counter() - started, result.pages, result.events)
"""


def bench_pdf(events: int, repeat: int) -> list[tuple[str, float]]:
    """The semi-annual report for a year of ``events`` completed events (fresh process each run:
    fonts loaded, nothing cached) beside a bare reportlab table of the same rows; then 200
    certificates."""
    import datetime as dt
    import subprocess

    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Table

    from cicte_desktop.db.database import open_database
    from cicte_desktop.exports.pdf.sections import event_columns
    from cicte_desktop.services import reporting
    from cicte_desktop.services.events import inputs, reading as events_reading, writing as events_writing
    from cicte_desktop.services.demo import add_demo_events
    from cicte_desktop.services.figures import EventFilter

    work = Path(tempfile.mkdtemp(prefix="cicte-pdf-"))
    env = child_environment(work)
    try:
        path = work / "events.sqlite"
        db = open_database(path)
        add_demo_events(db, events, seed=1, years=(2016,))
        raw = sqlite3.connect(path)  # every one delivered, so that every one is listed
        with raw:
            raw.execute("UPDATE event SET status = 'completed'")
        raw.close()
        names = ["João Gonçalves", "Ñandú Pérez", "Françoise Lefèvre", "Zoë Þórsdóttir", "Łukasz Wójcik"]
        some = reporting.delivered_events(db, EventFilter.for_year(2016))
        first = next(iter(some.values()))[0]
        template = events_reading.get_event_input(db, first.uuid)
        people = tuple(inputs.ParticipantInput(None, f"{names[i % 5]} {i}", "F") for i in range(200))
        roster = events_writing.log_event(db, dataclasses.replace(  # outside the report's year
            template, participants=people, women=200, men=0, sex_not_recorded=0, participants_total=200,
            start_date=dt.date(2017, 1, 10), end_date=dt.date(2017, 1, 11)))
        runs, cert_runs = [], []
        for i in range(repeat):
            out = subprocess.run([sys.executable, "-c", _PDF_CHILD, str(path), "semiannual", str(work / f"r{i}.pdf")],
                                 capture_output=True, text=True, env=env, check=True).stdout.split()
            runs.append((float(out[0]), int(out[1]), int(out[2])))
            out = subprocess.run([sys.executable, "-c", _PDF_CHILD, str(path), roster, str(work / f"c{i}.pdf")],
                                 capture_output=True, text=True, env=env, check=True).stdout.split()
            cert_runs.append(float(out[0]))
        rows = reporting.delivered_events(db, EventFilter.for_year(2016))
        table = [[header for header, _w in event_columns()]]
        for activity_rows in rows.values():
            for r in activity_rows:
                table.append([f"{r.start_date} – {r.end_date}", r.event_type, r.title, " ".join(r.member_states),
                              f"{r.venue}, {r.city}", str(r.women), str(r.men), ", ".join(r.partners)])
        db.close()

        def bare(i: int) -> None:
            doc = SimpleDocTemplate(str(work / f"bare-{i}.pdf"), pagesize=letter)
            doc.build([Table(table, repeatRows=1)])

        bare_s = median_time(bare, repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    semiannual_s = statistics.median(t for t, _p, _e in runs)
    return [("events", runs[0][2]), ("pages", runs[0][1]), ("semiannual_s", semiannual_s), ("bare_s", bare_s),
            ("ratio", semiannual_s / bare_s), ("certificates", 200),
            ("certificates_s", statistics.median(cert_runs))]
