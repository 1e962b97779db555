# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog on a survey shared in PostGIS: the reviewers' decisions applied in the database.

The checked sample is shared in a schema; a reviewer decides there (swapped points corrected,
duplicated uuids removed, a select_multiple choice ticked with an R-style TRUE on a new log row).
The algorithm reads that shared log, writes ``survey_cleaned`` into the same schema and reports
the same counts and the same rows as the GeoPackage path on the same survey brought back; the raw
table is untouched, a second run replaces only the cleaned table, a survey table is refused as a
destination, and a reviewer, who may not create tables, is told to choose a file (which works).
"""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime
from teams_data import execute

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.teams.connection import resolve_target
from cartong_plugin.core.teams.review import Decision, load_log, save_decisions
from tests.field_data import RecordingFeedback

RAW_SUM = "SELECT md5(string_agg(t::text, '|' ORDER BY fid)) FROM {schema}.raw_survey t"
QUEUE = "household/water_problems/queue"


def _layer(postgis, schema, table="survey", user="steward"):
    return f'postgres://{postgis.conninfo(user)} key=\'fid\' srid=4326 type=Point table="{schema}"."{table}" (geom)'


def _share_and_decide(postgis, checked_survey, schema):
    """The checked sample in ``schema``; alice's decisions saved there; the uuid whose queue choice she ticked."""
    from cartong_plugin.core.teams.transfer import survey_to_postgis

    survey_to_postgis(checked_survey, resolve_target(postgis.conninfo()), schema)
    postgis.sql(f"GRANT {schema}_reviewer TO alice; GRANT {schema}_viewer TO vera", user="steward")
    alice = resolve_target(postgis.conninfo("alice"))
    decisions = []
    for row in load_log(alice, schema):
        if row.entry.check_id == "gps.swapped":
            decisions.append(Decision(row.log_id, row.version, "change_response", row.entry.new_value))
        elif row.entry.check_id == "duplicates.uuid":
            decisions.append(Decision(row.log_id, row.version, "remove_survey"))
    assert len(save_decisions(alice, schema, decisions).saved) == len(decisions) == 8
    uuid = postgis.sql(f'SELECT "_uuid" FROM {schema}.survey WHERE water_problems_queue = 0 ORDER BY fid LIMIT 1')
    postgis.sql(  # a reviewer adds a row as cleaningtools in R writes it: the choice's path, TRUE
        f"INSERT INTO {schema}.cleaning_log (uuid, question, old_value, new_value, issue, change_type) "
        f"VALUES ('{uuid}', '{QUEUE}', 'FALSE', 'TRUE', 'seen on site', 'change_response')",
        user="alice",
    )
    return uuid


def _text(value) -> str:
    """A value as text; a date-time by its clock time (PostgreSQL's is UTC, the GeoPackage's has no zone)."""
    return value.toString("yyyy-MM-ddTHH:mm:ss") if isinstance(value, QDateTime) else str(value)


def _rows(layer):
    key = layer.fields().indexOf("_index")
    features = sorted(layer.getFeatures(), key=lambda f: f.attributes()[key])
    names = [n for n in layer.fields().names() if n != "fid"]
    return [([_text(f[n]) for n in names], f.geometry().asWkt(7)) for f in features]


