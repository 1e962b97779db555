# SPDX-License-Identifier: GPL-3.0-or-later
"""A row of a cleaning log kept in a table is named by the number the user sees there (review item of stop 32).

A log read from a GeoPackage table or from the shared PostgreSQL log was numbered like a spreadsheet, by rank
with the header as row 1: the row with fid / log_id 7 was reported as "row 8", and after rows were deleted in
QGIS the number named another row. Files keep their own row numbers (the header is row 1).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException
from teams_data import execute

from cartong_plugin.core.cleaning.log_files import read_log_file, read_log_from_gpkg


@pytest.fixture()
def checked(checked_survey, cartong_provider):
    return checked_survey


def _spoil(db_execute, where: str) -> None:
    db_execute(f"UPDATE cleaning_log SET change_type = 'maybe' WHERE {where}")


def test_a_geopackage_log_row_is_named_by_its_fid_even_after_rows_were_deleted(checked, tmp_path):
    gpkg = tmp_path / "survey.gpkg"
    shutil.copy(checked, gpkg)
    with closing(sqlite3.connect(gpkg)) as db:
        db.execute("DELETE FROM cleaning_log WHERE fid IN (2, 3, 4)")  # deleted by hand in QGIS
        _spoil(db.execute, "fid = 9")
        db.commit()
    assert [entry.row for entry in read_log_from_gpkg(gpkg)][:3] == [1, 5, 6]
    with pytest.raises(QgsProcessingException) as refused:
        execute("cartong:applycleaninglog", {"INPUT": f"{gpkg}|layername=survey", "OUTPUT": str(tmp_path / "c.gpkg")})
    assert "Row 9, column change_type: 'maybe' is not one of" in str(refused.value)
    assert "Row 7," not in str(refused.value)  # its rank, counting a header


def test_a_shared_log_row_is_named_by_its_log_id(postgis, checked):
    execute(
        "cartong:surveytopostgis", {"INPUT": str(checked), "CONNECTION": postgis.conninfo(), "SCHEMA": "rownumbers"}
    )
    postgis.sql("DELETE FROM rownumbers.cleaning_log WHERE fid IN (1, 2)", user="steward")
    postgis.sql("UPDATE rownumbers.cleaning_log SET change_type = 'maybe' WHERE fid = 12", user="steward")
    layer = (
        f'postgres://{postgis.conninfo("steward")} key=\'fid\' srid=4326 type=Point table="rownumbers"."survey" (geom)'
    )
    with pytest.raises(QgsProcessingException) as refused:
        execute("cartong:applycleaninglog", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "Row 12, column change_type: 'maybe' is not one of" in str(refused.value)


def test_a_csv_log_keeps_its_file_rows(tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("uuid,question,change_type\n\na,q,no_action\nb,q,no_action\n", encoding="utf-8")
    assert [entry.row for entry in read_log_file(log)] == [3, 4]  # the blank line 2 stays a row of the file
