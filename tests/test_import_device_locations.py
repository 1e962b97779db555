# SPDX-License-Identifier: GPL-3.0-or-later
"""The locations a device records by itself (Kobo's ``start-geopoint``, ODK's ``background-geopoint``)
through cartong:importsurvey. They were typed as text: a Kobo API JSON export, which has only the
geopoint strings, gave "2 submissions imported (2 without location)" with the form and points
without it.
"""

from __future__ import annotations

import json

from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

SURVEY = [
    ["type", "name", "label", "trigger"],
    ["start-geopoint", "start_location", "", ""],
    ["text", "hh_name", "Head name", ""],
    ["background-geopoint", "bg_point", "", "${hh_name}"],
    ["integer", "hh_size", "Household size", ""],
]


def _kobo_json(path, records):
    """A Kobo API v2 data page: only the geopoint strings, no split columns."""
    results = [
        {"_id": n, "_uuid": f"u{n}", "_geolocation": [None, None], "_attachments": [], "_validation_status": {}, **r}
        for n, r in enumerate(records, start=1)
    ]
    path.write_text(json.dumps({"count": len(results), "next": None, "previous": None, "results": results}))
    return path


def _points(gpkg):
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))  # kept while its layer is read
    points = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) if f.GetGeometryRef() else None
              for f in ds.GetLayerByName("survey")]  # fmt: skip
    ds = None
    return points


def test_start_and_background_geopoints_locate_a_kobo_json_export(cartong_provider, tmp_path):
    form = write_form(tmp_path / "form.xlsx", SURVEY, None, [["form_id"], ["g1"]])
    data = _kobo_json(
        tmp_path / "export.json",
        [
            {"start_location": "12.1 -1.5 300 5", "hh_name": "Awa", "bg_point": "12.2 -1.6 301 4", "hh_size": "5"},
            {"start_location": "12.3 -1.7 0 0", "hh_name": "Issa", "bg_point": "12.4 -1.8 0 3", "hh_size": "3"},
        ],
    )
    out = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(data, out, form)
    assert result["ROWS_WITHOUT_LOCATION"] == 0
    assert query(out, "SELECT geometry_column FROM cartong_metadata") == [("start_location",)]
    assert _points(out) == [(-1.5, 12.1), (-1.7, 12.3)]
    assert query(
        out, "SELECT _start_location_latitude, _start_location_longitude, _start_location_altitude FROM survey"
    ) == [(12.1, -1.5, 300.0), (12.3, -1.7, 0.0)]


def test_the_questions_own_geopoint_is_the_location_before_the_devices(cartong_provider, tmp_path):
    survey = [*SURVEY, ["geopoint", "water_point", "Water point", ""]]
    form = write_form(tmp_path / "form.xlsx", survey, None, [["form_id"], ["g1"]])
    data = _kobo_json(
        tmp_path / "export.json",
        [{"start_location": "12.1 -1.5 300 5", "hh_name": "Awa", "water_point": "13.5 -2.5 0 4", "hh_size": "5"}],
    )
    out = tmp_path / "out.gpkg"
    result, _warnings = import_with_messages(data, out, form)
    assert result["ROWS_WITHOUT_LOCATION"] == 0
    assert query(out, "SELECT geometry_column FROM cartong_metadata") == [("water_point",)]
    assert _points(out) == [(-2.5, 13.5)]