def test_apply_on_a_postgis_survey_writes_the_cleaned_table_into_its_schema(
    postgis, checked_survey, cartong_provider, tmp_path
):
    from cartong_plugin.core.teams.transfer import survey_to_geopackage

    uuid = _share_and_decide(postgis, checked_survey, "wash_apply")
    raw_before = postgis.sql(RAW_SUM.format(schema="wash_apply"))
    result = execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_apply"), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert result["OUTPUT"].startswith("postgres://") and '"wash_apply"."survey_cleaned"' in result["OUTPUT"]
    assert (result["REMOVED_SUBMISSIONS"], result["CHANGED_VALUES"]) == (2, 7)  # 3 swapped points, 1 choice
    pending = int(postgis.sql("SELECT count(*) FROM wash_apply.cleaning_log WHERE change_type = 'pending'"))
    assert result["PENDING"] == pending > 0
    assert postgis.sql(RAW_SUM.format(schema="wash_apply")) == raw_before
    assert postgis.sql("SELECT count(*) FROM wash_apply.survey_cleaned") == "418"
    assert postgis.sql(f"SELECT water_problems_queue FROM wash_apply.survey_cleaned WHERE \"_uuid\" = '{uuid}'") == "1"
    assert postgis.sql("SELECT has_table_privilege('vera', 'wash_apply.survey_cleaned', 'SELECT')") == "t"
    # the same survey brought back to a GeoPackage, cleaned there: the same counts and the same rows
    back = tmp_path / "back.gpkg"
    survey_to_geopackage(resolve_target(postgis.conninfo()), "wash_apply", back)
    local = execute(
        "cartong:applycleaninglog", {"INPUT": f"{back}|layername=survey", "OUTPUT": str(tmp_path / "clean.gpkg")}
    )
    assert {k: v for k, v in local.items() if k != "OUTPUT"} == {k: v for k, v in result.items() if k != "OUTPUT"}
    shared = QgsVectorLayer(result["OUTPUT"].removeprefix("postgres://"), "shared", "postgres")
    assert shared.isValid() and shared.featureCount() == 418
    assert _rows(shared) == _rows(QgsVectorLayer(local["OUTPUT"], "local", "ogr"))


def test_a_second_apply_replaces_only_the_cleaned_table(postgis, checked_survey, cartong_provider):
    _share_and_decide(postgis, checked_survey, "wash_again")
    raw_before = postgis.sql(RAW_SUM.format(schema="wash_again"))
    execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_again"), "OUTPUT": "TEMPORARY_OUTPUT"})
    alice = resolve_target(postgis.conninfo("alice"))
    row = next(r for r in load_log(alice, "wash_again") if r.entry.change_type == "pending")
    save_decisions(alice, "wash_again", [Decision(row.log_id, row.version, "remove_survey")])
    again = execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_again"), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert again["REMOVED_SUBMISSIONS"] == 3
    assert postgis.sql("SELECT count(*) FROM wash_again.survey_cleaned") == "417"
    for table in ("raw_survey", "survey", "cleaning_log"):
        destination = f'postgres://{postgis.conninfo()} table="wash_again"."{table}" (geom)'
        with pytest.raises(QgsProcessingException, match=f"'{table}' is a table the survey wash_again came with"):
            execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_again"), "OUTPUT": destination})
    postgis.sql("CREATE TABLE wash_again.field_notes (note text); INSERT INTO wash_again.field_notes VALUES ('x')")
    notes = f'postgres://{postgis.conninfo()} table="wash_again"."field_notes" (geom)'
    with pytest.raises(QgsProcessingException, match="already holds a table 'field_notes' that is not a cleaned"):
        execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_again"), "OUTPUT": notes})
    assert postgis.sql("SELECT note FROM wash_again.field_notes") == "x"
    assert postgis.sql(RAW_SUM.format(schema="wash_again")) == raw_before
    assert postgis.sql("SELECT count(*) FROM wash_again.survey") == "420"
    named = f'postgis:{postgis.conninfo()} table="wash_again"."survey_checked_by_alice" (geom)'
    chosen = execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_again"), "OUTPUT": named})
    assert '"survey_checked_by_alice"' in chosen["OUTPUT"]
    assert postgis.sql("SELECT count(*) FROM wash_again.survey_checked_by_alice") == "417"
    # written by the toolkit, not by QGIS's exporter: readable by the viewers, recorded as a cleaned table
    assert postgis.sql("SELECT has_table_privilege('vera', 'wash_again.survey_checked_by_alice', 'SELECT')") == "t"
    comment = postgis.sql("SELECT obj_description('wash_again'::regnamespace, 'pg_namespace')")
    assert json.loads(comment)["cleaned"] == ["survey_checked_by_alice", "survey_cleaned"]


