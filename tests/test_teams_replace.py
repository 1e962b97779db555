# SPDX-License-Identifier: GPL-3.0-or-later
"""Replacing a shared survey schema (REPLACE, POSTGIS_REPLACE) never silently drops another survey or decisions.

Found by an attack on the teams side: a slip of the schema name with REPLACE=1 replaced a reviewed survey by
another survey (another form), its reviewers' decisions dropped, and the viewers of the first survey then read
the households, names and phones of the other one, with nothing said.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException
from teams_data import execute, export_sheet, write_sheet

from tests.field_data import RecordingFeedback
from tests.real_imports import import_with_messages

REACH = "impact-initiatives+cleaningtools/data-raw"
FLORA = "ropensci+ruODK/docs/articles/attachments/build_Flora-Quadrat-0-4_1564384341.csv"


@pytest.fixture()
def checked(checked_survey, cartong_provider):
    return checked_survey


def _share(postgis, gpkg, schema, **more):
    feedback = RecordingFeedback()
    execute(
        "cartong:surveytopostgis",
        {"INPUT": str(gpkg), "CONNECTION": postgis.conninfo(), "SCHEMA": schema, **more},
        feedback,
    )
    return feedback


def _decide(postgis, schema, user, rows, tmp_path):
    """``user`` saves no_action on the sheet rows ``rows`` (indexes) with cartong:savedecisions."""
    sheet = export_sheet(postgis, schema, user, tmp_path / f"{user}.csv")
    for index in rows:
        sheet[index].update(change_type="no_action", explanation=f"{user}: checked by phone")
    write_sheet(tmp_path / f"{user}.csv", sheet)
    execute(
        "cartong:savedecisions",
        {"CONNECTION": postgis.conninfo(user), "SCHEMA": schema, "SHEET": str(tmp_path / f"{user}.csv")},
    )


def _decided(postgis, schema):
    return postgis.sql(f"SELECT count(*) FROM {schema}.cleaning_log WHERE change_type <> 'pending'")


def test_another_survey_never_replaces_a_reviewed_one_unless_told(postgis, checked, real_data_dir, tmp_path):
    _share(postgis, checked, "rep_hh")
    postgis.sql("GRANT rep_hh_reviewer TO alice; GRANT rep_hh_viewer TO vera", user="steward")
    _decide(postgis, "rep_hh", "alice", range(3), tmp_path)
    reach = tmp_path / "reach.gpkg"
    import_with_messages(real_data_dir / REACH / "data.xlsx", reach, real_data_dir / REACH / "form.xlsx")
    with pytest.raises(QgsProcessingException) as refused:
        _share(postgis, reach, "rep_hh", REPLACE=True)
    assert (
        "The schema rep_hh holds another survey (form 'household_wash_caf', from household_survey_kobo.csv) "
        "than reach.gpkg (form 'form'): it is not replaced. Nothing was written." in str(refused.value)
    )
    flora = tmp_path / "flora.gpkg"  # no form: told apart by its raw rows
    import_with_messages(real_data_dir / FLORA, flora)
    with pytest.raises(QgsProcessingException, match="holds another survey .*than flora.gpkg"):
        _share(postgis, flora, "rep_hh", REPLACE=True)
    assert _decided(postgis, "rep_hh") == "3"
    assert postgis.sql("SELECT count(*) FROM rep_hh.survey", user="vera") == "420"

    feedback = _share(postgis, reach, "rep_hh", REPLACE=True, REPLACE_ANYWAY=True)  # said explicitly
    assert postgis.sql("SELECT count(*) FROM rep_hh.survey") == "632"
    assert feedback.warnings == [
        "3 decisions saved in the replaced schema rep_hh by alice were dropped.",
        "The roles rep_hh_reviewer and rep_hh_viewer were kept with their members (alice, vera): they now read "
        "the new survey of rep_hh. Revoke a role from anyone who should not (REVOKE <role> FROM <person>).",
    ]


def test_sharing_the_same_survey_again_says_how_many_decisions_and_whose_it_would_lose(postgis, checked, tmp_path):
    _share(postgis, checked, "rep_same")
    postgis.sql("GRANT rep_same_reviewer TO alice, bob", user="steward")
    _decide(postgis, "rep_same", "alice", range(3), tmp_path)
    _decide(postgis, "rep_same", "bob", [5], tmp_path)
    with pytest.raises(QgsProcessingException) as refused:
        _share(postgis, checked, "rep_same", REPLACE=True)
    assert "Replacing rep_same would lose 4 decisions saved there by alice, bob that household_survey.gpkg does "
    "not hold. Nothing was written." in str(refused.value)
    assert _decided(postgis, "rep_same") == "4"
    back = tmp_path / "back.gpkg"  # brought back first: its log holds them, nothing is lost
    execute("cartong:surveytogeopackage", {"CONNECTION": postgis.conninfo(), "SCHEMA": "rep_same", "OUTPUT": str(back)})
    feedback = _share(postgis, back, "rep_same", REPLACE=True)
    assert _decided(postgis, "rep_same") == "4"
    assert [w for w in feedback.warnings if "dropped" in w] == []
    assert any("kept with their members (alice, bob)" in w for w in feedback.warnings)


def test_the_download_destination_refuses_another_survey_too(postgis, checked, real_data_dir, tmp_path):
    _share(postgis, checked, "rep_import")
    reach_data = real_data_dir / REACH / "data.xlsx"
    parameters = {
        "DATA": str(reach_data),
        "FORM": str(real_data_dir / REACH / "form.xlsx"),
        "OUTPUT": str(tmp_path / "reach.gpkg"),
        "POSTGIS_CONNECTION": postgis.conninfo(),
        "POSTGIS_SCHEMA": "rep_import",
        "POSTGIS_REPLACE": True,
    }
    with pytest.raises(QgsProcessingException, match="rep_import holds another survey"):
        execute("cartong:importsurvey", parameters)
    assert postgis.sql("SELECT count(*) FROM rep_import.survey") == "420"
    execute("cartong:importsurvey", {**parameters, "POSTGIS_REPLACE_ANYWAY": True})
    assert postgis.sql("SELECT count(*) FROM rep_import.survey") == "632"
