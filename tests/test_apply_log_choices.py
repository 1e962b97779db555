# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog keeps a select answer and what derives from it in agreement (found by an outside
test of the whole data cycle): an admin2 the log moves out of the admin1 answered (the form's choice_filter
admin1=${admin1}) is said, and a log row on a choice's label column changes the answer (the label follows) or
is refused naming its row, never leaving the label saying one thing and the code another."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, import_sample
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,new_value,change_type"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    gpkg = import_sample(tmp_path_factory.mktemp("choices") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        rows = db.execute(
            "SELECT fid, _uuid, admin1, admin2, water_source, water_source_label FROM survey "
            "WHERE consent = 'yes' AND water_source = 'tap' ORDER BY fid LIMIT 3"
        ).fetchall()
        areas = {
            name: json.loads(filters)["admin1"]
            for name, filters in db.execute("SELECT name, filters FROM form_choices WHERE list_name = 'admin2'")
        }
    return gpkg, rows, areas


def _cells(gpkg, table, uuid, *columns):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f'SELECT {", ".join(columns)} FROM "{table}" WHERE _uuid = ?', (uuid,)).fetchone()


def _outside(feedback):
    return [w for w in feedback.warnings if "choice_filter" in w]


def test_an_admin2_the_log_moves_out_of_its_admin1_is_said(cartong_provider, survey, tmp_path):
    gpkg, rows, areas = survey
    (fid, uuid, admin1, admin2, *_) = rows[0]
    _f, moved, admin1b, admin2b, *_ = next(row for row in rows[1:] if list(areas.values()).count(row[2]) > 1)
    elsewhere = next(code for code, parent in sorted(areas.items()) if parent != admin1)
    beside = next(code for code, parent in sorted(areas.items()) if parent == admin1b and code != admin2b)
    log = _log(tmp_path, f"{HEADER}\n{uuid},admin2,{admin2},{elsewhere},change_response\n")
    feedback = RecordingFeedback()
    _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    assert _cells(tmp_path / "out.gpkg", "out", uuid, "admin1", "admin2") == (admin1, elsewhere)
    assert _outside(feedback) == [
        "admin2: in 1 submission the answer is not one of the choices the form allows for its other answers "
        f"(choice_filter admin1=${{admin1}}) after the cleaning log (first: feature {fid}, admin2 {elsewhere} with "
        f"admin1 {admin1}). Check the log's rows on these questions."
    ]
    # another sous-préfecture of the same préfecture, or both answers changed together: nothing to say
    both = _log(
        tmp_path,
        f"{HEADER}\n{moved},admin2,{admin2b},{beside},change_response\n"
        f"{uuid},admin1,{admin1},{areas[elsewhere]},change_response\n{uuid},admin2,{admin2},{elsewhere},change_response\n",
        "both.csv",
    )
    feedback = RecordingFeedback()
    _apply(gpkg, both, tmp_path / "both.gpkg", feedback)
    assert _cells(tmp_path / "both.gpkg", "both", uuid, "admin1", "admin2") == (areas[elsewhere], elsewhere)
    assert _outside(feedback) == []


def test_a_row_on_a_label_column_changes_the_answer_and_the_label_follows(cartong_provider, survey, tmp_path):
    gpkg, rows, _areas = survey
    (fid, uuid, _a1, admin2, source, label), (_f2, other, _b1, admin2b, *_) = rows[:2]
    log = _log(
        tmp_path,
        f"{HEADER}\n{uuid},water_source_label,{label},Borehole (hand pump),change_response\n"
        f"{other},admin2_label,Bangui,bimbo ,change_response\n",
    )
    feedback = RecordingFeedback()
    result = _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    assert _cells(tmp_path / "out.gpkg", "out", uuid, "water_source", "water_source_label") == (
        "borehole",
        "Borehole (hand pump)",
    )
    assert _cells(tmp_path / "out.gpkg", "out", other, "admin2", "admin2_label") == ("CF111", "Bimbo")
    assert result["CHANGED_VALUES"] == 2
    assert (
        "Row 2 of the cleaning log log.csv changes water_source_label, the label the import derives from "
        "water_source: it was applied to water_source (new value 'borehole'), and the label follows."
    ) in feedback.warnings
    assert not [w for w in feedback.warnings if "old value the survey does not have" in w]


def test_a_label_that_names_no_single_choice_is_refused_naming_its_row(cartong_provider, survey, tmp_path):
    gpkg, rows, _areas = survey
    uuid, label = rows[0][1], rows[0][5]
    log = _log(
        tmp_path,
        f"{HEADER}\n{uuid},hh_size,,7,change_response\n{uuid},water_source_label,{label},Well,change_response\n",
    )
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, tmp_path / "out.gpkg")
    assert str(raised.value).endswith(
        "Row 3, column new_value: water_source_label is the label the import derives from water_source, and 'Well' "
        "is the label of no choice of the list 'water_source': the row cannot be applied to water_source. Write the "
        "change on water_source, with the choice's name"
    )
    assert not (tmp_path / "out.gpkg").exists()


def test_an_admin_mismatch_accepted_without_a_new_value_is_said(cartong_provider, checked_survey, tmp_path):
    """The checks suggest no area where the answers agree (the point is the likelier fault): a reviewer who
    accepts such a row as it came empties the answer, and is told so with the rows."""
    from dataclasses import replace

    from cartong_plugin.core.cleaning.log_files import export_log, read_log_file, read_log_from_gpkg

    rows = read_log_from_gpkg(checked_survey)
    accepted = [replace(e, change_type="change_response") if e.check_id == "gps.admin_mismatch" else e for e in rows]
    decided = export_log(accepted, tmp_path / "decided.csv")
    numbers = [e.row for e in read_log_file(decided) if e.check_id == "gps.admin_mismatch"]
    assert len(numbers) == 4 and all(not e.new_value for e in accepted if e.check_id == "gps.admin_mismatch")
    feedback = RecordingFeedback()
    _apply(checked_survey, decided, tmp_path / "out.gpkg", feedback)
    assert (
        f"4 change_response rows of the cleaning log decided.csv have no new value (rows "
        f"{', '.join(map(str, numbers))}): their answers were emptied, as blank_response does. If that was not "
        "meant, write the new values (a check that suggests none leaves them to you) or choose no_action."
    ) in feedback.warnings
