# SPDX-License-Identifier: GPL-3.0-or-later
"""Survey rows marked ``disabled`` are left out of the form, as pyxform leaves them out of what it deploys.

An author keeps the old question disabled above its replacement (same label, or same name, other codes).
The toolkit read it: a labels export matched the column to the disabled question (its codes, 3 and 1,
instead of the deployed 1 and 4), and a form keeping the old row under the same name was refused.
pyxform's rule: the stripped cell is yes/Yes/YES/true/True/TRUE/true() (Excel's TRUE too), nothing else.
"""

from __future__ import annotations

import csv

from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

CHOICES = [
    ["list_name", "name", "label"],
    ["src_old", "1", "River"],
    ["src_old", "2", "Well"],
    ["src_old", "3", "Tap"],
    ["src", "1", "Tap"],
    ["src", "2", "Protected well"],
    ["src", "4", "River"],
]


def _csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_labels_export_column_is_the_enabled_question_not_the_disabled_one(cartong_provider, tmp_path):
    survey = [
        ["type", "name", "label", "disabled"],
        ["select_one src_old", "water_v1", "Main water source", "yes"],
        ["select_one src", "water", "Main water source", ""],
    ]
    form = write_form(tmp_path / "form.xlsx", survey, CHOICES)
    data = _csv(tmp_path / "labels.csv", ["Main water source", "_uuid"], [["Tap", "u1"], ["River", "u2"]])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert query(tmp_path / "out.gpkg", "SELECT water, water_label FROM survey ORDER BY fid") == [
        ("1", "Tap"),
        ("4", "River"),
    ]
    assert not any("water_v1" in w or "'3'" in w for w in warnings)


def test_a_disabled_row_may_keep_the_name_of_its_replacement(cartong_provider, tmp_path):
    survey = [
        ["type", "name", "label", "disabled"],
        ["select_one src_old", "water", "Main water source (old)", " TRUE "],
        ["select_one src", "water", "Main water source", ""],
        ["integer", "hh_size", "Household size (old)", "true()"],
        ["text", "hh_size", "Household size", "no"],
        ["integer", "rooms", "Rooms", "1"],  # pyxform disables on yes/true only: "1" keeps the row
    ]
    form = write_form(tmp_path / "form.xlsx", survey, CHOICES)
    data = _csv(
        tmp_path / "data.csv",
        ["water", "hh_size", "rooms", "_uuid"],
        [["1", "5 people", "3", "u1"], ["4", "3", "2", "u2"]],
    )
    import_with_messages(data, tmp_path / "out.gpkg", form)
    from cartong_plugin.core.survey.xlsform import read_xlsform

    assert read_xlsform(form).disabled == {}  # the enabled question bears the name: no old answers to keep aside
    assert query(tmp_path / "out.gpkg", "SELECT water_label, hh_size, rooms FROM survey ORDER BY fid") == [
        ("Tap", "5 people", 3),
        ("River", "3", 2),
    ]


def _run_checks(gpkg, form):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:runchecks")
    parameters = {"INPUT": f"{gpkg}|layername=survey", "FORM": str(form), "CHECKS": [1]}  # missing answers
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


