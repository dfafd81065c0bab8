"""Building small, exact data sets for tests."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from cicte_desktop.db import models as m
from cicte_desktop.db.database import Database


def activity_uuid(db: Database, text: str, project_title_start: str | None = None) -> str:
    with db.read() as s:
        query = select(m.PlannedActivity.uuid).where(m.PlannedActivity.text == text)
        if project_title_start:
            query = query.join(m.Project, m.Project.uuid == m.PlannedActivity.project_uuid).where(
                m.Project.title.startswith(project_title_start))
        return s.scalars(query).one()


def add_event(db: Database, activity: str, *, title: str, start: dt.date, status: str = "completed",
              event_type: str = "workshop", states: tuple[str, ...] = ("JAM",), women: int = 0, men: int = 0,
              units: int = 1, venue: str | None = None, city: str | None = None) -> str:
    """Log one event against the activity with uuid ``activity``; returns the event's uuid."""
    event_id = str(uuid.uuid4())
    with db.write() as s:
        s.add(m.Event(uuid=event_id, activity_uuid=activity, event_type=event_type, title=title, status=status,
                      start_date=start, end_date=start, women=women, men=men, participants_total=women + men,
                      units=units, venue=venue, city=city))
        s.flush()
        for iso in states:
            state = s.scalars(select(m.MemberState.uuid).where(m.MemberState.iso3 == iso)).one()
            s.add(m.EventMemberState(uuid=str(uuid.uuid4()), event_uuid=event_id, member_state_uuid=state))
    return event_id


def run_main(argv: list[str], capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """The command line run in this process: (exit code, what it printed, what it said on stderr)."""
    from cicte_desktop.cli.main import main

    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def finish(qtbot, task, timeout: int = 20_000):  # type: ignore[no-untyped-def]
    """Let the event loop run until a task of the window's task runner has delivered its outcome;
    returns the task (``result``, ``error``, ``was_cancelled``)."""
    if task is not None and task.running:
        with qtbot.waitSignal(task.finished, timeout=timeout):
            pass
    return task


def shown_main_window(qtbot, db_path, size: tuple[int, int] = (1366, 768)):  # type: ignore[no-untyped-def]
    """A fixture's body: the main window on ``db_path``, shown and exposed at ``size``; its
    database closed afterwards. ``yield from shown_main_window(qtbot, path)``."""
    from cicte_desktop.app import build_main_window

    main = build_main_window(db_path)
    qtbot.addWidget(main)
    main.resize(*size)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.database.close()


def run_command(capsys, db: str, *args: str) -> str:  # type: ignore[no-untyped-def]
    """A command of the command line run in this process on ``--db db``, which must succeed
    quietly on stderr; what it printed."""
    from cicte_desktop.cli.main import main

    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return out


def connect_to(db):  # type: ignore[no-untyped-def]
    """A plain connection to the test's database, as ``sqlite3.connect(db.path)`` gives on a file
    (statements with ``?``, values as SQLite returns them); on the PostgreSQL server its like, in
    autocommit (it sees every save, and what it writes is saved at once)."""
    import sqlite3

    if db.dialect == "sqlite":
        return sqlite3.connect(db.path)
    import psycopg

    from cicte_desktop.db.server_database import SqliteLikeConnection

    return SqliteLikeConnection(psycopg.connect(db.url, autocommit=True))


def db_arg(db) -> str:  # type: ignore[no-untyped-def]
    """What ``--db`` (or the window) is given for the test's database: its file, or its server's URL."""
    return str(db.path) if db.dialect == "sqlite" else str(db.url)
