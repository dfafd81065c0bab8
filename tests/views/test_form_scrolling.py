"""The event form under the mouse wheel and the keyboard: passing over a list, a spin box or a
combo box scrolls the form; the one the user is in takes the wheel; member states are ticked
from their finder with Down and Space."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.views.test_small_screens import event_form_edit


@pytest.fixture
def form(db, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    form = event_form_edit(db, tmp_path)  # a long form: 25 people, 5 member states, outcomes, notes
    qtbot.addWidget(form)
    form.show()
    form.resize(900, 500)  # shorter than its content: it scrolls
    qtbot.waitExposed(form)
    form.scroll.verticalScrollBar().setValue(0)
    form.save_button.setFocus()
    QApplication.processEvents()
    assert form.scroll.verticalScrollBar().maximum() > 0
    return form


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel (down for negative ``steps``) over the middle of ``widget``."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(middle, QPointF(widget.mapToGlobal(middle.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_list_scrolls_the_form(form) -> None:
    states = form.member_states.list
    form.scroll.ensureWidgetVisible(states)
    before_form = form.scroll.verticalScrollBar().value()
    assert not states.hasFocus()
    _wheel(states.viewport())
    assert states.verticalScrollBar().value() == 0  # the list stays where it was
    assert form.scroll.verticalScrollBar().value() > before_form  # the form moved on


def test_the_wheel_over_the_focused_list_scrolls_the_list(form, qtbot) -> None:
    states = form.member_states.list
    form.scroll.ensureWidgetVisible(states)
    states.setFocus()
    qtbot.waitUntil(states.hasFocus)
    before_form = form.scroll.verticalScrollBar().value()
    _wheel(states.viewport())
    assert states.verticalScrollBar().value() > 0
    assert form.scroll.verticalScrollBar().value() == before_form


@pytest.mark.parametrize("field", ["units", "status", "satisfaction", "institutions"])
def test_the_wheel_over_an_unfocused_spin_or_combo_changes_nothing_and_scrolls_the_form(form, field: str) -> None:
    widget = getattr(form, field)
    form.scroll.ensureWidgetVisible(widget)
    value = widget.currentIndex() if field == "status" else widget.value()
    before_form = form.scroll.verticalScrollBar().value()
    _wheel(widget, steps=-1)
    _wheel(widget, steps=1)
    _wheel(widget, steps=-1)
    assert (widget.currentIndex() if field == "status" else widget.value()) == value
    assert form.scroll.verticalScrollBar().value() > before_form
    assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone does not focus it


def test_the_focused_spin_box_takes_the_wheel(form, qtbot) -> None:
    form.scroll.ensureWidgetVisible(form.units)
    form.units.setFocus()
    qtbot.waitUntil(form.units.hasFocus)
    value = form.units.value()
    _wheel(form.units, steps=1)
    assert form.units.value() == value + 1


@pytest.fixture
def new_form(db, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from tests.views.test_small_screens import event_form_new

    form = event_form_new(db, tmp_path)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _typed_into_finder(form, qtbot, text: str):  # type: ignore[no-untyped-def]
    finder = form.member_states.filter
    finder.setFocus()
    qtbot.waitUntil(finder.hasFocus)
    for key in text:
        qtbot.keyClick(QApplication.focusWidget(), key)
    return finder


def test_member_states_are_ticked_from_the_finder_with_down_and_space(new_form, qtbot) -> None:
    states = new_form.member_states
    _typed_into_finder(new_form, qtbot, "jam")
    assert new_form.member_states.selected() == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert states.list.hasFocus()
    assert states.list.currentItem().text() == "Jamaica (JAM)"  # the first match, not a hidden item
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert states.selected() == ["JAM"]
    assert "JAM" in states.summary.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space again: unticked
    assert states.selected() == []


def test_down_moves_through_the_matches_and_up_from_the_first_returns_to_the_finder(new_form, qtbot) -> None:
    states = new_form.member_states
    finder = _typed_into_finder(new_form, qtbot, "ba")  # Bahamas, Barbados, ...
    matches = [states.list.item(i).text() for i in range(states.list.count()) if not states.list.item(i).isHidden()]
    assert len(matches) >= 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert states.list.currentItem().text() == matches[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert len(states.selected()) == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert finder.hasFocus() and finder.text() == "ba"  # back to typing, the search kept
