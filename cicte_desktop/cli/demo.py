"""``demo-data``: synthetic logged events (and, at headquarters, later work plans) for
demonstrations and benchmarks."""

from __future__ import annotations

import argparse
import time


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n event(s)"), in its singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text, None, n)


def run(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """Add ``args.events`` demo events (and later plans, where plans travel from here)."""
    from cicte_desktop.services.demo import add_demo_events, add_demo_plans

    started = time.perf_counter()
    from cicte_desktop.services.plan_years import plan_travels_from_here

    if plan_travels_from_here(db):
        for year in add_demo_plans(db):
            print(_tr("Added the {year} work plan, carried over from the year before with a few targets "
                      "changed.").format(year=year))
    else:  # a laptop's plans would be refused by every other computer, with its events
        print(_tr("No work plans were added for later years: only headquarters makes work plans (cicte-desktop "
                  "device role headquarters). Events of later years count toward the latest plan before them."))
    added = add_demo_events(db, args.events, args.seed)
    print(_trn("Added %n demo event(s) to {path} in {seconds:.1f} s.", added).format(
        path=db.path, seconds=time.perf_counter() - started))
    return 0
