# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin and cartong:exportmappdf on the real CAR boundaries as they come from other
hands, with the imported sample survey: a Shapefile without its .prj (no coordinate reference system)."""

from __future__ import annotations

import sqlite3

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source

pytestmark = pytest.mark.usefixtures("collect_cycles")
gdal.UseExceptions()


def _run(algorithm_id, parameters):
    import processing

    feedback = RecordingFeedback()
    return processing.run(algorithm_id, parameters, feedback=feedback), feedback.warnings


@pytest.fixture
def sample_survey(checked_survey):
    """The bundled Kobo sample imported with its XLSForm (416 submissions), read only."""
    return checked_survey


def _admin2() -> str:
    path, _, admin2 = admin_source()
    return f"{path}|layername={admin2}"


def _counts(path, table="counts") -> dict:
    with sqlite3.connect(path) as db:
        rows = dict(db.execute(f'SELECT adm2_pcode, submissions FROM "{table}"'))
    db.close()
    return rows


def test_boundaries_without_crs_are_refused_by_name_not_counted_as_zero(cartong_provider, sample_survey, tmp_path):
    shapefile = tmp_path / "adm2_utm.shp"  # the real areas in UTM metres, their .prj lost
    gdal.VectorTranslate(str(shapefile), str(admin_source()[0]), layers=["admin2"], dstSRS="EPSG:32634")
    shapefile.with_suffix(".prj").unlink()
    survey = f"{sample_survey}|layername=survey"
    parameters = {"POINTS": survey, "ADMIN": str(shapefile), "OUTPUT": str(tmp_path / "counts.gpkg")}
    with pytest.raises(QgsProcessingException) as refused:
        _run("cartong:countbyadmin", parameters)
    assert str(refused.value) == (
        "adm2_utm.shp has no coordinate reference system, so where its features lie is unknown. Set it in the "
        "layer properties (Source), or add the .prj file beside the Shapefile."
    )
    assert not (tmp_path / "counts.gpkg").exists()

    # by P-code the count needs no location: made, and said unmappable; the map then refuses it by name
    results, warnings = _run("cartong:countbyadmin", {**parameters, "JOIN_FIELD": "admin2"})
    assert results["TOTAL"] > 400
    assert [w for w in warnings if w.startswith("adm2_utm.shp has no coordinate reference system")] == [
        "adm2_utm.shp has no coordinate reference system, so where its features lie is unknown. Set it in the "
        "layer properties (Source), or add the .prj file beside the Shapefile. The submissions were counted by "
        "their P-code, but the result cannot be mapped until it is set."
    ]
    pdf = tmp_path / "map.pdf"
    with pytest.raises(QgsProcessingException, match=r"^counts\.gpkg has no coordinate reference system") as refused:
        _run("cartong:exportmappdf", {"POLYGONS": results["OUTPUT"], "OUTPUT": str(pdf), "DPI": 72})
    assert "QgsCsException" not in str(refused.value) and not pdf.exists()
