# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaned survey is written only as a GeoPackage (attack 16b, findings 1 and 4).

Written as .csv, .xlsx or .shp, the cleaned copy lost the form's tables (a people list, read when it is
shared), the repeat tables and the date-times (``2026-02-26T08:05:35.199Z`` became ``2026/02/26 08:05:35``),
and a shapefile cut ``_submitted_by`` to ``_submitted``: exportforsharing then shared 60 full names and
Kobo account names in clear. Such a destination, or a temporary layer, is refused before any work with one
sentence naming it; the GeoPackage the cleaning wizard writes is accepted as before.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, import_sample, write_text_file

EMPTY_LOG = "uuid,question,old_value,new_value,change_type\n"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("geopackage_only") / "household.gpkg")


def _apply(survey, output: str, folder):
    import processing

    log = write_text_file(folder, EMPTY_LOG)
    return processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{survey}|layername=survey", "LOG": str(log), "OUTPUT": output},
        feedback=RecordingFeedback(),
    )


@pytest.mark.parametrize("name", ["clean.csv", "clean.xlsx", "clean.shp", "clean.geojson"])
def test_a_cleaned_survey_in_another_file_format_is_refused_before_any_work(cartong_provider, survey, tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException) as refused:
        _apply(survey, str(out / name), tmp_path)
    assert str(refused.value) == (
        f"{name} cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and "
        "date-times as they are (a CSV, spreadsheet or shapefile loses them, and a copy shared from it would lose "
        "the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for "
        "sharing from it."
    )
    assert list(out.iterdir()) == []  # nothing written, not even a temporary file


def test_a_memory_layer_is_refused(cartong_provider, survey, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"^A temporary layer cannot hold the cleaned survey: only a "):
        _apply(survey, "memory:cleaned", tmp_path)


@pytest.mark.parametrize("in_project", [False, True])
def test_the_dialogs_temporary_output_is_a_whole_geopackage_in_the_temporary_folder(
    cartong_provider, survey, tmp_path, in_project
):
    """The Processing dialog opens with "[Create temporary layer]": Run works as it opens, and the cleaned survey
    keeps its form, repeat tables and date-times (a GeoPackage, not a memory layer), the run saying where it is."""
    import sqlite3
    from contextlib import closing
    from pathlib import Path

    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", QgsProject.instance()) if in_project else None
    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:applycleaninglog",
        {
            "INPUT": f"{survey}|layername=survey",
            "LOG": str(write_text_file(tmp_path, EMPTY_LOG)),
            "OUTPUT": output or "TEMPORARY_OUTPUT",
        },
        context=context,
        feedback=feedback,
    )
    path = Path(result["OUTPUT"].split("|")[0])
    assert path.suffix == ".gpkg" and str(path).startswith(QgsProcessingUtils.tempFolder())
    with closing(sqlite3.connect(path)) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        start = db.execute("SELECT start FROM cleaned_survey ORDER BY fid LIMIT 1").fetchone()[0]
    assert {"cleaned_survey", "members", "form_questions", "form_choices"} <= tables
    with closing(sqlite3.connect(survey)) as db:
        assert start == db.execute("SELECT start FROM survey ORDER BY fid LIMIT 1").fetchone()[0]
    assert any(
        w.startswith(f"The cleaned survey was written to a temporary GeoPackage ({path}) that QGIS deletes")
        for w in feedback.warnings
    )


def test_a_cleaned_geopackage_keeps_the_form_and_the_date_times(cartong_provider, survey, tmp_path):
    """What the wizard writes (a .gpkg, then copied into the survey's GeoPackage) is accepted as before."""
    import sqlite3
    from contextlib import closing

    output = tmp_path / "clean.GPKG"
    result = _apply(survey, str(output), tmp_path)
    assert result["OUTPUT"] == str(output)
    with closing(sqlite3.connect(output)) as db:
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
        start = db.execute("SELECT start FROM clean ORDER BY fid LIMIT 1").fetchone()[0]
    assert {"clean", "members", "form_questions", "form_choices"} <= tables
    with closing(sqlite3.connect(survey)) as db:
        assert start == db.execute("SELECT start FROM survey ORDER BY fid LIMIT 1").fetchone()[0]
