# SPDX-License-Identifier: GPL-3.0-or-later
"""Cells of a returned copy that hold text their column's type cannot hold, read as SQLite stores them.

A team editing its copy in DB Browser for SQLite or in a text widget can write ``'12/03/2024'`` into a
DATE column or ``'30 500,5'`` / ``'six'`` into a REAL or INTEGER one: SQLite keeps the text, and OGR
reads it as NULL (a date) or as its numeric prefix or 0 (a number). Merged so, it would erase the
office's value. Such cells are found here with ``typeof()`` (and, for dates, their form) so that the
merge lists them with their raw text and never writes OGR's reading of them.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

from ..survey.gpkg_writer import quote

NOT_A_DATE = "not_a_date"
NOT_A_NUMBER = "not_a_number"
NOT_AN_INTEGER = "not_an_integer"  # a decimal in an INTEGER column: OGR would drop its decimals
_INTEGERS = {"INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT", "BOOLEAN"}
_REALS = {"REAL", "FLOAT", "DOUBLE"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d*)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?")


def unreadable_cells(gpkg, tables) -> dict[str, dict[int, dict[str, tuple[str, str]]]]:
    """{table: {fid: {column: (raw text, reason)}}} of the cells of ``tables`` in ``gpkg`` that OGR
    would not read as written; empty when the file cannot be read by SQLite (OGR will say why)."""
    found: dict[str, dict[int, dict[str, tuple[str, str]]]] = {}
    try:
        with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
            for table in tables:
                columns = db.execute(f"PRAGMA table_info({quote(table)})").fetchall()
                key = next((c[1] for c in columns if c[5]), "rowid")
                for _cid, name, declared, _notnull, _default, primary in columns:
                    for fid, raw, reason in _odd(db, table, key, name, (declared or "").split("(")[0].upper().strip()):
                        if not primary:
                            found.setdefault(table, {}).setdefault(fid, {})[name] = (raw, reason)
    except sqlite3.Error:
        return {}
    return found


def _odd(db, table: str, key: str, column: str, declared: str):
    """(fid, raw text, reason) of the cells of ``column`` its declared type cannot hold."""
    cells = f"SELECT {quote(key)}, {quote(column)}, typeof({quote(column)}) FROM {quote(table)}"
    if declared in _INTEGERS:
        for fid, raw, kind in db.execute(f"{cells} WHERE typeof({quote(column)}) IN ('text', 'real')"):
            yield fid, str(raw), NOT_AN_INTEGER if kind == "real" else NOT_A_NUMBER
    elif declared in _REALS:
        for fid, raw, _kind in db.execute(f"{cells} WHERE typeof({quote(column)}) = 'text'"):
            yield fid, raw, NOT_A_NUMBER
    elif declared in ("DATE", "DATETIME"):
        form = _DATE if declared == "DATE" else _DATETIME
        for fid, raw, _kind in db.execute(f"{cells} WHERE typeof({quote(column)}) IN ('text', 'integer', 'real')"):
            if not form.fullmatch(str(raw).strip()):
                yield fid, str(raw), NOT_A_DATE
