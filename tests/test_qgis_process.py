# SPDX-License-Identifier: GPL-3.0-or-later
"""Headless use of the packaged plugin through ``qgis_process``, with a throw-away profile.

qgis_process loads a Python plugin only when the plugin declares ``hasProcessingProvider=yes`` and is
enabled in the profile's settings (``qgis_process plugins enable NAME`` writes PythonPlugins/NAME=true
to $HOME/.local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini). It finds plugins in the profile's
python/plugins folder and in every folder of QGIS_PLUGINPATH. HOME points to a temporary folder here,
so the user's real profile is never read or written.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cartong_plugin.processing.provider import ALGORITHMS

REPO = Path(__file__).resolve().parent.parent
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")

pytestmark = [pytest.mark.slow, pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("dist") / "cartong_plugin.zip"
    subprocess.run(
        [sys.executable, str(REPO / "tests" / "tools" / "package_plugin.py"), "--output", str(output)],
        check=True,
        cwd=REPO,
        timeout=300,
        capture_output=True,
    )
    return output


class Profile:
    """A fresh HOME with the zip unpacked either into the profile or into a QGIS_PLUGINPATH folder."""

    def __init__(self, root: Path, plugin_zip: Path, where: str):
        self.home = root / "home"
        self.profile = self.home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"PYTHONPATH", "QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH", "PYQGIS_STARTUP"}
        }
        runtime = root / "runtime"
        runtime.mkdir(mode=0o700)
        self.env.update(HOME=str(self.home), XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen")
        if where == "profile":
            plugins = self.profile / "python" / "plugins"
        else:
            plugins = root / "plugin-path"
            self.env["QGIS_PLUGINPATH"] = str(plugins)
        plugins.mkdir(parents=True)
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(plugins)
        self.cwd = root

    def run(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            [QGIS_PROCESS, *args], capture_output=True, text=True, timeout=timeout, env=self.env, cwd=self.cwd
        )

    def providers(self) -> dict:
        listing = self.run("--json", "list")
        assert listing.returncode == 0, listing.stderr
        return json.loads(listing.stdout)["providers"]


@pytest.fixture(scope="module")
def enabled_profile(plugin_zip, tmp_path_factory) -> Profile:
    profile = Profile(tmp_path_factory.mktemp("qgis-process"), plugin_zip, "profile")
    enabled = profile.run("plugins", "enable", "cartong_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return profile


def test_installed_plugin_is_not_loaded_until_enabled(plugin_zip, tmp_path):
    profile = Profile(tmp_path, plugin_zip, "profile")
    plugins = profile.run("plugins")
    assert plugins.returncode == 0, plugins.stderr
    assert "  cartong_plugin" in plugins.stdout  # listed, without the "*" of a loaded provider
    assert "cartong" not in profile.providers()


@pytest.mark.parametrize("where", ["profile", "QGIS_PLUGINPATH"])
def test_plugins_enable_lists_every_cartong_algorithm(plugin_zip, tmp_path, where):
    profile = Profile(tmp_path, plugin_zip, where)
    enabled = profile.run("plugins", "enable", "cartong_plugin")
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    assert "* cartong_plugin" in enabled.stdout
    settings = (profile.profile / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
    assert "cartong_plugin=true" in settings
    algorithms = profile.providers()["cartong"]["algorithms"]
    assert all(name.startswith("cartong:") for name in algorithms)
    assert len(algorithms) == len(ALGORITHMS)


def _data_rows(csv_path: Path) -> int:
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle, delimiter=";")) - 1


@pytest.fixture(scope="module")
def imported_survey(enabled_profile, tmp_path_factory, sample_dir) -> Path:
    if "cartong:importsurvey" not in enabled_profile.providers()["cartong"]["algorithms"]:
        pytest.skip("cartong:importsurvey is not registered yet")
    helped = enabled_profile.run("--json", "help", "cartong:importsurvey")
    parameters = json.loads(helped.stdout)["parameters"]
    output = tmp_path_factory.mktemp("import") / "survey.gpkg"
    values = {
        "DATA": sample_dir / "household_survey_kobo.csv",
        "FORM": sample_dir / "household_survey_form.xlsx",
        "LANGUAGE": "English (en)",
        "OUTPUT": output,
    }
    args = [f"{name}={value}" for name, value in values.items() if name in parameters]
    run = enabled_profile.run("--json", "run", "cartong:importsurvey", "--", *args, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return output


def test_importsurvey_runs_headless_and_keeps_every_raw_row(imported_survey, sample_dir):
    from osgeo import ogr

    source = ogr.Open(str(imported_survey))
    raw = source.GetLayerByName("raw_survey")
    assert raw is not None
    assert raw.GetFeatureCount() == _data_rows(sample_dir / "household_survey_kobo.csv")
    assert source.GetLayerByName("survey").GetFeatureCount() == raw.GetFeatureCount()


def test_exportforsharing_headless_without_a_key_removes_the_identifiers_it_would_pseudonymise(
    enabled_profile, imported_survey, tmp_path
):
    """No master password can be asked without a desktop: staff, device and account ids, which the
    wizard pseudonymises, are removed rather than shared in clear, and the run says how to keep them."""
    output = tmp_path / "shared.csv"
    run = enabled_profile.run(
        "--json", "run", "cartong:exportforsharing", "--", f"INPUT={imported_survey}|layername=survey",
        f"OUTPUT={output}", timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    header = output.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert "deviceid" not in header and "enumerator" not in header and "village" in header
    assert "a run without the QGIS window cannot open your default key" in run.stdout + run.stderr


@pytest.fixture(scope="module")
def sample_points(tmp_path_factory, sample_dir) -> Path:
    """The sample submissions as a point GeoPackage, made by GDAL alone (independent of the import)."""
    from osgeo import gdal

    output = tmp_path_factory.mktemp("points") / "points.gpkg"
    # open options belong to the opening: given to VectorTranslate they were ignored (a table, no points)
    source = gdal.OpenEx(
        str(sample_dir / "household_survey_kobo.csv"),
        gdal.OF_VECTOR,
        open_options=["X_POSSIBLE_NAMES=_location_longitude", "Y_POSSIBLE_NAMES=_location_latitude"],
    )
    options = gdal.VectorTranslateOptions(format="GPKG", layerName="survey", dstSRS="EPSG:4326", srcSRS="EPSG:4326")
    assert gdal.VectorTranslate(str(output), source, options=options)
    source = None
    return output


def test_countbyadmin_runs_headless_and_accounts_for_every_submission(
    enabled_profile, sample_points, sample_dir, tmp_path
):
    output = tmp_path / "counts.gpkg"
    run = enabled_profile.run(
        "--json",
        "run",
        "cartong:countbyadmin",
        "--",
        f"POINTS={sample_points}|layername=survey",
        f"ADMIN={sample_dir / 'admin_boundaries.gpkg'}|layername=admin2",
        "ADMIN_CODE=adm2_pcode",
        "ADMIN_NAME=adm2_name",
        f"OUTPUT={output}",
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout)["results"]
    rows = _data_rows(sample_dir / "household_survey_kobo.csv")
    assert results["TOTAL"] + results["OUTSIDE"] + results["NO_LOCATION"] == rows
    assert results["TOTAL"] > rows * 0.9  # placed in their areas, not all "without location"
    from osgeo import ogr

    dataset = ogr.Open(str(output))  # keep a reference: a layer outliving its dataset crashes GDAL
    counts = dataset.GetLayer(0)
    assert sum(feature.GetField("submissions") for feature in counts) == results["TOTAL"]


def test_countbyadmin_headless_refuses_to_write_over_its_points(enabled_profile, sample_points, sample_dir, tmp_path):
    """Issue #13 as found: OUTPUT = the POINTS GeoPackage would leave only the counts in it."""
    import hashlib

    points = tmp_path / "points.gpkg"
    shutil.copyfile(sample_points, points)
    before = hashlib.sha256(points.read_bytes()).hexdigest()
    run = enabled_profile.run(
        "--json",
        "run",
        "cartong:countbyadmin",
        "--",
        f"POINTS={points}|layername=survey",
        f"ADMIN={sample_dir / 'admin_boundaries.gpkg'}|layername=admin2",
        f"OUTPUT={points}",
        timeout=600,
    )
    assert run.returncode != 0
    assert 'that the input "Survey submissions" is read from' in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert hashlib.sha256(points.read_bytes()).hexdigest() == before


