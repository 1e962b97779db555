# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks says what it could not check, and checks what the form and the layer hold: GPS points
from the geometry, the form's constraints beyond plain bounds, the consent question, repeats."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from checks_sample import import_sample
from checks_sample import run_checks_algorithm as _execute
from field_data import RecordingFeedback
from osgeo import gdal

from cartong_plugin.core.cleaning.log_files import read_log_from_gpkg

GPS = 3  # index of the GPS family in the CHECKS enum


@pytest.fixture()
def survey_gpkg(tmp_path, sample_dir):
    return import_sample(sample_dir, tmp_path / "survey.gpkg")


def _admin(sample_dir):
    return f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2"


def _flags(gpkg, family="gps"):
    return {(e.uuid, e.check_id) for e in read_log_from_gpkg(gpkg) if e.check_id.startswith(family + ".")}


def _sql(gpkg, statement):
    """One SQL statement through OGR (the GeoPackage's triggers need its SQL functions)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    ds.ExecuteSQL(statement)
    ds = None


def test_gps_check_reads_the_point_geometry_when_the_coordinate_columns_are_absent(
    cartong_provider, survey_gpkg, sample_dir, tmp_path
):
    _execute({"INPUT": f"{survey_gpkg}|layername=survey", "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
    from_columns = {flag for flag in _flags(survey_gpkg) if flag[1] != "gps.precision"}
    points = tmp_path / "points.gpkg"  # the survey's points with _uuid and the answered area, no _location_*
    gdal.VectorTranslate(
        str(points), str(survey_gpkg), SQLStatement="SELECT geom, _uuid, admin2 FROM survey", layerName="points"
    )
    results, _ = _execute({"INPUT": f"{points}|layername=points", "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
    assert results["GPS"] > 0
    assert {(uuid, check) for uuid, check in _flags(points) if check != "gps.swapped"} == {
        flag for flag in from_columns if flag[1] != "gps.swapped"
    }


def test_a_point_whose_coordinate_columns_are_empty_is_not_missing(cartong_provider, survey_gpkg, sample_dir):
    with closing(sqlite3.connect(survey_gpkg)) as db:
        uuid = db.execute(
            "SELECT _uuid FROM survey WHERE _location_latitude BETWEEN 3 AND 10 AND geom IS NOT NULL LIMIT 1"
        ).fetchone()[0]
    _sql(survey_gpkg, f"UPDATE survey SET _location_latitude = NULL, _location_longitude = NULL WHERE _uuid = '{uuid}'")
    _execute({"INPUT": f"{survey_gpkg}|layername=survey", "CHECKS": [GPS], "ADMIN": _admin(sample_dir)})
    assert (uuid, "gps.missing") not in _flags(survey_gpkg)


def test_gps_check_says_it_did_not_run_without_any_coordinates(cartong_provider, survey_gpkg, tmp_path):
    table = tmp_path / "table.gpkg"
    gdal.VectorTranslate(
        str(table), str(survey_gpkg), SQLStatement="SELECT _uuid, admin2 FROM survey", layerName="answers"
    )
    results, feedback = _execute({"INPUT": f"{table}|layername=answers", "CHECKS": [GPS]})
    assert results["GPS"] == 0
    assert any(w.startswith("GPS check not run") for w in feedback.warnings)


def test_count_answers_beyond_the_fences_are_flagged_where_most_answers_are_equal(
    cartong_provider, real_data_dir, tmp_path
):
    from checks_sample import REACH
    from real_imports import import_with_messages

    folder = real_data_dir / REACH / "data-raw"
    gpkg = tmp_path / "reach.gpkg"
    import_with_messages(folder / "data.xlsx", gpkg, folder / "form.xlsx")
    _, feedback = _execute({"INPUT": f"{gpkg}|layername=survey", "FORM": str(folder / "form.xlsx"), "CHECKS": [2]})
    assert feedback.warnings == []  # every constraint of the form was read
    statistical = {(e.uuid, e.question): e for e in read_log_from_gpkg(gpkg) if e.check_id == "outliers.statistical"}
    # air_coolers_nb: median 2, Q1 1, Q3 2 (MAD 0); tank_fill_piped: median 4 (MAD 0)
    for uuid, question, value in (
        ("1a80239e-a815-4fcd-8549-294fb190c27f", "air_coolers_nb", "24"),
        ("a37512fa-f4ea-4c6c-a873-851f69df6c93", "air_coolers_nb", "20"),
        ("1738fc41-949a-47dc-8cc2-16701f8d9d3d", "tank_fill_piped", "28"),
    ):
        entry = statistical[(uuid, question)]
        assert entry.old_value == value
        assert "mean absolute deviation" in entry.issue
    assert not any(q == "air_coolers_nb" and e.old_value in ("1", "2", "3") for (_, q), e in statistical.items())
    # the export respects all its constraints (cross-field spend_*, select_multiple counts): no false alarm
    assert [e for e in read_log_from_gpkg(gpkg) if e.check_id == "outliers.constraint"] == []


def test_answers_far_from_the_value_most_give_are_flagged_where_the_iqr_is_zero(
    cartong_provider, real_data_dir, tmp_path
):
    """REACH's number_pumps: 120 of 124 households have 1 pump, 3 have 2, one has 7 (IQR and MAD 0); a 25 typed
    for 2 or 5 is planted (the form allows up to 29). spend_piped: 99 of 129 answers are 0, the others
    15,000 to 43,000 dinars (and 4 or 8)."""
    from checks_sample import REACH
    from real_imports import import_with_messages

    folder = real_data_dir / REACH / "data-raw"
    gpkg = tmp_path / "reach.gpkg"
    import_with_messages(folder / "data.xlsx", gpkg, folder / "form.xlsx")
    with closing(sqlite3.connect(gpkg)) as db:
        typo = db.execute("SELECT _uuid FROM survey WHERE number_pumps = 1 ORDER BY fid LIMIT 1").fetchone()[0]
    _sql(gpkg, f"UPDATE survey SET number_pumps = 25 WHERE _uuid = '{typo}'")
    _execute({"INPUT": f"{gpkg}|layername=survey", "FORM": str(folder / "form.xlsx"), "CHECKS": [2]})
    statistical = [e for e in read_log_from_gpkg(gpkg) if e.check_id == "outliers.statistical"]
    pumps = {(e.uuid, e.old_value): e for e in statistical if e.question == "number_pumps"}
    assert set(pumps) == {("686846a0-5733-420f-99d5-b690233045d6", "7"), (typo, "25")}
    entry = pumps[(typo, "25")]
    assert entry.issue == "statistical outlier (common value)"
    assert entry.explanation.startswith("Unusual value: the middle half of the answers are the same value")
    # the payers among the zeros are the other answers' spread: none of them is far from 0 by it
    assert not any(e.question == "spend_piped" for e in statistical)


def test_form_constraints_beyond_plain_bounds_are_checked(cartong_provider, survey_gpkg, sample_dir):
    from cartong_plugin.core.survey.xlsform import read_xlsform

    form = read_xlsform(sample_dir / "household_survey_form.xlsx")
    assert "today()" in form.questions["arrival_date"].constraint
    assert "count-selected" in form.questions["water_problems"].constraint
    assert "regex" in form.questions["phone"].constraint
    with closing(sqlite3.connect(survey_gpkg)) as db:
        first, second, third = (
            row[0]
            for row in db.execute(
                "SELECT _uuid FROM survey WHERE arrival_date IS NOT NULL AND phone IS NOT NULL "
                "AND water_problems IS NOT NULL LIMIT 3"
            )
        )
    _sql(survey_gpkg, f"UPDATE survey SET arrival_date = '2099-06-01' WHERE _uuid = '{first}'")
    _sql(survey_gpkg, f"UPDATE survey SET water_problems = 'none distance' WHERE _uuid = '{second}'")
    _sql(survey_gpkg, f"UPDATE survey SET phone = '1234' WHERE _uuid = '{third}'")
    _execute(
        {
            "INPUT": f"{survey_gpkg}|layername=survey",
            "FORM": str(sample_dir / "household_survey_form.xlsx"),
            "CHECKS": [2],
        }
    )
    flagged = {(e.uuid, e.question) for e in read_log_from_gpkg(survey_gpkg) if e.check_id == "outliers.constraint"}
    assert {(first, "arrival_date"), (second, "water_problems"), (third, "phone")} <= flagged


def test_each_answer_gets_its_own_verdict_from_a_constraint_evaluated_once_per_distinct_answer(
    cartong_provider, real_data_dir, tmp_path
):
    """The constraints are evaluated once per distinct answer (or pair of answers compared) and the verdicts
    given back to every row: faults planted in the last rows of REACH's export, among answers that repeat."""
    from checks_sample import REACH
    from real_imports import import_with_messages

    folder = real_data_dir / REACH / "data-raw"
    gpkg = tmp_path / "reach.gpkg"
    import_with_messages(folder / "data.xlsx", gpkg, folder / "form.xlsx")
    with closing(sqlite3.connect(gpkg)) as db:
        spender, sources = (
            row[0]
            for row in db.execute(
                "SELECT _uuid FROM survey WHERE spend_piped IS NOT NULL AND tot_expenses IS NOT NULL "
                "AND water_sources = 'piped' ORDER BY fid DESC LIMIT 2"
            )
        )
    # spend_piped: .<= ${tot_expenses}; water_sources: count-selected(.)<=3 (472 answers are 'piped')
    _sql(gpkg, f"UPDATE survey SET spend_piped = tot_expenses + 1 WHERE _uuid = '{spender}'")
    _sql(gpkg, f"UPDATE survey SET water_sources = 'piped borehole trucking other' WHERE _uuid = '{sources}'")
    _execute({"INPUT": f"{gpkg}|layername=survey", "FORM": str(folder / "form.xlsx"), "CHECKS": [2]})
    flagged = {(e.uuid, e.question) for e in read_log_from_gpkg(gpkg) if e.check_id == "outliers.constraint"}
    assert flagged == {(spender, "spend_piped"), (sources, "water_sources")}


