# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage on several copies of one package (its zip copied onto two laptops, a copy
re-sent after more work, the same copy twice): each copy's new submissions are added under their own
_uuid with their own members, an answer two copies changed differently is a conflict (attack 18field F1);
numbers a column cannot hold are said in one sentence (F5)."""

from __future__ import annotations

import shutil

from tests.field_data import RecordingFeedback, ogr_execute, ogr_rows
from tests.test_field_merge import _conflict_rows, _merge, case, prepared  # noqa: F401 (fixtures)
from tests.test_field_merge_rounds import _add_household, _members

A, B = "aaaaaaaa-0000-4000-8000-00000000000a", "bbbbbbbb-0000-4000-8000-00000000000b"
NEW_ROWS = "SELECT _uuid, village, hh_size, ST_X(geom), ST_Y(geom) FROM survey WHERE village LIKE 'LAPTOP%' ORDER BY 2"


def _laptops(returned, field_gpkg):
    """The returned package and a second copy of the same zip (laptop B): both edited below."""
    laptop_b = returned.parent / "laptop_b"
    shutil.copytree(returned, laptop_b)
    return (returned, field_gpkg), (laptop_b, laptop_b / "data" / field_gpkg.name)


def _new_household(gpkg, uuid, village, x, ages):
    _add_household(gpkg, uuid, village, ages)
    ogr_execute(gpkg, f"UPDATE survey SET geom = MakePoint({x}, 5.0, 4326) WHERE village = '{village}'")


def test_two_copies_of_one_package_each_add_their_household_and_an_answer_changed_differently_is_a_conflict(
    cartong_provider,
    case,  # noqa: F811
):
    office, returned, field_gpkg, uuids = case
    (pkg_a, gpkg_a), (pkg_b, gpkg_b) = _laptops(returned, field_gpkg)
    base_size = ogr_rows(office, f"SELECT hh_size FROM survey WHERE _uuid = '{uuids[0]}'")[0][0]
    _new_household(gpkg_a, A, "LAPTOP_A", 18.5, ages=(30,))
    _new_household(gpkg_b, B, "LAPTOP_B", 20.0, ages=(70, 8))
    for gpkg, size in ((gpkg_a, 11), (gpkg_b, 12)):  # the same fix on both, and an answer they disagree on
        ogr_execute(
            gpkg,
            f"UPDATE survey SET hh_size = {size} WHERE _uuid = '{uuids[0]}'",
            f"UPDATE survey SET village = 'Fixed on both' WHERE _uuid = '{uuids[1]}'",
        )
    first = _merge(pkg_a / "manifest.json", office)
    assert (first["NEW_SUBMISSIONS"], first["EDITS"], first["CONFLICT_COUNT"]) == (1, 2, 0)
    ogr_execute(office, f"UPDATE survey SET village = 'Office fix' WHERE _uuid = '{uuids[1]}'")  # after A's merge
    feedback = RecordingFeedback()
    second = _merge(pkg_b / "manifest.json", office, None, feedback)
    assert (second["NEW_SUBMISSIONS"], second["EDITS"], second["CONFLICT_COUNT"], second["NOT_MERGED"]) == (1, 0, 1, 0)
    assert ogr_rows(office, NEW_ROWS) == [(A, "LAPTOP_A", 1, 18.5, 5.0), (B, "LAPTOP_B", 2, 20.0, 5.0)]
    assert (_members(office, A), _members(office, B)) == ([30], [70, 8])
    orphans = "SELECT count(*) FROM members WHERE _submission__uuid NOT IN (SELECT _uuid FROM survey)"
    assert ogr_rows(office, orphans) == [(0,)]
    assert ogr_rows(office, f"SELECT hh_size FROM survey WHERE _uuid = '{uuids[0]}'") == [(11,)]
    assert ogr_rows(office, f"SELECT village FROM survey WHERE _uuid = '{uuids[1]}'") == [("Office fix",)]
    assert [(r[0], r[1], r[2], r[3], r[4], r[-1]) for r in _conflict_rows(office)] == [
        (uuids[0], "hh_size", str(base_size), "11", "12", "changed_in_another_copy")
    ]
    assert any(w.startswith("1 conflict is between two copies of this package") for w in feedback.warnings)
    assert any(e.startswith("1 conflict: a value was changed") for e in feedback.errors)
    for again in (pkg_a, pkg_b, pkg_a):  # the same copies merged again bring nothing
        result = _merge(again / "manifest.json", office)
        assert (result["NEW_SUBMISSIONS"], result["EDITS"], result["NEW_REPEAT_ROWS"]) == (0, 0, 0)
        assert result["NOT_MERGED"] == 0
    assert ogr_rows(office, NEW_ROWS)[0][0] == A and len(ogr_rows(office, NEW_ROWS)) == 2
    assert (_members(office, A), _members(office, B)) == ([30], [70, 8])
    assert ogr_rows(office, f"SELECT hh_size FROM survey WHERE _uuid = '{uuids[0]}'") == [(11,)]


def test_copies_without_uuids_and_members_added_to_one_household_on_both_laptops_are_all_added(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    (pkg_a, gpkg_a), (pkg_b, gpkg_b) = _laptops(returned, field_gpkg)
    _new_household(gpkg_a, None, "LAPTOP_A", 18.5, ages=())  # QField leaves _uuid empty: same fid on both
    _new_household(gpkg_b, None, "LAPTOP_B", 20.0, ages=())
    ogr_execute(gpkg_a, f"UPDATE survey SET village = 'Fixed on A' WHERE _uuid = '{uuids[3]}'")
    before = _members(office, uuids[2])
    for gpkg, age in ((gpkg_a, 41), (gpkg_b, 42)):  # a member added to the same household, the same fid
        ogr_execute(
            gpkg,
            "CREATE TEMP TABLE m AS SELECT * FROM members WHERE fid = 1",
            f"UPDATE m SET fid = NULL, _index = NULL, member_age = {age}, _submission__uuid = '{uuids[2]}'",
            "INSERT INTO members SELECT * FROM m",
        )
    assert _merge(pkg_a / "manifest.json", office)["NEW_SUBMISSIONS"] == 1
    result = _merge(pkg_b / "manifest.json", office)
    assert (result["NEW_SUBMISSIONS"], result["NEW_REPEAT_ROWS"], result["NOT_MERGED"]) == (1, 1, 0)
    assert [r[1] for r in ogr_rows(office, NEW_ROWS)] == ["LAPTOP_A", "LAPTOP_B"]
    assert len({r[0] for r in ogr_rows(office, NEW_ROWS)} - {None}) == 2
    assert _members(office, uuids[2]) == [*before, 41, 42]
    # laptop A goes on working and sends its copy again: the member it added corrected, a household added
    ogr_execute(gpkg_a, "UPDATE members SET member_age = 43 WHERE fid = (SELECT max(fid) FROM members)")
    _new_household(gpkg_a, None, "LAPTOP_A2", 19.0, ages=())
    later = _merge(pkg_a / "manifest.json", office)
    assert (later["NEW_SUBMISSIONS"], later["NEW_REPEAT_ROWS"], later["EDITS"], later["CONFLICT_COUNT"]) == (1, 0, 1, 0)
    assert _members(office, uuids[2]) == [*before, 43, 42]
    assert [r[1] for r in ogr_rows(office, NEW_ROWS)] == ["LAPTOP_A", "LAPTOP_A2", "LAPTOP_B"]
    for again in (pkg_b, pkg_a):
        result = _merge(again / "manifest.json", office)
        assert (result["NEW_SUBMISSIONS"], result["NEW_REPEAT_ROWS"], result["EDITS"]) == (0, 0, 0)
    assert len(ogr_rows(office, NEW_ROWS)) == 3 and _members(office, uuids[2]) == [*before, 43, 42]


def test_numbers_a_column_cannot_hold_are_said_in_one_sentence_with_their_total(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, uuids = case
    ogr_execute(
        field_gpkg,
        f"UPDATE survey SET hh_size = 'six' WHERE _uuid = '{uuids[0]}'",
        f"UPDATE survey SET income_month = '12 000' WHERE _uuid = '{uuids[1]}'",
        f"UPDATE survey SET head_age = 45.7 WHERE _uuid = '{uuids[2]}'",
    )
    feedback = RecordingFeedback()
    assert _merge(returned / "manifest.json", office, None, feedback)["NOT_MERGED"] == 3
    said = [w for w in feedback.warnings if "number" in w and "cannot hold" in w]
    assert len(said) == 1 and said[0].startswith("3 rows of survey have numbers written in the field")