def test_importsurvey_headless_counts_real_hxl_and_flattened_exports_right(enabled_profile, real_data_dir, tmp_path):
    """Real files written by others: an HXL table (group header, header, hashtag row) and a Kobo CSV whose
    repeats are flattened into columns. The hashtag rows are not submissions; the repeat items are rows."""
    import sqlite3

    hxl = real_data_dir / "HXLStandard+libhxl-python/tests/files/test_io/input-valid.csv"
    nested = real_data_dir / "kobotoolbox+kobocat/onadata/apps/viewer/tests/fixtures/nested_repeats/nested_repeats.csv"
    outputs = {}
    for name, source in (("hxl", hxl), ("nested", nested)):
        outputs[name] = tmp_path / f"{name}.gpkg"
        run = enabled_profile.run(
            "--json", "run", "cartong:importsurvey", "--", f"DATA={source}", f"OUTPUT={outputs[name]}", timeout=600
        )
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
        outputs[name] = (outputs[name], json.loads(run.stdout)["results"])
    with open(hxl, encoding="utf-8", newline="") as handle:
        assert outputs["hxl"][1]["ROWS"] == len(list(csv.reader(handle))) - 3 == 4
    with sqlite3.connect(str(outputs["hxl"][0])) as db:
        assert db.execute("SELECT count(*) FROM raw_survey").fetchone()[0] == 4
        assert db.execute("SELECT hxl_tag FROM cartong_columns WHERE column_name = 'Hombres'").fetchone() == (
            "#targeted+f",
        )
    assert outputs["nested"][1]["ROWS"] == 2
    with sqlite3.connect(str(outputs["nested"][0])) as db:
        assert db.execute("SELECT count(*) FROM kids_details").fetchone()[0] == 5
        assert db.execute("SELECT count(*) FROM kids_immunization").fetchone()[0] == 11


