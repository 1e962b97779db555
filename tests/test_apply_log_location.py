# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog keeps a geopoint's text and its split latitude/longitude in agreement (found by an
attack on the cleaning cycle: a corrected location text left the point and the coordinates where they were,
and corrected coordinates left the text): the other side follows the log's change, and the point with it."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from osgeo import ogr

from tests.field_data import RecordingFeedback, import_sample

HEADER = "uuid,question,old_value,new_value,change_type"


def _rows(gpkg, count):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(
            "SELECT _uuid, location, _location_latitude, _location_longitude FROM survey "
            "WHERE location IS NOT NULL AND _uuid NOT IN (SELECT _uuid FROM survey GROUP BY _uuid "
            "HAVING count(*) > 1) ORDER BY fid LIMIT ?",
            (count,),
        ).fetchall()


def _cleaned(path):
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    out = {}
    for feature in layer:
        geometry = feature.GetGeometryRef()
        point = (round(geometry.GetY(), 7), round(geometry.GetX(), 7)) if geometry and not geometry.IsEmpty() else None
        out[feature["_uuid"]] = (
            feature["location"],
            feature["_location_latitude"],
            feature["_location_longitude"],
            point,
        )
    return out


def test_a_changed_location_text_moves_its_coordinates_and_point_and_back(cartong_provider, tmp_path):
    import processing

    gpkg = import_sample(tmp_path / "household.gpkg")
    rows = _rows(gpkg, 6)
    (u1, text1, *_), (u2, text2, lat2, lon2), (u3, text3, lat3, lon3), (u4, text4, lat4, lon4) = rows[:4]
    (u5, *_), (u6, _text6, lat6, lon6) = rows[4:]
    rest1 = " ".join(text1.split()[2:])
    log = tmp_path / "log.csv"
    log.write_text(
        f"{HEADER}\n"
        f"{u1},location,{text1},5.9 17.7 {rest1},change_response\n"  # the text: coordinates and point follow
        f"{u2},_location_latitude,{lat2},5.5,change_response\n"  # one coordinate: the text follows
        f"{u3},_location_latitude,{lat3},{lon3},change_response\n"  # swapped
        f"{u3},_location_longitude,{lon3},{lat3},change_response\n"
        f"{u4},location,{text4},6.1 18.1,change_response\n"  # both, disagreeing: said, the point follows lat/lon
        f"{u4},_location_latitude,{lat4},6.2,change_response\n"
        f"{u5},location,,,change_response\n"  # emptied: no place any more
        f"{u6},_location_latitude,{lat6},,change_response\n",  # a coordinate emptied: nor does the text
        encoding="utf-8",
    )
    feedback = RecordingFeedback()
    processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{gpkg}|layername=survey", "LOG": str(log), "OUTPUT": str(tmp_path / "cleaned.gpkg")},
        feedback=feedback,
    )
    cleaned = _cleaned(tmp_path / "cleaned.gpkg")
    assert cleaned[u1] == (f"5.9 17.7 {rest1}", 5.9, 17.7, (5.9, 17.7))
    rest2 = text2.split()[1:]
    assert cleaned[u2] == (" ".join(["5.5"] + rest2), 5.5, lon2, (5.5, round(lon2, 7)))
    assert cleaned[u3][1:] == (lon3, lat3, (round(lon3, 7), round(lat3, 7)))
    assert cleaned[u3][0].split()[:2] == [str(lon3), str(lat3)] and cleaned[u3][0].split()[2:] == text3.split()[2:]
    assert cleaned[u4] == ("6.1 18.1", 6.2, lon4, (6.2, round(lon4, 7)))
    assert cleaned[u5] == (None, None, None, None)
    assert cleaned[u6] == (None, None, lon6, None)
    said = " ".join(feedback.infos + feedback.warnings)
    assert "In 5 submissions the location text and its latitude/longitude columns were kept in agreement" in said
    assert "In 1 submission the log changes both the location text and its latitude/longitude columns, and they" in said
    with closing(sqlite3.connect(gpkg)) as db:  # the survey itself never changes
        assert db.execute("SELECT location FROM survey WHERE _uuid = ?", (u1,)).fetchone() == (text1,)
