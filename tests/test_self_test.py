"""`cicte-desktop --self-test` and the installer recipe."""

from __future__ import annotations

import io
import tomllib

import pytest

import cicte_desktop
from cicte_desktop import selftest
from tests.conftest import ROOT, run_cli


def test_self_test_passes_and_prints_one_line_per_step() -> None:
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    names = [name for name, _step in selftest.steps()]
    assert len(lines) == len(names) + 1
    for line, name in zip(lines, names):
        assert line.startswith(f"{name}: OK"), line
    assert lines[-1].startswith("Self-test passed")


def test_a_failing_step_is_reported_and_the_exit_code_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_ctx):  # noqa: ANN001, ANN202
        raise OSError("disk full")

    monkeypatch.setattr(selftest, "_export_excel", broken)
    out = io.StringIO()
    assert selftest.run(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Create and seed a database: OK")
    assert lines[2] == "Export an Excel workbook: FAILED: disk full"
    assert all("SKIPPED" in line for line in lines[3:-1])
    assert lines[-1].startswith("Self-test FAILED")


def test_self_test_leaves_the_users_data_alone(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CICTE_DATA_DIR", str(tmp_path / "mine"))
    assert selftest.run(io.StringIO()) == 0
    assert not (tmp_path / "mine").exists()
    assert str(tmp_path / "mine") == __import__("os").environ["CICTE_DATA_DIR"]


def test_the_installer_recipe_reads_its_version_from_pyproject() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert cicte_desktop.__version__ == version
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec  # onedir, not onefile
    assert "PySide6.QtWebEngineCore" in spec and "PySide6.QtMultimedia" in spec
    for folder in ("resources/seed", "resources/translations", "db/migrations", "resources/icons", "resources/map",
                   "resources/help"):
        assert folder in spec


def test_self_test_leaves_the_users_preferences_alone(tmp_path) -> None:
    import os

    config = tmp_path / "config"
    result = run_cli("--self-test", env={"XDG_CONFIG_HOME": str(config), "CICTE_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stdout + result.stderr
    written = [str(p.relative_to(config)) for p in config.rglob("*") if p.is_file()] if config.exists() else []
    assert written == [], written
    assert not (tmp_path / "data").exists()
    assert os.environ.get("XDG_CONFIG_HOME") != str(config)
