# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog never loses or silently changes a submission through its log (found by an
attack on the cleaning cycle): a log row on the layer's key is refused, a feature the output refuses
stops the run, uuids changed by the log stay unique, select answers outside the form's list are said,
and every bad value is listed at once."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, files_under, import_sample
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import write_text_file as _log

HEADER = "uuid,question,old_value,new_value,change_type"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    gpkg = import_sample(tmp_path_factory.mktemp("keys") / "household.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        rows = db.execute(
            "SELECT fid, _uuid, hh_size, head_age FROM survey WHERE consent = 'yes' AND head_gender = 'female' "
            "AND _uuid NOT IN (SELECT _uuid FROM survey GROUP BY _uuid HAVING count(*) > 1) ORDER BY fid LIMIT 4"
        ).fetchall()
    return gpkg, rows


def _table(gpkg, table, *columns, where="1"):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(f'SELECT {", ".join(columns)} FROM "{table}" WHERE {where} ORDER BY fid').fetchall()


def test_a_log_row_changing_the_fid_is_refused_with_its_row(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    (fid1, u1, *_), (fid2, *_) = rows[0], rows[1]
    log = _log(tmp_path, f"{HEADER}\n{u1},hh_size,,7,change_response\n{u1},fid,{fid1},{fid2},change_response\n")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, folder / "cleaned.gpkg")
    assert (
        "Row 3, column question: fid is not an answer but the key or the geometry of the layer: "
        "the cleaning log cannot change it" in str(raised.value)
    )
    assert files_under(folder) == set()


def test_a_feature_the_output_refuses_stops_the_run_and_leaves_no_layer(
    cartong_provider, survey, tmp_path, monkeypatch
):
    """Were a row's key changed anyway (the refusal above planted out), the output's duplicate key must not
    drop another submission quietly: the run fails and writes nothing."""
    from cartong_plugin.processing import apply_log

    gpkg, rows = survey
    (fid1, u1, *_), (fid2, u2, *_) = rows[0], rows[1]
    monkeypatch.setattr(apply_log, "_protected_columns", lambda layer: set())
    log = _log(tmp_path, f"{HEADER}\n{u1},fid,{fid1},{fid2},change_response\n")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, folder / "cleaned.gpkg")
    assert str(raised.value).startswith(f"The output refused the feature {fid2} (uuid {u2})")
    assert files_under(folder) == set()


def test_every_bad_value_is_listed_at_once(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    (_f1, u1, *_), (_f2, u2, *_), (_f3, u3, *_) = rows[:3]
    log = _log(
        tmp_path,
        f"{HEADER}\n{u1},hh_size,,six,change_response\n{u2},hh_size,,9,change_response\n"
        f"{u3},head_age,,forty,change_response\n{u2},arrival_date,,soon,change_response\n",
        "two_bad.csv",
    )
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, tmp_path / "out.gpkg")
    assert str(raised.value) == (
        "The cleaning log two_bad.csv has 3 values that do not fit their fields; fix these rows and apply it again:\n"
        "Row 2 of the cleaning log two_bad.csv: 'six' is not a valid value for the field hh_size: it is not a number\n"
        "Row 4 of the cleaning log two_bad.csv: 'forty' is not a valid value for the field head_age: it is not a "
        "number\n"
        "Row 5 of the cleaning log two_bad.csv: 'soon' is not a valid value for the field arrival_date: write the "
        "date as YYYY-MM-DD"
    )
    assert not (tmp_path / "out.gpkg").exists()


def test_the_list_of_bad_values_stops_at_twenty_with_a_count(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    with closing(sqlite3.connect(gpkg)) as db:
        uuids = [row[0] for row in db.execute("SELECT DISTINCT _uuid FROM survey ORDER BY fid LIMIT 23")]
    log = _log(tmp_path, HEADER + "\n" + "".join(f"{u},hh_size,,x{i},change_response\n" for i, u in enumerate(uuids)))
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, log, tmp_path / "out.gpkg")
    lines = str(raised.value).split("\n")
    assert lines[0].startswith("The cleaning log log.csv has 23 values that do not fit their fields")
    assert len(lines) == 22 and lines[20].startswith("Row 21 of the cleaning log log.csv: 'x19'")
    assert lines[21] == "... and 3 more."


def test_the_dataframe_cleaning_lists_every_bad_value_too(qgis_app):
    import pandas as pd

    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.cleaning.apply import clean_with_summary
    from cartong_plugin.core.cleaning.log import LogEntry

    df = pd.DataFrame({"_uuid": ["a", "b", "c"], "hh_size": [1, 2, 3]})
    log = [LogEntry(u, "hh_size", new_value=v, change_type="change_response") for u, v in zip("abc", ("x", "4", "y"))]
    with pytest.raises(CartongError) as raised:
        clean_with_summary(df, log, source="log.csv")
    assert str(raised.value).split("\n")[1:] == [
        "Row 2 of the cleaning log log.csv: 'x' is not a valid value for the field hh_size: it is not a number",
        "Row 4 of the cleaning log log.csv: 'y' is not a valid value for the field hh_size: it is not a number",
    ]


