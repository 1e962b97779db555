# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:savedecisions writes a sheet row only onto the log row it shows (found by an attack on the teams side).

A sheet row named its log row by log_id and version alone, and every freshly shared log starts at version 1
with ids 1..N: a sheet saved into another survey's schema, or after the owner shared the survey again, put
its decisions on other households and questions (a remove_survey on a household nobody reviewed) and its
untouched pending rows' explanations over the log's. A reviewer's note on a row someone else decided meanwhile
was dropped as "unchanged".
"""

from __future__ import annotations

import shutil

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException
from teams_data import execute, export_sheet, write_sheet

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg
from tests.field_data import RecordingFeedback


@pytest.fixture()
def checked(checked_survey, cartong_provider):
    return checked_survey


def _share(postgis, gpkg, schema, **more):
    execute("cartong:surveytopostgis", {"INPUT": str(gpkg), "CONNECTION": postgis.conninfo(), "SCHEMA": schema, **more})
    postgis.sql(f"GRANT {schema}_reviewer TO alice, bob", user="steward")


def _save(postgis, schema, user, sheet):
    feedback = RecordingFeedback()
    result = execute(
        "cartong:savedecisions",
        {"CONNECTION": postgis.conninfo(user), "SCHEMA": schema, "SHEET": str(sheet)},
        feedback,
    )
    return result, feedback.errors


def _log(postgis, schema, fid):
    columns = "uuid, question, change_type, new_value, explanation, version"
    return postgis.sql(f"SELECT {columns} FROM {schema}.cleaning_log WHERE fid = {fid}").split("|")


def _with_log(checked, folder, name, change):
    """A copy of the checked survey whose cleaning log is ``change(entries)``."""
    copy = folder / name
    shutil.copy(checked, copy)
    entries = read_log_from_gpkg(copy)
    write_log_to_gpkg(change(entries), copy)
    return copy


def test_a_sheet_saved_into_another_surveys_schema_is_refused_whole(postgis, checked, tmp_path):
    _share(postgis, checked, "rows_first")
    other = _with_log(checked, tmp_path, "other.gpkg", lambda entries: list(reversed(entries)))
    _share(postgis, other, "rows_other")
    rows = export_sheet(postgis, "rows_first", "alice", tmp_path / "first.csv")
    for row in rows[:3]:
        row.update(change_type="change_response", new_value="5", explanation="alice: typo, confirmed by phone")
    rows[3].update(change_type="remove_survey", explanation="alice: fake interview")
    write_sheet(tmp_path / "first.csv", rows)
    before = postgis.sql("SELECT fid, change_type, explanation, version FROM rows_other.cleaning_log ORDER BY fid")
    with pytest.raises(QgsProcessingException) as refused:
        _save(postgis, "rows_other", "alice", tmp_path / "first.csv")
    message = str(refused.value)
    assert "first.csv is not from the cleaning log of rows_other" in message and "Nothing was saved" in message
    assert f"row 2: {rows[0]['uuid']}, {rows[0]['question']} in the sheet" in message
    assert postgis.sql("SELECT fid, change_type, explanation, version FROM rows_other.cleaning_log ORDER BY fid") == (
        before
    )
    result, errors = _save(postgis, "rows_first", "alice", tmp_path / "first.csv")  # where it came from: saved
    assert (result["SAVED"], result["MISMATCHED"], errors) == (4, 0, [])


def test_after_the_survey_is_shared_again_a_row_naming_another_log_row_is_refused_with_both(postgis, checked, tmp_path):
    _share(postgis, checked, "rows_again")
    rows = export_sheet(postgis, "rows_again", "alice", tmp_path / "alice.csv")
    explanations = [row["explanation"] for row in rows]
    rows[0].update(change_type="remove_survey", explanation="alice: duplicate")
    rows[1].update(change_type="no_action", explanation="alice: not a duplicate")
    rows[2].update(change_type="change_response", new_value="9", explanation="alice: typo")
    write_sheet(tmp_path / "alice.csv", rows)

    def shared_again(entries):  # the owner checks again: the first two flags swap places, one explanation changes
        entries[0], entries[1] = entries[1], entries[0]
        entries[3].explanation = "Unusual value: robust z-score 12.5."
        return entries

    again = _with_log(checked, tmp_path, "again.gpkg", shared_again)
    execute(
        "cartong:surveytopostgis",
        {"INPUT": str(again), "CONNECTION": postgis.conninfo(), "SCHEMA": "rows_again", "REPLACE": True},
    )
    postgis.sql("GRANT rows_again_reviewer TO alice", user="steward")
    result, errors = _save(postgis, "rows_again", "alice", tmp_path / "alice.csv")
    assert (result["SAVED"], result["MISMATCHED"], result["CONFLICTS"]) == (1, 2, 0)
    assert errors[0].startswith("2 decisions were not saved: their log rows now hold another submission")
    assert (
        f"row 2: your sheet has log row 1 as {rows[0]['uuid']}, {rows[0]['question']}, old value "
        f"'{rows[0]['old_value']}', but the cleaning log now holds {rows[1]['uuid']}, {rows[1]['question']}, "
        f"old value '{rows[1]['old_value']}' there" in errors[0]
    )
    assert "Your decision 'remove_survey' was not saved" in errors[0] and "row 3: your sheet has log row 2" in errors[0]
    assert _log(postgis, "rows_again", 1)[2:] == ["pending", "", explanations[1], "1"]  # not removed
    assert _log(postgis, "rows_again", 2)[2:] == ["pending", "", explanations[0], "1"]
    assert _log(postgis, "rows_again", 3)[2:] == ["change_response", "9", "alice: typo", "2"]  # still the same row
    # a row alice left pending and did not touch is never written, whatever the log holds now
    assert _log(postgis, "rows_again", 4)[2:] == ["pending", "", "Unusual value: robust z-score 12.5.", "1"]


def _set_xlsx(path, log_id, **values):
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayer(0)
    for feature in layer:
        if str(feature.GetField("log_id")) == str(log_id):
            for name, value in values.items():
                feature.SetField(name, value)
            layer.SetFeature(feature)
    ds = None


def test_a_note_on_a_row_someone_else_decided_meanwhile_is_a_conflict_with_both(postgis, checked, tmp_path):
    _share(postgis, checked, "rows_note")
    bob = export_sheet(postgis, "rows_note", "bob", tmp_path / "bob.csv")
    execute(
        "cartong:exportreviewsheet",
        {"CONNECTION": postgis.conninfo("alice"), "SCHEMA": "rows_note", "OUTPUT": str(tmp_path / "alice.xlsx")},
    )
    bob[4].update(change_type="no_action", explanation="bob: plausible")
    bob[5].update(change_type="no_action", explanation="bob: checked")
    write_sheet(tmp_path / "bob.csv", bob)
    assert _save(postgis, "rows_note", "bob", tmp_path / "bob.csv")[0]["SAVED"] == 2
    note = "alice: enumerator says the age was typed for the grandmother, revisit Tuesday before deciding"
    _set_xlsx(tmp_path / "alice.xlsx", 5, explanation=note)  # still pending in her sheet; row 6 untouched
    result, errors = _save(postgis, "rows_note", "alice", tmp_path / "alice.xlsx")
    assert (result["SAVED"], result["CONFLICTS"], result["UNCHANGED"]) == (0, 1, len(bob) - 1)
    assert errors[0].startswith("1 decision was not saved because someone else decided on the same row first")
    assert "bob saved 'no_action'" in errors[0] and "Yours, 'pending'" in errors[0]
    assert f"Their explanation: 'bob: plausible'. Yours: '{note}'." in errors[0]
    assert _log(postgis, "rows_note", 5)[2:] == ["no_action", "", "bob: plausible", "2"]
