"""The translation catalogue: finds every translatable string in the code, keeps the Qt Linguist
sources (``resources/translations/cicte_<lang>.ts``) in step with it, compiles them to ``.qm``,
and reports what is unfinished or not wrapped for translation.

A developer's tool (the app itself only loads ``.qm`` files)::

    python -m cicte_desktop.i18n_catalog update    # add new strings to the .ts files, mark gone ones obsolete
    python -m cicte_desktop.i18n_catalog compile   # .ts -> .qm with pyside6-lrelease (script/bootstrap does it)
    python -m cicte_desktop.i18n_catalog check     # unfinished or missing messages, unwrapped strings; exit 1

The strings of the Qt Designer forms (``ui/forms/*.ui``) are read from the forms themselves, with
the form's class name as their context, as the compiled forms translate them.

Why our own extractor rather than ``pyside6-lupdate``: lupdate gives module-level helpers such
as ``_tr("...")`` (which call ``QCoreApplication.translate`` with a fixed context) an empty
context, so half the strings would never be found at run time. The ``.ts`` files written here
are ordinary Qt Linguist files: open them in ``pyside6-linguist``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cicte_desktop import ui_forms

PACKAGE_DIR = Path(__file__).resolve().parent
FORMS_OUTPUT = ui_forms.OUTPUT_DIR
TRANSLATED_LANGUAGES = ("es", "fr", "pt")
#: Languages whose catalogue holds only the messages that count something (``%n``): their
#: singular and plural forms. English: the code says "%n change(s)", a user reads "1 change".
PLURAL_ONLY_LANGUAGES = ("en",)
CATALOGUE_LANGUAGES = (*PLURAL_ONLY_LANGUAGES, *TRANSLATED_LANGUAGES)
#: Plural forms of each language, as Qt's lrelease numbers them (French: 0 and 1 are singular).
PLURAL_FORMS = {"en": 2, "es": 2, "fr": 2, "pt": 2}

#: Methods and constructors whose string arguments a user reads.
UI_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "addAction", "addMenu", "setLabelText", "addTab", "insertTab", "setTabText", "setHeaderLabels",
    "setHorizontalHeaderLabels", "addRow", "showMessage", "setItemText", "addItem", "addItems", "insertItem",
    "setSuffix", "setPrefix", "setSpecialValueText", "setAccessibleName", "setInformativeText",
    "setDetailedText", "setButtonText", "addButton", "setOkButtonText", "setCancelButtonText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "information", "warning", "critical", "question", "show_error", "show_info", "ask_yes_no",
    "ask_text", "getText", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
})

#: Folders and modules whose strings reach the user.
UI_SOURCES = ("views", "qtmodels", "app.py", "__main__.py", "cli", "exports", "vocabulary.py")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    file: str
    line: int
    numerus: bool = False


@dataclass
class Finding:
    file: str
    line: int
    text: str


@dataclass
class Catalogue:
    messages: list[Message] = field(default_factory=list)
    unwrapped: list[Finding] = field(default_factory=list)

    def keys(self) -> set[tuple[str, str]]:
        return {(m.context, m.source) for m in self.messages}


def _text(node: ast.AST) -> str | None:
    """The value of a string literal, joined across ``+``; None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return ""


def _module_contexts(tree: ast.Module) -> tuple[dict[str, str], set[str]]:
    """Module-level helpers like ``def _tr(text): return QCoreApplication.translate("Ctx", text)``,
    and which of them take a count (``def _trn(text, n)``: singular and plural forms)."""
    helpers: dict[str, str] = {}
    plural: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _call_name(inner) == "translate" and inner.args:
                    context = _text(inner.args[0])
                    if context is not None and len(node.args.args) in (1, 2):
                        helpers[node.name] = context
                        if len(node.args.args) == 2:
                            plural.add(node.name)
    return helpers, plural


