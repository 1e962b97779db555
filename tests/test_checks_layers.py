# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS layers read for the checks: survey layer as a DataFrame (Arrow and feature-by-feature give the
same table), admin polygons (reprojected to WGS 84) and the gazetteer."""

from __future__ import annotations

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from cartong_plugin.core.cleaning.checks.layers import (
    _read_with_arrow,
    _read_with_qgis,
    areas_from_layer,
    gazetteer_from_layer,
    layer_geopackage,
    layer_to_frame,
)


@pytest.fixture(scope="module")
def survey_gpkg(tmp_path_factory, sample_dir, qgis_app):
    from cartong_plugin.core.survey.importer import import_survey

    gpkg = tmp_path_factory.mktemp("survey") / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    return gpkg


def _layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def test_arrow_and_feature_readers_give_the_same_table(survey_gpkg):
    layer = _layer(survey_gpkg, "survey")
    fast, slow = _read_with_arrow(layer), _read_with_qgis(layer)
    assert fast is not None and list(fast.columns) == list(slow.columns) == layer.fields().names()
    for column in slow.columns:
        if str(slow[column].dtype).startswith("datetime"):  # QGIS rounds some milliseconds down
            gap = (fast[column] - slow[column]).abs().max()
            assert gap <= pd.Timedelta(milliseconds=1), column
        else:
            pd.testing.assert_series_equal(fast[column], slow[column], check_dtype=False, check_names=False)


def test_survey_layer_reads_typed_columns(survey_gpkg):
    df = layer_to_frame(_layer(survey_gpkg, "survey"))
    assert len(df) == 420
    assert df["hh_size"].dtype.kind in "if" and df["_location_latitude"].dtype.kind == "f"
    # nanoseconds with pandas 1.5 (QGIS 3.22 on Debian 12), milliseconds with pandas 2 (3.40 on trixie)
    assert str(df["start"].dtype) in ("datetime64[ns, UTC]", "datetime64[ms, UTC]")
    assert df["_uuid"].map(type).eq(str).all()


def test_raw_table_reads_every_cell_as_text(survey_gpkg, sample_dir):
    df = layer_to_frame(_layer(survey_gpkg, "raw_survey"))
    assert len(df) == 420 and "identification/admin2" in df.columns
    assert df["household/hh_size"].dropna().map(type).eq(str).all()


def test_filtered_layer_keeps_its_filter(survey_gpkg):
    layer = _layer(survey_gpkg, "survey")
    layer.setSubsetString("\"consent\" = 'no'")
    df = layer_to_frame(layer)
    assert len(df) == layer.featureCount() > 0 and set(df["consent"]) == {"no"}


def test_layer_geopackage_names_the_file_or_nothing(survey_gpkg, sample_dir):
    assert layer_geopackage(_layer(survey_gpkg, "survey")) == str(survey_gpkg)
    csv = QgsVectorLayer(str(sample_dir / "household_survey_kobo.csv"), "csv", "ogr")
    assert layer_geopackage(csv) == ""


def test_admin_areas_are_reprojected_to_wgs84(qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857&field=code:string", "m", "memory")
    feature = QgsFeature(layer.fields())
    # 18..19 E, 4..5 N in web mercator
    feature.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((2003750.8 445640.1, 2115070.3 445640.1, 2115070.3 557305.3, 2003750.8 557305.3, "
            "2003750.8 445640.1))"
        )
    )
    feature["code"] = "X1"
    layer.dataProvider().addFeatures([feature])
    areas = areas_from_layer(layer, "code")
    assert areas.locate([18.5, 17.5], [4.5, 4.5]).tolist() == ["X1", None]


def test_gazetteer_has_every_admin2_with_its_parent(sample_dir, qgis_app):
    layer = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "a", "ogr")
    places = gazetteer_from_layer(layer, "adm2_pcode", "adm2_name", "adm1_pcode")
    assert len(places) == layer.featureCount() > 50
    assert all(p.pcode.startswith(p.parent) for p in places)


@pytest.mark.parametrize(
    "values",
    [
        ["Joséphine", "", "قرية", "a b"],
        ["a\x00b", "", "é"],  # a NUL inside a value: decoded value by value
        [],
    ],
)
def test_text_columns_of_the_arrow_reader_decode_exactly(values):
    import numpy as np

    from cartong_plugin.core.cleaning.checks.layers import _decode_utf8

    decoded = _decode_utf8(np.array([v.encode("utf-8") for v in values], dtype="S"))
    assert decoded.dtype == object and decoded.tolist() == values


@pytest.fixture(scope="module")
def batched_gpkg(tmp_path_factory, qgis_app):
    """7,000 submissions: repeated and distinct text, NULLs in one part of the table only, every type."""
    from osgeo import ogr

    gpkg = tmp_path_factory.mktemp("batched") / "batched.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = dataset.CreateLayer("survey", geom_type=ogr.wkbNone)
    for name, kind in (
        ("village", ogr.OFTString),
        ("respondent", ogr.OFTString),
        ("hh_size", ogr.OFTInteger),
        ("income", ogr.OFTReal),
        ("start", ogr.OFTDateTime),
        ("arrival", ogr.OFTDate),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    villages = ["Bunia", "Djugu", "قرية الأمل", "Mahagi", "Irumu", "Aru", "Mambasa", "Komanda"]
    layer.StartTransaction()
    for i in range(7000):
        feature = ogr.Feature(layer.GetLayerDefn())
        if not (i >= 5000 and i % 7 == 0):  # NULL villages only in the last part
            feature["village"] = villages[i % len(villages)]
        feature["respondent"] = f"Joséphine {i}"
        if not (2500 <= i < 5000 and i % 11 == 0):  # NULL sizes only in the middle part
            feature["hh_size"] = i % 9
        feature["income"] = i * 1.5
        feature.SetField("start", 2026, 3, 1 + i % 20, 8, i % 60, i % 60, 100)  # UTC
        feature.SetField("arrival", 2020 + i % 5, 1 + i % 12, 1 + i % 28, 0, 0, 0, 0)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None
    return gpkg


def test_arrow_reader_joins_its_batches_exactly(batched_gpkg, monkeypatch):
    """Read in 3 batches of at most 2,500 rows, the table is the one read at once and the one QGIS
    reads feature by feature: same dtypes (sizes with a NULL in one batch are floats), same cells."""
    from cartong_plugin.core.cleaning.checks import layers

    layer = _layer(batched_gpkg, "survey")
    whole = _read_with_arrow(layer)
    monkeypatch.setattr(layers, "_ARROW_BATCH_ROWS", 2500)
    batched = _read_with_arrow(layer)
    assert batched is not None and len(batched) == 7000
    pd.testing.assert_frame_equal(batched, whole, check_exact=True)
    assert batched["hh_size"].dtype == "float64" and batched["hh_size"].isna().sum() == 227
    assert batched["village"].isna().sum() == 285 and batched["village"].iloc[2] == "قرية الأمل"
    assert batched["arrival"].iloc[0] == "2020-01-01" and batched["respondent"].iloc[6999] == "Joséphine 6999"
    slow = _read_with_qgis(layer)
    for column in ("fid", "village", "respondent", "hh_size", "income", "arrival"):
        pd.testing.assert_series_equal(batched[column], slow[column], check_dtype=False, check_names=False)
    assert (batched["start"] - slow["start"]).abs().max() <= pd.Timedelta(milliseconds=1)


def test_repeated_text_values_that_mix_to_the_same_number_stay_apart():
    """Two 16-byte answers whose words mix to the same number: decoded as they are, not as each other."""
    import numpy as np

    from cartong_plugin.core.cleaning.checks.layers import _MIX, _decode_utf8

    first = b"village-" + b"answer-1"
    mixed = (int.from_bytes(first[:8], "little") * _MIX) % 2**64 ^ int.from_bytes(first[8:], "little")
    for n in range(1_000_000):  # a first word whose second word (printable) gives the same number
        head = f"{n:08d}"[::-1].encode()  # the digit that changes most in the low byte
        tail = (mixed ^ (int.from_bytes(head, "little") * _MIX) % 2**64).to_bytes(8, "little")
        if all(32 <= byte < 127 for byte in tail):
            second = head + tail
            break
    else:
        raise AssertionError("no colliding answer found")
    values = [first.decode(), second.decode()] * 1500
    decoded = _decode_utf8(np.array([v.encode() for v in values], dtype="S"))
    assert decoded.tolist() == values
