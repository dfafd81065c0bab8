"""One style sheet: colours by name in ui/style.qss, given to widgets by role, never written inline."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QLabel

from cicte_desktop import style_roles
from cicte_desktop.qtmodels.colours import qcolor, state_qcolor
from cicte_desktop.services.figures import BEHIND, CONTRIBUTION, MET, ON_TRACK, NodeProgress
from cicte_desktop.views.delegates import paint_progress
from cicte_desktop.views.device_name import DeviceNameDialog
from cicte_desktop.views.roles import set_role
from tests.conftest import ROOT

PACKAGE = ROOT / "cicte_desktop"
#: Where colours may not be written out: the widgets and the Qt models (the table is in ui/style.qss).
CHECKED = sorted([*(PACKAGE / "views").rglob("*.py"), *(PACKAGE / "qtmodels").rglob("*.py")])

_HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
_STYLE = re.compile(r"\b(?:color|background(?:-color)?|border(?:-\w+)?)\s*:", re.IGNORECASE)
_CODE = re.compile(r"\bQColor\(\s*[\d\"'#]|\bGlobalColor\.|\.setStyleSheet\(|\bQt\.(?:red|green|gray|black|white)\b")


def colour_literals(source: str) -> list[str]:
    """Colours written in Python source: hex colours and style declarations in strings, QColor of
    numbers, Qt's named colours, style sheets set inline. Comments do not count."""
    found: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and (_HEX.search(token.string) or _STYLE.search(token.string)):
            found.append(f"{token.start[0]}: {token.string}")
        elif token.type != tokenize.COMMENT and token.type != tokenize.STRING and _CODE.search(token.line):
            found.append(f"{token.start[0]}: {token.line.strip()}")
    return sorted(set(found))


def test_the_checker_finds_each_kind_of_inline_colour() -> None:
    assert colour_literals('label.setStyleSheet("color: #a4262c;")\n')
    assert colour_literals('x = "#fde2e2"\n')
    assert colour_literals('item.setBackground(QColor(253, 226, 226))\n')
    assert colour_literals('node.setForeground(0, Qt.GlobalColor.gray)\n')
    assert not colour_literals('set_role(label, "error")  # was color: #b00020\nname = "#1"\n')


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_colour_is_written_inline_in_widgets_or_models(path: Path) -> None:
    if path.name == "roles.py":  # the one place that sets the sheet, on the widgets given a role
        return
    assert colour_literals(path.read_text(encoding="utf-8")) == []


def _calls(name: str) -> list[ast.Call]:
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == name:
                calls.append(node)
    return calls


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_every_role_used_in_the_code_has_rules_in_the_sheet() -> None:
    defined = set(re.findall(r'\[role="([^"]+)"\]', style_roles.style_sheet()))
    used = set().union(*(_strings(call.args[1]) for call in _calls("set_role") if len(call.args) > 1))
    for form in (ROOT / "ui" / "forms").glob("*.ui"):  # roles given in Qt Designer
        used |= set(re.findall(r'<property name="role"[^>]*>\s*<string[^>]*>([^<]+)</string>',
                               form.read_text(encoding="utf-8")))
    assert {"error", "warning", "banner", "info", "hint", "progress"} <= used
    assert used - defined == set()
    # The progress bar's states are those of the figures, each with its colour.
    states = set(re.findall(r'\[role="progress"\]\[state="([^"]+)"\]', style_roles.style_sheet()))
    assert states == {MET, ON_TRACK, BEHIND, CONTRIBUTION}


def test_every_colour_named_in_the_code_is_in_the_table() -> None:
    used = set().union(*(_strings(call.args[0]) for call in _calls("qcolor") if call.args))
    assert used and used - set(style_roles.colours()) == set()
    assert "@" not in style_roles.style_sheet()  # every @name of the rules is in the table


