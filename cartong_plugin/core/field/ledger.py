# SPDX-License-Identifier: GPL-3.0-or-later
"""What the office took from each returned package, so that the same package merged again (or a later
copy of it) is compared with what was merged last time, not with the state it left the office in.

The office table ``cartong_field_merged`` holds, per package (a hash of its base), per table and row
(``base:<base fid>`` for a row the package left with, ``new:<field fid>`` for a row the field added),
the office fid and the row's values as merged. A field row added and merged before is then never added
twice, and the team's later corrections to it are applied like any field edit.
"""

from __future__ import annotations

import json

LEDGER_TABLE = "cartong_field_merged"
_COLUMNS = ("package", "table_name", "row_key", "office_fid", "value")


class Ledger:
    """The rows one package brought into the office: {(table, row key): (office fid, values)}."""

    def __init__(self, package: str, rows: dict | None = None):
        self.package = package
        self.rows: dict[tuple[str, str], tuple[int, dict]] = rows or {}
        self.changed: dict[tuple[str, str], tuple[int, dict]] = {}

    def get(self, table: str, key: str) -> tuple[int, dict] | None:
        return self.changed.get((table, key)) or self.rows.get((table, key))

    def put(self, table: str, key: str, office_fid: int, values: dict) -> None:
        self.changed[(table, key)] = (office_fid, values)

    def office_fids(self, table: str) -> set[int]:
        return {fid for (name, _key), (fid, _values) in {**self.rows, **self.changed}.items() if name == table}

    def uuids(self, table: str) -> set[str]:
        """The _uuid of the rows of ``table`` this package added to the office."""
        rows = {**self.rows, **self.changed}
        return {
            values.get("_uuid") or ""
            for (name, key), (_f, values) in rows.items()
            if name == table and key[:4] == "new:"
        }


def read_ledger(ds, package: str) -> Ledger:
    """The ledger of ``package`` kept in the office dataset ``ds`` (empty when never merged)."""
    table = ds.GetLayerByName(LEDGER_TABLE)
    rows = {}
    if table is not None:
        table.SetAttributeFilter(None)
        for feature in table:
            if feature.GetField("package") == package:
                key = (feature.GetField("table_name"), feature.GetField("row_key"))
                rows[key] = (int(feature.GetField("office_fid")), json.loads(feature.GetField("value")))
    return Ledger(package, rows)


def write_ledger(ds, ledger: Ledger) -> None:
    """Add or update the rows merged this time (inside the caller's transaction)."""
    from osgeo import ogr

    if not ledger.changed:
        return
    table = ds.GetLayerByName(LEDGER_TABLE)
    if table is None:
        table = ds.CreateLayer(LEDGER_TABLE, geom_type=ogr.wkbNone, options=["FID=fid"])
        for column in _COLUMNS:
            table.CreateField(ogr.FieldDefn(column, ogr.OFTInteger64 if column == "office_fid" else ogr.OFTString))
    where = {}
    for feature in table:
        if feature.GetField("package") == ledger.package:
            where[(feature.GetField("table_name"), feature.GetField("row_key"))] = feature.GetFID()
    for (name, key), (office_fid, values) in ledger.changed.items():
        fid = where.get((name, key))
        feature = table.GetFeature(fid) if fid is not None else ogr.Feature(table.GetLayerDefn())
        for column, value in zip(_COLUMNS, (ledger.package, name, key, office_fid, json.dumps(values))):
            feature.SetField(column, value)
        if fid is None:
            table.CreateFeature(feature)
        else:
            table.SetFeature(feature)
