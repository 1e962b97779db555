# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf atlas of areas whose boundary is missing (NULL or empty geometry, as in a
counts layer edited by hand): no page for them, never one titled with their name showing another
place, and a warning naming each one."""

from __future__ import annotations

import re
import subprocess

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")

PLAN = {"CF111": ["well"] * 3, "CF112": ["tap"] * 2, "CF113": ["tap"] * 4, "CF121": ["river"] * 2}


def _execute(algorithm_id, parameters, feedback=None):
    import processing

    return processing.run(algorithm_id, parameters, feedback=feedback or RecordingFeedback())


@pytest.fixture
def counts_without_two_boundaries(cartong_provider, tmp_path):
    """The counts of PLAN, with CF112's geometry NULL and CF121's empty."""
    path, _, admin2 = admin_source()
    survey = write_survey_points(tmp_path / "survey.gpkg", PLAN)
    output = _execute(
        "cartong:countbyadmin",
        {
            "POINTS": f"{survey}|layername=survey",
            "ADMIN": f"{path}|layername={admin2}",
            "ADMIN_NAME": "adm2_name",
            "OUTPUT": str(tmp_path / "counts.gpkg"),
        },
    )["OUTPUT"]
    layer = QgsVectorLayer(output, "counts", "ogr")
    fids = {f["adm2_pcode"]: f.id() for f in layer.getFeatures()}
    names = {f["adm2_pcode"]: f["adm2_name"] for f in layer.getFeatures()}
    assert layer.dataProvider().changeGeometryValues(
        {fids["CF112"]: QgsGeometry(), fids["CF121"]: QgsGeometry.fromWkt("MultiPolygon EMPTY")}
    )
    del layer
    return output, names


def test_atlas_makes_no_page_for_an_area_without_boundary_and_names_it(counts_without_two_boundaries, tmp_path):
    source, names = counts_without_two_boundaries
    feedback = RecordingFeedback()
    params = {"POLYGONS": source, "ATLAS": True, "ATLAS_FILES": True, "DPI": 72, "OUTPUT": str(tmp_path / "a.pdf")}
    result = _execute("cartong:exportmappdf", params, feedback)
    assert result["PAGES"] == 2
    assert sorted(p.name[:6] for p in (tmp_path / "a").iterdir()) == ["CF111_", "CF113_"]
    for code in ("CF112", "CF121"):
        said = [w for w in feedback.warnings if w.startswith(f"{code} {names[code]} has no boundary")]
        assert len(said) == 1 and "no page was made for it" in said[0]


def test_single_file_atlas_counts_only_the_pages_made(counts_without_two_boundaries, tmp_path):
    source, _ = counts_without_two_boundaries
    result = _execute("cartong:exportmappdf", {"POLYGONS": source, "ATLAS": True, "OUTPUT": str(tmp_path / "a.pdf")})
    info = subprocess.run(["pdfinfo", result["OUTPUT"]], capture_output=True, text=True, check=True).stdout
    assert result["PAGES"] == 2 and re.search(r"^Pages:\s+2$", info, re.M)