class _Visitor(ast.NodeVisitor):
    def __init__(self, file: str, helpers: tuple[dict[str, str], set[str]], check_unwrapped: bool,
                 lines: list[str]) -> None:
        self.file = file
        self.lines = lines
        self.functions: list[str] = []
        self.helpers, self.plural_helpers = helpers
        self.check_unwrapped = check_unwrapped
        self.classes: list[str] = []
        self.messages: list[Message] = []
        self.unwrapped: list[Finding] = []
        self.wrapped_nodes: set[int] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _add(self, context: str, node: ast.AST, source_node: ast.AST, numerus: bool) -> None:
        text = _text(source_node)
        line = getattr(node, "lineno", 0)
        if text is None:
            # A computed text is only found at run time if its every value was marked for the
            # catalogue elsewhere (QT_TRANSLATE_NOOP): helpers pass theirs on, others must say so.
            inside_helper = bool(self.functions) and self.functions[-1] in self.helpers
            if not inside_helper and "# i18n:" not in self.lines[line - 1]:
                self.unwrapped.append(Finding(self.file, line, "computed text given to translation: "
                                              + ast.unparse(source_node)))
            return
        if text is not None:
            self.messages.append(Message(context, text, self.file, getattr(node, "lineno", 0), numerus))
            for inner in ast.walk(source_node):
                self.wrapped_nodes.add(id(inner))

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        numerus = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
        if name == "tr" and isinstance(node.func, ast.Attribute) and node.args and self.classes:
            self._add(self.classes[-1], node, node.args[0], numerus)
        elif name in self.helpers and isinstance(node.func, ast.Name) and node.args:
            self._add(self.helpers[name], node, node.args[0], name in self.plural_helpers)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context = _text(node.args[0])
            if context is not None:
                self._add(context, node, node.args[1], len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords))
        self.generic_visit(node)

    def check(self, tree: ast.Module) -> None:
        """String literals and f-strings handed to the user without a translation call."""
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _call_name(node) in UI_CALLS):
                continue
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and receiver.id in ("log", "logger", "logging", "parser", "warnings"):
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                for inner in ast.walk(arg):
                    if id(inner) in self.wrapped_nodes:
                        continue
                    if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                        text = inner.value
                    elif isinstance(inner, ast.JoinedStr):
                        text = "".join(v.value for v in inner.values if isinstance(v, ast.Constant))
                    else:
                        continue
                    if any(c.isalpha() for c in text) and not _is_technical(text):
                        self.unwrapped.append(Finding(self.file, inner.lineno, text))


def _is_technical(text: str) -> bool:
    """File-dialog filters' patterns, icon names, object names: not words a user reads."""
    stripped = text.strip()
    return (stripped.startswith(("*.", "(*", ".")) or stripped in {"…", "...", "CICTE Desktop"}
            or (" " not in stripped and (stripped.islower() or "-" in stripped or "." in stripped)))


def _sources() -> Iterator[Path]:
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if (path.name not in ("i18n_catalog.py", "i18n.py") and "_bundled" not in path.parts
                and not path.is_relative_to(FORMS_OUTPUT)):  # compiled forms: their .ui is read instead
            yield path


def _is_ui_source(path: Path) -> bool:
    relative = path.relative_to(PACKAGE_DIR).as_posix()
    return any(relative == s or relative.startswith(s + "/") for s in UI_SOURCES)


def scan_source(source: str, file: str, ui: bool = True) -> Catalogue:
    """The messages of one module's ``source``, and (for UI modules) its unwrapped strings."""
    tree = ast.parse(source, filename=file)
    visitor = _Visitor(file, _module_contexts(tree), ui, source.splitlines())
    visitor.visit(tree)
    if ui:
        visitor.check(tree)
    return Catalogue(visitor.messages, visitor.unwrapped)


def scan_form(path: Path, file: str) -> Catalogue:
    """The texts of a Qt Designer form, in the context its compiled code translates them in: the
    form's class name (``QCoreApplication.translate("EventForm", text)``). ``notr="true"`` texts are
    not for translation (dynamic properties such as ``role``)."""
    root = ET.parse(path).getroot()
    context = root.findtext("class") or ""
    lines = path.read_text(encoding="utf-8").splitlines()
    messages = []
    for node in root.iter("string"):
        if node.get("notr") == "true" or not node.text or not any(c.isalpha() for c in node.text):
            continue
        escaped = node.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        line = next((n for n, text in enumerate(lines, 1) if f">{escaped}</string>" in text), 0)
        messages.append(Message(context, node.text, file, line))
    return Catalogue(messages)


def scan() -> Catalogue:
    catalogue = Catalogue()
    for form in ui_forms.forms():
        catalogue.messages.extend(scan_form(form, form.relative_to(PACKAGE_DIR.parent).as_posix()).messages)
    for path in _sources():
        found = scan_source(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE_DIR.parent).as_posix(),
                            _is_ui_source(path))
        catalogue.messages.extend(found.messages)
        catalogue.unwrapped.extend(found.unwrapped)
    return catalogue


# --- .ts files ----------------------------------------------------------------------------

def translations_dir() -> Path:
    from cicte_desktop.paths import resource_path
    return resource_path("resources", "translations")


def ts_path(language: str) -> Path:
    return translations_dir() / f"cicte_{language}.ts"


@dataclass
class TsEntry:
    forms: list[str]  # one translation, or one per plural form for "%n" messages
    finished: bool
    obsolete: bool

    @property
    def translation(self) -> str:
        return self.forms[0] if self.forms else ""


