# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:importsurvey and cartong:downloadkobo writing their survey into PostGIS (issue #18).

The survey GeoPackage is built as without a database, then copied into one new schema in one
transaction: the tables come back identical, the raw values keep every byte, a connection cut in
the middle of the copy leaves no schema, no table and no role, and a wrong connection fails
before anything is imported or downloaded.
"""

from __future__ import annotations

import hashlib

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from teams_data import SAMPLE, dump, execute, first_difference

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, no_sleep

DATA = str(SAMPLE / "household_survey_kobo.csv")
FORM = str(SAMPLE / "household_survey_form.xlsx")


class _DropConnectionAt(QgsProcessingFeedback):
    """Feedback that kills the connections ``user`` opened since it was made, once progress passes ``percent``.

    Connections open before (QGIS's own pool keeps the ones of layers read earlier) are left alone, so
    the one cut is the copy's.
    """

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


def _import(postgis, output, **more):
    return execute(
        "cartong:importsurvey",
        {"DATA": DATA, "FORM": FORM, "OUTPUT": str(output), "POSTGIS_CONNECTION": postgis.conninfo(), **more},
    )


def _md5s(rows):
    return [hashlib.md5("\x1f".join(row).encode("utf-8")).hexdigest() for row in rows]


def test_import_writes_the_survey_into_its_schema_identical_table_by_table(postgis, cartong_provider, tmp_path):
    gpkg = tmp_path / "household.gpkg"
    result = _import(postgis, gpkg, POSTGIS_SCHEMA="household_import")
    assert result["POSTGIS_SCHEMA"] == "household_import" and result["ROWS"] > 0
    tables = set(postgis.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'household_import'").splitlines())
    assert {"raw_survey", "raw_members", "survey", "members", "cartong_metadata", "form_questions"} <= tables
    assert postgis.sql("SELECT count(*) FROM household_import.survey") == str(result["ROWS"])
    # raw table, column by column: the same bytes as in the GeoPackage
    source = ogr.Open(str(gpkg))
    raw = source.GetLayerByName("raw_survey")
    names = [raw.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(raw.GetLayerDefn().GetFieldCount())]
    stored = postgis.sql(
        "SELECT md5(concat_ws(chr(31), "
        + ", ".join(f"coalesce(\"{n}\"::text, '')" for n in names)
        + ")) FROM household_import.raw_survey ORDER BY fid"
    )
    expected = _md5s([[f.GetFieldAsString(n) if f.IsFieldSetAndNotNull(n) else "" for n in names] for f in raw])
    assert stored.splitlines() == expected and len(expected) == result["ROWS"]
    # and the whole survey comes back as the GeoPackage the import wrote
    postgis.sql("GRANT household_import_viewer TO alice", user="steward")
    back = tmp_path / "back.gpkg"
    execute(
        "cartong:surveytogeopackage",
        {"CONNECTION": postgis.conninfo("alice"), "SCHEMA": "household_import", "OUTPUT": str(back)},
    )
    assert dump(back) == dump(gpkg)


def test_schema_named_from_the_export_when_not_given(postgis, cartong_provider, tmp_path):
    result = _import(postgis, tmp_path / "x.gpkg")
    assert result["POSTGIS_SCHEMA"] == "household_survey_kobo"
    assert postgis.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'household_survey_kobo'") != "0"


def test_import_without_a_connection_writes_only_the_geopackage(postgis, cartong_provider, tmp_path):
    before = postgis.sql("SELECT count(*) FROM pg_namespace")
    result = execute("cartong:importsurvey", {"DATA": DATA, "FORM": FORM, "OUTPUT": str(tmp_path / "only.gpkg")})
    assert result["POSTGIS_SCHEMA"] == "" and (tmp_path / "only.gpkg").exists()
    assert postgis.sql("SELECT count(*) FROM pg_namespace") == before


def test_connection_dropped_mid_import_leaves_nothing_half_written(postgis, cartong_provider, tmp_path):
    feedback = _DropConnectionAt(postgis, "steward", 50)
    with pytest.raises(QgsProcessingException) as err:
        execute(
            "cartong:importsurvey",
            {
                "DATA": DATA,
                "FORM": FORM,
                "OUTPUT": str(tmp_path / "cut.gpkg"),
                "POSTGIS_CONNECTION": postgis.conninfo(),
                "POSTGIS_SCHEMA": "household_cut",
            },
            feedback,
        )
    assert feedback.killed, "the backend was not killed mid-copy"
    message = str(err.value)
    assert message.startswith("The survey GeoPackage cut.gpkg was written, but it could not be shared in PostgreSQL")
    assert "was lost" in message and "nothing was written" in message and "Traceback" not in message
    assert postgis.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'household_cut'") == "0"
    assert postgis.sql("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'household_cut%'") == "0"
    assert (
        postgis.sql(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'household_cut'"
        )
        == "0"
    )
    assert (tmp_path / "cut.gpkg").exists()  # the local survey is kept


def test_existing_schema_is_refused_then_replaced_when_asked(postgis, cartong_provider, tmp_path):
    _import(postgis, tmp_path / "a.gpkg", POSTGIS_SCHEMA="household_twice")
    with pytest.raises(QgsProcessingException, match="household_twice"):
        _import(postgis, tmp_path / "b.gpkg", POSTGIS_SCHEMA="household_twice")
    result = _import(postgis, tmp_path / "c.gpkg", POSTGIS_SCHEMA="household_twice", POSTGIS_REPLACE=True)
    assert postgis.sql("SELECT count(*) FROM household_twice.survey") == str(result["ROWS"])


def test_replace_never_drops_a_schema_the_toolkit_did_not_share(postgis, cartong_provider, tmp_path):
    """POSTGIS_REPLACE on the name of a schema of other data (owned by the same user) keeps it whole."""
    postgis.sql(
        "CREATE SCHEMA field_data AUTHORIZATION steward; "
        "CREATE TABLE field_data.wells (id int, name text); ALTER TABLE field_data.wells OWNER TO steward; "
        "INSERT INTO field_data.wells VALUES (1, 'north'), (2, 'south')"
    )
    with pytest.raises(QgsProcessingException, match="'field_data' that is not a survey shared by the toolkit"):
        _import(postgis, tmp_path / "r.gpkg", POSTGIS_SCHEMA="field_data", POSTGIS_REPLACE=True)
    assert postgis.sql("SELECT string_agg(name, ',' ORDER BY id) FROM field_data.wells") == "north,south"
    assert postgis.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'field_data'") == "1"
    assert (tmp_path / "r.gpkg").exists()  # the local survey is kept


def test_a_password_in_the_connection_parameter_is_refused_before_any_work(postgis, cartong_provider, tmp_path):
    """libpq and GDAL take postgresql://user:password@... and password=...: QGIS would write such a parameter
    in clear in the Processing history and the echo of qgis_process, so it is refused, never shown."""
    secret = "Xq7-uri-secret"
    for connection in (
        f"postgresql://steward:{secret}@/teams?host={postgis.socket_dir}",
        f"host={postgis.socket_dir} dbname=teams user=steward password='{secret}'",
    ):
        gpkg = tmp_path / "uri.gpkg"
        with pytest.raises(QgsProcessingException) as err:
            execute(
                "cartong:importsurvey",
                {"DATA": DATA, "FORM": FORM, "OUTPUT": str(gpkg), "POSTGIS_CONNECTION": connection},
            )
        assert secret not in str(err.value)
        assert "holds a password: QGIS would write it in clear" in str(err.value)
        assert not gpkg.exists()
    with pytest.raises(QgsProcessingException, match="holds a password"):
        execute(
            "cartong:surveytogeopackage",
            {
                "CONNECTION": f"{postgis.conninfo()} password={secret}",
                "SCHEMA": "x",
                "OUTPUT": str(tmp_path / "b.gpkg"),
            },
        )
    # a URI without a password is a connection string too, not the name of a QGIS connection
    uri = f"postgresql://steward@/teams?host={postgis.socket_dir}"
    execute(
        "cartong:importsurvey",
        {
            "DATA": DATA,
            "FORM": FORM,
            "OUTPUT": str(tmp_path / "ok.gpkg"),
            "POSTGIS_CONNECTION": uri,
            "POSTGIS_SCHEMA": "by_uri",
        },
    )


LONG_QUESTION = "household/water_and_sanitation_problems_reported_by_the_household/insecurity_on_the_way"


def test_a_question_name_postgres_would_cut_is_named_and_nothing_is_shared(postgis, cartong_provider, tmp_path):
    """A group path above PostgreSQL's 63 bytes would come back shortened (and two such paths would merge):
    the import says which column, the GeoPackage is kept whole, no schema is made."""
    data = tmp_path / "long_names.csv"
    text = (SAMPLE / "household_survey_kobo.csv").read_text(encoding="utf-8-sig")
    data.write_text(text.replace('"household/water_problems/insecurity"', f'"{LONG_QUESTION}"', 1), encoding="utf-8")
    gpkg = tmp_path / "long_names.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        execute(
            "cartong:importsurvey",
            {
                "DATA": str(data),
                "OUTPUT": str(gpkg),
                "POSTGIS_CONNECTION": postgis.conninfo(),
                "POSTGIS_SCHEMA": "long",
            },
        )
    assert f"the column {LONG_QUESTION} of raw_survey is longer" in str(err.value)
    assert "Nothing was written" in str(err.value)
    assert postgis.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'long'") == "0"
    kept = ogr.Open(str(gpkg))
    layer = kept.GetLayerByName("raw_survey")
    assert layer.GetLayerDefn().GetFieldIndex(LONG_QUESTION) >= 0 and layer.GetFeatureCount() == 420
    del layer, kept


def test_a_role_of_the_database_named_like_the_survey_roles_is_never_given_the_survey(
    postgis, cartong_provider, tmp_path
):
    """A survey shared as 'field' would use field_viewer: an existing role of that name made for other
    reasons (all field staff, vera among them) must not be given the survey to read, nor renamed."""
    postgis.sql(
        "CREATE ROLE field_viewer NOLOGIN; GRANT field_viewer TO vera; "
        "COMMENT ON ROLE field_viewer IS 'all field staff'"
    )
    with pytest.raises(QgsProcessingException, match="The role field_viewer already exists and is not the one"):
        _import(postgis, tmp_path / "field.gpkg", POSTGIS_SCHEMA="field")
    assert postgis.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'field'") == "0"
    assert postgis.sql("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = 'field_viewer'") == (
        "all field staff"
    )
    # the survey's own roles are reused when it is shared again (replaced)
    _import(postgis, tmp_path / "own.gpkg", POSTGIS_SCHEMA="field_own")
    postgis.sql("GRANT field_own_viewer TO vera", user="steward")
    _import(postgis, tmp_path / "own2.gpkg", POSTGIS_SCHEMA="field_own", POSTGIS_REPLACE=True)
    assert postgis.sql("SELECT has_table_privilege('vera', 'field_own.raw_survey', 'SELECT')") == "t"


def test_unknown_connection_fails_before_importing(postgis, cartong_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="no PostgreSQL connection named 'nowhere'"):
        execute(
            "cartong:importsurvey",
            {"DATA": DATA, "FORM": FORM, "OUTPUT": str(tmp_path / "n.gpkg"), "POSTGIS_CONNECTION": "nowhere"},
        )
    assert not (tmp_path / "n.gpkg").exists()


def test_kobo_download_lands_in_postgis(postgis, cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch):
    from cartong_plugin.core.servers import credentials

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    gpkg = tmp_path / "kobo household.gpkg"
    result = execute(
        "cartong:downloadkobo",
        {
            "SERVER": fake_server.url,
            "AUTHCFG": "test",
            "ASSET": ASSET_UID,
            "OUTPUT": str(gpkg),
            "POSTGIS_CONNECTION": postgis.conninfo(),
        },
    )
    assert result["POSTGIS_SCHEMA"] == "kobo_household"
    assert postgis.sql("SELECT count(*) FROM kobo_household.raw_survey") == str(result["TOTAL_RECORDS"]) == "250"
    postgis.sql("GRANT kobo_household_viewer TO bob", user="steward")
    back = tmp_path / "back.gpkg"
    execute(
        "cartong:surveytogeopackage",
        {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": "kobo_household", "OUTPUT": str(back)},
    )
    assert dump(back) == dump(gpkg)


def test_kobo_download_with_unknown_connection_asks_nothing_of_the_server(
    postgis, cartong_provider, fake_server, tmp_path, monkeypatch
):
    from cartong_plugin.core.servers import credentials

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    with pytest.raises(QgsProcessingException, match="no PostgreSQL connection named 'nowhere'"):
        execute(
            "cartong:downloadkobo",
            {
                "SERVER": fake_server.url,
                "AUTHCFG": "test",
                "ASSET": ASSET_UID,
                "OUTPUT": str(tmp_path / "k.gpkg"),
                "POSTGIS_CONNECTION": "nowhere",
            },
        )
    assert fake_server.state.requests == [] and not (tmp_path / "k.gpkg").exists()


def _kobo(postgis, fake_server, gpkg, feedback=None, **more):
    return execute(
        "cartong:downloadkobo",
        {
            "SERVER": fake_server.url,
            "AUTHCFG": "test",
            "ASSET": ASSET_UID,
            "OUTPUT": str(gpkg),
            "POSTGIS_CONNECTION": postgis.conninfo(),
            **more,
        },
        feedback,
    )


def test_incremental_sync_adds_only_new_rows_and_keeps_decisions(
    postgis, cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch
):
    from cartong_plugin.core.cleaning.log import LogEntry
    from cartong_plugin.core.cleaning.log_files import write_log_to_gpkg
    from cartong_plugin.core.servers import credentials

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    gpkg = tmp_path / "kobo_sync.gpkg"
    execute(
        "cartong:downloadkobo", {"SERVER": fake_server.url, "AUTHCFG": "test", "ASSET": ASSET_UID, "OUTPUT": str(gpkg)}
    )
    write_log_to_gpkg([LogEntry("u1", "hh_size", "40", "", "outlier", "x")], gpkg)
    from cartong_plugin.core.teams.connection import resolve_target
    from cartong_plugin.core.teams.transfer import survey_to_postgis

    survey_to_postgis(gpkg, resolve_target(postgis.conninfo()), "kobo_sync")
    raw_before = postgis.sql("SELECT md5(string_agg(t::text, '|' ORDER BY fid)) FROM kobo_sync.raw_survey t")
    postgis.sql("UPDATE kobo_sync.cleaning_log SET change_type = 'change_response', new_value = '4'", user="steward")
    fake_server.add_records(7)
    result = _kobo(postgis, fake_server, gpkg, UPDATE=True, POSTGIS_SCHEMA="kobo_sync")
    assert result["NEW_RECORDS"] == 7 and result["POSTGIS_SCHEMA"] == "kobo_sync"
    assert postgis.sql("SELECT count(*) FROM kobo_sync.raw_survey") == "257"
    assert (
        postgis.sql("SELECT md5(string_agg(t::text, '|' ORDER BY fid)) FROM kobo_sync.raw_survey t WHERE fid <= 250")
        == raw_before
    )  # the rows already there are untouched
    assert postgis.sql("SELECT change_type || ':' || new_value FROM kobo_sync.cleaning_log") == "change_response:4"
    assert postgis.sql("SELECT count(*) FROM kobo_sync.cartong_metadata") == "2"  # import, then sync
    # every other table is now the GeoPackage's, row for row
    postgis.sql("GRANT kobo_sync_viewer TO carol", user="steward")
    back = tmp_path / "back.gpkg"
    execute(
        "cartong:surveytogeopackage",
        {"CONNECTION": postgis.conninfo("carol"), "SCHEMA": "kobo_sync", "OUTPUT": str(back)},
    )
    here, there = dump(gpkg), dump(back)
    assert sorted(here) == sorted(there)
    for table in here:
        if table != "cleaning_log":
            assert there[table] == here[table], table + first_difference(here[table], there[table])
    # a second update with nothing new adds nothing but the sync's metadata row
    _kobo(postgis, fake_server, gpkg, UPDATE=True, POSTGIS_SCHEMA="kobo_sync")
    assert postgis.sql("SELECT count(*) FROM kobo_sync.raw_survey") == "257"
    assert postgis.sql("SELECT count(*) FROM kobo_sync.cartong_metadata") == "3"


def test_sync_after_the_form_changed_keeps_every_answer_as_given(
    postgis, cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch
):
    """Between two syncs the form got a new question, lost one, and head_age became text: the new rows'
    'about forty' is never read as 0 (GeoPackage, QGIS, PostgreSQL); it is left empty in the typed
    layer with a warning, kept as answered in the raw tables."""
    from field_data import RecordingFeedback

    from cartong_plugin.core.servers import credentials
    from tests.servers import fake_kobo_odk

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    gpkg = tmp_path / "changed.gpkg"
    _kobo(postgis, fake_server, gpkg, POSTGIS_SCHEMA="kobo_changed")
    survey = []
    for row in fake_kobo_odk.SURVEY:
        if row.get("name") == "head_age":
            survey += [{**row, "type": "text"}, fake_kobo_odk._row("decimal", "water_cost", "Water cost", "Coût")]
        elif row.get("name") != "latrine":
            survey.append(row)
    make_record = fake_kobo_odk.make_record

    def changed_record(i, host):
        record = make_record(i, host)
        if i >= 250:
            record.pop("household/latrine", None)
            record.update({"household/head_age": "about forty", "household/water_cost": "12.5"})
        return record

    monkeypatch.setattr(fake_kobo_odk, "SURVEY", survey)
    monkeypatch.setattr(fake_kobo_odk, "make_record", changed_record)
    fake_server.add_records(7)
    feedback = RecordingFeedback()
    _kobo(postgis, fake_server, gpkg, UPDATE=True, POSTGIS_SCHEMA="kobo_changed", feedback=feedback)
    assert any(
        "head_age another type" in w and "7 new answers that did not fit were left empty" in w
        for w in feedback.warnings
    ), feedback.warnings
    new_rows = "FROM {table} WHERE fid > 250 ORDER BY fid"
    gpkg_typed = ogr.Open(str(gpkg))
    layer = gpkg_typed.GetLayerByName("survey")
    layer.SetAttributeFilter("fid > 250")
    assert [(f.IsFieldNull("head_age"), f.GetField("water_cost")) for f in layer] == [(True, 12.5)] * 7
    del layer, gpkg_typed
    expected = "\n".join(["|12.5"] * 7)
    assert postgis.sql("SELECT head_age, water_cost " + new_rows.format(table="kobo_changed.survey")) == expected
    raw = postgis.sql('SELECT DISTINCT "household/head_age" ' + "FROM kobo_changed.raw_survey WHERE fid > 250")
    assert raw == "about forty"
    assert postgis.sql("SELECT count(*) FROM kobo_changed.survey WHERE fid <= 250 AND head_age IS NULL") == "0"


def test_sync_of_another_survey_into_a_schema_is_refused_and_changes_nothing(
    postgis, cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch
):
    from cartong_plugin.core.servers import credentials

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    _import(postgis, tmp_path / "other.gpkg", POSTGIS_SCHEMA="kobo_other")  # a file import: other rows
    before = postgis.sql("SELECT count(*) FROM kobo_other.raw_survey")
    gpkg = tmp_path / "kobo_other.gpkg"
    execute(
        "cartong:downloadkobo", {"SERVER": fake_server.url, "AUTHCFG": "test", "ASSET": ASSET_UID, "OUTPUT": str(gpkg)}
    )
    with pytest.raises(QgsProcessingException, match="not the survey shared in kobo_other: row .* of raw_survey"):
        _kobo(postgis, fake_server, gpkg, UPDATE=True, POSTGIS_SCHEMA="kobo_other")
    assert postgis.sql("SELECT count(*) FROM kobo_other.raw_survey") == before


def test_connection_dropped_mid_sync_leaves_the_schema_as_it_was(
    postgis, cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch
):
    from cartong_plugin.core.servers import credentials

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    gpkg = tmp_path / "kobo_cut.gpkg"
    _kobo(postgis, fake_server, gpkg)
    before = postgis.sql("SELECT md5(string_agg(t::text, '|' ORDER BY fid)) FROM kobo_cut.survey t")
    fake_server.add_records(7)
    feedback = _DropConnectionAt(postgis, "steward", 100)
    with pytest.raises(QgsProcessingException, match="could not be shared in PostgreSQL: .* was lost while") as err:
        execute(
            "cartong:downloadkobo",
            {
                "SERVER": fake_server.url,
                "AUTHCFG": "test",
                "ASSET": ASSET_UID,
                "OUTPUT": str(gpkg),
                "POSTGIS_CONNECTION": postgis.conninfo(),
                "UPDATE": True,
            },
            feedback,
        )
    assert feedback.killed and "nothing was written" in str(err.value)
    assert postgis.sql("SELECT count(*) FROM kobo_cut.raw_survey") == "250"
    assert postgis.sql("SELECT md5(string_agg(t::text, '|' ORDER BY fid)) FROM kobo_cut.survey t") == before
    assert postgis.sql("SELECT count(*) FROM kobo_cut.cartong_metadata") == "1"


def test_odk_download_lands_in_postgis(postgis, cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch):
    from cartong_plugin.core.servers import credentials
    from tests.servers.fake_kobo_odk import FORM_ID, ODK_EMAIL, ODK_PASSWORD, PROJECT_ID

    monkeypatch.setattr(
        credentials, "read_secret", lambda authcfg: credentials.Secret(username=ODK_EMAIL, password=ODK_PASSWORD)
    )
    gpkg = tmp_path / "odk.gpkg"
    result = execute(
        "cartong:downloadodk",
        {
            "SERVER": fake_server.url,
            "AUTHCFG": "test",
            "PROJECT": PROJECT_ID,
            "FORM": FORM_ID,
            "OUTPUT": str(gpkg),
            "POSTGIS_CONNECTION": postgis.conninfo(),
            "POSTGIS_SCHEMA": "odk_dl",
        },
    )
    assert result["POSTGIS_SCHEMA"] == "odk_dl" and result["TOTAL_RECORDS"] > 0
    assert postgis.sql("SELECT count(*) FROM odk_dl.raw_survey") == str(result["TOTAL_RECORDS"])
    postgis.sql("GRANT odk_dl_viewer TO bob", user="steward")
    back = tmp_path / "back.gpkg"
    execute(
        "cartong:surveytogeopackage", {"CONNECTION": postgis.conninfo("bob"), "SCHEMA": "odk_dl", "OUTPUT": str(back)}
    )
    assert dump(back) == dump(gpkg)
