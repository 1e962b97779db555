# SPDX-License-Identifier: GPL-3.0-or-later
"""Attack 19 (GUI) finding 1: the field package carried names, phones, exact GPS columns and the raw tables.

By default the package leaves out the personal data at high risk (``core/field/personal.py``), and the
merge keeps the office values of what it did not carry; including it is a deliberate choice, said loudly.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from cartong_plugin.core.cleaning.log import LogEntry
from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg
from tests.field_data import RecordingFeedback, import_sample, ogr_execute, ogr_rows, returned_package

LEFT_OUT = ["respondent_name", "phone", "location", "_location_latitude", "_location_longitude"]
NEW_UUID = "5d1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"


@pytest.fixture(scope="module")
def office(tmp_path_factory, qgis_app):
    """The sample imported, with a cleaning decision about a respondent's name and one about a size."""
    gpkg = import_sample(tmp_path_factory.mktemp("office") / "household.gpkg")
    first = ogr_rows(gpkg, "SELECT _uuid, respondent_name FROM survey ORDER BY fid LIMIT 1")[0]
    write_log_to_gpkg(
        [
            LogEntry(first[0], "respondent_name", first[1], "Someone Else", issue="typo", check_id="manual"),
            LogEntry(first[0], "hh_size", "6", issue="outlier", check_id="outliers"),
        ],
        gpkg,
    )
    return gpkg


def _prepare(office, folder, include=None, feedback=None):
    import processing

    parameters = {"SURVEYS": [str(office)], "NAME": "team_a", "OUTPUT": str(folder)}
    if include is not None:
        parameters["INCLUDE_PERSONAL_DATA"] = include
    return processing.run("cartong:preparefieldpackage", parameters, feedback=feedback or RecordingFeedback())


def _columns(gpkg, table="survey"):
    with closing(sqlite3.connect(gpkg)) as db:
        return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]


def _tables(gpkg):
    with closing(sqlite3.connect(gpkg)) as db:
        return {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}


def test_by_default_the_package_leaves_out_names_phones_gps_columns_and_raw_tables(cartong_provider, office, tmp_path):
    feedback = RecordingFeedback()
    result = _prepare(office, tmp_path / "out", feedback=feedback)
    packaged = tmp_path / "out" / "team_a" / "data" / "household.gpkg"
    assert not set(LEFT_OUT) & set(_columns(packaged))
    assert {"_uuid", "hh_size", "village", "geom"} <= set(_columns(packaged))
    assert not any(t.startswith("raw_") for t in _tables(packaged)) and {"survey", "members"} <= _tables(packaged)
    # nor in the file's free pages: no name, no phone number of the office file is in its bytes
    data = packaged.read_bytes()
    people = ogr_rows(office, "SELECT respondent_name, phone FROM survey WHERE respondent_name IS NOT NULL")
    assert people and not [p for p in people if p[0].encode() in data or (p[1] and str(p[1]).encode() in data)]
    with closing(sqlite3.connect(packaged)) as db:  # rewritten: no free page (zeroed or not, SQLite's build says)
        assert db.execute("PRAGMA freelist_count").fetchone() == (0,)
    assert [e.question for e in read_log_from_gpkg(packaged)] == ["hh_size"]  # the name's old value stays too
    manifest = json.loads((tmp_path / "out" / "team_a" / "manifest.json").read_text(encoding="utf-8"))
    personal = manifest["personal_data"]
    assert personal["included"] is False
    left = personal["surveys"]["household.gpkg"]
    assert set(LEFT_OUT) <= set(left["left_out"]["columns"]["survey"])
    assert sorted(left["left_out"]["tables"]) == ["raw_members", "raw_survey"]
    assert left["decisions_left_out"] == 1
    assert result["PERSONAL_COLUMNS"] == len(left["left_out"]["columns"]["survey"]) == 7
    assert any(i.startswith("Left out of the package to protect personal data: 7 columns") for i in feedback.infos)
    assert any("exact location of each submission" in w and "encrypted laptop" in w for w in feedback.warnings)


