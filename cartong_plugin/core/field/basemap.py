# SPDX-License-Identifier: GPL-3.0-or-later
"""An offline basemap of an area of interest, made before going where there is no network.

The tiles are rendered by QGIS's own "Generate XYZ tiles (MBTiles)" algorithm from an XYZ or WMS
layer, into an MBTiles file written atomically. Before anything is fetched the number of tiles, the
size and the time are estimated, and a cap (``max_tiles``) stops a request that would take hours
over a field connection; the user lifts it on purpose. When no tile can be made (no network, a
server error, only empty tiles), a quiet vector background is written instead from the countries
QGIS ships (Natural Earth) and, when given, the survey's admin boundaries, and the result says so.
"""

from __future__ import annotations

import math
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr, trn
from ..base.redact import without_credentials
from ..base.safe_files import free_path
from .tile_health import TileHealth, check_tiles

DEFAULT_MAX_TILES = 5000
# Planning figures for the estimate, measured on imagery PNG tiles over a modest connection.
BYTES_PER_TILE = 20_000
TILES_PER_SECOND = 8.0
MAX_MERCATOR_LATITUDE = 85.0511  # Web Mercator stops there
KIND_TILES, KIND_VECTOR = "mbtiles", "vector"
EAST_EDGE = 180.0 - 1e-7  # QGIS's tile algorithm fails (a traceback) on an area that reaches 180 exactly
LONGITUDE_SLACK = 1e-6  # a world layer's bounds may pass ±180 by rounding: cut, not refused
BACKGROUND_MARGIN = 0.2  # share of the area added around it for the vector background
# the description of the background's "countries" table: how a re-run knows the file is its own
BACKGROUND_MARK = "Offline vector background written by the CartONG Toolkit"


@dataclass
class TileEstimate:
    """What a tile request costs before it starts: tiles per zoom level, bytes, seconds."""

    per_zoom: dict[int, int]
    tiles: int
    bytes: int
    seconds: float

    def sentence(self) -> str:
        return trn(
            "%n tile (about {size} MB, {minutes} min over a field connection).",
            "%n tiles (about {size} MB, {minutes} min over a field connection).",
            self.tiles,
        ).format(size=f"{self.bytes / 1e6:.1f}", minutes=f"{math.ceil(self.seconds / 60)}")


@dataclass
class BasemapResult:
    """The basemap written: ``kind`` is KIND_TILES (an MBTiles) or KIND_VECTOR (a vector background)."""

    path: Path
    kind: str
    tiles: int
    estimate: TileEstimate
    reason: str = ""  # why the vector background was used, or where the basemap has holes
    layers: list[str] = field(default_factory=list)  # layers of the vector background
    failed: int = 0  # tiles that could not be downloaded (holes)


