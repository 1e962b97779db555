# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin by P-code: codes typed otherwise (spaces, dashes, full-width, Excel's '.0')
are counted in their one area and named in a warning; codes matching no area are named with their
first feature, so they can be corrected."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source, write_survey_points

TYPED = ["CF 111", "CF-111", "ＣＦ111", "CF111.0", "CF0111", "CF111.0", " cf111 ", "XX999", "CF0111"]


@pytest.fixture
def counted(cartong_provider, tmp_path):
    path, _, admin2 = admin_source()
    rows = [(None, None, code, "well") for code in TYPED]  # features 4 to 12
    survey = write_survey_points(tmp_path / "survey.gpkg", {"CF111": ["well"] * 2, "CF112": ["tap"]}, extra_rows=rows)
    feedback = RecordingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:countbyadmin")
    parameters = {
        "POINTS": f"{survey}|layername=survey",
        "ADMIN": f"{path}|layername={admin2}",
        "JOIN_FIELD": "admin2",
        "OUTPUT": str(tmp_path / "counts.gpkg"),
    }
    results, ok = QgsProcessingAlgorithm.run(algorithm, parameters, QgsProcessingContext(), feedback, {}, False)
    assert ok
    with sqlite3.connect(tmp_path / "counts.gpkg") as db:
        counts = dict(db.execute("SELECT adm2_pcode, submissions FROM counts WHERE submissions > 0"))
    db.close()
    return results, feedback.warnings, counts


def test_obvious_variants_of_a_pcode_count_in_its_area_and_are_named(counted):
    results, warnings, counts = counted
    assert counts == {"CF111": 8, "CF112": 1}  # 2 + " cf111 " + the 5 variants
    assert (results["TOTAL"], results["OUTSIDE"]) == (9, 3)
    assert warnings[1] == (
        "6 submissions were counted in an area whose P-code they write differently (spaces, dashes, "
        "invisible characters, full-width characters or a '.0' added by Excel): "
        "“CF111.0” as CF111: 2 (first: feature 7); "
        "“CF 111” as CF111: 1 (first: feature 4); “CF-111” as CF111: 1 (first: feature 5); "
        "“ＣＦ111” as CF111: 1 (first: feature 6); “ cf111 ” as CF111: 1 (first: feature 10). Check that "
        "these are the same areas, and correct the P-codes in the survey."
    )


def test_pcodes_matching_no_area_are_named_with_their_first_feature(counted):
    _, warnings, _ = counted
    assert len(warnings) == 2
    assert warnings[0].startswith("3 submissions have a P-code that matches no area of ")
    assert warnings[0].endswith(
        " and are not counted: “CF0111”: 2 (first: feature 8); “XX999”: 1 (first: feature 11). "
        "Correct these P-codes in the survey, or choose the admin layer of their level, and count again."
    )


def test_a_variant_naming_two_areas_matches_neither():
    from cartong_plugin.core.maps.pcodes import PcodeMatcher, unmatched_warning

    matcher = PcodeMatcher()
    for code in ("AB-01", "AB 01", "AB02"):
        matcher.add(code)
    assert [matcher.match(typed, n) for n, typed in enumerate(["AB01", "ab-01", "AB_02", "AB 02.00"])] == [
        None,
        "AB-01",
        "AB02",
        "AB02",
    ]
    assert unmatched_warning(matcher, "admin") == (
        "1 submission has a P-code that matches no area of admin and is not counted: “AB01”: 1 (first: "
        "feature 0). Correct the P-code in the survey, or choose the admin layer of its level, and count again."
    )


def test_pcodes_with_spaces_at_the_ends_are_named_like_the_other_variants(cartong_provider, tmp_path):
    from tests.map_counts import run_count, write_table

    survey = write_table(tmp_path / "ws.gpkg", {"admin2": ["CF112", " CF112 ", "CF112\t", "CF 111"]})
    results, warnings, _, rows = run_count(tmp_path, survey)
    assert (rows["CF112"]["submissions"], rows["CF111"]["submissions"], results["OUTSIDE"]) == (3, 1, 0)
    assert warnings == [
        "3 submissions were counted in an area whose P-code they write differently (spaces, dashes, "
        "invisible characters, full-width characters or a '.0' added by Excel): "
        "“ CF112 ” as CF112: 1 (first: feature 2); "
        "“CF112\\t” as CF112: 1 (first: feature 3); “CF 111” as CF111: 1 (first: feature 4). Check that "
        "these are the same areas, and correct the P-codes in the survey."
    ]


def test_pcodes_with_invisible_characters_are_counted_and_named_written_out(cartong_provider, tmp_path):
    # pasted from a web page, a PDF or a chat: they print as CF111, CF112, CF113, CF121 (a byte order
    # mark at the start is dropped when QGIS reads the text: one at the end is kept)
    from tests.map_counts import run_count, write_table

    typed = ["CF111\u200b", "CF112\ufeff", "CF1\u00ad13", "CF\u2060121", "CF121\u00a0", "CF999\u200b"]
    results, warnings, _, rows = run_count(tmp_path, write_table(tmp_path / "cf.gpkg", {"admin2": typed}))
    assert [rows[code]["submissions"] for code in ("CF111", "CF112", "CF113", "CF121")] == [1, 1, 1, 2]
    assert results["OUTSIDE"] == 1
    assert warnings == [
        "1 submission has a P-code that matches no area of admin_boundaries and is not counted: “CF999\\u200b”: 1 "
        "(first: feature 6). Correct the P-code in the survey, or choose the admin layer of its level, and "
        "count again.",
        "5 submissions were counted in an area whose P-code they write differently (spaces, dashes, "
        "invisible characters, full-width characters or a '.0' added by Excel): “CF111\\u200b” as CF111: 1 "
        "(first: feature 1); “CF112\\ufeff” as CF112: 1 (first: feature 2); “CF1\\u00ad13” as CF113: 1 "
        "(first: feature 3); “CF\\u2060121” as CF121: 1 (first: feature 4); “CF121\\u00a0” as CF121: 1 "
        "(first: feature 5). Check that these are the same areas, and correct the P-codes in the survey.",
    ]


def test_integer_pcodes_with_spaces_at_the_ends_are_named(cartong_provider, tmp_path):
    from osgeo import ogr

    from tests.map_counts import run_count, write_table

    admin = tmp_path / "int_admin.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(admin))
    layer = ds.CreateLayer("admin2", None, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("adm2_pcode", ogr.OFTInteger))
    for code, x in ((101, 0), (102, 1)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("adm2_pcode", code)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x} 0,{x + 1} 0,{x + 1} 1,{x} 1,{x} 0))"))
        layer.CreateFeature(feature)
    ds = None
    survey = write_table(tmp_path / "int.gpkg", {"admin2": ["102", " 102 ", "101.0"]})
    _, warnings, _, rows = run_count(tmp_path, survey, ADMIN=f"{admin}|layername=admin2", ADMIN_NAME="")
    assert (rows[102]["submissions"], rows[101]["submissions"]) == (2, 1)
    assert "“ 102 ” as 102: 1 (first: feature 2); “101.0” as 101: 1 (first: feature 3)." in warnings[0]
