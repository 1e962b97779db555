# SPDX-License-Identifier: GPL-3.0-or-later
"""A new date-time without an offset is a time of the survey's own zone (found by an attack on the cleaning
cycle: 10:40 typed into a column kept in UTC was stored as 10:40 UTC, or as a time without a zone, hours
off). cartong:applycleaninglog reads the offset of that submission's own answer in the raw table (the
sample's start: +01:00), takes an answer received without one as the import did, refuses a value it cannot
place, and keeps the time of an Excel date cell whatever its format shows."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException
from xlsx_cells import write_xlsx

from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import import_sample, ogr_execute
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,new_value,change_type"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    gpkg = import_sample(tmp_path_factory.mktemp("times") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        rows = db.execute(
            "SELECT s.fid, s._uuid, r.start FROM survey s JOIN raw_survey r ON r.fid = s.fid "
            "WHERE s._uuid IN (SELECT _uuid FROM survey GROUP BY _uuid HAVING count(*) = 1) ORDER BY s.fid LIMIT 3"
        ).fetchall()
    assert all(start.endswith("+01:00") for _fid, _uuid, start in rows)
    ogr_execute(gpkg, f"UPDATE raw_survey SET start = NULL WHERE fid = {rows[2][0]}")  # no answer to go by
    return gpkg, [uuid for _fid, uuid, _start in rows]


def _cleaned(gpkg, uuid, column):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f'SELECT "{column}" FROM out WHERE _uuid = ?', (uuid,)).fetchone()[0]


def test_a_date_time_typed_without_offset_is_a_time_of_the_surveys_zone(cartong_provider, survey, tmp_path):
    gpkg, (u1, u2, _u3) = survey
    log = _log(
        tmp_path,
        f"{HEADER}\n{u1},start,,2026-03-05T10:40:00,change_response\n{u2},start,,2026-03-05 10:40,change_response\n"
        f"{u1},_submission_time,,2026-03-05T10:40:00,change_response\n",
    )
    _apply(gpkg, log, tmp_path / "out.gpkg")
    assert _cleaned(tmp_path / "out.gpkg", u1, "start") == "2026-03-05T09:40:00.000Z"
    assert _cleaned(tmp_path / "out.gpkg", u2, "start") == "2026-03-05T09:40:00.000Z"
    # Kobo's _submission_time comes without an offset and the import took it as UTC: so is the new one
    assert _cleaned(tmp_path / "out.gpkg", u1, "_submission_time") == "2026-03-05T10:40:00.000Z"


def test_an_excel_date_cell_keeps_its_time_and_the_surveys_zone(cartong_provider, survey, tmp_path):
    gpkg, (u1, u2, _u3) = survey
    log = tmp_path / "excel.xlsx"
    ten_forty = 46086 + (10 * 60 + 40) / 1440  # 2026-03-05 10:40
    write_xlsx(
        log,
        HEADER.split(","),
        [
            [u2, "hh_size", "", (5, 0), "change_response"],  # a number first: GDAL then shows dates by their format
            [u1, "start", "", (ten_forty, 1), "change_response"],  # a date-only format holding a time
            [u2, "start", "", (ten_forty, 2), "change_response"],  # Excel's m/d/yy h:mm
        ],
        [(164, "dd/mm/yyyy"), (22, None)],
    )
    _apply(gpkg, log, tmp_path / "out.gpkg")
    assert _cleaned(tmp_path / "out.gpkg", u1, "start") == "2026-03-05T09:40:00.000Z"
    assert _cleaned(tmp_path / "out.gpkg", u2, "start") == "2026-03-05T09:40:00.000Z"


def test_a_date_time_without_offset_the_survey_cannot_place_is_refused(cartong_provider, survey, tmp_path):
    gpkg, (_u1, _u2, u3) = survey
    log = _log(tmp_path, f"{HEADER}\n{u3},start,,2026-03-05T10:40:00,change_response\n")
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, tmp_path / "out.gpkg")
    assert str(raised.value) == (
        "Row 2 of the cleaning log log.csv: '2026-03-05T10:40:00' has no UTC offset, and start is kept in UTC "
        "while the survey gives no offset for that submission. Write it with its offset, e.g. "
        "2021-07-05T10:40:00+03:00 (Z for UTC)."
    )
    assert not (tmp_path / "out.gpkg").exists()
    with_offset = _log(tmp_path, f"{HEADER}\n{u3},start,,2026-03-05T10:40:00+03:00,change_response\n", "z.csv")
    _apply(gpkg, with_offset, tmp_path / "out.gpkg")
    assert _cleaned(tmp_path / "out.gpkg", u3, "start") == "2026-03-05T07:40:00.000Z"


def test_an_excel_true_typed_into_a_text_answer_is_the_text_true(cartong_provider, survey, tmp_path):
    """A reviewer typing TRUE in Excel makes a boolean cell, which GDAL reads as 1: the text answer became
    "1" and a FALSE into a number answer became 0, without a word. Read as Excel shows it (and pyxform)."""
    gpkg, (u1, u2, _u3) = survey
    log = tmp_path / "excel.xlsx"
    write_xlsx(log, HEADER.split(","), [[u1, "admin2_typed", "", True, "change_response"]], [])
    _apply(gpkg, log, tmp_path / "out.gpkg")
    assert _cleaned(tmp_path / "out.gpkg", u1, "admin2_typed") == "TRUE"
    write_xlsx(log, HEADER.split(","), [[u2, "hh_size", "", False, "change_response"]], [])
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, tmp_path / "out2.gpkg")
    assert "FALSE" in str(raised.value) and "hh_size" in str(raised.value)
