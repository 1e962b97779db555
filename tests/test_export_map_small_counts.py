# SPDX-License-Identifier: GPL-3.0-or-later
"""Small counts on maps per admin area (attack 18maps, findings 1 to 4), through cartong:countbyadmin and
cartong:exportmappdf on the real CAR boundaries:

1. a map hides areas under the higher of its own MIN_COUNT and the one the counts were made with (counts made
   with 1 and mapped with 5 printed 1 household's answer at 100 %);
2. a share and its threshold count the submissions that answered the question, not those that skipped it
   (1 answer of 13 submissions was published at 7.7 %, status ok);
3. counts written to a Shapefile (names cut to 10 characters) are mapped as a share, not as "Submissions per
   area" with 0 % and hidden areas labelled "No submissions", and the cut is said when counting;
4. counts kept as a temporary layer: the legend gives the threshold applied (10, not the map's 5) and the
   sources name the boundaries' and the survey's files, never the temporary layer.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import unicodedata
from contextlib import closing

import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject, QgsVectorLayer

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")

# None: the question was skipped (its relevance) or consent refused. Shares of those answering:
PLAN = {
    "CF111": ["borehole"] + [None] * 12,  # 13 submissions, 1 answer: 100 % of one household
    "CF112": ["borehole", "well", "well"],  # 3 answers: 33.3 %
    "CF113": ["borehole"] * 4 + ["well"] * 3,  # 7 answers: 57.1 %
    "CF121": ["borehole"] * 6 + ["well"] * 6 + [None] * 2,  # 12 answers of 14: 50.0 %
    "CF122": ["well"] * 10,  # 10 answers: 0.0 %, a value
}


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    return f"{write_survey_points(tmp_path_factory.mktemp('small') / 'survey.gpkg', PLAN)}|layername=survey"


def _run(algorithm, parameters, context=None):
    import processing

    feedback = RecordingFeedback()
    results = processing.run(algorithm, parameters, context=context or QgsProcessingContext(), feedback=feedback)
    return results, feedback


def _count(survey, output, min_count, context=None):
    path, _, admin2 = admin_source()
    parameters = {
        "POINTS": survey,
        "ADMIN": f"{path}|layername={admin2}",
        "ANSWER_FIELD": "water_source",
        "ANSWER_VALUE": "borehole",
        "MIN_COUNT": min_count,
        "OUTPUT": output,
    }
    return _run("cartong:countbyadmin", parameters, context)


def _map(polygons, pdf, context=None, **more) -> tuple[str, RecordingFeedback]:
    parameters = {"POLYGONS": polygons, "COUNT_FIELD": "answer_pct", "SOURCES": "", "OUTPUT": str(pdf), **more}
    _, feedback = _run("cartong:exportmappdf", parameters, context)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split()), feedback


def _rows(gpkg, table="counts") -> dict:
    with closing(sqlite3.connect(gpkg)) as db:
        db.row_factory = sqlite3.Row
        return {row["adm2_pcode"]: dict(row) for row in db.execute(f"SELECT * FROM {table} WHERE submissions > 0")}


def test_a_share_counts_and_divides_by_the_submissions_that_answered(cartong_provider, survey, tmp_path):
    _, feedback = _count(survey, str(tmp_path / "counts.gpkg"), 5)
    rows = _rows(tmp_path / "counts.gpkg")
    one = rows["CF111"]  # 12 of 13 skipped the question: the one answer is not published
    assert (one["submissions"], one["value_count"], one["answer_count"], one["answer_pct"]) == (13, 1, None, None)
    assert one["data_status"] == "insufficient"
    most = rows["CF121"]  # 6 boreholes of the 12 answers, not of the 14 submissions (42.9 %)
    assert (most["submissions"], most["value_count"], most["answer_count"], most["answer_pct"]) == (14, 12, 6, 50.0)
    assert most["data_status"] == "ok"
    assert any("14 submissions gave no answer to water_source" in info for info in feedback.infos)


def test_the_map_hides_areas_under_its_own_threshold_when_the_counts_used_a_lower_one(
    cartong_provider, survey, tmp_path
):
    _count(survey, str(tmp_path / "counts.gpkg"), 1)
    rows = _rows(tmp_path / "counts.gpkg")
    assert rows["CF111"]["answer_pct"] == 100.0 and rows["CF112"]["answer_pct"] == 33.3  # counted with 1
    shown, _ = _map(str(tmp_path / "counts.gpkg"), tmp_path / "one.pdf", MIN_COUNT=1)
    assert "100.0 %" in shown  # the one household's answer, as asked
    text, feedback = _map(str(tmp_path / "counts.gpkg"), tmp_path / "five.pdf", MIN_COUNT=5)
    # CF111's 100 % (1 answer) is in no class: the highest shown is CF113's 57.1 % (7 answers), then the hatching
    assert "100.0 %" not in text
    assert "– 57.1 % Insufficient data (fewer than 5 submissions answering)" in text
    assert any("2 areas of counts show a value made from fewer than 5 submissions" in w for w in feedback.warnings)
    assert _rows(tmp_path / "counts.gpkg")["CF111"]["answer_pct"] == 100.0  # the counts themselves untouched


def test_a_temporary_counts_layer_gives_its_threshold_and_its_sources_to_the_map(cartong_provider, survey, tmp_path):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, _ = _count(survey, "TEMPORARY_OUTPUT", 10, context)
    layer = results["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else context.getMapLayer(layer)
    assert layer.providerType() == "memory"
    path, admin1, _ = admin_source()  # upper boundaries of a temporary layer too ("Dissolved"): no source either
    upper = QgsVectorLayer(f"{path}|layername={admin1}", "admin1", "ogr").materialize(QgsFeatureRequest())
    upper.setName("Dissolved")
    text, _ = _map(layer, tmp_path / "map.pdf", context, BOUNDARIES=upper)  # the map's default MIN_COUNT, 5
    # CF113's 7 answers are hatched: the legend says the 10 they were hidden with
    assert "Insufficient data (fewer than 10 submissions answering)" in text and "fewer than 5" not in text
    assert "Sources: survey (survey.gpkg); admin boundaries (admin_boundaries.gpkg)" in text
    assert "Submissions per admin area" not in text and "Dissolved" not in text


def test_counts_in_a_shapefile_are_said_when_counting_and_mapped_as_a_share(cartong_provider, survey, tmp_path):
    _, feedback = _count(survey, str(tmp_path / "counts.shp"), 10)
    assert any("data_status -> data_statu" in w and "GeoPackage" in w for w in feedback.warnings)
    text, _ = _map(str(tmp_path / "counts.shp"), tmp_path / "share.pdf")
    assert "Share of submissions (%)" in text and "Submissions per area" not in text
    assert "0.0 – 25.0 %" in text  # CF122's 0 % (10 answers) is a value, in a class of percentages
    # hidden areas are hatched as insufficient; a Shapefile records no threshold: its statuses tell the one
    # applied (CF113, 7 answers, the most of a hidden area: fewer than 8), true of the map whatever was chosen
    assert "Insufficient data (fewer than 8 submissions answering)" in text and "No submissions" not in text
    assert "counts.shp" not in text  # the counts' own file is no boundaries' source
    count_map, _ = _map(str(tmp_path / "counts.shp"), tmp_path / "count.pdf", COUNT_FIELD="submissions")
    assert "Submissions per area" in count_map


def test_the_legend_says_submissions_answering_only_when_the_counts_judged_by_them(cartong_provider, survey, tmp_path):
    _count(survey, str(tmp_path / "share.gpkg"), 5)
    share, _ = _map(str(tmp_path / "share.gpkg"), tmp_path / "share.pdf")
    assert "Insufficient data (fewer than 5 submissions answering)" in share
    # counts of an earlier version, without value_count: their threshold was judged by the submissions
    shutil.copy(tmp_path / "share.gpkg", tmp_path / "older.gpkg")
    with closing(sqlite3.connect(tmp_path / "older.gpkg")) as db:
        db.execute("ALTER TABLE share DROP COLUMN value_count")
        db.commit()
    older, _ = _map(str(tmp_path / "older.gpkg"), tmp_path / "older.pdf")
    assert "Insufficient data (fewer than 5 submissions)" in older and "answering)" not in older
