"""Where the app finds its own files and where it keeps the user's.

One resolver serves a development checkout, a wheel installed with ``pip install .``
and a PyInstaller bundle, so no other module guesses at locations.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cicte_desktop import APPLICATION_NAME, ORGANIZATION_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent

#: Environment variable that moves the per-user data folder (tests, portable use).
DATA_DIR_ENV = "CICTE_DATA_DIR"

DEFAULT_DB_NAME = "cicte.sqlite"


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller: data files are collected under the bundle root
        roots.append(Path(bundle))
    roots.append(_PACKAGE_DIR / "_bundled")  # installed wheel (see pyproject force-include)
    roots.append(_PACKAGE_DIR.parent)  # development checkout
    return roots


def resource_path(*parts: str) -> Path:
    """Absolute path of a shipped file, e.g. ``resource_path("resources", "seed", "x.json")``.

    The first part is a top-level folder of the repository (``resources``, ``db`` or ``ui``).
    """
    relative = Path(*parts)
    for root in _candidate_roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
    searched = ", ".join(str(r) for r in _candidate_roots())
    raise FileNotFoundError(f"{relative} is missing from this installation (looked in {searched})")


def data_dir() -> Path:
    """The per-user data folder (``QStandardPaths.AppDataLocation``), created if needed."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        # QtCore alone is cheap to import; the widgets are not needed for this.
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
        QCoreApplication.setApplicationName(APPLICATION_NAME)
        path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
