# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared (PostgreSQL) review path reads "NA" as the file path does (found by an attack on the cleaning
cycle: NA emptied an answer from a file log but was applied as the text "NA" from the shared log, and the
warning said "'NA' in the log, 'NA' in the survey"). A review sheet exported with cartong:exportreviewsheet,
filled, saved with cartong:savedecisions and applied with cartong:applycleaninglog: "NA" typed as a new value
empties the answer, a real "NA" answer kept as written stays "NA", and no warning contradicts itself."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing

from teams_data import execute

from cartong_plugin.core.cleaning.log import LogEntry
from cartong_plugin.core.teams.connection import resolve_target
from cartong_plugin.core.teams.review import load_log
from cartong_plugin.core.teams.shared_log import write_shared_log
from cartong_plugin.core.teams.transfer import survey_to_postgis
from tests.field_data import RecordingFeedback

SCHEMA = "review_values"


def _sheet(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_na_means_empty_and_a_real_na_answer_is_kept_on_the_shared_path(postgis, checked_survey, tmp_path):
    survey_to_postgis(checked_survey, resolve_target(postgis.conninfo()), SCHEMA)
    postgis.sql(f"GRANT {SCHEMA}_reviewer TO alice", user="steward")
    real, emptied = postgis.sql(f"SELECT _uuid FROM {SCHEMA}.survey ORDER BY fid LIMIT 2").split("\n")
    postgis.sql(f"UPDATE {SCHEMA}.survey SET water_source_other = 'NA' WHERE _uuid = '{real}'", user="steward")
    postgis.sql(f"UPDATE {SCHEMA}.survey SET water_source_other = 'forage' WHERE _uuid = '{emptied}'", user="steward")
    steward = resolve_target(postgis.conninfo())
    flagged = [
        LogEntry(real, "water_source_other", "NA", issue="odd answer", check_id="manual.na"),
        LogEntry(emptied, "water_source_other", "forage", issue="odd answer", check_id="manual.na"),
    ]
    write_shared_log(steward, SCHEMA, [row.entry for row in load_log(steward, SCHEMA)] + flagged)

    sheet = tmp_path / "alice.csv"
    alice = postgis.conninfo("alice")
    execute("cartong:exportreviewsheet", {"CONNECTION": alice, "SCHEMA": SCHEMA, "OUTPUT": str(sheet)})
    rows = _sheet(sheet)
    mine = {row["uuid"]: row for row in rows if row["check_id"] == "manual.na"}
    assert mine[real]["old_value"] == "'NA"  # neutralised: a bare NA in a sheet means empty
    mine[real].update(change_type="change_response", new_value=mine[real]["old_value"])  # kept as written
    mine[emptied].update(change_type="change_response", new_value="NA")  # cleaningtools: NA is empty
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    execute("cartong:savedecisions", {"CONNECTION": alice, "SCHEMA": SCHEMA, "SHEET": str(sheet)})

    layer = f'postgres://{postgis.conninfo("alice")} key=\'fid\' srid=4326 type=Point table="{SCHEMA}"."survey" (geom)'
    feedback = RecordingFeedback()
    execute("cartong:applycleaninglog", {"INPUT": layer, "OUTPUT": str(tmp_path / "clean.gpkg")}, feedback)
    with closing(sqlite3.connect(tmp_path / "clean.gpkg")) as db:
        answers = dict(
            db.execute("SELECT _uuid, water_source_other FROM clean WHERE _uuid IN (?, ?)", (real, emptied)).fetchall()
        )
    assert answers == {real: "NA", emptied: None}
    assert not [w for w in feedback.warnings if "old value" in w]
