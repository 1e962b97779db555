# SPDX-License-Identifier: GPL-3.0-or-later
"""Date-times of a shared copy exactly as the survey stores them: milliseconds and time zone kept.

The import stores a date-time as ISO 8601 text with milliseconds and "Z" for UTC
(``2026-02-25T09:08:16.520Z``). QGIS 3.22 reads it as a time without a zone, and its file writer stores
``2026-02-25T09:08:16.000``: a partner would read UTC times as local ones and lose the milliseconds of
durations. :class:`StoredDateTimes` gives each value the survey's own text (same feature, same second),
for the CSV as it is written and for the GeoPackage once QGIS has written it
(:func:`write_exact_date_times`), as ``cleaning.cleaned_layer.restore_exact_values`` does for the
cleaned layer. A layer that is not a GeoPackage table gets its values with milliseconds and the zone
QGIS knows.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from ..base.qgis_compat import field_kind
from .companions import _gpkg_of


def date_time_columns(fields, names) -> list[str]:
    """The columns of ``names`` whose field in ``fields`` holds date-times."""
    return [name for name in names if fields.indexOf(name) >= 0 and field_kind(fields.field(name)) == "datetime"]


class StoredDateTimes:
    """The text of the date-time ``columns`` of ``layer`` as its GeoPackage stores them, by feature id."""

    def __init__(self, layer, columns: list[str]):
        self.columns = list(columns)
        self.stored: dict[int, tuple] = {}
        path, table = _gpkg_of(layer)
        if path is None or not self.columns:
            return
        from ..survey.gpkg_writer import quote, table_columns

        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                present, key = table_columns(db, table)
                if not key or any(column not in present for column in self.columns):
                    return
                selected = ", ".join(quote(column) for column in self.columns)
                rows = db.execute(f"SELECT {quote(key)}, {selected} FROM {quote(table)}")
                self.stored = {row[0]: row[1:] for row in rows}
        except sqlite3.Error:  # read as QGIS reads it, below
            self.stored = {}

    def text(self, feature_id: int, column: str, value):
        """``value`` (a QDateTime, or None) as the survey stores it: its stored text when that is the same
        second, else ISO 8601 with milliseconds and the zone QGIS knows ("Z", "+01:00" or none)."""
        if value is None or not hasattr(value, "toString"):
            return value
        stored = self.stored.get(feature_id)
        text = stored[self.columns.index(column)] if stored is not None else None
        if isinstance(text, str) and _same_second(text, value):
            return text
        from qgis.PyQt.QtCore import Qt

        return value.toString(Qt.DateFormat.ISODateWithMs)


def _same_second(text: str, value) -> bool:
    """Whether the stored ``text`` is ``value`` to the second: as written, or as the same instant."""
    from qgis.PyQt.QtCore import QDateTime, Qt

    text = text.strip().replace(" ", "T")
    if text[:19] == value.toString("yyyy-MM-ddTHH:mm:ss"):
        return True
    parsed = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
    return parsed.isValid() and parsed.toSecsSinceEpoch() == value.toSecsSinceEpoch()


def write_exact_date_times(gpkg: str, table: str, fields, records) -> int:
    """Write the date-time texts of ``records`` (attributes in ``fields`` order) into ``table`` of ``gpkg``,
    which QGIS has just written row by row in that order. Returns the cells written."""
    from ..survey.gpkg_writer import quote, triggers_suspended

    columns = [(index, name) for index, name in enumerate(fields.names()) if field_kind(fields.at(index)) == "datetime"]
    if not columns:
        return 0
    done = 0
    with closing(sqlite3.connect(gpkg)) as db:
        fids = [row[0] for row in db.execute(f"SELECT fid FROM {quote(table)} ORDER BY fid")]
        if len(fids) != len(records):
            raise sqlite3.OperationalError(f"{len(fids)} of {len(records)} rows")
        with triggers_suspended(db, [table]):  # GDAL's R-tree triggers call ST_ functions plain SQLite lacks
            for index, name in columns:
                done += sum(
                    db.execute(f"UPDATE {quote(table)} SET {quote(name)} = ? WHERE fid = ?", (text, fid)).rowcount
                    for fid, (attributes, _geometry) in zip(fids, records)
                    if isinstance(text := attributes[index], str)
                )
        db.commit()
    return done
