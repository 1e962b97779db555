# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf atlas cancelled half-way: it says it was cancelled and nothing was written (as
cartong:countbyadmin does), not that the folder may be read-only or the disk full, and leaves no file
behind."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")

PLAN = {"CF111": ["well"] * 3, "CF112": ["tap"] * 2, "CF113": ["tap"] * 4, "CF121": ["river"] * 2}


@pytest.fixture
def counts(cartong_provider, tmp_path):
    import processing

    path, _, admin2 = admin_source()
    survey = write_survey_points(tmp_path / "survey.gpkg", PLAN)
    parameters = {
        "POINTS": f"{survey}|layername=survey",
        "ADMIN": f"{path}|layername={admin2}",
        "OUTPUT": str(tmp_path / "counts.gpkg"),
    }
    return processing.run("cartong:countbyadmin", parameters, feedback=RecordingFeedback())["OUTPUT"]


@pytest.mark.parametrize("one_file_per_area", [False, True])
def test_a_cancelled_atlas_says_so_and_writes_nothing(counts, tmp_path, one_file_per_area):
    import processing

    output = tmp_path / "out" / "atlas.pdf"
    parameters = {"POLYGONS": counts, "ATLAS": True, "ATLAS_FILES": one_file_per_area, "DPI": 72, "OUTPUT": str(output)}
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("cartong:exportmappdf", parameters, feedback=RecordingFeedback(cancel_at=40))
    assert str(raised.value) == "Cancelled: the atlas was not written."
    assert not output.exists() and not [p for p in tmp_path.joinpath("out").rglob("*") if p.is_file()]
