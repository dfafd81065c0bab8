"""PySide6's import hook, lightened: the same answer for every kind of module, without reading
each module's source into ``linecache``."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

from cicte_desktop import pyside_hook

feature = pytest.importorskip("shibokensupport.feature")


@pytest.fixture
def upstream(monkeypatch: pytest.MonkeyPatch):
    """The hook's own question, restored after the test whatever it lightened."""
    pyside_hook.lighten()  # imports PySide6, so that its feature module is there to read
    original = feature._mod_uses_pyside
    while getattr(original, "__closure__", None) and getattr(original, pyside_hook._MARK, False):
        original = original.__closure__[0].cell_contents  # the upstream function it wraps
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    return original


def test_the_light_question_answers_as_the_hook_does(upstream) -> None:
    assert pyside_hook.lighten()
    light = feature._mod_uses_pyside
    assert light is not upstream
    modules = ["cicte_desktop.views.main_window", "cicte_desktop.qtmodels.workplan_tree",  # use PySide6
               "cicte_desktop.services.figures", "cicte_desktop.db.database", "json", "typing",  # do not
               "sys", "_sqlite3", "PySide6.QtCore", "PySide6"]  # built in, compiled, a package
    answers = {}
    for name in modules:
        module = importlib.import_module(name)
        answers[name] = light(module)
        assert answers[name] == upstream(module), name
    assert answers["cicte_desktop.views.main_window"] and answers["cicte_desktop.qtmodels.workplan_tree"]
    assert not answers["json"] and not answers["typing"] and not answers["sys"]


def test_the_light_question_leaves_linecache_alone(upstream) -> None:
    pyside_hook.lighten()
    import email.mime.text as module  # a module of the standard library, its source on disk

    linecache.checkcache()
    linecache.cache.pop(module.__file__, None)
    assert feature._mod_uses_pyside(module) is False
    assert module.__file__ not in linecache.cache  # not read, decoded and split into lines
    upstream(module)
    assert module.__file__ in linecache.cache  # as the hook's own question does


def test_a_source_that_cannot_be_read_is_asked_the_hooks_own_way(upstream, tmp_path: Path) -> None:
    pyside_hook.lighten()
    gone = type(sys)("gone_module")
    gone.__file__ = str(tmp_path / "gone_module.py")  # removed since it was imported
    asked = []
    light = pyside_hook._light(lambda module: asked.append(module) or False)
    assert light(gone) is False
    assert asked == [gone]


def test_lightening_twice_wraps_once(upstream) -> None:
    assert pyside_hook.lighten() and pyside_hook.lighten()
    light = feature._mod_uses_pyside
    assert light.__closure__[0].cell_contents is upstream


def test_another_pyside_version_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_hook.lighten() is False
