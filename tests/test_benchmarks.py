"""The benchmarks keep running (on small data here; the real figures come from benchmarks/run.py)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_seed_benchmark_prints_metric_value_lines() -> None:
    result = subprocess.run([sys.executable, "benchmarks/run.py", "seed", "--events", "500", "--repeat", "1"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    metrics = dict(line.split() for line in result.stdout.splitlines())
    assert {"create_seed_s", "demo_events_s", "bare_executemany_s", "demo_ratio"} <= set(metrics)
    assert metrics["events"] == "500"
    assert all(float(v) > 0 for v in metrics.values())


def test_sync_benchmark_prints_metric_value_lines() -> None:
    result = subprocess.run([sys.executable, "benchmarks/run.py", "sync", "--events", "200", "--repeat", "1"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    metrics = dict(line.split() for line in result.stdout.splitlines())
    assert {"export_s", "import_s", "bare_insert_s", "import_ratio", "bomb_s", "bomb_peak_mb"} <= set(metrics)
    assert metrics["events"] == "200" and metrics["receiving_events"] == "2000" and metrics["participants"] == "1000"
    assert 0 < float(metrics["bomb_s"]) < 10 and 0 < float(metrics["bomb_peak_mb"]) < 200


def test_pdf_benchmark_prints_metric_value_lines() -> None:
    result = subprocess.run([sys.executable, "benchmarks/run.py", "pdf", "--events", "150", "--repeat", "1"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    metrics = dict(line.split() for line in result.stdout.splitlines())
    assert {"semiannual_s", "bare_s", "ratio", "certificates_s", "pages"} <= set(metrics)
    assert metrics["events"] == "150" and metrics["certificates"] == "200"
    assert all(float(v) > 0 for v in metrics.values())


def test_dashboard_benchmark_prints_metric_value_lines() -> None:
    result = subprocess.run([sys.executable, "benchmarks/run.py", "dashboard", "--events", "300", "--repeat", "1"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    metrics = dict(line.split() for line in result.stdout.splitlines())
    assert {"dashboard_ms", "dashboard_first_ms", "bare_counts_ms", "figures_ratio", "filter_ms", "map_paint_ms",
            "bare_map_paint_ms", "map_paint_ratio"} <= set(metrics)
    assert metrics["events"] == "300"
    assert all(float(v) > 0 for v in metrics.values())
