# SPDX-License-Identifier: GPL-3.0-or-later
"""A geopoint string and its own split columns that hold other places, through cartong:importsurvey.

kobocat's real ``good.csv`` (the formhub pizza tutorial): on rows 4 to 10 ``location`` says
``-84.5351 29.0149`` while ``_location_latitude`` / ``_location_longitude`` say ``-83.5351 / 30.0149`` up
to ``-77.5351 / 36.0149``. The map used the string, the typed layer kept both, and nothing was said.
"""

from __future__ import annotations

import pytest

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

GOOD = "kobotoolbox+kobocat/onadata/libs/tests/fixtures/good.csv"


def _pizza_form(path):
    """The form good.csv's columns describe (formhub's tutorial)."""
    return write_form(
        path,
        [
            ["type", "name", "label"],
            ["text", "name", "Name"],
            ["integer", "age", "Age"],
            ["select_one gender", "gender", "Gender"],
            ["image", "photo", "Photo"],
            ["date", "date", "Date"],
            ["geopoint", "location", "Location"],
            ["select_one yes_no", "pizza_fan", "Pizza fan?"],
            ["select_one pizza_type", "pizza_type", "Pizza type"],
            ["select_multiple toppings", "favorite_toppings", "Favorite toppings"],
            ["start", "start_time", ""],
            ["end", "end_time", ""],
            ["today", "today", ""],
            ["imei", "imei", ""],
            ["phonenumber", "phonenumber", ""],
        ],
        [
            ["list_name", "name", "label"],
            ["gender", "male", "Male"],
            ["gender", "female", "Female"],
            ["yes_no", "yes", "Yes"],
            ["yes_no", "no", "No"],
            ["pizza_type", "chitown", "Chicago style"],
            ["pizza_type", "nyc", "New York style"],
            ["toppings", "cheese", "Cheese"],
            ["toppings", "pepperoni", "Pepperoni"],
        ],
        [["form_id"], ["tutorial"]],
    )


def test_a_point_and_its_split_columns_that_disagree_are_named(cartong_provider, tmp_path, real_data_dir):
    out = tmp_path / "out.gpkg"
    _result, warnings = import_with_messages(real_data_dir / GOOD, out, _pizza_form(tmp_path / "form.xlsx"))
    said = [w for w in warnings if "other places" in w]
    assert said == [
        "good.csv: on 7 rows the point of column location and the columns _location_latitude / "
        "_location_longitude are other places (rows 4, 5, 6, 7, 8, 9, 10; first at row 4: '-84.5351 29.0149 "
        "100000 1' against -83.5351 / 30.0149); the map uses location. The typed table keeps both as "
        "exported: check which one is right before using the coordinate columns."
    ]


def test_a_point_and_split_columns_that_agree_say_nothing(cartong_provider, tmp_path):
    data = tmp_path / "export.csv"
    data.write_text(
        "location,_location_latitude,_location_longitude,_uuid\n"
        "12.1 -1.5 300 5,12.1,-1.5,u1\n12.30000001 -1.7 0 0,12.3,-1.7,u2\n,,,u3\n",
        encoding="utf-8",
    )
    form = write_form(tmp_path / "form.xlsx", [["type", "name", "label"], ["geopoint", "location", "Location"]])
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    assert not [w for w in warnings if "other places" in w]


@pytest.mark.parametrize("sep", ["/", ".", "-"])
def test_kobo_split_coordinates_after_any_group_separator_are_the_geopoint_parts(cartong_provider, tmp_path, sep):
    """formpack writes ``{group}{sep}_{q}_latitude``: with "." or "-" they were "not in the form", kept as text."""
    form = write_form(
        tmp_path / "form.xlsx",
        [
            ["type", "name", "label"],
            ["begin_group", "hh", "HH"],
            ["integer", "q1", "Q1"],
            ["geopoint", "loc", "Loc"],
            ["end_group", "", ""],
        ],
    )
    parts = [f"hh{sep}_loc_{part}" for part in ("latitude", "longitude", "altitude", "precision")]
    data = tmp_path / "export.csv"
    data.write_text(
        ";".join([f"hh{sep}q1", f"hh{sep}loc", *parts, "_id", "_uuid", "_index"])
        + "\n1;1.5 2.5 7 5;1.5;2.5;7;5;1;u1;1\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(data, out, form)
    assert not [w for w in warnings if "not in the form" in w]
    types = {name: kind for _cid, name, kind, *_rest in query(out, "PRAGMA table_info(survey)")}
    assert [types.get(f"_loc_{p}") for p in ("latitude", "longitude", "altitude", "precision")] == ["REAL"] * 4
    assert not [name for name in types if name.startswith("hh")]
    assert query(out, "SELECT _loc_latitude, _loc_altitude FROM survey") == [(1.5, 7.0)]
    assert "_loc_altitude" in result["HIGH_RISK_COLUMNS"].split(",")


def _points(out):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{out}|layername=survey", "survey", "ogr")
    return [
        None if f.geometry().isNull() else (round(f.geometry().asPoint().x(), 6), round(f.geometry().asPoint().y(), 6))
        for f in layer.getFeatures()
    ]


def test_split_coordinates_written_with_decimal_commas_are_the_points(cartong_provider, tmp_path):
    """A French Excel re-save: the split columns alone give the location, written "12,5" (some padded)."""
    form = write_form(tmp_path / "form.xlsx", [["type", "name", "label"], ["geopoint", "loc", "Loc"]])
    data = tmp_path / "export.csv"
    data.write_text(
        "_loc_latitude;_loc_longitude;_uuid\n12,5;-1,25;u1\n 4.36 ;18.55;u2\n\u00a03,75;\t-2,5;u3\n;;u4\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.gpkg"
    import_with_messages(data, out, form)
    assert _points(out) == [(-1.25, 12.5), (18.55, 4.36), (-2.5, 3.75), None]


def test_split_columns_with_decimal_commas_that_disagree_are_named(cartong_provider, tmp_path):
    form = write_form(tmp_path / "form.xlsx", [["type", "name", "label"], ["geopoint", "loc", "Loc"]])
    data = tmp_path / "export.csv"
    data.write_text(
        "loc;_loc_latitude;_loc_longitude;_uuid\n12.5 -1.25 0 0;12,5;-1,25;u1\n4.36 18.55 0 0;5,36;18,55;u2\n",
        encoding="utf-8",
    )
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    said = [w for w in warnings if "other places" in w]
    assert len(said) == 1 and "(row 3: '4.36 18.55 0 0' against 5,36 / 18,55)" in said[0]
