# SPDX-License-Identifier: GPL-3.0-or-later
"""Raw tables of CSV exports written by GDAL in a thread while pandas reads the same files.

Why: the raw table is every value of the export as text; inserting six million Python strings
through sqlite3 was a third of an import. GDAL's CSV reader and GeoPackage writer do the same
in C and release the GIL, so they run on the other core while pandas parses the file for
typing (``import_survey``): the import then costs little more than the parse.

GDAL and pandas split well-formed CSV identically, but not hand-edited oddities (a stray quote
inside a value, a line break inside quotes in a CRLF file, a row cut short). The raw table must
hold exactly the text pandas read, so GDAL's table is kept only when checked against pandas:
same column names and row count, no short row, and every row whose values hold a quote, a line
break or a NUL compared value for value (rows without them were found to split identically,
``tests/test_raw_copy.py`` fuzzes that). Names and row count are checked as soon as GDAL is
done; the values are compared in a thread while the caller's typed inserts run (SQLite, without
the GIL). When they differ, the caller writes the whole file again with the rows from pandas.
Nothing here is ever the only copy of the data: it is an optimisation with a checked fallback.
"""

from __future__ import annotations

import codecs
import re
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..base.gdal_errors import gdal_options
from .csv_delimiter import choose_delimiter, gdal_splits_alike
from .export_readers import SAMPLE_BYTES
from .export_shape import rows_as_received
from .gpkg_writer import MAX_COLUMNS

# a header naming WKT (GDAL's CSV driver reads such a column as a geometry) is left to pandas
_GEOMETRY_HEADER = "wkt"
_SUSPECT = ('"', "\n", "\r", "\x00")
_SUSPECT_SEARCH = re.compile('["\n\r\x00]').search


def can_copy(csv_path, widest: int = MAX_COLUMNS - 1) -> bool:
    """Whether GDAL may write the raw table of this file: a UTF-8 CSV on disk with a plain header,
    without the .csvt file that would make GDAL type its columns, that GDAL splits with the delimiter
    pandas uses (``read_csv_text`` chooses it from the same sample: GDAL 3.6 takes no delimiter option
    and decides from the first line alone, so a copy split otherwise would only be refused later), and
    of at most ``widest`` columns, the most its tables may have (``gpkg_writer.most_columns``; a fid beside)."""
    path = Path(str(csv_path))
    if path.suffix.lower() != ".csv" or not path.is_file():
        return False
    if any(path.with_suffix(ext).exists() for ext in (".csvt", ".CSVT", ".Csvt")):
        return False
    try:
        with open(path, "rb") as handle:
            sample = handle.read(SAMPLE_BYTES)  # the reader's sample: the same delimiter is chosen
    except OSError:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in sample:
        return False
    first_line = sample.split(b"\n", 1)[0].decode("utf-8", errors="replace").casefold()
    if _GEOMETRY_HEADER in first_line:
        return False
    if max(first_line.count(d) for d in ",;\t|") + 1 > widest:  # too wide: the import refuses it
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(sample) - 4:  # not only a character cut by the sample's end
            return False
    text = sample.decode("utf-8", errors="replace").lstrip("\ufeff")
    delimiter, _agreed = choose_delimiter(text, complete=len(sample) < SAMPLE_BYTES)
    return gdal_splits_alike(re.split("[\r\n]", text, maxsplit=1)[0], delimiter)


