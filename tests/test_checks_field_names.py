# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks finds the fields named in DUPLICATE_KEYS, OUTLIER_GROUP and ADMIN_PARENT as a user types
them in qgis_process or a model ("village,head_name", "household/village", "Village"), and refuses a name that
is no field of the layer, with the closest field names, before anything is written: a check silently left out
would read as "no problem found". A small Kobo export (a household group) imported with cartong:importsurvey.
"""

from __future__ import annotations

import csv
import hashlib

import pytest
from checks_sample import run_checks_algorithm
from osgeo import ogr, osr
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException
from xlsform_files import write_form

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg
from tests.field_data import RecordingFeedback

DUPLICATES, OUTLIERS, ADMIN_NAMES = 0, 2, 6  # indexes in the CHECKS enum

SURVEY = [
    ["type", "name", "label"],
    ["start", "start", ""],
    ["end", "end", ""],
    ["begin_group", "household", "Household"],
    ["text", "village", "Village"],
    ["text", "head_name", "Name of the head of household"],
    ["integer", "hh_size", "Household size"],
    ["select_one adm2", "admin2", "Sub-prefecture"],
    ["text", "admin2_typed", "Sub-prefecture (as said)"],
    ["end_group", "", ""],
]
CHOICES = [["list_name", "name", "label"], ["adm2", "CF1111", "Bimbo"], ["adm2", "CF1112", "Begoua"]]
HEADER = [
    "start",
    "end",
    "household/village",
    "household/head_name",
    "household/hh_size",
    "household/admin2",
    "household/admin2_typed",
    "_id",
    "_uuid",
    "_submission_time",
    "_index",
]
# u3 repeats u1's village and head of household; u4 has u2's village but another head
HOUSEHOLDS = [
    ("Kpéténé", "Marie Ngaïkoïsset", "5", "CF1111", "Bimbo", "u1"),
    ("Boyali", "Jean Koyassambia", "7", "CF1112", "Begoua", "u2"),
    ("Kpéténé", "Marie Ngaïkoïsset", "6", "CF1111", "Bimbo", "u3"),
    ("Boyali", "Pauline Gbazi", "4", "CF1112", "Begoua", "u4"),
]


def _import(tmp_path, households):
    """The export of ``households`` (village, head, size, admin2, admin2 as said, uuid) and its form, imported."""
    form = write_form(tmp_path / "household_form.xlsx", SURVEY, CHOICES)
    export = tmp_path / "household_export.csv"
    rows = [
        ["2026-03-02T09:00:00", "2026-03-02T09:40:00", *household[:5], str(i), household[5], "", str(i)]
        for i, household in enumerate(households, start=1)
    ]
    with open(export, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])
    gpkg = tmp_path / "household.gpkg"
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:importsurvey")
    _, ok = QgsProcessingAlgorithm.run(
        algorithm,
        {"DATA": str(export), "FORM": str(form), "OUTPUT": str(gpkg)},
        QgsProcessingContext(),
        RecordingFeedback(),
        {},
        False,
    )
    assert ok
    return gpkg


@pytest.fixture()
def survey(cartong_provider, tmp_path):
    return _import(tmp_path, HOUSEHOLDS)


def _admin(tmp_path):
    """Two sub-prefectures (adm2_pcode, adm2_name, adm1_pcode) around Bangui, as a COD-AB layer has them."""
    path = tmp_path / "admin2.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    layer = ds.CreateLayer("admin2", wgs84, ogr.wkbPolygon)
    for name in ("adm2_pcode", "adm2_name", "adm1_pcode"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for code, name, x in (("CF1111", "Bimbo", 18.4), ("CF1112", "Begoua", 18.6)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("adm2_pcode", code)
        feature.SetField("adm2_name", name)
        feature.SetField("adm1_pcode", "CF11")
        feature.SetGeometry(
            ogr.CreateGeometryFromWkt(f"POLYGON(({x} 4.2,{x + 0.2} 4.2,{x + 0.2} 4.5,{x} 4.5,{x} 4.2))")
        )
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername=admin2"


def _run(gpkg, checks, **settings):
    results, feedback = run_checks_algorithm({"INPUT": f"{gpkg}|layername=survey", "CHECKS": checks, **settings})
    return results, feedback


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
    results, _ = _run(survey, [DUPLICATES], DUPLICATE_KEYS=keys)
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
        _run(survey, checks, **settings)
    assert hashlib.sha256(survey.read_bytes()).hexdigest() == before  # no cleaning_log table


def test_an_outlier_group_typed_with_its_group_path_compares_within_the_group(cartong_provider, tmp_path):
    """12 people is usual in Begoua's compounds, not in Bimbo's households of 3 to 5: flagged only by group."""
    bimbo = [("Kpéténé", f"Head {i}", str(3 + i % 3), "CF1111", "Bimbo", f"b{i}") for i in range(24)]
    bimbo[5] = ("Kpéténé", "Head 5", "12", "CF1111", "Bimbo", "b5")
    begoua = [("Boyali", f"Head {i}", str(10 + i % 5), "CF1112", "Begoua", f"g{i}") for i in range(24)]
    gpkg = _import(tmp_path, bimbo + begoua)
    results, _ = _run(gpkg, [OUTLIERS], OUTLIER_GROUP="household/admin2")
    (entry,) = [e for e in read_log_from_gpkg(gpkg) if e.check_id == "outliers.statistical"]
    assert (entry.uuid, entry.question, entry.old_value) == ("b5", "hh_size", "12")
    assert "within its admin2" in entry.explanation
    assert results["OUTLIERS"] == 1


def test_an_unknown_parent_field_of_the_admin_layer_is_refused(survey, tmp_path):
    with pytest.raises(
        QgsProcessingException,
        match=r"There is no field adm1_code in admin2 \(ADMIN_PARENT\); the closest field names are: adm1_pcode",
    ):
        _run(
            survey,
            [ADMIN_NAMES],
            ADMIN=_admin(tmp_path),
            ADMIN_PARENT="adm1_code",
        )


def test_the_default_parent_field_absent_from_the_admin_layer_is_no_error(survey, tmp_path):
    """adm1_pcode is the parameter's default: an admin layer without it matches names without parents."""
    admin = _admin(tmp_path)
    ds = ogr.Open(admin.split("|")[0], 1)
    ds.ExecuteSQL("ALTER TABLE admin2 DROP COLUMN adm1_pcode")
    ds = None
    results, _ = _run(survey, [ADMIN_NAMES], ADMIN=admin)
    assert results["ADMIN_NAMES"] == 0
