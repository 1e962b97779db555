# SPDX-License-Identifier: GPL-3.0-or-later
"""Repeats of real exports through cartong:importsurvey: repeats flattened into one sheet
(kids/kids_details[1]/kids_name) and submissions saved as JSON (Kobo API, ODK Central OData) become
child tables linked to their submission, as repeat sheets are."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REAL_DATA
from tests.real_imports import csv_rows, import_with_messages, query

# ----------------------------------------------------------------------------- repeats flattened into one sheet

NESTED = REAL_DATA / "kobotoolbox+kobocat/onadata/apps/viewer/tests/fixtures/nested_repeats/nested_repeats.csv"
TUTORIAL = REAL_DATA / "kobotoolbox+kobocat/onadata/apps/main/tests/fixtures/csv_export/tutorial_w_repeats.csv"


def _items(records, prefix: str, fields: list[str], count: int):
    """Independent reading of flattened items: (submission row, n, values) of items not all empty or n/a."""
    header = records[0]
    found = []
    for row, record in enumerate(records[1:], start=1):
        for n in range(1, count + 1):
            values = [record[header.index(f"{prefix}[{n}]/{f}")] for f in fields]
            if any(v.strip().lower() not in ("", "n/a") for v in values):
                found.append((row, n, values))
    return found


def test_flattened_nested_repeats_become_child_tables(cartong_provider, tmp_path):
    records = csv_rows(NESTED)
    result, warnings = import_with_messages(NESTED, tmp_path / "n.gpkg")
    assert result["ROWS"] == len(records) - 1 == 2
    kids = _items(records, "kids/kids_details", ["kids_name", "kids_age"], 3)
    rows = query(
        tmp_path / "n.gpkg",
        'SELECT "kids/kids_details/kids_name", "kids/kids_details/kids_age", _index, '
        "_submission__uuid FROM raw_kids_details ORDER BY fid",
    )
    uuid = records[0].index("_uuid")
    assert rows == [(*values, str(i), records[row][uuid]) for i, (row, _n, values) in enumerate(kids, start=1)]
    shots = []  # immunizations: the parent is the _index of the kid's row
    header = records[0]
    for row, record in enumerate(records[1:], start=1):
        for kid in (1, 2, 3):
            for n in (1, 2, 3):
                name = f"kids/kids_details[{kid}]/kids_immunization[{n}]/immunization_info"
                if name in header and record[header.index(name)].strip().lower() not in ("", "n/a"):
                    parent = next(i for i, (r, k, _v) in enumerate(kids, start=1) if (r, k) == (row, kid))
                    shots.append((record[header.index(name)], str(parent)))
    assert (
        query(
            tmp_path / "n.gpkg",
            'SELECT "kids/kids_details/kids_immunization/immunization_info", '
            "_parent_index FROM raw_kids_immunization ORDER BY fid",
        )
        == shots
    )
    assert any(
        "13 columns are repeat groups flattened" in w
        and "kids_details: 5, kids_immunization: 11" in w
        and "left out: 4" in w
        for w in warnings
    )


def test_parent_table_keeps_no_indexed_columns_but_its_raw_table_does(cartong_provider, tmp_path):
    records = csv_rows(NESTED)
    import_with_messages(NESTED, tmp_path / "n.gpkg")
    typed = [r[1] for r in query(tmp_path / "n.gpkg", "PRAGMA table_info(survey)")]
    raw = [r[1] for r in query(tmp_path / "n.gpkg", "PRAGMA table_info(raw_survey)")]
    assert not [c for c in typed if "[" in c] and "has_kids" in typed and "nested_name" in typed
    assert raw[1:] == records[0]
    assert [list(r[1:]) for r in query(tmp_path / "n.gpkg", "SELECT * FROM raw_survey ORDER BY fid")] == records[1:]
    moved = query(
        tmp_path / "n.gpkg",
        "SELECT typed_table, typed_column FROM cartong_columns WHERE column_name = 'kids/kids_details[3]/kids_age'",
    )
    assert moved == [("kids_details", "kids_age")]


def test_flattened_repeat_relations_link_items_in_the_project(cartong_provider, qgis_new_project, tmp_path):
    from qgis.core import QgsProject

    from cartong_plugin.core.maps.survey_project import add_survey_to_project

    import_with_messages(NESTED, tmp_path / "n.gpkg")
    layers = add_survey_to_project(tmp_path / "n.gpkg", QgsProject.instance())
    family = next(f for f in layers.survey.getFeatures() if f["nested_name"] == "John")
    kids_relation = next(r for r in layers.relations if r.referencingLayer().name() == "kids_details")
    assert sorted(f["kids_name"] for f in kids_relation.getRelatedFeatures(family)) == ["Dick", "Harry", "Tom"]
    shots_relation = next(r for r in layers.relations if r.referencingLayer().name() == "kids_immunization")
    dick = next(f for f in layers.children["kids_details"].getFeatures() if f["kids_name"] == "Dick")
    assert sorted(f["immunization_info"] for f in shots_relation.getRelatedFeatures(dick)) == [
        "Anemia",
        "Flu",
        "Measles",
    ]


def test_flattened_repeat_without_group_prefix(cartong_provider, tmp_path):
    records = csv_rows(TUTORIAL)
    result, _warnings = import_with_messages(TUTORIAL, tmp_path / "t.gpkg")
    children = _items(records, "children", ["childs_name", "childs_age"], 2)
    assert result["ROWS"] == 1
    assert query(tmp_path / "t.gpkg", "SELECT childs_name, childs_age FROM children ORDER BY fid") == [
        (name, int(age)) for _row, _n, (name, age) in children
    ]


def test_flattened_repeat_of_a_table_without_index_or_uuid_links_rows_by_position(cartong_provider, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("village,hh[1]/name,hh[2]/name\nBoali,Awa,Ali\nBimbo,,\nDamara,Zara,\n", encoding="utf-8")
    import_with_messages(path, tmp_path / "p.gpkg")
    assert query(tmp_path / "p.gpkg", "SELECT name, _parent_index FROM hh ORDER BY fid") == [
        ("Awa", 1),
        ("Ali", 1),
        ("Zara", 3),
    ]
    relations = json.loads(query(tmp_path / "p.gpkg", "SELECT relations FROM cartong_metadata")[0][0])
    assert relations == [{"parent": "survey", "child": "hh", "parent_key": "fid", "child_key": "_parent_index"}]


def test_an_item_with_only_nested_answers_is_a_row_its_nested_items_hang_from(tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    path = tmp_path / "nested.csv"
    path.write_text("_uuid,kids[1]/name,kids[1]/shots[1]/vaccine,kids[2]/name\nu1,,polio,Ali\n", encoding="utf-8")
    report = import_survey(path, None, tmp_path / "n.gpkg")
    assert report.tables == {"survey": 1, "kids": 2, "shots": 1}
    assert query(tmp_path / "n.gpkg", 'SELECT "kids/name", _index FROM raw_kids ORDER BY fid') == [
        ("", "1"),
        ("Ali", "2"),
    ]
    assert query(tmp_path / "n.gpkg", 'SELECT "kids/shots/vaccine", _parent_index FROM raw_shots') == [("polio", "1")]


def test_preview_lists_the_flattened_repeats(tmp_path):
    from cartong_plugin.core.survey.importer import preview_export

    assert preview_export(NESTED).repeats == ["kids_details", "kids_immunization"]


# ----------------------------------------------------------------------------- submissions saved as JSON

ROBOTOOLBOX = REAL_DATA / "dickoa+robotoolbox/tests/fixtures/decoded"
ODATA = REAL_DATA / "ropensci+ruODK/tests/fixtures/decoded/test_odata_submission_parse1.json"


def test_kobo_api_json_repeats_become_linked_tables(cartong_provider, tmp_path):
    page = json.loads((ROBOTOOLBOX / "kobo_data_dm__01.json").read_text(encoding="utf-8"))
    result, _warnings = import_with_messages(ROBOTOOLBOX / "kobo_data_dm__01.json", tmp_path / "k.gpkg")
    assert result["ROWS"] == page["count"] == len(page["results"])
    members = [(m["demo/name"], str(s)) for s, r in enumerate(page["results"], start=1) for m in r.get("demo", [])]
    assert query(tmp_path / "k.gpkg", 'SELECT "demo/name", _parent_index FROM raw_demo ORDER BY fid') == members
    hobbies = [
        (h["demo/hobbies_list/hobbies"], member_index)
        for member_index, member in enumerate((m for r in page["results"] for m in r.get("demo", [])), start=1)
        for h in member.get("demo/hobbies_list", [])
    ]
    assert query(
        tmp_path / "k.gpkg", 'SELECT "demo/hobbies_list/hobbies", _parent_index FROM raw_hobbies_list ORDER BY fid'
    ) == [(h, str(i)) for h, i in hobbies]
    relations = json.loads(query(tmp_path / "k.gpkg", "SELECT relations FROM cartong_metadata")[0][0])
    assert {(r["parent"], r["child"], r["parent_key"]) for r in relations} >= {
        ("survey", "demo", "_index"),
        ("demo", "hobbies_list", "_index"),
        ("survey", "education", "_index"),
    }


def test_kobo_api_json_metadata_objects_are_kept_as_json_text(cartong_provider, tmp_path):
    page = json.loads((ROBOTOOLBOX / "kobo_data_validation__01.json").read_text(encoding="utf-8"))
    import_with_messages(ROBOTOOLBOX / "kobo_data_validation__01.json", tmp_path / "v.gpkg")
    stored = [
        json.loads(v) for (v,) in query(tmp_path / "v.gpkg", "SELECT _validation_status FROM raw_survey ORDER BY fid")
    ]
    assert stored == [r["_validation_status"] for r in page["results"]]


def test_odk_central_odata_json_groups_and_geojson_points(cartong_provider, tmp_path):
    page = json.loads(ODATA.read_text(encoding="utf-8"))
    result, _warnings = import_with_messages(ODATA, tmp_path / "o.gpkg")
    assert result["ROWS"] == 2 and result["ROWS_WITHOUT_LOCATION"] == 0
    raw = query(
        tmp_path / "o.gpkg", 'SELECT "location/corner1", "__system/submissionDate" FROM raw_survey ORDER BY fid'
    )
    first = page["value"][0]
    lon, lat, alt = first["location"]["corner1"]["coordinates"]
    assert raw[0] == (
        f"{lat} {lon} {alt} {first['location']['corner1']['properties']['accuracy']}",
        first["__system"]["submissionDate"],
    )
    from osgeo import ogr

    ds = ogr.Open(str(tmp_path / "o.gpkg"))  # dataset and feature kept: GDAL objects die with their owner
    feature = ds.GetLayerByName("survey").GetFeature(1)
    point = feature.GetGeometryRef()
    assert (round(point.GetX(), 7), round(point.GetY(), 7)) == (lon, lat)


def test_json_that_is_not_submissions_is_refused_by_name(tmp_path):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.survey.importer import import_survey

    path = tmp_path / "settings.json"
    path.write_text('{"server": "https://kf.kobotoolbox.org"}', encoding="utf-8")
    with pytest.raises(CartongError, match="settings.json is JSON but holds no list of submissions"):
        import_survey(path, None, tmp_path / "s.gpkg")
    assert not (tmp_path / "s.gpkg").exists()