def test_select_answers_outside_the_choice_list_are_said_and_codes_lose_their_spaces(
    cartong_provider, survey, tmp_path
):
    gpkg, rows = survey
    u1, u2, u3, u4 = (row[1] for row in rows)
    log = _log(
        tmp_path,
        f"{HEADER}\n{u1},head_gender,female,male ,change_response\n{u2},head_gender,female,Male,change_response\n"
        f'{u3},water_problems,,"queue,distance",change_response\n{u4},water_source,,puits,change_response\n'
        f"{u1},water_problems,, cost  queue ,change_response\n{u4},head_gender,female,other_gender,change_response\n",
        "bad_codes.csv",
    )
    feedback = RecordingFeedback()
    _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    assert [w for w in feedback.warnings if "choice list" in w] == [
        "Cleaning log bad_codes.csv, column head_gender: 2 new answers are not in the choice list 'gender' (rows "
        "3, 7: 'Male' (the label of male), 'other_gender'); they are applied as written, each code as its own label.",
        "Cleaning log bad_codes.csv, column water_problems: 1 new answer is not in the choice list 'problems' (row "
        "4: 'queue,distance' (choices are separated by spaces)); it is applied as written, each code as its own "
        "label.",
        "Cleaning log bad_codes.csv, column water_source: 1 new answer is not in the choice list 'water_source' (row "
        "5: 'puits'); it is applied as written, each code as its own label.",
    ]
    columns = ("head_gender", "head_gender_label", "water_problems", "water_problems_label", "water_source")
    cleaned = {row[0]: row[1:] for row in _table(tmp_path / "out.gpkg", "out", "_uuid", *columns)}
    assert cleaned[u1][:4] == ("male", "Male", "cost queue", "Too expensive; Long queues")
    assert cleaned[u2][:2] == ("Male", "Male")
    assert cleaned[u3][2:4] == ("queue,distance", "queue,distance")
    assert (cleaned[u4][0], cleaned[u4][1], cleaned[u4][4]) == ("other_gender", "other_gender", "puits")


def _duplicated(gpkg):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute(
            "SELECT _uuid, group_concat(fid, ', ') FROM survey GROUP BY _uuid HAVING count(*) > 1 ORDER BY min(fid)"
        ).fetchone()


def test_a_new_uuid_another_submission_has_is_refused_and_a_swap_is_not(cartong_provider, survey, tmp_path):
    gpkg, rows = survey
    (_f1, u1, *_), (fid2, u2, *_), (_f3, u3, *_) = rows[:3]
    clash = _log(
        tmp_path,
        f"{HEADER}\n{u3},hh_size,,6,change_response\n{u1},_uuid,{u1},{u2},change_response\n"
        f"{u3},_uuid,{u3},new-uuid,change_response\n",
    )
    with pytest.raises(QgsProcessingException) as raised:
        _apply(gpkg, clash, tmp_path / "clash.gpkg")
    assert str(raised.value) == (
        "The cleaning log log.csv does not match the data; fix these rows and import it again:\n"
        f"Row 3, column new_value: the new uuid {u2} is the uuid of another submission ({fid2}): it would be there "
        "twice"
    )
    assert not (tmp_path / "clash.gpkg").exists()
    swap = _log(tmp_path, f"{HEADER}\n{u1},_uuid,,{u2},change_response\n{u2},_uuid,,{u1},change_response\n", "s.csv")
    assert _apply(gpkg, swap, tmp_path / "swap.gpkg")["CHANGED_VALUES"] == 2
    before = dict(_table(gpkg, "survey", "fid", "_uuid", where=f"_uuid IN ('{u1}', '{u2}')"))
    after = dict(_table(tmp_path / "swap.gpkg", "swap", "fid", "_uuid", where=f"_uuid IN ('{u1}', '{u2}')"))
    assert after == {fid: {u1: u2, u2: u1}[uuid] for fid, uuid in before.items()}
    taken = _log(tmp_path, f"{HEADER}\n{u2},_uuid,,,remove_survey\n{u1},_uuid,,{u2},change_response\n", "t.csv")
    result = _apply(gpkg, taken, tmp_path / "taken.gpkg")  # the uuid of a removed submission is free
    assert (result["CHANGED_VALUES"], result["REMOVED_SUBMISSIONS"]) == (1, 1)


def test_a_row_whose_uuid_several_submissions_share_says_it_changed_each(cartong_provider, survey, tmp_path):
    gpkg, _rows = survey
    uuid, fids = _duplicated(gpkg)
    log = _log(
        tmp_path, f"{HEADER}\n{uuid},hh_size,,5,change_response\n{uuid},_uuid,{uuid},{uuid[:-4]}beef,change_response\n"
    )
    feedback = RecordingFeedback()
    result = _apply(gpkg, log, tmp_path / "out.gpkg", feedback)
    assert [w for w in feedback.warnings if "submissions have the uuid" in w] == [
        f"Row 2 of the cleaning log log.csv: 2 submissions have the uuid {uuid} ({fids}); hh_size was changed in "
        "each of them.",
        f"Row 3 of the cleaning log log.csv: 2 submissions have the uuid {uuid} ({fids}); _uuid was changed in "
        "each of them.",
    ]
    assert _table(tmp_path / "out.gpkg", "out", "fid", "_uuid", "hh_size", where=f"fid IN ({fids})") == [
        (int(fid), f"{uuid[:-4]}beef", 5) for fid in fids.split(", ")
    ]
    assert result["CHANGED_VALUES"] == 4 - sum(  # hh_size already 5 in a copy is no change
        1 for (size,) in _table(gpkg, "survey", "hh_size", where=f"fid IN ({fids})") if size == 5
    )
    removed = _log(tmp_path, f"{HEADER}\n{uuid},_uuid,,,remove_survey\n{uuid},hh_size,,5,change_response\n", "r.csv")
    feedback = RecordingFeedback()
    _apply(gpkg, removed, tmp_path / "removed.gpkg", feedback)  # only the first copy is kept: nothing to say
    assert not [w for w in feedback.warnings if "submissions have the uuid" in w]
