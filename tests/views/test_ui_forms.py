"""The Qt Designer forms: compiled ahead of time (never parsed at run time), in step with their
``.ui`` files, and the dialogs built from them speak the user's language."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from cicte_desktop import i18n, i18n_catalog, ui_forms
from tests.conftest import ROOT

FORMS = ROOT / "ui" / "forms"


def test_every_form_is_compiled_and_in_step_after_bootstrap() -> None:
    result = subprocess.run([sys.executable, "-m", "cicte_desktop.ui_forms", "check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout
    names = {form.stem for form in ui_forms.forms()}
    assert {"event_form", "device_name", "preferences", "period_locks", "new_plan", "export_dialog",
            "pdf_report_dialog", "package_export", "conflict_history"} <= names
    for form in ui_forms.forms():
        assert ui_forms.compiled_digest(ui_forms.module_path(form)) == ui_forms.digest(form)


def test_a_changed_or_uncompiled_form_is_found_and_compiled_again(tmp_path: Path) -> None:
    forms, output = tmp_path / "forms", tmp_path / "out"
    forms.mkdir()
    output.mkdir()
    shutil.copy(FORMS / "device_name.ui", forms)
    assert ui_forms.stale(forms, output) == [forms / "device_name.ui"]  # never compiled
    assert ui_forms.compile_forms(forms, output) == [output / "ui_device_name.py"]
    assert ui_forms.stale(forms, output) == []
    assert ui_forms.compile_forms(forms, output) == []  # unchanged: not compiled again
    # Compiled like the checkout's: the same form gives the same module.
    assert (output / "ui_device_name.py").read_text() == ui_forms.module_path(FORMS / "device_name.ui").read_text()

    edited = forms / "device_name.ui"
    edited.write_text(edited.read_text().replace("<string>Device name</string>", "<string>Computer name</string>"))
    assert ui_forms.stale(forms, output) == [edited]
    ui_forms.compile_forms(forms, output)
    assert "Computer name" in (output / "ui_device_name.py").read_text() and not ui_forms.stale(forms, output)


def _spanish_title(form: str) -> str:
    """The Spanish of the window title the form gives, from the catalogue."""
    root = ET.parse(FORMS / f"{form}.ui").getroot()
    english = root.find("widget/property[@name='windowTitle']/string").text
    entry = i18n_catalog.read_ts(i18n_catalog.ts_path("es"))[(root.findtext("class"), english)]
    assert entry.finished and entry.translation != english
    return entry.translation


def _event_form(db, tmp_path):  # type: ignore[no-untyped-def]
    from tests.views.test_small_screens import event_form_new

    return event_form_new(db, tmp_path)


def _dialogs():  # type: ignore[no-untyped-def]
    from cicte_desktop.views import device_name, new_plan, period_locks, preferences
    from tests.views import test_small_screens as built

    return {
        "event_form": _event_form,
        "device_name": lambda db, _tmp: device_name.DeviceNameDialog("vm-1234", first_run=False),
        "new_plan": lambda db, _tmp: new_plan.NewPlanDialog([2016], headquarters=True),
        "period_locks": lambda db, _tmp: period_locks.PeriodLocksDialog(db, [2016]),
        "preferences": lambda db, _tmp: preferences.PreferencesDialog(),
        "export_dialog": built.export_dialog,
        "pdf_report_dialog": built.pdf_report,
        "package_export": built.package_export,
        "conflict_history": built.conflict_history,
        "server_connect": built.server_connect,
    }


DIALOG_FORMS = ["event_form", "device_name", "new_plan", "period_locks", "preferences", "export_dialog",
                "pdf_report_dialog", "package_export", "conflict_history", "server_connect"]


def test_every_form_is_tested() -> None:
    assert sorted(DIALOG_FORMS) == sorted(form.stem for form in ui_forms.forms())


@pytest.mark.parametrize("form", DIALOG_FORMS)
def test_each_dialog_is_built_from_its_compiled_form_and_titled_in_spanish(form: str, db, tmp_path: Path,
                                                                           qtbot) -> None:
    import importlib

    i18n.install(QCoreApplication.instance(), "es")
    dialog = _dialogs()[form](db, tmp_path)
    qtbot.addWidget(dialog)
    compiled = importlib.import_module(f"cicte_desktop.views.forms.ui_{form}")
    root = ET.parse(FORMS / f"{form}.ui").getroot()
    assert isinstance(dialog.ui, getattr(compiled, f"Ui_{root.findtext('class')}"))
    assert dialog.objectName() == root.find("widget").get("name")
    assert dialog.windowTitle() == _spanish_title(form)


def test_no_module_loads_a_form_at_run_time() -> None:
    """No QUiLoader, no QtUiTools, no .ui file named: the forms are Python by the time the app runs
    (the build tools, ui_forms and i18n_catalog, are the only readers of .ui files)."""
    found = []
    for path in sorted((ROOT / "cicte_desktop").rglob("*.py")):
        if path.name in ("ui_forms.py", "i18n_catalog.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [getattr(node, "module", None) or ""] + [alias.name for alias in node.names]
                if any("QtUiTools" in name or name in ("QUiLoader", "loadUi") for name in names):
                    found.append(f"{path.name}:{node.lineno} imports {names}")
            elif isinstance(node, ast.Name) and node.id in ("QUiLoader", "loadUiType"):
                found.append(f"{path.name}:{node.lineno} uses {node.id}")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith(".ui"):
                found.append(f"{path.name}:{node.lineno} names {node.value!r}")
    assert found == []
    # ...and the dialogs do use the compiled forms.
    for module in DIALOG_FORMS:
        source = (ROOT / "cicte_desktop" / "views" / f"{module}.py").read_text(encoding="utf-8")
        assert f"from cicte_desktop.views.forms.ui_{module} import Ui_" in source


def test_the_strings_of_the_forms_are_in_the_catalogue_under_the_forms_class() -> None:
    catalogue = i18n_catalog.scan()
    keys = catalogue.keys()
    assert ("EventForm", "Beneficiary member states") in keys
    assert ("DeviceNameDialog", "Device name") in keys
    assert not any(m.file.startswith("cicte_desktop/views/forms/") for m in catalogue.messages)
    assert not any(m.source == "error" for m in catalogue.messages)  # notr="true": a role, not words
    found = i18n_catalog.scan_form(FORMS / "event_form.ui", "ui/forms/event_form.ui")
    assert {m.context for m in found.messages} == {"EventForm"}
    assert any(m.source == "e.g. National workshop on container control — Kingston" for m in found.messages)
