"""The toolbar's and menus' icons: our own SVG drawings in ui/icons, found wherever the app runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from cicte_desktop import i18n
from cicte_desktop.app import build_main_window
from cicte_desktop.views import icons
from tests.conftest import ROOT


def test_there_is_a_set_of_icons_in_ui_icons() -> None:
    assert len(icons.names()) >= 10
    assert {path.stem for path in (ROOT / "ui" / "icons").glob("*.svg")} == set(icons.names())


@pytest.mark.parametrize("name", icons.names())
def test_each_icon_loads_and_draws_something(name: str, qapp) -> None:
    icon = icons.icon(name)
    assert not icon.isNull()
    for size in (16, 24, 48):  # sharp at every size: drawn from the SVG, not scaled from a bitmap
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        inked = sum(image.pixelColor(x, y).alpha() > 128 for x in range(size) for y in range(size))
        assert size * size // 20 < inked < size * size * 3 // 4, (name, size, inked)


def test_a_name_without_a_file_is_refused() -> None:
    with pytest.raises(FileNotFoundError):
        icons.icon("no-such-icon")


@pytest.fixture
def window(db_path: Path, qtbot):  # type: ignore[no-untyped-def]
    main = build_main_window(db_path)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.database.close()


def test_every_action_with_an_icon_name_has_its_icon(window) -> None:  # type: ignore[no-untyped-def]
    named = [action for action in window.findChildren(QAction) if action.property(icons.ICON_NAME)]
    assert len(named) >= 12
    for action in named:
        assert icons.icon_path(action.property(icons.ICON_NAME)).is_file()
        assert not action.icon().isNull(), action.text()
    toolbar = window.findChild(QToolBar, "mainToolBar")
    on_toolbar = [action for action in toolbar.actions() if not action.isSeparator() and action.text()
                  and toolbar.widgetForAction(action).metaObject().className() == "QToolButton"]
    assert len(on_toolbar) >= 3 and all(action.property(icons.ICON_NAME) for action in on_toolbar)
    # The same action, the same icon, in the menu and on the toolbar.
    assert window.export_action.property(icons.ICON_NAME) == window.export_plan_action.property(icons.ICON_NAME)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_toolbar_keeps_the_year_whole_on_a_narrow_window(language: str, db_path: Path, qtbot, qapp) -> None:
    i18n.install(qapp, language)
    main = build_main_window(db_path)
    qtbot.addWidget(main)
    main.show()
    toolbar = main.findChild(QToolBar, "mainToolBar")
    try:
        main.resize(1340, 700)
        qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        main.resize(1000, 560)  # a 1024x600 screen: the names give way to the icons if need be
        qtbot.wait(50)
        assert main.year.width() >= main.year.sizeHint().width()  # "Plan de Trabajo 2016", not "Plan de Trabajo 2"
        expected = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if language == "en"
                    else Qt.ToolButtonStyle.ToolButtonIconOnly)
        assert toolbar.toolButtonStyle() == expected
        assert all(toolbar.widgetForAction(a).toolTip() for a in (main.new_event_action, main.pdf_action))
        main.resize(1340, 700)
        qtbot.waitUntil(lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    finally:
        main.database.close()
