# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:surveytopostgis and cartong:surveytogeopackage on a real PostgreSQL 15 + PostGIS 3 cluster.

The sample survey, imported and checked as a user does, goes to PostGIS and comes back identical
table by table; raw values keep every byte; a connection dropped in the middle leaves nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from teams_data import dump, execute, first_difference

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.cleaning.log import LogEntry
from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg
from cartong_plugin.core.teams.connection import resolve_target
from cartong_plugin.core.teams.transfer import survey_to_geopackage, survey_to_postgis

_MOMENT = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"  # as the import writes a date-time


@pytest.fixture()
def checked(checked_survey, cartong_provider):
    return checked_survey


def _share(postgis, gpkg, schema, **more):
    return execute(
        "cartong:surveytopostgis", {"INPUT": str(gpkg), "CONNECTION": postgis.conninfo(), "SCHEMA": schema, **more}
    )


def test_sample_survey_goes_to_postgis_and_back_table_by_table(postgis, checked, tmp_path):
    before = dump(checked)
    shared = _share(postgis, checked, "wash_roundtrip")
    postgis.sql("GRANT wash_roundtrip_viewer TO alice", user="steward")
    back = tmp_path / "back.gpkg"
    result = execute(
        "cartong:surveytogeopackage",
        {"CONNECTION": postgis.conninfo("alice"), "SCHEMA": "wash_roundtrip", "OUTPUT": str(back)},
    )
    after = dump(back)
    assert {
        "raw_survey",
        "raw_members",
        "survey",
        "members",
        "cleaning_log",
        "cartong_metadata",
        "form_questions",
        "form_choices",
    } <= set(before)
    assert len(before["cleaning_log"][3]) > 0  # the checks flagged rows
    assert sorted(after) == sorted(before)
    for table in before:
        assert after[table] == before[table], table + first_difference(
            before[table], after[table]
        )  # columns, types, geometry blobs, values, feature ids
    assert shared["ROWS"] == result["ROWS"] == sum(len(t[3]) for t in before.values())
    assert dump(checked) == before  # the GeoPackage shared was only read


def test_date_times_come_back_unchanged_from_a_server_outside_utc(postgis, checked, tmp_path):
    """A server in Europe/Paris gave its session's offset (09:58:34.147+02:00 for 07:58:34.147Z), which QGIS
    reads as UTC: every date-time moved by two hours (found by an attack on the teams side)."""
    database = postgis.database_in_time_zone("teams_paris", "Europe/Paris")
    conninfo = postgis.conninfo(database=database)
    execute("cartong:surveytopostgis", {"INPUT": str(checked), "CONNECTION": conninfo, "SCHEMA": "wash_paris"})
    back = tmp_path / "back.gpkg"
    execute("cartong:surveytogeopackage", {"CONNECTION": conninfo, "SCHEMA": "wash_paris", "OUTPUT": str(back)})
    before, after = dump(checked), dump(back)
    for table in before:  # value by value, date-times included, as the import wrote them ("Z", milliseconds)
        assert after[table] == before[table], table + first_difference(before[table], after[table])
    moments = [v for row in after["survey"][3] for v in row if isinstance(v, str) and re.fullmatch(_MOMENT, v)]
    assert len(moments) > 400  # start, end, _submission_time... were compared


def test_postgis_holds_the_same_names_types_and_points(postgis, checked):
    _share(postgis, checked, "wash_types")
    columns = postgis.sql(
        "SELECT column_name || ':' || udt_name FROM information_schema.columns "
        "WHERE table_schema = 'wash_types' AND table_name = 'survey' ORDER BY ordinal_position"
    )
    assert "start:timestamptz" in columns.splitlines() and "hh_size:int8" in columns.splitlines()
    raw = postgis.sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'wash_types' "
        "AND table_name = 'raw_survey'"
    ).splitlines()
    assert "identification/admin1" in raw  # names are not laundered
    assert (
        postgis.sql("SELECT type || ':' || srid FROM geometry_columns WHERE f_table_schema = 'wash_types'")
        == "POINT:4326"
    )
    source = ogr.Open(str(checked))
    points = sum(1 for f in source.GetLayerByName("survey") if f.GetGeometryRef() is not None)
    assert postgis.sql("SELECT count(*) FROM wash_types.survey WHERE ST_IsValid(geom)") == str(points)


