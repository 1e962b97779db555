# SPDX-License-Identifier: GPL-3.0-or-later
"""The legend of cartong:exportmappdf says true values (attack 19print, findings 4 and 5): classes of a
share never overlap ("0.0 %" then "0.1 – 80.0 %", not "0.0 – 80.0 %": each label holds exactly the
values of its class), and circles of submission counts are explained with whole numbers (2, 10, 25
submissions, never 2.5), while circles of a share may keep decimals."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingFeedback

from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")


def _run(algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


def _counts(tmp_path, plan) -> str:
    survey = write_survey_points(tmp_path / "survey.gpkg", plan)
    path, _, admin2 = admin_source()
    parameters = {
        "POINTS": f"{survey}|layername=survey",
        "ADMIN": f"{path}|layername={admin2}",
        "ANSWER_FIELD": "water_source",
        "ANSWER_VALUE": "well",
        "OUTPUT": str(tmp_path / "counts.gpkg"),
    }
    return _run("cartong:countbyadmin", parameters)["OUTPUT"]


def _map_text(counts, pdf, **more) -> str:
    _run("cartong:exportmappdf", {"POLYGONS": counts, "OUTPUT": str(pdf), **more})
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize(
    ("language", "zero", "rest"), [("en", "0.0 %", "0.1 – 80.0 %"), ("fr", "0,0 %", "0,1 – 80,0 %")]
)
def test_the_classes_of_a_share_at_zero_and_above_do_not_overlap(cartong_provider, tmp_path, language, zero, rest):
    # the test suite's plan: CF111 80 % (8 of 10), CF113 and CF121 0 % (6 and 14 answers), CF112 too few
    plan = {"CF111": ["well"] * 8 + ["river"] * 2, "CF112": ["well", "tap", "tap"], "CF113": ["tap"] * 6}
    counts = _counts(tmp_path, {**plan, "CF121": ["river"] * 14})
    text = _map_text(counts, tmp_path / "share.pdf", COUNT_FIELD="answer_pct", LANGUAGE=language)
    lines = [line.strip() for line in text.splitlines()]
    assert zero in lines and rest in lines
    assert "– 80" not in text.replace(rest, "")  # no other class reaching 80 %, "0.0 – 80.0 %" the one before


def test_circles_of_submissions_are_explained_with_whole_numbers(cartong_provider, tmp_path):
    counts = _counts(tmp_path, {"CF111": ["well"] * 41, "CF112": ["tap"] * 7, "CF113": ["river"] * 3})
    text = _map_text(counts, tmp_path / "circles.pdf", COUNT_FIELD="submissions", MAP_TYPE="circles")
    heading = "Submissions per area\n"
    legend = text[text.index(heading) + len(heading) :].split("\n")
    # the sizes, largest first (was 25 / 10 / 2.5), wherever QGIS puts the explanation line (3.22: above them)
    numbers = [line.strip() for line in legend if line.strip().isdigit()]
    assert numbers[:3] == ["25", "10", "2"]
    assert "2.5" not in text and "0.5" not in text


def test_a_share_exactly_halfway_between_two_decimals_is_in_its_class_label(cartong_provider, tmp_path):
    """6.25 % (1/16, exact in binary) was drawn in "0.1 – 6.2 %" while the next class read "6.3 – 50.0 %":
    the upper limit was rounded by Python's round() (6.2), the next class's start by QLocale (6.3)."""
    from osgeo import ogr

    plan = {"CF111": ["well"] + ["river"] * 15, "CF113": ["well"] * 8 + ["tap"] * 8, "CF121": ["river"] * 14}
    counts = _counts(tmp_path, plan)
    source = ogr.Open(counts.split("|")[0], 1)  # shares written with two decimals, as another tool writes them
    layer = source.GetLayer(0)
    for feature in layer:
        if feature.GetField("adm2_pcode") == "CF111":
            feature.SetField("answer_pct", 6.25)
            layer.SetFeature(feature)
    source = layer = None
    text = _map_text(counts, tmp_path / "share.pdf", COUNT_FIELD="answer_pct", LANGUAGE="en", METHOD=1)
    lines = [line.strip() for line in text.splitlines() if "%" in line]
    assert lines[1:] == ["0.0 %", "0.1 – 6.3 %", "6.4 – 50.0 %"]
