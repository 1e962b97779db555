# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf with a long title, in English and in Arabic (right to left): the title is
wrapped and shrunk to fit its box, never drawn past its edge (where it was clipped), and when even
the smallest size cannot hold it, it is cut to end in "…" and a warning gives its full wording."""

from __future__ import annotations

import re
import subprocess

import pytest
from qgis.core import QgsProcessingFeedback

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")

MM = 72 / 25.4  # PDF points per millimetre
TITLE_BOX = (10 * MM, 28 * MM)  # the A4 landscape title, given the subtitle's room when there is none


@pytest.fixture
def counts(cartong_provider, tmp_path):
    import processing

    folder = tmp_path
    path, _, admin2 = admin_source()
    survey = write_survey_points(folder / "survey.gpkg", {"CF111": ["well"] * 3, "CF112": ["tap"] * 2})
    parameters = {
        "POINTS": f"{survey}|layername=survey",
        "ADMIN": f"{path}|layername={admin2}",
        "OUTPUT": str(folder / "counts.gpkg"),
    }
    return processing.run("cartong:countbyadmin", parameters, feedback=QgsProcessingFeedback())["OUTPUT"]


def _export(counts, tmp_path, title, language, **more):
    import processing

    feedback = RecordingFeedback()
    output = tmp_path / f"map_{language}.pdf"
    parameters = {"POLYGONS": counts, "TITLE": title, "LANGUAGE": language, "DPI": 72, "OUTPUT": str(output), **more}
    processing.run("cartong:exportmappdf", parameters, feedback=feedback)
    boxes = subprocess.run(["pdftotext", "-bbox", str(output), "-"], capture_output=True, text=True, check=True).stdout
    words = [
        (float(top), float(bottom), word)
        for top, bottom, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', boxes)
        # the title's words (the cut one a prefix), in the header band above the map
        if float(top) < 35 * MM and any(w.startswith(word.strip("…") or "-") for w in ("Very", "long", "title"))
    ]
    return words, feedback.warnings


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_long_title_stays_in_its_box_and_its_cut_is_said(counts, tmp_path, language):
    title = "Very long title " * 30
    words, warnings = _export(counts, tmp_path, title, language)
    assert words and all(TITLE_BOX[0] - 0.5 <= top and bottom <= TITLE_BOX[1] + 0.5 for top, bottom, _ in words)
    kept = sum(word == "Very" for _, _, word in words)
    assert 10 <= kept < 30 and any("…" in word for _, _, word in words)
    assert warnings == [
        "This text is too long for its place on the map, even in small letters, and was shortened to end in "
        f"“…”: “{title.strip()}”. Choose a shorter text to print it whole."
    ]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_title_of_a_few_lines_is_printed_whole_without_a_word(counts, tmp_path, language):
    words, warnings = _export(counts, tmp_path, "Very long title " * 12, language)
    assert sum(word == "Very" for _, _, word in words) == 12 and warnings == []
    assert all(TITLE_BOX[0] - 0.5 <= top and bottom <= TITLE_BOX[1] + 0.5 for top, bottom, _ in words)


def test_atlas_pages_cut_the_title_before_the_area_name(counts, tmp_path):
    title = "Very long title " * 30
    words, warnings = _export(counts, tmp_path, title, "en", ATLAS=True)
    assert words and all(TITLE_BOX[0] - 0.5 <= top and bottom <= TITLE_BOX[1] + 0.5 for top, bottom, _ in words)
    text = subprocess.run(["pdftotext", str(tmp_path / "map_en.pdf"), "-"], capture_output=True, text=True).stdout
    assert "(CF111)" in text and "(CF112)" in text  # each page's area, never cut
    assert len(warnings) == 1 and title.strip() in warnings[0]