def _hostile_gpkg(path):
    """A survey GeoPackage whose raw table holds names and values a careless copy would change."""
    values = [
        "tab\there",
        "line\nbreak",
        "crlf\r\nend",
        "back\\slash\\N",
        'quote\'s "double"',
        "=1+1",
        "  spaces kept  ",
        "",
        "NULL",
        "\\.",
        "émoji 👩🏽‍⚕️ ورقة",
        "x" * 20000,
        None,
    ]
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("raw_survey", geom_type=ogr.wkbNone, options=["FID=fid"])
    for name in ("_uuid", "household/note", "Members-Count #2"):  # names PostgreSQL tools like to "launder"
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for number, value in enumerate(values):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("_uuid", f"u{number}")
        feature.SetField("Members-Count #2", str(number))
        if value is not None:
            feature.SetField("household/note", value)
        layer.CreateFeature(feature)
    ds = None
    write_log_to_gpkg([LogEntry("u1", "household/note", "line\nbreak", "=cmd|' /C calc'!A0", "x", "y")], path)
    return values


def test_raw_names_and_values_keep_every_byte_in_postgis(postgis, tmp_path):
    gpkg = tmp_path / "hostile.gpkg"
    values = _hostile_gpkg(gpkg)
    survey_to_postgis(gpkg, resolve_target(postgis.conninfo()), "hostile")
    stored = postgis.sql("SELECT coalesce(md5(\"household/note\"), 'null') FROM hostile.raw_survey ORDER BY fid")
    expected = [hashlib.md5(v.encode("utf-8")).hexdigest() if v is not None else "null" for v in values]
    assert stored.splitlines() == expected
    back = tmp_path / "back.gpkg"
    survey_to_geopackage(resolve_target(postgis.conninfo()), "hostile", back)
    assert dump(back) == dump(gpkg)


class _DropConnectionAt(QgsProcessingFeedback):
    """Feedback that kills the server process of ``user`` once progress passes ``percent``."""

    def __init__(self, postgis, user, percent):
        super().__init__()
        self.postgis, self.user, self.percent, self.killed = postgis, user, percent, []

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress >= self.percent and not self.killed:
            self.killed = self.postgis.backends(self.user)
            self.postgis.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{self.user}'")


def test_dropped_connection_mid_copy_leaves_nothing_in_the_database(postgis, checked):
    feedback = _DropConnectionAt(postgis, "steward", 50)
    with pytest.raises(QgsProcessingException, match="connection to the PostgreSQL database .* was lost") as err:
        execute(
            "cartong:surveytopostgis",
            {"INPUT": str(checked), "CONNECTION": postgis.conninfo(), "SCHEMA": "wash_dropped"},
            feedback,
        )
    assert feedback.killed, "the backend was not killed mid-copy"
    assert "nothing was written" in str(err.value)
    assert postgis.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'wash_dropped'") == "0"
    assert postgis.sql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'wash_dropped%'") == "0"
    assert (
        postgis.sql(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'wash_dropped'"
        )
        == "0"
    )


