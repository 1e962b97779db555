# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog and the rows of a repeat (found by an attack on the cleaning cycle: a log row on
member_age was refused as "the data has no question member_age", and the members layer as "The layer
household has no field _uuid", naming the file): both refusals name the repeat and say how to clean it."""

from __future__ import annotations

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
