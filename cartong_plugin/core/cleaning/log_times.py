# SPDX-License-Identifier: GPL-3.0-or-later
"""The UTC offset a cleaning log's date-time without one is meant in: the survey's own.

The import keeps a date-time that came with an offset (``10:58:34+03:00``) in UTC (``07:58:34Z``), so a
new value typed ``2021-07-05T10:40`` (or an Excel date-time cell, which has no zone) into such a column
is a local time of the survey: ``RawOffsets.offset(fid, column)`` reads the offset of that submission's
own answer in the raw table (``raw_<table>``, row for row with the typed one). An answer received without
an offset was taken as it is by the import, and so is the new value; when the raw table gives nothing to
go by (no answer, no raw table: a survey in PostgreSQL), ``apply_log`` refuses a value without an offset
in a column kept in UTC, asking for one.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

from ..base.i18n import tr

_OFFSET = re.compile(r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)$", re.IGNORECASE)
AS_RECEIVED = ""  # the answer came without an offset: the import took it as it is


class RawOffsets:
    """The offsets of a GeoPackage survey's raw date-times, read once per column when first asked."""

    def __init__(self, gpkg: str, table: str, names: dict):
        self.gpkg, self.table, self.names = gpkg, table, names
        self.columns: dict[str, dict[int, str]] = {}

    def offset(self, fid: int, column: str) -> str | None:
        """``+03:00`` or ``Z`` for the raw answer of the feature ``fid``, AS_RECEIVED when it has none,
        None when the raw table gives nothing to go by."""
        if column not in self.columns:
            self.columns[column] = self._read(column)
        return self.columns[column].get(fid)

    def kept_in_utc(self, column: str) -> bool:
        """Whether the typed table keeps ``column`` in UTC (its date-times are written with "Z")."""
        from ..survey.gpkg_writer import quote

        try:
            with closing(sqlite3.connect(f"file:{self.gpkg}?mode=ro", uri=True)) as db:
                found = db.execute(
                    f"SELECT {quote(column)} FROM {quote(self.table)} WHERE {quote(column)} IS NOT NULL LIMIT 1"
                ).fetchone()
        except sqlite3.Error:
            return False
        return found is not None and str(found[0]).strip().upper().endswith("Z")

    def _read(self, column: str) -> dict[int, str]:
        from ..survey.gpkg_writer import quote, table_columns

        if not self.gpkg or not self.table:
            return {}
        try:
            with closing(sqlite3.connect(f"file:{self.gpkg}?mode=ro", uri=True)) as db:
                raw = f"raw_{self.table}"
                headers = table_columns(db, raw)[0]
                spelt = [h for h in headers if self.names.get(h) == column] or [h for h in headers if h == column]
                if not spelt:
                    return {}
                rows = db.execute(f"SELECT fid, {quote(spelt[0])} FROM {quote(raw)}").fetchall()
        except sqlite3.Error:
            return {}
        offsets = {}
        for fid, text in rows:
            if text is None or not str(text).strip():
                continue
            found = _OFFSET.search(str(text).strip())
            offsets[fid] = found.group(1) if found else AS_RECEIVED
        return offsets


def offset_seconds(offset: str) -> int:
    """``+03:00`` as 10800, ``Z`` as 0."""
    if offset.upper() == "Z":
        return 0
    digits = offset[1:].replace(":", "")
    seconds = int(digits[:2]) * 3600 + int(digits[2:4] or 0) * 60
    return -seconds if offset[0] == "-" else seconds


def no_offset_sentence(text: str, column: str, row: int, source: str) -> str:
    """Refusal of a date-time without an offset for a column kept in UTC, when the survey gives none."""
    return tr(
        "Row {row} of the cleaning log {file}: '{value}' has no UTC offset, and {column} is kept in UTC while "
        "the survey gives no offset for that submission. Write it with its offset, e.g. 2021-07-05T10:40:00+03:00 "
        "(Z for UTC)."
    ).format(row=row, file=source, value=text, column=column)
