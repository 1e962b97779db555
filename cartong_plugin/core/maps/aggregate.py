# SPDX-License-Identifier: GPL-3.0-or-later
"""Count survey points per admin area, by location or by P-code, the share of an answer,
or the mean or median of a number.

The result is a copy of the admin polygons with ``submissions`` (count of points),
and, when a question and answer are given, ``value_count`` (submissions answering the question),
``answer_count``, ``answer_pct`` (the share of those who answered: a skipped or refused question
says nothing) and ``data_status``: areas with fewer than ``min_count`` submissions answering get no
percentage and no answer count (``data_status = 'insufficient'``), because a share of 2 answers out
of 3 misleads and "2 of 2" tells what two identifiable households answered.
With a numeric question and the statistic "mean" or "median": ``value_count`` (submissions
answering it) and ``value_mean`` or ``value_median``, under the same small-count rule
(counted on the submissions that answered, since only they make the mean).
"""

from __future__ import annotations

import statistics as stats
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.qgis_compat import new_field
from .answer_checks import NumberReading
from .extents import require_crs
from .pcodes import PcodeMatcher, exact_key
from .placing import point_code

COUNT_FIELD = "submissions"
ANSWER_COUNT_FIELD = "answer_count"
ANSWER_PCT_FIELD = "answer_pct"
STATUS_FIELD = "data_status"
VALUE_COUNT_FIELD = "value_count"
DEFAULT_MIN_COUNT = 5

# What a map per admin area can show; "mean" and "median" summarise a numeric question.
STAT_COUNT, STAT_SHARE, STAT_MEAN, STAT_MEDIAN = "count", "share", "mean", "median"
STATISTICS = (STAT_COUNT, STAT_SHARE, STAT_MEAN, STAT_MEDIAN)
NUMBER_STATISTICS = (STAT_MEAN, STAT_MEDIAN)
STAT_FIELDS = {STAT_MEAN: "value_mean", STAT_MEDIAN: "value_median"}

# Values of STATUS_FIELD: stable codes, the legend shows translated labels.
STATUS_OK = "ok"
STATUS_INSUFFICIENT = "insufficient"
STATUS_NO_DATA = "no_data"

# The key of an area without P-code: its own (a NUL no P-code holds), never matched by a submission.
NO_CODE_KEY = "\0{fid}"


@dataclass
class AdminCounts:
    """Per admin code: submissions and (optionally) submissions giving the chosen answer."""

    counts: dict[str, int] = field(default_factory=dict)
    answers: dict[str, int] = field(default_factory=dict)
    answered: dict[str, int] = field(default_factory=dict)  # submissions answering the question at all
    values: dict[str, list] = field(default_factory=dict)  # numeric answers, when a value field is given
    outside: int = 0  # points in no polygon, or whose code matches no polygon
    no_location: int = 0  # points without geometry (by-location mode) or without code
    duplicates: dict[str, int] = field(default_factory=dict)  # P-code -> areas sharing it (2 or more)
    pcodes: PcodeMatcher = field(default_factory=PcodeMatcher)  # codes typed otherwise, or matching none
    numbers: NumberReading | None = None  # how the value field's answers were read (left out, commas)
    spellings: dict[str, set] = field(default_factory=dict)  # P-code -> how its areas write it ("CF1", "cf1")
    no_code: list[int] = field(default_factory=list)  # areas without a P-code: counted apart, by feature id
    overlaps: dict[tuple, int] = field(default_factory=dict)  # areas overlapping -> submissions in all of them
    borders: dict[tuple, int] = field(default_factory=dict)  # areas sharing a border -> submissions right on it
    no_boundary: list[int] = field(default_factory=list)  # areas with an empty geometry (by location), by feature id
    keys: dict[int, str] = field(default_factory=dict)  # feature id -> the key counting it (see area_key)
    off_earth: list[tuple] = field(default_factory=list)  # (feature id, x, y) of locations no map can hold

    def area_key(self, feature, code_field: str) -> str:
        """The key counting ``feature``'s submissions: its P-code as first written (codes differing
        only by case are one code), or a key of its own when it has none (never merged)."""
        value = feature[code_field]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or not str(value).strip():
            return NO_CODE_KEY.format(fid=feature.id())
        code = str(value).strip()
        return self._first_spelling.setdefault(exact_key(code), code)

    _first_spelling: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def require_field(layer: QgsVectorLayer, name: str, what: str) -> None:
    if layer.fields().indexOf(name) < 0:
        raise CartongError(
            tr("The layer {layer} has no field {field} ({what}). Available fields: {fields}.").format(
                layer=layer.name(), field=name, what=what, fields=", ".join(layer.fields().names())
            )
        )