def read_ts(path: Path) -> dict[tuple[str, str], TsEntry]:
    entries: dict[tuple[str, str], TsEntry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            kind = node.get("type", "") if node is not None else "unfinished"
            if node is None:
                forms = []
            elif message.get("numerus") == "yes":
                forms = [form.text or "" for form in node.iter("numerusform")]
            else:
                forms = [node.text or ""]
            finished = kind == "" and bool(forms) and all(forms)
            entries[(name, source)] = TsEntry(forms, finished, kind in ("obsolete", "vanished"))
    return entries


def write_ts(path: Path, language: str, catalogue: Catalogue, old: dict[tuple[str, str], TsEntry]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, dict[str, Message]] = {}
    for message in catalogue.messages:
        by_context.setdefault(message.context, {}).setdefault(message.source, message)
    for (context, source), entry in old.items():  # keep translations of strings no longer in the code
        if entry.translation and source not in by_context.get(context, {}):
            by_context.setdefault(context, {})[source] = Message(context, source, "", 0, len(entry.forms) > 1)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source, message in by_context[context_name].items():
            node = ET.SubElement(context, "message")
            if message.numerus:
                node.set("numerus", "yes")
            if message.file:
                ET.SubElement(node, "location", filename=f"../../{message.file}", line=str(message.line))
            ET.SubElement(node, "source").text = source
            entry = old.get((context_name, source))
            translation = ET.SubElement(node, "translation")
            if message.numerus:
                for form in (entry.forms if entry and len(entry.forms) == 2 else ["", ""]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.translation if entry else ""
            if not message.file:
                translation.set("type", "vanished")
            elif not entry or not entry.finished:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _wanted(catalogue: Catalogue, language: str) -> Catalogue:
    """The messages ``language``'s catalogue holds: all, or only those that count something."""
    if language in PLURAL_ONLY_LANGUAGES:
        return Catalogue([m for m in catalogue.messages if m.numerus])
    return catalogue


def update() -> None:
    catalogue = scan()
    translations_dir().mkdir(parents=True, exist_ok=True)
    for language in CATALOGUE_LANGUAGES:
        path = ts_path(language)
        write_ts(path, language, _wanted(catalogue, language), read_ts(path))


def lrelease_command() -> list[str]:
    import PySide6
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "bin" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    return ["pyside6-lrelease"]


def compile_all(target: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` to ``.qm`` beside it (or in ``target``); returns the ``.qm`` files."""
    made = []
    for language in CATALOGUE_LANGUAGES:
        source = ts_path(language)
        out = (target or source.parent) / f"cicte_{language}.qm"
        subprocess.run([*lrelease_command(), "-silent", "-nounfinished", "-removeidentical", str(source),
                        "-qm", str(out)], check=True)
        made.append(out)
    return made


def problems() -> list[str]:
    """Everything that keeps a user from reading the app in Spanish, French or Portuguese."""
    catalogue = scan()
    found: list[str] = []
    numerus = {(m.context, m.source) for m in catalogue.messages if m.numerus}
    for language in CATALOGUE_LANGUAGES:
        entries = read_ts(ts_path(language))
        for context, source in sorted(_wanted(catalogue, language).keys()):
            entry = entries.get((context, source))
            if entry is None:
                found.append(f"{language}: missing [{context}] {source!r} (run: python -m cicte_desktop.i18n_catalog update)")
            elif not entry.finished:
                found.append(f"{language}: unfinished [{context}] {source!r}")
            elif any(_placeholders(source) != _placeholders(form) for form in entry.forms):
                found.append(f"{language}: placeholders differ in [{context}] {source!r} -> {entry.translation!r}")
            elif (context, source) in numerus and (len(entry.forms) != PLURAL_FORMS[language]
                                                   or not all("%n" in f or "%Ln" in f for f in entry.forms[1:])):
                found.append(f"{language}: [{context}] {source!r} needs {PLURAL_FORMS[language]} plural forms, "
                             "the plural ones with %n")
    for message in catalogue.messages:
        if not message.numerus and ("(s)" in message.source or "%n" in message.source):
            found.append(f"{message.file}:{message.line}: a count needs plural forms: give the translation call "
                         f"the number (tr(text, '', n) or _trn(text, n)): {message.source!r}")
    for finding in catalogue.unwrapped:
        found.append(f"{finding.file}:{finding.line}: not wrapped for translation: {finding.text!r}")
    return found


def _placeholders(text: str) -> list[str]:
    import string
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return ["<bad format>"]


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:] or ["check"])[0]
    if command == "update":
        update()
        return 0
    if command == "compile":
        for path in compile_all():
            print(path)
        return 0
    if command == "check":
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problems")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
