# SPDX-License-Identifier: GPL-3.0-or-later
"""``make package`` builds a zip that QGIS installs: one plugin folder, everything it needs, nothing else."""

from __future__ import annotations

import configparser
import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "tests" / "tools" / "package_plugin.py"


def _load_tool():
    spec = importlib.util.spec_from_file_location("package_plugin", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


package_plugin = _load_tool()


def _build(output: Path) -> Path:
    run = subprocess.run(
        [sys.executable, str(TOOL), "--output", str(output)], capture_output=True, text=True, timeout=300, cwd=REPO
    )
    assert run.returncode == 0, run.stderr
    return output


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return _build(tmp_path_factory.mktemp("dist") / "cartong_plugin.zip")


@pytest.fixture(scope="module")
def names(plugin_zip) -> list[str]:
    with zipfile.ZipFile(plugin_zip) as archive:
        return archive.namelist()


def test_zip_holds_one_plugin_folder(names):
    assert {name.split("/")[0] for name in names} == {"cartong_plugin"}


def test_zip_holds_code_metadata_licence_resources_and_translations(names):
    for required in (
        "cartong_plugin/__init__.py",
        "cartong_plugin/plugin.py",
        "cartong_plugin/metadata.txt",
        "cartong_plugin/LICENSE",
        "cartong_plugin/processing/provider.py",
        "cartong_plugin/resources/icons/cartong.svg",
        "cartong_plugin/i18n/cartong_fr.qm",
    ):
        assert required in names
    shipped_resources = {n for n in names if n.startswith("cartong_plugin/resources/") and not n.endswith("/")}
    expected = {
        f"cartong_plugin/{rel}" for rel in package_plugin._tree(REPO, REPO / "resources") if not rel.endswith(".py")
    }
    assert shipped_resources == expected


def test_zip_leaves_out_bytecode_tests_and_sources_of_translations(names):
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts")) or "/tests/" in n]
    assert not [n for n in names if n.startswith("cartong_plugin/i18n/") and n.endswith(".py")]


def test_metadata_icon_is_inside_the_zip(plugin_zip, names):
    with zipfile.ZipFile(plugin_zip) as archive:
        metadata = configparser.ConfigParser(interpolation=None)
        metadata.read_string(archive.read("cartong_plugin/metadata.txt").decode("utf-8"))
    assert f"cartong_plugin/{metadata['general']['icon']}" in names
    assert metadata["general"]["qgisMinimumVersion"] == "3.22"


def test_two_builds_are_byte_identical(plugin_zip, tmp_path):
    again = _build(tmp_path / "again.zip")
    assert again.read_bytes() == plugin_zip.read_bytes()
    with zipfile.ZipFile(again) as archive:
        assert {info.date_time for info in archive.infolist()} == {package_plugin.FIXED_TIME}
        assert archive.namelist() == sorted(archive.namelist())


def test_installed_plugin_finds_its_bundled_resources_and_translations(plugin_zip, tmp_path):
    """Unzipped as Plugins > Install from ZIP does, core/base/paths.py must point inside the plugin folder."""
    plugins = tmp_path / "python" / "plugins"
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    code = (
        "from cartong_plugin.core.base import paths; "
        "print(paths.resources_dir()); print(paths.i18n_dir()); print(paths.icon_path())"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"PYTHONPATH": str(plugins), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    resources, i18n, icon = run.stdout.split()
    assert Path(resources) == plugins / "cartong_plugin" / "resources"
    assert Path(i18n) == plugins / "cartong_plugin" / "i18n"
    assert Path(icon).is_file()


def test_bench_outputs_litter_and_tests_are_excluded(tmp_path):
    repo = tmp_path / "repo"
    for rel in (
        "cartong_plugin/__init__.py",
        "cartong_plugin/core/x.py",
        "cartong_plugin/__pycache__/x.pyc",
        "cartong_plugin/tests/test_x.py",
        "resources/icons/a.svg",
        "resources/bench/big.gpkg",
        "resources/sample/.DS_Store",
        "resources/sample/~$form.xlsx",
        "resources/sample/form.xlsx",
        "resources/sample/generate_sample.py",
        "i18n/cartong_fr.ts",
        "i18n/cartong_fr.qm",
        "i18n/build_qm.py",
        "metadata.txt",
        "LICENSE",
    ):
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_bytes(b"x")
    assert sorted(package_plugin.plugin_files(repo)) == [
        "cartong_plugin/LICENSE",
        "cartong_plugin/__init__.py",
        "cartong_plugin/core/x.py",
        "cartong_plugin/i18n/cartong_fr.qm",
        "cartong_plugin/metadata.txt",
        "cartong_plugin/resources/icons/a.svg",
        "cartong_plugin/resources/sample/form.xlsx",
    ]
