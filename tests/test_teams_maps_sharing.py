# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin and cartong:exportforsharing with a survey layer shared in PostGIS.

The checked sample is copied into a schema; each algorithm run on its PostGIS layer gives the same
file as on the GeoPackage it came from (counts per area by location and by P-code, a median, the
share of an answer; the protected copy with its high-risk columns removed by default, points
moved, snapped or counted), the output is the file chosen, and nothing of the connection (host,
user, password) reaches the shared file or its README.
"""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsDistanceArea, QgsVectorLayer
from teams_data import SAMPLE, execute

from cartong_plugin.core.teams.connection import resolve_target

ADMIN = f"{SAMPLE / 'admin_boundaries.gpkg'}|layername=admin2"
SECRET = "s3cret-not-for-partners"


def _layer(postgis, schema, table="survey"):
    return f'postgres://{postgis.conninfo()} key=\'fid\' srid=4326 type=Point table="{schema}"."{table}" (geom)'


@pytest.fixture()
def shared(postgis, checked_survey):
    """(the PostGIS survey layer, the GeoPackage survey layer): the same survey in both stores."""
    from cartong_plugin.core.teams.transfer import survey_to_postgis

    schema = "wash_maps"
    if postgis.sql(f"SELECT count(*) FROM pg_namespace WHERE nspname = '{schema}'") == "0":
        survey_to_postgis(checked_survey, resolve_target(postgis.conninfo()), schema)
    return _layer(postgis, schema), f"{checked_survey}|layername=survey"


def _features(path, layer_name=None):
    layer = QgsVectorLayer(f"{path}|layername={layer_name}" if layer_name else str(path), "out", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    return names, [(dict(zip(names, map(str, f.attributes()))), f.geometry().asWkt(6)) for f in layer.getFeatures()]


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"JOIN_FIELD": "admin2", "STATISTIC": "median", "VALUE_FIELD": "hh_size"},
        {"ANSWER_FIELD": "water_source", "ANSWER_VALUE": "surface_water", "MIN_COUNT": 3},
    ],
    ids=["by-location", "median-by-pcode", "share-of-an-answer"],
)
def test_count_by_admin_on_a_postgis_survey_gives_the_geopackage_counts(shared, cartong_provider, tmp_path, options):
    pg_layer, gpkg_layer = shared
    results = {}
    for name, survey in (("pg", pg_layer), ("gpkg", gpkg_layer)):
        output = tmp_path / f"counts_{name}.gpkg"
        results[name] = execute(
            "cartong:countbyadmin", {"POINTS": survey, "ADMIN": ADMIN, "OUTPUT": str(output), **options}
        )
        assert results[name]["OUTPUT"].startswith(str(output))
    assert {k: v for k, v in results["pg"].items() if k != "OUTPUT"} == {
        k: v for k, v in results["gpkg"].items() if k != "OUTPUT"
    }
    assert results["pg"]["TOTAL"] > 400
    pg_counts, gpkg_counts = _features(results["pg"]["OUTPUT"]), _features(results["gpkg"]["OUTPUT"])
    assert pg_counts == gpkg_counts and len(pg_counts[1]) == 72


def test_export_for_sharing_of_a_postgis_survey_removes_high_risk_columns_by_default(
    shared, postgis, cartong_provider, tmp_path
):
    pg_layer, gpkg_layer = shared
    postgis.sql(f"ALTER ROLE steward PASSWORD '{SECRET}'")  # trusted on the socket: only to see it is never written
    try:
        with_password = pg_layer.replace(postgis.conninfo(), postgis.conninfo() + f" password='{SECRET}'")
        pg = execute("cartong:exportforsharing", {"INPUT": with_password, "OUTPUT": str(tmp_path / "pg.gpkg")})
    finally:
        postgis.sql("ALTER ROLE steward PASSWORD NULL")
    local = execute("cartong:exportforsharing", {"INPUT": gpkg_layer, "OUTPUT": str(tmp_path / "local.gpkg")})
    assert pg["OUTPUT"] == str(tmp_path / "pg.gpkg") and pg["README"] == str(tmp_path / "pg.gpkg.README.txt")
    assert pg["ROWS"] == local["ROWS"] == 416  # the 420 submissions but the 4 that refused consent
    assert pg["HIGH_RISK_REMOVED"] == local["HIGH_RISK_REMOVED"]
    assert {"respondent_name", "phone"} <= set(pg["HIGH_RISK_REMOVED"].split(","))
    assert pg["HIGH_RISK_KEPT"] == ""
    names, rows = _features(pg["OUTPUT"], "shared_survey")
    assert names == _features(local["OUTPUT"], "shared_survey")[0]
    assert not {"respondent_name", "phone", "_location_latitude", "_location_longitude"} & set(names)
    # every point moved between the default 250 m and 2 km from where it was collected
    original = {
        f["_uuid"] + str(f["_index"]): f.geometry() for f in QgsVectorLayer(gpkg_layer, "s", "ogr").getFeatures()
    }
    distance = QgsDistanceArea()
    distance.setEllipsoid("WGS84")
    moved = [
        distance.measureLine(original[attributes["_uuid"] + attributes["_index"]].asPoint(), _point(wkt))
        for attributes, wkt in rows
        if wkt
    ]
    assert len(moved) > 400 and 249 < min(moved) and max(moved) < 2001
    # nothing of the connection reaches what is shared
    for path in (tmp_path / "pg.gpkg", tmp_path / "pg.gpkg.README.txt"):
        content = path.read_bytes()
        for secret in (SECRET, str(postgis.socket_dir), "dbname=", "steward"):
            assert secret.encode() not in content, (path.name, secret)


def _point(wkt):
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt(wkt).asPoint()


@pytest.mark.parametrize(
    "options",
    [
        {"LOCATION_MODE": 1, "GRID_SIZE": 5000, "DROP_FIELDS": ["village"]},
        {"LOCATION_MODE": 2, "CATEGORY_FIELD": "water_source", "BOUNDARIES": ADMIN},
    ],
    ids=["snapped", "counts-by-area"],
)
def test_export_for_sharing_of_a_postgis_survey_is_the_geopackage_export(shared, cartong_provider, tmp_path, options):
    pg_layer, gpkg_layer = shared
    pg = execute("cartong:exportforsharing", {"INPUT": pg_layer, "OUTPUT": str(tmp_path / "pg.csv"), **options})
    local = execute("cartong:exportforsharing", {"INPUT": gpkg_layer, "OUTPUT": str(tmp_path / "local.csv"), **options})
    assert pg["ROWS"] == local["ROWS"] > 0
    assert _csv(tmp_path / "pg.csv") == _csv(tmp_path / "local.csv")


def _csv(path) -> str:
    """The CSV's text; a date-time's UTC mark left out (PostgreSQL's are UTC, the GeoPackage's have no zone)."""
    return re.sub(r"(T\d\d:\d\d:\d\d(?:\.\d+)?)Z\b", r"\1", path.read_text(encoding="utf-8-sig"))
