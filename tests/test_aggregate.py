# SPDX-License-Identifier: GPL-3.0-or-later
"""Counting survey points per admin area: by location, by P-code, shares and small-count suppression."""

from __future__ import annotations

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsProject,
    QgsVectorLayer,
)

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.maps import aggregate
from tests.mapdata import admin2_polygons, admin_source, write_survey_points

PLAN = {
    "CF111": ["well"] * 7 + ["river"] * 3,  # 10 submissions, 70 % well
    "CF112": ["well", "river", "tap"],  # 3: below the threshold of 5
    "CF113": ["tap"] * 5,
}  # 5: exactly the threshold, 0 % well
EXTRA = [
    (None, None, "CF111", "well"),  # no GPS but a P-code
    (30.0, 30.0, "CF999", "well"),  # far outside the country, unknown P-code
    (None, None, "", "river"),
]  # neither


# Fixtures give URIs, tests open the layers: a layer held by a pytest fixture is freed
# after QGIS's teardown and crashes the interpreter.
@pytest.fixture(scope="module")
def admin_uri():
    path, _, layer = admin_source()
    return f"{path}|layername={layer}"


@pytest.fixture(scope="module")
def survey_uri(tmp_path_factory):
    path = write_survey_points(tmp_path_factory.mktemp("agg") / "survey.gpkg", PLAN, extra_rows=EXTRA)
    return f"{path}|layername=survey"


def open_layers(survey_uri, admin_uri):
    survey = QgsVectorLayer(survey_uri, "survey", "ogr")
    admin = QgsVectorLayer(admin_uri, "admin2", "ogr")
    assert survey.isValid() and admin.isValid()
    return survey, admin


def test_plan_codes_exist_in_real_boundaries():
    assert set(PLAN) <= set(admin2_polygons())


