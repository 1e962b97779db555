# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard's choice "a shared database": QGIS's saved PostgreSQL connections, the copy in a QgsTask.

Driven through the real widgets against the throw-away cluster; the connection is saved in QGIS
the way the Browser saves it (no password in it: the cluster trusts its socket).
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProviderRegistry
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit
from test_import_wizard import (
    _choose_files,
    _wait,
    _wait_for_preview,
    wizard,  # noqa: F401  (the fixture)
)

CONNECTION = "Team database"


@pytest.fixture()
def saved_connection(postgis):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(postgis.conninfo(), {"saveUsername": True}), CONNECTION)
    yield CONNECTION
    metadata.deleteConnection(CONNECTION)


def _to_options(wizard, sample_copy, output):  # noqa: F811
    _choose_files(wizard, sample_copy / "household_survey_kobo.csv", sample_copy / "household_survey_form.xlsx", output)
    wizard.next()
    _wait_for_preview(wizard)
    wizard.next()
    wizard.findChild(QCheckBox, "add_to_project").setChecked(False)


def test_wizard_puts_the_survey_in_the_chosen_shared_database(
    wizard,  # noqa: F811
    saved_connection,
    postgis,  # noqa: F811
    sample_copy,
    tmp_path,
):
    _to_options(wizard, sample_copy, tmp_path / "survey.gpkg")
    combo = wizard.findChild(QComboBox, "postgres_connection")
    assert CONNECTION in [combo.itemText(i) for i in range(combo.count())]
    assert not wizard.findChild(QLabel, "no_postgres_connection").isVisibleTo(wizard)
    wizard.findChild(QCheckBox, "share_postgres").setChecked(True)
    combo.setCurrentText(CONNECTION)
    wizard.findChild(QLineEdit, "postgres_schema").setText("wizard_survey")
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    counts = wizard.findChild(QLabel, "counts").text()
    assert "Also in the shared database as wizard_survey" in counts and "wizard_survey_reviewer" in counts
    rows = wizard.run_page.report.rows
    assert postgis.sql("SELECT count(*) FROM wizard_survey.survey") == str(rows)
    assert postgis.sql("SELECT count(*) FROM wizard_survey.raw_survey") == str(rows)


def test_without_saved_connections_the_choice_is_off_and_says_why(
    wizard,  # noqa: F811
    postgis,
    sample_copy,  # noqa: F811
    tmp_path,
):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    assert metadata.connections() == {}
    _to_options(wizard, sample_copy, tmp_path / "survey.gpkg")
    assert not wizard.findChild(QCheckBox, "share_postgres").isEnabled()
    note = wizard.findChild(QLabel, "no_postgres_connection")
    assert note.isVisibleTo(wizard) and "No PostgreSQL connection is saved in QGIS" in note.text()


def test_a_refused_copy_keeps_the_import_and_says_so(
    wizard,  # noqa: F811
    saved_connection,
    postgis,
    sample_copy,  # noqa: F811
    tmp_path,
):
    postgis.sql("CREATE SCHEMA wizard_taken AUTHORIZATION steward", user="postgres")
    _to_options(wizard, sample_copy, tmp_path / "survey.gpkg")
    wizard.findChild(QCheckBox, "share_postgres").setChecked(True)
    wizard.findChild(QLineEdit, "postgres_schema").setText("wizard_taken")
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page)
    counts = wizard.findChild(QLabel, "counts").text()
    assert (
        "It is not in the shared database: The database already holds a schema 'wizard_taken' that is not a survey"
        in counts
    )
    assert (tmp_path / "survey.gpkg").exists()
