# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:preparefieldpackage: one folder and one zip that open on another computer with no network."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import REPO, SAMPLE_ADMIN, RecordingFeedback, closed_port, files_under, import_sample
from tests.servers.tile_server import TileServer

OPEN_OFFLINE = REPO / "tests" / "tools" / "open_project_offline.py"
_PROVIDERS = []


def _run(parameters, feedback=None):
    import processing

    return processing.run("cartong:preparefieldpackage", parameters, feedback=feedback or RecordingFeedback())


def _fingerprints(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("inputs")
    import_sample(folder / "household.gpkg")
    shutil.copy(SAMPLE_ADMIN, folder / "boundaries.gpkg")
    return folder


def _params(inputs: Path, output: Path, source: str = "", **extra):
    params = {
        "SURVEYS": [str(inputs / "household.gpkg")],
        "BOUNDARIES": str(inputs / "boundaries.gpkg"),
        "SOURCE": source,
        "ZOOM_MIN": 5,
        "ZOOM_MAX": 7,
        "MAX_TILES": 5000,
        "LANGUAGE": "fr",
        "NAME": "caf_field",
        "OUTPUT": str(output),
    }
    params.update(extra)
    return params


def _anonymize_setting():
    """QGIS's setting that leaves the account's names out of saved projects: (set?, value)."""
    from qgis.core import QgsSettings

    settings, key = QgsSettings(), "projects/anonymize_saved_projects"
    section = QgsSettings.Section.Core
    return settings.contains(key, section), settings.value(key, None, section=section)


@pytest.fixture(scope="module")
def package(inputs, tmp_path_factory, qgis_processing):
    from qgis.core import QgsApplication

    from cartong_plugin.processing.provider import CartongProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("cartong") is None:
        provider = CartongProvider()
        registry.addProvider(provider)
        _PROVIDERS.append(provider)  # keep the Python side alive
    before = _fingerprints(inputs)
    anonymize = _anonymize_setting()
    output = tmp_path_factory.mktemp("out") / "package"
    server = TileServer(lifetime=120).start()
    started_in, elsewhere = os.getcwd(), tmp_path_factory.mktemp("current_folder")
    os.chdir(elsewhere)  # QGIS's current folder: the user's home, or wherever QGIS was started
    try:
        result = _run(_params(inputs, output, server.url))
    finally:
        os.chdir(started_in)
        server.stop()
    assert _fingerprints(inputs) == before  # inputs only read, nothing written beside them
    result["_CURRENT_FOLDER"] = elsewhere
    result["_ANONYMIZE"] = (anonymize, _anonymize_setting())
    return result


def test_nothing_is_written_in_the_current_folder(package):
    # GDAL kept the basemap's statistics in ' - zoom_level=5.aux.xml' there, outside the chosen folder
    assert os.listdir(package["_CURRENT_FOLDER"]) == []


def test_package_is_one_folder_and_one_zip_in_the_output_folder(package):
    output = Path(package["OUTPUT"])
    assert sorted(os.listdir(output)) == ["caf_field", "caf_field.zip"]
    assert package["FOLDER"] == str(output / "caf_field") and package["ZIP"] == str(output / "caf_field.zip")
    with zipfile.ZipFile(package["ZIP"]) as archive:
        assert zipfile.ZipFile.testzip(archive) is None
        names = {n.removeprefix("caf_field/") for n in archive.namelist()}
    assert names == {p for p in files_under(Path(package["FOLDER"])) if (Path(package["FOLDER"]) / p).is_file()}


def test_package_holds_project_data_basemap_styles_layouts_help_and_catalogue(package):
    files = files_under(Path(package["FOLDER"]))
    assert {
        "caf_field.qgz",
        "data/household.gpkg",
        "data/admin_boundaries.gpkg",
        "basemap/basemap.mbtiles",
        "styles/household.qml",
        "styles/admin1.qml",
        "layouts/a4_landscape.qpt",
        "help/fr/index.html",
        "help/help.css",
        "help/catalogue.json",
        "manifest.json",
    } <= files
    assert not any(name.startswith("help/en") for name in files)  # the user's language only
    assert package["BASEMAP_KIND"] == "mbtiles" and package["MISSING_ATTACHMENTS"] == 0


def test_manifest_gives_size_and_sha256_of_every_file(package):
    from cartong_plugin.core.field.package import verify_manifest

    folder = Path(package["FOLDER"])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["path"]: entry for entry in manifest["files"]}
    on_disk = {p for p in files_under(folder) if (folder / p).is_file()} - {"manifest.json"}
    assert set(listed) == on_disk
    gpkg = listed["data/household.gpkg"]
    assert gpkg["size"] == (folder / "data/household.gpkg").stat().st_size
    assert gpkg["sha256"] == hashlib.sha256((folder / "data/household.gpkg").read_bytes()).hexdigest()
    assert package["FILES"] == len(listed) and package["BYTES"] == sum(e["size"] for e in listed.values())
    with sqlite3.connect(folder / "basemap" / "basemap.mbtiles") as db:
        stored = db.execute("SELECT COUNT(*) FROM tiles").fetchone()[0]
    assert manifest["basemap"]["kind"] == "mbtiles" and manifest["basemap"]["tiles"] == stored > 0
    assert verify_manifest(folder) == []


