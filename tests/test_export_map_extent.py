# SPDX-License-Identifier: GPL-3.0-or-later
"""Where cartong:exportmappdf zooms, on the real CAR boundaries: every area with a value (a share of
0 % included) and every hatched area is on the page, on the choropleth and the circles map; a survey
whose points fall outside every area (latitude and longitude swapped) is said by cartong:countbyadmin
and by the export, whose map stays on the areas instead of zooming on the far-away points."""

from __future__ import annotations

import random
import re
import subprocess
import unicodedata

import pytest
from osgeo import gdal, ogr, osr

from tests.field_data import RecordingFeedback
from tests.mapdata import admin2_polygons, admin_source, random_points_in, write_survey_points

pytestmark = pytest.mark.usefixtures("collect_cycles")
gdal.UseExceptions()

# Bimbo (south-west) 80 % "well", Obo (far east) at a valid 0 %, Birao (far north) 2 submissions: too
# few, hatched. Each lies off a page zoomed on the two others.
PLAN = {"CF111": ["well"] * 8 + ["river"] * 2, "CF631": ["river"] * 10, "CF531": ["well", "tap"]}


def _run(algorithm_id, parameters):
    import processing

    feedback = RecordingFeedback()
    return processing.run(algorithm_id, parameters, feedback=feedback), feedback.warnings


def _admin2() -> str:
    path, _, admin2 = admin_source()
    return f"{path}|layername={admin2}"


def _count(survey, output, **more) -> tuple[str, list[str]]:
    parameters = {"POINTS": f"{survey}|layername=survey", "ADMIN": _admin2(), "OUTPUT": str(output), **more}
    results, warnings = _run("cartong:countbyadmin", parameters)
    return results["OUTPUT"], warnings


@pytest.fixture
def share_counts(tmp_path, cartong_provider):
    survey = write_survey_points(tmp_path / "survey.gpkg", PLAN)
    counts, _ = _count(survey, tmp_path / "counts.gpkg", ANSWER_FIELD="water_source", ANSWER_VALUE="well")
    return counts


def _export(counts, pdf, **more) -> tuple[str, list[str]]:
    _, warnings = _run("cartong:exportmappdf", {"POLYGONS": counts, "OUTPUT": str(pdf), **more})
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split()), warnings


def _main_map(pdf) -> ogr.Geometry:
    """The main map's frame as the georeferenced PDF records it (NEATLINE), in the PDF's CRS."""
    dataset = gdal.Open(str(pdf))
    frame = ogr.CreateGeometryFromWkt(dataset.GetMetadataItem("NEATLINE"))
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    frame.AssignSpatialReference(srs)
    return frame


def _box_in(code: str, frame: ogr.Geometry) -> ogr.Geometry:
    """The bounding box of the admin-2 area ``code`` in the CRS of ``frame``."""
    area = admin2_polygons()[code]
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    area.AssignSpatialReference(wgs84)
    area.TransformTo(frame.GetSpatialReference())
    minx, maxx, miny, maxy = area.GetEnvelope()
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy), (minx, miny)):
        ring.AddPoint_2D(x, y)
    box = ogr.Geometry(ogr.wkbPolygon)
    box.AddGeometry(ring)
    return box


@pytest.mark.parametrize("map_type", ["choropleth", "circles"])
def test_an_area_at_zero_percent_and_a_hatched_one_stay_on_the_page(share_counts, tmp_path, map_type):
    pdf = tmp_path / f"{map_type}.pdf"
    text, _ = _export(share_counts, pdf, COUNT_FIELD="answer_pct", MAP_TYPE=map_type, LABELS=True)
    frame = _main_map(pdf)
    for code in ("CF111", "CF631", "CF531"):  # Bimbo 80 %, Obo 0 %, Birao insufficient
        assert frame.Contains(_box_in(code, frame)), code
    assert "Obo" in text and "Birao" in text


def test_circles_ring_an_area_at_zero_percent_and_name_it_in_the_legend(share_counts, tmp_path):
    text, warnings = _export(share_counts, tmp_path / "c.pdf", COUNT_FIELD="answer_pct", MAP_TYPE="circles")
    # the legend: the circles, the ring of a real 0 %, the hatched areas, then the areas without data
    assert re.search(r"\b10 0 ?% Insufficient data \(fewer than 5 submissions answering\) No data", text)
    assert not [w for w in warnings if "No area" in w]


def test_circles_of_a_count_have_no_ring_and_say_no_submissions(share_counts, tmp_path):
    text, _ = _export(share_counts, tmp_path / "c.pdf", COUNT_FIELD="submissions", MAP_TYPE="circles", LABELS=True)
    assert "No submissions" in text and not re.search(r"\b0 ?%", text)
    assert "Birao" in text and "Ndélé" in text  # labelled as on the choropleth


def _swapped_survey(path) -> str:
    """The plan's submissions with latitude and longitude swapped (a common spreadsheet mistake)."""
    rng, polygons = random.Random(3), admin2_polygons()
    rows = [
        (y, x, code, answer)
        for code, answers in PLAN.items()
        for (x, y), answer in zip(random_points_in(polygons[code], len(answers), rng), answers)
    ]
    return write_survey_points(path, {}, extra_rows=rows)


def test_a_survey_outside_every_area_is_warned_and_the_map_stays_on_the_areas(cartong_provider, tmp_path):
    survey = _swapped_survey(tmp_path / "swapped.gpkg")
    counts, warnings = _count(survey, tmp_path / "c.gpkg", ANSWER_FIELD="water_source", ANSWER_VALUE="well")
    assert (
        "No submission of swapped lies in any area of admin_boundaries: all 22 submissions are outside every "
        "area, so every area counts 0 and a map of these counts is empty. If the survey was made in these "
        "areas, its latitude and longitude are most likely swapped, or swapped has the wrong coordinate "
        "reference system (EPSG:4326): look at both layers on a map, fix the coordinates, and count again." in warnings
    )
    text, warnings = _export(
        counts, tmp_path / "m.pdf", COUNT_FIELD="submissions", POINTS=f"{survey}|layername=survey", LABELS=True
    )
    assert any(w.startswith("No area of c has a value in submissions: no submission was counted") for w in warnings)
    # the areas are on the map (named), not the points in the Sahel far from them
    assert "Birao" in text and "Ndélé" in text and "MALI" not in text


def test_some_submissions_outside_every_area_are_warned(cartong_provider, tmp_path):
    survey = write_survey_points(
        tmp_path / "survey.gpkg", {"CF111": ["well"] * 5}, extra_rows=[(4.4, 18.5, "CF111", "well")] * 2
    )
    _, warnings = _count(survey, tmp_path / "c.gpkg")
    assert (
        "2 submissions of survey lie outside every area of admin_boundaries and are not counted. If they were "
        "made in these areas, their latitude and longitude may be swapped, or survey may have the wrong "
        "coordinate reference system (EPSG:4326)." in warnings
    )