class RawCopy:
    """GDAL copies CSV files into tables of a GeoPackage, one after the other, in a thread.

    ``copies`` are (csv path, table, fid column). ``start()`` begins. The importer then calls
    ``start_checks(pairs)`` (the tables that may be kept), ``may_read()`` once GDAL no longer writes
    the file, and ``failed()`` at the end (the tables to write again from pandas). ``keep(table,
    text_table)`` does all three for one table and drops a refused copy. ``close()`` must be called
    before the GeoPackage is removed or opened by anyone else (the caller does it in ``finally``).
    """

    def __init__(self, gpkg_path, copies: Sequence[tuple[Path | str, str, str]]):
        self.gpkg = str(gpkg_path)
        self.copies = list(copies)
        self.written: set[str] = set()
        self.short_rows: dict[str, tuple[int, int, str]] = {}  # table -> (count, first row, first missing column)
        self.seconds = 0.0
        self._thread = threading.Thread(target=self._run, name="cartong-raw-copy", daemon=True)
        self._checker: threading.Thread | None = None  # start_checks()
        self._reading = threading.Event()
        self._checking: set[str] = set()  # tables handed to the check
        self._passed: set[str] = set()  # those it found exact: any other is failed, a crash included
        self._retry: list[tuple] = []  # compared again by failed() when the file was busy
        self._abandoned = False

    def start(self) -> RawCopy:
        if self.copies:
            self._thread.start()
        return self

    def wait(self) -> None:
        if self._thread.is_alive() or self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        import time

        from osgeo import gdal

        from .gpkg_writer import PAGE_SIZE_PRAGMA

        started = time.perf_counter()
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # thread-local: the warnings are ours to judge
        # a file nobody else reads yet (atomic_output): no journal, no sync; pages as gpkg_writer's
        settings = {"OGR_SQLITE_JOURNAL": "OFF", "OGR_SQLITE_SYNCHRONOUS": "OFF", "OGR_SQLITE_PRAGMA": PAGE_SIZE_PRAGMA}
        try:
            with gdal_options(**settings):
                for csv_path, table, fid in self.copies:
                    if not self._copy(gdal, csv_path, table, fid):
                        self._drop(table)  # a copy that failed half-way must not stay in the way
                        break
                    self.written.add(table)
        finally:
            gdal.PopErrorHandler()
            self.seconds = time.perf_counter() - started

    def _copy(self, gdal, csv_path: Path | str, table: str, fid: str) -> bool:
        try:
            source = gdal.OpenEx(
                str(csv_path),
                gdal.OF_VECTOR | gdal.OF_READONLY,
                allowed_drivers=["CSV"],
                open_options=["HEADERS=YES", "AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "EMPTY_STRING_AS_NULL=NO"],
            )
            if source is None:
                return False
            options = gdal.VectorTranslateOptions(
                format="GPKG",
                accessMode="update" if Path(self.gpkg).exists() else None,
                layerName=table,
                geometryType="NONE",
                layerCreationOptions=[f"FID={fid}"],
            )
            done = gdal.VectorTranslate(self.gpkg, source, options=options)
            ok = done is not None
            done = source = None
        except RuntimeError:  # GDAL exceptions switched on by someone else meanwhile
            return False
        short = _fill_short_rows(self.gpkg, table) if ok else None
        if short is not None:
            self.short_rows[table] = short
        return short is not None

    def keep(self, table: str, text) -> bool:
        """Wait for the copies and the check of ``table``; True when it holds exactly the values of
        ``text`` (a TextTable read by pandas), else the table is dropped (when written) and False."""
        written = self.start_checks([(table, text)])
        self.may_read()
        if table in self.failed():
            self._drop(table)
            return False
        return table in written

    def start_checks(self, pairs: Sequence[tuple[str, Any]]) -> set[str]:
        """Start checking GDAL's tables against pandas' TextTables (``pairs`` of table, text) in a thread;
        wait for the copies and return the tables GDAL wrote that may be kept if their check passes.

        The check starts only at ``may_read()``: the caller may still be creating tables with GDAL,
        and its Python work would contend with the check's for the GIL. The caller writes its typed
        tables meanwhile (SQLite, without the GIL) and asks ``failed()`` at the end.
        """
        # GDAL reads UTF-8 only: a table pandas read in another encoding is dropped at once
        utf8 = [(table, text) for table, text in pairs if text.encoding in ("utf-8", "utf-8-sig")]
        self._checker = threading.Thread(target=self._check, args=(utf8,), name="cartong-raw-check", daemon=True)
        self._checker.start()
        self.wait()
        # other names (renamed or repeated headers, header rows above) would break the caller's SQL at once
        shaped = {table for table, text in utf8 if table in self.written and _same_shape(self.gpkg, table, text)}
        for table in {table for table, _text in pairs} - shaped:
            if table in self.written:
                self._drop(table)
        self._checking = set(shaped)
        return shaped

    def may_read(self) -> None:
        """The GeoPackage may be read beside the caller's own connection from now on."""
        self._reading.set()

    def failed(self) -> set[str]:
        """Wait for the check (``may_read()`` first) and return the tables it did not find exact.

        Call it once the caller's connection is closed: a comparison the caller's writes kept
        waiting is done again here.
        """
        self.may_read()
        if self._checker is not None:
            self._checker.join()
        for table, text, suspects in self._retry:
            try:
                if _same_values(self.gpkg, table, text, suspects):
                    self._passed.add(table)
            except (OSError, MemoryError, sqlite3.Error):
                pass
        self._retry = []
        return self._checking - self._passed

    def close(self) -> None:
        """Wait for the copies and stop the check between two tables, without opening the GeoPackage if
        it has not yet (the caller calls this in ``finally``, before the file may be removed)."""
        self.wait()
        if self._checker is not None:
            self._abandoned = True
            self._reading.set()
            self._checker.join()

    def _check(self, pairs) -> None:
        # the rows to compare are found at once while GDAL still writes (the caller only waits for it
        # then), else after the caller's go-ahead: beside the caller's Python (the GIL) it would only
        # slow both down, beside SQLite's typed inserts it costs little
        early = {}
        for table, text in pairs:
            if self._thread.is_alive() and not self._abandoned:  # else after the go-ahead, as below
                try:
                    early[table] = suspect_rows(rows_as_received(text.frame, text.notes))
                except Exception:  # noqa: BLE001 - found again below, where a failure refuses the copy
                    continue
        self.wait()
        self._reading.wait()
        for table, text in pairs:
            if self._abandoned:
                return
            if table not in self._checking:
                continue
            suspects = None
            try:
                source = next((path for path, name, _fid in self.copies if name == table), None)
                if source is None or _has_lone_cr(source):
                    continue
                suspects = early.pop(table, None) or suspect_rows(rows_as_received(text.frame, text.notes))
                if _same_values(self.gpkg, table, text, suspects):
                    self._passed.add(table)
            except sqlite3.OperationalError as err:
                if suspects is not None and ("locked" in str(err) or "busy" in str(err)):  # compared again later
                    self._retry.append((table, text, suspects))
            except Exception:  # noqa: BLE001 - whatever stops the check refuses the copy: pandas writes it
                continue

    def _drop(self, table: str) -> None:
        """Remove ``table`` (GDAL's copy) from the GeoPackage, if the file and the table exist."""
        from osgeo import gdal

        self.written.discard(table)
        if not Path(self.gpkg).exists():
            return
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            ds = gdal.OpenEx(self.gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
            for index in range(ds.GetLayerCount() if ds is not None else 0):
                if ds.GetLayer(index).GetName() == table:
                    ds.DeleteLayer(index)
                    break
            ds = None
        except RuntimeError:  # GDAL exceptions switched on elsewhere; the importer reports what follows
            pass
        finally:
            gdal.PopErrorHandler()


def _fill_short_rows(gpkg: str, table: str) -> tuple[int, int, str] | None:
    """Missing fields of rows cut short are NULL for GDAL and "" for pandas (the reader fills them):
    filled with "" here. A short row always lacks the last column, which finds them in one scan.

    Returns (count, first row, first missing column) of the short rows, as the reader's
    ``count_short_rows`` would (GDAL tells missing from empty; pandas does not); None on failure.
    """
    from contextlib import closing

    from .gpkg_writer import quote

    try:
        with closing(sqlite3.connect(gpkg, isolation_level=None)) as db:
            info = db.execute(f"PRAGMA table_info({quote(table)})").fetchall()
            key = next((row[1] for row in info if row[5]), "fid")
            names = [row[1] for row in info if not row[5]]
            if not names:
                return 0, 0, ""
            columns = [quote(name) for name in names]
            count, first = db.execute(
                f"SELECT count(*), min({quote(key)}) FROM {quote(table)} WHERE {columns[-1]} IS NULL"
            ).fetchone()
            if not count:
                return 0, 0, ""
            values = db.execute(
                f"SELECT {', '.join(columns)} FROM {quote(table)} WHERE {quote(key)} = ?", (first,)
            ).fetchone()
            column = names[next(i for i, value in enumerate(values) if value is None)]
            db.execute("PRAGMA journal_mode=OFF")
            fill = ", ".join(f"{c} = coalesce({c}, '')" for c in columns)
            db.execute(f"UPDATE {quote(table)} SET {fill} WHERE {columns[-1]} IS NULL")
    except sqlite3.Error:
        return None
    return count, first, column


def _has_lone_cr(path, block: int = 16 * 1024 * 1024) -> bool:
    """Whether the file has a carriage return not followed by a line feed: pandas ends a line there
    (old Mac files), GDAL keeps it in the value, and no value shows it afterwards."""
    with open(path, "rb") as handle:
        carry = b""
        while True:
            data = handle.read(block)
            chunk = carry + data
            if not data:
                return chunk.endswith(b"\r")
            # a CR at the block's end may meet its LF in the next block: judged there
            carry = b"\r" if chunk.endswith(b"\r") else b""
            body = chunk[:-1] if carry else chunk
            if body.count(b"\r") != body.count(b"\r\n"):
                return True


def suspect_rows(frame) -> tuple[list[int], list[int]]:
    """Row positions whose values hold a quote, a line break or NUL (where GDAL's split may differ),
    and the positions of the columns holding them.

    Each column is first joined into one string (C speed) and searched; only the columns that
    hold such a character are scanned value by value.
    """
    rows: set[int] = set()
    columns = []
    for position, column in enumerate(frame.columns):
        values = frame[column].to_numpy()
        joined = "\x1f".join(values)
        if any(char in joined for char in _SUSPECT):
            columns.append(position)
            search = _SUSPECT_SEARCH  # one regex search per value: half the cost of four `in` tests
            rows.update(i for i, value in enumerate(values) if search(value))
    return sorted(rows), columns


def _read_only(gpkg: str) -> sqlite3.Connection:
    """A connection that only reads ``gpkg`` (and never creates it), one statement at a time: it holds
    no lock between statements, so the writer's commits do not wait for the whole check."""
    path = Path(gpkg).absolute()  # not resolve(): on Windows it turns mapped drives into network paths
    if str(path).startswith(("\\\\", "//")):  # a Windows network path: SQLite's URIs have no form for it
        db = sqlite3.connect(str(path), isolation_level=None, timeout=60)
    else:
        db = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, isolation_level=None, timeout=60)
    db.execute("PRAGMA temp_store=MEMORY")
    return db


def _same_shape(gpkg: str, table: str, text) -> bool:
    """GDAL's table has pandas' column names and its last fid is pandas' row count (cheap: no scan)."""
    from contextlib import closing

    from .gpkg_writer import quote

    try:
        with closing(_read_only(gpkg)) as db:
            info = db.execute(f"PRAGMA table_info({quote(table)})").fetchall()
            key = next((row[1] for row in info if row[5]), "")
            if not key or [row[1] for row in info if row[1] != key] != list(text.headers):
                return False
            last = db.execute(f"SELECT max({quote(key)}) FROM {quote(table)}").fetchone()[0]
            return (last or 0) == len(text.frame)  # a repeat nobody answered: no row, no fid
    except sqlite3.Error:
        return False


def _same_values(gpkg: str, table: str, text, suspects: tuple[list[int], list[int]]) -> bool:
    """GDAL's table against pandas' frame: names, row count, the first and last 50 rows whole, and the
    rows holding a quote, a line break or NUL in the columns that can show a different split.

    A split that differs starts in a value holding such a character (rows without one split alike:
    ``tests/test_raw_copy.py`` fuzzes both) and shows there, or shifts the values after it: those
    columns, the one after each and the last are compared, not the whole row (a WASH export has a
    quote or a line break in one row of two or three, most often in one column of fifty).
    """
    from contextlib import closing

    import numpy as np

    from .gpkg_writer import quote

    frame = rows_as_received(text.frame, text.notes)  # the file's rows, header copies too (export_shape)
    rows, columns = suspects
    with closing(_read_only(gpkg)) as db:
        info = db.execute(f"PRAGMA table_info({quote(table)})").fetchall()
        key = next((row[1] for row in info if row[5]), "")
        names = [row[1] for row in info if row[1] != key]
        if names != list(text.headers) or not key:
            return False
        count, low, high = db.execute(
            f"SELECT count(*), min({quote(key)}), max({quote(key)}) FROM {quote(table)}"
        ).fetchone()
        if count != len(frame) or (count and (low, high) != (1, count)):
            return False
        if not count:
            return True
        ends = sorted({*range(min(50, count)), *range(max(0, count - 50), count)})
        compared = sorted({*columns, *(c + 1 for c in columns if c + 1 < len(names)), len(names) - 1})
        db.execute("CREATE TEMP TABLE _wanted (id INTEGER PRIMARY KEY)")
        values = frame.to_numpy()
        for positions, at in ((ends, list(range(len(names)))), (rows, compared)):
            db.execute("DELETE FROM temp._wanted")
            db.executemany("INSERT INTO temp._wanted VALUES (?)", ((i + 1,) for i in positions))
            listed = ", ".join(f"t.{quote(names[c])}" for c in at)
            stored = db.execute(
                f"SELECT {listed} FROM temp._wanted w JOIN {quote(table)} t ON t.{quote(key)} = w.id ORDER BY w.id"
            ).fetchall()
            expected = values[np.ix_(positions, at)].tolist() if positions else []
            if [list(row) for row in stored] != expected:
                return False
    return True
