# SPDX-License-Identifier: GPL-3.0-or-later
"""Cleaning-log rows naming submissions that are not in the survey (attack 18clean: a log made on a larger survey
gave 643 identical "no submission has the uuid" warnings, one per row, burying the rest of the run's messages).

A few such rows are still said one by one; more are said in one line counting them and listing the first rows with
their uuids. The other rows of the log are applied as before.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import processing
import pytest

from tests.field_data import RecordingFeedback, import_sample
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,new_value,change_type\n"


@pytest.fixture(scope="module")
def imported(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("missing_uuids") / "household.gpkg")


@pytest.fixture()
def survey(imported, tmp_path):
    gpkg = tmp_path / "household.gpkg"
    shutil.copy(imported, gpkg)
    return gpkg


def _run(survey, log, out):
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{survey}|layername=survey", "LOG": str(log), "OUTPUT": str(out)},
        feedback=feedback,
    )
    return result, feedback


def _first_uuid(gpkg):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute("SELECT _uuid FROM survey WHERE fid = 1").fetchone()[0]


def test_many_rows_naming_other_submissions_are_said_in_one_line(cartong_provider, survey, tmp_path):
    others = "".join(f"other-{n:03d},_uuid,,,remove_survey\n" for n in range(40))
    log = _log(tmp_path, HEADER + f"{_first_uuid(survey)},_uuid,,,remove_survey\n" + others)
    out = tmp_path / "cleaned.gpkg"
    result, feedback = _run(survey, log, out)

    assert result["REMOVED_SUBMISSIONS"] == 1  # the one row naming a submission of the survey is applied
    assert not any("no submission has the uuid" in w for w in feedback.warnings)
    said = [w for w in feedback.warnings if "not in the data" in w]
    assert len(said) == 1
    listed = "; ".join(f"{n + 3}: other-{n:03d}" for n in range(25))  # row 1 is the header, row 2 applied
    assert said[0] == (
        "40 rows of the cleaning log log.csv name submissions that are not in the data (was the log made on another "
        f"survey, or on submissions removed since?); they were skipped. Rows and uuids: {listed} ... and 15 more."
    )


def test_a_few_rows_naming_other_submissions_are_said_one_by_one(cartong_provider, survey, tmp_path):
    log = _log(tmp_path, HEADER + "other-1,_uuid,,,remove_survey\nother-2,_uuid,,,remove_survey\n")
    result, feedback = _run(survey, log, tmp_path / "cleaned.gpkg")

    assert result["REMOVED_SUBMISSIONS"] == 0
    assert [w for w in feedback.warnings if "the row was skipped" in w] == [
        "Row 2 of the cleaning log log.csv: no submission has the uuid other-1; the row was skipped.",
        "Row 3 of the cleaning log log.csv: no submission has the uuid other-2; the row was skipped.",
    ]
