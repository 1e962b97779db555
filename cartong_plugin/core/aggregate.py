# SPDX-License-Identifier: GPL-3.0-or-later
"""Count survey points per admin area, by location or by P-code, and the share of an answer.

The result is a copy of the admin polygons with ``submissions`` (count of points),
and, when a question and answer are given, ``answer_count``, ``answer_pct`` and
``data_status``: areas with fewer than ``min_count`` submissions get no percentage
(``data_status = 'insufficient'``), because a share of 2 answers out of 3 misleads.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .errors import CartongError
from .i18n import tr

COUNT_FIELD = "submissions"
ANSWER_COUNT_FIELD = "answer_count"
ANSWER_PCT_FIELD = "answer_pct"
STATUS_FIELD = "data_status"
DEFAULT_MIN_COUNT = 5

# Values of STATUS_FIELD: stable codes, the legend shows translated labels.
STATUS_OK = "ok"
STATUS_INSUFFICIENT = "insufficient"
STATUS_NO_DATA = "no_data"


def new_field(name: str, kind: str, length: int = 0, precision: int = 0) -> QgsField:
    """A field of ``kind`` "int", "double" or "string" (QMetaType types from QGIS 3.38, QVariant before)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        types = {"int": QMetaType.Type.Int, "double": QMetaType.Type.Double, "string": QMetaType.Type.QString}
    else:
        types = {"int": QVariant.Type.Int, "double": QVariant.Type.Double, "string": QVariant.Type.String}
    return QgsField(name, types[kind], len=length, prec=precision)


@dataclass
class AdminCounts:
    """Per admin code: submissions and (optionally) submissions giving the chosen answer."""

    counts: dict[str, int] = field(default_factory=dict)
    answers: dict[str, int] = field(default_factory=dict)
    outside: int = 0  # points in no polygon, or whose code matches no polygon
    no_location: int = 0  # points without geometry (by-location mode) or without code

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def require_field(layer: QgsVectorLayer, name: str, what: str) -> None:
    if layer.fields().indexOf(name) < 0:
        raise CartongError(
            tr("The layer {layer} has no field {field} ({what}). Available fields: {fields}.").format(
                layer=layer.name(), field=name, what=what, fields=", ".join(layer.fields().names())))


