"""The wheel carries the compiled Qt Designer forms (``cicte_desktop/views/forms/ui_*.py``): they are
not in git, so the build compiles the changed ones first (``python -m cicte_desktop.ui_forms``)."""

from __future__ import annotations

import runpy
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileForms(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if version == "editable":  # a checkout: script/bootstrap compiles them after installing PySide6
            return
        tool = runpy.run_path(str(Path(self.root) / "cicte_desktop" / "ui_forms.py"))
        if not tool["stale"]():
            return  # compiled already (script/bootstrap): nothing needs PySide6 here
        try:
            tool["compile_forms"]()
        except ImportError as exc:  # an isolated build without PySide6, forms not compiled beforehand
            raise RuntimeError("The Qt Designer forms need compiling with PySide6: run script/bootstrap, or build "
                               "with pip's --no-build-isolation in an environment that has PySide6.") from exc
