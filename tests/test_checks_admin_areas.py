# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks compares the P-code answered with the admin areas as the maps count it (case and
spaces aside), tells a P-code of no area from a point in another area, and takes a point on (or a few
metres across) the border of the area answered to be in it. Real admin-1 boundaries of the Central
African Republic (OCHA COD-AB, P-codes CF11...), as published (WGS 84) and projected (UTM 34N)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from checks_sample import import_sample, read_faults
from checks_sample import run_checks_algorithm as _execute
from osgeo import gdal, ogr, osr

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

GPS = 3  # index of the GPS family in the CHECKS enum
CAF_ADMIN1 = "OCHA-DAP+hdx-scraper-cod-ab-country/derived/caf_admin1.geojson"


@pytest.fixture()
def survey_gpkg(tmp_path, sample_dir):
    return import_sample(sample_dir, tmp_path / "survey.gpkg")


@pytest.fixture(params=["wgs84", "utm"])
def admin1(request, real_data_dir, tmp_path):
    """The préfectures as published (degrees), or projected to UTM zone 34N (metres), as a user may have them."""
    source = real_data_dir / CAF_ADMIN1
    if request.param == "wgs84":
        return str(source)
    utm = tmp_path / "caf_admin1_utm.gpkg"
    gdal.VectorTranslate(str(utm), str(source), dstSRS="EPSG:32634", layerName="admin1")
    return f"{utm}|layername=admin1"


def _run(survey_gpkg, admin1):
    parameters = {
        "INPUT": f"{survey_gpkg}|layername=survey",
        "CHECKS": [GPS],
        "ADMIN": admin1,
        "ADMIN_CODE": "adm1_pcode",
        "ADMIN_NAME": "adm1_name",
    }
    _execute(parameters)
    return {(e.uuid, e.check_id): e for e in read_log_from_gpkg(survey_gpkg)}


def _clean_rows(survey_gpkg, sample_dir, count):
    """(uuid, admin1) of ``count`` submissions without a planted fault."""
    faulty = {fault["uuid"] for fault in read_faults(sample_dir)}
    with closing(sqlite3.connect(survey_gpkg)) as db:
        rows = db.execute("SELECT _uuid, admin1 FROM survey WHERE _location_latitude IS NOT NULL").fetchall()
    return [row for row in rows if row[0] not in faulty][:count]


def _set(gpkg, uuid, **values):
    """Change one submission of the survey layer through OGR (``point=(lon, lat)`` moves the point and
    its coordinate columns together, as the import writes them)."""
    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName("survey")
    layer.SetAttributeFilter(f"_uuid = '{uuid}'")
    feature = layer.GetNextFeature()
    point = values.pop("point", None)
    if point is not None:
        lon, lat = point
        geometry = ogr.Geometry(ogr.wkbPoint)
        geometry.AddPoint_2D(lon, lat)
        feature.SetGeometry(geometry)
        values.update(_location_latitude=lat, _location_longitude=lon)
    for name, value in values.items():
        feature.SetField(name, value)
    assert layer.SetFeature(feature) == 0
    ds = None


def test_a_p_code_in_lower_case_or_with_spaces_is_the_area_answered(cartong_provider, survey_gpkg, sample_dir, admin1):
    (same, code), (unknown, other_code) = _clean_rows(survey_gpkg, sample_dir, 2)
    _set(survey_gpkg, same, admin1=f" {code.lower()} ")
    _set(survey_gpkg, unknown, admin1="CF99")
    flags = _run(survey_gpkg, admin1)
    assert (same, "gps.admin_mismatch") not in flags
    assert (same, "gps.admin_unknown") not in flags
    # a P-code of no area is said so, with the area the point lies in suggested: not "in another area"
    assert (unknown, "gps.admin_mismatch") not in flags
    entry = flags[(unknown, "gps.admin_unknown")]
    assert (entry.question, entry.old_value, entry.new_value) == ("admin1", "CF99", other_code)
    assert entry.issue == "P-code of no admin area"
    assert entry.explanation == f"CF99 is the P-code of no admin area; the point lies in {other_code}."
    # the check ran: planted points in another préfecture than answered are still flagged
    assert any(check == "gps.admin_mismatch" for _, check in flags)


def _shared_edge(source, first, second):
    """The longest edge the boundaries of the areas ``first`` and ``second`` share, in WGS 84 (lon, lat)."""
    ds = ogr.Open(str(source))
    areas = {f.GetField("adm1_pcode"): f.GetGeometryRef().Clone() for f in ds.GetLayer(0)}
    ring = [tuple(p[:2]) for p in areas[first].GetGeometryRef(0).GetPoints()]
    theirs = set()
    for part in range(areas[second].GetGeometryCount()):
        theirs |= {tuple(p[:2]) for p in areas[second].GetGeometryRef(part).GetPoints()}
    edges = [(a, b) for a, b in zip(ring, ring[1:]) if a in theirs and b in theirs]
    return max(edges, key=lambda e: (e[0][0] - e[1][0]) ** 2 + (e[0][1] - e[1][1]) ** 2), areas


