# SPDX-License-Identifier: GPL-3.0-or-later
"""Exports whose only location is the server's ``_geolocation`` ("[lat, lon]", the submission's first
geopoint; "[null, null]" without), through cartong:importsurvey: an ONA CSV downloaded without its
geopoint columns, or a Kobo JSON page without the geopoint answers. Every row was counted "without
location" and no point was built, without a word of why.
"""

from __future__ import annotations

import csv
import json

from tests.conftest import REAL_DATA
from tests.real_imports import import_with_messages, query
from tests.xlsform_files import write_form

_ONA_HEADER = ["today", "hh/name", "hh/size", "meta/instanceID", "_id", "_uuid", "_submission_time", "_tags",
               "_notes", "_version", "_xform_id", "_geolocation"]  # fmt: skip
_SAID = "the points were built from column _geolocation"


def _points(gpkg):
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))  # kept while its layer is read
    points = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) if f.GetGeometryRef() else None
              for f in ds.GetLayerByName("survey")]  # fmt: skip
    ds = None
    return points


def _form(path):
    return write_form(
        path,
        [
            ["type", "name", "label"],
            ["today", "today", ""],
            ["begin_group", "hh", "Household"],
            ["text", "name", "Head name"],
            ["integer", "size", "Size"],
            ["geopoint", "gps", "Location"],
            ["end_group", "", ""],
        ],
    )


def _ona_csv(path, geolocations):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(_ONA_HEADER)
        for n, where in enumerate(geolocations, start=1):
            writer.writerow([f"2024-05-0{n}", f"Head {n}", str(n + 2), f"uuid:u{n}", str(100 + n), f"u{n}",
                             "2024-05-01T10:00:00", "[]", "[]", "202405011", "7", where])  # fmt: skip
    return path


def test_ona_csv_without_geopoint_columns_is_located_by_geolocation(cartong_provider, tmp_path):
    wheres = ["[4.36, 18.55]", "[null, null]", "", "[-4.3, 15.3]", "[None, None]", "[4.36, x]"]
    data = _ona_csv(tmp_path / "ona.csv", wheres)
    out = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(data, out, _form(tmp_path / "form.xlsx"))
    assert result["ROWS"] == 6
    assert result["ROWS_WITHOUT_LOCATION"] == 4
    assert _points(out) == [(18.55, 4.36), None, None, (15.3, -4.3), None, None]  # [latitude, longitude]
    (said,) = [w for w in warnings if _SAID in w]
    assert said.startswith(f"ona.csv: {_SAID}") and "no geopoint column was found" in said
    (unread,) = [w for w in warnings if "cannot be read" in w]
    assert unread.startswith("ona.csv, column _geolocation: 1 location cannot be read") and "row 7" in unread
    # kept as exported, in the typed table and the raw one; the import says where its points come from
    assert [r[0] for r in query(out, "SELECT _geolocation FROM survey ORDER BY fid")] == [w or None for w in wheres]
    assert [r[0] for r in query(out, "SELECT _geolocation FROM raw_survey ORDER BY fid")] == wheres
    assert query(out, "SELECT geometry_column FROM cartong_metadata") == [("_geolocation",)]
    assert query(out, "SELECT size FROM survey ORDER BY fid LIMIT 2") == [(3,), (4,)]


def test_geolocation_without_any_point_or_beside_a_geopoint_is_not_used(cartong_provider, tmp_path):
    form = _form(tmp_path / "form.xlsx")
    data = _ona_csv(tmp_path / "none.csv", ["[null, null]", "[None, None]"])  # no point at all: no geometry
    result, warnings = import_with_messages(data, tmp_path / "none.gpkg", form)
    assert result["ROWS_WITHOUT_LOCATION"] == 2
    assert query(tmp_path / "none.gpkg", "SELECT geometry_column FROM cartong_metadata") == [("",)]
    assert not [w for w in warnings if _SAID in w or "cannot be read" in w]
    rows = [["2024-05-01", "Awa", "3", "12.1 -1.5 0 0", "u1", "[4.36, 18.55]"]]  # the question's own point first
    with open(tmp_path / "gps.csv", "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["today", "hh/name", "hh/size", "hh/gps", "_uuid", "_geolocation"], *rows])
    result, warnings = import_with_messages(tmp_path / "gps.csv", tmp_path / "gps.gpkg", form)
    assert _points(tmp_path / "gps.gpkg") == [(-1.5, 12.1)]
    assert not [w for w in warnings if _SAID in w]


def test_real_kobo_json_page_without_its_geo_answers_is_located_by_geolocation(cartong_provider, tmp_path):
    page = json.loads((REAL_DATA / "dickoa+robotoolbox/tests/fixtures/decoded/kobo_data_geodata__02.json").read_text())
    for record in page["results"]:  # the point, line and polygon answers left out
        for key in ("point", "line", "polygon"):
            record.pop(key)
    data = tmp_path / "kobo.json"
    data.write_text(json.dumps(page), encoding="utf-8")
    result, warnings = import_with_messages(data, tmp_path / "kobo.gpkg")
    assert result["ROWS_WITHOUT_LOCATION"] == 0
    assert _points(tmp_path / "kobo.gpkg") == [(-17.459261, 14.719783)]  # the "point" answer's place
    assert [w for w in warnings if _SAID in w]
