# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage on copies a team reworked: fids renumbered, packages merged twice or from
another survey, rows without a _uuid, values the column cannot hold (attack-field2 findings)."""

from __future__ import annotations

import shutil

import pytest

from tests.field_data import RecordingFeedback, ogr_execute, ogr_rows
from tests.test_field_merge import _conflict_rows, _merge, case, prepared  # noqa: F401 (fixtures)

SURVEY_ROWS = "SELECT fid + 0, _uuid, village, hh_size FROM survey ORDER BY fid"


def _renumber(gpkg, layer="survey"):
    """Rewrite ``layer`` with new fids 1..n, as ogr2ogr without -preserve_fid or 'save as' do."""
    from osgeo import gdal

    scratch = gpkg.with_name("scratch.gpkg")
    gdal.VectorTranslate(str(scratch), str(gpkg), layers=[layer], options=["-unsetFid"])
    gdal.VectorTranslate(str(gpkg), str(scratch), layers=[layer], accessMode="overwrite", options=["-unsetFid"])
    scratch.unlink()


def test_renumbered_fids_in_the_field_copy_shift_no_answer_onto_another_submission(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, _uuids = case
    before = ogr_rows(office, SURVEY_ROWS)
    deleted, edited = before[5], before[99]
    ogr_execute(
        field_gpkg,
        f"DELETE FROM survey WHERE fid = {deleted[0]}",
        f"UPDATE survey SET village = 'Edited' WHERE fid = {edited[0]}",
    )
    _renumber(field_gpkg)
    assert ogr_rows(field_gpkg, f"SELECT _uuid FROM survey WHERE fid = {deleted[0]}") != [(deleted[1],)]
    result = _merge(returned / "manifest.json", office)
    assert (result["EDITS"], result["NEW_SUBMISSIONS"]) == (1, 0)
    after = ogr_rows(office, SURVEY_ROWS)
    assert after == [(*row[:2], "Edited", row[3]) if row == edited else row for row in before]
    deletions = [row for row in _conflict_rows(office) if row[-1] == "deleted_in_field"]
    assert (deleted[1], str(deleted[0])) in [(row[0], row[5]) for row in deletions]


MEMBER_ROWS = "SELECT fid + 0, {key}, _submission__uuid, member_age, member_sex FROM members ORDER BY fid"


@pytest.mark.parametrize("key", ["_index", "KEY"])
def test_renumbered_repeat_fids_shift_no_member_onto_another_of_the_same_household(cartong_provider, case, key):  # noqa: F811
    """Members are paired by their own key (Kobo's _index, ODK's KEY) when the field copy's fids were renumbered:
    deleting the 2nd member of a household shifts the 3rd onto its fid, and its answers must not become the 2nd's."""
    office, returned, field_gpkg, uuids = case
    if key == "KEY":  # as an ODK Central export names a repeat row: uuid:<submission>/members[<n>]
        for gpkg in (office, field_gpkg):
            ogr_execute(
                gpkg,
                "ALTER TABLE members ADD COLUMN KEY TEXT",
                "UPDATE members SET KEY = 'uuid:' || _submission__uuid || '/members[' || _index || ']'",
                "ALTER TABLE members DROP COLUMN _index",
            )
        ogr_execute(
            field_gpkg,
            "UPDATE cartong_field_base SET value = json_set(json_remove(value, '$._index'), '$.KEY', 'uuid:' || "
            "json_extract(value, '$._submission__uuid') || '/members[' || json_extract(value, '$._index') || ']') "
            "WHERE kind = 'rows:members'",
        )
    before = ogr_rows(office, MEMBER_ROWS.format(key=key))
    household = [row for row in before if row[2] == uuids[0]]
    assert len(household) >= 4
    deleted, edited = household[1], household[2]
    ogr_execute(
        field_gpkg,
        f"DELETE FROM members WHERE fid = {deleted[0]}",
        f"UPDATE members SET member_age = 99 WHERE fid = {edited[0]}",
    )
    _renumber(field_gpkg, "members")
    assert ogr_rows(field_gpkg, f"SELECT {key} FROM members WHERE fid = {deleted[0]}") == [(edited[1],)]
    result = _merge(returned / "manifest.json", office)
    assert (result["EDITS"], result["NEW_REPEAT_ROWS"], result["CONFLICT_COUNT"]) == (1, 0, 0)
    after = ogr_rows(office, MEMBER_ROWS.format(key=key))
    assert after == [(*row[:3], 99, row[4]) if row == edited else row for row in before]
    assert [(r[0], r[5], r[-1]) for r in _conflict_rows(office, "members")] == [
        (uuids[0], str(deleted[0]), "deleted_in_field")
    ]