def test_count_by_location_matches_points_placed_in_each_area(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    counts = aggregate.count_points_by_admin(survey, admin, "adm2_pcode")
    assert {c: n for c, n in counts.counts.items() if n} == {"CF111": 10, "CF112": 3, "CF113": 5}
    assert counts.total == 18


def test_count_by_location_reports_points_without_location_and_outside(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    counts = aggregate.count_points_by_admin(survey, admin, "adm2_pcode")
    assert counts.no_location == 2
    assert counts.outside == 1


def test_count_by_pcode_field_counts_submissions_without_gps(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    counts = aggregate.count_points_by_admin(survey, admin, "adm2_pcode", join_field="admin2")
    assert counts.counts["CF111"] == 11
    assert counts.outside == 1  # CF999 matches no polygon
    assert counts.no_location == 1  # empty P-code


def test_pcode_join_ignores_case_and_spaces(qgis_app, admin_uri):
    admin = QgsVectorLayer(admin_uri, "admin2", "ogr")
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=admin2:string", "typed", "memory")
    for code in (" cf111", "CF111 ", "Cf111"):
        feature = QgsFeature(layer.fields())
        feature["admin2"] = code
        layer.dataProvider().addFeature(feature)
    counts = aggregate.count_points_by_admin(layer, admin, "adm2_pcode", join_field="admin2")
    assert counts.counts["CF111"] == 3


def test_points_in_another_crs_are_placed_in_the_right_area(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    moved = QgsVectorLayer("Point?crs=EPSG:3857", "mercator", "memory")
    transform = QgsCoordinateTransform(survey.crs(), mercator, QgsProject.instance())
    features = []
    for source in survey.getFeatures():
        if source.hasGeometry():
            geometry = source.geometry()
            geometry.transform(transform)
            feature = QgsFeature()
            feature.setGeometry(geometry)
            features.append(feature)
    moved.dataProvider().addFeatures(features)
    counts = aggregate.count_points_by_admin(moved, admin, "adm2_pcode")
    assert counts.counts["CF111"] == 10 and counts.counts["CF113"] == 5


def test_share_of_answer_is_computed_from_the_threshold_up(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    layer, _ = aggregate.count_layer(survey, admin, answer_field="water_source", answer_value="well", min_count=5)
    rows = {f["adm2_pcode"]: f for f in layer.getFeatures()}
    assert rows["CF111"]["answer_count"] == 7 and rows["CF111"]["answer_pct"] == pytest.approx(70.0)
    assert rows["CF113"]["answer_pct"] == pytest.approx(0.0)
    assert rows["CF113"]["data_status"] == aggregate.STATUS_OK


def test_share_is_suppressed_below_the_threshold(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    layer, _ = aggregate.count_layer(survey, admin, answer_field="water_source", answer_value="well", min_count=5)
    row = next(f for f in layer.getFeatures() if f["adm2_pcode"] == "CF112")
    assert row["submissions"] == 3
    assert row["data_status"] == aggregate.STATUS_INSUFFICIENT
    assert row["answer_pct"] is None or row["answer_pct"] == NULL  # no misleading percentage


def test_areas_without_submissions_have_status_no_data(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    layer, _ = aggregate.count_layer(survey, admin, answer_field="water_source", answer_value="well")
    statuses = {f["adm2_pcode"]: f["data_status"] for f in layer.getFeatures()}
    assert statuses["CF111"] == aggregate.STATUS_OK
    assert sum(1 for s in statuses.values() if s == aggregate.STATUS_NO_DATA) == admin.featureCount() - 3


def test_count_layer_keeps_every_admin_polygon_and_field(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    layer, _ = aggregate.count_layer(survey, admin)
    assert layer.featureCount() == admin.featureCount()
    assert "adm2_name" in layer.fields().names() and "submissions" in layer.fields().names()
    assert sum(f["submissions"] for f in layer.getFeatures()) == 18


def test_select_multiple_answers_match_one_of_the_listed_choices():
    assert aggregate.answer_matches("distance cost", "cost")
    assert not aggregate.answer_matches("distance costly", "cost")
    assert not aggregate.answer_matches(None, "cost")


def test_missing_code_field_is_a_clear_error(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    with pytest.raises(CartongError, match="adm3_pcode"):
        aggregate.count_points_by_admin(survey, admin, "adm3_pcode")


def test_share_without_answer_is_a_clear_error(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    with pytest.raises(CartongError, match="water_source"):
        aggregate.count_points_by_admin(survey, admin, answer_field="water_source")


def test_counting_does_not_modify_the_inputs(qgis_app, survey_uri, admin_uri):
    survey, admin = open_layers(survey_uri, admin_uri)
    before = [f.attributes() for f in admin.getFeatures()]
    aggregate.count_layer(survey, admin, answer_field="water_source", answer_value="well")
    assert [f.attributes() for f in admin.getFeatures()] == before
    assert "submissions" not in admin.fields().names()


@pytest.fixture(scope="module")
def numbers_uri(tmp_path_factory):
    from tests.map_numbers import write_numeric_survey

    return f"{write_numeric_survey(tmp_path_factory.mktemp('agg_numbers') / 'survey.gpkg')}|layername=survey"


def _summary(numbers_uri, admin_uri, statistic):
    survey, admin = open_layers(numbers_uri, admin_uri)
    layer, _ = aggregate.count_layer(survey, admin, value_field="hh_size", statistic=statistic, min_count=5)
    return {f["adm2_pcode"]: f for f in layer.getFeatures()}


def test_mean_of_a_number_per_area_from_the_threshold_up(qgis_app, numbers_uri, admin_uri):
    rows = _summary(numbers_uri, admin_uri, "mean")
    assert rows["CF111"]["value_mean"] == pytest.approx(5.5) and rows["CF111"]["value_count"] == 10
    assert rows["CF113"]["value_mean"] == pytest.approx(4.0)
    assert rows["CF113"]["data_status"] == aggregate.STATUS_OK


def test_median_of_a_number_per_area_resists_an_extreme_answer(qgis_app, numbers_uri, admin_uri):
    rows = _summary(numbers_uri, admin_uri, "median")
    assert rows["CF113"]["value_median"] == pytest.approx(2.0)
    assert rows["CF111"]["value_median"] == pytest.approx(5.5)
    assert "value_mean" not in rows["CF111"].fields().names()


def test_mean_is_suppressed_below_the_threshold(qgis_app, numbers_uri, admin_uri):
    row = _summary(numbers_uri, admin_uri, "mean")["CF112"]
    assert row["submissions"] == 3 and row["data_status"] == aggregate.STATUS_INSUFFICIENT
    assert row["value_mean"] is None or row["value_mean"] == NULL  # no misleading mean


def test_empty_numeric_answers_do_not_count_toward_the_threshold(qgis_app, numbers_uri, admin_uri):
    row = _summary(numbers_uri, admin_uri, "median")["CF114"]
    assert row["submissions"] == 6 and row["value_count"] == 4
    assert row["data_status"] == aggregate.STATUS_INSUFFICIENT


def test_mean_without_a_numeric_question_is_a_clear_error(qgis_app, numbers_uri, admin_uri):
    survey, admin = open_layers(numbers_uri, admin_uri)
    with pytest.raises(CartongError, match="numeric question"):
        aggregate.count_layer(survey, admin, statistic="mean")


def test_unknown_statistic_names_the_choices(qgis_app, numbers_uri, admin_uri):
    survey, admin = open_layers(numbers_uri, admin_uri)
    with pytest.raises(CartongError, match="count, share, mean, median"):
        aggregate.count_layer(survey, admin, value_field="hh_size", statistic="mode")


def test_numbers_typed_as_text_are_read_and_text_answers_skipped():
    from cartong_plugin.core.maps.answer_checks import NumberReading

    reading = NumberReading("hh_size")
    assert reading.read("3,5", 1) == 3.5 and reading.read(" 12 ", 2) == 12.0 and reading.read("٣", 3) == 3.0
    assert reading.read(7, 4) == 7.0
    for empty in (None, NULL, "", " ", "n/a", float("nan")):
        assert reading.read(empty, 5) is None, empty
    assert reading.numbers == 4 and reading.commas == {"3,5": [1, 1]} and reading.left_out == {"n/a": [1, 5]}


@pytest.mark.parametrize("statistic, word", [("mean", "mean"), ("median", "median")])
def test_a_mean_or_median_without_its_question_says_which(statistic, word):
    from cartong_plugin.core.maps.aggregate import check_statistic

    with pytest.raises(CartongError, match=f"numeric question whose {word} is mapped"):
        check_statistic(statistic, None, None)
