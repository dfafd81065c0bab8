"""Seeing the window well: the theme (chosen, or the system's colour scheme) changes the sheet's
colours, the palette and what is painted; the text size follows Ctrl++/Ctrl+-/Ctrl+0 and is kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from cicte_desktop import style_roles
from cicte_desktop.db.database import open_database
from cicte_desktop.qtmodels.colours import qcolor
from cicte_desktop.services.figures import BEHIND, MET, NodeProgress
from cicte_desktop.style_roles import DARK, HIGH_CONTRAST, LIGHT
from cicte_desktop.views import edged_style, theme
from cicte_desktop.views.delegates import paint_progress
from cicte_desktop.views.preferences import PreferencesDialog
from cicte_desktop.views.roles import set_role
from tests.helpers import activity_uuid, add_event, shown_main_window


@pytest.fixture(autouse=True)
def back_to_light_and_normal_text(qapp):
    style = qapp.style().name()
    yield
    style_roles.use_theme(LIGHT)
    qapp.setStyle(style)
    qapp.setPalette(QPalette())
    qapp.setProperty("cicteThemed", False)
    theme.apply_text_scale(1.0)


def _palette_colour(role: QPalette.ColorRole) -> str:
    return QApplication.palette().color(role).name()


def test_a_theme_changes_the_sheets_colours_the_palette_and_the_painted_colours(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    label = QLabel("This period is locked")
    qtbot.addWidget(label)
    set_role(label, "error")
    label.show()
    light_red = QColor(style_roles.colours(LIGHT)["error"])
    systems_window = _palette_colour(QPalette.ColorRole.Window)
    assert label.palette().color(QPalette.ColorRole.WindowText) == light_red

    assert theme.apply_theme(DARK) == DARK
    dark = style_roles.colours(DARK)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(dark["error"]) != light_red
    assert _palette_colour(QPalette.ColorRole.Window) == dark["window"]
    assert _palette_colour(QPalette.ColorRole.Text) == dark["text"]
    assert _palette_colour(QPalette.ColorRole.Highlight) == dark["highlight"]
    assert qcolor("paper") == QColor(dark["paper"])  # what the charts are painted on
    # Fields and check boxes keep an edge that shows on the dark window.
    assert QApplication.style().objectName() == theme.EDGED_STYLE == edged_style.OBJECT_NAME
    assert _palette_colour(QPalette.ColorRole.Mid) == dark["edge"]

    theme.apply_theme(HIGH_CONTRAST)
    high = style_roles.colours(HIGH_CONTRAST)
    assert _palette_colour(QPalette.ColorRole.Window) == high["window"] == "#000000"
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(high["error"])
    assert QApplication.style().objectName() == theme.EDGED_STYLE
    assert _palette_colour(QPalette.ColorRole.Mid) == high["edge"] == "#ffffff"

    theme.apply_theme(LIGHT)  # on a light system: the system's own palette again
    assert label.palette().color(QPalette.ColorRole.WindowText) == light_red
    assert QApplication.style().objectName() != theme.EDGED_STYLE
    assert _palette_colour(QPalette.ColorRole.Window) == systems_window


@pytest.mark.parametrize(("scheme", "shown"), [(Qt.ColorScheme.Dark, DARK), (Qt.ColorScheme.Light, LIGHT),
                                              (Qt.ColorScheme.Unknown, LIGHT)])
def test_by_default_the_systems_colour_scheme_is_followed(scheme, shown: str, monkeypatch, qapp) -> None:
    hints = type(QApplication.styleHints())
    monkeypatch.setattr(hints, "colorScheme", lambda _self: scheme)
    assert theme.chosen_theme() == theme.SYSTEM
    assert theme.apply_theme() == shown
    assert style_roles.theme() == shown
    if shown == DARK:
        assert _palette_colour(QPalette.ColorRole.Window) == style_roles.colours(DARK)["window"]
    # A theme chosen in Preferences wins over the system's.
    theme.set_chosen_theme(HIGH_CONTRAST)
    assert theme.apply_theme() == HIGH_CONTRAST
    assert QSettings().value(theme.THEME_KEY) == HIGH_CONTRAST
    theme.set_chosen_theme(theme.SYSTEM)
    assert theme.resolved_theme() == shown


def test_a_light_theme_chosen_on_a_dark_system_sets_a_light_palette(monkeypatch, qapp) -> None:
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    theme.set_chosen_theme(LIGHT)
    assert theme.apply_theme() == LIGHT
    assert _palette_colour(QPalette.ColorRole.Base) == style_roles.colours(LIGHT)["base"]
    assert _palette_colour(QPalette.ColorRole.Text) == style_roles.colours(LIGHT)["text"]


def test_preferences_offer_the_systems_colours_and_the_three_themes(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    theme.set_chosen_theme(HIGH_CONTRAST)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.ui.theme
    assert [combo.itemData(i) for i in range(combo.count())] == ["", LIGHT, DARK, HIGH_CONTRAST]
    assert "dark" in combo.itemText(0)  # the system's scheme, said
    assert dialog.chosen_theme() == HIGH_CONTRAST  # the choice kept is shown
    combo.setCurrentIndex(0)
    assert dialog.chosen_theme() == theme.SYSTEM


@pytest.mark.parametrize("state", [BEHIND, MET])
def test_a_bar_behind_is_told_by_a_pattern_and_the_mark_of_what_is_expected(state: str, qapp) -> None:
    image = QImage(200, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    # 2 of 10 done when 6 were expected by now: a fifth filled, up to 60% due.
    paint_progress(painter, QRect(0, 0, 200, 20), NodeProgress(2, 2, 10, 2, state, expected=0.6), "", QPalette())
    painter.end()
    behind, track = QColor(style_roles.colour("state-behind")), QColor(style_roles.colour("track"))
    gap = [image.pixelColor(x, y) for x in range(50, 110) for y in range(4, 16)]
    beyond = [image.pixelColor(x, y) for x in range(130, 190) for y in range(6, 14)]
    assert all(c == track for c in beyond)
    if state == BEHIND:  # the shortfall hatched in amber over the track: a pattern, not a colour only
        assert behind in gap and track in gap
    else:
        assert behind not in gap
    ink = QColor(style_roles.colour("bar-text"))
    tick = image.pixelColor(3 + round(194 * 0.6), 2)  # the mark of what is expected by now (met: none)
    assert (tick == ink) == (state == BEHIND)


@pytest.fixture
def window(db_path: Path, qtbot):
    db = open_database(db_path)
    add_event(db, activity_uuid(db, "3 Exercises"), title="Maritime CME Kingston", start=dt.date(2016, 3, 14))
    db.close()
    yield from shown_main_window(qtbot, db_path)


def test_ctrl_plus_makes_the_text_bigger_and_it_is_kept(window, qtbot) -> None:
    normal = theme.system_point_size()
    assert QApplication.font().pointSizeF() == pytest.approx(normal)
    title_factor = window.detail.title.font().pointSizeF() / normal
    tree_rows = window.plan_view.visualRect(window.plan_model.index(0, 0)).height()

    qtbot.keyClick(window.plan_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.1)
    qtbot.keyClick(window.plan_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # the same, unshifted
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25)
    qtbot.waitUntil(lambda: window.plan_view.font().pointSizeF() == pytest.approx(normal * 1.25))
    qtbot.waitUntil(lambda: window.plan_view.visualRect(window.plan_model.index(0, 0)).height() > tree_rows)
    # A heading stays larger than the text around it.
    assert window.detail.title.font().pointSizeF() == pytest.approx(normal * 1.25 * title_factor)
    assert "125%" in window.statusBar().currentMessage()
    assert QSettings().value(theme.TEXT_SCALE_KEY, type=float) == pytest.approx(1.25)

    # The next run starts at the size kept.
    QApplication.setFont(theme.QFontDatabase.systemFont(theme.QFontDatabase.SystemFont.GeneralFont))
    assert theme.apply_text_scale() == pytest.approx(1.25)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25)

    qtbot.keyClick(window.plan_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.1)
    qtbot.keyClick(window.plan_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(normal)
    assert QSettings().value(theme.TEXT_SCALE_KEY, type=float) == pytest.approx(1.0)
    # The tree's expand and collapse keep keys of their own.
    qtbot.keyClick(window.plan_view, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.plan_view.isExpanded(window.plan_model.index(0, 0))
    qtbot.keyClick(window.plan_view, Qt.Key.Key_Up,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.plan_view.isExpanded(window.plan_model.index(0, 0))


def test_the_text_size_stays_between_the_smallest_and_largest(qapp) -> None:
    for _ in range(20):
        theme.step_text_scale(1)
    assert theme.text_scale() == theme.TEXT_SCALES[-1] == 2.0
    for _ in range(20):
        theme.step_text_scale(-1)
    assert theme.text_scale() == theme.TEXT_SCALES[0]
    assert QApplication.font().pointSizeF() == pytest.approx(theme.system_point_size() * theme.TEXT_SCALES[0])


def test_a_theme_chosen_in_preferences_shows_at_once_in_the_window_and_its_dashboard(window, qtbot,
                                                                                      monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    qtbot.waitUntil(lambda: window.dashboard.isVisible() and not window.dashboards.stale
                    and not window.dashboards.building)
    progress = window.dashboard.views["progress"].chart
    light = style_roles.colours(LIGHT)
    assert light["state-behind"] in progress.category_colours
    before = window.dashboard.grab().toImage()
    builds = window.dashboards.builds

    window.settings.edit_preferences()
    dialog = window.settings.preferences_dialog
    dialog.ui.theme.setCurrentIndex(dialog.ui.theme.findData(DARK))
    dialog.accept()

    assert theme.chosen_theme() == DARK  # kept for the next runs
    assert _palette_colour(QPalette.ColorRole.Base) == style_roles.colours(DARK)["base"]
    qtbot.waitUntil(lambda: window.dashboards.builds > builds and not window.dashboards.building)
    progress = window.dashboard.views["progress"].chart
    assert style_roles.colours(DARK)["state-behind"] in progress.category_colours
    assert light["state-behind"] not in progress.category_colours
    after = window.dashboard.grab().toImage()
    # The charts' paper is the dark theme's: the page went from light to dark.
    paper = QColor(style_roles.colours(DARK)["paper"])
    assert sum(after.pixelColor(x, y) == paper for x in range(0, after.width(), 16)
               for y in range(0, after.height(), 16)) > sum(before.pixelColor(x, y) == paper
                                                            for x in range(0, before.width(), 16)
                                                            for y in range(0, before.height(), 16))
