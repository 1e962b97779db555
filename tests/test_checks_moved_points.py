# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks checks a point where it lies when it was moved by hand in QGIS after the import
(saved or still in the edit session), although the _location_latitude/_longitude columns still hold
the old coordinates; it says so, and suggests the point's coordinates for the columns."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from checks_sample import import_sample, read_faults
from checks_sample import run_checks_algorithm as _execute
from osgeo import ogr
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

GPS = 3  # index of the GPS family in the CHECKS enum
KINSHASA = (15.3, -4.3)  # (lon, lat): across the border, outside every sous-préfecture


@pytest.fixture()
def survey_gpkg(tmp_path, sample_dir):
    return import_sample(sample_dir, tmp_path / "survey.gpkg")


def _admin(sample_dir):
    return f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"


def _inside(sample_dir, pcode):
    """(lon, lat) of a point inside the sous-préfecture ``pcode``."""
    ds = ogr.Open(str(sample_dir / "admin_boundaries.gpkg"))
    layer = ds.GetLayerByName("admin2")
    layer.SetAttributeFilter(f"adm2_pcode = '{pcode}'")
    feature = layer.GetNextFeature()  # kept: its geometry belongs to it
    point = feature.GetGeometryRef().PointOnSurface()
    return point.GetX(), point.GetY()


def _move(gpkg, uuid, lon, lat):
    """Move one submission's point as the QGIS vertex tool does: the geometry only."""
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("survey")
    layer.SetAttributeFilter(f"_uuid = '{uuid}'")
    feature = layer.GetNextFeature()
    point = ogr.Geometry(ogr.wkbPoint)
    point.AddPoint_2D(lon, lat)
    feature.SetGeometry(point)
    assert layer.SetFeature(feature) == 0
    ds = None


def _row(gpkg, uuid):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(
            "SELECT admin2, _location_latitude, _location_longitude FROM survey WHERE _uuid = ?", (uuid,)
        ).fetchone()


def _clean_uuid(gpkg, sample_dir):
    faulty = {fault["uuid"] for fault in read_faults(sample_dir)}
    with closing(sqlite3.connect(gpkg)) as db:
        rows = db.execute("SELECT _uuid FROM survey WHERE _location_latitude IS NOT NULL").fetchall()
    return next(uuid for (uuid,) in rows if uuid not in faulty)


def _gps_log(gpkg):
    return {(e.uuid, e.check_id, e.question): e for e in read_log_from_gpkg(gpkg)}