def _tile_xy(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The slippy-map tile holding a point (x to the east, y to the south)."""
    lat = max(-MAX_MERCATOR_LATITUDE, min(MAX_MERCATOR_LATITUDE, lat))
    n = 2**zoom
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def _tile_range(extent, zoom: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(left, right) and (top, bottom) tile numbers covering ``extent`` at ``zoom``."""
    left, top = _tile_xy(extent.xMinimum(), extent.yMaximum(), zoom)
    right, bottom = _tile_xy(extent.xMaximum(), extent.yMinimum(), zoom)
    return (left, right), (top, bottom)


def expected_tiles(extent, zoom_min: int, zoom_max: int):
    """Every (zoom, x, y) the estimate counts, y to the south: the tiles a whole basemap holds."""
    for zoom in range(zoom_min, zoom_max + 1):
        (left, right), (top, bottom) = _tile_range(extent, zoom)
        for x in range(left, right + 1):
            for y in range(top, bottom + 1):
                yield zoom, x, y


def estimate_tiles(extent, zoom_min: int, zoom_max: int) -> TileEstimate:
    """Tiles covering ``extent`` (a QgsRectangle in EPSG:4326) at each zoom from zoom_min to zoom_max."""
    if zoom_min > zoom_max:
        raise CartongError(
            tr(
                "The minimum zoom {low} is above the maximum zoom {high}: choose a minimum zoom "
                "at or below the maximum."
            ).format(low=zoom_min, high=zoom_max)
        )
    per_zoom = {}
    for zoom in range(zoom_min, zoom_max + 1):
        (left, right), (top, bottom) = _tile_range(extent, zoom)
        per_zoom[zoom] = (right - left + 1) * (bottom - top + 1)
    tiles = sum(per_zoom.values())
    return TileEstimate(per_zoom, tiles, tiles * BYTES_PER_TILE, tiles / TILES_PER_SECOND)


def source_layer(source: str):
    """A raster layer for ``source``: an XYZ URL template (``https://…/{z}/{x}/{y}.png``) or a QGIS
    WMS/XYZ data source (``type=xyz&url=…`` or ``url=…&layers=…``). CartongError for anything else."""
    from qgis.core import QgsRasterLayer

    text = (source or "").strip()
    if text.lower().startswith(("http://", "https://")) and "{z}" in text:
        uri = "type=xyz&zmin=0&zmax=19&url=" + quote(text, safe=":/?=&{}%")
    elif "url=" in text:
        uri = text
    else:
        raise CartongError(
            tr(
                "The basemap source '{source}' is neither an XYZ address with {{z}}, {{x}} and "
                "{{y}} nor a WMS/XYZ layer source (url=…): copy it from the layer's properties, "
                "Information tab."
            ).format(source=_short(text))
        )
    return QgsRasterLayer(uri, tr("Basemap"), "wms")


def _name_tileset(mbtiles: str, name: str) -> None:
    """The MBTiles metadata name is the temporary file's until renamed: give it the real one."""
    with closing(sqlite3.connect(mbtiles)) as db:
        db.execute("UPDATE metadata SET value = ? WHERE name IN ('name', 'description')", (name,))
        db.execute("UPDATE metadata SET value = 'baselayer' WHERE name = 'type'")
        db.commit()


def _run_algorithm(algorithm, params, context, feedback) -> bool:
    """Run a QGIS algorithm in this thread; whether it ended well (QGIS 3.22's Python tile algorithm
    raises QgsProcessingException holding its own traceback when GDAL fails)."""
    _results, ok = algorithm.run(params, context, feedback, {}, False)
    return bool(ok)


def _render_tiles(layer, extent, zoom_min: int, zoom_max: int, target: str, feedback, shown: str) -> None:
    """Run QGIS's XYZ tiles algorithm on a project holding only ``layer``, writing ``target`` (a temporary
    file: messages name ``shown``, the file the user chose).

    Run directly, not through ``processing.run``: that one tells the user "Results: {...}" with the
    temporary file's name, a file that no longer exists once the basemap is kept under its own name.
    """
    from qgis.core import (  # type: ignore[attr-defined]
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingException,
        QgsProject,
    )

    from ..base.qgis_compat import xyz_tiles_algorithm_id

    algorithm_id, registry = xyz_tiles_algorithm_id(), QgsApplication.processingRegistry()
    algorithm = registry.createAlgorithmById(algorithm_id) if algorithm_id and registry is not None else None
    if algorithm is None:
        raise CartongError(
            tr(
                "QGIS's 'Generate XYZ tiles (MBTiles)' algorithm is not available: enable the "
                "Processing plugin and try again."
            )
        )
    project = QgsProject()
    project.addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(project)
    context.setFeedback(feedback)
    extent_text = f"{extent.xMinimum()!r},{extent.xMaximum()!r},{extent.yMinimum()!r},{extent.yMaximum()!r} [EPSG:4326]"
    params = {
        "EXTENT": extent_text,
        "ZOOM_MIN": zoom_min,
        "ZOOM_MAX": zoom_max,
        "DPI": 96,
        "TILE_FORMAT": 0,
        "METATILESIZE": 4,
        "OUTPUT_FILE": target,
    }
    checked, problem = algorithm.checkParameterValues(params, context)  # as processing.run() would
    if not checked:
        raise CartongError(tr("The tiles could not be written to {file}: {error}").format(file=shown, error=problem))
    try:
        ok = _run_algorithm(algorithm, params, context, feedback)
        if not ok and not feedback.isCanceled():
            raise QgsProcessingException(tr("QGIS's tile algorithm stopped."))
    except QgsProcessingException as err:
        if feedback.isCanceled():
            return
        raise CartongError(
            tr("The tiles could not be written to {file}: {error}").format(
                file=shown, error=without_credentials(_plain_error(str(err)))
            )
        ) from err
    finally:
        project.removeAllMapLayers()


def _plain_error(text: str) -> str:
    """QGIS's error, fit for a message: a Python traceback from the tile algorithm goes to the log
    (CartONG tab) and the user reads a sentence instead."""
    if "Traceback (most recent call last)" not in text:
        return text
    from qgis.core import Qgis, QgsMessageLog

    QgsMessageLog.logMessage(text, "CartONG", Qgis.MessageLevel.Warning)
    return tr("QGIS's tile algorithm failed on this area (the details are in the log, CartONG tab).")


def build_offline_basemap(
    source: str,
    extent,
    output,
    zoom_min: int,
    zoom_max: int,
    *,
    max_tiles: int = DEFAULT_MAX_TILES,
    boundaries=None,
    feedback=None,
) -> BasemapResult:
    """Write the offline basemap of ``extent`` (QgsRectangle, EPSG:4326) to ``output`` (.mbtiles).

    CartongError when the estimate passes ``max_tiles`` (0: no cap) or the user cancels; nothing is
    left then. Tiles that could not be downloaded are counted (see ``tile_health``) and said; an
    incomplete basemap never replaces a file already at ``output``: it is written beside it
    (``<name>_partial.mbtiles``) and the result says so. When no tile can be made, the vector
    background is written beside ``output`` under a name no other file has (``<name>_background.gpkg``,
    then ``_2``…: next to the chosen file may lie the survey or the boundaries given as input; an
    earlier background of the toolkit is replaced), see
    :func:`write_vector_background`, and ``reason`` says why.
    """
    from qgis.core import QgsProcessingFeedback

    feedback = feedback or QgsProcessingFeedback()
    output = Path(output)
    if output.suffix.lower() != ".mbtiles":
        raise CartongError(
            tr("The offline basemap {file} must be an .mbtiles file.").format(file=output.name), path=str(output)
        )
    extent = _web_mercator_extent(extent)
    estimate = estimate_tiles(extent, zoom_min, zoom_max)
    feedback.pushInfo(
        tr("Offline basemap, zoom {low} to {high}: {estimate}").format(
            low=zoom_min, high=zoom_max, estimate=estimate.sentence()
        )
    )
    if max_tiles and estimate.tiles > max_tiles:
        raise CartongError(
            tr(
                "The offline basemap would need {estimate} This is more than the cap of {cap} "
                "tiles: choose a smaller area or fewer zoom levels, or raise the maximum number "
                "of tiles if you have the time and the connection. Nothing was downloaded."
            ).format(estimate=estimate.sentence(), cap=max_tiles),
            path=str(output),
        )
    layer = source_layer(source)
    health, kept = TileHealth(), output
    if layer.isValid():
        try:
            with atomic_output(output) as tmp:
                _render_tiles(layer, extent, zoom_min, zoom_max, tmp, feedback, output.name)
                if not feedback.isCanceled():
                    health = check_tiles(tmp, expected_tiles(extent, zoom_min, zoom_max), source, feedback)
                if feedback.isCanceled():
                    raise CartongError(tr("Cancelled: no offline basemap was written."), path=str(output))
                if not health.good:
                    raise _NoTiles()
                if health.failed and output.exists():  # never a worse basemap over one already there
                    kept = free_path(output.with_name(f"{output.stem}_partial{output.suffix}"))
                _name_tileset(tmp, kept.stem)
                if kept != output:
                    os.replace(tmp, kept)
                    raise _KeptAside()
        except _NoTiles:
            health.good = 0
        except _KeptAside:
            pass
    if health.good:
        return _tiles_result(health, kept, output, estimate, feedback)
    reason = tr("No tile could be made from {source} (no network, a server error, or only empty tiles).").format(
        source=_short(source)
    )
    background = _background_path(output, boundaries)
    layers = write_vector_background(background, extent, boundaries)
    feedback.pushWarning(
        reason
        + " "
        + tr("The offline background is a vector map instead: {file} (countries and admin boundaries).").format(
            file=background.name
        )
    )
    # none of the tiles asked for made it into a basemap: all are holes (FAILED_TILES said 0)
    return BasemapResult(
        background, KIND_VECTOR, 0, estimate, reason, layers, failed=health.failed_total or estimate.tiles
    )


def _tiles_result(health: TileHealth, kept: Path, output: Path, estimate, feedback) -> BasemapResult:
    """Say what was written: the tiles that are whole, and the holes (with where the basemap went) if any."""
    reason = ""
    if health.failed:
        low, high = min(health.failed), max(health.failed)
        zooms = str(low) if low == high else f"{low}–{high}"
        reason = trn(
            "%n of {total} tiles could not be downloaded (a server error, no answer or an invalid image): "
            "the basemap has holes at zoom {zooms}.",
            "%n of {total} tiles could not be downloaded (a server error, no answer or an invalid image): "
            "the basemap has holes at zoom {zooms}.",
            health.failed_total,
        ).format(total=estimate.tiles, zooms=zooms)
        if kept != output:
            reason += " " + tr(
                "{file} was already there and was kept as it was; the incomplete basemap is {partial}: "
                "compare them before replacing one with the other."
            ).format(file=output.name, partial=kept.name)
        else:
            reason += " " + tr("Make it again when the source answers, before going to the field.")
        feedback.pushWarning(reason)
    feedback.pushInfo(
        trn("%n tile written to {file}.", "%n tiles written to {file}.", health.good).format(file=kept.name)
    )
    return BasemapResult(kept, KIND_TILES, health.good, estimate, reason, failed=health.failed_total)


class _NoTiles(Exception):
    """Raised inside atomic_output so that an empty MBTiles is removed, never kept."""


class _KeptAside(Exception):
    """Raised inside atomic_output once the incomplete MBTiles was renamed beside the chosen file: that
    file, already there, is left as it was."""


def _short(source: str) -> str:
    """``source`` fit to quote in a message or the package's manifest: its passwords and tokens masked."""
    source = without_credentials(source)
    return source if len(source) <= 120 else source[:117] + "…"


def _web_mercator_extent(extent):
    """``extent`` cut to what Web Mercator draws. Longitudes beyond ±180 are refused, never cut: an area
    across the antimeridian (175 to 185) would lose its half past 180, and QGIS's tile algorithm fails
    on it with a traceback."""
    from qgis.core import QgsRectangle

    if extent is None or extent.isEmpty() or extent.width() <= 0 or extent.height() <= 0:
        raise CartongError(
            tr("The area of the offline basemap is empty: choose an area, a layer or the survey's boundaries.")
        )
    if extent.xMinimum() < -180.0 - LONGITUDE_SLACK or extent.xMaximum() > 180.0 + LONGITUDE_SLACK:
        raise CartongError(antimeridian_sentence(extent.xMinimum(), extent.xMaximum(), extent.toString(4)))
    return QgsRectangle(
        max(extent.xMinimum(), -180.0),
        max(extent.yMinimum(), -MAX_MERCATOR_LATITUDE),
        min(extent.xMaximum(), EAST_EDGE),
        min(extent.yMaximum(), MAX_MERCATOR_LATITUDE),
    )


def antimeridian_sentence(west: float, east: float, extent: str) -> str:
    """Why an area across longitude 180 is refused, and what to do instead."""
    return tr(
        "The area {extent} crosses the antimeridian (longitude 180: west edge {west}, east edge {east}); "
        "one offline basemap cannot go across it. Make two basemaps, one on each side of longitude 180, "
        "with longitudes between -180 and 180 and the west edge first."
    ).format(extent=extent, west=f"{west:g}", east=f"{east:g}")


def world_map_path() -> Path:
    """Natural Earth's countries as QGIS ships them (QGIS >= 3.18)."""
    from qgis.core import QgsApplication

    from ..maps.basemaps import WORLD_MAP

    return Path(QgsApplication.pkgDataPath()) / WORLD_MAP


def _background_path(output: Path, boundaries=None) -> Path:
    """Where the vector background of ``output`` goes: ``<name>_background.gpkg``, else ``_2``, ``_3``…,
    the first name that holds no file or an earlier background of the toolkit (each re-run without
    network replaces it rather than adding one more). Another file is never replaced, nor the
    ``boundaries`` the background is made from."""
    first = output.with_name(f"{output.stem}_background.gpkg")
    source = Path(boundaries).resolve() if boundaries else None
    candidate, number = first, 2
    while os.path.lexists(candidate) and (candidate.resolve() == source or not _is_background(candidate)):
        candidate, number = first.with_name(f"{first.stem}_{number}{first.suffix}"), number + 1
    return candidate


def _is_background(path: Path) -> bool:
    """Whether ``path`` is a plain file holding a vector background the toolkit wrote, and nothing else."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            contents = dict(db.execute("SELECT table_name, description FROM gpkg_contents").fetchall())
    except sqlite3.Error:
        return False
    names = set(contents) - {"countries"}
    return contents.get("countries") == BACKGROUND_MARK and all(name.startswith("admin_") for name in names)


@gdal_exceptions()
def write_vector_background(output, extent, boundaries=None) -> list[str]:
    """A GeoPackage with ``countries`` around ``extent`` (EPSG:4326) and the polygon layers of the
    ``boundaries`` GeoPackage (as ``admin_<layer>``); written atomically. Returns its layer names."""
    from osgeo import gdal, ogr

    world = world_map_path()
    if not world.is_file():
        raise CartongError(
            tr(
                "No offline world map in {path}: install QGIS 3.18 or later, or give a basemap that can be reached."
            ).format(path=world),
            path=str(world),
        )
    margin_x, margin_y = extent.width() * BACKGROUND_MARGIN, extent.height() * BACKGROUND_MARGIN
    box = (
        max(extent.xMinimum() - margin_x, -180.0),
        max(extent.yMinimum() - margin_y, -90.0),
        min(extent.xMaximum() + margin_x, 180.0),
        min(extent.yMaximum() + margin_y, 90.0),
    )
    names = ["countries"]
    with atomic_output(output) as tmp:
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # Natural Earth's dates make GDAL warn, harmlessly
        try:
            gdal.VectorTranslate(
                tmp,
                str(world),
                format="GPKG",
                layers=["countries"],
                layerCreationOptions=[f"DESCRIPTION={BACKGROUND_MARK}"],
                spatFilter=list(box),
                geometryType="PROMOTE_TO_MULTI",
                options=["-clipsrc", *(repr(v) for v in box)],
            )  # clipSrc= needs GDAL 3.7
        finally:
            gdal.PopErrorHandler()
        if boundaries:
            source = ogr.Open(str(boundaries))
            if source is None:
                raise CartongError(
                    tr("The admin boundaries {file} cannot be read.").format(file=Path(boundaries).name),
                    path=str(boundaries),
                )
            polygons = [
                source.GetLayer(i).GetName()
                for i in range(source.GetLayerCount())
                if ogr.GT_Flatten(source.GetLayer(i).GetGeomType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon)
            ]
            source = None
            for name in polygons:
                gdal.VectorTranslate(
                    tmp,
                    str(boundaries),
                    format="GPKG",
                    accessMode="update",
                    layers=[name],
                    layerName=f"admin_{name}",
                    dstSRS="EPSG:4326",
                )
                names.append(f"admin_{name}")
    return names
