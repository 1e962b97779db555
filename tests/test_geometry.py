# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK geopoint/geotrace/geoshape parsers: property tests (hypothesis) and the errors users meet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from osgeo import ogr

from cartong_plugin.core.survey.geometry import (
    CoordinateError,
    gpkg_blob,
    odk_geometry,
    odk_wkb,
    parse_geopoint,
    parse_geoshape,
    parse_geotrace,
    parse_number,
)

lats = st.floats(min_value=-90, max_value=90, allow_nan=False)
lons = st.floats(min_value=-180, max_value=180, allow_nan=False)
alts = st.floats(min_value=-500, max_value=9000, allow_nan=False)
accs = st.floats(min_value=0, max_value=5000, allow_nan=False)
points = st.tuples(lats, lons, alts, accs)


def _odk(point) -> str:
    return " ".join(repr(v) for v in point)


@given(points)
def test_geopoint_string_round_trips(point):
    parsed = parse_geopoint(_odk(point))
    assert tuple(parsed) == point


@given(points)
def test_geopoint_wkb_is_lon_lat_as_ogr_reads_it(point):
    geometry = ogr.CreateGeometryFromWkb(odk_wkb(_odk(point), "geopoint"))
    assert (geometry.GetX(), geometry.GetY()) == (point[1], point[0])


@given(st.lists(points, min_size=2, max_size=20))
def test_geotrace_keeps_every_vertex_in_order(vertices):
    text = ";".join(_odk(p) for p in vertices)
    line = ogr.CreateGeometryFromWkb(odk_wkb(text, "geotrace"))
    assert line.GetGeometryName() == "LINESTRING"
    assert [line.GetPoint_2D(i) for i in range(line.GetPointCount())] == [(p[1], p[0]) for p in vertices]


@given(st.lists(st.tuples(lats, lons), min_size=3, max_size=20, unique=True))
def test_geoshape_is_a_closed_ring(vertices):
    text = ";".join(f"{lat!r} {lon!r} 0 0" for lat, lon in vertices)
    polygon = ogr.CreateGeometryFromWkb(odk_wkb(text, "geoshape"))
    ring = polygon.GetGeometryRef(0)
    assert ring.GetPoint_2D(0) == ring.GetPoint_2D(ring.GetPointCount() - 1)
    assert ring.GetPointCount() == len(vertices) + 1


@given(st.lists(st.tuples(lats, lons), min_size=3, max_size=10, unique=True))
def test_geoshape_already_closed_is_not_closed_twice(vertices):
    closed = vertices + [vertices[0]]
    text = ";".join(f"{lat!r} {lon!r}" for lat, lon in closed)
    assert len(parse_geoshape(text)) == len(closed)


@given(st.floats(min_value=90, max_value=1e9, exclude_min=True), lons)
def test_latitude_beyond_90_is_refused(lat, lon):
    with pytest.raises(CoordinateError, match="Latitude"):
        parse_geopoint(f"{lat!r} {lon!r}")


@given(lats, st.floats(min_value=180, max_value=1e9, exclude_min=True))
def test_longitude_beyond_180_is_refused(lat, lon):
    with pytest.raises(CoordinateError, match="Longitude"):
        parse_geopoint(f"{lat!r} {lon!r}")


@given(st.text(alphabet="abcxyz;:!#", min_size=1, max_size=10))
def test_non_numeric_coordinates_are_refused(word):
    with pytest.raises(CoordinateError):
        parse_geopoint(f"{word} 18.5 0 0")


@given(st.integers(-89, 89), st.integers(0, 999999))
def test_decimal_comma_is_accepted(whole, fraction):
    text = f"{whole},{fraction}"
    assert parse_number(text, "latitude") == float(f"{whole}.{fraction}")


def test_thousands_and_decimal_separators_together_are_refused():
    with pytest.raises(CoordinateError, match="1,234.5"):
        parse_number("1,234.5", "altitude")


def test_geopoint_with_decimal_commas_as_typed_in_excel():
    assert parse_geopoint("4,3612 18,5501 412 5") == (4.3612, 18.5501, 412.0, 5.0)


def test_empty_geopoint_is_no_location():
    assert parse_geopoint("") is None
    assert parse_geopoint("   ") is None
    assert odk_wkb(None, "geotrace") is None
    assert odk_geometry("", "geopoint").isNull()


def test_geopoint_without_altitude_is_accepted():
    assert parse_geopoint("4.36 18.55") == (4.36, 18.55, None, None)


def test_geopoint_with_too_many_parts_is_refused():
    with pytest.raises(CoordinateError, match="not a geopoint"):
        parse_geopoint("4.36 18.55 0 5 7")


def test_geotrace_of_one_point_is_refused():
    with pytest.raises(CoordinateError, match="at least 2"):
        parse_geotrace("4.36 18.55 0 5;")


def test_geoshape_of_two_distinct_points_is_refused():
    with pytest.raises(CoordinateError, match="at least 3"):
        parse_geoshape("4.36 18.55 0 5;4.37 18.56 0 5;4.36 18.55 0 5")


def test_qgs_geometry_of_geoshape_is_a_valid_polygon(qgis_app):
    geometry = odk_geometry("4.0 18.0 0 0;4.0 18.1 0 0;4.1 18.1 0 0;4.1 18.0 0 0", "geoshape")
    assert geometry.isGeosValid()
    assert geometry.asWkt(4) == "Polygon ((18 4, 18.1 4, 18.1 4.1, 18 4.1, 18 4))"


def test_gpkg_blob_is_read_back_by_ogr(tmp_path):
    """The blob written straight into a GeoPackage is read back by GDAL as the same point."""
    import sqlite3

    from osgeo import gdal

    path = str(tmp_path / "p.gpkg")
    ds = gdal.GetDriverByName("GPKG").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.CreateLayer("pts", srs, ogr.wkbPoint, ["SPATIAL_INDEX=NO"])
    ds = None
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO pts (geom) VALUES (?)", (gpkg_blob(odk_wkb("4.5 18.25 400 3", "geopoint")),))
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    feature = ds.GetLayer(0).GetNextFeature()
    assert feature.GetGeometryRef().ExportToWkt() == "POINT (18.25 4.5)"
