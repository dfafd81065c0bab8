"""Two people editing at once (two program managers on headquarters' server, or a package merged
while a form is open): changes to different events both land; a change to the same event is never
silently overwritten; a locked period holds for everyone. On a file and on a server (issue 21)."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from cicte_desktop.cli.common import open_db
from cicte_desktop.cli.main import main
from cicte_desktop.db.server import parse_server_url
from cicte_desktop.services.events import audit, errors, periods, reading, writing
from tests.services.test_event_log import _event

#: The command line runs in this process, on the suite's QApplication (see tests/cli/test_server_url).
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(params=["file", "server"])
def two_managers(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The same database opened twice, as two managers' windows open it."""
    if request.param == "server":
        target: object = parse_server_url(request.getfixturevalue("postgres_url"))
    else:
        target = tmp_path / "shared.sqlite"
    assert main(["--db", str(target), "upgrade"]) == 0
    first, second = open_db(target), open_db(target)
    yield first, second
    first.close()
    second.close()


def test_changes_to_different_events_both_land(two_managers) -> None:  # type: ignore[no-untyped-def]
    ana, luis = two_managers
    one = writing.log_event(ana, _event(ana, title="Maritime CME Kingston"), 2016)
    two = writing.log_event(ana, _event(ana, title="Port security workshop"), 2016)
    opened = {event: reading.get_event_input(luis, event) for event in (one, two)}
    writing.update_event(ana, one, dataclasses.replace(opened[one], venue="Ocho Rios"), reason="moved",
                         expected=opened[one])
    writing.update_event(luis, two, dataclasses.replace(opened[two], city="Montego Bay"), reason="moved",
                         expected=opened[two])
    assert reading.get_event_input(luis, one).venue == "Ocho Rios"
    assert reading.get_event_input(ana, two).city == "Montego Bay"


def test_the_second_save_of_the_same_event_is_told_what_changed(two_managers) -> None:  # type: ignore[no-untyped-def]
    ana, luis = two_managers
    event_id = writing.log_event(ana, _event(ana), 2016)
    ana_opened, luis_opened = reading.get_event_input(ana, event_id), reading.get_event_input(luis, event_id)
    writing.update_event(ana, event_id, dataclasses.replace(ana_opened, venue="Ocho Rios", women=11,
                                                            participants_total=25), reason="corrected")
    with pytest.raises(errors.EventChangedError) as told:
        writing.update_event(luis, event_id, dataclasses.replace(luis_opened, city="Montego Bay"), reason="moved",
                             expected=luis_opened)
    assert set(told.value.fields) == {"venue", "women", "participants_total"}
    assert "Someone else saved this event while you were editing it" in str(told.value)
    assert "Venue: Ocho Rios" in str(told.value)
    stored = reading.get_event_input(luis, event_id)
    assert (stored.venue, stored.city) == ("Ocho Rios", "Kingston")  # Luis's change did not overwrite Ana's
    # Luis has seen what changed; saving again, from the event as it is now, keeps both changes.
    writing.update_event(luis, event_id, dataclasses.replace(told.value.current, city="Montego Bay"),
                         reason="moved", expected=told.value.current)
    stored = reading.get_event_input(ana, event_id)
    assert (stored.venue, stored.city, stored.women) == ("Ocho Rios", "Montego Bay", 11)
    assert {entry.field for entry in audit.history(ana, event_id)} >= {"venue", "city", "women"}