def _add_household(gpkg, uuid, village, ages=(30,)):
    """A submission added in the field (``uuid`` None: left empty, as QGIS or QField do) with its members (no
    _parent_index: a new submission has no _index to name)."""
    value = f"'{uuid}'" if uuid else "NULL"
    statements = [
        f"INSERT INTO survey (geom, _uuid, hh_size, village) SELECT geom, {value}, {len(ages)}, '{village}' "
        "FROM survey WHERE fid = 1"
    ]
    for age in ages:
        statements += [
            "CREATE TEMP TABLE IF NOT EXISTS m AS SELECT * FROM members WHERE 0",
            "DELETE FROM m",
            "INSERT INTO m SELECT * FROM members WHERE fid = 1",
            f"UPDATE m SET fid = NULL, _index = NULL, _parent_index = NULL, member_age = {age}, "
            f"_submission__uuid = {value}",
            "INSERT INTO members SELECT * FROM m",
        ]
    ogr_execute(gpkg, *statements)


def _members(gpkg, uuid):
    return [
        r[0] for r in ogr_rows(gpkg, f"SELECT member_age FROM members WHERE _submission__uuid = '{uuid}' ORDER BY fid")
    ]


def test_a_repeat_row_added_in_the_field_is_added_once_when_the_package_is_merged_twice(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    ogr_execute(
        field_gpkg,
        f"CREATE TEMP TABLE m AS SELECT * FROM members WHERE _submission__uuid = '{uuids[0]}' LIMIT 1",
        "UPDATE m SET fid = NULL, _index = NULL, _parent_index = NULL, member_age = 5",
        "INSERT INTO members SELECT * FROM m",
    )
    before = _members(office, uuids[0])
    assert _merge(returned / "manifest.json", office)["NEW_REPEAT_ROWS"] == 1
    again = _merge(returned / "manifest.json", office)
    assert (again["NEW_REPEAT_ROWS"], again["NOT_MERGED"]) == (0, 0)
    assert _members(office, uuids[0]) == [*before, 5]


def test_later_corrections_to_a_submission_the_team_added_are_merged_the_next_time(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    _add_household(field_gpkg, "new-1", "typo vilage")
    ogr_execute(field_gpkg, f"UPDATE survey SET village = 'ROUND1' WHERE _uuid = '{uuids[0]}'")
    first = _merge(returned / "manifest.json", office)
    assert (first["NEW_SUBMISSIONS"], first["EDITS"]) == (1, 1)
    _add_household(field_gpkg, "new-1", "ignored", ages=(2,))  # a second member, its household row dropped below
    ogr_execute(
        field_gpkg,
        "DELETE FROM survey WHERE village = 'ignored'",
        "UPDATE survey SET village = 'Corrected village', hh_size = 2 WHERE _uuid = 'new-1'",
        f"UPDATE survey SET village = 'ROUND2' WHERE _uuid = '{uuids[0]}'",
    )
    feedback = RecordingFeedback()
    second = _merge(returned / "manifest.json", office, None, feedback)
    assert (second["NEW_SUBMISSIONS"], second["EDITS"], second["NEW_REPEAT_ROWS"]) == (0, 3, 1)
    assert (second["CONFLICT_COUNT"], second["NOT_MERGED"]) == (0, 0)
    assert ogr_rows(office, "SELECT village, hh_size FROM survey WHERE _uuid = 'new-1'") == [("Corrected village", 2)]
    assert ogr_rows(office, f"SELECT village FROM survey WHERE _uuid = '{uuids[0]}'") == [("ROUND2",)]
    assert _members(office, "new-1") == [30, 2]


def test_new_submissions_without_a_uuid_from_two_teams_are_all_added_with_a_new_one(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, _uuids = case
    team_b = returned.parent / "team_b"
    shutil.copytree(returned, team_b)  # team B's package, prepared from the same office file: its own id
    ogr_execute(team_b / "data" / "household.gpkg", "UPDATE cartong_field_base SET key = 'b' WHERE kind = 'package'")
    _add_household(field_gpkg, None, "team A 1")
    _add_household(team_b / "data" / field_gpkg.name, None, "team B 1")
    count = "SELECT count(*), count(DISTINCT _uuid) FROM survey"
    rows, distinct = ogr_rows(office, count)[0]
    assert _merge(returned / "manifest.json", office)["NEW_SUBMISSIONS"] == 1
    feedback = RecordingFeedback()
    result = _merge(team_b / "manifest.json", office, None, feedback)
    assert result["NEW_SUBMISSIONS"] == 1
    assert ogr_rows(office, count) == [(rows + 2, distinct + 2)]
    given = ogr_rows(office, "SELECT _uuid FROM survey WHERE village = 'team B 1'")[0][0]
    assert (
        given
        and f"1 new submission came from the field without a _uuid: it was added with a new one ({given})."
        in (feedback.warnings)
    )
    assert any(w.startswith("1 row of members added in the field belongs to no submission") for w in feedback.warnings)
    assert _merge(team_b / "manifest.json", office)["NEW_SUBMISSIONS"] == 0


def test_a_new_submission_whose_uuid_another_package_added_is_listed_not_dropped(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, _uuids = case
    team_b = returned.parent / "team_b"
    shutil.copytree(returned, team_b)  # team B's package, prepared from the same office file: its own id
    ogr_execute(team_b / "data" / "household.gpkg", "UPDATE cartong_field_base SET key = 'b' WHERE kind = 'package'")
    _add_household(field_gpkg, "copied-uuid", "team A")
    _add_household(team_b / "data" / field_gpkg.name, "copied-uuid", "team B", ages=(31,))
    _merge(returned / "manifest.json", office)
    result = _merge(team_b / "manifest.json", office)
    assert (result["NEW_SUBMISSIONS"], result["NOT_MERGED"]) == (0, 2)
    assert [(r[0], r[-1]) for r in _conflict_rows(office)] == [("copied-uuid", "uuid_in_office")]
    assert [(r[0], r[-1]) for r in _conflict_rows(office, "members")] == [("copied-uuid", "no_submission")]


def test_a_package_prepared_from_another_survey_is_refused_and_the_office_untouched(cartong_provider, case):  # noqa: F811
    from qgis.core import QgsProcessingException

    office, returned, field_gpkg, _uuids = case
    ogr_execute(office, "UPDATE survey SET _uuid = 'other-' || _uuid")  # another survey file of the same name
    _add_household(field_gpkg, "new-1", "Bimbo")
    before = office.read_bytes()
    with pytest.raises(QgsProcessingException, match=r"was not prepared from household.gpkg: none of its"):
        _merge(returned / "manifest.json", office)
    assert office.read_bytes() == before


def test_an_explanation_written_in_the_field_on_a_pending_decision_is_merged(cartong_provider, case):  # noqa: F811
    from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg, write_log_to_gpkg

    office, returned, field_gpkg, _uuids = case
    log = read_log_from_gpkg(field_gpkg)
    log[2].explanation, log[2].who = "seen by team A, waiting for the chief", "Aline"
    write_log_to_gpkg(log, field_gpkg)
    result = _merge(returned / "manifest.json", office)
    assert (result["DECISIONS"], result["CONFLICT_COUNT"]) == (1, 0)
    assert read_log_from_gpkg(office)[2].explanation == "seen by team A, waiting for the chief"


def test_a_layer_re_saved_in_qgis_brings_only_its_real_edits(cartong_provider, case):  # noqa: F811
    """Re-saving drops the milliseconds and the Z of date-times and writes empty points for no location."""
    from osgeo import ogr

    office, returned, field_gpkg, uuids = case
    ogr_execute(
        field_gpkg,
        'UPDATE survey SET "start" = substr("start", 1, 19), "end" = substr("end", 1, 19)',
        f"UPDATE survey SET hh_size = 9 WHERE _uuid = '{uuids[0]}'",
    )
    (fid,) = ogr_rows(office, "SELECT fid + 0 FROM survey WHERE geom IS NULL LIMIT 1")[0]
    ds = ogr.Open(str(field_gpkg), 1)
    layer = ds.GetLayerByName("survey")
    feature = layer.GetFeature(fid)
    feature.SetGeometry(ogr.Geometry(ogr.wkbPoint))
    layer.SetFeature(feature)
    ds = None
    start = ogr_rows(office, "SELECT start FROM survey ORDER BY fid")
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, None, feedback)
    assert (result["EDITS"], result["CONFLICT_COUNT"]) == (1, 0)
    assert not any("differ in the returned copy" in w for w in feedback.warnings)  # every row re-saved: no change
    assert ogr_rows(office, "SELECT start FROM survey ORDER BY fid") == start
    assert ogr_rows(office, f"SELECT geom IS NULL FROM survey WHERE fid = {fid}") == [(1,)]


def test_a_returned_copy_that_differs_in_most_rows_is_merged_and_said_with_the_count(cartong_provider, case):  # noqa: F811
    """A program that rewrites every row (here: village names in capitals) is no team's round of corrections:
    the merge goes on (it keeps every office change and deletes nothing) and says so, naming the column."""
    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, "UPDATE survey SET village = upper(village)")
    ogr_execute(office, f"UPDATE survey SET village = 'Office' WHERE _uuid = '{uuids[0]}'")
    changed, total = ogr_rows(office, "SELECT sum(village <> upper(village)), count(*) FROM survey")[0]
    assert changed > total / 2
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, None, feedback)
    assert (result["EDITS"], result["CONFLICT_COUNT"]) == (changed - 1, 1)
    assert ogr_rows(office, f"SELECT village FROM survey WHERE _uuid = '{uuids[0]}'") == [("Office",)]
    assert feedback.warnings[0] == (
        f"{changed} of the {total} rows of survey the package left with differ in the returned copy (most in the "
        "columns village): a layer re-saved or converted by another program, or replaced by another one, looks "
        "like this; its changes were merged where the office had not changed the value, so check those columns "
        "in household.gpkg before relying on them."
    )


def test_a_round_of_corrections_in_the_field_is_merged_without_that_warning(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, _uuids = case
    ogr_execute(field_gpkg, "UPDATE survey SET village = upper(village) WHERE fid IN (SELECT fid FROM survey LIMIT 40)")
    feedback = RecordingFeedback()
    assert _merge(returned / "manifest.json", office, None, feedback)["EDITS"] > 20
    assert not any("differ in the returned copy" in w for w in feedback.warnings)


def test_values_in_a_renamed_or_added_column_are_listed_one_by_one(cartong_provider, case, tmp_path):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    ogr_execute(
        field_gpkg,
        "ALTER TABLE survey ADD COLUMN remarks TEXT",
        f"UPDATE survey SET remarks = 'household moved to site B', hh_size = 9 WHERE _uuid = '{uuids[0]}'",
    )
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, tmp_path / "c.csv", feedback)
    assert (result["EDITS"], result["NOT_MERGED"]) == (1, 1)
    assert [(r[0], r[1], r[4], r[-1]) for r in _conflict_rows(office)] == [
        (uuids[0], "remarks", "household moved to site B", "column_not_in_office")
    ]
    assert any(w.startswith("1 row of survey has values entered in the field in columns") for w in feedback.warnings)


def test_a_new_submissions_values_in_a_column_the_office_lacks_are_listed_one_by_one(cartong_provider, case, tmp_path):  # noqa: F811
    office, returned, field_gpkg, _uuids = case
    _add_household(field_gpkg, "new-1", "Bimbo")
    _add_household(field_gpkg, "new-2", "Boali")
    ogr_execute(
        field_gpkg,
        "ALTER TABLE survey ADD COLUMN remarks TEXT",
        "UPDATE survey SET remarks = 'household moved to site B' WHERE _uuid = 'new-1'",
        'ALTER TABLE raw_survey ADD COLUMN "household/remarks" TEXT',  # and its raw row, as received
        "CREATE TEMP TABLE r AS SELECT * FROM raw_survey WHERE fid = 1",
        "UPDATE r SET fid = NULL, _uuid = 'new-1', \"household/remarks\" = 'site B'",
        "INSERT INTO raw_survey SELECT * FROM r",
    )
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, tmp_path / "c.csv", feedback)
    assert (result["NEW_SUBMISSIONS"], result["NOT_MERGED"]) == (2, 2)
    (fid,) = ogr_rows(office, "SELECT fid + 0 FROM survey WHERE _uuid = 'new-1'")[0]
    assert [(r[0], r[1], r[4], r[5], r[-1]) for r in _conflict_rows(office)] == [
        ("new-1", "remarks", "household moved to site B", str(fid), "column_not_in_office")
    ]
    assert [(r[0], r[1], r[4], r[-1]) for r in _conflict_rows(office, "raw_survey")] == [
        ("new-1", "household/remarks", "site B", "column_not_in_office")
    ]
    assert ogr_rows(office, "SELECT count(*) FROM raw_survey WHERE _uuid = 'new-1'") == [(1,)]
    assert any(w.startswith("1 row of survey has values entered in the field in columns") for w in feedback.warnings)
    assert any(w.startswith("1 row of raw_survey has values entered in the field") for w in feedback.warnings)
    assert any(
        w.startswith("Columns of the field copy that the office") and "raw_survey.household/remarks, remarks" in w
        for w in feedback.warnings
    )