def test_dropped_connection_while_bringing_back_leaves_no_file(postgis, checked, tmp_path):
    _share(postgis, checked, "wash_back_dropped")
    postgis.sql("GRANT wash_back_dropped_viewer TO bob", user="steward")
    output = tmp_path / "out" / "survey.gpkg"
    feedback = _DropConnectionAt(postgis, "bob", 50)
    with pytest.raises(QgsProcessingException, match="was lost"):
        execute(
            "cartong:surveytogeopackage",
            {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": "wash_back_dropped", "OUTPUT": str(output)},
            feedback,
        )
    assert feedback.killed
    assert list(output.parent.iterdir()) == []  # no file, no temporary leftovers


def test_existing_schema_is_refused_and_kept(postgis, checked):
    _share(postgis, checked, "wash_twice")
    postgis.sql("UPDATE wash_twice.cleaning_log SET change_type = 'no_action' WHERE fid = 1", user="steward")
    with pytest.raises(QgsProcessingException, match="already holds a survey schema 'wash_twice'"):
        _share(postgis, checked, "wash_twice")
    assert postgis.sql("SELECT change_type FROM wash_twice.cleaning_log WHERE fid = 1") == "no_action"
    with pytest.raises(QgsProcessingException, match="would lose 1 decision saved there by steward"):
        _share(postgis, checked, "wash_twice", REPLACE=True)  # the decision is not in the GeoPackage
    _share(postgis, checked, "wash_twice", REPLACE=True, REPLACE_ANYWAY=True)
    assert postgis.sql("SELECT change_type FROM wash_twice.cleaning_log WHERE fid = 1") == "pending"


def test_raw_tables_refuse_changes_even_from_their_owner(postgis, checked):
    _share(postgis, checked, "wash_guarded")
    for statement in (
        "UPDATE wash_guarded.raw_survey SET start = 'x'",
        "DELETE FROM wash_guarded.raw_members",
        "TRUNCATE wash_guarded.raw_survey",
    ):
        with pytest.raises(RuntimeError, match="raw table wash_guarded.raw_.* is read-only"):
            postgis.sql(statement, user="steward")
    assert postgis.sql("SELECT count(*) FROM wash_guarded.raw_survey") == "420"


def test_schema_comment_records_the_source_and_the_table_order(postgis, checked):
    _share(postgis, checked, "wash_comment")
    comment = json.loads(postgis.sql("SELECT obj_description('wash_comment'::regnamespace, 'pg_namespace')"))
    assert comment["source"] == checked.name and comment["copied_by"] == "steward"
    source = ogr.Open(str(checked))
    assert comment["tables"] == [source.GetLayer(i).GetName() for i in range(source.GetLayerCount())]


def test_database_without_postgis_is_a_clear_sentence(postgis, checked):
    postgis.sql("CREATE DATABASE plain OWNER steward", database="postgres")
    with pytest.raises(QgsProcessingException, match="has no PostGIS.*CREATE EXTENSION postgis"):
        execute(
            "cartong:surveytopostgis",
            {"INPUT": str(checked), "CONNECTION": postgis.conninfo(database="plain"), "SCHEMA": "wash"},
        )
    assert postgis.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'wash'", database="plain") == "0"


def test_unknown_schema_names_the_survey_schemas_there(postgis, checked, tmp_path):
    _share(postgis, checked, "wash_listed")
    output = tmp_path / "x.gpkg"
    with pytest.raises(CartongError, match="no survey schema 'nothere'.*wash_listed"):
        survey_to_geopackage(resolve_target(postgis.conninfo()), "nothere", output)
    assert not output.exists()


def test_schema_name_from_the_file_name(postgis, checked, tmp_path):
    named = tmp_path / "Enquête WASH 2026.gpkg"
    shutil.copy(checked, named)
    result = execute("cartong:surveytopostgis", {"INPUT": str(named), "CONNECTION": postgis.conninfo()})
    assert result["SCHEMA"] == "enquete_wash_2026"
    assert result["REVIEWER_ROLE"] == "enquete_wash_2026_reviewer"


class _WriteAt(QgsProcessingFeedback):
    """Feedback that has someone else save a decision once progress passes ``percent``."""

    def __init__(self, postgis, statement, percent):
        super().__init__()
        self.postgis, self.statement, self.percent, self.done = postgis, statement, percent, False

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress >= self.percent and not self.done:
            self.done = True
            self.postgis.sql(self.statement, user="steward")


def test_bringing_back_reads_one_snapshot_while_others_keep_saving(postgis, checked, tmp_path):
    _share(postgis, checked, "wash_snapshot")
    feedback = _WriteAt(postgis, "UPDATE wash_snapshot.cleaning_log SET change_type = 'no_action' WHERE fid = 1", 30)
    output = tmp_path / "snapshot.gpkg"
    survey_to_geopackage(resolve_target(postgis.conninfo()), "wash_snapshot", output, feedback)
    assert feedback.done  # the decision was saved while the survey was being read
    log = ogr.Open(str(output))
    assert log.GetLayerByName("cleaning_log").GetFeature(1).GetField("change_type") == "pending"
    assert postgis.sql("SELECT change_type FROM wash_snapshot.cleaning_log WHERE fid = 1") == "no_action"
