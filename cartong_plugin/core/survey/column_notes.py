# SPDX-License-Identifier: GPL-3.0-or-later
"""The columns of an import as received: the ``cartong_columns`` table and the GeoPackage field notes.

Whatever the file says about a column besides its values stays in the GeoPackage: its header as
received (before a repeated name got a suffix), its HXL hashtag, the extra header rows above the
tags, and which typed column it became. ``cartong_columns`` holds one row per column of every raw
table. The GeoPackage schema extension (``gpkg_data_columns``) carries the same as field notes:
the hashtag as the column's description (comment) and the name as received as its alias, which
GDAL 3.7+ and QGIS show; older versions ignore the table.
"""

from __future__ import annotations

import json
from contextlib import closing

from ..base.i18n import tr
from . import gpkg_writer as gw
from .central_uuid import UUID, uuid_source
from .submission_ids import is_instance_id

COLUMNS_TABLE = "cartong_columns"
_FIELDS = (
    "table_name",
    "column_name",
    "position",
    "received_name",
    "hxl_tag",
    "header_rows",
    "typed_table",
    "typed_column",
)
_DATA_COLUMNS_SQL = (
    "CREATE TABLE IF NOT EXISTS gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
    "name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, "
    "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), "
    "CONSTRAINT fk_gdc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name))"
)
_CONSTRAINTS_SQL = (  # the schema extension's second table (GeoPackage 1.2 req. 141), left empty
    "CREATE TABLE IF NOT EXISTS gpkg_data_column_constraints (constraint_name TEXT NOT NULL, "
    "constraint_type TEXT NOT NULL, value TEXT, min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, "
    "max_is_inclusive BOOLEAN, description TEXT, CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value))"
)
_EXTENSIONS_SQL = (
    "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
    "definition TEXT NOT NULL, scope TEXT NOT NULL, "
    "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"
)


def column_rows(tables, plans, names) -> list[tuple]:
    """One ``cartong_columns`` row per column of each raw table (``_FIELDS`` order)."""
    rows = []
    typed_of = {
        table.name: (typed, {c.header: c.name for c in plan})
        for table, plan, (typed, _raw) in zip(tables, plans, names)
    }
    derived = uuid_source(plans[0]) if plans else None  # the column _uuid is made from (central_uuid)
    for number, (table, (typed, raw)) in enumerate(zip(tables, names)):
        notes = table.notes
        received = notes.received if len(notes.received) == len(table.headers) else table.headers
        for index, header in enumerate(table.headers):
            tag = notes.hxl[index] if notes.hxl else ""
            above = notes.header_rows[index] if notes.header_rows else []
            # a flattened repeat column became a column of its repeat's table (flat_repeats)
            target, key = table.moved.get(index, (table.name, header))
            typed_table, typed_names = typed_of.get(target, (typed, {}))
            typed_name = typed_names.get(key, "")
            rows.append(
                (
                    raw,
                    header,
                    index + 1,
                    received[index],
                    tag or None,
                    json.dumps(above, ensure_ascii=False) if any(t.strip() for t in above) else None,
                    typed_table if typed_name else None,
                    typed_name or None,
                )
            )
            if number == 0 and derived is not None and derived.index == index:
                rows.append((raw, header, index + 1, received[index], None, None, typed, UUID))
    return rows


def write_column_notes(path, tables, plans, names) -> None:
    """Create and fill ``cartong_columns`` and the field notes of the GeoPackage ``path`` (just written)."""
    from osgeo import ogr

    rows = column_rows(tables, plans, names)
    gw.create_gpkg(
        path,
        [
            {
                "name": COLUMNS_TABLE,
                "fields": [(name, ogr.OFTInteger if name == "position" else ogr.OFTString) for name in _FIELDS],
            }
        ],
    )
    notes = []  # (table, column, alias, description) for gpkg_data_columns
    listed = set()
    for raw, header, _position, received, tag, _above, typed, typed_name in rows:
        if (raw, header) in listed:  # the second row of a column: a typed column derived from it
            notes.append((typed, typed_name, None, _derived_note(header)))
            continue
        listed.add((raw, header))
        alias = received if received != header else None
        if tag or alias:
            notes.append((raw, header, alias, tag))
            if typed_name:
                notes.append((typed, typed_name, alias, tag))
    with closing(gw.connect(path)) as db:
        gw.insert_rows(db, COLUMNS_TABLE, list(_FIELDS), rows)
        db.execute(
            "UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
            (len(rows), COLUMNS_TABLE),
        )
        if notes:
            db.execute("BEGIN")
            db.execute(_DATA_COLUMNS_SQL)
            db.execute(_CONSTRAINTS_SQL)
            db.execute(_EXTENSIONS_SQL)
            db.executemany(
                "INSERT OR IGNORE INTO gpkg_extensions VALUES (?, NULL, 'gpkg_schema', "
                "'http://www.geopackage.org/spec121/#extension_schema', 'read-write')",
                [("gpkg_data_columns",), ("gpkg_data_column_constraints",)],
            )
            db.executemany(
                "INSERT OR REPLACE INTO gpkg_data_columns (table_name, column_name, name, description) "
                "VALUES (?, ?, ?, ?)",
                notes,
            )
            db.execute("COMMIT")


def _derived_note(header: str) -> str:
    """The field note of ``_uuid`` made from the column ``header`` (``central_uuid``)."""
    if not is_instance_id(header):  # KEY: the submission's id, kept through its edits on the server
        return tr(
            "The submission's id, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid and "
            "the ODK download writes it: it stays the same when the submission is edited on the server (the raw "
            "table keeps {column} as received)."
        ).format(column=header)
    return tr(
        "The submission's instanceID, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid "
        "(the raw table keeps {column} as received)."
    ).format(column=header)


def copy_column_notes(source_gpkg, source_table: str, out_gpkg, layer: str) -> bool:
    """The ``cartong_columns`` rows of the typed table ``source_table`` copied into the new GeoPackage
    ``out_gpkg`` (not yet renamed) for its layer ``layer``, the cleaned copy of that table: runchecks on
    the cleaned layer then still knows which export column each column came from (two questions of one
    name, ``checks/question_columns``). False when there is nothing to copy or it could not be copied:
    the checks then take such columns in the form's order and say so."""
    from osgeo import gdal

    from ..base.gdal_errors import gdal_exceptions

    try:
        with gdal_exceptions():
            source = gdal.OpenEx(str(source_gpkg), gdal.OF_VECTOR | gdal.OF_READONLY)
            notes = source.GetLayerByName(COLUMNS_TABLE)
            out = gdal.OpenEx(str(out_gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
            if notes is None or out.GetLayerByName(COLUMNS_TABLE) is not None:
                return False
            notes.SetAttributeFilter("lower(typed_table) = lower('{}')".format(source_table.replace("'", "''")))
            if out.CopyLayer(notes, COLUMNS_TABLE, ["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"]) is None:
                return False
            out.ExecuteSQL(
                f"UPDATE {gw.quote(COLUMNS_TABLE)} SET typed_table = '{layer.replace(chr(39), chr(39) * 2)}'"
            )
            out = source = None
    except RuntimeError:
        return False
    return True
