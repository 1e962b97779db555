# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:makeofflinebasemap: tiles from a local XYZ server into MBTiles, the cap, cancel, the fallback."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsRectangle

from tests.field_data import CAF, SAMPLE_ADMIN, RecordingFeedback, closed_port, files_under
from tests.servers.tile_server import TileServer


@pytest.fixture()
def tiles():
    server = TileServer(lifetime=120, max_requests=5000).start()
    try:
        yield server
    finally:
        server.stop()


def _run(parameters, feedback=None):
    import processing

    return processing.run("cartong:makeofflinebasemap", parameters, feedback=feedback or RecordingFeedback())


def _params(source, output, zoom_max=7, max_tiles=5000, boundaries=None):
    return {
        "SOURCE": source,
        "EXTENT": f"{CAF[0]},{CAF[2]},{CAF[1]},{CAF[3]} [EPSG:4326]",
        "ZOOM_MIN": 5,
        "ZOOM_MAX": zoom_max,
        "MAX_TILES": max_tiles,
        "BOUNDARIES": boundaries,
        "OUTPUT": str(output),
    }


def test_qgis_tile_algorithm_is_in_this_qgis_registry(qgis_processing):
    from qgis.core import QgsApplication

    from cartong_plugin.core.base.qgis_compat import xyz_tiles_algorithm_id

    algorithm = xyz_tiles_algorithm_id()
    assert algorithm in ("native:tilesxyzmbtiles", "qgis:tilesxyzmbtiles")
    assert QgsApplication.processingRegistry().algorithmById(algorithm) is not None


def test_estimate_counts_the_tiles_of_each_zoom_level():
    from cartong_plugin.core.field.basemap import estimate_tiles

    estimate = estimate_tiles(QgsRectangle(*CAF), 5, 7)
    assert estimate.per_zoom == {5: 2, 6: 6, 7: 20}
    assert estimate.tiles == 28 and estimate.bytes > 0 and estimate.seconds > 0


def test_tiles_from_the_server_are_written_to_mbtiles_as_estimated(cartong_provider, tiles, tmp_path):
    feedback = RecordingFeedback()
    result = _run(_params(tiles.url, tmp_path / "caf.mbtiles"), feedback)
    assert result["KIND"] == "mbtiles" and result["OUTPUT"] == str(tmp_path / "caf.mbtiles")
    assert result["TILES"] == result["ESTIMATED_TILES"] == 28
    with sqlite3.connect(tmp_path / "caf.mbtiles") as db:
        assert db.execute("SELECT zoom_level, COUNT(*) FROM tiles GROUP BY 1").fetchall() == [(5, 2), (6, 6), (7, 20)]
        assert dict(db.execute("SELECT name, value FROM metadata").fetchall())["name"] == "caf"
    assert any("28 tiles (about" in line for line in feedback.infos)  # the estimate, said before starting
    assert files_under(tmp_path) == {"caf.mbtiles"}  # no temporary file left
    # what the user reads names the file kept, never the temporary one it was written as
    said = feedback.infos + feedback.warnings + feedback.errors
    assert not [line for line in said if ".part" in line or "OUTPUT_FILE" in line]


def test_the_cap_stops_before_any_tile_is_requested(cartong_provider, tiles, tmp_path):
    with pytest.raises(QgsProcessingException, match="28 tiles.*cap of 20 tiles.*raise the maximum"):
        _run(_params(tiles.url, tmp_path / "caf.mbtiles", max_tiles=20))
    assert tiles.requests == 0
    assert files_under(tmp_path) == set()


def test_the_user_lifts_the_cap_with_zero(cartong_provider, tiles, tmp_path):
    assert _run(_params(tiles.url, tmp_path / "caf.mbtiles", max_tiles=0))["TILES"] == 28


