# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog and the rows of a repeat (found by an attack on the cleaning cycle: a log row on
member_age was refused as "the data has no question member_age", and the members layer as "The layer
household has no field _uuid", naming the file): both refusals name the repeat and say how to clean it."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, import_sample
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,change_type,new_value"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    gpkg = import_sample(tmp_path_factory.mktemp("repeats") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        uuid, age = db.execute("SELECT _submission__uuid, member_age FROM members ORDER BY fid").fetchone()
    return gpkg, uuid, age


def test_a_repeat_question_on_the_survey_layer_is_refused_naming_its_repeat(cartong_provider, survey, tmp_path):
    gpkg, uuid, age = survey
    log = _log(tmp_path, f"{HEADER}\n{uuid},member_age,{age},change_response,{age + 1}\n")
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, tmp_path / "out.gpkg")
    assert str(raised.value).endswith(
        "Row 2, column question: member_age is a question of the repeat members, whose rows the cleaning log cannot "
        "change (it names submissions, not repeat rows): correct it in a copy of the members table in QGIS, or "
        "remove the whole submission with remove_survey"
    )


def test_the_log_applied_to_a_repeat_table_names_the_table_and_what_to_do(cartong_provider, survey, tmp_path):
    gpkg, uuid, age = survey
    log = _log(tmp_path, f"{HEADER}\n{uuid},member_age,{age},change_response,{age + 1}\n")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "cartong:applycleaninglog",
            {"INPUT": f"{gpkg}|layername=members", "LOG": str(log), "OUTPUT": str(tmp_path / "out.gpkg")},
            feedback=RecordingFeedback(),
        )
    assert str(raised.value).startswith(
        "members is a repeat table: its rows belong to submissions by _submission__uuid and _index, and the "
        "cleaning log names submissions (_uuid), not repeat rows, so it cannot be applied to it."
    )
    assert not (tmp_path / "out.gpkg").exists()


def _members(gpkg, where="1"):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f"SELECT * FROM members WHERE {where} ORDER BY fid").fetchall()


def _removals(gpkg):
    """A log removing the later copy of the sample's re-sent household (its roster sent twice) and two others,
    and the _index of the submissions removed."""
    with closing(sqlite3.connect(gpkg)) as db:
        twice, copy = db.execute(
            "SELECT _uuid, max(_index) FROM survey GROUP BY _uuid HAVING count(*) = 2 AND "
            "max(_index) IN (SELECT _parent_index FROM members) ORDER BY 1 LIMIT 1"
        ).fetchone()
        others = db.execute(
            "SELECT _uuid, _index FROM survey WHERE _index IN (SELECT _parent_index FROM members) AND _uuid NOT IN "
            "(SELECT _uuid FROM survey GROUP BY _uuid HAVING count(*) > 1) ORDER BY fid LIMIT 2"
        ).fetchall()
    rows = f"{twice},_uuid,,duplicates.uuid,remove_survey,\n" + "".join(
        f"{uuid},duration,,durations.too_short,remove_survey,\n" for uuid, _index in others
    )
    return f"uuid,question,old_value,check_id,change_type,new_value\n{rows}", {copy} | {i for _u, i in others}


