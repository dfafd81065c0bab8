"""*File > Connect to Server…*: the connection form, and the window moving onto headquarters'
PostgreSQL server (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from cicte_desktop.app import build_main_window
from cicte_desktop.cli.main import main
from cicte_desktop.db.server import parse_server_url
from cicte_desktop.views import server_connect
from cicte_desktop.views.server_connect import ServerConnectDialog


def test_the_form_asks_for_what_is_missing_and_never_keeps_the_password(qtbot) -> None:
    # With a parent, as the window gives it (two dialogs without one crash PySide when the test
    # ends, whichever dialog: seen with the device name's too).
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ServerConnectDialog(parent)
    assert not dialog.connect_button.isEnabled()
    assert dialog.problem.text() == "Still needed: the server, the user"  # the database defaults to "cicte"
    assert dialog.problem.property("role") == "hint"  # said quietly: nothing was typed wrong yet
    qtbot.keyClicks(dialog.host, "db.oas.org:5433")  # a port typed with the name: said, in red, beside it
    qtbot.keyClicks(dialog.user, "ana")
    assert not dialog.connect_button.isEnabled() and dialog.problem.property("role") == "error"
    assert dialog.problem.text() == ("“db.oas.org:5433” is not a server: type a name such as db.example.org or an "
                                     "address such as 10.0.0.5, and the port in its own field.")
    dialog.host.setText("db.oas.org")
    qtbot.keyClicks(dialog.password, "s3cret pass")
    assert dialog.connect_button.isEnabled() and not dialog.problem.isVisible()
    url = dialog.url()
    assert url is not None and str(url) == "postgresql://ana@db.oas.org:5432/cicte"
    assert url.password == "s3cret pass" and "s3cret" not in url.display_name
    dialog.remember()
    settings = QSettings()
    stored = {key: settings.value(key) for key in settings.allKeys()}
    assert stored["server/host"] == "db.oas.org" and stored["server/user"] == "ana"
    assert not any("s3cret" in str(value) for value in stored.values())
    again = ServerConnectDialog(parent)  # the next time: the details, not the password
    assert (again.host.text(), again.user.text(), again.password.text()) == ("db.oas.org", "ana", "")
    assert again.password.hasFocus() or not again.isVisible()


def test_connecting_moves_the_window_onto_the_server(postgres_url: str, db_path: Path, qtbot, qapp,
                                                     monkeypatch: pytest.MonkeyPatch, shown_messages) -> None:
    assert main(["--db", postgres_url, "upgrade"]) == 0
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    file_db = window.database
    monkeypatch.setattr(server_connect, "ask_server", lambda _parent: parse_server_url(postgres_url))
    task = window.databases.connect_to_server()
    assert task is not None
    qtbot.waitUntil(lambda: window.database is not file_db, timeout=20_000)
    assert window.database.dialect == "postgresql"
    assert "on 127.0.0.1:" in window.status_label.text()
    assert window.plan_model.rowCount() == 5
    assert shown_messages == []
    window.database.close()


def test_a_server_that_cannot_be_reached_leaves_the_window_on_its_file(db_path: Path, qtbot, qapp,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       shown_messages) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    file_db = window.database
    monkeypatch.setattr(server_connect, "ask_server",
                        lambda _parent: parse_server_url(f"postgresql://ana@127.0.0.1:{port}/cicte"))
    task = window.databases.connect_to_server()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert window.database is file_db
    assert [(kind, title) for kind, title, _text in shown_messages] == [("error", "Cannot connect to the server")]
    assert f"Could not reach the PostgreSQL server at 127.0.0.1:{port}" in shown_messages[0][2]
    file_db.close()


def test_starting_on_a_server_that_cannot_be_reached_says_so_in_words(qapp, shown_messages) -> None:
    import socket

    from cicte_desktop.app import run_gui

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert run_gui(parse_server_url(f"postgresql://ana@127.0.0.1:{port}/cicte")) == 1
    assert [(kind, title) for kind, title, _text in shown_messages] == [("error", "Cannot connect to the server")]
    assert f"Could not reach the PostgreSQL server at 127.0.0.1:{port}" in shown_messages[0][2]


def test_a_lost_connection_is_said_in_words_and_the_next_read_connects_again(postgres_url: str, qapp) -> None:
    from cicte_desktop.db.server import ServerDatabaseError
    from cicte_desktop.db.server_database import open_server_database
    from cicte_desktop.services import workplan
    from tests.helpers import connect_to

    assert main(["--db", postgres_url, "upgrade"]) == 0
    db = open_server_database(parse_server_url(postgres_url))
    try:
        assert workplan.plan_years(db) == [2016]
        with connect_to(db) as admin:  # the server ends the session (a restart, an idle timeout)
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                          "AND pid <> pg_backend_pid()")
        with pytest.raises(ServerDatabaseError, match="Could not work with the database|Could not reach"):
            workplan.plan_years(db)
        assert workplan.plan_years(db) == [2016]  # a new connection, without restarting the app
    finally:
        db.close()