def test_checks_read_the_skip_logic_of_the_enabled_group(cartong_provider, tmp_path):
    """A disabled copy of a group, with another relevant, after the deployed one: the checks read the
    deployed group's relevant (only the household that consented is asked its size)."""
    survey = [
        ["type", "name", "label", "relevant", "required", "disabled"],
        ["select_one yn", "consent", "Consent", "", "", ""],
        ["begin group", "household", "Household", "${consent} = 'yes'", "", ""],
        ["integer", "hh_size", "Household size", "", "yes", ""],
        ["end group", "", "", "", "", ""],
        ["begin group", "household", "Household (old)", "${consent} = 'no'", "", "yes"],
        ["end group", "", "", "", "", "yes"],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    form = write_form(tmp_path / "form.xlsx", survey, choices)
    data = _csv(
        tmp_path / "data.csv",
        ["consent", "household/hh_size", "_uuid"],
        [["yes", "", "asked"], ["no", "", "not-asked"]],
    )
    import_with_messages(data, tmp_path / "out.gpkg", form)
    assert _run_checks(tmp_path / "out.gpkg", form)["MISSING"] == 1
    assert query(tmp_path / "out.gpkg", "SELECT uuid FROM cleaning_log WHERE check_id LIKE 'missing%'") == [("asked",)]


def test_a_kobo_asset_leaves_its_disabled_rows_out(qgis_app):
    """A Kobo asset keeps the XLSForm's columns, ``disabled`` too; its deployed form (pyxform) has no such row."""
    from cartong_plugin.core.servers.kobo import form_spec_from_asset

    survey = [
        {"type": "select_one", "select_from_list_name": "src_old", "name": "water", "disabled": "yes"},
        {"type": "select_one", "select_from_list_name": "src", "name": "water"},
        {"type": "integer", "name": "old_size", "disabled": True},
        {"type": "integer", "name": "rooms", "disabled": "no"},
    ]
    form = form_spec_from_asset({"uid": "aD", "content": {"survey": survey, "choices": []}})
    assert [(q.name, q.list_name) for q in form.questions.values()] == [("water", "src"), ("rooms", None)]
    # what earlier versions collected is still typed (the disabled water is borne by the enabled one)
    assert [(key, q.type) for key, q in form.disabled.items()] == [("old_size", "integer")]


# A geopoint collected by version 1, kept in the form with disabled=yes (GPS stopped for protection): Kobo's
# export still holds its points, as the string and as split coordinates.
OLD_GPS_FORM = [
    ["type", "name", "label", "disabled"],
    ["start", "start", "", ""],
    ["geopoint", "old_gps", "Location of the house", "yes"],
    ["integer", "old_size", "Household size", "yes"],
    ["text", "village", "Village", ""],
]
OLD_GPS_HEADER = ["start", "old_gps", "_old_gps_latitude", "_old_gps_longitude", "_old_gps_altitude"]
OLD_GPS_HEADER += ["_old_gps_precision", "old_size", "village", "_id", "_uuid"]
OLD_GPS_ROWS = [
    ["2026-03-01T10:00:00.000+01:00", "4.3951859 18.6176917 0 5", "4.3951859", "18.6176917", "0", "5", "4"]
    + ["Bangui", "1", "u1"],
    ["2026-03-02T10:00:00.000+01:00", "4.3612345 18.5501234 0 5", "4.3612345", "18.5501234", "0", "5", "7"]
    + ["Bimbo", "2", "u2"],
]


def _points(gpkg):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    return [
        (round(f.geometry().asPoint().y(), 7), round(f.geometry().asPoint().x(), 7)) if f.hasGeometry() else None
        for f in layer.getFeatures()
    ]


def test_the_points_a_disabled_geopoint_collected_are_mapped_and_said(cartong_provider, tmp_path):
    from cartong_plugin.core.survey.xlsform import read_xlsform

    form = write_form(tmp_path / "form.xlsx", OLD_GPS_FORM, [])
    spec = read_xlsform(form)  # checks, label matching and field packages never see a disabled question
    assert "old_gps" not in spec.questions and spec.disabled["old_gps"].type == "geopoint"
    data = _csv(tmp_path / "data.csv", OLD_GPS_HEADER, OLD_GPS_ROWS)
    result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert result["ROWS_WITHOUT_LOCATION"] == 0
    assert _points(tmp_path / "out.gpkg") == [(4.3951859, 18.6176917), (4.3612345, 18.5501234)]
    assert query(tmp_path / "out.gpkg", "SELECT typeof(_old_gps_latitude), old_size + 0 FROM survey") == [
        ("real", 4),
        ("real", 7),
    ]
    said = [w for w in warnings if "disabled" in w]
    assert len(said) == 1, warnings
    assert "6 columns hold the answers that earlier versions of the form collected" in said[0]
    assert "old_gps, old_size" in said[0] and "_old_gps_precision" in said[0] and "form.xlsx" in said[0]
    assert not any("not in the form" in w for w in warnings)


def test_odk_split_coordinates_of_a_disabled_grouped_geopoint_are_mapped(cartong_provider, tmp_path):
    survey = [
        ["type", "name", "label", "disabled"],
        ["begin group", "hh", "Household", ""],
        ["geopoint", "old_gps", "Location of the house", "TRUE"],
        ["text", "village", "Village", ""],
        ["end group", "", "", ""],
    ]
    form = write_form(tmp_path / "form.xlsx", survey, [])
    header = ["hh-old_gps-Latitude", "hh-old_gps-Longitude", "hh-old_gps-Altitude", "hh-old_gps-Accuracy"]
    rows = [["4.3951859", "18.6176917", "0", "5", "Bangui", "uuid:1"], ["", "", "", "", "Bimbo", "uuid:2"]]
    data = _csv(tmp_path / "odk.csv", header + ["hh-village", "KEY"], rows)
    result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert _points(tmp_path / "out.gpkg") == [(4.3951859, 18.6176917), None]
    assert result["ROWS_WITHOUT_LOCATION"] == 1
    assert any("4 columns hold" in w and "hh/old_gps" not in w and "hh-old_gps-Accuracy" in w for w in warnings)


def test_the_enabled_geopoint_is_the_location_before_a_disabled_one(cartong_provider, tmp_path):
    survey = OLD_GPS_FORM + [["geopoint", "gps", "Location of the shelter", ""]]
    form = write_form(tmp_path / "form.xlsx", survey, [])
    rows = [row + [""] for row in OLD_GPS_ROWS]
    rows.append(["2026-04-01T10:00:00.000+01:00", "", "", "", "", "", "", "Bangui", "3", "u3", "4.3701 18.5602 0 4"])
    data = _csv(tmp_path / "data.csv", OLD_GPS_HEADER + ["gps"], rows)
    result, _warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert _points(tmp_path / "out.gpkg") == [None, None, (4.3701, 18.5602)]


def test_sharing_removes_the_location_of_a_disabled_geopoint(cartong_provider, tmp_path):
    from tests.protection_data import share, table_columns

    form = write_form(tmp_path / "form.xlsx", OLD_GPS_FORM, [])
    data = _csv(tmp_path / "data.csv", OLD_GPS_HEADER, OLD_GPS_ROWS)
    import_with_messages(data, tmp_path / "out.gpkg", form)
    share(tmp_path / "out.gpkg", tmp_path / "shared.gpkg")
    columns = table_columns(tmp_path / "shared.gpkg")
    assert "village" in columns
    assert not {"old_gps", "_old_gps_latitude", "_old_gps_longitude", "_old_gps_precision"} & set(columns)
    text = (tmp_path / "shared.gpkg").read_bytes()
    assert b"4.3951859" not in text and b"18.6176917" not in text


def test_the_choice_columns_of_a_disabled_select_multiple_are_typed_and_said(cartong_provider, tmp_path):
    # an older version asked "Problems" as a select_multiple: its 0/1 columns are its, not "not in the form"
    survey = [
        ["type", "name", "label", "disabled"],
        ["begin_group", "water", "Water", ""],
        ["select_multiple pb", "problems_v1", "Problems", "yes"],
        ["select_one src", "source", "Main water source", ""],
        ["end_group", "", "", ""],
    ]
    choices = CHOICES + [["pb", "cost", "Cost"], ["pb", "distance", "Distance"]]
    form = write_form(tmp_path / "form.xlsx", survey, choices)
    header = ["water/problems_v1", "water/problems_v1/cost", "water/problems_v1/distance", "water/source", "_uuid"]
    rows = [["cost distance", "1", "1", "1", "u1"], ["", "", "", "2", "u2"], ["distance", "0", "1", "4", "u3"]]
    _result, warnings = import_with_messages(_csv(tmp_path / "data.csv", header, rows), tmp_path / "out.gpkg", form)
    assert query(
        tmp_path / "out.gpkg", "SELECT problems_v1, typeof(problems_v1_cost), problems_v1_distance FROM survey"
    ) == [("cost distance", "integer", 1), (None, "null", None), ("distance", "integer", 1)]
    assert not any("not in the form" in w for w in warnings), warnings
    said = [w for w in warnings if "disabled" in w]
    assert len(said) == 1 and "3 columns hold" in said[0] and "water/problems_v1/cost" in said[0], warnings
