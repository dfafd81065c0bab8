"""The colour tables of ui/style.qss: one per theme, the same names in each, and every text legible
on what it is written on (WCAG 2 contrast, computed on the tables' colours)."""

from __future__ import annotations

import re

import pytest

from cicte_desktop import style_roles
from cicte_desktop.style_roles import DARK, HIGH_CONTRAST, LIGHT, THEMES, contrast_ratio


@pytest.fixture(autouse=True)
def light_afterwards():
    yield
    style_roles.use_theme(LIGHT)


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)  # either order
    assert contrast_ratio("#5a5a5a", "#5a5a5a") == pytest.approx(1.0)
    # Known values: mid grey on white just misses 4.5:1; WCAG's own example of a pass.
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


def test_every_theme_has_a_table_naming_the_same_colours() -> None:
    tables = style_roles.tables()
    assert set(tables) == set(THEMES)
    names = set(tables[LIGHT])
    assert len(names) > 40
    for name in THEMES:
        assert set(tables[name]) == names, name
    # The themes differ where it shows: the window, the text and the charts' paper.
    for key in ("window", "text", "paper"):
        assert len({tables[name][key] for name in THEMES}) == 3, key


def test_every_pair_names_colours_of_the_tables() -> None:
    names = set(style_roles.tables()[LIGHT])
    used = {name for pair in style_roles.TEXT_PAIRS for name in pair[:2]}
    assert used - names == set()
    # Every colour that is written as text in the sheet's rules is among the pairs' texts.
    texts = {pair[0] for pair in style_roles.TEXT_PAIRS}
    rules = style_roles.sheet_source().split("*/", 1)[1]
    written = set(re.findall(r"(?<![-\w])color:\s*@([a-z0-9_-]+)", rules))
    assert written and written - texts == set()


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_is_legible_on_its_background(theme: str) -> None:
    table = style_roles.colours(theme)
    too_faint = [f"{text} on {ground} ({what}): {contrast_ratio(table[text], table[ground]):.2f} < {least}"
                 for text, ground, least, what in style_roles.TEXT_PAIRS
                 if contrast_ratio(table[text], table[ground]) < least]
    assert too_faint == []


def test_a_too_faint_pair_would_be_found() -> None:
    table = dict(style_roles.colours(LIGHT), muted="#a0a0a4")  # the retired grey of before, on white
    assert contrast_ratio(table["muted"], table["base"]) < 4.5


@pytest.mark.parametrize("theme", THEMES)
def test_the_charts_fills_leave_room_for_a_legible_value(theme: str) -> None:
    """A value written inside a bar takes the theme's ink or paper, whichever reads better."""
    table = style_roles.colours(theme)
    fills = [name for name in table if name.startswith(("chart-", "state-"))]
    faint = [name for name in fills
             if max(contrast_ratio(table["ink"], table[name]), contrast_ratio(table["paper"], table[name])) < 4.5]
    assert faint == []


def test_the_theme_in_use_gives_the_colours_and_the_sheet() -> None:
    light_sheet = style_roles.style_sheet()
    style_roles.use_theme(DARK)
    assert style_roles.colour("window") == style_roles.colours(DARK)["window"] != style_roles.colours(LIGHT)["window"]
    assert f"color: {style_roles.colours(DARK)['error']}" in style_roles.style_sheet()
    assert style_roles.style_sheet() != light_sheet
    with pytest.raises(ValueError):
        style_roles.use_theme("sepia")


def test_a_report_on_paper_takes_the_light_table_whatever_the_window_shows() -> None:
    style_roles.use_theme(HIGH_CONTRAST)
    with style_roles.using_theme(LIGHT):
        assert style_roles.colour("paper") == "#ffffff"
        assert style_roles.state_colour_name("behind") == "state-behind"
        assert style_roles.colour("state-behind") == style_roles.colours(LIGHT)["state-behind"]
    assert style_roles.colour("paper") == style_roles.colours(HIGH_CONTRAST)["paper"] == "#000000"