def test_the_table_is_read_from_the_sheet(tmp_path: Path) -> None:
    text = (ROOT / "ui" / "style.qss").read_text(encoding="utf-8")
    assert re.search(r"^\s*@error\s+#b00020\s*$", text, re.MULTILINE)
    assert style_roles.colour("error") == "#b00020"
    assert f"color: {style_roles.colour('error')}" in style_roles.style_sheet()
    with pytest.raises(KeyError, match="@nonsense"):
        style_roles.colour("nonsense")


def test_an_error_in_a_real_dialog_is_drawn_in_the_tables_red(qtbot) -> None:
    dialog = DeviceNameDialog("", first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problem = dialog.problem
    assert problem.isVisible() and problem.text()  # an empty name cannot be saved
    red = QColor(style_roles.colour("error"))
    assert problem.palette().color(QPalette.ColorRole.WindowText) == red
    image = problem.grab().toImage()
    inked = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    assert any(c.red() > 120 and c.green() < 60 and c.blue() < 60 for c in inked)  # red letters on the page
    # Only the widgets given a role are styled: the name field keeps the system's look and size.
    assert dialog.styleSheet() == "" and dialog.name.styleSheet() == ""


def test_a_role_changes_and_goes(qtbot) -> None:
    label = QLabel("Half-year targets")
    qtbot.addWidget(label)
    label.show()
    plain = label.palette().color(QPalette.ColorRole.WindowText)
    set_role(label, "error")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(style_roles.colour("error"))
    set_role(label, "warning")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(style_roles.colour("warning"))
    set_role(label, None)
    assert label.styleSheet() == "" and label.palette().color(QPalette.ColorRole.WindowText) == plain


@pytest.mark.parametrize("state", [MET, ON_TRACK, BEHIND, CONTRIBUTION])
def test_the_trees_progress_bars_are_painted_in_the_tables_colours(state: str, qapp) -> None:
    image = QImage(200, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    half = NodeProgress(1, 1, 2, 1, state, plan_achieved=2)
    assert half.bar_percent == 50
    paint_progress(painter, QRect(0, 0, 200, 20), half, "", QPalette())
    painter.end()
    assert image.pixelColor(20, 10) == QColor(style_roles.colour(f"state-{state}")) == state_qcolor(state)
    assert image.pixelColor(180, 10) == QColor(style_roles.colour("track"))


def test_the_search_highlight_of_the_tree_is_the_tables(qapp) -> None:
    assert qcolor("match") == QColor(style_roles.colour("match"))
    assert qcolor("match") != qcolor("match-ancestor")


def test_a_designer_forms_role_property_is_styled_by_apply_roles(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from cicte_desktop.views.roles import apply_roles

    form = QWidget()
    qtbot.addWidget(form)
    done = QLabel("Saved", form)
    done.setProperty("role", "ok")  # what setupUi does with a dynamic property "role" of a .ui form
    plain = QLabel("Plain", form)
    apply_roles(form)
    form.show()
    assert done.palette().color(QPalette.ColorRole.WindowText) == QColor(style_roles.colour("ok"))
    assert plain.styleSheet() == "" and form.styleSheet() == ""


def test_only_widgets_with_a_role_carry_the_sheet(db_path: Path, qtbot) -> None:
    """A sheet on the application or the window would draw every spin box and combo box through
    the style sheet, with other sizes; the sheet sits on the widgets given a role and nowhere else."""
    from PySide6.QtWidgets import QApplication, QWidget

    from cicte_desktop.app import build_main_window
    from cicte_desktop.views.roles import role_of

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    try:
        window.events.new_event()  # the event form, with its errors: nothing is filled in yet
        form = window.event_form
        assert form.summary.isVisible() and role_of(form.summary) == "error"
        widgets = [window, *window.findChildren(QWidget), form, *form.findChildren(QWidget)]
        styled = [w for w in widgets if w.styleSheet()]
        assert styled and all(role_of(w) for w in styled), [w.objectName() for w in styled if not role_of(w)]
        assert QApplication.instance().styleSheet() == ""
        form.hide()
    finally:
        window.database.close()
