# SPDX-License-Identifier: GPL-3.0-or-later
"""The office table ``field_conflicts`` (and the CSV beside it): one row per field change the merge did
not take, or took and listed to be checked, with its reason; a package merged twice adds no row twice."""

from __future__ import annotations

from ..servers.geopackage import utc_now
from .rows import Conflict

CONFLICTS_TABLE = "field_conflicts"
CONFLICT_COLUMNS = (
    "merged_at",
    "package",
    "table_name",
    "uuid",
    "question",
    "base_value",
    "office_value",
    "field_value",
    "office_who",
    "office_when",
    "field_who",
    "field_when",
    "kept",
    "office_fid",
    "field_fid",
    "reason",
)


def conflict_row(conflict: Conflict, merged_at: str = "", package: str = "") -> list:
    return [
        merged_at,
        package,
        conflict.table,
        conflict.uuid,
        conflict.question,
        conflict.base,
        conflict.office,
        conflict.field,
        conflict.office_who,
        conflict.office_when,
        conflict.field_who,
        conflict.field_when,
        conflict.kept,
        conflict.office_fid,
        conflict.field_fid,
        conflict.reason,
    ]


def record_conflicts(ds, conflicts: list[Conflict], package: str) -> int:
    """Add the conflicts the table does not hold yet (a package merged twice brings the same ones):
    how many were added."""
    from osgeo import ogr

    table = ds.GetLayerByName(CONFLICTS_TABLE)
    if table is None:
        table = ds.CreateLayer(CONFLICTS_TABLE, geom_type=ogr.wkbNone, options=["FID=fid"])
        for column in CONFLICT_COLUMNS:
            table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    known = {table.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(table.GetLayerDefn().GetFieldCount())}
    for column in CONFLICT_COLUMNS:
        if column not in known:  # a table written by 0.2.0
            table.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    same = (*range(2, 8), *range(13, 16))  # table, uuid, question, the values, the rows, the reason

    def key_of(values) -> tuple:
        return tuple(values[i] or None for i in same)

    recorded = {key_of([feature.GetField(column) for column in CONFLICT_COLUMNS]) for feature in table}
    merged_at, added = utc_now(), 0
    for conflict in conflicts:
        row = conflict_row(conflict, merged_at, package)
        key = key_of([None if value is None else str(value) for value in row])
        if key in recorded:
            continue
        recorded.add(key)
        feature = ogr.Feature(table.GetLayerDefn())
        for column, value in zip(CONFLICT_COLUMNS, row):
            if value is not None:
                feature.SetField(column, value)
        table.CreateFeature(feature)
        added += 1
    return added
