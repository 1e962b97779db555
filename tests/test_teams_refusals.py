# SPDX-License-Identifier: GPL-3.0-or-later
"""What PostgreSQL refused reaches the user as its first reason, with the table, row and column (found by an
attack on the teams side).

After a refused statement PostgreSQL answers every next one with "current transaction is aborted", and GDAL
raised the last message: a reviewer writing over the owner's survey_cleaned read that instead of the
documented "choose a file"; a text that is not UTF-8 gave an empty reason; the first refusal of a reviewer
embedded the whole CREATE TABLE statement.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsProcessingException
from teams_data import execute

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, no_sleep


@pytest.fixture()
def checked(checked_survey, cartong_provider):
    return checked_survey


def _share(postgis, gpkg, schema):
    return execute("cartong:surveytopostgis", {"INPUT": str(gpkg), "CONNECTION": postgis.conninfo(), "SCHEMA": schema})


def _layer(postgis, schema, user):
    return f'postgres://{postgis.conninfo(user)} key=\'fid\' srid=4326 type=Point table="{schema}"."survey" (geom)'


def test_a_reviewer_writing_over_the_owners_cleaned_table_is_told_to_choose_a_file(postgis, checked):
    _share(postgis, checked, "refused_cleaned")
    postgis.sql("GRANT refused_cleaned_reviewer TO alice", user="steward")
    alice = _layer(postgis, "refused_cleaned", "alice")
    with pytest.raises(QgsProcessingException) as first:  # no cleaned table yet: she may not create one
        execute("cartong:applycleaninglog", {"INPUT": alice, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "Choose a file for the cleaned survey instead. (permission denied for schema refused_cleaned)" in str(
        first.value
    )
    assert "CREATE TABLE" not in str(first.value)
    execute(
        "cartong:applycleaninglog",
        {"INPUT": _layer(postgis, "refused_cleaned", "steward"), "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    with pytest.raises(QgsProcessingException) as second:  # the owner's table: she may not replace it
        execute("cartong:applycleaninglog", {"INPUT": alice, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert str(second.value).startswith("You may read the survey refused_cleaned but not write tables there")
    assert "(must be owner of table survey_cleaned)" in str(second.value)
    assert "current transaction is aborted" not in str(second.value)
    assert postgis.sql("SELECT count(*) FROM refused_cleaned.survey_cleaned") == "420"


def test_a_text_that_is_not_utf8_is_named_by_table_row_and_column(postgis, checked, tmp_path):
    gpkg = tmp_path / "written_elsewhere.gpkg"
    shutil.copy(checked, gpkg)
    with closing(sqlite3.connect(gpkg)) as db:  # as another program may write it (Windows-1252 bytes)
        db.execute(
            "UPDATE raw_survey SET \"identification/village\" = CAST(X'43C3A96C696E65FF20E9' AS TEXT) WHERE fid = 12"
        )
        db.commit()
    with pytest.raises(QgsProcessingException) as refused:
        _share(postgis, gpkg, "refused_text")
    assert str(refused.value) == (
        "Row 12 of the table raw_survey, column identification/village: the text is not valid UTF-8 (another "
        "program wrote it), and PostgreSQL cannot store it. Nothing was written. Correct that value in the "
        "GeoPackage, or import the survey again from its export."
    )
    assert postgis.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'refused_text'") == "0"


def test_a_row_postgresql_refuses_during_an_update_is_named(
    postgis, cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch
):
    from cartong_plugin.core.servers import credentials

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    gpkg = tmp_path / "kobo.gpkg"
    parameters = {
        "SERVER": fake_server.url,
        "AUTHCFG": "test",
        "ASSET": ASSET_UID,
        "OUTPUT": str(gpkg),
        "POSTGIS_CONNECTION": postgis.conninfo(),
        "POSTGIS_SCHEMA": "refused_rows",
    }
    execute("cartong:downloadkobo", parameters)
    # the administrator caps the table (a rule of their own): the 4th new row breaks it
    postgis.sql("ALTER TABLE refused_rows.survey ADD CONSTRAINT capped CHECK (fid <= 253)", user="steward")
    fake_server.add_records(7)
    with pytest.raises(QgsProcessingException) as refused:
        execute("cartong:downloadkobo", {**parameters, "UPDATE": True})
    message = str(refused.value)
    assert (
        'PostgreSQL refused row 254 of the table survey: new row for relation "survey" violates check '
        'constraint "capped". Nothing was written.' in message
    )
    assert "current transaction is aborted" not in message
    assert postgis.sql("SELECT count(*) FROM refused_rows.survey") == "250"
