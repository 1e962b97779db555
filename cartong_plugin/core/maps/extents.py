# SPDX-License-Identifier: GPL-3.0-or-later
"""Where a map looks: extents of layers in a CRS, a metric CRS for the scale bar (UTM zone or Equal
Earth), and the extent of survey points without the far-off ones (GPS at 0,0, swapped coordinates).
A layer without a coordinate reference system has no place on the earth: it is refused by name.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.qgis_compat import null_rectangle as empty_extent  # setMinimal() is deprecated from QGIS 3.34

UNDEFINED_CRS = ("Undefined geographic SRS", "Undefined Cartesian SRS")


def require_crs(*layers) -> None:
    """CartongError naming the first of ``layers`` (None skipped) without a coordinate reference system
    (a Shapefile without its .prj): its coordinates, metres or degrees, cannot be placed with the others,
    and a count would put every submission outside every area."""
    for layer in layers:
        if layer is not None and not has_crs(layer.crs()):
            raise CartongError(no_crs_message(layer))


def has_crs(crs) -> bool:
    """False for no CRS, and for the "undefined" ones GDAL reads from a GeoPackage table of srs_id 0 or -1
    (what a layer without CRS is written with): valid to QGIS, but on no place of the earth."""
    return crs.isValid() and (bool(crs.authid()) or crs.description() not in UNDEFINED_CRS)


def no_crs_message(layer) -> str:
    """The sentence naming the file of ``layer`` (else its name) that has no coordinate reference system."""
    from ..base.outputs import source_file

    path = source_file(layer.source()) if layer.providerType() == "ogr" else None
    return tr(
        "{file} has no coordinate reference system, so where its features lie is unknown. Set it in the "
        "layer properties (Source), or add the .prj file beside the Shapefile."
    ).format(file=path.name if path is not None else layer.name())


def metric_crs_for(extent_wgs84: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """UTM zone of the data's centre (true distances for the scale bar); Equal Earth when wider."""
    if extent_wgs84.width() > 24 or extent_wgs84.isEmpty():
        return QgsCoordinateReferenceSystem("EPSG:8857")
    lon, lat = extent_wgs84.center().x(), extent_wgs84.center().y()
    zone = min(60, max(1, int(math.floor((lon + 180) / 6)) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def extent_in(layers, crs, project) -> QgsRectangle:
    extent = empty_extent()
    for layer in layers:
        layer_extent = layer.extent()
        if layer_extent.isNull() or layer_extent.isEmpty() and layer.featureCount() != 1:
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        extent.combineExtentWith(transform.transformBoundingBox(layer_extent))
    return extent


def transformed(extent: QgsReferencedRectangle, crs, project) -> QgsRectangle:
    return QgsCoordinateTransform(extent.crs(), crs, project).transformBoundingBox(extent)


def padded(extent: QgsRectangle, ratio: float) -> QgsRectangle:
    padded = QgsRectangle(extent)
    size = max(extent.width(), extent.height(), 1.0)
    padded.grow(size * ratio)
    return padded


def surveyed_areas_extent(points: QgsVectorLayer, areas: QgsVectorLayer, project) -> QgsReferencedRectangle | None:
    """Bounding box of the admin areas holding at least one point (None when none does)."""
    from .aggregate import count_points_by_admin, new_field

    key = "cartong_fid"
    # Count by polygon id: works for any admin layer, whatever its P-code field.
    copy = areas.materialize(QgsFeatureRequest())
    copy.dataProvider().addAttributes([new_field(key, "string")])
    copy.updateFields()
    index = copy.fields().indexOf(key)
    copy.dataProvider().changeAttributeValues({f.id(): {index: str(f.id())} for f in copy.getFeatures()})
    counts = count_points_by_admin(points, copy, key).counts
    extent = empty_extent()
    for feature in copy.getFeatures():
        if counts.get(str(feature.id())):
            extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isEmpty() or not math.isfinite(extent.width()):
        return None
    return QgsReferencedRectangle(extent, areas.crs())


def points_core_extent(points: QgsVectorLayer) -> QgsRectangle:
    """Extent of the points without the far-off ones (GPS at 0,0, swapped coordinates).

    Keeps the 1st to 99th percentile of x and y: a few faulty points cannot zoom the map out.
    """
    xs, ys = [], []
    for feature in points.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if feature.hasGeometry():
            point = feature.geometry().centroid().asPoint()
            xs.append(point.x())
            ys.append(point.y())
    if not xs:
        return points.extent()
    xs.sort()
    ys.sort()
    low, high = int(len(xs) * 0.01), max(int(len(xs) * 0.99) - 1, 0)
    return QgsRectangle(xs[low], ys[low], xs[high], ys[high])


def quoted_field(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def value_filter(areas: QgsVectorLayer, field: str, status_field: str | None = None) -> str:
    """The expression selecting the areas of ``areas`` that have a value to map in ``field``.

    A share, mean or median of 0 is a value (0 % of households use a well); a count of 0 is no
    submission. A count of answers (answer_count, value_count) of 0 in a surveyed area is a value
    too: it is judged by the area's submissions.
    """
    from .aggregate import ANSWER_COUNT_FIELD, ANSWER_PCT_FIELD, COUNT_FIELD, STAT_FIELDS, VALUE_COUNT_FIELD

    if field in (ANSWER_COUNT_FIELD, VALUE_COUNT_FIELD) and areas.fields().indexOf(COUNT_FIELD) >= 0:
        field = COUNT_FIELD
    elif field in (ANSWER_PCT_FIELD, *STAT_FIELDS.values()) or status_field:
        return f"{quoted_field(field)} IS NOT NULL"
    return f"{quoted_field(field)} IS NOT NULL AND {quoted_field(field)} <> 0"


def shown_filter(areas: QgsVectorLayer, field: str, status_field: str | None = None) -> str:
    """``value_filter``, and the areas hatched for too few submissions: what a map of ``field`` shows."""
    expression = f"({value_filter(areas, field, status_field)})"
    if status_field and areas.fields().indexOf(status_field) >= 0:
        from .aggregate import STATUS_INSUFFICIENT

        expression += f" OR {quoted_field(status_field)} = '{STATUS_INSUFFICIENT}'"
    return expression


def data_extent(areas: QgsVectorLayer, field: str, status_field: str | None = None) -> QgsReferencedRectangle:
    """Where the main map zooms: the areas a map of ``field`` shows (``shown_filter``), else all the areas.

    Never the survey points: with faulty GPS (0,0, swapped coordinates) they lie far from every area,
    and a map "by admin area" must show the areas (the export warns when none has data).
    """
    extent = empty_extent()
    request = QgsFeatureRequest().setFilterExpression(shown_filter(areas, field, status_field)).setNoAttributes()
    for feature in areas.getFeatures(request):
        if feature.hasGeometry():
            extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isEmpty() or not math.isfinite(extent.width()):
        extent = areas.extent()
    return QgsReferencedRectangle(extent, areas.crs())


def areas_shown(areas: QgsVectorLayer, field: str, status_field: str | None = None) -> int:
    """How many areas a map of ``field`` shows with a value or hatched (0: an empty map)."""
    if areas.fields().indexOf(field) < 0:
        return -1  # refused later with a sentence naming the field
    request = QgsFeatureRequest().setFilterExpression(shown_filter(areas, field, status_field))
    return sum(1 for _ in areas.getFeatures(request.setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)))