def test_a_chosen_table_name_with_capitals_is_written_as_named(postgis, checked_survey, cartong_provider):
    """Save to Database Table keeps the name as typed (quoted): Survey_Cleaned_Alice, not refused."""
    _share_and_decide(postgis, checked_survey, "wash_capitals")
    named = f'postgis:{postgis.conninfo()} table="wash_capitals"."Survey_Cleaned_Alice" (geom)'
    result = execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_capitals"), "OUTPUT": named})
    assert '"Survey_Cleaned_Alice"' in result["OUTPUT"]
    assert postgis.sql('SELECT count(*) FROM wash_capitals."Survey_Cleaned_Alice"') == "418"
    # its id sequence continues after the rows written: a row added in QGIS gets a new fid
    sequence = postgis.sql("SELECT pg_get_serial_sequence('wash_capitals.\"Survey_Cleaned_Alice\"', 'fid')")
    assert postgis.sql(f"SELECT last_value FROM {sequence}") == postgis.sql(
        'SELECT max(fid) + 1 FROM wash_capitals."Survey_Cleaned_Alice"'
    )


def test_a_table_of_someone_else_ending_in_cleaned_is_never_replaced(postgis, checked_survey, cartong_provider):
    """A table the toolkit did not write, in the survey's schema, named like a cleaned layer (wells_cleaned:
    there is no survey table 'wells') is left as it is."""
    _share_and_decide(postgis, checked_survey, "wash_theirs")
    postgis.sql(
        "CREATE TABLE wash_theirs.wells_cleaned (name text); INSERT INTO wash_theirs.wells_cleaned VALUES ('north');"
        "ALTER TABLE wash_theirs.wells_cleaned OWNER TO steward"
    )
    named = f'postgis:{postgis.conninfo()} table="wash_theirs"."wells_cleaned" (geom)'
    with pytest.raises(QgsProcessingException, match="already holds a table 'wells_cleaned' that is not a cleaned"):
        execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_theirs"), "OUTPUT": named})
    assert postgis.sql("SELECT name FROM wash_theirs.wells_cleaned") == "north"


