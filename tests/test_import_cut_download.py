# SPDX-License-Identifier: GPL-3.0-or-later
"""A CSV download cut mid-row at its end, through cartong:importsurvey.

The cut last row was said ("looks cut off") but imported into the typed layer as a submission like the
others: its missing answers counted as missing, its last answer cut short (Zoe's age 2, not 22) checked
and mapped as given. The raw table keeps it as received; the typed tables leave it out, said by its row.
"""

from __future__ import annotations

from tests.real_imports import import_with_messages, query

HEADER = "_location_latitude,_location_longitude,name,age,kids[1]/kname,kids[2]/kname,_uuid,_index\n"
WHOLE = "4.36,18.55,Ann,31,Al,,a1,1\n5.75,20.67,Bob,40,Bo,Bea,b2,2\n"
CUT = "4.61,22.41,Zoe,2"  # the download stopped in "22,Zed,,z3,3"


def _import(tmp_path, text):
    data = tmp_path / "export.csv"
    data.write_text(text, encoding="utf-8")
    gpkg = tmp_path / "out.gpkg"
    result, warnings = import_with_messages(data, gpkg)
    return gpkg, result, warnings


def test_the_cut_row_stays_raw_but_is_no_submission_of_the_typed_layer(cartong_provider, tmp_path):
    gpkg, result, warnings = _import(tmp_path, HEADER + WHOLE + CUT)
    assert query(gpkg, "SELECT name, age FROM raw_survey ORDER BY fid")[-1] == ("Zoe", "2")
    assert query(gpkg, "SELECT count(*) FROM raw_survey") == [(3,)]
    assert query(gpkg, "SELECT name, age FROM survey ORDER BY fid") == [("Ann", 31), ("Bob", 40)]
    assert (result["ROWS"], result["ROWS_WITHOUT_LOCATION"]) == (2, 0)
    # neither a point in the spatial index nor in the layer's extent
    assert query(gpkg, 'SELECT count(*) FROM "rtree_survey_geom"') == [(2,)]
    assert query(gpkg, "SELECT max_x FROM gpkg_contents WHERE table_name = 'survey'") == [(20.67,)]
    said = [w for w in warnings if "row 4 was cut off" in w]
    assert said == [
        "export.csv: row 4 was cut off by the end of the file: 1 row of survey made from it was left out of "
        "that table, so that checks, counts and maps do not take a partial submission for a whole one; "
        "raw_survey keeps it as received."
    ]
    assert any("looks cut off: its last row (row 4)" in w for w in warnings)


def test_the_repeat_items_of_a_cut_row_leave_the_typed_repeat_table_too(cartong_provider, tmp_path):
    """Zoe's first kid (a flattened repeat column) was read before the cut: it belongs to no submission."""
    gpkg, _result, warnings = _import(tmp_path, HEADER + WHOLE + "4.61,22.41,Zoe,22,Ze")  # "Zed" cut
    assert query(gpkg, "SELECT count(*) FROM raw_kids") == [(4,)]
    assert query(gpkg, "SELECT kname FROM kids ORDER BY fid") == [("Al",), ("Bo",), ("Bea",)]
    assert any("row 4 was cut off" in w and "1 row of kids made from it" in w for w in warnings)


def test_a_whole_file_keeps_every_row_typed(cartong_provider, tmp_path):
    gpkg, result, warnings = _import(tmp_path, HEADER + WHOLE + "4.61,22.41,Zoe,22,Zed,,z3,3")
    assert result["ROWS"] == 3 and query(gpkg, "SELECT count(*) FROM survey") == [(3,)]
    assert not [w for w in warnings if "cut off" in w]
