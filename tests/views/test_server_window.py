"""The main window on headquarters' PostgreSQL server, used as a program manager uses it: the tree
and its figures, a search, an event typed and saved, and what only the server's administrator does
(issue 21)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from cicte_desktop.app import build_main_window
from cicte_desktop.cli.main import main
from tests.helpers import finish
from tests.views.test_event_form import EXERCISES, _fill, _open_new, _select
from tests.views.test_main_window import _titles_in_tree


@pytest.fixture
def server_window(postgres_url: str, qtbot, qapp):  # type: ignore[no-untyped-def]
    assert main(["--db", postgres_url, "upgrade"]) == 0
    window = build_main_window(postgres_url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    yield window
    window.database.close()


def _rows(url: str, sql: str) -> list[tuple]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def test_an_event_saved_in_the_window_lands_on_the_server_and_counts(server_window, postgres_url: str,
                                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    window = server_window
    assert window.plan_model.rowCount() == 5
    assert "on 127.0.0.1:" in window.status_label.text()
    form = _open_new(window, qtbot)
    _fill(form, qtbot)
    assert form.save_button.isEnabled(), form.summary.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    _select(window, *EXERCISES)
    activity = window.plan_view.currentIndex()
    model = window.plan_model
    assert [model.data(activity.siblingAtColumn(c)) for c in (2, 3, 4)] == ["1", "33%", "1"]
    assert window.detail.event_model.data(window.detail.event_model.index(0, 2)) == "Maritime CME Kingston"
    assert _rows(postgres_url, "SELECT women, men, participants_total FROM event") == [(10, 14, 24)]
    assert _rows(postgres_url, "SELECT count(*) FROM audit_entry")[0][0] >= 1
    # Found by the server's search index, as on a laptop: by a word of its title and by its member state.
    for typed in ("maritime", "kingst jam", "Jamaica"):
        window.search.setText(typed)
        assert "3 Exercises" in _titles_in_tree(model), typed
    window.search.setText("zzzyx")
    assert model.rowCount() == 0


def test_a_manager_backs_up_checks_and_restores_the_server_from_the_window(server_window, postgres_url: str, tmp_path,
                                                                          shown_messages, answers, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = server_window
    qtbot.waitUntil(lambda: window.backup_label.text() != "")  # once the start-up checks have run
    assert window.backup_label.text() == "Backed up on the server"
    assert main(["--db", postgres_url, "demo-data", "--events", "40", "--seed", "9"]) == 0
    window.reload()
    backed_up = finish(qtbot, window.safety.back_up_to(tmp_path / "hq.sqlite"), timeout=60_000)
    assert backed_up.error is None and not backed_up.was_cancelled
    assert shown_messages[-1][:2] == ("info", "Back up") and "hq.sqlite: 40 events, 0 participants" in shown_messages[-1][2]

    checked = finish(qtbot, window.safety.check_database(), timeout=60_000)
    assert checked.error is None
    kind, title, said = shown_messages[-1]
    assert (kind, title) == ("info", "Check the database")
    assert said.startswith(f"{window.database.path}: no problems found.\n")
    assert "References: ok" in said and "Search index: ok" in said and "Events: 40" in said

    assert main(["--db", postgres_url, "demo-data", "--events", "25", "--seed", "10"]) == 0
    window.reload()
    answers.queue = [True]
    finish(qtbot, window.safety.restore_from(tmp_path / "hq.sqlite"))
    question = shown_messages[-1][2]
    assert "It holds 40 events and 0 participants" in question
    assert "on the server, " in question and "for every program manager" in question
    restored = finish(qtbot, window.safety.task, timeout=60_000)
    assert restored.error is None and not restored.was_cancelled
    assert "Restored." in window.statusBar().currentMessage()
    assert shown_messages[-1][:2] == ("info", "Restore from backup") and "is kept in" in shown_messages[-1][2]
    assert _rows(postgres_url, "SELECT count(*) FROM event")[0][0] == 40
    assert window.plan_model.rowCount() == 5 and window.database.dialect == "postgresql"


def test_a_server_gone_during_a_check_is_said_in_words(server_window, shown_messages, qtbot,  # type: ignore[no-untyped-def]
                                                       monkeypatch) -> None:
    from cicte_desktop.db.server import parse_server_url

    window = server_window
    monkeypatch.setattr(window.database, "url", parse_server_url("postgresql://ana@127.0.0.1:1/cicte"))
    checked = finish(qtbot, window.safety.check_database(), timeout=60_000)
    assert checked.error is not None
    kind, title, said = shown_messages[-1]
    assert (kind, title) == ("error", "Check the database") and "127.0.0.1" in said



def test_a_laptops_backup_is_refused_on_headquarters_before_the_user_is_asked(server_window, postgres_url: str,
                                                                            tmp_path, shown_messages, answers,
                                                                            qtbot) -> None:  # type: ignore[no-untyped-def]
    window = server_window
    laptop = tmp_path / "laptop.sqlite"
    assert main(["--db", str(laptop), "demo-data", "--events", "5", "--seed", "2"]) == 0
    assert main(["--db", str(laptop), "backup", "--out", str(tmp_path / "laptop-backup.sqlite")]) == 0
    assert main(["--db", postgres_url, "device", "role", "headquarters"]) == 0
    answers.queue = [True]  # would say yes, were it asked
    looked = finish(qtbot, window.safety.restore_from(tmp_path / "laptop-backup.sqlite"), timeout=60_000)
    assert looked.error is not None and window.safety.task is looked  # no restore began
    kind, title, said = shown_messages[-1]
    assert (kind, title) == ("error", "Cannot restore this backup")
    assert "is a backup of a laptop" in said and "File > Import Field Package…" in said and "--force" not in said
    assert not [m for m in shown_messages if m[0] == "question"]
    assert _rows(postgres_url, "SELECT count(*) FROM event")[0][0] == 0


def test_a_server_gone_while_a_backup_is_looked_into_is_said_in_words(server_window, tmp_path, shown_messages,  # type: ignore[no-untyped-def]
                                                                      qtbot, monkeypatch) -> None:
    from cicte_desktop.db.server import parse_server_url

    window = server_window
    laptop = tmp_path / "laptop.sqlite"
    assert main(["--db", str(laptop), "backup", "--out", str(tmp_path / "b.sqlite")]) == 0
    monkeypatch.setattr(window.database, "url", parse_server_url("postgresql://ana@127.0.0.1:1/cicte"))
    looked = finish(qtbot, window.safety.restore_from(tmp_path / "b.sqlite"), timeout=60_000)
    assert looked.error is not None
    kind, title, said = shown_messages[-1]
    assert (kind, title) == ("error", "Cannot restore this backup") and "127.0.0.1" in said
