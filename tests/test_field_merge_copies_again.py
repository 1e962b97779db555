# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage on one laptop's copy returned several times (corrected between returns) and on
two laptops' copies of one zip whose new submissions have no _uuid (review 18, items 1, 2, 3 and 5): the
one laptop's corrections are updates (no second household, no false conflict), and the two laptops'
households are both kept, or listed, never one written over the other."""

from __future__ import annotations

import shutil

from tests.field_data import ogr_execute, ogr_rows
from tests.test_field_merge import _conflict_rows, _merge, case, prepared  # noqa: F401 (fixtures)
from tests.test_field_merge_rounds import _add_household

NEW = "SELECT village, hh_size FROM survey WHERE village LIKE 'LAPTOP%' ORDER BY 1"


def _laptop_b(returned):
    laptop_b = returned.parent / "laptop_b"
    shutil.copytree(returned, laptop_b)
    return laptop_b, next((laptop_b / "data").glob("household.gpkg"))


def _counts(result):
    return result["NEW_SUBMISSIONS"], result["EDITS"], result["CONFLICT_COUNT"], result["NOT_MERGED"]


def test_one_laptop_without_uuid_correcting_its_household_updates_it(cartong_provider, case):  # noqa: F811
    office, returned, gpkg, _uuids = case
    _add_household(gpkg, None, "LAPTOP_A", ages=())
    assert _counts(_merge(returned / "manifest.json", office)) == (1, 0, 0, 0)
    ogr_execute(gpkg, "UPDATE survey SET hh_size = 5 WHERE village = 'LAPTOP_A'")
    _add_household(gpkg, None, "LAPTOP_A2", ages=())
    assert _counts(_merge(returned / "manifest.json", office)) == (1, 1, 0, 0)
    assert ogr_rows(office, NEW) == [("LAPTOP_A", 5), ("LAPTOP_A2", 0)]
    assert _counts(_merge(returned / "manifest.json", office)) == (0, 0, 0, 0)  # the same again: nothing


def test_one_laptop_correcting_a_base_answer_twice_is_an_edit_not_a_conflict(cartong_provider, case):  # noqa: F811
    office, returned, gpkg, uuids = case
    size = f"SELECT hh_size FROM survey WHERE _uuid = '{uuids[3]}'"
    ogr_execute(gpkg, f"UPDATE survey SET hh_size = 11 WHERE _uuid = '{uuids[3]}'")
    assert _counts(_merge(returned / "manifest.json", office)) == (0, 1, 0, 0)
    ogr_execute(gpkg, f"UPDATE survey SET hh_size = 12 WHERE _uuid = '{uuids[3]}'")
    assert _counts(_merge(returned / "manifest.json", office)) == (0, 1, 0, 0)
    assert ogr_rows(office, size) == [(12,)]


def test_two_laptops_making_the_same_office_fixes_each_add_their_household(cartong_provider, case):  # noqa: F811
    office, returned, gpkg_a, uuids = case
    laptop_b, gpkg_b = _laptop_b(returned)
    for gpkg, village, x in ((gpkg_a, "LAPTOP_A", 18.5), (gpkg_b, "LAPTOP_B", 20.0)):
        ogr_execute(
            gpkg,
            f"UPDATE survey SET village = 'Fix1' WHERE _uuid = '{uuids[1]}'",
            f"UPDATE survey SET village = 'Fix2' WHERE _uuid = '{uuids[2]}'",
        )
        _add_household(gpkg, None, village, ages=())  # no _uuid: the same row number on both laptops
        ogr_execute(gpkg, f"UPDATE survey SET geom = MakePoint({x}, 5.0, 4326) WHERE village = '{village}'")
    assert _counts(_merge(returned / "manifest.json", office)) == (1, 2, 0, 0)
    assert _counts(_merge(laptop_b / "manifest.json", office)) == (1, 0, 0, 0)
    assert ogr_rows(office, NEW) == [("LAPTOP_A", 0), ("LAPTOP_B", 0)]
    for again in (returned, laptop_b):  # each copy merged again brings nothing
        assert _counts(_merge(again / "manifest.json", office)) == (0, 0, 0, 0)
    assert len(ogr_rows(office, NEW)) == 2


def test_a_household_without_uuid_answered_as_another_copys_is_listed_not_skipped(cartong_provider, case):  # noqa: F811
    office, returned, gpkg_a, _uuids = case
    laptop_b, gpkg_b = _laptop_b(returned)
    _add_household(gpkg_a, None, "LAPTOP_SAME", ages=())
    _add_household(gpkg_a, None, "LAPTOP_A", ages=())
    _add_household(gpkg_b, None, "LAPTOP_SAME", ages=())
    assert _counts(_merge(returned / "manifest.json", office)) == (2, 0, 0, 0)
    second = _merge(laptop_b / "manifest.json", office)
    assert _counts(second) == (0, 0, 0, 1)
    listed = ogr_rows(office, "SELECT reason FROM field_conflicts WHERE table_name = 'survey'")
    assert listed == [("same_as_another_copy",)]


def test_households_with_their_own_uuid_answered_alike_are_both_added(cartong_provider, case):  # noqa: F811
    office, returned, gpkg_a, _uuids = case
    laptop_b, gpkg_b = _laptop_b(returned)
    one, two = "11111111-0000-4000-8000-000000000001", "22222222-0000-4000-8000-000000000002"
    _add_household(gpkg_a, one, "LAPTOP_SAME", ages=())
    _add_household(gpkg_b, two, "LAPTOP_SAME", ages=())
    assert _counts(_merge(returned / "manifest.json", office)) == (1, 0, 0, 0)
    assert _counts(_merge(laptop_b / "manifest.json", office)) == (1, 0, 0, 0)
    assert ogr_rows(office, "SELECT _uuid FROM survey WHERE village = 'LAPTOP_SAME' ORDER BY 1") == [(one,), (two,)]
    ledger = "SELECT count(DISTINCT package) FROM cartong_field_merged"
    assert ogr_rows(office, ledger) == [(2,)]  # two copies: neither continues the other
