# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin below MIN_COUNT: an area with 2 submissions that both give the answer gets
no answer_count (nor share), only its submissions and the status 'insufficient', since "2 of 2"
tells what both households answered; cartong:exportmappdf of answer_count hatches such an area
instead of drawing a circle or a class for it (attack 13b, finding 6)."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingFeedback

from tests.map_counts import run_count, write_table

pytestmark = pytest.mark.usefixtures("collect_cycles")

# CF111: 2 submissions, both "yes"; CF112: 6 submissions, 3 "yes".
AREAS = ["CF111"] * 2 + ["CF112"] * 6
ANSWERS = ["yes", "yes"] + ["yes", "no", "yes", "no", "yes", "no"]


@pytest.fixture
def counts(cartong_provider, tmp_path):
    survey = write_table(tmp_path / "pm.gpkg", {"admin2": AREAS, "violence_sexuelle": ANSWERS})
    results, _, _, rows = run_count(tmp_path, survey, ANSWER_FIELD="violence_sexuelle", ANSWER_VALUE="yes", MIN_COUNT=5)
    return results["OUTPUT"], rows


def _map(counts_layer, tmp_path, **more) -> str:
    import processing

    pdf = tmp_path / "map.pdf"
    parameters = {"POLYGONS": counts_layer, "COUNT_FIELD": "answer_count", "OUTPUT": str(pdf), **more}
    processing.run("cartong:exportmappdf", parameters, feedback=QgsProcessingFeedback())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_an_area_below_the_threshold_gets_no_answer_count_only_its_submissions(counts):
    _, rows = counts
    small, large = rows["CF111"], rows["CF112"]
    assert (small["submissions"], small["answer_count"], small["answer_pct"]) == (2, None, None)
    assert small["data_status"] == "insufficient"
    assert (large["submissions"], large["answer_count"], large["answer_pct"]) == (6, 3, 50.0)


def test_circles_of_the_answer_count_hatch_the_area_below_the_threshold(counts, tmp_path):
    text = _map(counts[0], tmp_path, MAP_TYPE="circles", MIN_COUNT=5)
    assert "Insufficient data (fewer than 5 submissions answering)" in text


def test_a_choropleth_of_the_answer_count_hatches_it_and_stays_a_count(counts, tmp_path):
    text = _map(counts[0], tmp_path, MIN_COUNT=5)
    assert "Insufficient data (fewer than 5 submissions answering)" in text
    assert "%" not in text and "No submissions" in text  # a count, not a share: no unit, areas without any said


def test_the_legend_gives_the_threshold_the_counts_were_made_with(cartong_provider, tmp_path):
    # attack 14b, finding 8: counts made with MIN_COUNT=7 (CF112's 6 submissions insufficient too), mapped
    # with the map's default 5: the legend said "fewer than 5", and CF112 with 6 was hatched
    survey = write_table(tmp_path / "pm.gpkg", {"admin2": AREAS, "violence_sexuelle": ANSWERS})
    results, _, _, rows = run_count(tmp_path, survey, ANSWER_FIELD="violence_sexuelle", ANSWER_VALUE="yes", MIN_COUNT=7)
    assert rows["CF112"]["data_status"] == "insufficient"
    text = _map(results["OUTPUT"], tmp_path)
    assert "Insufficient data (fewer than 7 submissions answering)" in text
    assert "fewer than 5" not in text