def _renamed_consent_sample(sample_dir, tmp_path):
    """The sample with its consent question renamed hh_consent, in the form and in the export."""
    import zipfile

    form = tmp_path / "form.xlsx"
    with zipfile.ZipFile(sample_dir / "household_survey_form.xlsx") as src, zipfile.ZipFile(form, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/sharedStrings.xml":
                data = data.replace(b">consent<", b">hh_consent<").replace(b"${consent}", b"${hh_consent}")
            out.writestr(item, data)
    export = tmp_path / "export.csv"
    text = (sample_dir / "household_survey_kobo.csv").read_text(encoding="utf-8-sig")
    export.write_text(text.replace('"identification/consent"', '"identification/hh_consent"'), encoding="utf-8-sig")
    return export, form


def test_refusals_are_not_too_short_when_the_consent_question_has_another_name(cartong_provider, sample_dir, tmp_path):
    from cartong_plugin.core.survey.importer import import_survey

    export, form = _renamed_consent_sample(sample_dir, tmp_path)
    gpkg = tmp_path / "renamed.gpkg"
    import_survey(export, form, gpkg)
    with closing(sqlite3.connect(gpkg)) as db:
        refusals = {row[0] for row in db.execute("SELECT _uuid FROM survey WHERE hh_consent = 'no'")}
    assert len(refusals) == 4
    _execute({"INPUT": f"{gpkg}|layername=survey", "FORM": str(form), "CHECKS": [4]})
    too_short = {uuid for uuid, check in _flags(gpkg, "durations") if check == "durations.too_short"}
    assert too_short and not too_short & refusals


def test_run_on_the_survey_says_the_repeat_questions_were_not_checked(cartong_provider, survey_gpkg, sample_dir):
    _, feedback = _execute(
        {"INPUT": f"{survey_gpkg}|layername=survey", "FORM": str(sample_dir / "household_survey_form.xlsx")}
    )
    assert [w for w in feedback.warnings if "repeat" in w] == [
        "The questions of 1 repeat table (members) were not checked: the cleaning log names submissions, "
        "not repeat rows."
    ]


def test_a_repeat_table_as_input_is_refused_naming_the_table(cartong_provider, survey_gpkg, sample_dir):
    import processing
    from qgis.core import QgsProcessingException

    parameters = {"INPUT": f"{survey_gpkg}|layername=members", "FORM": str(sample_dir / "household_survey_form.xlsx")}
    with pytest.raises(QgsProcessingException, match=r"^members is a repeat table: its rows belong to submissions"):
        processing.run("cartong:runchecks", parameters, feedback=RecordingFeedback())
    with closing(sqlite3.connect(survey_gpkg)) as db:  # nothing written
        assert db.execute("SELECT count(*) FROM gpkg_contents WHERE table_name = 'cleaning_log'").fetchone() == (0,)
