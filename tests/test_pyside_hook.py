"""PySide6's import hook, lightened: the same answer for every kind of module, without reading
each module's source into ``linecache``, and nothing that breaks an import."""

from __future__ import annotations

import importlib
import linecache
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the hook (the app's PySide6 is pinned: it must be there)
import pytest

from cicte_desktop import pyside_hook

feature = sys.modules["shibokensupport.feature"]


def _unwrapped(function: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    while getattr(function, pyside_hook._MARK, False):
        function = function.__closure__[0].cell_contents  # type: ignore[index] - the function it wraps
    return function


@pytest.fixture
def upstream(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[ModuleType], bool]]:
    """The hook's own question, put in place for the test; whatever was there before (the light
    one, once the app or another test has lightened it) comes back after it."""
    original = _unwrapped(feature._mod_uses_pyside)
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    yield original


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


def test_an_import_statement_asks_the_light_question(upstream, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert pyside_hook.lighten()
    source = tmp_path / "cicte_hook_probe.py"
    source.write_text("import PySide6.QtCore\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "cicte_hook_probe", raising=False)
    monkeypatch.delitem(feature.pyside_feature_dict, "cicte_hook_probe", raising=False)
    linecache.checkcache()
    exec("import cicte_hook_probe", {})  # an import statement, through the hook, as the app's are
    assert feature.pyside_feature_dict["cicte_hook_probe"] == 0  # "uses PySide6", as upstream says
    assert str(source) not in linecache.cache  # asked the light way: not read into linecache
    sys.modules.pop("cicte_hook_probe", None)


def test_the_light_question_leaves_linecache_alone(upstream) -> None:
    pyside_hook.lighten()
    import email.mime.text as module  # a module of the standard library, its source on disk

    linecache.checkcache()
    linecache.cache.pop(module.__file__, None)
    assert feature._mod_uses_pyside(module) is False
    assert module.__file__ not in linecache.cache  # not read, decoded and split into lines
    upstream(module)
    assert module.__file__ in linecache.cache  # as the hook's own question does


@pytest.mark.parametrize("file_name", [
    "gone_module.py",  # removed since it was imported
    "a_folder.py",  # not a file
    "nul\0in_name.py",  # a name no file can have (open() raises ValueError)
    "compiled_module.pyc",  # no source to read: the hook's own way
    None,  # built in, or a namespace package
])
def test_what_cannot_be_read_as_source_is_asked_the_hooks_own_way(tmp_path: Path, file_name: str | None) -> None:
    (tmp_path / "a_folder.py").mkdir()
    module = ModuleType("probe")
    if file_name is not None:
        module.__file__ = str(tmp_path / file_name)
    asked = []
    light = pyside_hook._light(lambda m: asked.append(m) or True)
    assert light(module) is True  # the hook's own answer, whatever it is, and no exception
    assert asked == [module]


def test_lightening_twice_wraps_once(upstream) -> None:
    assert pyside_hook.lighten() and pyside_hook.lighten()
    light = feature._mod_uses_pyside
    assert light.__closure__[0].cell_contents is upstream


def test_another_pyside_version_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_hook.lighten() is False
