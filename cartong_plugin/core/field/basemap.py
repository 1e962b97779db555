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
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..base.atomic import atomic_output
from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr, trn

DEFAULT_MAX_TILES = 5000
# Planning figures for the estimate, measured on imagery PNG tiles over a modest connection.
BYTES_PER_TILE = 20_000
TILES_PER_SECOND = 8.0
MAX_MERCATOR_LATITUDE = 85.0511  # Web Mercator stops there
KIND_TILES, KIND_VECTOR = "mbtiles", "vector"
BACKGROUND_MARGIN = 0.2  # share of the area added around it for the vector background


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
    reason: str = ""  # why the vector background was used
    layers: list[str] = field(default_factory=list)  # layers of the vector background


def _tile_xy(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The slippy-map tile holding a point (x to the east, y to the south)."""
    lat = max(-MAX_MERCATOR_LATITUDE, min(MAX_MERCATOR_LATITUDE, lat))
    n = 2**zoom
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


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
        left, top = _tile_xy(extent.xMinimum(), extent.yMaximum(), zoom)
        right, bottom = _tile_xy(extent.xMaximum(), extent.yMinimum(), zoom)
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
            ).format(source=text[:200])
        )
    return QgsRasterLayer(uri, tr("Basemap"), "wms")


def _stored_tiles(mbtiles: str) -> int:
    """Tiles that show something. QGIS 3.22 leaves fully transparent tiles out; newer QGIS (3.40) stores
    them, so each distinct tile image is looked at once: 0 means nothing was drawn."""
    with closing(sqlite3.connect(f"file:{mbtiles}?mode=ro", uri=True)) as db:
        counts = db.execute("SELECT tile_data, COUNT(*) FROM tiles GROUP BY tile_data").fetchall()
    return sum(int(count) for data, count in counts if not _transparent(data))


def _transparent(data) -> bool:
    """Whether a tile image draws nothing (every pixel fully transparent); an unreadable one counts as drawn."""
    from qgis.PyQt.QtGui import QImage

    image = QImage()
    if data is None or not image.loadFromData(bytes(data)):
        return False
    if not image.hasAlphaChannel():
        return False
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    bits = alpha.constBits()
    bits.setsize(alpha.sizeInBytes() if hasattr(alpha, "sizeInBytes") else alpha.byteCount())
    return not any(bytes(bits))


def _name_tileset(mbtiles: str, name: str) -> None:
    """The MBTiles metadata name is the temporary file's until renamed: give it the real one."""
    with closing(sqlite3.connect(mbtiles)) as db:
        db.execute("UPDATE metadata SET value = ? WHERE name IN ('name', 'description')", (name,))
        db.execute("UPDATE metadata SET value = 'baselayer' WHERE name = 'type'")
        db.commit()


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
        _results, ok = algorithm.run(params, context, feedback, {}, False)
        if not ok and not feedback.isCanceled():
            raise QgsProcessingException(tr("QGIS's tile algorithm stopped."))
    except QgsProcessingException as err:
        if feedback.isCanceled():
            return
        raise CartongError(
            tr("The tiles could not be written to {file}: {error}").format(file=shown, error=str(err))
        ) from err
    finally:
        project.removeAllMapLayers()


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
    left then. When no tile can be made, the vector background is written to ``output`` with the
    suffix .gpkg instead (see :func:`write_vector_background`) and ``reason`` says why.
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
    tiles = 0
    if layer.isValid():
        try:
            with atomic_output(output) as tmp:
                _render_tiles(layer, extent, zoom_min, zoom_max, tmp, feedback, output.name)
                if feedback.isCanceled():
                    raise CartongError(tr("Cancelled: no offline basemap was written."), path=str(output))
                tiles = _stored_tiles(tmp)
                if not tiles:
                    raise _NoTiles()
                _name_tileset(tmp, output.stem)
        except _NoTiles:
            tiles = 0
    if tiles:
        feedback.pushInfo(
            trn("%n tile written to {file}.", "%n tiles written to {file}.", tiles).format(file=output.name)
        )
        return BasemapResult(output, KIND_TILES, tiles, estimate)
    reason = tr("No tile could be made from {source} (no network, a server error, or only empty tiles).").format(
        source=_short(source)
    )
    background = output.with_suffix(".gpkg")
    layers = write_vector_background(background, extent, boundaries)
    feedback.pushWarning(
        reason
        + " "
        + tr("The offline background is a vector map instead: {file} (countries and admin boundaries).").format(
            file=background.name
        )
    )
    return BasemapResult(background, KIND_VECTOR, 0, estimate, reason, layers)


class _NoTiles(Exception):
    """Raised inside atomic_output so that an empty MBTiles is removed, never kept."""


def _short(source: str) -> str:
    return source if len(source) <= 120 else source[:117] + "…"


def _web_mercator_extent(extent):
    from qgis.core import QgsRectangle

    if extent is None or extent.isEmpty() or extent.width() <= 0 or extent.height() <= 0:
        raise CartongError(
            tr("The area of the offline basemap is empty: choose an area, a layer or the survey's boundaries.")
        )
    return QgsRectangle(
        max(extent.xMinimum(), -180.0),
        max(extent.yMinimum(), -MAX_MERCATOR_LATITUDE),
        min(extent.xMaximum(), 180.0),
        min(extent.yMaximum(), MAX_MERCATOR_LATITUDE),
    )


def world_map_path() -> Path:
    """Natural Earth's countries as QGIS ships them (QGIS >= 3.18)."""
    from qgis.core import QgsApplication

    from ..maps.basemaps import WORLD_MAP

    return Path(QgsApplication.pkgDataPath()) / WORLD_MAP


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
