# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks on a survey shared in PostGIS: the cleaning log is written into its schema.

The sample imported straight into PostgreSQL, checked from its PostGIS layer, gets the same
cleaning log as the GeoPackage checked the same way; a second run keeps what a reviewer decided
(their row, version, who and when untouched) and a viewer can read the log but not write it.
"""

from __future__ import annotations

from osgeo import ogr
from teams_data import SAMPLE, execute

from cartong_plugin.core.teams.connection import resolve_target
from cartong_plugin.core.teams.review import Decision, load_log, save_decision
from tests.checks_sample import PERIOD

FORM = str(SAMPLE / "household_survey_form.xlsx")
CHECKS = {
    "FORM": FORM,
    "ADMIN": f"{SAMPLE / 'admin_boundaries.gpkg'}|layername=admin2",
    "PERIOD_START": PERIOD[0],
    "PERIOD_END": PERIOD[1],
}


def _layer(postgis, schema, table="survey", user="steward"):
    return f'postgres://{postgis.conninfo(user)} key=\'fid\' srid=4326 type=Point table="{schema}"."{table}" (geom)'


def _flags(rows):
    return sorted((r.uuid, r.question, r.check_id, r.old_value, r.change_type) for r in rows)


def test_checks_on_a_postgis_survey_write_its_log_into_the_schema(postgis, checked_survey, cartong_provider, tmp_path):
    from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

    execute(
        "cartong:importsurvey",
        {
            "DATA": str(SAMPLE / "household_survey_kobo.csv"),
            "FORM": FORM,
            "OUTPUT": str(tmp_path / "s.gpkg"),
            "POSTGIS_CONNECTION": postgis.conninfo(),
            "POSTGIS_SCHEMA": "wash_checks",
        },
    )
    assert (
        postgis.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'wash_checks' AND tablename = 'cleaning_log'")
        == "0"
    )
    result = execute("cartong:runchecks", {"INPUT": _layer(postgis, "wash_checks"), **CHECKS})
    assert result["OUTPUT_GPKG"] is None and result["OUTPUT_LAYER"].startswith("postgres://")
    assert "cleaning_log" in result["OUTPUT_LAYER"]
    target = resolve_target(postgis.conninfo())
    shared = load_log(target, "wash_checks")
    local = read_log_from_gpkg(checked_survey)  # the same sample checked in its GeoPackage
    assert result["ENTRIES"] == len(shared) == len(local) > 0
    assert _flags(r.entry for r in shared) == _flags(local)
    assert {r.entry.who for r in shared} == {"steward"} and {r.version for r in shared} == {1}
    # a reviewer decides; a second run keeps the decision, its version and who took it
    postgis.sql("GRANT wash_checks_reviewer TO alice; GRANT wash_checks_viewer TO vera", user="steward")
    first = shared[0]
    decided = save_decision(
        resolve_target(postgis.conninfo("alice")),
        "wash_checks",
        Decision(first.log_id, first.version, "no_action", "", "checked by phone"),
    )
    again = execute("cartong:runchecks", {"INPUT": _layer(postgis, "wash_checks"), **CHECKS})
    after = {r.log_id: r for r in load_log(target, "wash_checks")}
    assert again["ENTRIES"] == len(after) == len(shared)
    assert again["PENDING"] == result["PENDING"] - 1
    kept = after[first.log_id]
    assert (kept.version, kept.entry.who, kept.entry.change_type, kept.entry.explanation) == (
        decided.version,
        "alice",
        "no_action",
        "checked by phone",
    )
    assert set(after) == {r.log_id for r in shared}  # nothing deleted and inserted again
    # the viewer reads the log through QGIS but may not write it
    assert (
        postgis.sql(
            "SELECT has_table_privilege('vera', 'wash_checks.cleaning_log', 'SELECT')::text || "
            "has_table_privilege('vera', 'wash_checks.cleaning_log', 'INSERT')::text"
        )
        == "truefalse"
    )
    source = ogr.Open("PG:" + postgis.conninfo("vera"))
    assert source.ExecuteSQL("SELECT count(*) AS n FROM wash_checks.cleaning_log").GetNextFeature()["n"] == len(after)


def test_pending_rows_no_longer_raised_are_removed_from_the_shared_log(
    postgis, checked_survey, cartong_provider, tmp_path
):
    from cartong_plugin.core.teams.transfer import survey_to_postgis

    survey_to_postgis(checked_survey, resolve_target(postgis.conninfo()), "wash_recheck")
    before = load_log(resolve_target(postgis.conninfo()), "wash_recheck")
    only_duplicates = execute("cartong:runchecks", {"INPUT": _layer(postgis, "wash_recheck"), **CHECKS, "CHECKS": [0]})
    after = load_log(resolve_target(postgis.conninfo()), "wash_recheck")
    assert only_duplicates["ENTRIES"] == len(after) < len(before)
    assert {r.log_id for r in after} <= {r.log_id for r in before}  # survivors kept their rows
    assert all(r.entry.check_id.startswith("duplicates") for r in after)
