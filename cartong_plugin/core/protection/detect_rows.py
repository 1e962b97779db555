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


def layer_values(layer) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """({column: Counter of its texts}, {column: Counter of its decimals}) of every row of ``layer``.

    Columns that are not read (dates...) get empty counters.
    """
    fields = layer.fields()
    columns = fields.names()
    keys = set(layer.primaryKeyAttributes())  # the row number (fid) holds nothing about anyone
    read = [f.name() for i, f in enumerate(fields) if field_kind(f) in _READ_KINDS and i not in keys]
    rows = _geopackage_rows(layer, read)
    if rows is None:
        rows = _qgis_rows(layer, read)
    texts, numbers = tally_values(read, rows)
    for column in columns:
        texts.setdefault(column, Counter())
        numbers.setdefault(column, Counter())
    return texts, numbers


def _geopackage_rows(layer, columns: list[str]):
    """The rows of ``columns`` from the GeoPackage table behind ``layer``, or None to read through QGIS."""
    path, table = _gpkg_of(layer)
    if path is None or layer.subsetString() or not columns:
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        stored = {row[1] for row in db.execute(f'PRAGMA table_info("{_quoted(table)}")')}
    except sqlite3.Error:
        return None
    if not set(columns) <= stored:  # a joined or virtual field: only QGIS knows its values
        db.close()
        return None
    names = ", ".join(f'"{_quoted(c)}"' for c in columns)
    return _rows_then_close(db, f'SELECT {names} FROM "{_quoted(table)}"')


def _rows_then_close(db, sql: str):
    with closing(db):
        cursor = db.execute(sql)
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                return
            yield from rows


def _qgis_rows(layer, columns: list[str]):
    from qgis.core import QgsFeatureRequest

    fields = layer.fields()
    indices = [fields.indexOf(c) for c in columns]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(indices)
    for feature in layer.getFeatures(request):
        attributes = feature.attributes()
        yield [attributes[i] for i in indices]


def _quoted(name: str) -> str:
    return name.replace('"', '""')
