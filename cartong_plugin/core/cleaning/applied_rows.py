# SPDX-License-Identifier: GPL-3.0-or-later
"""Which rows of a cleaning log a cleaned GeoPackage was built with, so that applying the log again to it
changes nothing.

A log applied twice must not act twice: a duplicated uuid's remove_survey applied to the cleaned layer,
where the later copies are already gone, removed the copy the first run kept. ``cartong:applycleaninglog``
writes beside a cleaned layer (a new GeoPackage) the table ``cleaning_applied``: one row per log row that
changed or removed something, named by what it decides (uuid, question, check, old and new value, change
type), with the log file and its row. Applied again to that layer, ``skip_applied`` leaves out the rows
recorded there, said in one sentence; the new output records them again, with the rows applied now.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

from ..base.errors import CartongError
from ..base.i18n import tr, trn
from .log import BLANK_RESPONSE, CHANGE_RESPONSE, REMOVE_SURVEY, now_iso

APPLIED_TABLE = "cleaning_applied"
_ACTING = (CHANGE_RESPONSE, BLANK_RESPONSE, REMOVE_SURVEY)
_KEY = ("uuid", "question", "check_id", "old_value", "change_type", "new_value")
_COLUMNS = ("layer", *_KEY, "log_file", "log_row", "applied_at")


def row_key(entry) -> tuple[str, ...]:
    """What a log row decides, as recorded: a row of another log that decides the same is the same row."""
    new = entry.new_value if entry.change_type == CHANGE_RESPONSE else ""
    return (
        entry.uuid.strip(),
        entry.question.strip(),
        entry.check_id.strip(),
        (entry.old_value or "").strip(),
        entry.change_type,
        (new or "").strip(),
    )


def read_applied(gpkg, table: str) -> list[dict]:
    """The rows recorded as applied to the layer ``table`` of ``gpkg`` ([] when none are)."""
    if not gpkg or not table:
        return []
    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            found = db.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM {APPLIED_TABLE} WHERE layer = ? ORDER BY fid", (table,)
            ).fetchall()
    except sqlite3.Error:  # no such table: a survey, or a layer cleaned before the record existed
        return []
    return [dict(zip(_COLUMNS, ("" if value is None else value for value in row))) for row in found]


def skip_applied(log: list, recorded: list[dict], source: str) -> tuple[list, str]:
    """(``log`` without the rows ``recorded`` as applied, the sentence saying how many were left out).

    Each entry keeps its row number (its row in a file, its fid or log_id in a table; an entry read from
    nowhere gets its rank, counting a header as row 1), so that what is said of the others names their rows.
    """
    numbered = [replace(entry, row=entry.row or index) for index, entry in enumerate(log, start=2)]
    if not recorded:
        return numbered, ""
    done = {tuple(str(row[name]) for name in _KEY) for row in recorded}
    kept = [e for e in numbered if e.change_type not in _ACTING or row_key(e) not in done]
    skipped = [e.row for e in numbered if e.change_type in _ACTING and row_key(e) in done]
    if not skipped:
        return kept, ""
    rows = ", ".join(str(number) for number in skipped[:20]) + (" ..." if len(skipped) > 20 else "")
    return kept, trn(
        "%n row of the cleaning log {file} was already applied to this layer by an earlier run (row {rows}, "
        "recorded in its table {table}): it was skipped, so that nothing is changed or removed twice.",
        "%n rows of the cleaning log {file} were already applied to this layer by an earlier run (rows {rows}, "
        "recorded in its table {table}): they were skipped, so that nothing is changed or removed twice.",
        len(skipped),
    ).format(file=source, rows=rows, table=APPLIED_TABLE)


def applied_records(log: list, numbers, layer: str, source: str, earlier: list[dict]) -> list[dict]:
    """The record of the cleaned layer ``layer``: what its input had (``earlier``), then the rows of ``log``
    whose numbers are ``numbers`` (the rows the plan applied), once each."""
    when = now_iso()
    wanted = set(numbers)
    records = [{**row, "layer": layer} for row in earlier]
    seen = {tuple(str(row[name]) for name in _KEY) for row in records}
    for entry in log:
        key = row_key(entry)
        if entry.row in wanted and key not in seen:
            seen.add(key)
            records.append(
                {"layer": layer, **dict(zip(_KEY, key)), "log_file": source, "log_row": entry.row, "applied_at": when}
            )
    return records


def write_applied(gpkg, records: list[dict]) -> None:
    """The table ``cleaning_applied`` holding ``records`` added to the GeoPackage ``gpkg`` (a new output,
    not yet renamed to its name): CartongError when it cannot be written."""
    from osgeo import ogr

    from ..base.gdal_errors import gdal_exceptions

    try:
        with gdal_exceptions():
            dataset = ogr.Open(str(gpkg), update=1)
            table = dataset.CreateLayer(
                APPLIED_TABLE, geom_type=ogr.wkbNone, options=["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"]
            )
            for name in _COLUMNS:
                table.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "log_row" else ogr.OFTString))
            dataset.StartTransaction()
            for record in records:
                row = ogr.Feature(table.GetLayerDefn())
                for name in _COLUMNS:
                    value = record.get(name, "")
                    if value not in ("", None):
                        row.SetField(name, int(value) if name == "log_row" else str(value))
                table.CreateFeature(row)
            dataset.CommitTransaction()
            table = dataset = None
    except RuntimeError as err:
        raise CartongError(
            tr(
                "The cleaned GeoPackage could not record which rows of the cleaning log it was built with ({reason}). "
                "Nothing was written under its name."
            ).format(reason=str(err))
        ) from err
