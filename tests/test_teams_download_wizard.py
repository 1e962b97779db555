# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard's choice "a shared database", the same one the import wizard offers.

Driven through the real widgets against the local Kobo server and the throw-away PostgreSQL
cluster: a download lands in the chosen schema too, an update adds only the new rows there (the
rows already shared stay as they were), a refused copy keeps the download and says why, a bad
schema name stops before anything is downloaded, and without saved connections the choice is off.
"""

from __future__ import annotations

import pytest
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit
from test_download_wizard import (  # noqa: F401  (fixtures)
    _choose_form,
    _count,
    _download,
    _fill_server,
    _next_from_server,
    clean_settings,
    credential_store,
    wizard,
)
from test_teams_import_wizard import CONNECTION, saved_connection  # noqa: F401  (the fixture)

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

FIRST_ROWS = "SELECT md5(string_agg(t::text, '|' ORDER BY fid)) FROM {schema}.raw_survey t WHERE fid <= 250"


def _to_output(wizard, fake_server):  # noqa: F811
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)


def _share_in(wizard, schema):  # noqa: F811
    combo = wizard.findChild(QComboBox, "postgres_connection")
    assert CONNECTION in [combo.itemText(i) for i in range(combo.count())]
    assert not wizard.findChild(QLabel, "no_postgres_connection").isVisibleTo(wizard)
    wizard.findChild(QCheckBox, "share_postgres").setChecked(True)
    combo.setCurrentText(CONNECTION)
    wizard.findChild(QLineEdit, "postgres_schema").setText(schema)


def test_download_and_update_land_in_the_chosen_shared_database(
    wizard,  # noqa: F811
    saved_connection,  # noqa: F811
    postgis,
    fake_server,
    tmp_path,
):
    gpkg = tmp_path / "kobo.gpkg"
    _to_output(wizard, fake_server)
    _share_in(wizard, "wizard_download")
    assert _download(wizard, gpkg) is wizard.summary_page, wizard.run_page.status.text()
    counts = wizard.summary_page.counts.text()
    assert "Also in the shared database as wizard_download" in counts and "wizard_download_reviewer" in counts
    assert postgis.sql("SELECT count(*) FROM wizard_download.raw_survey") == "250" == str(_count(gpkg, "survey"))
    assert postgis.sql("SELECT count(*) FROM wizard_download.survey") == "250"
    shared_before = postgis.sql(FIRST_ROWS.format(schema="wizard_download"))
    # an update: only the 7 new submissions go into the schema, what was shared stays as it was
    fake_server.add_records(7)
    wizard.restart()
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    _share_in(wizard, "wizard_download")
    assert _download(wizard, gpkg, update=True) is wizard.summary_page, wizard.run_page.status.text()
    counts = wizard.summary_page.counts.text()
    assert (
        "7 new submissions, 257 submissions in all" in counts
        and "Also in the shared database as wizard_download" in counts
    )
    assert postgis.sql("SELECT count(*) FROM wizard_download.raw_survey") == "257" == str(_count(gpkg, "raw_survey"))
    assert postgis.sql(FIRST_ROWS.format(schema="wizard_download")) == shared_before


def test_a_refused_copy_keeps_the_download_and_says_so(
    wizard,  # noqa: F811
    saved_connection,  # noqa: F811
    postgis,
    fake_server,
    tmp_path,
):
    postgis.sql("CREATE SCHEMA wizard_dl_taken AUTHORIZATION steward")
    _to_output(wizard, fake_server)
    _share_in(wizard, "wizard_dl_taken")
    assert _download(wizard, tmp_path / "kobo.gpkg") is wizard.summary_page, wizard.run_page.status.text()
    counts = wizard.summary_page.counts.text()
    assert "250 new submissions" in counts
    assert (
        "It is not in the shared database: The database already holds a schema 'wizard_dl_taken' that is not a survey"
        in counts
    )
    assert _count(tmp_path / "kobo.gpkg", "survey") == 250
    assert postgis.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'wizard_dl_taken'") == "0"


def test_a_bad_schema_name_stops_before_downloading(
    wizard,  # noqa: F811
    saved_connection,  # noqa: F811
    postgis,
    fake_server,
    tmp_path,
):
    _to_output(wizard, fake_server)
    _share_in(wizard, "Bad Name")
    assert _download(wizard, tmp_path / "kobo.gpkg") is wizard.run_page
    assert "'Bad Name' is not a usable schema name" in wizard.run_page.status.text()
    assert not (tmp_path / "kobo.gpkg").exists()
    assert not [r for r in fake_server.state.requests if r["path"].endswith("/data/")]


def test_without_saved_connections_the_download_choice_is_off_and_says_why(
    wizard,  # noqa: F811
    fake_server,
):
    from qgis.core import QgsProviderRegistry

    assert QgsProviderRegistry.instance().providerMetadata("postgres").connections() == {}
    _to_output(wizard, fake_server)
    assert not wizard.findChild(QCheckBox, "share_postgres").isEnabled()
    note = wizard.findChild(QLabel, "no_postgres_connection")
    assert note.isVisibleTo(wizard) and "No PostgreSQL connection is saved in QGIS" in note.text()


@pytest.fixture(autouse=True)
def _no_leftover_connection():
    """A connection saved by a failed test would turn the last test's 'none saved' into a false failure."""
    yield
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if CONNECTION in metadata.connections():
        metadata.deleteConnection(CONNECTION)
