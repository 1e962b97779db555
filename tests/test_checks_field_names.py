# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks finds the fields named in DUPLICATE_KEYS, OUTLIER_GROUP and ADMIN_PARENT as a user types
them in qgis_process or a model ("village,head_name", "household/village", "Village"), and refuses a name that
is no field of the layer, with the closest field names, before anything is written: a check silently left out
would read as "no problem found". A small Kobo export (a household group) imported with cartong:importsurvey.
"""

from __future__ import annotations

import hashlib

import pytest
from household_checks import ADMIN_NAMES, DUPLICATES, OUTLIERS, admin_layer, import_households, run_checks
from osgeo import ogr
from qgis.core import QgsProcessingException

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

# u3 repeats u1's village and head of household; u4 has u2's village but another head
HOUSEHOLDS = [
    ("Kpéténé", "Marie Ngaïkoïsset", "5", "CF1111", "Bimbo", "u1"),
    ("Boyali", "Jean Koyassambia", "7", "CF1112", "Bégoua", "u2"),
    ("Kpéténé", "Marie Ngaïkoïsset", "6", "CF1111", "Bimbo", "u3"),
    ("Boyali", "Pauline Gbazi", "4", "CF1112", "Bégoua", "u4"),
]


@pytest.fixture()
def survey(cartong_provider, tmp_path):
    return import_households(tmp_path, HOUSEHOLDS)


@pytest.mark.parametrize(
    ("keys", "flagged"),
    [
        ("village,head_name", ["u3"]),
        ("village, head_name", ["u3"]),
        ("village ; head_name", ["u3"]),
        ("household/village,household/head_name", ["u3"]),  # as the Kobo export and the form write them
        ("Village,HEAD_NAME", ["u3"]),
        (["village, head_name"], ["u3"]),
        ("household/village", ["u3", "u4"]),
    ],
    ids=["comma", "comma and space", "semicolon and spaces", "group path", "other case", "list", "one, grouped"],
)
def test_key_fields_are_found_as_typed(survey, keys, flagged):
    results, _ = run_checks(survey, [DUPLICATES], DUPLICATE_KEYS=keys)
    entries = [e for e in read_log_from_gpkg(survey) if e.check_id == "duplicates.keys"]
    assert sorted(e.uuid for e in entries) == flagged
    assert results["DUPLICATES"] == len(flagged)
    assert entries[0].question == "village"


@pytest.mark.parametrize(
    ("settings", "checks", "message"),
    [
        (
            {"DUPLICATE_KEYS": "vilage"},
            [DUPLICATES],
            r"There is no field vilage in survey \(DUPLICATE_KEYS\); the closest field names are: village\.",
        ),
        (
            {"DUPLICATE_KEYS": "village,head_nmae"},
            [DUPLICATES],
            r"no field head_nmae in survey \(DUPLICATE_KEYS\); the closest field names are: head_name\.",
        ),
        (
            {"DUPLICATE_KEYS": "village,household_id"},
            [DUPLICATES],
            r"no field household_id in survey \(DUPLICATE_KEYS\), nor one close to it\. Write the name as the "
            r"layer has it; its fields are: fid, start, end, village, head_name",
        ),
        (
            {"OUTLIER_GROUP": "admin_2"},
            [OUTLIERS],
            r"no field admin_2 in survey \(OUTLIER_GROUP\); the closest field names are: admin2",
        ),
    ],
    ids=["misspelt key", "second key misspelt", "no close field", "outlier group"],
)
def test_an_unknown_field_is_refused_before_anything_is_written(survey, settings, checks, message):
    before = hashlib.sha256(survey.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match=message):
        run_checks(survey, checks, **settings)
    assert hashlib.sha256(survey.read_bytes()).hexdigest() == before  # no cleaning_log table


def test_an_outlier_group_typed_with_its_group_path_compares_within_the_group(cartong_provider, tmp_path):
    """12 people is usual in Begoua's compounds, not in Bimbo's households of 3 to 5: flagged only by group."""
    bimbo = [("Kpéténé", f"Head {i}", str(3 + i % 3), "CF1111", "Bimbo", f"b{i}") for i in range(24)]
    bimbo[5] = ("Kpéténé", "Head 5", "12", "CF1111", "Bimbo", "b5")
    begoua = [("Boyali", f"Head {i}", str(10 + i % 5), "CF1112", "Bégoua", f"g{i}") for i in range(24)]
    gpkg = import_households(tmp_path, bimbo + begoua)
    results, _ = run_checks(gpkg, [OUTLIERS], OUTLIER_GROUP="household/admin2")
    (entry,) = [e for e in read_log_from_gpkg(gpkg) if e.check_id == "outliers.statistical"]
    assert (entry.uuid, entry.question, entry.old_value) == ("b5", "hh_size", "12")
    assert "within its admin2" in entry.explanation
    assert results["OUTLIERS"] == 1


def test_an_unknown_parent_field_of_the_admin_layer_is_refused(survey, tmp_path):
    with pytest.raises(
        QgsProcessingException,
        match=r"There is no field adm1_code in admin2 \(ADMIN_PARENT\); the closest field names are: adm1_pcode",
    ):
        run_checks(
            survey,
            [ADMIN_NAMES],
            ADMIN=admin_layer(tmp_path),
            ADMIN_PARENT="adm1_code",
        )


def test_the_default_parent_field_absent_from_the_admin_layer_is_no_error(survey, tmp_path):
    """adm1_pcode is the parameter's default: an admin layer without it matches names without parents."""
    admin = admin_layer(tmp_path)
    ds = ogr.Open(admin.split("|")[0], 1)
    ds.ExecuteSQL("ALTER TABLE admin2 DROP COLUMN adm1_pcode")
    ds = None
    results, _ = run_checks(survey, [ADMIN_NAMES], ADMIN=admin)
    assert results["ADMIN_NAMES"] == 0