def test_two_saves_at_the_same_moment_one_wins_one_is_told(two_managers) -> None:  # type: ignore[no-untyped-def]
    """The check and the write are one transaction, the row locked: never both saved from the
    same version, whatever the timing."""
    ana, luis = two_managers
    event_id = writing.log_event(ana, _event(ana), 2016)
    opened = reading.get_event_input(ana, event_id)
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def save(db, venue: str) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        try:
            writing.update_event(db, event_id, dataclasses.replace(opened, venue=venue), reason="r", expected=opened)
            outcomes.append("saved " + venue)
        except errors.EventChangedError:
            outcomes.append("told")
        finally:
            db.close()  # this thread's connections

    threads = [threading.Thread(target=save, args=(db, venue)) for db, venue in ((ana, "A"), (luis, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(o[:5] for o in outcomes) == ["saved", "told"], outcomes
    saved = next(o for o in outcomes if o.startswith("saved")).split()[1]
    assert reading.get_event_input(ana, event_id).venue == saved


def test_a_locked_period_holds_for_everyone(two_managers) -> None:  # type: ignore[no-untyped-def]
    ana, luis = two_managers
    event_id = writing.log_event(ana, _event(ana), 2016)
    opened = reading.get_event_input(ana, event_id)
    periods.set_period_lock(luis, 2016, 1, True, "Reported to the member states")
    with pytest.raises(errors.PeriodLockedError):
        writing.update_event(ana, event_id, dataclasses.replace(opened, venue="Ocho Rios"), reason="late",
                             expected=opened)
    with pytest.raises(errors.PeriodLockedError):
        writing.log_event(ana, _event(ana, title="Another one"), 2016)
    assert reading.get_event_input(luis, event_id).venue == "Port Royal"


def test_a_period_locked_during_a_save_waits_for_it_or_refuses_it(two_managers) -> None:  # type: ignore[no-untyped-def]
    """The check of the period locks and the save are one: a period locked by another manager
    while a save is under way is locked after it (the event saved before the lock), never between."""
    ana, luis = two_managers
    event_id = writing.log_event(ana, _event(ana), 2016)
    opened = reading.get_event_input(ana, event_id)
    order: list[str] = []
    start = threading.Barrier(2)

    def save() -> None:
        start.wait()
        try:
            writing.update_event(ana, event_id, dataclasses.replace(opened, venue="Ocho Rios"), reason="r",
                                 expected=opened)
            order.append("saved")
        except errors.PeriodLockedError:
            order.append("refused")

    def lock() -> None:
        start.wait()
        periods.set_period_lock(luis, 2016, 1, True, "Reported")
        order.append("locked")

    threads = [threading.Thread(target=save), threading.Thread(target=lock)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    stored = reading.get_event_input(luis, event_id)
    # Either the save came first (and the lock after it), or the lock (and the save was refused).
    assert order in (["saved", "locked"], ["locked", "refused"]), order
    assert (stored.venue == "Ocho Rios") == (order[0] == "saved")


def test_each_manager_sees_only_their_own_drafts_on_the_server(server_db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Drafts are kept against a crash; on a shared server, one manager's half-typed form (with its
    participants' names) is never offered to, or discarded by, another."""
    import uuid

    from cicte_desktop.services.events import drafts

    form_id = str(uuid.uuid4())  # as the form names its draft
    monkeypatch.setattr(drafts, "_owner", lambda: "ana@pc-12")
    drafts.save_draft(server_db, form_id, None, _event(server_db, title="Ana's half-typed workshop"))
    drafts.save_draft(server_db, form_id, None, _event(server_db, title="Ana's workshop, typed further"))
    kept = drafts.drafts(server_db)
    assert [d.title for d in kept] == ["Ana's workshop, typed further"]  # one draft per form, kept up to date
    monkeypatch.setattr(drafts, "_owner", lambda: "luis@pc-7")
    assert drafts.drafts(server_db) == []
    drafts.discard_draft(server_db, form_id)  # Luis's form with the same id discards nothing of Ana's
    monkeypatch.setattr(drafts, "_owner", lambda: "ana@pc-12")
    assert [d.title for d in drafts.drafts(server_db)] == ["Ana's workshop, typed further"]
    drafts.save_draft(server_db, kept[0].id, None, _event(server_db, title="Restored and typed on"))  # a restore
    assert [d.title for d in drafts.drafts(server_db)] == ["Restored and typed on"]
    drafts.discard_draft(server_db, form_id)
    assert drafts.drafts(server_db) == []
