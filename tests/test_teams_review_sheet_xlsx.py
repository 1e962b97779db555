# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:savedecisions reads an XLSX review sheet's header row as written, whatever GDAL's version.

A reviewer who typed notes in the column after the sheet's last one, without a header, had her whole sheet
refused on QGIS 3.22 ("has no column log_id, version, uuid, question, change_type": false, nothing saved):
GDAL 3.6 does not take row 1 as the header when it is shorter than the rows below. QGIS 3.40 saved it.
"""

from __future__ import annotations

import re
import zipfile

import pytest
from osgeo import ogr
from teams_data import execute

from cartong_plugin.core.cleaning.log import LOG_COLUMNS
from cartong_plugin.core.teams.review_sheet import FINGERPRINT, SHEET_KEYS
from tests.field_data import RecordingFeedback

SCHEMA = "xlsx_sheet_notes"


@pytest.fixture()
def checked(checked_survey, cartong_provider):
    return checked_survey


def _decide(path, decisions: dict[int, dict[str, str]]) -> None:
    """The reviewer's decisions typed into the sheet's cells, by log_id."""
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayer(0)
    for feature in layer:
        for name, value in decisions.get(feature.GetField("log_id"), {}).items():
            feature.SetField(name, value)
        layer.SetFeature(feature)
    ds = None


def _add_notes_without_header(path, notes: str) -> int:
    """A note in the column after the sheet's last one on every data row, its header cell left empty (as
    a reviewer types them in Excel); the number of rows annotated."""
    column = chr(ord("A") + len(SHEET_KEYS + LOG_COLUMNS + (FINGERPRINT,)))
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")

    def annotate(match: re.Match) -> str:
        row = int(match.group(1))
        if row == 1:
            return match.group(0)
        cell = f'<c r="{column}{row}" t="inlineStr"><is><t>{notes} {row}</t></is></c>'
        return match.group(0).replace("</row>", cell + "</row>")

    sheet, rows = re.subn(r'<row r="(\d+)"[^>]*>.*?</row>', annotate, sheet, flags=re.DOTALL)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return rows - 1


def test_an_xlsx_review_sheet_with_notes_in_a_column_without_header_is_saved(postgis, checked, tmp_path):
    execute("cartong:surveytopostgis", {"INPUT": str(checked), "CONNECTION": postgis.conninfo(), "SCHEMA": SCHEMA})
    postgis.sql(f"GRANT {SCHEMA}_reviewer TO alice", user="steward")
    sheet = tmp_path / "review_decided.xlsx"
    execute(
        "cartong:exportreviewsheet", {"CONNECTION": postgis.conninfo("alice"), "SCHEMA": SCHEMA, "OUTPUT": str(sheet)}
    )
    _decide(
        sheet,
        {
            1: {"change_type": "change_response", "new_value": "12", "explanation": "alice: 12 people, by phone"},
            2: {"change_type": "no_action", "explanation": "alice: plausible"},
        },
    )
    assert _add_notes_without_header(sheet, "checked by phone, row") > 2

    feedback = RecordingFeedback()
    result = execute(
        "cartong:savedecisions",
        {"CONNECTION": postgis.conninfo("alice"), "SCHEMA": SCHEMA, "SHEET": str(sheet)},
        feedback,
    )
    assert (result["SAVED"], result["MISMATCHED"], result["CONFLICTS"], feedback.errors) == (2, 0, 0, [])
    saved = postgis.sql(
        f"SELECT fid, change_type, new_value, explanation, version FROM {SCHEMA}.cleaning_log WHERE fid <= 2"
    )
    assert saved.splitlines() == [
        "1|change_response|12|alice: 12 people, by phone|2",
        "2|no_action||alice: plausible|2",
    ]
