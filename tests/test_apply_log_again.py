# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog applied again to its own output changes nothing (found by an outside test of the
whole data cycle: the same log applied to the cleaned layer removed the copy of each duplicated uuid that the
first run had kept, and both households were gone). A duplicates.uuid removal whose uuid is no longer
duplicated keeps the submission and says so; a cleaned GeoPackage records the log rows it was built with, and
applying them again skips them."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import processing
import pytest

from tests.field_data import RecordingFeedback, import_sample
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,new_value,check_id,change_type"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    """The sample imported; its two uuids sent twice (the first copies of each the same hh_size or not)."""
    gpkg = import_sample(tmp_path_factory.mktemp("again") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        twice = db.execute(
            "SELECT _uuid, group_concat(hh_size) FROM (SELECT _uuid, hh_size FROM survey ORDER BY fid) "
            "GROUP BY _uuid HAVING count(*) = 2 ORDER BY _uuid"
        ).fetchall()
        others = [row[0] for row in db.execute("SELECT _uuid, hh_size FROM survey WHERE hh_size < 9 ORDER BY fid")]
    return gpkg, twice, others


def _duplicate_rows(twice) -> str:
    return "".join(f"{uuid},_uuid,{uuid},,duplicates.uuid,remove_survey\n" for uuid, _sizes in twice)


def _rows(gpkg, table):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()


def _copies(gpkg, table, uuid):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f'SELECT fid, hh_size FROM "{table}" WHERE _uuid = ? ORDER BY fid', (uuid,)).fetchall()


def test_a_duplicates_removal_applied_again_keeps_the_copy_the_first_run_kept(cartong_provider, survey, tmp_path):
    """The first cleaned layer is a table added to the survey's GeoPackage (no record of its rows beside it):
    the duplicated uuids are no longer duplicated there, and their removal keeps them."""
    import shutil

    gpkg = shutil.copy(survey[0], tmp_path / "household.gpkg")
    twice = survey[1]
    log = _log(tmp_path, f"{HEADER}\n{_duplicate_rows(twice)}")
    first = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{gpkg}|layername=survey", "LOG": str(log), "OUTPUT": f"ogr:dbname='{gpkg}' table=\"clean\" (geom)"},
        feedback=RecordingFeedback(),
    )
    assert first["REMOVED_SUBMISSIONS"] == 2
    kept = {uuid: _copies(gpkg, "clean", uuid) for uuid, _sizes in twice}
    assert all(len(copies) == 1 for copies in kept.values())
    feedback = RecordingFeedback()
    again = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{gpkg}|layername=clean", "LOG": str(log), "OUTPUT": str(tmp_path / "again.gpkg")},
        feedback=feedback,
    )
    assert again["REMOVED_SUBMISSIONS"] == 0
    assert {uuid: _copies(tmp_path / "again.gpkg", "again", uuid) for uuid, _sizes in twice} == kept
    for row, (uuid, _sizes) in enumerate(twice, start=2):
        assert (
            f"Row {row} of the cleaning log log.csv: the submission {uuid} is no longer duplicated in this layer "
            "(the row was already applied, or its other copies are gone): it was kept."
        ) in feedback.warnings


def test_a_log_applied_to_its_own_output_changes_nothing(cartong_provider, survey, tmp_path):
    """Duplicates removed, the copy of a shared uuid removed by its old value, a value changed: applied again
    to the cleaned GeoPackage (opened by its path, as a script gives it), every row is skipped and said."""
    gpkg, twice, others = survey
    (same, _sizes), (shared, sizes) = sorted(twice, key=lambda row: len(set(row[1].split(","))))
    first_size, second_size = sizes.split(",")
    log = _log(
        tmp_path,
        f"{HEADER}\n{same},_uuid,{same},,duplicates.uuid,remove_survey\n"
        f"{shared},hh_size,{second_size},,duplicates.answers,remove_survey\n"
        f"{others[0]},hh_size,,12,outliers.statistical,change_response\n",
    )
    first = _apply(gpkg, log, tmp_path / "clean.gpkg")
    assert (first["REMOVED_SUBMISSIONS"], first["CHANGED_VALUES"]) == (2, 1)
    assert [size for _fid, size in _copies(tmp_path / "clean.gpkg", "clean", shared)] == [int(first_size)]
    feedback = RecordingFeedback()
    again = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": str(tmp_path / "clean.gpkg"), "LOG": str(log), "OUTPUT": str(tmp_path / "again.gpkg")},
        feedback=feedback,
    )
    assert (again["REMOVED_SUBMISSIONS"], again["CHANGED_VALUES"]) == (0, 0)
    assert _rows(tmp_path / "again.gpkg", "again") == _rows(tmp_path / "clean.gpkg", "clean")
    assert (
        "3 rows of the cleaning log log.csv were already applied to this layer by an earlier run (rows 2, 3, 4, "
        "recorded in its table cleaning_applied): they were skipped, so that nothing is changed or removed twice."
    ) in feedback.infos


def test_a_decision_added_after_the_first_run_is_the_only_one_applied_again(cartong_provider, survey, tmp_path):
    gpkg, twice, others = survey
    rows = f"{HEADER}\n{_duplicate_rows(twice)}{others[0]},hh_size,,12,outliers.statistical,change_response\n"
    _apply(gpkg, _log(tmp_path, rows), tmp_path / "clean.gpkg")
    added = _log(tmp_path, rows + f"{others[1]},hh_size,,13,outliers.statistical,change_response\n", "more.csv")
    feedback = RecordingFeedback()
    again = processing.run(
        "cartong:applycleaninglog",
        {
            "INPUT": f"{tmp_path / 'clean.gpkg'}|layername=clean",
            "LOG": str(added),
            "OUTPUT": str(tmp_path / "two.gpkg"),
        },
        feedback=feedback,
    )
    assert (again["REMOVED_SUBMISSIONS"], again["CHANGED_VALUES"]) == (0, 1)
    with closing(sqlite3.connect(tmp_path / "two.gpkg")) as db:
        assert db.execute("SELECT hh_size FROM two WHERE _uuid = ?", (others[1],)).fetchone() == (13,)
        recorded = db.execute("SELECT layer, uuid, change_type, log_file, log_row FROM cleaning_applied").fetchall()
    assert recorded == [("two", uuid, "remove_survey", "log.csv", row) for row, (uuid, _s) in enumerate(twice, 2)] + [
        ("two", others[0], "change_response", "log.csv", 4),
        ("two", others[1], "change_response", "more.csv", 5),
    ]
    third = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{tmp_path / 'two.gpkg'}|layername=two", "LOG": str(added), "OUTPUT": str(tmp_path / "three.gpkg")},
        feedback=RecordingFeedback(),
    )
    assert (third["REMOVED_SUBMISSIONS"], third["CHANGED_VALUES"]) == (0, 0)
    assert _rows(tmp_path / "three.gpkg", "three") == _rows(tmp_path / "two.gpkg", "two")