def test_the_cleaned_geopackage_holds_the_repeat_tables_without_the_removed_submissions_rows(
    cartong_provider, survey, tmp_path
):
    """Found by an outside test of the whole cycle: the cleaned GeoPackage held the cleaned layer alone, so the only
    members table was the survey's, with the rosters of the removed households (the re-sent copy's included)."""
    gpkg = survey[0]
    text, removed = _removals(gpkg)
    feedback = RecordingFeedback()
    result = _apply(gpkg, _log(tmp_path, text), tmp_path / "out.gpkg", feedback)
    assert result["REMOVED_SUBMISSIONS"] == 3
    out = tmp_path / "out.gpkg"
    gone = ", ".join(map(str, sorted(removed)))
    left_out = len(_members(gpkg, f"_parent_index IN ({gone})"))
    assert left_out > 3
    # every other row as the survey has it (fid, date-times to the millisecond with their zone), none of those
    assert _members(out) == _members(gpkg, f"_parent_index NOT IN ({gone})")
    with closing(sqlite3.connect(out)) as db:
        relations = json.loads(
            db.execute("SELECT relations FROM cartong_metadata WHERE action = 'clean'").fetchone()[0]
        )
    assert relations == [{"parent": "out", "child": "members", "parent_key": "_index", "child_key": "_parent_index"}]
    assert (
        f"The repeat tables (members) were written beside the cleaned layer, without the {left_out} rows that "
        f"belong to removed submissions (members: {left_out})."
    ) in feedback.infos
    # the cleaned GeoPackage given by its path is its cleaned layer, and its repeat tables follow a new run
    again = processing.run(
        "cartong:applycleaninglog",
        {"INPUT": str(out), "LOG": str(tmp_path / "log.csv"), "OUTPUT": str(tmp_path / "again.gpkg")},
        feedback=RecordingFeedback(),
    )
    assert again["REMOVED_SUBMISSIONS"] == 0
    assert _members(tmp_path / "again.gpkg") == _members(out)


def test_a_cleaned_layer_written_alone_says_how_many_repeat_rows_of_removed_submissions_remain(
    cartong_provider, survey, tmp_path
):
    """A cleaned layer added to the survey's own GeoPackage (the other files a cleaned survey could be written to,
    a CSV, are refused: test_apply_log_geopackage_only)."""
    import shutil

    gpkg = tmp_path / "household.gpkg"
    shutil.copy(survey[0], gpkg)
    text, removed = _removals(gpkg)
    feedback = RecordingFeedback()
    output = f"ogr:dbname='{gpkg}' table=\"survey_clean\" (geom)"
    _apply(gpkg, _log(tmp_path, text), output, feedback)
    left_out = len(_members(gpkg, f"_parent_index IN ({', '.join(map(str, sorted(removed)))})"))
    assert (
        f"{left_out} rows of the survey's repeat tables belong to submissions the cleaning log removed (members: "
        f"{left_out}), and the cleaned layer {output} is written without its repeat tables: the "
        "survey's tables still hold them. Write the cleaned layer to a new GeoPackage to get its repeat tables "
        "without such rows."
    ) in feedback.warnings


def test_the_rows_of_a_nested_repeat_of_a_removed_submission_are_left_out_too(cartong_provider, tmp_path):
    """A real Kobo export whose repeat kids_details holds the repeat kids_immunization: removing a submission
    leaves out its kids and their immunisations, and nothing else."""
    from tests.real_imports import import_with_messages
    from tests.test_import_real_repeats import NESTED

    gpkg = tmp_path / "nested.gpkg"
    import_with_messages(NESTED, gpkg)
    with closing(sqlite3.connect(gpkg)) as db:
        relations = json.loads(db.execute("SELECT relations FROM cartong_metadata").fetchone()[0])
        (uuid,), (kept,) = db.execute("SELECT _uuid FROM survey ORDER BY fid").fetchall()
    assert [(rel["parent"], rel["child"]) for rel in relations] == [
        ("survey", "kids_details"),
        ("kids_details", "kids_immunization"),
    ]
    _apply(gpkg, _log(tmp_path, f"uuid,question,change_type\n{uuid},,remove_survey\n"), tmp_path / "out.gpkg")
    for table in ("kids_details", "kids_immunization"):
        with closing(sqlite3.connect(gpkg)) as db:
            theirs = db.execute(f"SELECT * FROM {table} WHERE _submission__uuid = ? ORDER BY fid", (kept,)).fetchall()
            assert db.execute(f"SELECT count(*) FROM {table} WHERE _submission__uuid = ?", (uuid,)).fetchone()[0]
        with closing(sqlite3.connect(tmp_path / "out.gpkg")) as db:
            assert db.execute(f"SELECT * FROM {table} ORDER BY fid").fetchall() == theirs
