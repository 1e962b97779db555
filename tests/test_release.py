# SPDX-License-Identifier: GPL-3.0-or-later
"""`make release`: a zip the QGIS plugin repository accepts, its changelog from CHANGELOG.md, a plugins.xml."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "tools"))
spec = importlib.util.spec_from_file_location("release", REPO / "tests" / "tools" / "release.py")
release = importlib.util.module_from_spec(spec)
spec.loader.exec_module(release)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("release")
    zip_path, xml_path = release.build_release(out, base_url="file:///srv/plugins")
    return zip_path, xml_path


def test_release_zip_passes_the_plugin_repository_rules(built):
    zip_path, _ = built
    assert release.validate(zip_path) == []


def test_release_metadata_takes_version_and_changelog_from_changelog_md(built):
    zip_path, _ = built
    version, notes = release.changelog()
    assert release.VERSION.match(version)
    assert zip_path.name == f"cartong_plugin.{version}.zip"
    with zipfile.ZipFile(zip_path) as archive:
        metadata = release.read_metadata(archive.read("cartong_plugin/metadata.txt").decode("utf-8"))
    assert metadata["version"] == version
    assert f"Version {version}:" in metadata["changelog"]
    first_bullet = next(line for line in notes.splitlines() if line.strip().startswith("-"))
    assert first_bullet.strip() in metadata["changelog"]


def test_metadata_declares_qgis_4_and_qt6():
    metadata = release.read_metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    assert metadata["supportsQt6"] == "True"
    assert metadata["qgisMaximumVersion"] == "4.99"


def test_plugins_xml_lists_the_zip_where_it_is_served(built):
    zip_path, xml_path = built
    plugin = ET.parse(xml_path).getroot().find("pyqgis_plugin")
    assert plugin.get("name") == "CartONG Toolkit"
    assert plugin.findtext("download_url") == f"file:///srv/plugins/{zip_path.name}"
    assert plugin.findtext("file_name") == zip_path.name
    assert plugin.findtext("qgis_minimum_version") == "3.22"
    assert plugin.findtext("supports_qt6") == "True"
    assert plugin.get("version") == release.changelog()[0]


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _good_entries() -> dict[str, bytes]:
    return {
        "cartong_plugin/__init__.py": b"",
        "cartong_plugin/LICENSE": (REPO / "LICENSE").read_bytes(),
        "cartong_plugin/metadata.txt": (REPO / "metadata.txt").read_bytes(),
        "cartong_plugin/resources/icons/cartong.svg": b"<svg/>",
    }


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"cartong_plugin/__pycache__/x.cpython-311.pyc": b"x"}, "not allowed in a plugin"),
        ({"cartong_plugin/lib/fast.so": b"\x7fELF"}, "not allowed in a plugin"),
        ({"other/__init__.py": b""}, "one folder"),
        ({"cartong_plugin/metadata.txt": b"[general]\nname=x\nversion=1.0\n"}, "has no qgisMinimumVersion"),
        ({"cartong_plugin/LICENSE": b"All rights reserved"}, "not the GPL"),
    ],
)
def test_validation_refuses_what_the_repository_refuses(tmp_path, change, problem):
    entries = _good_entries()
    entries.update(change)
    assert release.validate(_zip(tmp_path / "x.zip", _good_entries())) == []
    found = release.validate(_zip(tmp_path / "bad.zip", entries))
    assert any(problem in line for line in found), found


def test_conftest_reads_the_qgis_range_the_session_checks():
    from tests.conftest import metadata_qgis_range

    assert metadata_qgis_range() == ((3, 22), (4, 99))
