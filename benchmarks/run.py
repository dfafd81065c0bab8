#!/usr/bin/env python
"""Performance benchmarks: ``python benchmarks/run.py NAME [--events N] [--repeat R]``.

Each benchmark builds its own data in a temporary folder, measures our code and a bare
baseline in the same run, and prints one ``metric value`` pair per line (medians over
``--repeat`` runs; these machines are noisy, so compare ratios rather than seconds).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # the package, and the benchmarks' modules (bench_NAME.py)

#: Each benchmark, in ``benchmarks/bench_NAME.py`` as its function ``bench_NAME(size, repeat)``.
BENCHMARKS = ("crash", "dashboard", "pdf", "seed", "sync", "tree", "xlsx")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", choices=BENCHMARKS)
    parser.add_argument("--events", type=int, default=None,
                        help="events to generate (default 100,000; pdf: 2,000; sync: 10,000 in the package, 10 x in the database)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is printed")
    parser.add_argument("--kills", type=int, default=100, help="crash: how many times to kill the writer")
    parser.add_argument("--db", metavar="postgresql://USER@HOST/NAME",
                        help="sync and tree: the same work on a PostgreSQL server beside a database file (the "
                             "benchmark creates databases of its own there, and drops them)")
    args = parser.parse_args(argv)
    # The issues' figures: a package of 10,000 events; a report covering 2,000 events.
    events = args.events if args.events is not None else {"sync": 10_000, "pdf": 2000}.get(args.name, 100_000)
    size = args.kills if args.name == "crash" else events
    bench = getattr(importlib.import_module(f"bench_{args.name}"), f"bench_{args.name}")
    if args.db:
        if args.name not in ("sync", "tree"):
            parser.error("--db goes with sync and tree")
        server = getattr(importlib.import_module("bench_server"), f"server_{args.name}")
        bench = lambda size, repeat: server(size, repeat, args.db)  # noqa: E731
    for metric, value in bench(size, args.repeat):
        print(f"{metric} {value:.4g}" if isinstance(value, float) else f"{metric} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
