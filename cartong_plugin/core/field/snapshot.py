# SPDX-License-Identifier: GPL-3.0-or-later
"""What a survey GeoPackage held when it left the office, kept inside the package's copy.

A returned package is merged three ways (office, field, and this base): a value changed only in the
field is taken, a value changed in both places differently is a conflict. The base is the attribute
table ``cartong_field_base`` (kind, key, value as JSON) of the packaged GeoPackage itself, so it
travels with the data and cannot be lost or mixed up with another package's.

Rows of ``survey`` are identified by ``_uuid`` and, for duplicated uuids, their rank in file order
(``uuid`` + tab + rank); cleaning-log decisions by (uuid, question, check_id). Values are compared as
OGR's text of them, the geometry as its WKB in hexadecimal.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..cleaning.log import LOG_COLUMNS
from ..cleaning.log_files import read_log_from_gpkg

BASE_TABLE = "cartong_field_base"
SURVEY = "survey"
UUID = "_uuid"
GEOMETRY_KEY = "geom"


def row_values(feature, names: list[str]) -> dict[str, str | None]:
    """A feature's attributes as text (None when null) and its geometry as WKB hex under GEOMETRY_KEY."""
    values = {
        name: (feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else None) for i, name in enumerate(names)
    }
    geometry = feature.GetGeometryRef()
    values[GEOMETRY_KEY] = geometry.ExportToIsoWkb().hex() if geometry is not None else None
    return values


def keyed_rows(layer) -> dict[str, tuple[int, dict[str, str | None]]]:
    """{key: (fid, values)} of every feature of ``layer`` (an OGR layer holding ``_uuid``)."""
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if UUID not in names:
        raise CartongError(
            tr("The layer {layer} has no _uuid column: submissions cannot be matched.").format(layer=layer.GetName()),
            field=UUID,
        )
    rows: dict[str, tuple[int, dict]] = {}
    seen: dict[str, int] = {}
    layer.ResetReading()
    for feature in layer:
        values = row_values(feature, names)
        uuid = values[UUID] or ""
        rank = seen.get(uuid, 0)
        seen[uuid] = rank + 1
        rows[f"{uuid}\t{rank}"] = (feature.GetFID(), values)
    return rows


def decision_key(entry) -> str:
    return "\t".join(entry.key())


@gdal_exceptions()
def write_base(gpkg) -> int:
    """Store the ``survey`` rows and the cleaning log of ``gpkg`` (the packaged copy) as its base.

    Returns the number of submissions stored. The table is replaced when it exists.
    """
    from osgeo import ogr

    entries = read_log_from_gpkg(gpkg)
    ds = ogr.Open(str(gpkg), 1)
    try:
        survey = ds.GetLayerByName(SURVEY)
        rows = keyed_rows(survey) if survey is not None else {}
        ds.StartTransaction()
        for index in range(ds.GetLayerCount()):
            if ds.GetLayer(index).GetName() == BASE_TABLE:
                ds.DeleteLayer(index)
                break
        table = ds.CreateLayer(BASE_TABLE, geom_type=ogr.wkbNone, options=["FID=fid"])
        for column in ("kind", "key", "value"):
            table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
        defn = table.GetLayerDefn()

        def add(kind: str, key: str, value) -> None:
            feature = ogr.Feature(defn)
            feature.SetField("kind", kind)
            feature.SetField("key", key)
            feature.SetField("value", json.dumps(value, ensure_ascii=False))
            table.CreateFeature(feature)

        for key, (_fid, values) in rows.items():
            add(SURVEY, key, values)
        for entry in entries:
            add("cleaning_log", decision_key(entry), {c: getattr(entry, c) for c in LOG_COLUMNS})
        ds.CommitTransaction()
    finally:
        ds = None
    return len(rows)


@gdal_exceptions()
def read_base(gpkg) -> tuple[dict[str, dict], dict[str, dict]] | None:
    """({survey key: values}, {decision key: log row}) stored by :func:`write_base`; None without a base."""
    from osgeo import gdal

    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    table = ds.GetLayerByName(BASE_TABLE)
    if table is None:
        return None
    survey: dict[str, dict] = {}
    log: dict[str, dict] = {}
    for feature in table:
        try:
            value = json.loads(feature.GetField("value"))
        except (TypeError, ValueError) as err:
            raise CartongError(
                tr("The table {table} of {file} is damaged (row {row}): the package cannot be merged safely.").format(
                    table=BASE_TABLE, file=Path(gpkg).name, row=feature.GetFID()
                ),
                path=str(gpkg),
            ) from err
        (survey if feature.GetField("kind") == SURVEY else log)[feature.GetField("key")] = value
    ds = None
    return survey, log