def _across(edge, metres, into):
    """The point ``metres`` from the middle of ``edge``, square to it, on the side of the area ``into``
    (offsets measured in UTM 34N, in metres)."""
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm.ImportFromEPSG(32634)
    for srs in (wgs84, utm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    forward, back = osr.CoordinateTransformation(wgs84, utm), osr.CoordinateTransformation(utm, wgs84)
    (x1, y1, _), (x2, y2, _) = (forward.TransformPoint(*point) for point in edge)
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    normal = (-(y2 - y1) / length, (x2 - x1) / length)
    for side in (1, -1):
        x = (x1 + x2) / 2 + side * metres * normal[0]
        y = (y1 + y2) / 2 + side * metres * normal[1]
        lon, lat, _ = back.TransformPoint(x, y)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(lon, lat)
        if into.Contains(point):
            return lon, lat
    raise AssertionError("neither side of the edge is in the area")


def test_a_point_on_or_just_across_the_border_of_the_area_answered_is_in_it(
    cartong_provider, survey_gpkg, sample_dir, real_data_dir, admin1
):
    # Ombella-M'Poko (CF11) and Lobaye (CF12) share a long border
    edge, areas = _shared_edge(real_data_dir / CAF_ADMIN1, "CF11", "CF12")
    on_vertex, near, far = (row for row, _ in _clean_rows(survey_gpkg, sample_dir, 3))
    places = {on_vertex: edge[0], near: _across(edge, 20, areas["CF12"]), far: _across(edge, 300, areas["CF12"])}
    for uuid, point in places.items():
        _set(survey_gpkg, uuid, point=point, admin1="CF11")
    flags = _run(survey_gpkg, admin1)
    for uuid in (on_vertex, near):  # on the shared vertex, and 20 m into Lobaye: within the 50 m tolerated
        assert not {check for row, check in flags if row == uuid} - {"gps.precision"}
    assert flags[(far, "gps.admin_mismatch")].new_value == "CF12"  # 300 m into Lobaye: in another area


def _run_admin2(survey_gpkg, sample_dir):
    _execute({"INPUT": f"{survey_gpkg}|layername=survey", "CHECKS": [GPS], "ADMIN": _sample_admin2(sample_dir)})
    return {(e.uuid, e.check_id): e for e in read_log_from_gpkg(survey_gpkg)}


def _sample_admin2(sample_dir):
    return f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"


def test_a_point_elsewhere_than_answers_agreeing_with_each_other_gets_no_new_area(
    cartong_provider, survey_gpkg, sample_dir
):
    """Found by an outside test of the whole cycle: the 4 planted points in another sous-préfecture (the fault is
    the point: admin1, admin2 and the typed name agree) had the point's area suggested as the new admin2, and a
    reviewer accepting it moved each household, 2 of them to another préfecture."""
    planted = [fault["uuid"] for fault in read_faults(sample_dir) if fault["fault"] == "gps_admin_mismatch"]
    with closing(sqlite3.connect(survey_gpkg)) as db:
        answers = {row[0]: row[1:] for row in db.execute("SELECT _uuid, admin1, admin2, admin2_typed FROM survey")}
    flags = _run_admin2(survey_gpkg, sample_dir)
    for uuid in planted:
        entry = flags[(uuid, "gps.admin_mismatch")]
        admin1, admin2, typed = answers[uuid]
        assert (entry.question, entry.old_value, entry.new_value) == ("admin2", admin2, "")
        found = entry.explanation.split("The point lies in ")[1][:5]
        assert entry.explanation == (
            f"The point lies in {found}, the answer is {admin2}, and the other answers agree with {admin2} "
            f"(admin1 {admin1}, admin2_typed '{typed}'): the GPS point is more likely wrong than the answer. "
            f"Check the location; give {found} as the new value only if the household really is there."
        )


def test_a_point_elsewhere_than_an_answer_its_parent_contradicts_keeps_the_suggestion(
    cartong_provider, survey_gpkg, sample_dir
):
    import shutil

    uuid = next(fault["uuid"] for fault in read_faults(sample_dir) if fault["fault"] == "gps_admin_mismatch")
    first = shutil.copy(survey_gpkg, survey_gpkg.with_name("first.gpkg"))  # a new run keeps a log's pending rows
    point_area = _run_admin2(first, sample_dir)[(uuid, "gps.admin_mismatch")].explanation[18:23]
    # the préfecture answered is the one the point lies in: the answers disagree, the typed name notwithstanding
    _set(survey_gpkg, uuid, admin1=point_area[:4])
    entry = _run_admin2(survey_gpkg, sample_dir)[(uuid, "gps.admin_mismatch")]
    assert entry.new_value == point_area
    assert entry.explanation == f"The point lies in {point_area}, the answer is {entry.old_value}."
