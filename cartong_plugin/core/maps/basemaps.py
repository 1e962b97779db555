# SPDX-License-Identifier: GPL-3.0-or-later
"""What lies under the data: the offline world map shipped with QGIS (Natural Earth, countries named
in the map's language) or OpenStreetMap when it answers, each credited on the map.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.paths import resources_dir
from .fitting import map_font_family
from .map_texts import MapTexts
from .right_to_left import is_right_to_left, joined_letters

BASEMAP_ROLE = "cartong/basemap"


WORLD_MAP = "resources/data/world_map.gpkg"  # Natural Earth countries, shipped with QGIS >= 3.18


BACKGROUNDS = ("offline", "osm")


OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"


OSM_ATTRIBUTION = "© OpenStreetMap contributors"  # required by the OSM licence (ODbL), never translated


def osm_reachable(timeout: float = 3.0) -> bool:
    """True when the OpenStreetMap tile server answers (through QGIS's proxy settings)."""
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request = QNetworkRequest(QUrl(OSM_URL.format(z=0, x=0, y=0)))
    if hasattr(request, "setTransferTimeout"):  # Qt >= 5.15
        request.setTransferTimeout(int(timeout * 1000))
    blocking = QgsBlockingNetworkRequest()
    return blocking.head(request) == QgsBlockingNetworkRequest.ErrorCode.NoError


def osm_layer() -> QgsRasterLayer:
    """OpenStreetMap's standard tiles as an XYZ layer (tiles are fetched when the map is drawn)."""
    from urllib.parse import quote

    uri = f"type=xyz&url={quote(OSM_URL, safe=':/')}&zmin=0&zmax=19"
    layer = QgsRasterLayer(uri, "OpenStreetMap", "wms")
    layer.setCustomProperty(BASEMAP_ROLE, True)
    return layer


def add_basemap(
    map_layers: list,
    overview_layers: list,
    texts: MapTexts,
    extent,
    project,
    background: str = "offline",
    language: str = "en",
) -> MapTexts:
    """Put the offline basemap under both maps (names on the main map only); credit it.

    ``background="osm"``: OpenStreetMap under the main map instead, with its attribution, when
    the tile server answers; else the offline one. The inset keeps the light offline map.
    """
    if background not in BACKGROUNDS:
        raise CartongError(
            tr("Unknown background {name}; choose one of {names}.").format(
                name=background, names=", ".join(BACKGROUNDS)
            )
        )
    online = background == "osm" and osm_reachable()
    if background == "osm" and not online:
        QgsMessageLog.logMessage(
            tr("OpenStreetMap cannot be reached: the map uses the offline background."),
            "CartONG",
            Qgis.MessageLevel.Info,
        )
    if online:
        tiles = osm_layer()
        project.addMapLayer(tiles, False)
        map_layers.append(tiles)
        texts = dataclasses.replace(texts, extra_sources=[*texts.extra_sources, OSM_ATTRIBUTION])
    basemap = world_basemap(extent, project, language)
    if basemap is None:
        return texts
    if not online:
        map_layers.append(basemap)
    quiet = basemap.clone()  # the inset is too small for names
    quiet.setLabelsEnabled(False)
    quiet.setCustomProperty(BASEMAP_ROLE, True)
    overview_layers.append(quiet)
    project.addMapLayer(quiet, False)
    return dataclasses.replace(texts, extra_sources=[*texts.extra_sources, tr("basemap Natural Earth")])


def country_names(language: str) -> dict[str, str]:
    """{ISO 3166 alpha-3 code: country name} in ``language`` ({} for English: Natural Earth's own names).

    From ``resources/basemap/country_names.json`` (made by make_country_names.py from iso-codes).
    """
    import json

    path = resources_dir() / "basemap" / "country_names.json"
    try:
        return json.loads(path.read_text(encoding="utf-8")).get(language, {})
    except (OSError, ValueError):
        return {}


def _name_expression(name_field: str, names: dict[str, str]) -> str:
    """A label expression: the name in ``names`` by the country's ISO_A3 code, else ``name_field``."""
    field = '"' + name_field.replace('"', '""') + '"'
    if not names:
        return field
    pairs = ", ".join(f"'{code}', '{name.replace(chr(39), chr(39) * 2)}'" for code, name in sorted(names.items()))
    return f'coalesce(map_get(map({pairs}), "ISO_A3"), {field})'


def world_basemap(extent: QgsReferencedRectangle, project: QgsProject, language: str = "en") -> QgsVectorLayer | None:
    """Countries of the world (Natural Earth, shipped with QGIS) as a quiet offline background.

    The country holding the centre of ``extent`` is not labelled (the survey data covers it);
    the others are named in ``language`` (country_names). Returns None when QGIS has no world map.
    """
    from . import styles

    path = Path(QgsApplication.pkgDataPath()) / WORLD_MAP
    if not path.is_file():
        QgsMessageLog.logMessage(
            tr("No offline world map in {path}: the map has no background.").format(path=path),
            "CartONG",
            Qgis.MessageLevel.Info,
        )
        return None
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # its dates make GDAL warn, harmlessly
    try:
        layer = QgsVectorLayer(f"{path}|layername=countries", tr("Countries"), "ogr")
    finally:
        gdal.PopErrorHandler()
    if not layer.isValid():
        return None
    layer.setCustomProperty(BASEMAP_ROLE, True)
    layer.setRenderer(styles.basemap_renderer())
    centre = QgsCoordinateTransform(extent.crs(), layer.crs(), project).transform(extent.center())
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(centre.x(), centre.y(), centre.x(), centre.y()))
    inside = [
        f.id()
        for f in layer.getFeatures(request.setNoAttributes())
        if f.geometry().contains(QgsGeometry.fromPointXY(centre))
    ]
    name_field = "NAME" if layer.fields().indexOf("NAME") >= 0 else layer.fields().at(0).name()
    names = country_names(language) if layer.fields().indexOf("ISO_A3") >= 0 else {}
    labeling = styles.country_labels(_name_expression(name_field, names), inside, font_family=map_font_family(language))
    layer.setLabeling(joined_letters(labeling) if is_right_to_left(language) else labeling)
    layer.setLabelsEnabled(True)
    return layer
