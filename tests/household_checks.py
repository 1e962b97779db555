# SPDX-License-Identifier: GPL-3.0-or-later
"""Inputs of the checks tests that need a small survey of their own: a Kobo export of households (a group
``household`` with village, head of household, size, sub-prefecture code and name as said) imported with
cartong:importsurvey, and two sub-prefectures around Bangui as an admin layer (COD-AB fields)."""

from __future__ import annotations

import csv
from pathlib import Path

from checks_sample import run_checks_algorithm
from field_data import RecordingFeedback
from osgeo import ogr, osr
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext
from xlsform_files import write_form

DUPLICATES, OUTLIERS, ADMIN_NAMES = 0, 2, 6  # indexes in runchecks' CHECKS enum

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
CHOICES = [["list_name", "name", "label"], ["adm2", "CF1111", "Bimbo"], ["adm2", "CF1112", "Bégoua"]]
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


def import_households(folder: Path, households) -> Path:
    """The Kobo export of ``households`` (village, head, size, admin2 code, admin2 as said, uuid), written as
    Kobo does (";" CSV, group paths) with its form, imported into ``folder``/household.gpkg (layer survey)."""
    form = write_form(folder / "household_form.xlsx", SURVEY, CHOICES)
    export = folder / "household_export.csv"
    rows = [
        ["2026-03-02T09:00:00", "2026-03-02T09:40:00", *household[:5], str(i), household[5], "", str(i)]
        for i, household in enumerate(households, start=1)
    ]
    with open(export, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])
    gpkg = folder / "household.gpkg"
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:importsurvey")
    feedback = RecordingFeedback()
    _, ok = QgsProcessingAlgorithm.run(
        algorithm,
        {"DATA": str(export), "FORM": str(form), "OUTPUT": str(gpkg)},
        QgsProcessingContext(),
        feedback,
        {},
        False,
    )
    assert ok, feedback.errors
    return gpkg


def admin_layer(folder: Path, names=("Bimbo", "Bégoua")) -> str:
    """Sub-prefectures CF1111 and CF1112 named ``names`` (adm2_pcode, adm2_name, adm1_pcode), as a URI."""
    path = folder / "admin2.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    layer = ds.CreateLayer("admin2", wgs84, ogr.wkbPolygon)
    for field in ("adm2_pcode", "adm2_name", "adm1_pcode"):
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    for code, name, x in zip(("CF1111", "CF1112"), names, (18.4, 18.6)):
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


def run_checks(gpkg: Path, checks, **settings):
    """cartong:runchecks on the survey layer of ``gpkg``; (results, RecordingFeedback)."""
    return run_checks_algorithm({"INPUT": f"{gpkg}|layername=survey", "CHECKS": checks, **settings})
