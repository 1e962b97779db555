# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:exportmappdf drawing survey points that are not a protected copy (attack 13b, finding 4): the
raw survey's households were drawn at their true place on a georeferenced PDF without a word, and could be
read back to about 20 m. Now a warning names the layer and the PDF (one map or an atlas) carries no
coordinates; the points of a copy made by cartong:exportforsharing keep the georeferenced PDF."""

from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

from tests.field_data import RecordingFeedback
from tests.protection_data import share
from tests.test_export_map_algorithm import _count, uris  # noqa: F401 (fixture)

pytestmark = pytest.mark.usefixtures("collect_cycles")


def _map(counts, points, output, **more):
    import processing

    feedback = RecordingFeedback()
    parameters = {"POLYGONS": counts, "POINTS": points, "DPI": 72, "OUTPUT": str(output), **more}
    processing.run("cartong:exportmappdf", parameters, feedback=feedback)
    return feedback.warnings


def _georeferenced(pdf) -> bool:
    from osgeo import gdal

    return bool(gdal.Open(str(pdf)).GetProjection())


def _points_warnings(warnings) -> list[str]:
    return [w for w in warnings if "not a protected copy" in w]


def test_raw_survey_points_are_said_and_the_map_is_not_georeferenced(cartong_provider, uris, tmp_path):  # noqa: F811
    _, counts = _count(uris, tmp_path)
    warnings = _map(counts.source(), uris["survey"], tmp_path / "map.pdf")
    assert _points_warnings(warnings) == [
        "The points of survey are not a protected copy: household locations are personal data, so this map is "
        "not georeferenced; share it only if that was decided, or give the points of a copy made by “Export for "
        "sharing” instead."
    ]
    assert not _georeferenced(tmp_path / "map.pdf")


def test_atlas_pages_of_raw_survey_points_are_not_georeferenced(cartong_provider, uris, tmp_path):  # noqa: F811
    """One file per area: the pages QGIS georeferences (a page zoomed on one area: households to ~20 m)."""
    _, counts = _count(uris, tmp_path)
    warnings = _map(counts.source(), uris["survey"], tmp_path / "atlas.pdf", ATLAS=True, ATLAS_FILES=True)
    assert len(_points_warnings(warnings)) == 1
    pages = sorted((tmp_path / "atlas").glob("*.pdf"))
    assert pages and not any(_georeferenced(page) for page in pages)


@pytest.mark.parametrize(
    "protection",
    [
        {"LOCATION_MODE": 4},  # "Keep exact locations": the copy's record says keep_location
        {"LOCATION_MODE": 1, "GRID_SIZE": 1},  # snapped to a 1 m grid: the true places
        {"LOCATION_MODE": 0, "MIN_DISTANCE": 5, "MAX_DISTANCE": 30},  # moved a few metres
    ],
)
def test_a_copy_that_keeps_the_true_places_is_not_protected(cartong_provider, uris, tmp_path, protection):  # noqa: F811
    """Attack 14b, finding 2: any exportforsharing output counted as protected, whatever it did to the points."""
    _, counts = _count(uris, tmp_path)
    shared = tmp_path / "shared.gpkg"
    share(uris["survey"].split("|")[0], shared, **protection)
    points = f"{shared}|layername=shared_survey"
    assert QgsVectorLayer(points, "points", "ogr").featureCount() > 0
    warnings = _map(counts.source(), points, tmp_path / "map.pdf")
    assert len(_points_warnings(warnings)) == 1
    assert not _georeferenced(tmp_path / "map.pdf")


@pytest.mark.parametrize("mode", [0, 1])  # points moved 250 to 2000 m; snapped to a 1 km grid
def test_points_of_a_protected_copy_keep_the_georeferenced_map(cartong_provider, uris, tmp_path, mode):  # noqa: F811
    _, counts = _count(uris, tmp_path)
    shared = tmp_path / "shared.gpkg"
    share(uris["survey"].split("|")[0], shared, LOCATION_MODE=mode)
    moved = f"{shared}|layername=shared_survey"
    assert QgsVectorLayer(moved, "moved", "ogr").featureCount() > 0
    warnings = _map(counts.source(), moved, tmp_path / "map.pdf")
    assert _points_warnings(warnings) == []
    assert _georeferenced(tmp_path / "map.pdf")
    assert _points_warnings(_map(counts.source(), None, tmp_path / "areas.pdf")) == []
    assert _georeferenced(tmp_path / "areas.pdf")  # no points drawn: georeferenced as before


def test_raw_points_saved_into_a_protected_copys_file_are_not_protected(cartong_provider, uris, tmp_path):  # noqa: F811
    """The newcomer review: the record was read per file, so the raw survey saved as another table of the
    shared GeoPackage counted as protected and its map was georeferenced without a word."""
    from osgeo import gdal

    _, counts = _count(uris, tmp_path)
    shared = tmp_path / "shared.gpkg"
    share(uris["survey"].split("|")[0], shared, LOCATION_MODE=0)
    gdal.VectorTranslate(
        str(shared),
        uris["survey"].split("|")[0],
        options=gdal.VectorTranslateOptions(accessMode="update", layers=["survey"]),
    )
    points = f"{shared}|layername=survey"
    assert QgsVectorLayer(points, "raw", "ogr").featureCount() > 0
    warnings = _map(counts.source(), points, tmp_path / "map.pdf")
    assert len(_points_warnings(warnings)) == 1
    assert not _georeferenced(tmp_path / "map.pdf")