def test_a_point_moved_in_qgis_is_checked_where_it_lies_and_the_columns_are_brought_to_it(
    cartong_provider, survey_gpkg, sample_dir
):
    # a planted point in another sous-préfecture, corrected by hand into the one answered
    corrected = next(f["uuid"] for f in read_faults(sample_dir) if f["fault"] == "gps_admin_mismatch")
    answered, old_lat, old_lon = _row(survey_gpkg, corrected)
    lon, lat = _inside(sample_dir, answered)
    _move(survey_gpkg, corrected, lon, lat)
    # a good point dragged across the border by mistake
    dragged = _clean_uuid(survey_gpkg, sample_dir)
    _move(survey_gpkg, dragged, *KINSHASA)
    _, feedback = _execute({"INPUT": f"{survey_gpkg}|layername=survey", "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
    log = _gps_log(survey_gpkg)
    checks = {(uuid, check) for uuid, check, _ in log}
    assert (corrected, "gps.admin_mismatch") not in checks
    assert (dragged, "gps.outside_area") in checks
    assert str(KINSHASA[1]) in log[(dragged, "gps.outside_area", "_location_latitude")].explanation
    # the columns the point left: their old values, and the point's coordinates as new values
    moved_lat = log[(corrected, "gps.moved", "_location_latitude")]
    moved_lon = log[(corrected, "gps.moved", "_location_longitude")]
    assert (float(moved_lat.old_value), float(moved_lon.old_value)) == (old_lat, old_lon)
    assert float(moved_lat.new_value) == pytest.approx(lat, abs=1e-7)
    assert float(moved_lon.new_value) == pytest.approx(lon, abs=1e-7)
    assert moved_lat.issue == "GPS point moved: coordinates out of date"
    assert {uuid for uuid, check, _ in log if check == "gps.moved"} == {corrected, dragged}
    assert any(
        "2 GPS points of the layer lie away from the coordinates answered in _location_latitude/_location_longitude"
        in warning
        and "used the points, not the columns" in warning
        for warning in feedback.warnings
    )


def test_accepting_the_moved_rows_brings_the_columns_and_the_location_text_to_the_point(
    cartong_provider, survey_gpkg, sample_dir, tmp_path
):
    import processing

    from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE
    from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg

    corrected = next(f["uuid"] for f in read_faults(sample_dir) if f["fault"] == "gps_admin_mismatch")
    lon, lat = _inside(sample_dir, _row(survey_gpkg, corrected)[0])
    _move(survey_gpkg, corrected, lon, lat)
    _execute({"INPUT": f"{survey_gpkg}|layername=survey", "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
    log = read_log_from_gpkg(survey_gpkg)
    for entry in log:
        if entry.check_id == "gps.moved":
            entry.change_type = CHANGE_RESPONSE
    write_log_to_gpkg(log, survey_gpkg)
    parameters = {"INPUT": f"{survey_gpkg}|layername=survey", "OUTPUT": str(tmp_path / "clean.gpkg")}
    layer = QgsVectorLayer(processing.run("cartong:applycleaninglog", parameters)["OUTPUT"], "clean", "ogr")
    feature = next(f for f in layer.getFeatures() if f["_uuid"] == corrected)
    point = feature.geometry().asPoint()
    assert (point.x(), point.y()) == pytest.approx((lon, lat), abs=1e-7)
    assert (feature["_location_longitude"], feature["_location_latitude"]) == pytest.approx((lon, lat), abs=1e-7)
    text_lat, text_lon = (float(part) for part in feature["location"].split()[:2])
    assert (text_lon, text_lat) == pytest.approx((lon, lat), abs=1e-7)


def test_a_point_moved_in_an_edit_session_not_saved_yet_is_checked_where_it_lies(
    cartong_provider, survey_gpkg, sample_dir
):
    dragged = _clean_uuid(survey_gpkg, sample_dir)
    layer = QgsVectorLayer(f"{survey_gpkg}|layername=survey", "survey", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        fid = next(f.id() for f in layer.getFeatures(f"_uuid = '{dragged}'"))
        assert layer.startEditing()
        assert layer.changeGeometry(fid, QgsGeometry.fromPointXY(QgsPointXY(*KINSHASA)))
        _execute({"INPUT": layer, "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    checks = {(uuid, check) for uuid, check, _ in _gps_log(survey_gpkg)}
    assert {(dragged, "gps.outside_area"), (dragged, "gps.moved")} <= checks


def test_points_that_are_all_elsewhere_than_the_columns_leave_the_columns_checked(
    cartong_provider, survey_gpkg, sample_dir
):
    """A layer whose points are another place than these columns for most submissions (another geopoint,
    a layer built otherwise) is not a layer of moved points: the columns stay the points checked."""
    _execute({"INPUT": f"{survey_gpkg}|layername=survey", "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
    from_columns = {(uuid, check) for uuid, check, _ in _gps_log(survey_gpkg)}
    ds = ogr.Open(str(survey_gpkg), 1)
    layer = ds.GetLayerByName("survey")
    shifted = 0
    for feature in layer:  # every point 5 km to the north-east of its columns
        geometry = feature.GetGeometryRef()
        if geometry is not None and not geometry.IsEmpty():
            moved = ogr.Geometry(ogr.wkbPoint)
            moved.AddPoint_2D(geometry.GetX() + 0.05, geometry.GetY() + 0.05)
            feature.SetGeometry(moved)
            assert layer.SetFeature(feature) == 0
            shifted += 1
    ds = None
    assert shifted > 400
    _, feedback = _execute({"INPUT": f"{survey_gpkg}|layername=survey", "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
    assert {(uuid, check) for uuid, check, _ in _gps_log(survey_gpkg)} == from_columns
    assert not any("moved after the import" in warning for warning in feedback.warnings)