@pytest.mark.parametrize("mode", ["error", "empty"])
def test_no_tile_gives_the_vector_background_and_says_so(cartong_provider, tiles, tmp_path, mode):
    tiles.set_mode(mode)
    feedback = RecordingFeedback()
    result = _run(_params(tiles.url, tmp_path / "caf.mbtiles", boundaries=str(SAMPLE_ADMIN)), feedback)
    assert result["KIND"] == "vector" and result["TILES"] == 0
    assert result["OUTPUT"] == str(tmp_path / "caf_background.gpkg")
    assert files_under(tmp_path) == {"caf_background.gpkg"}  # the empty MBTiles is not kept
    assert any(
        "No tile could be made" in w and "vector map instead: caf_background.gpkg" in w for w in feedback.warnings
    )
    ds = ogr.Open(str(tmp_path / "caf_background.gpkg"))
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert names == {"countries", "admin_admin1", "admin_admin2"}
    countries = ds.GetLayerByName("countries")
    assert 5 <= countries.GetFeatureCount() <= 20  # the CAF and its neighbours, not the world
    assert ds.GetLayerByName("admin_admin1").GetFeatureCount() == 17


def test_no_network_gives_the_vector_background(cartong_provider, tmp_path):
    source = f"http://127.0.0.1:{closed_port()}/{{z}}/{{x}}/{{y}}.png"
    result = _run(_params(source, tmp_path / "caf.mbtiles"))
    assert result["KIND"] == "vector"


def test_cancel_leaves_no_basemap(cartong_provider, tiles, tmp_path):
    feedback = RecordingFeedback(cancel_at=5)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        _run(_params(tiles.url, tmp_path / "caf.mbtiles", zoom_max=9), feedback)
    assert files_under(tmp_path) == set()


def test_a_source_that_is_no_tile_address_is_refused_by_name(cartong_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="'C:/maps/imagery.tif' is neither an XYZ address"):
        _run(_params("C:/maps/imagery.tif", tmp_path / "caf.mbtiles"))
    assert files_under(tmp_path) == set()


def test_a_tile_algorithm_failure_names_the_chosen_file_not_the_temporary_one(
    qgis_processing, tiles, tmp_path, monkeypatch
):
    from cartong_plugin.core.base import qgis_compat
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.field.basemap import _render_tiles, _web_mercator_extent, source_layer

    # an algorithm that refuses these parameters stands for QGIS's tile algorithm failing
    monkeypatch.setattr(qgis_compat, "xyz_tiles_algorithm_id", lambda: "native:buffer")
    feedback = RecordingFeedback()
    target = tmp_path / ".caf.x1y2.part.mbtiles"
    with pytest.raises(CartongError) as caught:
        _render_tiles(
            source_layer(tiles.url),
            _web_mercator_extent(QgsRectangle(*CAF)),
            5,
            5,
            str(target),
            feedback,
            "caf.mbtiles",
        )
    assert "caf.mbtiles" in str(caught.value) and ".part" not in str(caught.value)


def test_zoom_levels_qgis_refuses_are_refused_before_any_tile(qgis_processing, tiles, tmp_path):
    """Called from the core (a field package), parameters are checked as processing.run() would."""
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.field.basemap import build_offline_basemap

    with pytest.raises(CartongError, match="caf.mbtiles"):
        build_offline_basemap(tiles.url, QgsRectangle(*CAF), tmp_path / "caf.mbtiles", 5, 26, max_tiles=0)
    assert tiles.requests == 0 and files_under(tmp_path) == set()


