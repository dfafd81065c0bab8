"""No header or label is cut, in any of the four languages: each header's text is measured
against its section (font metrics, the style's margins and the sort arrow), each label's text
against its rectangle, in the main window, the event form and every dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from cicte_desktop import i18n
from tests.views.clipping import clipped
from tests.views.test_small_screens import DIALOGS, FIT, _events

LANGUAGES = ["en", "es", "fr", "pt"]
#: Dialogs of fixed content (no table or list that scrolls): made as small as the user can make
#: them, their wrapped text still shows whole (Preferences' note was cut at the top and bottom).
SHRINKING = {"preferences", "plan_titles", "device_name", "new_plan", "target_dialog", "move_dialog", "privacy",
             "recovery", "package_export", "period_locks"}


@pytest.mark.parametrize("size", [(1366, 740), (1000, 560)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_main_window_clips_no_header_or_label(language: str, size: tuple[int, int], db_path: Path, qtbot) -> None:
    from cicte_desktop.app import build_main_window
    from cicte_desktop.db.database import open_database

    database = open_database(db_path)
    _events(database)
    database.close()
    i18n.install(QCoreApplication.instance(), language)
    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(*size)  # a 1366x768 laptop's, a 1024x600 netbook's
    window.show()
    QGuiApplication.processEvents()
    problems = _settled(window, qtbot)
    index = window.plan_model.index(0, 0)  # a work area: the detail pane and its events table
    window.plan_view.setCurrentIndex(index)
    QGuiApplication.processEvents()
    qtbot.waitUntil(lambda: window.detail.isVisible(), timeout=5000)
    problems += _settled(window, qtbot)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def _settled(window, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """What is cut once the window's layout has settled: on a loaded machine the dashboard's
    wrapped chart titles may be measured between two layout passes (cut for a moment, then whole).
    A cut that lasts is still reported, after at most two seconds."""
    try:
        qtbot.waitUntil(lambda: not clipped(window), timeout=2000)
    except qtbot.TimeoutError:
        pass
    return clipped(window)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_clips_no_header_or_label(name: str, language: str, db, tmp_path: Path, qtbot) -> None:
    i18n.install(QCoreApplication.instance(), language)
    dialog = DIALOGS[name](db, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.size().boundedTo(FIT))
    QGuiApplication.processEvents()
    problems = clipped(dialog)
    if name in SHRINKING:
        dialog.resize(dialog.minimumSize().expandedTo(dialog.minimumSizeHint()))  # as small as the user can make it
        QGuiApplication.processEvents()
        problems += [f"{problem} (at {dialog.width()}x{dialog.height()})" for problem in clipped(dialog)]
    assert not problems, "\n".join(problems)
