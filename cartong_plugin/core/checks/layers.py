# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS layers as the checks want them: a survey layer as a DataFrame, admin polygons as
AdminAreas and a gazetteer. Shared by the Processing algorithms and the cleaning wizard."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ..errors import CartongError
from ..i18n import tr
from .admin_names import Place
from .gps import AdminAreas

_NUMERIC = {QVariant.Type.Int, QVariant.Type.UInt, QVariant.Type.LongLong, QVariant.Type.ULongLong,
            QVariant.Type.Double}


def _is_null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _to_python(value):
    """One attribute as plain Python: None, numbers, str; dates and times as ISO text (offset kept)."""
    if _is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toString(Qt.DateFormat.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString(Qt.DateFormat.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QVariant):
        return value.value()
    return value


def layer_to_frame(layer, feedback=None):
    """Every attribute of ``layer`` (geometry left out) as a DataFrame in feature order.

    Numeric fields become numeric columns (NaN for NULL); others are objects (None for NULL);
    dates and datetimes are ISO 8601 text with their UTC offset, as in the Kobo export.
    """
    import pandas as pd

    fields = layer.fields()
    names = fields.names()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    total = max(layer.featureCount(), 1)
    rows = []
    for number, feature in enumerate(layer.getFeatures(request)):
        rows.append(feature.attributes())
        if feedback is not None and number % 5000 == 0:
            if feedback.isCanceled():
                raise CartongError(tr("Cancelled."))
            feedback.setProgress(20.0 * number / total)
    columns = {}
    for i, name in enumerate(names):
        values = [_to_python(row[i]) for row in rows]
        if fields.at(i).type() in _NUMERIC:
            columns[name] = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
        else:
            columns[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(columns, columns=names)


def layer_uuids(layer, uuid_column: str) -> list:
    """The values of one field in feature order (for applying a log without reading everything)."""
    index = layer.fields().indexOf(uuid_column)
    if index < 0:
        raise CartongError(tr("The layer {layer} has no field {field}.").format(layer=layer.name(), field=uuid_column))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    return [_to_python(f.attributes()[index]) for f in layer.getFeatures(request)]


def layer_geopackage(layer) -> str:
    """Path of the GeoPackage holding ``layer``, or '' when it is not in a GeoPackage."""
    if layer is None or layer.providerType() != "ogr":
        return ""
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path", "")
    return path if path.lower().endswith(".gpkg") else ""


def _to_wgs84(layer):
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if not layer.crs().isValid() or layer.crs() == wgs84:
        return None
    return QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())


def _require(layer, field: str, what: str) -> int:
    index = layer.fields().indexOf(field)
    if index < 0:
        raise CartongError(tr("The layer {layer} has no field {field} ({what}).")
                           .format(layer=layer.name(), field=field, what=what))
    return index


def areas_from_layer(layer, code_field: str, name_field: str = "") -> AdminAreas:
    """Admin polygons of a QGIS layer, in WGS 84, keyed by ``code_field``."""
    _require(layer, code_field, tr("P-code"))
    transform = _to_wgs84(layer)
    items = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        name = _to_python(feature[name_field]) if name_field else ""
        items.append((str(_to_python(feature[code_field]) or ""), name or "", bytes(geometry.asWkb())))
    return AdminAreas.from_wkb(items)


def gazetteer_from_layer(layer, code_field: str, name_field: str, parent_field: str = "") -> tuple[Place, ...]:
    """(P-code, name, parent P-code) of every feature of an admin layer."""
    _require(layer, code_field, tr("P-code"))
    _require(layer, name_field, tr("name"))
    if parent_field and layer.fields().indexOf(parent_field) < 0:
        parent_field = ""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return tuple(Place(str(_to_python(f[code_field]) or ""), str(_to_python(f[name_field]) or ""),
                       str(_to_python(f[parent_field]) or "") if parent_field else "")
                 for f in layer.getFeatures(request))
