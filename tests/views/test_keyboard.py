"""Keyboard only: Tab goes through every control of the main window and of each dialog in reading
order (top to bottom, left to right, a group's controls together), and the control in focus is
seen to be in focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QDateTimeEdit, QScrollArea, QWidget

from tests.views import a11y_helpers as a11y
from tests.views.a11y_helpers import dialog_openers, hq_master, language, opened, window  # noqa: F401 (fixtures)

SLACK = 6  # pixels: controls on one line are not all at the same height


def tab_stop(widget: QWidget, root: QWidget) -> bool:
    return (a11y.focusable(widget) and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.window() is root)


def tab_chain(root: QWidget) -> list[QWidget]:
    """The controls Tab visits in ``root``, from its first, as Qt's focus chain orders them."""
    chain, widget = [], root.nextInFocusChain()
    while widget is not root:
        if tab_stop(widget, root):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def box(widget: QWidget, beside: QWidget | None = None) -> QRect:
    """Where ``widget`` is on the screen; inside a scroll area that ``beside`` is not in: the area's."""
    area = widget.parentWidget()
    while area is not None and not area.isWindow():
        if isinstance(area, QAbstractScrollArea) and (beside is None or not area.isAncestorOf(beside)):
            widget = area
        area = area.parentWidget()
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def backwards(before: QWidget, after: QWidget) -> bool:
    """Whether Tab from ``before`` to ``after`` goes against the reading order: back up the window
    (or left on one line), unless to a column on the right that starts higher (a list beside its
    buttons, two group boxes side by side)."""
    a, b = box(before, after), box(after, before)
    if b.top() > a.top() + SLACK:
        return False  # a line below
    if b.top() >= a.top() - SLACK and b.left() >= a.left() - SLACK:
        return False  # the same line, further right
    if b.left() >= a.right() - SLACK:
        return False  # a column to the right
    group_a, group_b = a11y.group_of(before), a11y.group_of(after)
    return not (group_a is not None and group_b is not None and group_a is not group_b
                and box(group_b).left() >= box(group_a).right() - SLACK)  # the group box on the right


def out_of_order(chain: list[QWidget]) -> list[str]:
    """Steps of the (circular) chain against the reading order: one is the way back from the last
    control to the first; any other is a finding."""
    steps = [(before, after) for before, after in zip(chain, chain[1:] + chain[:1]) if backwards(before, after)]
    if len(steps) <= 1:
        return []
    return [f"{a11y.describe(a)} {box(a, b).topLeft().toTuple()} -> {a11y.describe(b)} {box(b, a).topLeft().toTuple()}"
            for a, b in steps]


def not_reached(root: QWidget, chain: list[QWidget]) -> list[str]:
    reached = {id(w): w for w in chain}
    return [a11y.describe(w) for w in root.findChildren(QWidget) if tab_stop(w, root) and id(w) not in reached
            and not a11y.proxied(w)]


def looks(root: QWidget, widget: QWidget):  # type: ignore[no-untyped-def]
    """The window's pixels on and around ``widget`` (brought into view), as a user sees them."""
    area = widget.parentWidget()
    while area is not None and not area.isWindow():
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget)
        area = area.parentWidget()
    QApplication.processEvents()
    around = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size()).adjusted(-4, -4, 4, 4)
    return root.grab(around).toImage()


def unseen_focus(root: QWidget, chain: list[QWidget]) -> list[str]:
    """Controls that look the same, on the screen, with and without the keyboard's focus."""
    found = []
    for widget in chain:
        other = next((w for w in chain if w is not widget and not w.isAncestorOf(widget)), None)
        if other is None:
            continue
        other.setFocus(Qt.FocusReason.TabFocusReason)
        unfocused = looks(root, widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        root.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # as after a Tab: styles show focus then
        if not widget.hasFocus():
            found.append(f"{a11y.describe(widget)}: takes no focus")
        elif looks(root, widget) == unfocused:
            found.append(f"{a11y.describe(widget)}: no focus indicator")
    return found


def trapped(root: QWidget, chain: list[QWidget]) -> list[str]:
    """Controls Tab, pressed, does not leave: from the first control, Tab visits them all and comes
    back, one press each and a press per further section of a date (Qt's own date fields go section
    by section); a control that takes more, as the map once took one per member state, leaves the
    last ones unreached."""
    if not chain:
        return []
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    visited: dict[int, QWidget] = {}
    presses = len(chain) + sum(w.sectionCount() - 1 for w in chain if isinstance(w, QDateTimeEdit))
    for _ in range(presses):
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not root or (widget is chain[0] and len(visited) > 1):
            break
        visited[id(widget)] = widget
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    for widget in list(visited.values()):  # an exclusive group: Tab to its checked one, the arrows to the others
        group = widget.group() if isinstance(widget, QAbstractButton) else None
        if group is not None and group.exclusive():
            visited.update({id(button): button for button in group.buttons()})
    stuck = {id(w) for w in chain} - set(visited)
    if not stuck:
        return []
    last = QApplication.focusWidget()
    never = [a11y.describe(w) for w in chain if id(w) in stuck]
    return [f"Tab stays in {a11y.describe(last) if last else 'nothing'}: never reached by pressing Tab: {never}"]


def findings_of(root: QWidget, where: str) -> list[str]:
    root.activateWindow()
    QApplication.processEvents()
    chain = tab_chain(root)
    found = [f"{where}: out of reading order: {f}" for f in out_of_order(chain)]
    found += [f"{where}: not reached by Tab: {f}" for f in not_reached(root, chain)]
    found += [f"{where}: {f}" for f in unseen_focus(root, chain)]
    found += [f"{where}: {f}" for f in trapped(root, chain)]
    return found


def test_tab_goes_through_every_control_in_reading_order_and_focus_is_seen(
        window, qtbot, tmp_path: Path, hq_master) -> None:  # type: ignore[no-untyped-def]
    findings = findings_of(window, "main window (dashboard)")
    window.plan_view.setCurrentIndex(window.plan_model.index(0, 0))
    findings += findings_of(window, "main window (selection)")
    for name, start in dialog_openers(window, tmp_path, hq_master[1]).items():
        dialog = opened(qtbot, start)
        qtbot.waitExposed(dialog)
        for shown_as in a11y.each_tab(dialog):
            findings += findings_of(dialog, f"{name} ({shown_as})")
        for other in reversed(a11y.shown_dialogs()):
            other.reject()
        QApplication.processEvents()
    assert not findings, "\n".join(findings)
