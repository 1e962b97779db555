# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped Processing model survey → map: rebuilt by its generator, and run headless on the sample."""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_qgis_process import QGIS_PROCESS, Profile, plugin_zip  # noqa: F401 (fixture)

REPO = Path(__file__).resolve().parent.parent
MODEL = REPO / "resources" / "models" / "survey_to_map.model3"
spec = importlib.util.spec_from_file_location("make_model", REPO / "tests" / "tools" / "make_model.py")
make_model = importlib.util.module_from_spec(spec)
sys.modules["make_model"] = make_model
spec.loader.exec_module(make_model)


def _as_written_by_qgis_3_22(text: str) -> str:
    """The model text without what QGIS >= 3.28 adds on its own: an internal version, output order and
    group, and an output named after its description ("map_file") with metadata, where 3.22 writes
    "map:MAP" (a file without internal version, like the committed one, keeps "map:MAP" on every
    release)."""
    text = re.sub(r'\n *<Option name="(internal_version|outputGroup)" type="QString" value="[^"]*" />', "", text)
    text = re.sub(r'\n *<Option name="outputOrder" />', "", text)
    text = re.sub(
        r'<Option name="metadata" type="Map">(\n *<Option name="_modelChild[^>]*/>)+\n *</Option>',
        '<Option name="metadata" />',
        text,
    )
    return text.replace('"map_file"', '"map:MAP"')


def test_committed_model_is_what_make_model_writes(cartong_provider):
    written = make_model.model_text()
    assert MODEL.read_text(encoding="utf-8") == _as_written_by_qgis_3_22(written), "run tests/tools/make_model.py"


def test_every_input_of_the_model_says_what_to_give(cartong_provider):
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    assert [c.childId() for c in sorted(model.childAlgorithms().values(), key=lambda c: c.position().x())] == [
        "import",
        "checks",
        "counts",
        "map",
    ]
    silent = [p.name() for p in model.parameterDefinitions() if not p.help().strip()]
    assert silent == []


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.slow
@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_survey_to_map_model_runs_headless_on_the_sample(plugin_zip, sample_dir, tmp_path):  # noqa: F811
    from osgeo import ogr

    profile = Profile(tmp_path, plugin_zip, "profile")
    assert profile.run("plugins", "enable", "cartong_plugin").returncode == 0
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name in ("household_survey_kobo.csv", "household_survey_form.xlsx", "admin_boundaries.gpkg"):
        shutil.copy(sample_dir / name, inputs / name)
    before = _fingerprint(inputs)
    profile.cwd = inputs
    out = tmp_path / "out"
    out.mkdir()
    run = profile.run(
        "run",
        str(MODEL),
        "--",
        "DATA=household_survey_kobo.csv",
        "FORM=household_survey_form.xlsx",
        "ADMIN=admin_boundaries.gpkg|layername=admin2",
        f"SURVEY={out / 'household_survey.gpkg'}",
        "TITLE=Household survey, training sample",
        f"map:MAP={out / 'household_survey_map.pdf'}",
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert _fingerprint(inputs) == before, "the model changed its inputs"

    survey = ogr.Open(str(out / "household_survey.gpkg"))  # kept referenced while its layers are read
    raw_rows = survey.GetLayerByName("raw_survey").GetFeatureCount()
    assert raw_rows == survey.GetLayerByName("survey").GetFeatureCount() > 0
    assert survey.GetLayerByName("cleaning_log").GetFeatureCount() > 0
    # each point inside an admin area is counted once, in its area (an oracle of its own: OGR's Within)
    boundaries = ogr.Open(str(inputs / "admin_boundaries.gpkg"))
    areas = [(f.GetField("adm2_pcode"), f.GetGeometryRef().Clone()) for f in boundaries.GetLayerByName("admin2")]
    expected: dict[str, int] = {}
    for point in survey.GetLayerByName("survey"):
        geometry = point.GetGeometryRef()
        inside = [code for code, area in areas if geometry is not None and geometry.Within(area)]
        if inside:
            expected[inside[0]] = expected.get(inside[0], 0) + 1
    counted = {
        f.GetField("adm2_pcode"): f.GetField("submissions")
        for f in survey.GetLayerByName(make_model.COUNTS_TABLE)
        if f.GetField("submissions")
    }
    assert counted == expected
    pdf = out / "household_survey_map.pdf"
    assert pdf.read_bytes()[:4] == b"%PDF"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Household survey, training sample" in text
