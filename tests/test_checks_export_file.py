# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks's EXPORT_FILE never replaces a file it must not, whatever KEEP_DECISIONS says (found by an
attack on the cleaning cycle: with KEEP_DECISIONS off it replaced the survey's own export data.xlsx): the
survey's export or form, a sheet that is no cleaning log exported by the toolkit, a filled export whose
decisions would be lost. An export holding no decision is replaced as before."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import processing
import pytest
from qgis.core import QgsProcessingException

from cartong_plugin.core.cleaning.log import CHANGE_RESPONSE
from cartong_plugin.core.cleaning.log_files import export_log, read_log_file
from tests.field_data import SAMPLE, RecordingFeedback, ogr_execute


@pytest.fixture()
def survey(tmp_path, qgis_app):
    """The sample export and form copied beside the GeoPackage they were imported into."""
    from cartong_plugin.core.survey.importer import import_survey

    data, form = tmp_path / "data.xlsx", tmp_path / "form.xlsx"
    shutil.copy(SAMPLE / "household_survey_kobo.xlsx", data)
    shutil.copy(SAMPLE / "household_survey_form.xlsx", form)
    import_survey(str(data), str(form), str(tmp_path / "survey.gpkg"))
    return tmp_path / "survey.gpkg", data, form


def _checks(gpkg, export, keep):
    parameters = {
        "INPUT": f"{gpkg}|layername=survey",
        "CHECKS": [0, 1],
        "KEEP_DECISIONS": keep,
        "EXPORT_FILE": str(export),
    }
    return processing.run("cartong:runchecks", parameters, feedback=RecordingFeedback())


@pytest.mark.parametrize("keep", [False, True])
def test_the_surveys_own_export_and_form_are_never_replaced(cartong_provider, survey, keep):
    gpkg, data, form = survey
    for target in (data, form):  # known by the SHA-256 the import recorded, wherever they are
        before = target.read_bytes()
        with pytest.raises(QgsProcessingException) as raised:
            _checks(gpkg, target, keep)
        assert str(raised.value).startswith(
            f"The export file {target} is the survey's own export or form: it was not replaced by the cleaning log."
        )
        assert target.read_bytes() == before


@pytest.mark.parametrize("keep", [False, True])
def test_a_sheet_that_is_no_toolkit_export_is_not_replaced(cartong_provider, survey, keep):
    gpkg, _data, _form = survey
    reach = gpkg.parent / "reach_log.csv"  # a cleaningtools log: uuid and question, but not the toolkit's columns
    reach.write_text("uuid,question,old_value,change_type,new_value\nabc,hh_size,9,change_response,10\n")
    before = reach.read_bytes()
    with pytest.raises(QgsProcessingException) as raised:
        _checks(gpkg, reach, keep)
    assert str(raised.value).startswith(
        f"The export file {reach} is not a cleaning log exported by the toolkit (its columns: uuid, question, "
        "old_value, change_type, new_value): it was not replaced."
    )
    assert reach.read_bytes() == before


def test_a_filled_export_is_not_replaced_when_the_decisions_are_not_kept(cartong_provider, survey):
    gpkg, _data, _form = survey
    export = gpkg.parent / "log.xlsx"
    _checks(gpkg, export, False)
    log = read_log_file(export)
    log[0].change_type, log[0].new_value = CHANGE_RESPONSE, "7"
    export_log(log, export)
    before = export.read_bytes()
    with pytest.raises(QgsProcessingException) as raised:
        _checks(gpkg, export, False)
    assert str(raised.value).startswith(
        f"The export file {export} holds 1 decision of the field teams (first: row 2) and the option to keep the "
        "decisions is off: the file was not replaced."
    )
    assert export.read_bytes() == before


def test_an_export_without_decisions_is_replaced(cartong_provider, survey):
    gpkg, _data, _form = survey
    export = gpkg.parent / "log.csv"
    first = _checks(gpkg, export, False)
    again = _checks(gpkg, export, False)
    assert again["EXPORTED"] == str(export) and len(read_log_file(export)) == again["ENTRIES"] == first["ENTRIES"]


def test_a_cell_longer_than_excel_keeps_is_said_when_exported_to_xlsx(cartong_provider, survey):
    gpkg, _data, _form = survey
    with closing(sqlite3.connect(gpkg)) as db:
        (uuid,) = db.execute("SELECT _uuid FROM survey WHERE water_source_other IS NOT NULL ORDER BY fid").fetchone()
    ogr_execute(gpkg, f"UPDATE survey SET water_source_other = '{'x' * 40000}' WHERE _uuid = '{uuid}'")
    export = gpkg.parent / "log.xlsx"
    feedback = RecordingFeedback()
    processing.run(
        "cartong:runchecks",
        {"INPUT": f"{gpkg}|layername=survey", "CHECKS": [5], "KEEP_DECISIONS": False, "EXPORT_FILE": str(export)},
        feedback=feedback,
    )
    row = next(e.row for e in read_log_file(export) if len(e.old_value) == 40000)
    assert (
        f"{export}: 1 cell is longer than the 32,767 characters Excel keeps (first: row {row}, column old_value); the "
        "file holds it whole, but Excel cuts it when the file is opened and saved there. Edit such a row in the CSV "
        "export or in QGIS."
    ) in feedback.warnings
