# SPDX-License-Identifier: GPL-3.0-or-later
"""A count layer of cartong:countbyadmin as a map reads it.

What the count recorded (``counted_description``, read back by ``count_record``): its question, its
threshold and its sources, in the GeoPackage's description or, on a temporary layer, in the custom
property ``COUNTED_PROPERTY``. ``counts_for_map``: the layer ready to map, its fields under their full
names when a Shapefile cut them to 10 characters (data_statu -> data_status), and every area with fewer
submissions answering than the higher of the map's threshold and the count's marked insufficient, its
value emptied: a map never shows less protection than it was asked for, and its legend gives the
threshold it applied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from qgis.core import QgsFeature, QgsFeatureRequest, QgsField, QgsFields, QgsVectorLayer, QgsWkbTypes

from ..base.qgis_compat import decode_uri
from .aggregate import (
    ANSWER_COUNT_FIELD,
    ANSWER_PCT_FIELD,
    COUNT_FIELD,
    STAT_FIELDS,
    STATUS_FIELD,
    STATUS_INSUFFICIENT,
    STATUS_OK,
    VALUE_COUNT_FIELD,
)

# The key of what cartong:countbyadmin counted, in its GeoPackage's description (gpkg_contents).
COUNTED_KEY = "cartong:countbyadmin"
# The same record on a layer that has no description (a temporary layer): a custom property.
COUNTED_PROPERTY = "cartong/countbyadmin"
SHAPEFILE_NAME_WIDTH = 10  # a Shapefile (dBASE) cuts longer field names
# The values an area below the threshold must not show (value_count, the submissions answering, it may).
SUMMARIES = (ANSWER_PCT_FIELD, ANSWER_COUNT_FIELD, *STAT_FIELDS.values())
COUNT_FIELDS = (
    COUNT_FIELD,
    VALUE_COUNT_FIELD,
    ANSWER_COUNT_FIELD,
    ANSWER_PCT_FIELD,
    STATUS_FIELD,
    *STAT_FIELDS.values(),
)


def counted_description(
    answer_field: str | None,
    answer_value: str | None,
    value_field: str | None,
    sources: dict | None = None,
    min_count: int | None = None,
) -> str:
    """What a count layer counted and from what, for its description in a GeoPackage ("" when nothing is
    known): read back by ``counted_question``, so that a map of answer_count names the answer it counts,
    and by ``recorded_min_count``, so that its legend gives the threshold the statuses were made with.
    ``sources``: {"submissions": {file, layer, sha256}, "admin_areas": {...}} (``base.provenance``)."""
    what = {"answer_field": answer_field, "answer_value": answer_value, "value_field": value_field, **(sources or {})}
    what["min_count"] = min_count
    what = {key: value for key, value in what.items() if value}
    return json.dumps({COUNTED_KEY: what}, ensure_ascii=False) if what else ""


def counted_question(layer: QgsVectorLayer) -> tuple[str, str]:
    """(question, answer) counted in ``layer`` by cartong:countbyadmin, as its GeoPackage's
    description records them: the question and answer of a share, or the numeric question of a
    mean or median (answer ""). ("", "") when the layer says nothing (another format, another tool)."""
    what = count_record(layer)
    if what.get("answer_field"):
        return str(what["answer_field"]), str(what.get("answer_value") or "")
    return str(what.get("value_field") or ""), ""


def recorded_min_count(layer: QgsVectorLayer) -> int | None:
    """The MIN_COUNT cartong:countbyadmin made the statuses of ``layer`` with, None when not recorded."""
    value = count_record(layer).get("min_count")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def count_record(layer: QgsVectorLayer) -> dict:
    """What cartong:countbyadmin recorded in the GeoPackage description of ``layer``, or in its
    ``COUNTED_PROPERTY`` (a temporary layer; see ``counted_description``), {} when it says nothing
    (another format, another tool)."""
    from osgeo import gdal

    if layer is None:
        return {}
    text = str(layer.customProperty(COUNTED_PROPERTY) or "")
    if text or layer.providerType() != "ogr":
        return _counted_in(text)
    parts = decode_uri("ogr", layer.source())
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(parts.get("path", ""), gdal.OF_VECTOR)
        if dataset is None:
            return {}
        source = dataset.GetLayerByName(parts["layerName"]) if parts.get("layerName") else dataset.GetLayer(0)
        text = (source.GetMetadataItem("DESCRIPTION") or "") if source is not None else ""
    finally:
        gdal.PopErrorHandler()
    return _counted_in(text)


def _counted_in(text: str) -> dict:
    try:
        what = json.loads(text).get(COUNTED_KEY) if text.startswith("{") else None
    except (ValueError, AttributeError):
        what = None
    return what if isinstance(what, dict) else {}


@dataclass
class MapCounts:
    """What ``counts_for_map`` hands to a layout."""

    layer: QgsVectorLayer  # the layer given, or a memory copy of it (full field names, small areas hidden)
    field: str  # the field to map, by its full name
    status_field: str | None  # STATUS_FIELD for a share, mean or median (or their answer count), else None
    min_count: int  # the threshold the map applies: its legend's
    recorded: int | None = None  # the one the count recorded, if any
    hidden: int = 0  # areas the layer shows a value for that the map hides


def full_names(layer: QgsVectorLayer) -> dict[str, str]:
    """{field of ``layer``: its full name} for the fields of cartong:countbyadmin a Shapefile cut to 10
    characters (submission -> submissions, data_statu -> data_status); {} when none was."""
    names = layer.fields().names()
    found: dict[str, str] = {}
    for full in COUNT_FIELDS:
        if full in names:
            continue
        cut = full[:SHAPEFILE_NAME_WIDTH].lower()
        found.update({name: full for name in names if name.lower() == cut and name not in found})
    return found


def counts_for_map(layer: QgsVectorLayer, field: str, min_count: int) -> MapCounts:
    """``layer`` ready to map ``field`` (its full or its cut name) with the map's threshold ``min_count``.

    For a share, mean or median, the threshold applied is the higher of ``min_count`` and the count's
    own: recorded, else read from its statuses (one more than the most answers an 'insufficient' area
    has). Areas answered fewer times that still show a value are made 'insufficient' and emptied in a
    memory copy; the layer itself is never changed."""
    renamed = full_names(layer)
    field = renamed.get(field, field)
    cut = {full: name for name, full in renamed.items()}
    names = set(layer.fields().names()) | set(renamed.values())
    recorded = recorded_min_count(layer)
    status = STATUS_FIELD if field in SUMMARIES and STATUS_FIELD in names else None
    # the threshold is judged on those who answered (value_count); older counts judged all submissions
    denominator = next((f for f in (VALUE_COUNT_FIELD, COUNT_FIELD) if f in names), None)
    if status is None or denominator is None:
        copy = _copy(layer, renamed, set()) if renamed else layer
        return MapCounts(copy, field, status, (recorded or min_count) if status else min_count, recorded)
    insufficient, shown = [], []
    wanted = [cut.get(status, status), cut.get(denominator, denominator)]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for area in layer.getFeatures(request.setSubsetOfAttributes(wanted, layer.fields())):
        n = area[wanted[1]]
        if n is None or (hasattr(n, "isNull") and n.isNull()):
            continue
        if area[wanted[0]] == STATUS_INSUFFICIENT:
            insufficient.append(int(n))
        elif area[wanted[0]] == STATUS_OK:
            shown.append((area.id(), int(n)))
    # not recorded (a temporary layer of an older count, a Shapefile): its statuses tell the least it was
    made_with = recorded or (max(insufficient) + 1 if insufficient else 0)
    applied = max(min_count, made_with)
    hide = {fid for fid, n in shown if n < applied}
    copy = _copy(layer, renamed, hide) if renamed or hide else layer
    return MapCounts(copy, field, status, applied, recorded, len(hide))


def _copy(layer: QgsVectorLayer, renamed: dict[str, str], hide: set) -> QgsVectorLayer:
    """A memory copy of ``layer`` with the ``renamed`` fields under their full names and the areas of
    ``hide`` (feature ids) made 'insufficient', without any value of ``SUMMARIES``."""
    wkb = QgsWkbTypes.displayString(layer.wkbType())
    copy = QgsVectorLayer(f"{wkb}?crs={layer.crs().authid()}", layer.name(), "memory")
    if not layer.crs().authid():
        copy.setCrs(layer.crs())
    fields = QgsFields()
    for source in layer.fields():  # type: ignore[attr-defined]
        named = QgsField(source)
        named.setName(renamed.get(source.name(), source.name()))
        fields.append(named)
    provider = copy.dataProvider()
    assert provider is not None  # a memory layer always has one
    provider.addAttributes(fields.toList())
    copy.updateFields()
    emptied = [i for i in (copy.fields().indexOf(name) for name in SUMMARIES) if i >= 0]
    status = copy.fields().indexOf(STATUS_FIELD)
    features = []
    for source in layer.getFeatures():
        feature = QgsFeature(copy.fields())
        feature.setGeometry(source.geometry())
        feature.setAttributes(source.attributes())
        if source.id() in hide:
            feature.setAttribute(status, STATUS_INSUFFICIENT)
            for index in emptied:
                feature.setAttribute(index, None)
        features.append(feature)
    provider.addFeatures(features)
    copy.updateExtents()
    for key in layer.customPropertyKeys():  # what the count recorded goes with it
        copy.setCustomProperty(key, layer.customProperty(key))
    return copy