def answer_matches(value, answer: str) -> bool:
    """True when ``value`` is ``answer``, or lists it (select_multiple: "distance cost")."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return False
    text = str(value).strip()
    return text == answer or answer in text.split()


def count_points_by_admin(points: QgsVectorLayer, admin: QgsVectorLayer, code_field: str = "adm2_pcode",
                          join_field: str | None = None, answer_field: str | None = None,
                          answer_value: str | None = None, feedback=None) -> AdminCounts:
    """Count ``points`` per polygon of ``admin`` (keyed by ``code_field``).

    By location (point in polygon, CRSs reconciled) unless ``join_field`` names a points field
    holding the P-code, compared without case or surrounding spaces. With ``answer_field`` and
    ``answer_value``, also counts the points giving that answer.
    """
    if admin.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise CartongError(tr("The layer {layer} is not a polygon layer.").format(layer=admin.name()))
    require_field(admin, code_field, tr("admin code"))
    if join_field:
        require_field(points, join_field, tr("P-code of each submission"))
    if answer_field:
        require_field(points, answer_field, tr("question"))
        if answer_value in (None, ""):
            raise CartongError(tr("Choose the answer to count for the question {field}.").format(field=answer_field))

    result = AdminCounts()
    codes_by_key: dict[str, str] = {}
    index = QgsSpatialIndex()
    engines: dict[int, tuple[str, object]] = {}
    admin_request = QgsFeatureRequest().setSubsetOfAttributes([code_field], admin.fields())
    if join_field:
        admin_request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in admin.getFeatures(admin_request):
        code = str(feature[code_field]).strip()
        result.counts[code] = 0
        result.answers[code] = 0
        codes_by_key[code.upper()] = code
        if not join_field and feature.hasGeometry():
            engine = QgsGeometry.createGeometryEngine(feature.geometry().constGet())
            engine.prepareGeometry()
            engines[feature.id()] = (code, engine)
            index.addFeature(feature)

    wanted = [f for f in (join_field, answer_field) if f]
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, points.fields())
    if join_field:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    transform = None
    if not join_field and points.crs() != admin.crs():
        transform = QgsCoordinateTransform(points.crs(), admin.crs(), QgsProject.instance())
    total = max(points.featureCount(), 1)
    for n, point in enumerate(points.getFeatures(request)):
        if feedback is not None and n % 5000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * n / total)
        code = _point_code(point, join_field, codes_by_key, index, engines, transform, result)
        if code is None:
            continue
        result.counts[code] += 1
        if answer_field and answer_matches(point[answer_field], answer_value):
            result.answers[code] += 1
    return result


def _point_code(point, join_field, codes_by_key, index, engines, transform, result) -> str | None:
    if join_field:
        value = point[join_field]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or not str(value).strip():
            result.no_location += 1
            return None
        code = codes_by_key.get(str(value).strip().upper())
        if code is None:
            result.outside += 1
        return code
    geometry = point.geometry()
    if geometry.isNull() or geometry.isEmpty():
        result.no_location += 1
        return None
    xy = geometry.asPoint() if not geometry.isMultipart() else QgsPointXY(geometry.constGet().geometryN(0))
    if transform is not None:
        xy = transform.transform(xy)
    for fid in index.intersects(QgsRectangle(xy.x(), xy.y(), xy.x(), xy.y())):
        code, engine = engines[fid]
        if engine.intersects(QgsPoint(xy.x(), xy.y())):
            return code
    result.outside += 1
    return None


def admin_count_fields(admin: QgsVectorLayer, with_answer: bool) -> QgsFields:
    """The admin fields (minus any previous result fields) followed by the result fields."""
    ours = {COUNT_FIELD, ANSWER_COUNT_FIELD, ANSWER_PCT_FIELD, STATUS_FIELD}
    fields = QgsFields()
    for f in admin.fields():
        if f.name() not in ours and f.name().lower() != "fid":
            fields.append(QgsField(f))
    fields.append(new_field(COUNT_FIELD, "int"))
    if with_answer:
        fields.append(new_field(ANSWER_COUNT_FIELD, "int"))
        fields.append(new_field(ANSWER_PCT_FIELD, "double", 6, 1))
        fields.append(new_field(STATUS_FIELD, "string", 16))
    return fields


def admin_count_features(admin: QgsVectorLayer, counts: AdminCounts, code_field: str,
                         with_answer: bool, min_count: int = DEFAULT_MIN_COUNT):
    """Yield one feature per admin polygon with the counts (and the share of the answer)."""
    fields = admin_count_fields(admin, with_answer)
    for source in admin.getFeatures():
        feature = QgsFeature(fields)
        feature.setGeometry(source.geometry())
        for f in fields:
            if source.fields().indexOf(f.name()) >= 0:
                feature[f.name()] = source[f.name()]
        code = str(source[code_field]).strip()
        n = counts.counts.get(code, 0)
        feature[COUNT_FIELD] = n
        if with_answer:
            answered = counts.answers.get(code, 0)
            feature[ANSWER_COUNT_FIELD] = answered
            if n == 0:
                feature[STATUS_FIELD] = STATUS_NO_DATA
            elif n < min_count:
                feature[STATUS_FIELD] = STATUS_INSUFFICIENT
            else:
                feature[STATUS_FIELD] = STATUS_OK
                feature[ANSWER_PCT_FIELD] = round(100.0 * answered / n, 1)
        yield feature


def count_layer(points: QgsVectorLayer, admin: QgsVectorLayer, code_field: str = "adm2_pcode",
                join_field: str | None = None, answer_field: str | None = None,
                answer_value: str | None = None, min_count: int = DEFAULT_MIN_COUNT,
                name: str | None = None, feedback=None) -> tuple[QgsVectorLayer, AdminCounts]:
    """A memory copy of ``admin`` with the counts: ready to style and map."""
    counts = count_points_by_admin(points, admin, code_field, join_field, answer_field, answer_value,
                                   feedback)
    with_answer = bool(answer_field)
    wkb = QgsWkbTypes.displayString(admin.wkbType())
    layer = QgsVectorLayer(f"{wkb}?crs={admin.crs().authid() or 'EPSG:4326'}",
                           name or tr("Submissions per area"), "memory")
    if not admin.crs().authid():
        layer.setCrs(admin.crs())
    provider = layer.dataProvider()
    provider.addAttributes(admin_count_fields(admin, with_answer).toList())
    layer.updateFields()
    provider.addFeatures(list(admin_count_features(admin, counts, code_field, with_answer, min_count)))
    layer.updateExtents()
    return layer, counts