def test_project_stores_relative_paths_only(package):
    with zipfile.ZipFile(Path(package["FOLDER"]) / "caf_field.qgz") as qgz:
        text = qgz.read(next(n for n in qgz.namelist() if n.endswith(".qgs"))).decode("utf-8")
    assert "./data/household.gpkg|layername=survey" in text and "./basemap/basemap.mbtiles" in text
    assert str(Path(package["OUTPUT"]).parent) not in text and "/tmp/" not in text


def test_project_carries_no_account_name(package):
    """Neither as the metadata's author nor as the last saver (attack 13b, finding 7)."""
    import xml.etree.ElementTree as ET

    with zipfile.ZipFile(Path(package["FOLDER"]) / "caf_field.qgz") as qgz:
        root = ET.fromstring(qgz.read(next(n for n in qgz.namelist() if n.endswith(".qgs"))))
    assert [author.text or "" for author in root.iter("author")] == [""]
    assert "saveUser" not in root.attrib and "saveUserFull" not in root.attrib
    before, after = package["_ANONYMIZE"]
    assert after == before  # the setting that leaves them out is the user's again


def test_unzipped_and_moved_package_opens_offline_and_renders_the_basemap(package, tmp_path):
    with zipfile.ZipFile(package["ZIP"]) as archive:
        archive.extractall(tmp_path / "unzipped")
    laptop = tmp_path / "partner laptop" / "Documents"
    laptop.parent.mkdir()
    shutil.move(str(tmp_path / "unzipped"), str(laptop))
    project = laptop / "caf_field" / "caf_field.qgz"
    home = tmp_path / "home"
    home.mkdir()
    port = closed_port()
    proxy = f"http://127.0.0.1:{port}"
    env = dict(
        os.environ,
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        http_proxy=proxy,
        https_proxy=proxy,
        HTTP_PROXY=proxy,
        HTTPS_PROXY=proxy,
        no_proxy="",
        XDG_RUNTIME_DIR=str(home),
    )
    png = tmp_path / "offline_map.png"
    run = subprocess.run(
        [sys.executable, str(OPEN_OFFLINE), str(project), str(png), str(port)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["layers"] and all(report["layers"].values()), report["layers"]
    assert set(report["layers"]) >= {"household", "admin1", "admin2", "Offline basemap"}
    assert all(str(laptop) in source for source in report["sources"])  # read from where it was moved to
    assert report["colours"] > 20 and report["painted"] > 0.5  # the basemap's tiles fill the map
    if os.environ.get("CARTONG_KEEP_RENDER"):
        shutil.copy(png, os.environ["CARTONG_KEEP_RENDER"])


def test_output_folder_that_is_not_empty_is_refused_untouched(cartong_provider, inputs, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=f"The output folder {tmp_path} is not empty"):
        _run(_params(inputs, tmp_path))
    assert files_under(tmp_path) == {"notes.txt"}


def test_cancel_leaves_the_new_output_folder_absent(cartong_provider, inputs, tmp_path):
    feedback = RecordingFeedback(cancel_at=1)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        _run(_params(inputs, tmp_path / "package"), feedback)
    assert files_under(tmp_path) == set()


def test_without_basemap_source_the_vector_background_is_packaged_and_said(cartong_provider, inputs, tmp_path):
    feedback = RecordingFeedback()
    result = _run(_params(inputs, tmp_path / "package"), feedback)
    assert result["BASEMAP_KIND"] == "vector"
    assert "basemap/background.gpkg" in files_under(Path(result["FOLDER"]))
    assert any("vector map of the countries" in w for w in feedback.warnings)


def test_no_call_of_the_run_is_deprecated_by_qgis(cartong_provider, inputs, tmp_path):
    """QGIS 3.40 printed "DeprecationWarning: QgsRectangle.setMinimal() is deprecated" into the run's log, with the
    plugin's install path: a call removed in QGIS 4 (attack8-ltr finding 8)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _run(_params(inputs, tmp_path / "package"))
    said = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert [text for text in said if text.startswith("Qgs")] == []


def test_project_gives_each_new_submission_its_own_uuid(package):
    """A household added in QField gets a _uuid (the merge's identity: two laptops' new rows share row
    numbers); an edited one keeps its own (review 18, item 1)."""
    import xml.etree.ElementTree as ET

    from qgis.core import QgsExpression, QgsExpressionContext

    with zipfile.ZipFile(Path(package["FOLDER"]) / "caf_field.qgz") as qgz:
        root = ET.fromstring(qgz.read(next(n for n in qgz.namelist() if n.endswith(".qgs"))))
    defaults = [
        (layer.findtext("layername"), item.get("expression"), item.get("applyOnUpdate"))
        for layer in root.iter("maplayer")
        for item in layer.iter("default")
        if item.get("field") == "_uuid"
    ]
    assert [update for _name, _expression, update in defaults] == ["0"]  # the survey layer only, not on update
    made = {QgsExpression(defaults[0][1]).evaluate(QgsExpressionContext()) for _ in range(2)}
    assert len(made) == 2 and all(re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", m) for m in made)