def test_a_reviewer_is_told_to_choose_a_file_and_a_file_works(postgis, checked_survey, cartong_provider, tmp_path):
    _share_and_decide(postgis, checked_survey, "wash_alice")
    alice_layer = _layer(postgis, "wash_alice", user="alice")
    with pytest.raises(QgsProcessingException, match="Choose a file for the cleaned survey"):
        execute("cartong:applycleaninglog", {"INPUT": alice_layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert postgis.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'wash_alice'") == postgis.sql(
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'wash_alice' AND tablename <> 'survey_cleaned'"
    )
    result = execute("cartong:applycleaninglog", {"INPUT": alice_layer, "OUTPUT": str(tmp_path / "mine.gpkg")})
    assert result["OUTPUT"].startswith(str(tmp_path / "mine.gpkg"))
    assert QgsVectorLayer(result["OUTPUT"], "mine", "ogr").featureCount() == 418


def test_a_cancelled_write_leaves_the_previous_cleaned_table(postgis, checked_survey, cartong_provider, tmp_path):
    from cartong_plugin.core.teams.cleaned import write_cleaned_table

    _share_and_decide(postgis, checked_survey, "wash_cut")
    execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_cut"), "OUTPUT": "TEMPORARY_OUTPUT"})
    comment = postgis.sql("SELECT obj_description('wash_cut'::regnamespace, 'pg_namespace')")
    other = tmp_path / "other.gpkg"
    execute("cartong:applycleaninglog", {"INPUT": f"{checked_survey}|layername=survey", "OUTPUT": str(other)})
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(CartongError, match="nothing was written"):
        write_cleaned_table(other, resolve_target(postgis.conninfo()), "wash_cut", "survey_cleaned", feedback)
    assert postgis.sql("SELECT count(*) FROM wash_cut.survey_cleaned") == "418"
    assert postgis.sql("SELECT obj_description('wash_cut'::regnamespace, 'pg_namespace')") == comment


def test_a_postgis_layer_outside_a_survey_schema_is_cleaned_as_any_layer(
    postgis, checked_survey, cartong_provider, tmp_path
):
    from cartong_plugin.core.cleaning.log_files import export_log, read_log_from_gpkg

    _share_and_decide(postgis, checked_survey, "wash_plain")
    postgis.sql(
        "CREATE SCHEMA plain_layers; "
        "CREATE TABLE plain_layers.survey AS SELECT * FROM wash_plain.survey; "
        "ALTER TABLE plain_layers.survey ADD PRIMARY KEY (fid)",
        user="steward",
    )
    log = read_log_from_gpkg(checked_survey)
    for entry in log:
        if entry.check_id == "duplicates.uuid":
            entry.change_type = "remove_survey"
    edited = export_log(log, tmp_path / "decided.csv")
    result = execute(
        "cartong:applycleaninglog",
        {"INPUT": _layer(postgis, "plain_layers"), "LOG": str(edited), "OUTPUT": str(tmp_path / "plain.gpkg")},
    )
    assert result["OUTPUT"] == str(tmp_path / "plain.gpkg")  # the file chosen, as for any layer
    assert result["REMOVED_SUBMISSIONS"] == 2 and result["CHANGED_VALUES"] == 0
    assert postgis.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'plain_layers'") == "1"


def test_a_bad_value_in_the_shared_log_is_named_and_nothing_is_written(postgis, checked_survey, cartong_provider):
    uuid = _share_and_decide(postgis, checked_survey, "wash_bad")
    postgis.sql(
        "INSERT INTO wash_bad.cleaning_log (uuid, question, old_value, new_value, issue, change_type) "
        f"VALUES ('{uuid}', 'hh_size', '6', 'nine', 'typed on a phone', 'change_response')",
        user="alice",
    )
    log_id = int(postgis.sql("SELECT max(fid) FROM wash_bad.cleaning_log"))  # the row is named by its log_id
    with pytest.raises(QgsProcessingException, match=f"Row {log_id} of the cleaning log wash_bad.cleaning_log: 'nine'"):
        execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_bad"), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert (
        postgis.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'wash_bad' AND tablename = 'survey_cleaned'")
        == "0"
    )


class _DropConnectionAt(QgsProcessingFeedback):
    """Feedback that kills the connections ``user`` opened since it was made, once progress reaches ``percent``."""

    def __init__(self, postgis, user, percent):
        super().__init__()
        self.postgis, self.user, self.percent, self.killed = postgis, user, percent, []
        self.before = set(postgis.backends(user))

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress >= self.percent and not self.killed:
            self.killed = sorted(set(self.postgis.backends(self.user)) - self.before)
            for pid in self.killed:
                self.postgis.sql(f"SELECT pg_terminate_backend({pid})")


def test_a_dropped_connection_while_writing_leaves_the_previous_cleaned_table(
    postgis, checked_survey, cartong_provider
):
    _share_and_decide(postgis, checked_survey, "wash_drop")
    execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_drop"), "OUTPUT": "TEMPORARY_OUTPUT"})
    comment = postgis.sql("SELECT obj_description('wash_drop'::regnamespace, 'pg_namespace')")
    alice = resolve_target(postgis.conninfo("alice"))
    row = next(r for r in load_log(alice, "wash_drop") if r.entry.change_type == "pending")
    save_decisions(alice, "wash_drop", [Decision(row.log_id, row.version, "remove_survey")])
    feedback = _DropConnectionAt(postgis, "steward", 100)  # every row copied, not yet committed
    with pytest.raises(QgsProcessingException, match="was lost while writing the cleaned layer survey_cleaned"):
        execute(
            "cartong:applycleaninglog",
            {"INPUT": _layer(postgis, "wash_drop"), "OUTPUT": "TEMPORARY_OUTPUT"},
            feedback,
        )
    assert feedback.killed, "no connection was cut"
    assert postgis.sql("SELECT count(*) FROM wash_drop.survey_cleaned") == "418"  # not the 417 of the new run
    assert postgis.sql("SELECT obj_description('wash_drop'::regnamespace, 'pg_namespace')") == comment


