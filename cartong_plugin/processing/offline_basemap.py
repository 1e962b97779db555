# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: an offline basemap (MBTiles) of an area from an XYZ or WMS source."""

from __future__ import annotations

import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.base.i18n import tr
from .base import CartongAlgorithm


def add_basemap_parameters(algorithm, optional: bool) -> None:
    """SOURCE, ZOOM_MIN, ZOOM_MAX and MAX_TILES, shared by the basemap and the field package algorithms."""
    source = QgsProcessingParameterString(
        "SOURCE", tr("Basemap source (XYZ address with {z}/{x}/{y}, or a WMS/XYZ layer source)"), optional=optional
    )
    source.setHelp(
        tr(
            "For example https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the source of a WMS or XYZ "
            "layer as shown in its properties. Respect the tile provider's terms of use."
        )
    )
    algorithm.addParameter(source)
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            "ZOOM_MIN", tr("Minimum zoom"), QgsProcessingParameterNumber.Type.Integer, 5, minValue=0, maxValue=19
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            "ZOOM_MAX", tr("Maximum zoom"), QgsProcessingParameterNumber.Type.Integer, 12, minValue=0, maxValue=19
        )
    )
    cap = QgsProcessingParameterNumber(
        "MAX_TILES",
        tr("Maximum number of tiles (0: no limit)"),
        QgsProcessingParameterNumber.Type.Integer,
        5000,
        minValue=0,
    )
    cap.setHelp(
        tr(
            "The basemap is not started when it would need more tiles: raise it on purpose, knowing the "
            "size and time given in the log."
        )
    )
    cap.setFlags(cap.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    algorithm.addParameter(cap)


class OfflineBasemapAlgorithm(CartongAlgorithm):
    NAME = "makeofflinebasemap"
    GROUP_ID = "field"

    def displayName(self):
        return tr("Make an offline basemap (MBTiles)")

    def shortHelpString(self):
        return tr(
            "Downloads the tiles of an XYZ or WMS basemap over an area, at the chosen zoom levels, into one "
            "MBTiles file that QGIS and QField open without network (QGIS's own 'Generate XYZ tiles' "
            "algorithm draws them). The number of tiles, the size and the time are logged before it starts; "
            "above the maximum number of tiles nothing is downloaded. When no tile can be made (no network, "
            "a server error, only empty tiles), a vector background of the countries (and of the admin "
            "boundaries, when given) is written instead, as a GeoPackage beside the chosen file, and the "
            "log says so."
        )

    def initAlgorithm(self, config=None):
        add_basemap_parameters(self, optional=False)
        self.addParameter(QgsProcessingParameterExtent("EXTENT", tr("Area of interest")))
        self.addParameter(
            QgsProcessingParameterFile(
                "BOUNDARIES",
                tr("Admin boundaries for the vector background (optional)"),
                QgsProcessingParameterFile.Behavior.File,
                extension="gpkg",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Offline basemap"), tr("MBTiles (*.mbtiles *.MBTILES)"))
        )
        self.addOutput(QgsProcessingOutputString("KIND", tr("Kind of basemap written (mbtiles or vector)")))
        self.addOutput(QgsProcessingOutputNumber("TILES", tr("Tiles written")))
        self.addOutput(QgsProcessingOutputNumber("ESTIMATED_TILES", tr("Tiles estimated")))
        self.addOutput(QgsProcessingOutputNumber("FAILED_TILES", tr("Tiles that could not be downloaded")))

    def execute(self, parameters, context, feedback):
        from ..core.field.basemap import build_offline_basemap

        _refuse_a_reversed_extent(parameters.get("EXTENT"))
        extent = self.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))
        result = build_offline_basemap(
            self.parameterAsString(parameters, "SOURCE", context),
            extent,
            self.parameterAsFileOutput(parameters, "OUTPUT", context),
            self.parameterAsInt(parameters, "ZOOM_MIN", context),
            self.parameterAsInt(parameters, "ZOOM_MAX", context),
            max_tiles=self.parameterAsInt(parameters, "MAX_TILES", context),
            boundaries=self.parameterAsFile(parameters, "BOUNDARIES", context) or None,
            feedback=feedback,
        )
        return {
            "OUTPUT": str(result.path),
            "KIND": result.kind,
            "TILES": result.tiles,
            "ESTIMATED_TILES": result.estimate.tiles,
            "FAILED_TILES": result.failed,
        }


_EXTENT_TEXT = re.compile(r"^\s*([-+0-9.eE]+)\s*,\s*([-+0-9.eE]+)\s*,\s*([-+0-9.eE]+)\s*,\s*([-+0-9.eE]+)")


def _refuse_a_reversed_extent(value) -> None:
    """An extent typed west edge first that is east of the east edge ("170,-170,…") means an area across
    the antimeridian; QGIS reads it as a rectangle with its edges swapped, the 340° band around the rest
    of the world, before the algorithm sees it. Only the text says which was meant: look at it first."""
    found = _EXTENT_TEXT.match(value) if isinstance(value, str) else None
    if found is None:
        return
    try:
        west, east = float(found.group(1)), float(found.group(2))
    except ValueError:
        return
    if west > east:
        from ..core.base.errors import CartongError
        from ..core.field.basemap import antimeridian_sentence

        raise CartongError(antimeridian_sentence(west, east, value.strip()))
