# SPDX-License-Identifier: GPL-3.0-or-later
"""What a survey GeoPackage held when it left the office, kept inside the package's copy.

A returned package is merged three ways (office, field, and this base): a value changed only in the
field is taken, a value changed in both places differently is a conflict. The base is the attribute
table ``cartong_field_base`` (kind, key, value as JSON) of the packaged GeoPackage itself, so it
travels with the data and cannot be lost or mixed up with another package's.

Rows of ``survey`` and of the repeat tables (kind ``rows:<table>``: the typed tables linked to their
submission by ``_submission__uuid``, or by ``PARENT_KEY`` in an ODK Central export) are identified by
their fid: the package is a copy of the office file in which every row keeps its fid (``VACUUM INTO``
keeps INTEGER PRIMARY KEY values), and a deletion on either side shifts no other row (``_uuid`` alone is
not enough: an export may hold it twice). Packages of version 0.2.0 stored ``survey`` only, keyed by
``_uuid`` + tab + rank in file order (kind ``survey``, read as ``legacy``). Cleaning-log decisions are
keyed by (uuid, question, check_id). Values are compared as OGR's text of them, the geometry as its
WKB in hexadecimal.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from ..cleaning.log import LOG_COLUMNS
from ..cleaning.log_files import read_log_from_gpkg

BASE_TABLE = "cartong_field_base"
SURVEY = "survey"
UUID = "_uuid"
PARENT_UUID = "_submission__uuid"
PARENT_KEY, KEY = "PARENT_KEY", "KEY"  # ODK Central: a repeat row names the KEY of its parent ("uuid:...")
RAW_PREFIX = "raw_"  # raw tables hold the rows as received: never part of the base, never changed
ROWS_KIND = "rows:"
PACKAGE_KIND = "package"  # key: the package's own id
GEOMETRY_KEY = "geom"


@dataclass
class Base:
    """What the package's copy held when it left: {table: {fid: values}}, the 0.2.0 survey keys, the log."""

    tables: dict[str, dict[int, dict]] = field(default_factory=dict)
    legacy: dict[str, dict] | None = None  # {uuid + tab + rank: values} of a 0.2.0 package
    log: dict[str, dict] = field(default_factory=dict)
    identity: str = ""  # the package's id (or a hash of its base): the same package, or a later copy of it
    time_zone: dict | None = None  # {name, utc_offset} of the field laptops (field_times)
    left_out: dict | None = None  # {"columns": {table: [columns]}, "tables": [...]} the package did not carry


def row_values(feature, names: list[str]) -> dict[str, str | None]:
    """A feature's attributes as text (None when null) and its geometry as WKB hex under GEOMETRY_KEY."""
    values = {
        name: (feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else None) for i, name in enumerate(names)
    }
    geometry = feature.GetGeometryRef()
    values[GEOMETRY_KEY] = geometry.ExportToIsoWkb().hex() if geometry is not None else None
    return values


def layer_rows(layer) -> dict[int, dict[str, str | None]]:
    """{fid: values} of every feature of ``layer``."""
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    layer.ResetReading()
    return {feature.GetFID(): row_values(feature, names) for feature in layer}


def require_uuid(layer) -> None:
    if layer.GetLayerDefn().GetFieldIndex(UUID) < 0:
        raise CartongError(
            tr("The layer {layer} has no _uuid column: submissions cannot be matched.").format(layer=layer.GetName()),
            field=UUID,
        )


def link_column(layer) -> str | None:
    """The column by which the rows of ``layer`` name their submission: Kobo's ``_submission__uuid``, else ODK
    Central's ``PARENT_KEY`` (Central's repeat tables have no ``_submission__uuid``); None for neither."""
    defn = layer.GetLayerDefn()
    return next((name for name in (PARENT_UUID, PARENT_KEY) if defn.GetFieldIndex(name) >= 0), None)


def base_tables(ds) -> list[str]:
    """The tables whose rows a package's base records: ``survey`` and the typed repeat tables."""
    names = []
    for index in range(ds.GetLayerCount()):
        layer = ds.GetLayer(index)
        name = layer.GetName()
        if name == SURVEY or (not name.startswith(RAW_PREFIX) and link_column(layer) is not None):
            names.append(name)
    return names


def decision_key(entry) -> str:
    return "\t".join(entry.key())


@gdal_exceptions()
def write_base(gpkg, time_zone: dict | None = None, left_out: dict | None = None) -> int:
    """Store the ``survey`` rows and the cleaning log of ``gpkg`` (the packaged copy) as its base, with the
    ``time_zone`` of the field laptops and what the package ``left_out`` (``personal``; both kept in the value
    of the package's own row, which earlier versions ignore).

    Returns the number of submissions stored. The table is replaced when it exists.
    """
    from osgeo import ogr

    entries = read_log_from_gpkg(gpkg)
    ds = ogr.Open(str(gpkg), 1)
    try:
        survey = ds.GetLayerByName(SURVEY)
        if survey is not None:
            require_uuid(survey)
        tables = {name: layer_rows(ds.GetLayerByName(name)) for name in base_tables(ds)}
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

        for name, rows in tables.items():
            for fid, values in rows.items():
                add(ROWS_KIND + name, str(fid), values)
        # two teams' packages of the same office file differ by its id
        own = {key: value for key, value in (("time_zone", time_zone), ("left_out", left_out)) if value}
        add(PACKAGE_KIND, uuid.uuid4().hex, own or None)
        for entry in entries:
            add("cleaning_log", decision_key(entry), {c: getattr(entry, c) for c in LOG_COLUMNS})
        ds.CommitTransaction()
    finally:
        ds = None
    return len(tables.get(SURVEY, {}))


@gdal_exceptions()
def read_base(gpkg) -> Base | None:
    """The :class:`Base` stored by :func:`write_base` (or by 0.2.0); None without a base."""
    from osgeo import gdal

    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
    table = ds.GetLayerByName(BASE_TABLE)
    if table is None:
        return None
    base, digest, identity = Base(), hashlib.sha256(), ""
    for feature in table:
        try:
            value = json.loads(feature.GetField("value"))
            kind, key = feature.GetField("kind") or "", feature.GetField("key")
            digest.update(f"{kind}\t{key}\t{feature.GetField('value')}\n".encode())
            if kind.startswith(ROWS_KIND):
                base.tables.setdefault(kind[len(ROWS_KIND) :], {})[int(key)] = value
            elif kind == PACKAGE_KIND:
                identity = key
                base.time_zone = value.get("time_zone") if isinstance(value, dict) else None
                base.left_out = value.get("left_out") if isinstance(value, dict) else None
            elif kind == SURVEY:
                base.legacy = base.legacy or {}
                base.legacy[key] = value
            else:
                base.log[key] = value
        except (TypeError, ValueError) as err:
            raise CartongError(
                tr("The table {table} of {file} is damaged (row {row}): the package cannot be merged safely.").format(
                    table=BASE_TABLE, file=Path(gpkg).name, row=feature.GetFID()
                ),
                path=str(gpkg),
            ) from err
    ds = None
    base.identity = identity or digest.hexdigest()  # older packages: told apart by their base
    return base
