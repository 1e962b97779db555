# SPDX-License-Identifier: GPL-3.0-or-later
"""Decimals keep every digit in PostgreSQL and back (found by an attack on the teams side).

GDAL's PostgreSQL driver writes a decimal with 15 significant digits: the ODK Flora export's altitude
-26.305694580078125 became -26.3056945800781 in the typed tables of the schema (the raw text tables were
exact), 0.30000000000000004 became 0.3, and the largest double became 1.79769313486232e+308, which
PostgreSQL refused as out of range.
"""

from __future__ import annotations

import pytest
from osgeo import ogr
from teams_data import dump, execute, first_difference

from tests.real_imports import import_with_messages

FLORA = "ropensci+ruODK/docs/articles/attachments/build_Flora-Quadrat-0-4_1564384341.csv"
HOSTILE = [0.30000000000000004, 1234567890.1234567, 1.2345678901234567e300, 1.7976931348623157e308, -5e-324, 2.5]


@pytest.fixture()
def provider(cartong_provider):
    return cartong_provider


def _round_trip(postgis, gpkg, schema, folder):
    execute("cartong:surveytopostgis", {"INPUT": str(gpkg), "CONNECTION": postgis.conninfo(), "SCHEMA": schema})
    back = folder / f"{schema}_back.gpkg"
    execute("cartong:surveytogeopackage", {"CONNECTION": postgis.conninfo(), "SCHEMA": schema, "OUTPUT": str(back)})
    return back


def test_the_real_odk_flora_export_keeps_every_digit_in_postgis_and_back(postgis, provider, real_data_dir, tmp_path):
    gpkg = tmp_path / "flora.gpkg"
    import_with_messages(real_data_dir / FLORA, gpkg)
    back = _round_trip(postgis, gpkg, "flora_digits", tmp_path)
    stored = postgis.sql("SELECT _corner2_altitude FROM flora_digits.survey WHERE fid = 1")
    assert float(stored) == -26.305694580078125  # PostgreSQL itself holds the value, not a rounded one
    before, after = dump(gpkg), dump(back)
    assert sorted(after) == sorted(before)
    for table in before:
        assert after[table] == before[table], table + first_difference(before[table], after[table])


def test_decimals_a_15_digit_copy_would_change_are_exact_in_postgis(postgis, provider, tmp_path):
    gpkg = tmp_path / "numbers.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = ds.CreateLayer("survey", geom_type=ogr.wkbNone, options=["FID=fid"])
    layer.CreateField(ogr.FieldDefn("amount", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("note", ogr.OFTString))
    for value in HOSTILE + [None]:
        feature = ogr.Feature(layer.GetLayerDefn())
        if value is not None:
            feature.SetField("amount", value)
        feature.SetField("note", repr(value))
        layer.CreateFeature(feature)
    ds = None
    back = _round_trip(postgis, gpkg, "numbers_digits", tmp_path)
    stored = postgis.sql("SELECT coalesce(amount::text, 'null') FROM numbers_digits.survey ORDER BY fid").split("\n")
    assert [float(v) if v != "null" else None for v in stored] == HOSTILE + [None]
    assert dump(back)["survey"] == dump(gpkg)["survey"]