def test_importsurvey_and_runchecks_headless_into_postgis(enabled_profile, postgis, sample_dir, tmp_path):
    """The survey imported straight into a PostGIS schema, then checked from its PostGIS layer, by qgis_process."""
    from tests.checks_sample import PERIOD

    run = enabled_profile.run(
        "--json",
        "run",
        "cartong:importsurvey",
        "--",
        f"DATA={sample_dir / 'household_survey_kobo.csv'}",
        f"FORM={sample_dir / 'household_survey_form.xlsx'}",
        f"OUTPUT={tmp_path / 'survey.gpkg'}",
        f"POSTGIS_CONNECTION={postgis.conninfo()}",
        "POSTGIS_SCHEMA=headless_survey",
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout)["results"]
    assert results["POSTGIS_SCHEMA"] == "headless_survey"
    assert (
        postgis.sql("SELECT count(*) FROM headless_survey.raw_survey")
        == str(results["ROWS"])
        == str(_data_rows(sample_dir / "household_survey_kobo.csv"))
    )
    layer = f'postgres://{postgis.conninfo()} key=\'fid\' srid=4326 type=Point table="headless_survey"."survey" (geom)'
    run = enabled_profile.run(
        "--json",
        "run",
        "cartong:runchecks",
        "--",
        f"INPUT={layer}",
        f"FORM={sample_dir / 'household_survey_form.xlsx'}",
        f"ADMIN={sample_dir / 'admin_boundaries.gpkg'}|layername=admin2",
        f"PERIOD_START={PERIOD[0]}",
        f"PERIOD_END={PERIOD[1]}",
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    entries = json.loads(run.stdout)["results"]["ENTRIES"]
    assert entries > 0 and postgis.sql("SELECT count(*) FROM headless_survey.cleaning_log") == str(entries)
