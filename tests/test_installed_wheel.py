"""The app works from a wheel installed with pip (not editable), far from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.conftest import ROOT, run_cli


def test_wheel_installed_in_a_fresh_venv_prints_the_plan(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    (wheel,) = wheels.glob("cicte_desktop-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True, capture_output=True, text=True, timeout=600,
    )
    # Dependencies come from the test environment (no network needed); the app itself only
    # from the wheel: a path line in a .pth file does not pull in the checkout's editable hook.
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    located = subprocess.run([str(python), "-c", "import cicte_desktop.paths as p; print(p.__file__); "
                              "print(p.resource_path('resources', 'seed', 'workplan_2016.json')); "
                              "print(p.resource_path('db', 'migrations')); "
                              "print(p.resource_path('resources', 'fonts', 'DejaVuSans.ttf')); "
                              "print(p.resource_path('ui', 'style.qss')); print(p.resource_path('ui', 'icons', 'pdf.svg')); "
                              "print(p.resource_path('resources', 'help', 'es', 'excel.md')); "
                              "print(p.resource_path('resources', 'help', 'images', 'pt', 'main-window.png'))"],
                             check=True, capture_output=True, text=True, cwd=elsewhere, env=env).stdout.split()
    assert all(line.startswith(str(venv)) for line in located), located

    result = subprocess.run([str(venv / "bin" / "cicte-desktop"), "--db", str(elsewhere / "w.sqlite"), "plan", "--json"],
                            capture_output=True, text=True, cwd=elsewhere, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    from_checkout = run_cli("--db", str(tmp_path / "c.sqlite"), "plan", "--json")
    assert json.loads(result.stdout) == json.loads(from_checkout.stdout)
    assert len(json.loads(result.stdout)["work_areas"]) == 5
    # The compiled translations travel in the wheel too.
    spanish = subprocess.run([str(venv / "bin" / "cicte-desktop"), "--db", str(elsewhere / "w.sqlite"), "--lang", "es",
                              "plan"], capture_output=True, text=True, cwd=elsewhere, env=env, timeout=300)
    assert spanish.returncode == 0, spanish.stderr
    assert "Plan de Trabajo 2016" in spanish.stdout and "1. Controles Fronterizos" in spanish.stdout
    # The Qt Designer forms travel compiled (they are not in git): the event form and a dialog build.
    forms = subprocess.run([str(python), "-c", "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
                            "import cicte_desktop.views.forms.ui_event_form as f; print(f.__file__); "
                            "from cicte_desktop.views.device_name import DeviceNameDialog; "
                            "dialog = DeviceNameDialog('x', first_run=False); print(dialog.ui.deviceName.text())"],
                           capture_output=True, text=True, cwd=elsewhere, env={**env, "QT_QPA_PLATFORM": "offscreen"},
                           timeout=300)
    assert forms.returncode == 0, forms.stderr
    assert forms.stdout.split()[0].startswith(str(venv)) and forms.stdout.split()[1] == "x"
