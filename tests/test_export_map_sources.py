# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf with a long SOURCES text (a multi-partner credit): it is wrapped and shrunk
to fit its box like the title, never drawn past its edge; the basemap credit, the date and the map
author always stay under it; when even small letters cannot hold it, the typed sources are cut to
end in "…" and a warning gives their full wording."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingFeedback

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")

MM = 72 / 25.4  # PDF points per millimetre
SOURCES_BOX = (157 * MM, 187 * MM, 215 * MM)  # top, bottom, left of the A4 landscape sources label
CREDIT = (
    "REACH Initiative, Multi-Sector Needs Assessment (MSNA) Central African Republic 2026, household survey "
    "(n=33, data collected 12 September - 30 October 2026 with KoboToolbox); administrative boundaries: "
    "OCHA Common Operational Datasets (COD-AB), Institut Centrafricain des Statistiques et des Etudes "
    "Economiques et Sociales (ICASEES), via HDX, CC BY-IGO; health facilities: WHO Health Resources and "
    "Services Availability Monitoring System (HeRAMS) 2025, CAR Health Cluster; displacement figures: "
    "Commission de Mouvement de Population (CMP), IOM Displacement Tracking Matrix (DTM) round 19, "
    "UNHCR; roads: OpenStreetMap contributors (ODbL), Logistics Cluster"
)


@pytest.fixture
def counts(cartong_provider, tmp_path):
    import processing

    path, _, admin2 = admin_source()
    survey = write_survey_points(tmp_path / "survey.gpkg", {"CF111": ["well"] * 3, "CF112": ["tap"] * 2})
    parameters = {
        "POINTS": f"{survey}|layername=survey",
        "ADMIN": f"{path}|layername={admin2}",
        "OUTPUT": str(tmp_path / "counts.gpkg"),
    }
    return processing.run("cartong:countbyadmin", parameters, feedback=QgsProcessingFeedback())["OUTPUT"]


def _export(counts, tmp_path, sources):
    """The lines of the sources label (text, top, bottom in PDF points) and the run's warnings."""
    import processing

    feedback = RecordingFeedback()
    output = tmp_path / "map.pdf"
    parameters = {"POLYGONS": counts, "SOURCES": sources, "AUTHOR": "CartONG", "DPI": 72, "OUTPUT": str(output)}
    processing.run("cartong:exportmappdf", parameters, feedback=feedback)
    boxes = subprocess.run(["pdftotext", "-bbox", str(output), "-"], capture_output=True, text=True, check=True).stdout
    lines: dict[float, list] = {}
    for left, top, bottom, word in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', boxes
    ):
        # the side panel's words from just above the sources box down to the coordinate system
        if float(left) > SOURCES_BOX[2] - 1 and SOURCES_BOX[0] - 10 * MM < float(top) < SOURCES_BOX[1] + 2 * MM:
            lines.setdefault(round(float(top), 1), [float(top), float(bottom)]).append(word)
    return [(" ".join(words), top, bottom) for top, bottom, *words in lines.values()], feedback.warnings


def test_a_long_credit_is_printed_whole_inside_its_box_with_the_date_and_author(counts, tmp_path):
    lines, warnings = _export(counts, tmp_path, CREDIT)
    assert warnings == []
    text = " ".join(line for line, _, _ in lines)
    # every word of the credit, the basemap credit, the date and the author, none past the box
    assert CREDIT.replace(" ", "") in unicodedata.normalize("NFKC", text).replace(" ", "")  # NFKC: "ﬁ" ligature
    assert "basemap Natural Earth" in text and "Date:" in text and "Map: CartONG" in text
    sources = [(top, bottom) for line, top, bottom in lines if not line.startswith("Coordinate")]
    assert all(SOURCES_BOX[0] - 0.5 <= top and bottom <= SOURCES_BOX[1] + 0.5 for top, bottom in sources)


def test_a_credit_too_long_even_in_small_letters_is_cut_and_said_never_the_date_or_author(counts, tmp_path):
    sources = f"{CREDIT}; {CREDIT}; {CREDIT} END"
    lines, warnings = _export(counts, tmp_path, sources)
    text = " ".join(line for line, _, _ in lines)
    assert "END" not in text and "…; basemap Natural Earth" in text
    assert "Date:" in text and "Map: CartONG" in text
    sources_lines = [(top, bottom) for line, top, bottom in lines if not line.startswith("Coordinate")]
    assert all(SOURCES_BOX[0] - 0.5 <= top and bottom <= SOURCES_BOX[1] + 0.5 for top, bottom in sources_lines)
    assert warnings == [
        "This text is too long for its place on the map, even in small letters, and was shortened to end in "
        f"“…”: “Sources: {sources}”. Choose a shorter text to print it whole."
    ]
