"""The Qt Designer forms (``ui/forms/*.ui``) compiled ahead of time into Python modules
(``cicte_desktop/views/forms/ui_<form>.py``), so the app never parses a ``.ui`` file at run time.

A developer's tool (``script/bootstrap`` and ``script/build`` run ``compile``)::

    python -m cicte_desktop.ui_forms compile   # pyside6-uic on every changed form
    python -m cicte_desktop.ui_forms check     # exit 1 when a compiled form is missing or stale

Each generated module starts with the sha256 of the ``.ui`` it came from: an unchanged form is
not compiled again, and ``check`` finds one changed since it was compiled. The generated modules
are not kept in git; the wheel build compiles them too (``hatch_build.py``).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
FORMS_DIR = PACKAGE_DIR.parent / "ui" / "forms"
OUTPUT_DIR = PACKAGE_DIR / "views" / "forms"
HEADER = "# ui_forms source sha256: "


def forms(folder: Path | None = None) -> list[Path]:
    """Every form's ``.ui`` file, by name."""
    return sorted((folder or FORMS_DIR).glob("*.ui"))


def module_path(form: Path, output: Path | None = None) -> Path:
    """Where the Python module of ``form`` goes: ``X.ui`` -> ``ui_X.py``."""
    return (output or OUTPUT_DIR) / f"ui_{form.stem}.py"


def digest(form: Path) -> str:
    return hashlib.sha256(form.read_bytes()).hexdigest()


def compiled_digest(module: Path) -> str | None:
    """The sha256 of the ``.ui`` a generated module was compiled from (None: missing or foreign)."""
    try:
        with module.open(encoding="utf-8") as file:
            first = file.readline()
    except OSError:
        return None
    return first[len(HEADER):].strip() if first.startswith(HEADER) else None


def uic_command() -> list[str]:
    """Qt's uic shipped in the environment's PySide6 (never another Qt's), generating Python."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "Qt" / "libexec" / "uic", folder / "uic.exe", folder / "uic",
                      folder / "Qt" / "libexec" / "uic.exe"):
        if candidate.exists():
            return [str(candidate), "-g", "python"]
    return ["pyside6-uic"]


def stale(folder: Path | None = None, output: Path | None = None) -> list[Path]:
    """The forms whose module is missing or was compiled from another version of the ``.ui``."""
    return [form for form in forms(folder) if compiled_digest(module_path(form, output)) != digest(form)]


def compile_forms(folder: Path | None = None, output: Path | None = None) -> list[Path]:
    """Compile the stale forms; returns the modules written."""
    output = output or OUTPUT_DIR
    written = []
    for form in stale(folder, output):
        result = subprocess.run([*uic_command(), str(form)], check=True, capture_output=True, text=True)
        body = result.stdout.replace(f"reading UI file '{form.name}'", f"reading UI file 'ui/forms/{form.name}'")
        target = module_path(form, output)
        target.write_text(f"{HEADER}{digest(form)}\n{body}", encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    command = (argv if argv is not None else sys.argv[1:] or ["check"])[0]
    if command == "compile":
        for path in compile_forms():
            print(path)
        return 0
    if command == "check":
        found = stale()
        for form in found:
            print(f"{module_path(form)} is missing or older than {form} "
                  "(run: python -m cicte_desktop.ui_forms compile, or script/bootstrap)")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
