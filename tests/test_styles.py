# SPDX-License-Identifier: GPL-3.0-or-later
"""Colour-blind-safe renderers: classes, "no data" and "insufficient data" classes, categories."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.maps import classes, styles


def _polygons(values, status=None) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=n:integer&field=pct:double&field=data_status:string", "areas", "memory"
    )
    features = []
    for i, value in enumerate(values):
        feature = QgsFeature(layer.fields())
        feature["n"] = value
        feature["pct"] = None if value is None else float(value)
        feature["data_status"] = (status or {}).get(i, "ok")
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _labels(renderer):
    return [rule.label() for rule in renderer.rootRule().children()]


def test_integer_classes_never_overlap_and_cover_all_values():
    values = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
    for method in classes.METHODS:
        bounds = classes.class_breaks(values, 4, method, integers=True)
        assert bounds[0][0] == 1 and bounds[-1][1] == 89, method
        for (_, upper), (lower, _) in zip(bounds, bounds[1:]):
            assert lower == upper + 1, method


def test_fewer_distinct_values_than_classes_gives_fewer_classes():
    assert classes.class_breaks([4, 4, 7], 5, "quantile", integers=True) == [(4, 4), (5, 7)]


def test_choropleth_has_one_rule_per_class_then_no_data(qgis_app):
    renderer = styles.choropleth_renderer(
        _polygons([0, 1, 2, 3, 4, 5, 6, None]), "n", classes=3, method="equal", no_data_label="No submissions"
    )
    assert _labels(renderer) == ["1 – 2", "3 – 4", "5 – 6", "No submissions"]
    assert renderer.rootRule().children()[-1].isElse()


def test_no_data_class_only_when_some_area_has_no_data(qgis_app):
    renderer = styles.choropleth_renderer(_polygons([1, 2, 3, 4]), "n", classes=2)
    assert "No data" not in _labels(renderer)


def test_insufficient_data_class_for_suppressed_shares(qgis_app):
    layer = _polygons([10.0, 50.0, 90.0, None], status={3: "insufficient"})
    renderer = styles.choropleth_renderer(
        layer, "pct", classes=2, method="equal", zero_is_no_data=False, status_field="data_status", unit="%"
    )
    assert _labels(renderer) == ["10.0 – 50.0 %", "50.1 – 90.0 %", "Insufficient data"]  # never both at 50.0


def test_class_labels_show_more_decimals_only_when_a_value_lies_within_one_step(qgis_app):
    # 20.06 is above the limit 20.04: "20.1 – …" would leave it out, "20.0 – …" overlap the class before
    renderer = styles.choropleth_renderer(
        _polygons([10, 20.04, 20.06, 40]), "pct", classes=2, method="manual", breaks=[20.04], zero_is_no_data=False
    )
    assert _labels(renderer) == ["10.0 – 20.04", "20.05 – 40.0"]


def test_proportional_legend_of_counts_has_whole_numbers_only():
    assert classes.nice_sizes(7) == [0.5, 2.5, 5] and classes.nice_sizes(7, integers=True) == [1, 2, 5]
    assert classes.nice_sizes(41, integers=True) == [2, 10, 25] and classes.nice_sizes(1, integers=True) == [1]


def test_french_locale_uses_a_decimal_comma(qgis_app):
    renderer = styles.choropleth_renderer(_polygons([10, 20]), "pct", classes=1, zero_is_no_data=False, language="fr")
    assert _labels(renderer) == ["10,0 – 20,0"]


def test_class_colours_come_from_the_colour_blind_safe_ramp():
    colours = styles.sequential_colors(5, "YlGnBu")
    assert colours[0] == QColor(styles.SEQUENTIAL["YlGnBu"][0])
    assert colours[-1] == QColor(styles.SEQUENTIAL["YlGnBu"][-1])
    assert all(a.lightness() > b.lightness() for a, b in zip(colours, colours[1:]))  # light to dark


def test_text_field_cannot_be_classified(qgis_app):
    with pytest.raises(CartongError, match="data_status"):
        styles.choropleth_renderer(_polygons([1, 2]), "data_status")


def test_categories_follow_the_form_order_with_okabe_ito_colours_and_no_answer_last(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=water:string", "pts", "memory")
    for value in ("river", "well", None, "borehole"):
        feature = QgsFeature(layer.fields())
        feature["water"] = value
        layer.dataProvider().addFeature(feature)
    renderer = styles.categorized_renderer(layer, "water", {"well": "Well", "river": "River"})
    categories = renderer.categories()
    assert [c.label() for c in categories] == ["Well", "River", "borehole", "No answer"]
    assert categories[0].symbol().color() == QColor(styles.QUALITATIVE[0])
    assert categories[2].symbol().color() == QColor(styles.QUALITATIVE[2])


def test_many_points_get_finer_translucent_dots(qgis_app):
    few, many = styles.points_renderer(300), styles.points_renderer(100_000)  # renderers own the symbols
    assert many.symbol().size() < few.symbol().size()
    assert many.symbol().opacity() < few.symbol().opacity() == 1


def test_proportional_legend_values_are_round_and_below_the_maximum():
    assert styles.nice_sizes(82) == [10, 50, 80]
    assert styles.nice_sizes(4254) == [250, 1000, 2500]
    assert styles.nice_sizes(0) == []


def test_proportional_circles_grow_with_the_square_root_of_the_value(qgis_app):
    renderer = styles.proportional_renderer("n", 100.0, max_size=10.0)
    expression = renderer.symbol().dataDefinedSize().expressionString()
    assert "scale_exp" in expression and "0.5" in expression and "100.0" in expression
    sizes = {c.label: c.size for c in renderer.dataDefinedSizeLegend().classes()}
    assert sizes["100"] == pytest.approx(10.0) and sizes["50"] == pytest.approx(10.0 * 0.5**0.5)


def test_manual_limits_make_the_classes_up_to_the_largest_value():
    assert classes.class_breaks([2, 7, 15, 33, 80], breaks=[10, 20, 50], integers=True) == [
        (2, 10),
        (11, 20),
        (21, 50),
        (51, 80),
    ]
    assert classes.class_breaks([2.5, 7.0, 15.0, 33.0], breaks=[10, 20, 50]) == [(2.5, 10), (10, 20), (20, 33.0)]


def test_manual_limits_beyond_the_data_make_no_empty_class():
    assert classes.class_breaks([12, 14, 18], breaks=[10, 20, 50], integers=True) == [(12, 18)]


def test_manual_limits_are_read_from_text_in_either_notation():
    assert classes.parse_breaks("10,20,50") == [10, 20, 50]
    assert classes.parse_breaks(" 10, 20 ,50 ") == [10, 20, 50]
    assert classes.parse_breaks("2,5; 7,5; 10") == [2.5, 7.5, 10]
    assert classes.parse_breaks("") == []


@pytest.mark.parametrize("text, message", [("10, abc, 50", "abc is not a number"), ("50, 20", "must increase")])
def test_manual_limits_that_are_not_increasing_numbers_are_refused(text, message):
    with pytest.raises(CartongError, match=message):
        classes.parse_breaks(text)


def test_choropleth_with_manual_limits_labels_each_class(qgis_app):
    renderer = styles.choropleth_renderer(
        _polygons([0, 3, 12, 18, 45, 60, None]), "n", breaks=[10, 20, 50], no_data_label="No submissions"
    )
    assert _labels(renderer) == ["3 – 10", "11 – 20", "21 – 50", "51 – 60", "No submissions"]


def test_manual_method_without_limits_is_a_clear_error():
    with pytest.raises(CartongError, match="10, 20, 50"):
        classes.class_breaks([1, 5, 9], method="manual")


# The counts per admin2 area of the bundled sample (resources/sample): many areas share 10–13.
SAMPLE_COUNTS = [
    1,
    7,
    8,
    8,
    8,
    9,
    9,
    9,
    9,
    9,
    9,
    10,
    10,
    10,
    10,
    10,
    10,
    10,
    10,
    11,
    12,
    12,
    12,
    12,
    12,
    12,
    12,
    13,
    13,
    13,
    13,
    13,
    82,
]


def test_quantile_classes_of_one_value_are_merged_into_one_class(qgis_app):
    assert classes.class_breaks(SAMPLE_COUNTS, 5, "quantile", integers=True) == [(1, 9), (10, 12), (13, 82)]
    renderer = styles.choropleth_renderer(_polygons(SAMPLE_COUNTS), "n", classes=5, method="quantile")
    assert _labels(renderer) == ["1 – 9", "10 – 12", "13 – 82"]


def test_merged_quantile_classes_come_with_a_note_suggesting_another_method(qgis_app):
    note = classes.classes_note(SAMPLE_COUNTS, 5, "quantile", integers=True)
    assert "(10, 11, 12)" in note and "Natural breaks (Jenks)" in note
    assert classes.classes_note(SAMPLE_COUNTS, 5, "jenks", integers=True) == ""
    assert classes.classes_note(list(range(1, 50)), 5, "quantile", integers=True) == ""


@pytest.mark.parametrize(
    "values, count, expected",
    [
        ([1, 2, 3], 5, [(1, 1), (2, 2), (3, 3)]),  # as many distinct values as classes or fewer: one value each
        (list(range(1, 50)), 5, None),  # nothing collapses: as computed
    ],
)
def test_classes_are_merged_only_when_they_collapse(qgis_app, values, count, expected):
    computed = classes._computed_breaks(values, count, "quantile", True, None)
    assert classes.class_breaks(values, count, "quantile", integers=True) == (expected or computed)


def test_a_single_collapsed_class_joins_the_next_one_or_the_last_the_previous():
    assert classes.merge_collapsed_classes([(1, 4), (5, 5), (6, 9)], distinct=9, classes=3) == [(1, 4), (5, 9)]
    assert classes.merge_collapsed_classes([(1, 4), (5, 8), (9, 9)], distinct=9, classes=3) == [(1, 4), (5, 9)]
    assert classes.merge_collapsed_classes([(1, 1), (2, 2)], distinct=9, classes=2) == [(1, 1), (2, 2)]