def answer_matches(value, answer: str, spellings=()) -> bool:
    """True when ``value`` is ``answer`` or one of its other ``spellings``, or lists it (select_multiple:
    "distance cost")."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return False
    text = str(value).strip()
    return any(text == word or word in text.split() for word in (answer, *spellings))


def answered(value) -> bool:
    """True when ``value`` is an answer: not NULL nor blank (a question skipped, or consent refused)."""
    return not (value is None or (hasattr(value, "isNull") and value.isNull()) or not str(value).strip())


def statistic_field(statistic: str) -> str:
    """The field of the count layer holding ``statistic`` (count, share, mean or median)."""
    if statistic not in STATISTICS:
        raise CartongError(
            tr("Unknown statistic {name}; choose one of {names}.").format(name=statistic, names=", ".join(STATISTICS))
        )
    return {STAT_COUNT: COUNT_FIELD, STAT_SHARE: ANSWER_PCT_FIELD}.get(statistic) or STAT_FIELDS[statistic]


def count_points_by_admin(
    points: QgsVectorLayer,
    admin: QgsVectorLayer,
    code_field: str = "adm2_pcode",
    join_field: str | None = None,
    answer_field: str | None = None,
    answer_value: str | None = None,
    feedback=None,
    value_field: str | None = None,
    answer_spellings: tuple[str, ...] = (),
) -> AdminCounts:
    """Count ``points`` per polygon of ``admin`` (keyed by ``code_field``).

    By location (point in polygon, CRSs reconciled) unless ``join_field`` names a points field
    holding the P-code, compared without case or surrounding spaces (those written with spaces at
    the ends, and its obvious variants, are tallied in ``pcodes``: see ``pcodes.PcodeMatcher``).
    With ``answer_field`` and ``answer_value``, also counts the points giving that answer (or one of
    its ``answer_spellings``: see ``answer_checks.answer_spellings``). With
    ``value_field`` (a numeric question), also keeps the numbers answered in each area (empty
    answers are left out; the others that are no number are tallied in ``numbers``, and refused
    when none is a number).
    """
    if admin.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:  # type: ignore[attr-defined]
        raise CartongError(tr("The layer {layer} is not a polygon layer.").format(layer=admin.name()))
    require_field(admin, code_field, tr("admin code"))
    if join_field:
        require_field(points, join_field, tr("P-code of each submission"))
    elif points.geometryType() != QgsWkbTypes.GeometryType.PointGeometry:  # type: ignore[attr-defined]
        # by location needs points: a polygon or a table has no point to place in an area
        raise CartongError(
            tr(
                "The layer {layer} holds no points ({kind}): choose the survey's point layer, or the "
                "field of the submissions that holds their P-code."
            ).format(layer=points.name(), kind=QgsWkbTypes.displayString(points.wkbType()))
        )
    else:  # without a CRS, degrees are read as metres: every submission "outside every area"
        require_crs(admin, points)
    if answer_field:
        require_field(points, answer_field, tr("question"))
        if answer_value in (None, ""):
            raise CartongError(tr("Choose the answer to count for the question {field}.").format(field=answer_field))
    if value_field:
        require_field(points, value_field, tr("numeric question"))

    result = AdminCounts()
    if value_field:
        result.numbers = NumberReading(value_field)
    index = QgsSpatialIndex()
    engines: dict[int, tuple[str, object]] = {}
    admin_request = QgsFeatureRequest().setSubsetOfAttributes([code_field], admin.fields())
    if join_field:
        admin_request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in admin.getFeatures(admin_request):
        admin_code = result.area_key(feature, code_field)
        if admin_code in result.counts:  # one P-code, several areas: counted once per code, said once
            result.duplicates[admin_code] = result.duplicates.get(admin_code, 1) + 1
        result.counts[admin_code] = 0
        result.answers[admin_code] = 0
        result.answered[admin_code] = 0
        result.values[admin_code] = []
        if admin_code.startswith("\0"):
            result.no_code.append(feature.id())
        else:
            result.spellings.setdefault(admin_code, set()).add(str(feature[code_field]).strip())
            result.pcodes.add(admin_code)
        result.keys[feature.id()] = admin_code
        if join_field:
            continue
        if feature.geometry().isNull() or feature.geometry().isEmpty():  # its submissions fall outside: said
            result.no_boundary.append(feature.id())
        else:
            engine = QgsGeometry.createGeometryEngine(feature.geometry().constGet())
            engine.prepareGeometry()
            engines[feature.id()] = (admin_code, engine)
            index.addFeature(feature)
    if not result.counts:  # a wrong layer, or a filter matching nothing: "0 areas" would say nothing
        raise CartongError(
            tr("The admin layer {layer} has no areas: choose the layer holding the boundaries.").format(
                layer=admin.name()
            )
        )

    wanted = [f for f in (join_field, answer_field, value_field) if f]
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
        code = point_code(point, join_field, index, engines, transform, result)
        if code is None:
            continue
        result.counts[code] += 1
        if answer_field and answered(point[answer_field]):
            result.answered[code] += 1
        if answer_field and answer_value and answer_matches(point[answer_field], answer_value, answer_spellings):
            result.answers[code] += 1
        if result.numbers is not None:
            number = result.numbers.read(point[value_field], point.id())
            if number is not None:
                result.values[code].append(number)
    if result.numbers is not None:
        result.numbers.refuse_without_numbers()  # a text question would map "no data" everywhere
    return result


def admin_count_type(admin: QgsVectorLayer, counts: AdminCounts):
    """The geometry type of the result: multi-part when areas sharing a P-code are merged."""
    return QgsWkbTypes.multiType(admin.wkbType()) if counts.duplicates else admin.wkbType()


def admin_count_fields(admin: QgsVectorLayer, with_answer: bool, statistic: str | None = None) -> QgsFields:
    """The admin fields (minus any previous result fields) followed by the result fields."""
    ours = {COUNT_FIELD, ANSWER_COUNT_FIELD, ANSWER_PCT_FIELD, STATUS_FIELD, VALUE_COUNT_FIELD, *STAT_FIELDS.values()}
    fields = QgsFields()
    for f in admin.fields():  # type: ignore[attr-defined]
        if f.name() not in ours and f.name().lower() != "fid":
            fields.append(QgsField(f))
    fields.append(new_field(COUNT_FIELD, "int"))
    if with_answer:
        fields.append(new_field(VALUE_COUNT_FIELD, "int"))  # the share's denominator
        fields.append(new_field(ANSWER_COUNT_FIELD, "int"))
        fields.append(new_field(ANSWER_PCT_FIELD, "double", 6, 1))
        fields.append(new_field(STATUS_FIELD, "string", 16))
    elif statistic in NUMBER_STATISTICS:
        fields.append(new_field(VALUE_COUNT_FIELD, "int"))
        fields.append(new_field(STAT_FIELDS[statistic], "double", 12, 2))
        fields.append(new_field(STATUS_FIELD, "string", 16))
    return fields


def _status(n: int, min_count: int) -> str:
    if n == 0:
        return STATUS_NO_DATA
    return STATUS_INSUFFICIENT if n < min_count else STATUS_OK


def admin_count_features(
    admin: QgsVectorLayer,
    counts: AdminCounts,
    code_field: str,
    with_answer: bool,
    min_count: int = DEFAULT_MIN_COUNT,
    statistic: str | None = None,
):
    """Yield one feature per admin polygon with the counts (and the share of the answer, or the
    mean or median of the numbers: none below ``min_count`` answers)."""
    fields = admin_count_fields(admin, with_answer, statistic)
    # P-code shared by several areas -> their geometries, made one multi-part area
    merged: dict[str, list[QgsGeometry]] = {}
    if counts.duplicates:
        for source in admin.getFeatures():
            code = counts.area_key(source, code_field)
            if code in counts.duplicates:
                merged.setdefault(code, []).append(source.geometry())
    written = set()
    for source in admin.getFeatures():
        code = counts.area_key(source, code_field)
        geometry = source.geometry()
        if code in merged:
            if code in written:
                continue  # already written with the first area of its P-code
            written.add(code)
            parts = [g for g in merged[code] if not g.isNull()]
            union = QgsGeometry.unaryUnion(parts)  # the same area twice becomes one
            geometry = union if not union.isNull() else QgsGeometry.collectGeometry(parts)
        if counts.duplicates and not geometry.isNull():
            geometry.convertToMultiType()
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        for f in fields:  # type: ignore[attr-defined]
            if source.fields().indexOf(f.name()) >= 0:
                feature[f.name()] = source[f.name()]
        n = counts.counts.get(code, 0)
        feature[COUNT_FIELD] = n
        if with_answer:
            giving = counts.answers.get(code, 0)
            # judged and divided on those who answered: "1 of 13" where 12 skipped the question is "1 of 1"
            asked = counts.answered.get(code, 0)
            feature[VALUE_COUNT_FIELD] = asked
            feature[STATUS_FIELD] = _status(asked, min_count)
            if feature[STATUS_FIELD] == STATUS_OK:
                # Below the threshold the count is left empty too: "2 of 2" names what both households answered.
                feature[ANSWER_COUNT_FIELD] = giving
                feature[ANSWER_PCT_FIELD] = round(100.0 * giving / asked, 1)
            elif asked == 0:
                feature[ANSWER_COUNT_FIELD] = 0
        elif statistic in NUMBER_STATISTICS:
            values = counts.values.get(code, [])
            feature[VALUE_COUNT_FIELD] = len(values)
            feature[STATUS_FIELD] = _status(len(values), min_count)
            if feature[STATUS_FIELD] == STATUS_OK:
                summary = stats.fmean(values) if statistic == STAT_MEAN else stats.median(values)
                feature[STAT_FIELDS[statistic]] = round(summary, 2)
        yield feature


def count_layer(
    points: QgsVectorLayer,
    admin: QgsVectorLayer,
    code_field: str = "adm2_pcode",
    join_field: str | None = None,
    answer_field: str | None = None,
    answer_value: str | None = None,
    min_count: int = DEFAULT_MIN_COUNT,
    name: str | None = None,
    feedback=None,
    value_field: str | None = None,
    statistic: str | None = None,
) -> tuple[QgsVectorLayer, AdminCounts]:
    """A memory copy of ``admin`` with the counts: ready to style and map.

    ``statistic`` "mean" or "median" with ``value_field`` (a numeric question) adds that summary.
    """
    statistic = check_statistic(statistic, answer_field, value_field)
    counts = count_points_by_admin(
        points,
        admin,
        code_field,
        join_field,
        answer_field,
        answer_value,
        feedback,
        value_field=value_field if statistic in NUMBER_STATISTICS else None,
    )
    with_answer = statistic == STAT_SHARE
    wkb = QgsWkbTypes.displayString(admin_count_type(admin, counts))
    layer = QgsVectorLayer(
        f"{wkb}?crs={admin.crs().authid() or 'EPSG:4326'}", name or tr("Submissions per area"), "memory"
    )
    if not admin.crs().authid():
        layer.setCrs(admin.crs())
    provider = layer.dataProvider()
    provider.addAttributes(admin_count_fields(admin, with_answer, statistic).toList())
    layer.updateFields()
    provider.addFeatures(list(admin_count_features(admin, counts, code_field, with_answer, min_count, statistic)))
    layer.updateExtents()
    return layer, counts


def check_statistic(statistic: str | None, answer_field: str | None, value_field: str | None) -> str:
    """The statistic to compute: the one given (checked against its question), else share when an
    answer field is given, else count."""
    if not statistic:
        return STAT_SHARE if answer_field else STAT_COUNT
    statistic = statistic.strip().lower()
    statistic_field(statistic)  # refuses an unknown name
    if statistic in NUMBER_STATISTICS and not value_field:  # whole sentences: "mean" is a code, not French
        raise CartongError(
            tr("Choose the numeric question whose mean is mapped.")
            if statistic == STAT_MEAN
            else tr("Choose the numeric question whose median is mapped.")
        )
    if statistic == STAT_SHARE and not answer_field:
        raise CartongError(tr("Choose the question and the answer whose share is mapped."))
    return statistic