def test_a_whole_region_to_zoom_19_is_refused_by_its_cap_not_a_traceback(cartong_provider, tiles, tmp_path):
    """The Sahel from Senegal to Sudan, zoom 5 to 19: billions of tiles, more than Qt's 32-bit count
    for plurals (it raised OverflowError)."""
    extent = "-17.5,38.5,4,20 [EPSG:4326]"
    parameters = dict(_params(tiles.url, tmp_path / "sahel.mbtiles", zoom_max=19), EXTENT=extent)
    with pytest.raises(QgsProcessingException, match=r"\d{10,} tiles .*cap of 5000 tiles"):
        _run(parameters)
    assert tiles.requests == 0 and files_under(tmp_path) == set()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_vector_background_never_replaces_a_file_beside_the_output(cartong_provider, tiles, tmp_path):
    """The basemap named after the survey, in its folder, with no network: caf.gpkg (the survey, here
    also the boundaries given as input) and an earlier caf_background.gpkg were replaced before."""
    tiles.set_mode("error")
    survey, earlier = tmp_path / "caf.gpkg", tmp_path / "caf_background.gpkg"
    shutil.copy(SAMPLE_ADMIN, survey)
    shutil.copy(SAMPLE_ADMIN, earlier)
    before = {survey: _sha(survey), earlier: _sha(earlier)}
    feedback = RecordingFeedback()
    # an address QGIS has no tiles cached for: tests before this one drew the same tiles
    result = _run(_params(tiles.url + "?none", tmp_path / "caf.mbtiles", boundaries=str(survey)), feedback)
    assert result["KIND"] == "vector" and result["OUTPUT"] == str(tmp_path / "caf_background_2.gpkg")
    assert result["TILES"] == 0 and result["FAILED_TILES"] == result["ESTIMATED_TILES"] > 0
    assert {path: _sha(path) for path in before} == before
    assert any("vector map instead: caf_background_2.gpkg" in w for w in feedback.warnings)
    assert files_under(tmp_path) == {"caf.gpkg", "caf_background.gpkg", "caf_background_2.gpkg"}


def test_a_rerun_without_network_replaces_its_own_background_only(cartong_provider, tmp_path):
    """Each re-run with no network added one more caf_background_N.gpkg: a background the toolkit wrote is
    replaced; one given as the boundaries (an input) and a file of the user under that name are not."""
    source = f"http://127.0.0.1:{closed_port()}/{{z}}/{{x}}/{{y}}.png"
    outputs = [_run(_params(source, tmp_path / "caf.mbtiles"))["OUTPUT"] for _ in range(2)]
    assert outputs == [str(tmp_path / "caf_background.gpkg")] * 2
    assert files_under(tmp_path) == {"caf_background.gpkg"}
    ours = tmp_path / "caf_background.gpkg"
    before = _sha(ours)
    again = _run(_params(source, tmp_path / "caf.mbtiles", boundaries=str(ours)))  # the background as an input
    assert again["OUTPUT"] == str(tmp_path / "caf_background_2.gpkg") and _sha(ours) == before
    mine = tmp_path / "caf_background_2.gpkg"
    with sqlite3.connect(mine) as db:  # the user's own layer in it now: no longer the toolkit's file
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('notes', 'attributes', 'n')")
    kept = _sha(mine)
    assert _run(_params(source, tmp_path / "caf.mbtiles", boundaries=str(ours)))["OUTPUT"] == str(
        tmp_path / "caf_background_3.gpkg"
    )
    assert _sha(mine) == kept


def _zoom_counts(mbtiles) -> list:
    with sqlite3.connect(mbtiles) as db:
        return db.execute("SELECT zoom_level, COUNT(*) FROM tiles GROUP BY 1").fetchall()


def test_tiles_that_failed_are_counted_and_said_not_written(cartong_provider, tiles, tmp_path):
    """Server errors and bytes that are no image draw blank tiles, which were counted as written: the
    "holes" server fails columns x % 3 == 1 (500) and 2 (no image), 17 of the 28 tiles."""
    tiles.set_mode("holes")
    feedback = RecordingFeedback()
    result = _run(_params(tiles.url, tmp_path / "caf.mbtiles"), feedback)
    assert result["KIND"] == "mbtiles" and result["OUTPUT"] == str(tmp_path / "caf.mbtiles")
    assert (result["TILES"], result["FAILED_TILES"], result["ESTIMATED_TILES"]) == (11, 17, 28)
    assert any("17 of 28 tiles could not be downloaded" in w and "holes at zoom 5–7" in w for w in feedback.warnings)
    assert any("11 tiles written to caf.mbtiles" in line for line in feedback.infos)


