# SPDX-License-Identifier: GPL-3.0-or-later
"""Several reviewers on one shared cleaning log in PostgreSQL: who and when, versions, conflicts, viewers.

Reviewers are separate processes with their own connections (tests/teams_reviewer.py) or the
Processing algorithms (cartong:exportreviewsheet, cartong:savedecisions); the database is the
throw-away PostGIS cluster of tests/postgis_cluster.py.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from teams_data import execute, export_sheet, write_sheet

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.teams.connection import resolve_target
from cartong_plugin.core.teams.review import Decision, StaleDecision, load_log, save_decision
from cartong_plugin.core.teams.transfer import survey_to_postgis

REVIEWER = Path(__file__).parent / "teams_reviewer.py"
_NUMBERS = itertools.count()


@pytest.fixture()
def shared(postgis, checked_survey):
    """A fresh survey schema from the checked sample: alice, bob and carol review it, vera only views it."""
    schema = f"review_{next(_NUMBERS)}"
    survey_to_postgis(checked_survey, resolve_target(postgis.conninfo()), schema)
    postgis.sql(f"GRANT {schema}_reviewer TO alice, bob, carol; GRANT {schema}_viewer TO vera", user="steward")
    return schema


def _target(postgis, user):
    return resolve_target(postgis.conninfo(user))


def _log_row(postgis, schema, log_id):
    line = postgis.sql(f"SELECT change_type, new_value, who, version FROM {schema}.cleaning_log WHERE fid = {log_id}")
    return line.split("|")


def _start_reviewer(postgis, schema, user, decisions):
    process = subprocess.Popen(
        [sys.executable, str(REVIEWER), postgis.conninfo(user), schema, json.dumps(decisions)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"},
    )
    loaded = json.loads(process.stdout.readline() or "null")
    assert loaded is not None, process.stderr.read()
    return process, loaded["loaded"]


def _finish(process):
    out, err = process.communicate("save\n", timeout=120)
    assert process.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def test_two_reviewers_saving_the_same_row_at_once_one_is_refused_and_sees_both(postgis, shared):
    alice, alice_loaded = _start_reviewer(
        postgis, shared, "alice", [[1, "change_response", "7", "recount"], [2, "no_action", "", "fine"]]
    )
    bob, bob_loaded = _start_reviewer(
        postgis, shared, "bob", [[1, "remove_survey", "", "fake interview"], [3, "no_action", "", "ok"]]
    )
    assert alice_loaded["1"] == bob_loaded["1"] == 1  # both loaded row 1 before anyone saved
    alice.stdin.write("save\n")
    alice.stdin.flush()
    bob.stdin.write("save\n")
    bob.stdin.flush()
    results = {"alice": _finish(alice), "bob": _finish(bob)}
    conflicts = {who: r["conflicts"] for who, r in results.items() if r["conflicts"]}
    assert len(conflicts) == 1, results  # exactly one of the simultaneous saves on row 1 lost
    loser = next(iter(conflicts))
    winner = "bob" if loser == "alice" else "alice"
    conflict = conflicts[loser][0]
    assert conflict["log_id"] == 1 and conflict["theirs_who"] == winner
    mine, theirs = ("change_response", "remove_survey") if loser == "alice" else ("remove_survey", "change_response")
    assert (conflict["mine"], conflict["theirs"]) == (mine, theirs)
    assert f"{winner} saved '{theirs}'" in conflict["message"] and f"Yours, '{mine}'" in conflict["message"]
    change, _value, who, version = _log_row(postgis, shared, 1)
    assert (change, who, version) == (theirs, winner, "2")  # the winner's decision stands, not overwritten
    # the other rows of both reviewers were saved
    assert _log_row(postgis, shared, 2)[2:] == ["alice", "2"] and _log_row(postgis, shared, 3)[2:] == ["bob", "2"]


def test_a_third_reviewer_sees_the_others_decisions_on_refresh(postgis, shared):
    before = {row.log_id: row for row in load_log(_target(postgis, "carol"), shared)}
    save_decision(_target(postgis, "alice"), shared, Decision(1, before[1].version, "no_action", "", "checked"))
    save_decision(_target(postgis, "bob"), shared, Decision(2, before[2].version, "change_response", "5", "typo"))
    after = {row.log_id: row for row in load_log(_target(postgis, "carol"), shared)}
    assert (after[1].entry.who, after[1].entry.change_type, after[1].version) == ("alice", "no_action", 2)
    assert (after[2].entry.who, after[2].entry.new_value, after[2].version) == ("bob", "5", 2)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", after[2].entry.when)
    assert after[3].version == before[3].version  # rows nobody touched keep their version


def test_stale_save_is_refused_with_both_values(postgis, shared):
    loaded = load_log(_target(postgis, "bob"), shared)[0]
    save_decision(_target(postgis, "alice"), shared, Decision(loaded.log_id, loaded.version, "change_response", "12"))
    with pytest.raises(StaleDecision) as refused:
        save_decision(_target(postgis, "bob"), shared, Decision(loaded.log_id, loaded.version, "change_response", "9"))
    assert refused.value.conflict.database.entry.new_value == "12"
    assert refused.value.conflict.decision.new_value == "9"
    message = str(refused.value)
    assert "alice saved 'change_response' (new value '12')" in message and "(new value '9')" in message
    assert _log_row(postgis, shared, loaded.log_id)[1] == "12"


def test_viewer_cannot_write_and_is_told_which_role_to_ask_for(postgis, shared):
    row = load_log(_target(postgis, "vera"), shared)[0]  # a viewer reads
    asked = r"permission denied for table cleaning_log.*household_2026_reviewer to record cleaning decisions"
    with pytest.raises(CartongError, match=asked):
        save_decision(_target(postgis, "vera"), shared, Decision(row.log_id, row.version, "no_action"))
    assert _log_row(postgis, shared, row.log_id)[2:] == [row.entry.who, str(row.version)]


def test_database_stamps_who_and_version_even_for_direct_edits(postgis, shared):
    postgis.sql(f"UPDATE {shared}.cleaning_log SET change_type = 'no_action' WHERE fid = 4", user="carol")
    assert _log_row(postgis, shared, 4)[2:] == ["carol", "2"]
    with pytest.raises(RuntimeError, match="permission denied"):
        postgis.sql(f"UPDATE {shared}.cleaning_log SET who = 'alice' WHERE fid = 4", user="carol")
    with pytest.raises(RuntimeError, match="permission denied"):
        postgis.sql(f"UPDATE {shared}.survey SET hh_size = 1", user="carol")


def test_save_decisions_algorithm_refuses_a_stale_sheet_and_saves_the_rest(postgis, shared, tmp_path):
    rows = export_sheet(postgis, shared, "bob", tmp_path / "bob.csv")
    assert list(rows[0])[:2] == ["log_id", "version"]
    postgis.sql(f"UPDATE {shared}.cleaning_log SET change_type = 'remove_survey' WHERE fid = 1", user="alice")
    rows[0].update(change_type="no_action", explanation="checked by phone")  # stale: alice decided meanwhile
    rows[1].update(change_type="change_response", new_value="=3")  # a formula-like value, stored as typed
    write_sheet(tmp_path / "bob.csv", rows)
    feedback = QgsProcessingFeedback()
    errors = []
    feedback.reportError = lambda message, fatal=False: errors.append(message)
    result = execute(
        "cartong:savedecisions",
        {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": shared, "SHEET": str(tmp_path / "bob.csv")},
        feedback,
    )
    assert (result["SAVED"], result["CONFLICTS"], result["UNCHANGED"]) == (1, 1, len(rows) - 2)
    assert "row 2 (" in errors[0] and "alice saved 'remove_survey'" in errors[0] and "Yours, 'no_action'" in errors[0]
    assert _log_row(postgis, shared, 1)[::2] == ["remove_survey", "alice"]
    assert _log_row(postgis, shared, rows[1]["log_id"])[:3] == ["change_response", "=3", "bob"]


def test_a_decision_on_a_row_no_longer_in_the_log_is_not_blamed_on_another_reviewer(postgis, shared, tmp_path):
    rows = export_sheet(postgis, shared, "bob", tmp_path / "bob.csv")
    rows[0].update(log_id="999999", change_type="no_action")  # a log id the shared log never had
    write_sheet(tmp_path / "bob.csv", rows)
    feedback = QgsProcessingFeedback()
    errors = []
    feedback.reportError = lambda message, fatal=False: errors.append(message)
    result = execute(
        "cartong:savedecisions",
        {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": shared, "SHEET": str(tmp_path / "bob.csv")},
        feedback,
    )
    assert result["CONFLICTS"] == 1
    assert errors == [
        "1 decision was not saved: its row is no longer in the cleaning log:\n"
        "row 2: the log row 999999 no longer exists; your decision 'no_action' was not saved."
    ]


def test_review_sheet_with_a_bad_change_type_names_row_and_column(postgis, shared, tmp_path):
    rows = export_sheet(postgis, shared, "bob", tmp_path / "bob.csv")
    rows[2]["change_type"] = "delete_everything"
    write_sheet(tmp_path / "bob.csv", rows)
    with pytest.raises(QgsProcessingException, match="Row 4 of bob.csv, column change_type: 'delete_everything'"):
        execute(
            "cartong:savedecisions",
            {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": shared, "SHEET": str(tmp_path / "bob.csv")},
        )
    assert postgis.sql(f"SELECT count(*) FROM {shared}.cleaning_log WHERE version > 1") == "0"  # nothing saved


def test_review_sheet_with_two_new_value_columns_is_refused_and_nothing_saved(postgis, shared, tmp_path):
    """A reviewer typed the new values into a second new_value column (attack8-ltr finding B): one of the two
    would be read unseen; the sheet is refused with the column's letters."""
    import csv

    rows = export_sheet(postgis, shared, "bob", tmp_path / "bob.csv")
    names = list(rows[0])
    with (tmp_path / "bob.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*names, "new_value"])
        for row in rows:
            writer.writerow([*row.values(), "7"])
    letters = "{}, {}".format(chr(ord("A") + names.index("new_value")), chr(ord("A") + len(names)))
    with pytest.raises(QgsProcessingException) as raised:
        execute(
            "cartong:savedecisions",
            {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": shared, "SHEET": str(tmp_path / "bob.csv")},
        )
    assert str(raised.value) == (
        f"The review sheet bob.csv has the column new_value more than once (columns {letters}): which one to read "
        "cannot be told. Keep one column new_value (delete or rename the others), then try again."
    )
    assert postgis.sql(f"SELECT count(*) FROM {shared}.cleaning_log WHERE version > 1") == "0"  # nothing saved


def test_review_sheet_saved_by_excel_as_utf16_is_read_like_a_cleaning_log(postgis, shared, tmp_path):
    """Excel's "Unicode text" is UTF-16: read as the cleaning log is (it was refused with GDAL's raw message)."""
    rows = export_sheet(postgis, shared, "bob", tmp_path / "bob.csv")
    rows[1].update(change_type="no_action", explanation="vérifié par téléphone")
    rows[2]["change_type"] = "delete_everything"
    write_sheet(tmp_path / "bob.csv", rows)
    sheet = tmp_path / "bob.csv"
    sheet.write_bytes(sheet.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(QgsProcessingException, match="Row 4 of bob.csv, column change_type: 'delete_everything'"):
        execute("cartong:savedecisions", {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": shared, "SHEET": str(sheet)})
    rows[2]["change_type"] = "pending"
    write_sheet(sheet, rows)
    sheet.write_bytes(sheet.read_text(encoding="utf-8").encode("utf-16"))
    result = execute(
        "cartong:savedecisions", {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": shared, "SHEET": str(sheet)}
    )
    assert result["SAVED"] == 1
    assert _log_row(postgis, shared, rows[1]["log_id"])[0] == "no_action"
    assert postgis.sql(f"SELECT explanation FROM {shared}.cleaning_log WHERE fid = {rows[1]['log_id']}") == (
        "vérifié par téléphone"
    )


def test_review_sheet_without_version_column_is_refused(postgis, shared, tmp_path):
    rows = export_sheet(postgis, shared, "bob", tmp_path / "bob.csv")
    write_sheet(tmp_path / "bob.csv", [{k: v for k, v in row.items() if k != "version"} for row in rows])
    with pytest.raises(QgsProcessingException, match="bob.csv has no column version"):
        execute(
            "cartong:savedecisions",
            {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": shared, "SHEET": str(tmp_path / "bob.csv")},
        )


def test_saving_the_decision_already_there_is_not_a_conflict(postgis, shared):
    loaded = load_log(_target(postgis, "bob"), shared)[0]
    decision = Decision(loaded.log_id, loaded.version, "no_action", "", "ok")
    save_decision(_target(postgis, "alice"), shared, decision)
    same = save_decision(_target(postgis, "bob"), shared, decision)
    assert (same.entry.who, same.version) == ("alice", loaded.version + 1)  # not claimed by bob, not bumped
