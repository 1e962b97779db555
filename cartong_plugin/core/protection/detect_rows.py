# SPDX-License-Identifier: GPL-3.0-or-later
"""Every value of a layer that detection tests, read fast: texts, whole numbers and decimals.

Detection reads every row (a question added in a later version of the form is empty in the first
rows), so reading must be cheap on a survey of 100 000 submissions. Only the columns whose values a
pattern can test are read: texts, numbers and booleans; dates and date-times hold no name, phone or
position, and the primary key (fid) is a row number. A GeoPackage table (the toolkit's own surveys)
is read with SQLite in read-only mode, which gives Python values directly; any other layer (PostGIS,
memory, a filtered layer) through QGIS.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing

from ..base.qgis_compat import field_kind
from .companions import _gpkg_of
from .detect_values import tally_values

_READ_KINDS = ("string", "int", "double", "bool")


def layer_values(
    layer, at_most: int | None = None, between_chunks=None
) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """({column: Counter of its texts}, {column: Counter of its decimals}) of every row of ``layer``, or of
    about ``at_most`` rows spread evenly over it (every n-th row, never only the first ones).

    Columns that are not read (dates...) get empty counters. ``between_chunks`` is called every few
    thousand rows and may raise to stop the reading (a cancel); the file is closed then too.
    """
    fields = layer.fields()
    columns = fields.names()
    keys = set(layer.primaryKeyAttributes())  # the row number (fid) holds nothing about anyone
    read = [f.name() for i, f in enumerate(fields) if field_kind(f) in _READ_KINDS and i not in keys]
    count = layer.featureCount()
    step = -(-count // at_most) if at_most and count > at_most else 1
    rows = _geopackage_rows(layer, read, step)
    if rows is None:
        rows = _qgis_rows(layer, read, step)
    try:
        texts, numbers = tally_values(read, rows, between_chunks=between_chunks)
    finally:
        rows.close()  # a reading stopped midway closes its SQLite connection now, not when collected
    for column in columns:
        texts.setdefault(column, Counter())
        numbers.setdefault(column, Counter())
    return texts, numbers


def _geopackage_rows(layer, columns: list[str], step: int = 1):
    """The rows of ``columns`` from the GeoPackage table behind ``layer``, or None to read through QGIS."""
    path, table = _gpkg_of(layer)
    if path is None or layer.subsetString() or not columns:
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        stored = {row[1] for row in db.execute(f'PRAGMA table_info("{_quoted(table)}")')}
    except sqlite3.Error:
        return None
    kind = db.execute("SELECT type FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    if not set(columns) <= stored or (step > 1 and kind != ("table",)):  # a joined field, a view: through QGIS
        db.close()
        return None
    names = ", ".join(f'"{_quoted(c)}"' for c in columns)
    every = f" WHERE rowid % {int(step)} = 0" if step > 1 else ""
    return _rows_then_close(db, f'SELECT {names} FROM "{_quoted(table)}"{every}')


def _rows_then_close(db, sql: str):
    with closing(db):
        cursor = db.execute(sql)
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                return
            yield from rows


def _qgis_rows(layer, columns: list[str], step: int = 1):
    from qgis.core import QgsFeatureRequest

    fields = layer.fields()
    indices = [fields.indexOf(c) for c in columns]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(indices)
    for number, feature in enumerate(layer.getFeatures(request)):
        if number % step == 0:
            attributes = feature.attributes()
            yield [attributes[i] for i in indices]


def _quoted(name: str) -> str:
    return name.replace('"', '""')
