# SPDX-License-Identifier: GPL-3.0-or-later
"""Kobo exports whose group separator is "_" or ":" (any text is accepted in Kobo's export settings),
through cartong:importsurvey: with "_" no column was matched (``hh_info_head_age``), and the point of
``hh_info__gps_latitude``/``_longitude`` (or ``hh_info:_gps_latitude`` with ":") was not found, so
ROWS_WITHOUT_LOCATION counted a row that has one.
"""

from __future__ import annotations

import csv

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form


def _form(path, survey_extra=()):
    return write_form(
        path,
        [
            ["type", "name", "label"],
            ["begin_group", "hh_info", "Household"],
            ["integer", "head_age", "Age of head"],
            ["select_multiple prob", "water_prob", "Water problems"],
            ["geopoint", "gps", "GPS"],
            ["end_group", "", ""],
            ["begin_group", "water", "Water"],
            ["integer", "prob_cost", "Cost of problems"],
            ["end_group", "", ""],
            *survey_extra,
        ],
        [["list_name", "name", "label"], ["prob", "cost", "Cost"], ["prob", "queue", "Queue"]],
    )


def _export(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_underscore_group_separator_types_every_column_and_finds_the_point(cartong_provider, tmp_path):
    header = [
        "hh_info_head_age",
        "hh_info_water_prob",
        "hh_info_water_prob_cost",
        "hh_info_water_prob_queue",
        "hh_info_gps",
        "hh_info__gps_latitude",
        "hh_info__gps_longitude",
        "hh_info__gps_altitude",
        "hh_info__gps_precision",
        "water_prob_cost",
        "_id",
        "_uuid",
    ]
    rows = [["45", "cost", "1", "0", "4.1 18.2 0 5", "4.1", "18.2", "0", "5", "2500", "1", "u1"],
            ["52", "queue", "0", "1", "", "", "", "", "", "3000", "2", "u2"]]  # fmt: skip
    out = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(
        _export(tmp_path / "data.csv", header, rows), out, _form(tmp_path / "f.xlsx")
    )
    assert result["ROWS_WITHOUT_LOCATION"] == 1
    typed = query(
        out,
        "SELECT head_age, typeof(head_age), water_prob, water_prob_label, water_prob_cost, water_prob_queue, "
        "prob_cost, _gps_latitude, _gps_longitude, geom IS NULL FROM survey ORDER BY fid",
    )
    assert typed == [
        (45, "integer", "cost", "Cost", 1, 0, 2500, 4.1, 18.2, 0),
        (52, "integer", "queue", "Queue", 0, 1, 3000, None, None, 1),
    ]
    # the split coordinates are the geopoint's parts, not columns of their own beside the ones it gives
    assert [row[1] for row in query(out, "PRAGMA table_info(survey)")] == [
        "fid", "geom", "head_age", "water_prob", "water_prob_label", "water_prob_cost", "water_prob_queue", "gps",
        "_gps_latitude", "_gps_longitude", "_gps_altitude", "_gps_precision", "prob_cost", "_id", "_uuid",
    ]  # fmt: skip
    assert not [w for w in warnings if "not in the form" in w or "fit several" in w]


def test_underscore_path_of_two_questions_is_said_and_kept_as_text(cartong_provider, tmp_path):
    """``hh_info_water_prob_cost`` is both the choice ``cost`` of ``hh_info/water_prob`` and the question
    ``hh_info/water_prob_cost``: which one cannot be told."""
    form = _form(
        tmp_path / "f.xlsx",
        [["begin_group", "hh_info", "Household"], ["integer", "water_prob_cost", "Cost"], ["end_group", "", ""]],
    )
    header = ["hh_info_head_age", "hh_info_water_prob", "hh_info_water_prob_cost", "_id"]
    rows = [["45", "cost", "1", "1"], ["52", "queue", "0", "2"]]
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(_export(tmp_path / "data.csv", header, rows), out, form)
    assert query(out, "SELECT head_age, water_prob, hh_info_water_prob_cost FROM survey ORDER BY fid") == [
        (45, "cost", "1"),
        (52, "queue", "0"),
    ]
    assert [w for w in warnings if "fit several" in w] == [
        "data.csv: 1 column(s) fit several questions or choices of the form f.xlsx, so which one is meant "
        "cannot be told and they were imported as text: hh_info_water_prob_cost (hh_info/water_prob (cost) / "
        "hh_info/water_prob_cost). Download the export again with XML values and '/' between groups to tell "
        "them apart."
    ]


def test_colon_group_separator_split_coordinates_give_the_point(cartong_provider, tmp_path):
    """Only the split coordinates (the geopoint column left out of the export): they alone hold the point."""
    header = ["hh_info:head_age", "hh_info:_gps_latitude", "hh_info:_gps_longitude", "_id"]
    rows = [["45", "4.1", "18.2", "1"], ["52", "", "", "2"]]
    out = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(
        _export(tmp_path / "data.csv", header, rows), out, _form(tmp_path / "f.xlsx")
    )
    assert result["ROWS_WITHOUT_LOCATION"] == 1
    assert query(out, "SELECT head_age, _gps_latitude, _gps_longitude, geom IS NULL FROM survey ORDER BY fid") == [
        (45, 4.1, 18.2, 0),
        (52, None, None, 1),
    ]
    assert not [w for w in warnings if "not in the form" in w]