def test_a_whole_basemap_is_not_counted_as_having_holes(cartong_provider, tiles, tmp_path):
    feedback = RecordingFeedback()
    result = _run(_params(tiles.url, tmp_path / "caf.mbtiles"), feedback)
    assert (result["TILES"], result["FAILED_TILES"]) == (28, 0) and not feedback.warnings
    assert tiles.requests <= 60  # whole tiles are not asked for again


def test_an_incomplete_basemap_never_replaces_the_one_already_there(cartong_provider, tiles, tmp_path):
    output = tmp_path / "caf.mbtiles"
    assert _run(_params(tiles.url, output))["TILES"] == 28
    whole = _sha(output)
    tiles.set_mode("holes")
    feedback = RecordingFeedback()
    result = _run(_params(tiles.url + "?again", output), feedback)  # an address QGIS has no tiles cached for
    assert _sha(output) == whole and _zoom_counts(output) == [(5, 2), (6, 6), (7, 20)]
    assert result["OUTPUT"] == str(tmp_path / "caf_partial.mbtiles") and result["TILES"] == 11
    assert any(
        "caf.mbtiles was already there and was kept" in w and "caf_partial.mbtiles" in w for w in feedback.warnings
    )
    with sqlite3.connect(tmp_path / "caf_partial.mbtiles") as db:
        assert dict(db.execute("SELECT name, value FROM metadata").fetchall())["name"] == "caf_partial"
    assert files_under(tmp_path) == {"caf.mbtiles", "caf_partial.mbtiles"}
    # a whole basemap made again replaces the chosen file, as asked
    tiles.set_mode("ok")
    assert _run(_params(tiles.url + "?whole", output))["OUTPUT"] == str(output)


@pytest.mark.parametrize(
    "extent",
    ["175,185,-20,-10 [EPSG:4326]", "170,-170,-20,-10 [EPSG:4326]"],
    ids=["past-180", "west-east-of-east"],
)
def test_an_area_across_the_antimeridian_is_refused_by_a_sentence(cartong_provider, tiles, tmp_path, extent):
    """175..185 gave a Python traceback from QGIS's tile algorithm; 170..-170 was swapped into the 340°
    band around the rest of the world (88 tiles instead of Fiji's)."""
    feedback = RecordingFeedback()
    parameters = dict(_params(tiles.url, tmp_path / "fiji.mbtiles", zoom_max=5), EXTENT=extent)
    with pytest.raises(QgsProcessingException, match="crosses the antimeridian") as caught:
        _run(parameters, feedback)
    said = [str(caught.value), *feedback.infos, *feedback.warnings, *feedback.errors]
    assert not [line for line in said if "Traceback" in line]
    assert tiles.requests == 0 and files_under(tmp_path) == set()


def test_an_area_reaching_longitude_180_is_made(cartong_provider, tiles, tmp_path):
    """QGIS's tile algorithm fails with a traceback on an area whose east edge is 180 exactly."""
    parameters = dict(_params(tiles.url, tmp_path / "fiji.mbtiles", zoom_max=4), EXTENT="175,180,-20,-10 [EPSG:4326]")
    parameters["ZOOM_MIN"] = 3
    assert _run(parameters)["TILES"] == 2


def test_a_traceback_of_the_tile_algorithm_never_reaches_the_message(cartong_provider, tiles, tmp_path, monkeypatch):
    from cartong_plugin.core.field import basemap

    def broken(*_args):  # what QGIS 3.22's Python tile algorithm raised when GDAL could not write a tile
        raise QgsProcessingException(
            'Traceback (most recent call last):\n  File ".../processing/algs/qgis/TilesXYZ.py", line 463\n'
            "AttributeError: 'NoneType' object has no attribute 'WriteRaster'"
        )

    monkeypatch.setattr(basemap, "_run_algorithm", broken)
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException, match="could not be written to caf.mbtiles") as caught:
        _run(_params(tiles.url, tmp_path / "caf.mbtiles", zoom_max=5), feedback)
    said = [str(caught.value), *feedback.infos, *feedback.warnings, *feedback.errors]
    assert not [line for line in said if "Traceback" in line or "WriteRaster" in line]