def test_the_merge_keeps_the_office_values_of_the_columns_left_out_and_takes_the_field_edits(
    cartong_provider, office, tmp_path
):
    import processing

    _prepare(office, tmp_path / "out")
    mine, returned = returned_package(office, tmp_path / "out" / "team_a.zip", tmp_path)
    field_gpkg = returned / "data" / "household.gpkg"
    personal = "SELECT fid + 0 AS n, " + ", ".join(LEFT_OUT) + " FROM survey ORDER BY fid"
    before = ogr_rows(mine, personal)
    uuids = [row[0] for row in ogr_rows(mine, "SELECT _uuid FROM survey ORDER BY fid LIMIT 3")]
    ogr_execute(  # as a team does in QGIS: an answer corrected, a point moved, a household added
        field_gpkg,
        f"UPDATE survey SET hh_size = 11, village = 'Boali' WHERE _uuid = '{uuids[0]}'",
        f"UPDATE survey SET geom = MakePoint(18.5, 4.4, 4326) WHERE _uuid = '{uuids[1]}'",
        f"INSERT INTO survey (geom, _uuid, hh_size, village) SELECT geom, '{NEW_UUID}', 3, 'Bimbo' "
        f"FROM survey WHERE _uuid = '{uuids[2]}'",
    )
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:mergefieldpackage",
        {"PACKAGE": str(returned / "manifest.json"), "OFFICE": str(mine)},
        feedback=feedback,
    )
    assert (result["CONFLICT_COUNT"], result["NOT_MERGED"], result["NEW_SUBMISSIONS"]) == (0, 0, 1)
    assert ogr_rows(mine, f"SELECT hh_size, village FROM survey WHERE _uuid = '{uuids[0]}'") == [(11, "Boali")]
    after = {row[0]: row for row in ogr_rows(mine, personal)}
    moved = ogr_rows(mine, f"SELECT fid + 0 AS n FROM survey WHERE _uuid = '{uuids[1]}'")[0][0]
    # the columns left out are the office's, untouched; but the moved point's coordinates follow it
    assert [after[row[0]] for row in before if row[0] != moved] == [row for row in before if row[0] != moved]
    assert after[moved][1:3] == next(row for row in before if row[0] == moved)[1:3]
    assert after[moved][4:6] == (4.4, 18.5)
    assert ogr_rows(mine, f"SELECT respondent_name, phone FROM survey WHERE _uuid = '{NEW_UUID}'") == [(None, None)]
    assert [e.question for e in read_log_from_gpkg(mine)] == ["respondent_name", "hh_size"]  # the office's log
    assert any(
        i.startswith("The package did not carry 7 columns of personal data (respondent_name") for i in feedback.infos
    )
    assert not any("respondent_name" in w or "not merged" in w for w in feedback.warnings + feedback.errors)


def test_personal_data_included_on_purpose_travels_and_the_run_says_so(cartong_provider, office, tmp_path):
    feedback = RecordingFeedback()
    _prepare(office, tmp_path / "out", include=True, feedback=feedback)
    packaged = tmp_path / "out" / "team_a" / "data" / "household.gpkg"
    assert set(LEFT_OUT) <= set(_columns(packaged)) and {"raw_survey", "raw_members"} <= _tables(packaged)
    manifest = json.loads((tmp_path / "out" / "team_a" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["personal_data"]["included"] is True
    assert "respondent_name" in manifest["personal_data"]["surveys"]["household.gpkg"]["carried"]["columns"]["survey"]
    [warning] = [w for w in feedback.warnings if "personal data" in w]
    assert warning.startswith("This package carries personal data: 7 columns at high risk (respondent_name, phone")
    assert "the exact location of each submission" in warning and "raw_survey" in warning
    assert "only to an encrypted laptop" in warning and "delete it from the laptop after the merge" in warning
