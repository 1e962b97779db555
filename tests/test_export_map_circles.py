# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf with MAP_TYPE circles of a mean, median or share: the title and legend name
the statistic as the choropleth does, areas with too few answers are hatched, and negative values
(a circle has no negative area) are refused with a sentence."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.map_numbers import write_numeric_survey
from tests.mapdata import admin_source

pytestmark = pytest.mark.usefixtures("collect_cycles")


def _run(algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


@pytest.fixture
def mean_counts(tmp_path, cartong_provider):
    folder = tmp_path / "counts"
    folder.mkdir()
    survey = write_numeric_survey(folder / "survey.gpkg")
    path, _, admin2 = admin_source()
    output = folder / "mean.gpkg"
    parameters = {
        "POINTS": f"{survey}|layername=survey",
        "ADMIN": f"{path}|layername={admin2}",
        "STATISTIC": "mean",
        "VALUE_FIELD": "hh_size",
        "OUTPUT": str(output),
    }
    return _run("cartong:countbyadmin", parameters)["OUTPUT"]


def _circles(counts, tmp_path, **more) -> str:
    pdf = tmp_path / "circles.pdf"
    _run("cartong:exportmappdf", {"POLYGONS": counts, "MAP_TYPE": "circles", "OUTPUT": str(pdf), **more})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_circles_of_a_mean_are_titled_and_named_as_a_mean_not_submissions(mean_counts, tmp_path):
    text = _circles(mean_counts, tmp_path, COUNT_FIELD="value_mean")
    assert "Mean of “hh_size” per admin area" in text and "Mean per area" in text
    assert "Submissions per area" not in text and "Survey submissions by admin area" not in text


def test_circles_hatch_the_areas_with_too_few_answers_as_the_choropleth(mean_counts, tmp_path):
    text = _circles(mean_counts, tmp_path, COUNT_FIELD="value_mean", MIN_COUNT=5)
    assert "Insufficient data (fewer than 5 submissions answering)" in text


def test_circles_of_negative_values_are_refused_with_a_sentence(mean_counts, tmp_path):
    changed = tmp_path / "change.gpkg"
    ogr.GetDriverByName("GPKG").CopyDataSource(ogr.Open(mean_counts.split("|")[0]), str(changed))
    ds = ogr.Open(str(changed), 1)
    ds.ExecuteSQL("UPDATE mean SET value_mean = -value_mean WHERE value_mean > 5")
    ds = None
    with pytest.raises(QgsProcessingException, match="negative values .*choropleth"):
        _circles(str(changed), tmp_path, COUNT_FIELD="value_mean")
    assert not (tmp_path / "circles.pdf").exists()
