# SPDX-License-Identifier: GPL-3.0-or-later
"""The point layers of a proportional circles map (``layouts.build_proportional_layout``).

Circles at the areas' centres for the values above 0; a small hollow ring for an area whose value
is a real 0 (surveyed, none gave the answer: 0 %), so it is told apart from an area without data,
which has no mark at all; admin names placed beside the circles and rings rather than under them.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsMarkerSymbol,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from ..base.qgis_compat import new_field
from .extents import quoted_field, value_filter

AREA_ID = "cartong_area"  # the feature id of the area a mark stands for

ZERO_RING_SIZE = 2.4  # mm: well below the smallest circle of the legend, above a printed dot


def centre_layers(
    polygons: QgsVectorLayer, field: str, name: str, status_field: str | None, unit: str, language: str
) -> tuple[QgsVectorLayer, QgsVectorLayer | None, float]:
    """(circles of the values above 0, rings of the real zeros or None, the largest value).

    A 0 is real where the area has a value (``extents.value_filter``): a share, mean or median
    of 0, or a count of answers of 0 in a surveyed area; a plain count of 0 is no submission.
    """
    centres, zeros = _points_like(polygons, field, name), None
    circles, rings, maximum = [], [], 0.0
    for area in polygons.getFeatures(
        QgsFeatureRequest().setFilterExpression(value_filter(polygons, field, status_field))
    ):
        value = area[field]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or not area.hasGeometry():
            continue
        feature = QgsFeature(centres.fields())
        feature.setGeometry(area.geometry().pointOnSurface())
        feature[field] = value
        feature[AREA_ID] = str(area.id())
        if float(value) > 0:
            circles.append(feature)
            maximum = max(maximum, float(value))
        elif float(value) == 0:
            rings.append(feature)
    _provider(centres).addFeatures(circles)
    centres.updateExtents()
    if rings:
        zeros = _points_like(polygons, field, QLocale(language).toString(0) + (" " + unit if unit else ""))
        _provider(zeros).addFeatures(rings)
        zeros.updateExtents()
        # Hollow, dark outline: reads as "nothing here, but measured", also in greyscale print.
        ring = {"name": "circle", "color": "255,255,255,255", "outline_color": "#262626", "outline_width": "0.35"}
        symbol = QgsMarkerSymbol.createSimple({**ring, "size": str(ZERO_RING_SIZE), "size_unit": "MM"})
        zeros.setRenderer(QgsSingleSymbolRenderer(symbol))
    return centres, zeros, maximum


def _points_like(polygons: QgsVectorLayer, field: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={polygons.crs().authid()}", name, "memory")
    if not polygons.crs().authid():
        layer.setCrs(polygons.crs())
    _provider(layer).addAttributes([polygons.fields().field(field), new_field(AREA_ID, "string")])
    layer.updateFields()
    return layer


def label_beside_marks(
    areas: QgsVectorLayer, marks: list[QgsVectorLayer], polygons: QgsVectorLayer, label_field: str, marked: str
) -> None:
    """Admin names as a cartographer sets them on a circles map: beside each circle or ring (the mark
    carries its area's name), on the area itself where it has no mark (``marked``: the expression
    selecting the areas that have one). ``areas`` is labelled already, as on a choropleth."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    names = {str(area.id()): area[label_field] for area in polygons.getFeatures()}
    for layer in marks:
        _provider(layer).addAttributes([polygons.fields().field(label_field)])
        layer.updateFields()
        index = layer.fields().indexOf(label_field)
        _provider(layer).changeAttributeValues(
            {mark.id(): {index: names.get(mark[AREA_ID])} for mark in layer.getFeatures()}
        )
        settings = QgsPalLayerSettings(_labeling(areas).settings())
        settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint  # off the symbol's edge
        settings.dist = 0.6
        # the enum moved to Qgis in QGIS 3.26
        offsets = getattr(Qgis, "LabelOffsetType", None) or QgsPalLayerSettings.OffsetType
        settings.offsetType = offsets.FromSymbolBounds
        settings.fitInPolygonOnly = False
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    settings = QgsPalLayerSettings(_labeling(areas).settings())
    settings.fieldName = f"CASE WHEN {marked} THEN NULL ELSE {quoted_field(label_field)} END"
    settings.isExpression = True
    areas.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def _provider(layer: QgsVectorLayer):
    provider = layer.dataProvider()
    assert provider is not None  # a memory layer always has one
    return provider


def _labeling(layer: QgsVectorLayer):
    labeling = layer.labeling()
    assert labeling is not None  # the areas are labelled before their marks (label_beside_marks)
    return labeling