NEW_ROW = (
    "SELECT head_gender_label, water_problems_label, water_problems_distance, water_problems_queue, "
    "water_problems_none, location, _location_latitude, _location_altitude FROM survey WHERE _uuid = '{}'"
)


def test_a_new_submission_gets_its_labels_choice_columns_and_coordinates_as_an_edited_row(cartong_provider, case):  # noqa: F811
    """A household entered in QGIS or QField has its answers and its point only (or the stale labels of the
    row it was duplicated from): the office row is labelled and located as an edited one would be."""
    office, returned, field_gpkg, _uuids = case
    _add_household(field_gpkg, "new-1", "Bimbo")
    (lon, lat) = ogr_rows(field_gpkg, "SELECT ST_X(geom), ST_Y(geom) FROM survey WHERE _uuid = 'new-1'")[0]
    ogr_execute(
        field_gpkg,
        "UPDATE survey SET head_gender = 'male', head_gender_label = 'Female', water_problems = 'distance queue', "
        "water_problems_none = 1, water_source = 'NOT_A_CODE' WHERE _uuid = 'new-1'",
        "UPDATE members SET member_sex = 'female' WHERE _submission__uuid = 'new-1'",  # its label: 'Male', stale
    )
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, None, feedback)
    assert (result["NEW_SUBMISSIONS"], result["NOT_MERGED"]) == (1, 0)
    assert ogr_rows(office, NEW_ROW.format("new-1")) == [
        ("Male", "Too far; Long queues", 1, 1, 0, f"{lat:.7f} {lon:.7f}", round(lat, 7), None)
    ]
    assert ogr_rows(office, "SELECT member_sex_label FROM members WHERE _submission__uuid = 'new-1'") == [("Female",)]
    assert [(r[0], r[1], r[4], r[-1]) for r in _conflict_rows(office)] == [
        ("new-1", "water_source", "NOT_A_CODE", "code_not_in_choices")
    ]
    assert any("not a choice of the form (water_source=NOT_A_CODE)" in w for w in feedback.warnings)
    again = _merge(returned / "manifest.json", office)  # what the office made is no field edit next time
    assert (again["EDITS"], again["NEW_SUBMISSIONS"], again["CONFLICT_COUNT"]) == (0, 0, 0)
    assert ogr_rows(office, NEW_ROW.format("new-1"))[0][0] == "Male"