def test_a_postgis_survey_cleaned_into_a_file_keeps_its_date_times_and_null_points(
    postgis, checked_survey, cartong_provider, tmp_path
):
    """QGIS 3.22's GeoPackage writer drops milliseconds and the "Z" (09:08:16.520Z -> 09:08:16.000) and
    writes an empty point for a row without a location: the file has the survey's own values."""
    import sqlite3
    from contextlib import closing

    from cartong_plugin.core.teams.transfer import survey_to_postgis

    survey_to_postgis(checked_survey, resolve_target(postgis.conninfo()), "wash_file")
    out = tmp_path / "cleaned.gpkg"
    execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_file"), "OUTPUT": str(out)})
    query = 'SELECT fid, start, "end", _submission_time, today, geom IS NULL FROM {} ORDER BY fid'
    with closing(sqlite3.connect(checked_survey)) as db:
        before = db.execute(query.format("survey")).fetchall()
    with closing(sqlite3.connect(out)) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents ORDER BY rowid").fetchone()[0]  # the layer first
        after = db.execute(query.format(f'"{table}"')).fetchall()
    assert after == before
    assert any(row[5] for row in before) and any(not row[1].endswith(".000Z") for row in before)


def test_the_log_applied_again_to_the_cleaned_table_keeps_the_duplicates_first_copies(
    postgis, checked_survey, cartong_provider
):
    """Found by an outside test of the whole cycle: applied to survey_cleaned, the schema's log removed the
    copy of each duplicated uuid that the first run had kept (REMOVED_SUBMISSIONS 2)."""
    _share_and_decide(postgis, checked_survey, "wash_applied_twice")
    # R's TRUE: not the point here
    postgis.sql(f"DELETE FROM wash_applied_twice.cleaning_log WHERE question = '{QUEUE}'")
    execute("cartong:applycleaninglog", {"INPUT": _layer(postgis, "wash_applied_twice"), "OUTPUT": "TEMPORARY_OUTPUT"})
    feedback = RecordingFeedback()
    again = execute(
        "cartong:applycleaninglog",
        {"INPUT": _layer(postgis, "wash_applied_twice", "survey_cleaned"), "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    assert again["REMOVED_SUBMISSIONS"] == 0
    assert postgis.sql("SELECT count(*) FROM wash_applied_twice.survey_cleaned_cleaned") == "418"
    assert (
        postgis.sql(
            'SELECT count(DISTINCT "_uuid") FROM wash_applied_twice.survey_cleaned_cleaned WHERE "_uuid" IN '
            '(SELECT "_uuid" FROM wash_applied_twice.survey GROUP BY 1 HAVING count(*) > 1)'
        )
        == "2"
    )
    kept = [w for w in feedback.warnings if "is no longer duplicated in this layer" in w]
    assert len(kept) == 2 and all("wash_applied_twice.cleaning_log" in w for w in kept)


def test_a_log_file_applied_to_a_shared_survey_names_the_rows_the_schema_decides_otherwise(
    postgis, checked_survey, cartong_provider, tmp_path
):
    from cartong_plugin.core.cleaning.log_files import export_log, read_log_from_gpkg

    _share_and_decide(postgis, checked_survey, "wash_sheet")
    sheet = export_log(read_log_from_gpkg(checked_survey), tmp_path / "sheet.csv")  # every row pending
    feedback = RecordingFeedback()
    result = execute(
        "cartong:applycleaninglog",
        {"INPUT": _layer(postgis, "wash_sheet"), "LOG": str(sheet), "OUTPUT": str(tmp_path / "clean.gpkg")},
        feedback=feedback,
    )
    assert result["REMOVED_SUBMISSIONS"] == 0
    said = [w for w in feedback.warnings if "decided otherwise in the survey's own cleaning log" in w]
    assert len(said) == 1 and said[0].startswith(
        "8 rows of the cleaning log sheet.csv are decided otherwise in the survey's own cleaning log "
        "wash_sheet.cleaning_log, which is not applied when a log file is chosen: row "
    )
    assert said[0].count("in the survey's log (by alice)") == 8
