# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin on boundaries edited by hand: P-codes differing only by case, areas without
P-code, overlapping areas, an empty layer; and a survey point whose latitude is past 90."""

from __future__ import annotations

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)

from tests.field_data import RecordingFeedback


def _layer(path, name, epsg, kind, rows):
    """A GeoPackage layer of (wkt, {field: value}) rows."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path)) if not path.exists() else ogr.Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer(name, srs, kind)
    for field in ("adm2_pcode", "adm2_name", "admin2"):
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            feature.SetField(key, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername={name}"


def _admin2(tmp_path, rows):
    """Admin-2 polygons in degrees (WGS 84) in ``admin.gpkg``, from (wkt, {field: value}) rows."""
    return _layer(tmp_path / "admin.gpkg", "admin2", 4326, ogr.wkbPolygon, rows)


def _square(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _points(tmp_path, coords, codes=None):
    codes = codes or [None] * len(coords)
    rows = [(f"POINT({x} {y})", {"admin2": c} if c else {}) for (x, y), c in zip(coords, codes)]
    return _layer(tmp_path / "points.gpkg", "survey", 4326, ogr.wkbPoint, rows)


def _count(admin, points, tmp_path, **more):
    feedback = RecordingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:countbyadmin")
    parameters = {"POINTS": points, "ADMIN": admin, "OUTPUT": str(tmp_path / "counts.gpkg"), **more}
    results, ok = QgsProcessingAlgorithm.run(algorithm, parameters, QgsProcessingContext(), feedback, {}, False)
    assert ok
    layer = QgsVectorLayer(results["OUTPUT"], "counts", "ogr")
    rows = sorted((f["adm2_name"], f["adm2_pcode"], f["submissions"]) for f in layer.getFeatures())
    return results, feedback.warnings, rows


def test_pcodes_differing_only_by_case_are_one_code_said_not_one_area_emptied(cartong_provider, tmp_path):
    admin = _admin2(
        tmp_path,
        [
            (_square(0, 0, 1, 1), {"adm2_pcode": "CF111", "adm2_name": "Upper"}),
            (_square(2, 0, 3, 1), {"adm2_pcode": "cf111", "adm2_name": "lower"}),
            (_square(4, 0, 5, 1), {"adm2_pcode": "CF0111", "adm2_name": "Other"}),
        ],
    )
    points = _points(
        tmp_path, [(0.5, 0.5)] * 5 + [(2.5, 0.5)] * 2 + [(4.5, 0.5)] * 3, ["CF111"] * 5 + ["cf111"] * 2 + ["CF0111"] * 3
    )
    results, warnings, rows = _count(admin, points, tmp_path, JOIN_FIELD="admin2")
    assert results["DUPLICATE_CODES"] == "CF111"
    assert ("Other", "CF0111", 3) in rows and [n for name, _, n in rows if name == "Upper"] == [7]
    (warning,) = [w for w in warnings if "shared by several areas" in w]
    assert "CF111 / cf111 (2 areas)" in warning


def test_areas_without_pcode_are_counted_apart_and_named(cartong_provider, tmp_path):
    admin = _admin2(
        tmp_path,
        [
            (_square(0, 0, 1, 1), {"adm2_name": "West"}),
            (_square(5, 0, 6, 1), {"adm2_name": "East"}),
            (_square(10, 0, 11, 1), {"adm2_pcode": "", "adm2_name": "Blank1"}),
            (_square(12, 0, 13, 1), {"adm2_pcode": " ", "adm2_name": "Blank2"}),
            (_square(14, 0, 15, 1), {"adm2_pcode": "CF1", "adm2_name": "Ok"}),
        ],
    )
    points = _points(tmp_path, [(0.5, 0.5), (0.6, 0.5), (5.5, 0.5), (10.5, 0.5), (12.5, 0.5), (14.5, 0.5)])
    results, warnings, rows = _count(admin, points, tmp_path)
    assert [(name, n) for name, _, n in rows] == [("Blank1", 1), ("Blank2", 1), ("East", 1), ("Ok", 1), ("West", 2)]
    assert results["DUPLICATE_CODES"] == "" and not [w for w in warnings if "shared by several" in w]
    (warning,) = [w for w in warnings if "no P-code" in w]
    assert "4 areas" in warning and all(name in warning for name in ("West", "East", "Blank1", "Blank2"))
    assert "NULL" not in warning


def test_points_in_overlapping_areas_are_said_with_the_areas_and_their_number(cartong_provider, tmp_path):
    admin = _admin2(
        tmp_path,
        [
            (_square(0, 0, 2, 1), {"adm2_pcode": "A1", "adm2_name": "A"}),
            (_square(1, 0, 3, 1), {"adm2_pcode": "B1", "adm2_name": "B"}),
            (_square(2.4, 0, 4, 1), {"adm2_pcode": "C1", "adm2_name": "C"}),
        ],
    )
    points = _points(tmp_path, [(1.1 + i / 10, 0.5) for i in range(8)] + [(2.5, 0.5), (3.5, 0.5)])
    results, warnings, rows = _count(admin, points, tmp_path)
    assert results["TOTAL"] == 10
    (warning,) = [w for w in warnings if "overlapping" in w]
    assert "9 submissions" in warning and "first area listed" in warning
    assert "(A1 + B1: 8; B1 + C1: 1)" in warning  # the pairs holding most submissions first


def test_a_latitude_past_90_is_named_and_the_count_goes_on(cartong_provider, tmp_path):
    admin = _layer(
        tmp_path / "admin.gpkg",
        "admin2",
        3857,
        ogr.wkbPolygon,
        [(_square(0, 0, 200000, 200000), {"adm2_pcode": "CF1", "adm2_name": "Ok"})],
    )
    points = _points(tmp_path, [(1, 1), (18.5, 95)])
    results, warnings, rows = _count(admin, points, tmp_path)
    assert rows == [("Ok", "CF1", 1)] and results["NO_LOCATION"] == 1
    (warning,) = [w for w in warnings if "outside the earth" in w]
    assert "feature 2" in warning and "18.5, 95" in warning


def test_an_admin_layer_without_areas_is_refused_naming_it(cartong_provider, tmp_path):
    admin = _layer(tmp_path / "empty_admin.gpkg", "admin2", 4326, ogr.wkbPolygon, [])
    points = _points(tmp_path, [(1, 1)])
    parameters = {"POINTS": points, "ADMIN": admin, "OUTPUT": str(tmp_path / "counts.gpkg")}
    with pytest.raises(QgsProcessingException, match="admin layer empty_admin has no areas: choose the layer"):
        import processing

        processing.run("cartong:countbyadmin", parameters, feedback=RecordingFeedback())
    assert not (tmp_path / "counts.gpkg").exists()


def test_exportmappdf_refuses_a_polygon_layer_without_areas_naming_it(cartong_provider, tmp_path):
    import processing

    admin = _layer(tmp_path / "empty_admin.gpkg", "admin2", 4326, ogr.wkbPolygon, [])
    parameters = {"POLYGONS": admin, "OUTPUT": str(tmp_path / "empty.pdf")}
    with pytest.raises(QgsProcessingException, match="admin layer empty_admin has no areas: choose the layer"):
        processing.run("cartong:exportmappdf", parameters, feedback=RecordingFeedback())
    assert not (tmp_path / "empty.pdf").exists()
