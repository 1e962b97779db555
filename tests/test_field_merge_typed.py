# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage with typed values edited in the field (attack-field2 F5, F9): text a column's
type cannot hold, select answers changed (their labels and choice columns), points moved (their coordinate columns)."""

from __future__ import annotations

import pytest
from osgeo import ogr

from tests.field_data import RecordingFeedback, ogr_execute, ogr_rows
from tests.test_field_merge import _conflict_rows, _merge, case, prepared  # noqa: F401 (fixtures)
from tests.test_field_merge_rounds import _add_household

TYPED = "SELECT arrival_date, income_month, hh_size FROM survey WHERE _uuid = '{}'"


def test_text_a_date_or_number_column_cannot_hold_is_listed_and_the_office_value_kept(cartong_provider, case, tmp_path):  # noqa: F811
    import csv

    office, returned, field_gpkg, uuids = case
    before = [ogr_rows(office, TYPED.format(u))[0] for u in uuids[:3]]
    ogr_execute(
        field_gpkg,  # as DB Browser for SQLite or a text widget writes them
        f"UPDATE survey SET arrival_date = '12/03/2024' WHERE _uuid = '{uuids[0]}'",
        f"UPDATE survey SET income_month = '30 500,5' WHERE _uuid = '{uuids[1]}'",
        f"UPDATE survey SET hh_size = 'six', village = 'Boali' WHERE _uuid = '{uuids[2]}'",
    )
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, tmp_path / "c.csv", feedback)
    assert (result["EDITS"], result["NOT_MERGED"]) == (1, 3)
    assert [ogr_rows(office, TYPED.format(u))[0] for u in uuids[:3]] == before
    listed = [(r[0], r[1], r[4], r[-1]) for r in _conflict_rows(office)]
    assert sorted(listed) == sorted(
        [
            (uuids[0], "arrival_date", "12/03/2024", "not_a_date"),
            (uuids[1], "income_month", "30 500,5", "not_a_number"),
            (uuids[2], "hh_size", "six", "not_a_number"),
        ]
    )
    with open(tmp_path / "c.csv", encoding="utf-8-sig") as handle:
        assert {row["field_value"] for row in csv.DictReader(handle)} == {"12/03/2024", "30 500,5", "six"}
    assert any(
        w.startswith("1 row of survey has a date written in the field that is not a date") for w in feedback.warnings
    )


def test_a_new_submission_with_a_number_typed_as_text_is_added_with_that_cell_empty_and_listed(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, _uuids = case
    _add_household(field_gpkg, "new-1", "Bimbo")
    ogr_execute(field_gpkg, "UPDATE survey SET hh_size = 'six' WHERE _uuid = 'new-1'")
    result = _merge(returned / "manifest.json", office)
    assert (result["NEW_SUBMISSIONS"], result["NOT_MERGED"]) == (1, 1)
    assert ogr_rows(office, "SELECT hh_size FROM survey WHERE _uuid = 'new-1'") == [(None,)]
    assert [(r[0], r[1], r[4], r[-1]) for r in _conflict_rows(office)] == [("new-1", "hh_size", "six", "not_a_number")]


LABELS = "SELECT head_gender, head_gender_label, water_source, water_source_label FROM survey WHERE _uuid = '{}'"


def test_a_select_answer_changed_in_the_field_takes_the_label_of_its_new_choice(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    gender, _label, water, _water_label = ogr_rows(office, LABELS.format(uuids[0]))[0]
    other = "male" if gender == "female" else "female"
    source, label = (
        ("tap", "Public or private tap") if water == "protected_well" else ("protected_well", "Protected well")
    )
    ogr_execute(
        field_gpkg,
        f"UPDATE survey SET head_gender = '{other}', water_source = '{source}' WHERE _uuid = '{uuids[0]}'",
        f"UPDATE survey SET water_source = 'NOT_A_CODE' WHERE _uuid = '{uuids[1]}'",
    )
    feedback = RecordingFeedback()
    result = _merge(returned / "manifest.json", office, None, feedback)
    assert (result["EDITS"], result["NOT_MERGED"]) == (3, 0)
    assert ogr_rows(office, LABELS.format(uuids[0]))[0] == (other, other.capitalize(), source, label)
    assert ogr_rows(office, LABELS.format(uuids[1]))[0][2:] == ("NOT_A_CODE", "NOT_A_CODE")
    flagged = [(r[0], r[1], r[4], r[-1]) for r in _conflict_rows(office)]
    assert flagged == [(uuids[1], "water_source", "NOT_A_CODE", "code_not_in_choices")]
    assert any("not a choice of the form (water_source=NOT_A_CODE)" in w for w in feedback.warnings)
    again = _merge(returned / "manifest.json", office)  # the stale label of the field copy is no field edit
    assert (again["EDITS"], again["CONFLICT_COUNT"]) == (0, 0)
    assert ogr_rows(office, LABELS.format(uuids[0]))[0][1] == other.capitalize()


LOCATION = "SELECT location, _location_latitude, _location_longitude, _location_altitude FROM survey WHERE _uuid = '{}'"


def test_a_point_moved_in_the_field_moves_its_location_text_and_coordinates(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    (fid,) = ogr_rows(field_gpkg, f"SELECT fid + 0 FROM survey WHERE _uuid = '{uuids[0]}'")[0]
    ds = ogr.Open(str(field_gpkg), 1)
    layer = ds.GetLayerByName("survey")
    feature = layer.GetFeature(fid)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (18.5 4.4)"))
    layer.SetFeature(feature)
    ds = None
    result = _merge(returned / "manifest.json", office)
    assert (result["EDITS"], result["CONFLICT_COUNT"]) == (1, 0)
    assert ogr_rows(office, LOCATION.format(uuids[0])) == [("4.4 18.5", 4.4, 18.5, None)]


def test_a_select_multiple_answer_changed_in_the_field_takes_the_labels_of_its_choices(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    ogr_execute(field_gpkg, f"UPDATE survey SET water_problems = 'queue distance' WHERE _uuid = '{uuids[2]}'")
    query = f"SELECT water_problems, water_problems_label FROM survey WHERE _uuid = '{uuids[2]}'"
    if ogr_rows(office, query)[0][0] == "queue distance":
        ogr_execute(field_gpkg, f"UPDATE survey SET water_problems = 'distance' WHERE _uuid = '{uuids[2]}'")
    result = _merge(returned / "manifest.json", office)
    assert result["EDITS"] == 1
    assert ogr_rows(office, query)[0][1] in ("Long queues; Too far", "Too far")


PROBLEMS = ("none", "distance", "queue", "cost", "quality", "insecurity", "other")


@pytest.mark.parametrize("separator", ["_", "/", "."])
def test_a_select_multiple_answer_changed_in_the_field_sets_its_choice_columns_again(cartong_provider, case, separator):  # noqa: F811
    """Kobo's one 0/1 column per choice (typed water_problems_queue, or kept as exported: water_problems/queue,
    water_problems.queue) follows the answer, as its label does: the layer never says both "distance" and
    queue = 1; an answer emptied in the field empties them, as the import leaves a question not asked."""
    office, returned, field_gpkg, uuids = case
    flags = [f"water_problems{separator}{choice}" for choice in PROBLEMS]
    if separator != "_":
        ogr_execute(
            office,
            *(f'ALTER TABLE survey RENAME COLUMN "water_problems_{c}" TO "{f}"' for c, f in zip(PROBLEMS, flags)),
        )
    query = "SELECT water_problems, water_problems_label, {} FROM survey WHERE _uuid = '{{}}'".format(
        ", ".join(f'"{flag}"' for flag in flags)
    )
    assert ogr_rows(office, query.format(uuids[1]))[0][:5] == ("distance queue", "Too far; Long queues", 0, 1, 1)
    assert ogr_rows(office, query.format(uuids[0]))[0][0] == "insecurity"
    ogr_execute(  # the answer only, as a text widget or DB Browser edits it
        field_gpkg,
        f"UPDATE survey SET water_problems = 'distance' WHERE _uuid = '{uuids[1]}'",
        f"UPDATE survey SET water_problems = NULL WHERE _uuid = '{uuids[0]}'",
    )
    result = _merge(returned / "manifest.json", office)
    assert (result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]) == (2, 0, 0)
    assert ogr_rows(office, query.format(uuids[1])) == [("distance", "Too far", 0, 1, 0, 0, 0, 0, 0)]
    assert ogr_rows(office, query.format(uuids[0])) == [(None, None, *[None] * len(PROBLEMS))]
    again = _merge(returned / "manifest.json", office)  # the field copy's stale choice columns are no edit
    assert (again["EDITS"], again["CONFLICT_COUNT"]) == (0, 0)
    assert ogr_rows(office, query.format(uuids[1]))[0][3:5] == (1, 0)


def test_choice_columns_changed_in_the_field_for_an_answer_in_conflict_stay_the_offices(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    query = (
        f"SELECT water_problems, water_problems_distance, water_problems_queue FROM survey WHERE _uuid = '{uuids[1]}'"
    )
    ogr_execute(  # QField ticks the boxes with the answer; the office changed the answer too, otherwise
        field_gpkg,
        f"UPDATE survey SET water_problems = 'distance', water_problems_queue = 0 WHERE _uuid = '{uuids[1]}'",
    )
    ogr_execute(
        office, f"UPDATE survey SET water_problems = 'queue', water_problems_distance = 0 WHERE _uuid = '{uuids[1]}'"
    )
    result = _merge(returned / "manifest.json", office)
    assert (result["EDITS"], result["CONFLICT_COUNT"]) == (0, 1)
    assert ogr_rows(office, query) == [("queue", 0, 1)]
