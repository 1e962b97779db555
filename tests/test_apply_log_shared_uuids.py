# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog on a uuid two submissions share (the sample's eb75c2e9..., hh_size 9 in one copy
and 11 in the other): a row changes or removes only the copy its old value names, and a row that cannot tell
the copies apart is refused with its row, uuid and copies, never applied to a submission it did not mean."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, import_sample
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,change_type,new_value"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    gpkg = import_sample(tmp_path_factory.mktemp("shared_uuids") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        uuid, *_ = db.execute(
            "SELECT _uuid FROM survey GROUP BY _uuid HAVING count(*) = 2 AND count(DISTINCT hh_size) = 2"
        ).fetchone()
        copies = db.execute("SELECT fid, hh_size FROM survey WHERE _uuid = ? ORDER BY fid", (uuid,)).fetchall()
    return gpkg, uuid, copies


def _sizes(gpkg, uuid):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute("SELECT fid, hh_size FROM out WHERE _uuid = ? ORDER BY fid", (uuid,)).fetchall()


def test_a_change_on_a_shared_uuid_changes_only_the_copy_holding_its_old_value(cartong_provider, survey, tmp_path):
    gpkg, uuid, ((fid1, size1), (fid2, size2)) = survey
    feedback = RecordingFeedback()
    result = _apply(
        gpkg, _log(tmp_path, f"{HEADER}\n{uuid},hh_size,{size1},change_response,10\n"), tmp_path / "out.gpkg", feedback
    )
    assert _sizes(tmp_path / "out.gpkg", uuid) == [(fid1, 10), (fid2, size2)]
    assert result["CHANGED_VALUES"] == 1
    assert (
        f"Row 2 of the cleaning log log.csv: 2 submissions have the uuid {uuid} ({fid1}, {fid2}); only {fid1}, "
        f"whose hh_size is '{size1}', was changed."
    ) in feedback.warnings
    assert not [w for w in feedback.warnings if "old value the survey does not have" in w]


def test_a_removal_on_a_shared_uuid_removes_only_the_copy_holding_its_old_value(cartong_provider, survey, tmp_path):
    gpkg, uuid, ((fid1, size1), (fid2, size2)) = survey
    feedback = RecordingFeedback()
    log = _log(tmp_path, f"{HEADER}\n{uuid},hh_size,{size2},remove_survey,\n")
    result = _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    assert result["REMOVED_SUBMISSIONS"] == 1
    assert _sizes(tmp_path / "out.gpkg", uuid) == [(fid1, size1)]
    assert (
        f"Row 2 of the cleaning log log.csv: 2 submissions have the uuid {uuid} ({fid1}, {fid2}); only {fid2}, "
        f"whose hh_size is '{size2}', was removed."
    ) in feedback.warnings


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (
            "{uuid},hh_size,{none},change_response,10",
            "2 submissions have the uuid {uuid} ({ids}) and 0 of them the old value '{none}'",
        ),
        (
            "{uuid},hh_size,,remove_survey,",
            "2 submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove",
        ),
        (
            "{uuid},hh_size,{none},remove_survey,",
            "2 submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove",
        ),
    ],
)
def test_a_row_that_cannot_tell_the_copies_apart_is_refused_and_nothing_is_written(
    cartong_provider, survey, tmp_path, row, reason
):
    gpkg, uuid, ((fid1, size1), (fid2, size2)) = survey
    values = {"uuid": uuid, "none": max(size1, size2) + 7, "ids": f"{fid1}, {fid2}"}
    log = _log(tmp_path, f"{HEADER}\n{row.format(**values)}\n")
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, tmp_path / "out.gpkg")
    assert f"Row 2, column old_value: {reason.format(**values)}" in str(raised.value)
    assert not (tmp_path / "out.gpkg").exists()


def test_a_removal_naming_a_value_every_copy_has_removes_each_and_says_it(cartong_provider, survey, tmp_path):
    gpkg, uuid, ((fid1, _), (fid2, _)) = survey
    with closing(sqlite3.connect(gpkg)) as db:
        (age,) = db.execute("SELECT DISTINCT head_age FROM survey WHERE _uuid = ?", (uuid,)).fetchone()
    feedback = RecordingFeedback()
    result = _apply(
        gpkg, _log(tmp_path, f"{HEADER}\n{uuid},head_age,{age},remove_survey,\n"), tmp_path / "out.gpkg", feedback
    )
    assert result["REMOVED_SUBMISSIONS"] == 2
    assert (
        f"Row 2 of the cleaning log log.csv: 2 submissions have the uuid {uuid} ({fid1}, {fid2}) and each has "
        f"head_age '{age}': each was removed."
    ) in feedback.warnings
