# SPDX-License-Identifier: GPL-3.0-or-later
"""A review sheet the toolkit wrote gives every answer back exactly (found by an attack on the cleaning
cycle): an answer starting with an apostrophe, a real "NA", a carriage return, a literal ``_x000D_``, a
control character. The sheet is filled with "keep the answer as written" (new value = old value) and
applied with cartong:applycleaninglog: nothing may change. A sheet saved by Excel (CR written ``_x000D_``)
is decoded; "NA" typed in a new value still means empty, as in cleaningtools' logs."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from xlsx_writer import write_xlsx

from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE, LogEntry
from cartong_plugin.core.cleaning.log_files import export_log, read_log_file, read_log_from_gpkg, write_log_to_gpkg
from tests.field_data import RecordingFeedback, import_sample, ogr_execute
from tests.field_data import apply_cleaning_log as _apply

HOSTILE = [
    "'=already quoted",
    "'-'",
    "'+",
    "''two",
    "NA",
    " NA ",
    "line1\r\nline2",
    "\rcr first",
    "_x000D_ typed as text",
    "bell\x07here",
    "=1+1",
]


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    """The sample with hostile answers in water_source_other, one per submission."""
    gpkg = import_sample(tmp_path_factory.mktemp("round_trip") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        uuids = [
            row[0]
            for row in db.execute(
                "SELECT _uuid FROM survey GROUP BY _uuid HAVING count(*) = 1 ORDER BY min(fid) LIMIT ?",
                (len(HOSTILE),),
            )
        ]
    statements = [
        "UPDATE survey SET water_source_other = '{}' WHERE _uuid = '{}'".format(value.replace("'", "''"), uuid)
        for uuid, value in zip(uuids, HOSTILE)
    ]
    ogr_execute(gpkg, *statements)
    return gpkg, dict(zip(uuids, HOSTILE))


def _answers(gpkg, table, uuids):
    with closing(sqlite3.connect(gpkg)) as db:
        marks = ", ".join("?" * len(uuids))
        rows = db.execute(f'SELECT _uuid, water_source_other FROM "{table}" WHERE _uuid IN ({marks})', list(uuids))
        return dict(rows.fetchall())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_sheet_filled_with_the_answers_as_written_changes_nothing(cartong_provider, survey, tmp_path, suffix):
    gpkg, answers = survey
    entries = [
        LogEntry(uuid, "water_source_other", value, value, "kept", "manual", CHANGE_RESPONSE)
        for uuid, value in answers.items()
    ]
    sheet = export_log(entries, tmp_path / f"sheet{suffix}")
    assert read_log_file(sheet) == entries
    feedback = RecordingFeedback()
    result = _apply(gpkg, sheet, tmp_path / "out.gpkg", feedback)
    assert _answers(tmp_path / "out.gpkg", "out", answers) == answers
    assert result["CHANGED_VALUES"] == 0
    assert not [w for w in feedback.warnings if "old value" in w]


def test_the_geopackage_log_keeps_a_real_na_and_apostrophes(tmp_path):
    entries = [LogEntry(f"u{i}", "q", value, value) for i, value in enumerate(HOSTILE)]
    write_log_to_gpkg(entries, tmp_path / "log.gpkg")
    assert read_log_from_gpkg(tmp_path / "log.gpkg") == entries


def test_a_sheet_saved_by_excel_gets_its_line_breaks_back_and_na_means_empty(cartong_provider, survey, tmp_path):
    gpkg, answers = survey
    uuids = list(answers)[:5]
    rows = [
        [uuids[0], "water_source_other", "a_x000D_\nb"],  # Excel writes a CR so
        [uuids[1], "water_source_other", "_x005F_x000D_ kept"],  # and a literal _x000D_ so
        [uuids[2], "water_source_other", "NA"],  # cleaningtools: NA is empty
        [uuids[3], "water_source_other", "'NA"],  # the text NA, as the toolkit's sheets write it
        [uuids[4], "water_source_other", "tab_x0009_in"],
    ]
    sheet = tmp_path / "excel.xlsx"
    header = ["uuid", "question", "new_value", "change_type"]
    write_xlsx(sheet, [("cleaning_log", [header] + [row + [CHANGE_RESPONSE] for row in rows])])
    _apply(gpkg, sheet, tmp_path / "out.gpkg")
    assert _answers(tmp_path / "out.gpkg", "out", uuids) == {
        uuids[0]: "a\r\nb",
        uuids[1]: "_x000D_ kept",
        uuids[2]: None,
        uuids[3]: "NA",
        uuids[4]: "tab\tin",
    }


def test_a_log_sheet_with_empty_rows_above_its_header_and_a_notes_column_without_header_is_applied(
    cartong_provider, survey, tmp_path
):
    # the header row is read as cells on every GDAL version: the empty rows above it are skipped, as GDAL
    # did when it took the header itself, and a reviewer's notes typed beside the log do not hide it
    gpkg, answers = survey
    uuids = list(answers)[:2]
    sheet = tmp_path / "excel.xlsx"
    header = ["uuid", "question", "new_value", "change_type"]
    rows = [[uuid, "water_source_other", f"checked {n}", CHANGE_RESPONSE, f"note {n}"] for n, uuid in enumerate(uuids)]
    write_xlsx(sheet, [("cleaning_log", [[], [], header, *rows])])
    feedback = RecordingFeedback()
    result = _apply(gpkg, sheet, tmp_path / "out.gpkg", feedback)
    assert result["CHANGED_VALUES"] == 2, feedback.warnings
    assert _answers(tmp_path / "out.gpkg", "out", uuids) == {uuids[0]: "checked 0", uuids[1]: "checked 1"}
