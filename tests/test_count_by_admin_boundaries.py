# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin and cartong:exportmappdf on the real CAR boundaries as they come from other
hands, with the imported sample survey: a Shapefile without its .prj (no coordinate reference system),
areas without boundary (empty or NULL geometry), and submissions right on a border two areas share."""

from __future__ import annotations

import shutil
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


def test_areas_without_boundary_are_named_with_their_submissions_said_outside(
    cartong_provider, sample_survey, tmp_path
):
    edited = tmp_path / "admin_edited.gpkg"
    gdal.VectorTranslate(str(edited), str(admin_source()[0]), layers=["admin2"])
    dataset = ogr.Open(str(edited), 1)
    layer = dataset.GetLayer(0)
    for feature in layer:
        if feature["adm2_pcode"] == "CF112":  # Damara: an empty polygon (a disputed area shipped so)
            feature.SetGeometryDirectly(ogr.Geometry(ogr.wkbMultiPolygon))
            layer.SetFeature(feature)
        elif feature["adm2_pcode"] == "CF222":  # Baoro: no geometry at all
            feature.SetGeometryDirectly(None)
            layer.SetFeature(feature)
    dataset = None
    survey = f"{sample_survey}|layername=survey"
    whole, _ = _run("cartong:countbyadmin", {"POINTS": survey, "ADMIN": _admin2(), "OUTPUT": str(tmp_path / "a.gpkg")})
    results, warnings = _run(
        "cartong:countbyadmin", {"POINTS": survey, "ADMIN": str(edited), "OUTPUT": str(tmp_path / "b.gpkg")}
    )
    before, after = _counts(tmp_path / "a.gpkg", "a"), _counts(tmp_path / "b.gpkg", "b")
    lost = before["CF112"] + before["CF222"]
    assert lost > 0 and after["CF112"] == after["CF222"] == 0
    assert results["OUTSIDE"] == whole["OUTSIDE"] + lost
    assert (
        "2 areas of admin_edited have no boundary (their geometry is empty): CF112 Damara, CF222 Baoro. No "
        "submission can be placed in them by location: their submissions are counted outside every area. Give "
        "them their boundaries, or count by the P-code of the submissions." in warnings
    )


def _border_vertex() -> tuple[float, float]:
    """A vertex of the border the real CF111 (Bimbo) and CF112 (Damara) share."""
    dataset = ogr.Open(str(admin_source()[0]))
    areas = {f["adm2_pcode"]: f.GetGeometryRef().Clone() for f in dataset.GetLayerByName("admin2")}
    shared = areas["CF111"].Intersection(areas["CF112"])
    line = shared.GetGeometryRef(0) if shared.GetGeometryCount() else shared
    return line.GetPoint_2D(line.GetPointCount() // 2)


def test_submissions_on_a_shared_border_are_counted_by_pcode_and_not_called_an_overlap(
    cartong_provider, sample_survey, tmp_path
):
    survey = tmp_path / "survey.gpkg"
    gdal.VectorTranslate(str(survey), str(sample_survey), layers=["survey"])
    dataset = ogr.Open(str(survey), 1)
    layer = dataset.GetLayer(0)
    x, y = _border_vertex()
    for _ in range(3):  # a village on the border road
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    dataset = None
    # the same areas, in the reverse order: the count does not hang on it
    reversed_admin = tmp_path / "reversed.gpkg"
    boundaries = ogr.Open(str(admin_source()[0]))
    source = boundaries.GetLayerByName("admin2")
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(reversed_admin))
    copy = target.CreateLayer("admin2", source.GetSpatialRef(), source.GetGeomType())
    for index in range(source.GetLayerDefn().GetFieldCount()):
        copy.CreateField(source.GetLayerDefn().GetFieldDefn(index))
    for feature in sorted(source, key=lambda f: f["adm2_pcode"], reverse=True):
        feature.SetFID(-1)  # new feature ids, in the new order
        copy.CreateFeature(feature)
    target = copy = source = boundaries = None
    counted = []
    # a copy of its own: a layer of the same source loaded into the project by another test keeps that name
    own = tmp_path / "admin_boundaries.gpkg"
    shutil.copyfile(admin_source()[0], own)
    for name, admin in (
        ("admin_boundaries", f"{own}|layername=admin2"),
        ("reversed", f"{reversed_admin}|layername=admin2"),
    ):
        plain = {"POINTS": f"{sample_survey}|layername=survey", "ADMIN": admin, "OUTPUT": str(tmp_path / "p.gpkg")}
        _, plain_warnings = _run("cartong:countbyadmin", plain)
        results, warnings = _run(
            "cartong:countbyadmin",
            {**plain, "POINTS": f"{survey}|layername=survey", "OUTPUT": str(tmp_path / f"{name}_n.gpkg")},
        )
        before, after = _counts(tmp_path / "p.gpkg", "p"), _counts(tmp_path / f"{name}_n.gpkg", f"{name}_n")
        counted.append({code: after[code] - before[code] for code in after if after[code] != before[code]})
        assert not [w for w in warnings if "overlap" in w.replace("is no overlap", "")]
        # the sample's submissions outside every area are said naming the survey file, another here
        added = [w for w in warnings if w not in plain_warnings and "outside every area of" not in w]
        assert added == [
            f"3 submissions lie right on a border shared by areas of {name} (CF111 Bimbo / CF112 Damara: 3); "
            "each was counted once, in the area whose P-code comes first (the first listed). A shared border is "
            "no overlap: the boundaries need no correction."
        ]
    assert counted == [{"CF111": 3}, {"CF111": 3}]
