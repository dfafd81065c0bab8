"""The main window opened through the factory that script/run uses."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from cicte_desktop.app import build_main_window, install_exception_hook


def test_window_shows_the_seeded_plan(db_path: Path, qtbot) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "CICTE Desktop"
    model = window.plan_model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())][:2] == [
        "1. Border Controls", "2. Legislative Assistance and Combating Terrorism Financing"]
    assert window.plan_view.isExpanded(model.index(0, 0))
    assert "70 planned activities" in window.statusBar().findChildren(type(window._status_label))[0].text()
    window.database.close()


def test_selecting_an_item_shows_its_detail(db_path: Path, qtbot) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    model = window.plan_model
    area4 = model.index(3, 0)
    window.plan_view.setCurrentIndex(area4)
    text = window.detail.toPlainText()
    assert "Work area" in text and "4. Strengthening Strategies on Emerging Terrorist Threats" in text
    assert "Reading of the source document" in text  # the judgement about the lost number
    activity = model.index(0, 0, model.index(1, 0, model.index(0, 0, model.index(0, 0))))
    window.plan_view.setCurrentIndex(activity)
    text = window.detail.toPlainText()
    assert "Target: 3 Exercises" in text and "1. Border Controls › A. Maritime Security" in text
    window.database.close()


def test_opening_a_bad_file_keeps_the_current_database(db_path: Path, tmp_path: Path, qtbot, shown_messages) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(os.urandom(4096))
    assert window.open_database(garbage) is False
    assert shown_messages and "not a CICTE Desktop database" in shown_messages[0][2]
    assert window.database.path == db_path.absolute()
    assert window.plan_model.rowCount() == 5
    other = tmp_path / "other.sqlite"
    assert window.open_database(other) is True
    assert window.database.path == other.absolute()
    window.database.close()


def test_window_remembers_its_geometry(db_path: Path, qtbot) -> None:
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.splitter.setSizes([420, 280])
    window.close()
    window.database.close()
    second = build_main_window(db_path)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert abs(second.splitter.sizes()[0] - 420) <= 2
    second.database.close()


def test_unexpected_error_is_shown_and_the_app_keeps_running(db_path: Path, qtbot, shown_messages, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_exception_hook()
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()

    def boom() -> None:
        raise ValueError("a slot failed")

    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=3000)
    kind, title, text = shown_messages[0]
    assert kind == "error" and title == "Unexpected error"
    assert "a slot failed" in text and "cicte-desktop.log" in text
    assert window.isVisible()
    log = Path(os.environ["CICTE_DATA_DIR"]) / "logs" / "cicte-desktop.log"
    assert "ValueError: a slot failed" in log.read_text()
    window.database.close()
