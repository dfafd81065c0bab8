"""The package's layers hold: db -> services -> exports / sync -> qtmodels -> views -> the app.

Every module of ``cicte_desktop`` is parsed (never imported) and each of its imports, at module level
or inside a function, becomes an edge of the import graph. The test fails, with a readable list, on:

- an edge from a lower layer to a higher one (``exports`` and ``sync`` are one layer and may not import
  each other: a workbook knows nothing of packages, a package nothing of workbooks);
- an import of a private name (one leading underscore) from another module, or the use of one through
  an imported module (``database._check_path(...)``);
- a cycle among the package's modules (an edge only under ``if TYPE_CHECKING:`` does not count);
- Qt widgets or painting (``PySide6.QtWidgets``, ``PySide6.QtGui``) below the Qt models, widgets in them;
- SQL in the widgets, the Qt models, the exporters or field packages (a statement executed, or a ``SELECT`` written
  out): the packages of ``NO_SQL_PACKAGES`` read through the services;
- a module over 500 lines (but those of ``LONG_FOR_NOW``, being split now).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PACKAGE = "cicte_desktop"
SOURCE = Path(__file__).resolve().parent.parent / PACKAGE

#: Layers, lowest first. A module may import its own layer and the layers below it.
BASE, DB, SERVICES, OUTPUT, QTMODELS, VIEWS, TOP = range(7)
LAYER_NAMES = {BASE: "base utilities", DB: "db", SERVICES: "services", OUTPUT: "exports / sync",
               QTMODELS: "qtmodels", VIEWS: "views", TOP: "the application"}
SUBPACKAGES = {"db": DB, "services": SERVICES, "exports": OUTPUT, "sync": OUTPUT, "qtmodels": QTMODELS,
               "views": VIEWS}
#: Modules at the top of the package: they start things and may import every layer.
#: (and the package ``cli``)
TOP_MODULES = {"app", "__main__", "cli", "selftest", "i18n_catalog", "ui_forms", "pyside_hook"}
#: Utilities that know nothing of the database and are usable by every layer (paths, files, text, the
#: translator, locale formats, logging).
BASE_MODULES = {"cancel", "files", "paths", "safe_text", "i18n", "locale_format", "logging_setup", "gc_pause",
                "vocabulary", "style_roles", "text_fold"}
#: Top-level modules that belong to a layer: the field rules are read from the models.
LAYER_OF_TOP_LEVEL = {"validation": DB}
#: Sibling layers that may not import each other.
APART = ({"exports", "sync"},)
#: The Qt modules each layer may use (the views and the application: any). Below the Qt models only
#: Qt's core (translation, locale, dates, settings, paths); the Qt models also colours and fonts.
QT_ALLOWED = {BASE: {"PySide6.QtCore"}, DB: {"PySide6.QtCore"}, SERVICES: {"PySide6.QtCore"},
              OUTPUT: {"PySide6.QtCore"}, QTMODELS: {"PySide6.QtCore", "PySide6.QtGui"}}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the module imported (or the module a name is imported from)
    names: tuple[str, ...]  # names taken from the target by `from x import ...`
    line: int
    type_checking: bool  # only under `if TYPE_CHECKING:`

    def where(self) -> str:
        return f"{self.source}:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(SOURCE.rglob("*.py"))}


def is_package(module: str) -> bool:
    return modules()[module].name == "__init__.py"


def _resolve(source: str, level: int, module: str | None) -> str:
    """The absolute name of a relative import."""
    if not level:
        return module or ""
    base = source.split(".") if is_package(source) else source.split(".")[:-1]
    base = base[:len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


class _Walker(ast.NodeVisitor):
    def __init__(self, source: str) -> None:
        self.source = source
        self.found: list[Import] = []
        self.external: list[tuple[str, int]] = []  # (module, line) outside the package
        self.modules_bound: dict[str, str] = {}  # local name -> package module it stands for
        self.private_uses: list[tuple[str, str, int]] = []  # (module, attribute, line)
        self._type_checking = 0

    def visit_If(self, node: ast.If) -> None:
        test = node.test
        guarded = (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
            isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
        if guarded:
            self._type_checking += 1
            for child in node.body:
                self.visit(child)
            self._type_checking -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def _add(self, target: str, names: tuple[str, ...], line: int) -> None:
        self.found.append(Import(self.source, target, names, line, self._type_checking > 0))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name == PACKAGE or alias.name.startswith(PACKAGE + "."):
                self._add(alias.name, (), node.lineno)
                if alias.asname:
                    self.modules_bound[alias.asname] = alias.name
            else:
                self.external.append((alias.name, node.lineno))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        target = _resolve(self.source, node.level, node.module)
        if not (target == PACKAGE or target.startswith(PACKAGE + ".")):
            self.external.extend((f"{target}.{alias.name}" if target == "PySide6" else target, node.lineno)
                                 for alias in node.names)
            return
        plain = []
        for alias in node.names:
            submodule = f"{target}.{alias.name}"
            if submodule in modules():  # `from package import module`: an edge to that module
                self._add(submodule, (), node.lineno)
                self.modules_bound[alias.asname or alias.name] = submodule
            else:
                plain.append(alias.name)
        if plain:
            self._add(target, tuple(plain), node.lineno)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Name) and node.value.id in self.modules_bound and _private(node.attr):
            self.private_uses.append((self.modules_bound[node.value.id], node.attr, node.lineno))
        self.generic_visit(node)


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


@cache
def walked() -> dict[str, _Walker]:
    result = {}
    for module, path in modules().items():
        walker = _Walker(module)
        walker.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        result[module] = walker
    return result


def imports() -> list[Import]:
    return [found for walker in walked().values() for found in walker.found]


def layer(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1:
        return BASE  # the package's own __init__: its name and version
    if parts[1] in SUBPACKAGES:
        return SUBPACKAGES[parts[1]]
    if parts[1] in TOP_MODULES:
        return TOP
    if parts[1] in LAYER_OF_TOP_LEVEL:
        return LAYER_OF_TOP_LEVEL[parts[1]]
    if parts[1] in BASE_MODULES:
        return BASE
    raise AssertionError(f"{module} has no layer: add it to the lists at the top of {Path(__file__).name}")


def group(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_module_has_a_layer() -> None:
    for module in modules():
        layer(module)
    for name in BASE_MODULES | TOP_MODULES | set(LAYER_OF_TOP_LEVEL):
        assert f"{PACKAGE}.{name}" in modules(), f"{name} is listed but is no module of {PACKAGE}"


def against_the_layers(found_imports: list[Import]) -> list[str]:
    wrong = []
    for found in found_imports:
        here, there = layer(found.source), layer(found.target)
        if there > here:
            wrong.append(f"{found.where()}: {found.source} ({LAYER_NAMES[here]}) imports "
                         f"{found.target} ({LAYER_NAMES[there]})")
        elif {group(found.source), group(found.target)} in APART:
            wrong.append(f"{found.where()}: {found.source} imports {found.target} (sibling layers stay apart)")
    return wrong


def private_imports(found_imports: list[Import]) -> list[str]:
    wrong = []
    for found in found_imports:
        for name in found.names:
            if _private(name):
                wrong.append(f"{found.where()}: {found.source} imports {name} from {found.target}")
        if _private(found.target.rsplit(".", 1)[-1]) and found.target != found.source:
            wrong.append(f"{found.where()}: {found.source} imports the private module {found.target}")
    return wrong


def test_every_import_names_a_module_of_the_package() -> None:
    missing = [f"{found.where()}: {found.target}" for found in imports() if found.target not in modules()]
    assert not missing, "Imports of modules that do not exist:\n" + "\n".join(missing)


def test_imports_only_go_down() -> None:
    wrong = against_the_layers(imports())
    assert not wrong, "Imports against the layers:\n" + "\n".join(wrong)


def test_no_private_names_across_modules() -> None:
    wrong = private_imports(imports())
    for module, walker in walked().items():
        for target, name, line in walker.private_uses:
            if target != module:
                wrong.append(f"{module}:{line}: {module} uses {target}.{name}")
    assert not wrong, "Private names used from another module:\n" + "\n".join(wrong)


def graph(*, with_type_checking: bool = False) -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {module: set() for module in modules()}
    for found in imports():
        if found.target != found.source and (with_type_checking or not found.type_checking):
            edges[found.source].add(found.target)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle path for each strongly connected group of modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                groups.append(sorted(members))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return [_path_through(members, edges) for members in sorted(groups)]


def _path_through(members: list[str], edges: dict[str, set[str]]) -> list[str]:
    """A cycle inside one strongly connected group, from its first member back to it."""
    inside = set(members)
    start = members[0]
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in sorted(edges[node] & inside):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start] if node != start else [start, start]
                if nxt not in came_from:
                    came_from[nxt] = node
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"no cycle through {members}")


def test_no_import_cycles() -> None:
    found = cycles(graph())
    assert not found, "Import cycles (an edge only under `if TYPE_CHECKING:` would not count):\n" + "\n".join(
        " -> ".join(path) for path in found)


def test_no_widgets_below_the_views() -> None:
    """Services, the database, the exporters and field packages use no widgets and no painting
    (they run in the command line and in worker threads); the Qt models no widgets."""
    wrong = []
    for module, walker in walked().items():
        allowed = QT_ALLOWED.get(layer(module))
        if allowed is None:
            continue
        for name, line in walker.external:
            if (name == "PySide6" or name.startswith("PySide6.")) and not any(
                    name == ok or name.startswith(ok + ".") for ok in allowed):
                wrong.append(f"{module}:{line}: {name} ({LAYER_NAMES[layer(module)]} may use {sorted(allowed)})")
    assert not wrong, "Qt modules a layer may not use:\n" + "\n".join(wrong)


#: SQL as this code base writes it: upper-case key words (a sentence such as "Delete from the
#: plan" is no SQL).
_SQL_START = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|WITH|REPLACE)\b")
_SQL_BODY = re.compile(r"\b(FROM|INTO|SET|TABLE|VALUES|JOIN|WHERE)\b|^\s*PRAGMA\b")
#: Statements run on a connection or a session.
_SQL_CALLS = {"execute", "executemany", "executescript", "exec_driver_sql", "scalars", "scalar"}


def sql_in(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL_START.match(node.value) \
                and _SQL_BODY.search(node.value):
            found.append((node.lineno, f"SQL text {node.value[:60]!r}"))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SQL_CALLS:
            found.append((node.lineno, f".{node.func.attr}(...)"))
    return found


#: Packages that hold no SQL: they read and write through the services (field packages: ``db.sync_store``).
NO_SQL_PACKAGES = {"qtmodels", "views", "exports", "sync"}


def sql_out_of_place(sources: dict[str, str]) -> list[str]:
    """``module:line: what`` for the SQL in modules (name -> source) that may hold none."""
    return [f"{module}:{line}: {what}" for module, source in sources.items() if group(module) in NO_SQL_PACKAGES
            for line, what in sql_in(ast.parse(source))]


def test_no_sql_outside_services_and_db() -> None:
    wrong = sql_out_of_place({module: path.read_text(encoding="utf-8") for module, path in modules().items()})
    assert not wrong, (f"SQL in {', '.join(sorted(NO_SQL_PACKAGES))} (it belongs in services, or in db.sync_store):\n"
                       + "\n".join(wrong))


#: Where spinning the event loop by hand is allowed: the self-test paints one window once, outside
#: any event loop. Everywhere else long work runs on the task runner (``views/tasks.py``) and the
#: window keeps its one event loop: no ``processEvents()`` loop, no nested ``exec()`` of a progress.
PROCESS_EVENTS_ALLOWED = {"cicte_desktop.selftest"}


def event_loop_spins(tree: ast.AST) -> list[int]:
    """Lines that call ``processEvents``."""
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute) and node.func.attr == "processEvents"]


def test_no_process_events_loops() -> None:
    wrong = [f"{module}:{line}: processEvents()" for module, path in modules().items()
             if module not in PROCESS_EVENTS_ALLOWED
             for line in event_loop_spins(ast.parse(path.read_text(encoding="utf-8")))]
    assert not wrong, "The event loop spun by hand (run the work on views/tasks.py instead):\n" + "\n".join(wrong)


def test_a_process_events_loop_is_found() -> None:
    code = "while thread.is_alive():\n    QCoreApplication.processEvents()\n    thread.join(0.05)\n"
    assert event_loop_spins(ast.parse(code)) == [2]
    assert event_loop_spins(ast.parse("label = 'processEvents'\n")) == []


#: Lines a module may have: past that it holds more than one job, and is split by job.
MAX_MODULE_LINES = 500
#: Modules still longer, being split now (each leaves the list when its split lands; the test
#: fails on one that is listed but no longer too long, so that the list only shrinks).
LONG_FOR_NOW: set[str] = set()


def module_lines() -> dict[str, int]:
    """Lines of each module, by its path under the package (``views/main_window.py``); the forms
    compiled from ``ui/forms`` are not written by hand and do not count."""
    lines = {}
    for path in modules().values():
        text = path.read_text(encoding="utf-8")
        if not text.startswith("# ui_forms source sha256:"):
            lines[path.relative_to(SOURCE).as_posix()] = len(text.splitlines())
    return lines


def too_long(lines: dict[str, int], allowed: set[str]) -> list[str]:
    wrong = [f"{name}: {count} lines (at most {MAX_MODULE_LINES}: split it by job)"
             for name, count in sorted(lines.items()) if count > MAX_MODULE_LINES and name not in allowed]
    for name in sorted(allowed):
        if name not in lines:
            wrong.append(f"{name} is in LONG_FOR_NOW but is no module of {PACKAGE}: take it off the list")
        elif lines[name] <= MAX_MODULE_LINES:
            wrong.append(f"{name} has {lines[name]} lines now: take it off LONG_FOR_NOW")
    return wrong


def test_no_module_over_500_lines() -> None:
    wrong = too_long(module_lines(), LONG_FOR_NOW)
    assert not wrong, "Modules over the size limit, or LONG_FOR_NOW out of date:\n" + "\n".join(wrong)


# --- the checker checks ------------------------------------------------------------------


def test_the_cycle_finder_reports_a_path() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(edges) == [["a", "b", "c", "a"]]


def test_an_upward_or_sideways_edge_and_a_private_name_are_reported() -> None:
    up = Import("cicte_desktop.db.database", "cicte_desktop.services.seed", (), 3, False)
    sideways = Import("cicte_desktop.sync.merge", "cicte_desktop.exports.xlsx", ("period_options",), 4, False)
    down = Import("cicte_desktop.views.main_window", "cicte_desktop.services.backup", (), 5, False)
    top = Import("cicte_desktop.views.main_window", "cicte_desktop.app", ("recover",), 6, False)
    private = Import("cicte_desktop.services.backup", "cicte_desktop.db.database", ("_identify", "__all__"), 7, False)
    wrong = against_the_layers([up, sideways, down, top, private])
    assert wrong == [
        "cicte_desktop.db.database:3: cicte_desktop.db.database (db) imports cicte_desktop.services.seed (services)",
        "cicte_desktop.sync.merge:4: cicte_desktop.sync.merge imports cicte_desktop.exports.xlsx (sibling layers stay apart)",
        "cicte_desktop.views.main_window:6: cicte_desktop.views.main_window (views) imports cicte_desktop.app "
        "(the application)",
    ]
    assert private_imports([up, private]) == [
        "cicte_desktop.services.backup:7: cicte_desktop.services.backup imports _identify from cicte_desktop.db.database"]


def test_sql_is_found_but_words_are_not() -> None:
    code = ("names = dict(conn.execute(f'SELECT uuid, name FROM {table}').fetchall())\n"
            "label = self.tr('Delete from the plan')\n"
            "title = 'Update set'\n")
    assert [what for _line, what in sql_in(ast.parse(code))] == [".execute(...)", "SQL text 'SELECT uuid, name FROM '"]


def test_sql_in_a_field_package_module_is_found_but_not_in_the_database_layer() -> None:
    code = ("def rows(conn):\n"
            "    return conn.exec_driver_sql('SELECT uuid FROM sync_change WHERE seq > ?', (0,)).fetchall()\n")
    found = sql_out_of_place({"cicte_desktop.sync.import_plan": code, "cicte_desktop.db.sync_store": code,
                              "cicte_desktop.sync.trust": "def f(query):\n    return query('Delete from the plan')\n"})
    assert sorted(found) == ["cicte_desktop.sync.import_plan:2: .exec_driver_sql(...)",
                             "cicte_desktop.sync.import_plan:2: SQL text 'SELECT uuid FROM sync_change WHERE seq > ?'"]


def test_function_level_and_relative_imports_are_edges() -> None:
    code = ("from __future__ import annotations\n"
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from cicte_desktop.views import main_window\n"
            "def f():\n    from ..services import seed_helper\n    import cicte_desktop.app\n"
            "    from .database import _secret\n"
            "    from cicte_desktop.db import database as d\n    return d._check_path\n")
    walker = _Walker("cicte_desktop.db.bulk")
    walker.visit(ast.parse(code))
    found = {(i.target, i.names, i.type_checking) for i in walker.found}
    assert found == {
        ("cicte_desktop.views.main_window", (), True),
        ("cicte_desktop.services", ("seed_helper",), False),
        ("cicte_desktop.app", (), False),
        ("cicte_desktop.db.database", ("_secret",), False),
        ("cicte_desktop.db.database", (), False),
    }
    assert walker.private_uses == [("cicte_desktop.db.database", "_check_path", 10)]


def test_the_size_check_names_long_modules_and_a_stale_allowance() -> None:
    lines = {"a.py": 501, "b.py": 500, "c.py": 900, "d.py": 120}
    assert too_long(lines, {"c.py", "d.py", "gone.py"}) == [
        "a.py: 501 lines (at most 500: split it by job)",
        "d.py has 120 lines now: take it off LONG_FOR_NOW",
        f"gone.py is in LONG_FOR_NOW but is no module of {PACKAGE}: take it off the list",
    ]
