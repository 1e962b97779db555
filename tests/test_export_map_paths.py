# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf with a relative OUTPUT (as in the help's example): the atlas folder is the
one the path names, once, and a failed atlas leaves no empty folder behind."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")

PLAN = {"CF111": ["well"] * 3, "CF112": ["tap"] * 2}


def _execute(algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


@pytest.fixture
def counts(cartong_provider, tmp_path):
    path, _, admin2 = admin_source()
    survey = write_survey_points(tmp_path / "survey.gpkg", PLAN)
    result = _execute(
        "cartong:countbyadmin",
        {
            "POINTS": f"{survey}|layername=survey",
            "ADMIN": f"{path}|layername={admin2}",
            "OUTPUT": str(tmp_path / "counts.gpkg"),
        },
    )
    return result["OUTPUT"]


def test_atlas_of_one_file_per_area_with_a_relative_output(counts, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    params = {"POLYGONS": counts, "ATLAS": True, "ATLAS_FILES": True, "DPI": 72, "OUTPUT": "out/map.pdf"}
    result = _execute("cartong:exportmappdf", params)
    folder = work / "out" / "map"
    assert result["OUTPUT"] == str(folder)
    names = sorted(p.name for p in folder.iterdir())
    assert [name[:6] for name in names] == ["CF111_", "CF112_"] and all(n.endswith(".pdf") for n in names)
    assert not (folder / "out").exists() and not (folder / "map").exists()


def test_single_map_with_a_relative_output(counts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _execute("cartong:exportmappdf", {"POLYGONS": counts, "DPI": 72, "OUTPUT": "single.pdf"})
    assert result["OUTPUT"] == str(tmp_path / "single.pdf") and (tmp_path / "single.pdf").stat().st_size > 0


def test_failed_atlas_leaves_no_folder_behind(counts, tmp_path, monkeypatch):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.maps import export

    def refuse(atlas):
        raise CartongError("no names today")

    monkeypatch.setattr(export, "atlas_file_names", refuse)
    monkeypatch.chdir(tmp_path)
    params = {"POLYGONS": counts, "ATLAS": True, "ATLAS_FILES": True, "DPI": 72, "OUTPUT": "new/deeper/map.pdf"}
    with pytest.raises(QgsProcessingException, match="no names today"):
        _execute("cartong:exportmappdf", params)
    assert not (tmp_path / "new").exists()
