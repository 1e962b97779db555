# SPDX-License-Identifier: GPL-3.0-or-later
"""Fast GeoPackage writing: schema through OGR, rows through SQLite bulk inserts.

OGR creates the tables and registers them (gpkg_contents, geometry columns, SRS), so
QGIS and GDAL read them as any GeoPackage. Rows are then inserted with ``executemany``
on a plain SQLite connection, which is an order of magnitude faster than setting
fields feature by feature from Python. The triggers GDAL puts on the tables (R-tree and
feature counts) are suspended during the load, and the R-tree is bulk-loaded (``write_rtree``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from contextlib import closing

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_options
from ..base.i18n import tr

FID = "fid"
GEOM = "geom"
MAX_COLUMNS = 2000  # SQLite's limit (SQLITE_MAX_COLUMN), fid included: no table of a GeoPackage holds more
PAGE_SIZE_PRAGMA = "page_size=16384"


def most_columns(geometry: bool) -> int:
    """The most columns of data a table holds: SQLite's limit less the fid, and less the geometry column
    of a layer (GDAL then fails to create the table, and only says so when it is first read)."""
    return MAX_COLUMNS - 1 - (1 if geometry else 0)


def quote(name: str) -> str:
    """SQLite identifier quoting."""
    return '"' + name.replace('"', '""') + '"'


def create_gpkg(path, tables: list[dict]) -> None:
    """Create the GeoPackage ``path`` (or open it, if it exists) with these new empty tables.

    Each table is {"name", "fields": [(name, ogr field type)], "geometry": ogr wkb type or None,
    "fid": fid column name}. Geometry tables are EPSG:4326 with an empty R-tree index.
    """
    import os

    from osgeo import gdal, ogr, osr

    if os.path.exists(str(path)):
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    else:
        # 16 KiB pages: bulk inserts and the typed INSERT..SELECT run ~10% faster than with 4 KiB
        # (fewer B-tree pages to split and write); page size is fixed when the file is created
        with gdal_options(OGR_SQLITE_PRAGMA=PAGE_SIZE_PRAGMA):
            ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    if ds is None:
        raise CartongError(
            tr("The GeoPackage {file} cannot be created: {reason}").format(
                file=str(path), reason=gdal.GetLastErrorMsg()
            ),
            path=str(path),
        )
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        for table in tables:
            geometry = table.get("geometry")
            options = [f"FID={table.get('fid', FID)}"]
            if geometry is None:
                layer = ds.CreateLayer(table["name"], None, ogr.wkbNone, options)
            else:
                options += [f"GEOMETRY_NAME={GEOM}"]
                layer = ds.CreateLayer(table["name"], srs, geometry, options)
            if layer is None:
                raise CartongError(
                    tr("The table {table} cannot be created in {file}: {reason}").format(
                        table=table["name"], file=str(path), reason=gdal.GetLastErrorMsg()
                    ),
                    path=str(path),
                )
            for name, field_type in table["fields"]:
                if layer.CreateField(ogr.FieldDefn(name, field_type)) != 0:
                    raise CartongError(
                        tr("The column {column} cannot be created in {table}: {reason}").format(
                            column=name, table=table["name"], reason=gdal.GetLastErrorMsg()
                        ),
                        path=str(path),
                    )
    finally:
        ds = None


_SQL_TYPES = {
    "OFTString": "TEXT",
    "OFTInteger": "INTEGER",
    "OFTInteger64": "INTEGER",
    "OFTReal": "REAL",
    "OFTDate": "DATE",
    "OFTDateTime": "DATETIME",
}


def table_columns(db: sqlite3.Connection, table: str) -> tuple[list[str], str]:
    """(columns, primary key column) of an existing table; ([], "") when there is no such table."""
    info = db.execute(f"PRAGMA table_info({quote(table)})").fetchall()
    key = next((row[1] for row in info if row[5]), "")
    return [row[1] for row in info if row[1] != key], key


def add_columns(db: sqlite3.Connection, table: str, fields: list[tuple[str, int]]) -> None:
    """Append the ``fields`` (name, OGR type) that ``table`` lacks (SQLite names ignore case)."""
    from osgeo import ogr

    existing = {row[1].casefold() for row in db.execute(f"PRAGMA table_info({quote(table)})")}
    sql_types = {getattr(ogr, name): sql for name, sql in _SQL_TYPES.items()}
    for name, kind in fields:
        if name.casefold() not in existing:
            db.execute(f"ALTER TABLE {quote(table)} ADD COLUMN {quote(name)} {sql_types.get(kind, 'TEXT')}")
            existing.add(name.casefold())


def _family(sql_type: str) -> str:
    """What an SQLite column of declared type ``sql_type`` holds for GDAL: int, real, date, datetime or text."""
    kind = sql_type.upper()
    if "INT" in kind or kind == "BOOLEAN":
        return "int"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return {"DATETIME": "datetime", "DATE": "date"}.get(kind, "text")


_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_FITS = {  # the values GDAL reads as they are from a column of that family
    "int": "typeof({v}) = 'integer'",
    "real": "typeof({v}) IN ('integer', 'real')",
    "date": f"typeof({{v}}) = 'text' AND {{v}} GLOB '{_DAY}'",
    "datetime": f"typeof({{v}}) = 'text' AND {{v}} GLOB '{_DAY}*'",
}


def fitting_exprs(
    db: sqlite3.Connection, table: str, fields: list[tuple[str, int]], exprs: list[str]
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """``exprs`` (one per field) for rows appended to the existing ``table``, each kept only where its
    value fits the column already there; plus (column, its family, the SQL condition a value fits).

    A form changed between two syncs may give a question another type (a whole number now text): the
    column keeps its type, and a value SQLite would store there anyway (``about forty`` in an INTEGER
    column) is read by GDAL, QGIS and PostgreSQL as another value (0). Such a value is left empty in
    the typed table instead (the raw table keeps it as answered) and the caller says so.
    """
    from osgeo import ogr

    declared = {row[1].casefold(): row[2] for row in db.execute(f"PRAGMA table_info({quote(table)})")}
    sql_types = {getattr(ogr, name): sql for name, sql in _SQL_TYPES.items()}
    kept, guarded = [], []
    for (name, kind), expr in zip(fields, exprs):
        old = _family(declared.get(name.casefold(), "TEXT"))
        new = _family(sql_types.get(kind, "TEXT"))
        if old == new or old == "text" or (old == "real" and new == "int") or old not in _FITS:
            kept.append(expr)
            continue
        fits = _FITS[old].format(v=f"({expr})")
        kept.append(f"CASE WHEN {fits} THEN ({expr}) END")
        guarded.append((name, old, fits))
    return kept, guarded


def append_rtree(db: sqlite3.Connection, table: str, boxes: list[tuple]) -> bool:
    """Add (id, minx, maxx, miny, maxy) boxes to the R-tree of ``table``; False without SQLite's R-tree."""
    try:
        db.executemany(f"INSERT INTO {quote(f'rtree_{table}_{GEOM}')} VALUES (?, ?, ?, ?, ?)", boxes)
    except sqlite3.Error:
        return False
    return True


def connect(path) -> sqlite3.Connection:
    """A SQLite connection tuned for a bulk load into a file nobody else reads yet (atomic_output).

    Only the raw copy's check (raw_copy.py) may read beside it: a commit waits for its reads.
    """
    db = sqlite3.connect(str(path), isolation_level=None, timeout=60)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("PRAGMA cache_size=-200000")
    return db


def insert_rows(
    db: sqlite3.Connection,
    table: str,
    columns: list[str],
    rows,
    chunk: int = 20000,
    on_chunk=None,
    transaction: bool = True,
) -> int:
    """Insert ``rows`` (a list of sequences, or ArrayRows) into ``table``; ``on_chunk(done)`` after each chunk.

    Each chunk is a transaction of its own (``transaction=False``: the caller's transaction).
    Several rows go in one INSERT statement: Python's sqlite3 spends more time per statement
    than SQLite spends writing a row. ``on_chunk`` may raise to stop (the chunks done stay).
    """
    width = len(columns)
    per = max(1, min(32, 30000 // max(1, width)))  # bound parameters: SQLite allows 32766
    one = "({})".format(", ".join("?" * width))
    head = "INSERT INTO {} ({}) VALUES ".format(quote(table), ", ".join(quote(c) for c in columns))
    rows = rows if isinstance(rows, ArrayRows) else _ListRows(rows)
    done = 0
    for start in range(0, len(rows), chunk):
        stop = min(start + chunk, len(rows))
        full = start + (stop - start) // per * per
        if transaction:
            db.execute("BEGIN")
        if full > start and per > 1:
            db.executemany(head + ", ".join([one] * per), rows.grouped(start, full, per))
            start = full
        if stop > start:
            db.executemany(head + one, rows.grouped(start, stop, 1))
        if transaction:
            db.execute("COMMIT")
        done = stop
        if on_chunk is not None:
            on_chunk(done)
    return done


class ArrayRows:
    """A 2-D numpy array seen as rows, converted to Python lists one chunk at a time (less memory)."""

    def __init__(self, values):
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    def grouped(self, start: int, stop: int, per: int) -> list[list]:
        """Rows ``start:stop``, ``per`` rows joined into each list (stop - start is a multiple of per)."""
        import numpy as np

        # a DataFrame's values are column-major: one row-major copy first makes the reshape a view
        # and tolist() read memory in order (a quarter faster than reshaping the strided slice)
        part = np.ascontiguousarray(self.values[start:stop])
        return part.reshape(len(part) // per, part.shape[1] * per).tolist()


class _ListRows:
    def __init__(self, rows):
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def grouped(self, start: int, stop: int, per: int) -> list:
        if per == 1:
            return self.rows[start:stop]
        return [[value for row in self.rows[i : i + per] for value in row] for i in range(start, stop, per)]


@contextlib.contextmanager
def triggers_suspended(db: sqlite3.Connection, tables: list[str]):
    """Drop the triggers of ``tables`` (feature counts, R-tree) during a bulk load, then restore them.

    GDAL's R-tree triggers call ST_* functions that a plain SQLite connection lacks, and the
    feature-count triggers would update gpkg_ogr_contents once per row.
    """
    wanted = {t.casefold() for t in tables}
    saved = [
        (name, sql)
        for name, table, sql in db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
        if table.casefold() in wanted
    ]
    for name, _sql in saved:
        db.execute(f"DROP TRIGGER {quote(name)}")
    try:
        yield
    finally:
        for _name, sql in saved:
            db.execute(sql)


def write_rtree(db: sqlite3.Connection, table: str, ids, minx, maxx, miny, maxy) -> bool:
    """Fill the empty R-tree of ``table`` with these boxes (numpy arrays) in one bulk load.

    SQLite inserts R-tree entries one at a time (about as slow as writing the rows); here the tree
    is packed Sort-Tile-Recursive style and its three shadow tables are written directly, in
    SQLite's documented node format (big-endian int64 id + float32 min/max per dimension, the
    tree depth in the root's first two bytes). False when the R-tree is not empty or absent.
    """
    import numpy as np

    name = f"rtree_{table}_{GEOM}"
    try:
        root = db.execute(f"SELECT length(data) FROM {quote(name + '_node')} WHERE nodeno = 1").fetchone()
        filled = db.execute(f"SELECT count(*) FROM {quote(name + '_rowid')}").fetchone()[0]
    except sqlite3.Error:
        return False
    if root is None or filled:
        return False
    size = root[0]
    capacity = (size - 4) // 24
    cells = np.dtype([("id", ">i8"), ("box", ">f4", 4)])  # minx, maxx, miny, maxy
    boxes = np.empty(len(ids), cells)
    boxes["id"] = ids
    boxes["box"] = np.column_stack([_float_down(minx), _float_up(maxx), _float_down(miny), _float_up(maxy)])
    # Sort-Tile-Recursive: vertical slices by x, each sorted by y, cut into full leaves
    leaves = -(-len(boxes) // capacity)
    per_slice = capacity * max(1, int(np.ceil(np.sqrt(leaves))))
    by_x = np.argsort(minx, kind="stable")
    slices = np.empty(len(boxes), np.int64)
    slices[by_x] = np.arange(len(boxes)) // per_slice
    level = boxes[np.lexsort((miny, slices))]
    nodes, parents, rowids = [], [], []
    next_node, depth = 2, 0
    while True:
        count = -(-len(level) // capacity)
        if count <= 1:  # fits in the root
            numbers = np.array([1])
        else:
            numbers = np.arange(next_node, next_node + count)
            next_node += count
        data = np.zeros((len(numbers), size), np.uint8)
        padded = np.zeros(len(numbers) * capacity, cells)
        padded[: len(level)] = level
        data[:, 4 : 4 + capacity * 24] = padded.view(np.uint8).reshape(len(numbers), capacity * 24)
        filled_cells = np.full(len(numbers), capacity)
        filled_cells[-1] = len(level) - capacity * (len(numbers) - 1)
        data[:, 2], data[:, 3] = filled_cells >> 8, filled_cells & 0xFF
        owner = np.repeat(numbers, capacity)[: len(level)]
        if depth == 0:
            rowids.append(np.column_stack([level["id"].astype(np.int64), owner]))
        else:
            parents.append(np.column_stack([level["id"].astype(np.int64), owner]))
        if numbers[0] == 1:
            data[0, 0], data[0, 1] = depth >> 8, depth & 0xFF
            nodes += [(1, data[0].tobytes())]
            break
        nodes += [(int(n), row.tobytes()) for n, row in zip(numbers, data)]
        box = padded["box"].reshape(len(numbers), capacity, 4).astype(float)
        valid = np.arange(capacity)[None, :] < filled_cells[:, None]
        upper = np.empty(len(numbers), cells)
        upper["id"] = numbers
        upper["box"] = np.column_stack(
            [
                np.where(valid, box[:, :, 0], np.inf).min(1),
                np.where(valid, box[:, :, 1], -np.inf).max(1),
                np.where(valid, box[:, :, 2], np.inf).min(1),
                np.where(valid, box[:, :, 3], -np.inf).max(1),
            ]
        )
        level, depth = upper, depth + 1
    db.execute(f"DELETE FROM {quote(name + '_node')}")
    db.executemany(f"INSERT INTO {quote(name + '_node')} (nodeno, data) VALUES (?, ?)", nodes)
    for shadow, rows in (("_rowid", rowids), ("_parent", parents)):
        if rows:
            columns = ["rowid", "nodeno"] if shadow == "_rowid" else ["nodeno", "parentnode"]
            insert_rows(db, name + shadow, columns, ArrayRows(np.concatenate(rows)), transaction=False)
    return True


def _float_down(values):
    """float32 values not above ``values`` (SQLite's R-tree rounds a box outwards)."""
    import numpy as np

    values = np.asarray(values, float)
    single = values.astype(np.float32)
    return np.where(single > values, np.nextafter(single, np.float32(-np.inf)), single)


def _float_up(values):
    import numpy as np

    values = np.asarray(values, float)
    single = values.astype(np.float32)
    return np.where(single < values, np.nextafter(single, np.float32(np.inf)), single)


def finish_gpkg(
    path,
    counts: dict[str, int],
    extents: dict[str, tuple[float, float, float, float] | None],
    needs_index: Sequence[str] = (),
    after_fid: int = 0,
    grow: bool = False,
) -> None:
    """Record feature counts and extents (``grow``: widen the recorded extents, rows were appended);
    ``needs_index`` tables get the R-tree of their rows after ``after_fid`` filled by GDAL."""
    from osgeo import gdal

    with closing(connect(path)) as db:
        for table, count in counts.items():
            db.execute(
                "UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (count, table)
            )
        for table, extent in extents.items():
            if extent is not None and not grow:  # GDAL records 0, 0 for a new table: replaced
                db.execute(
                    "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                    "WHERE lower(table_name) = lower(?)",
                    (*extent, table),
                )
            elif extent is not None:
                db.execute(
                    "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), "
                    "min_y = min(coalesce(min_y, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3), "
                    "max_y = max(coalesce(max_y, ?4), ?4) WHERE lower(table_name) = lower(?5)",
                    (*extent, table),
                )
    if needs_index:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            for table in needs_index:
                ds.ExecuteSQL(
                    f'INSERT INTO "rtree_{table}_{GEOM}" SELECT fid, ST_MinX({GEOM}), ST_MaxX({GEOM}), '
                    f'ST_MinY({GEOM}), ST_MaxY({GEOM}) FROM "{table}" '
                    f"WHERE fid > {int(after_fid)} AND {GEOM} IS NOT NULL AND NOT ST_IsEmpty({GEOM})"
                )
        finally:
            ds = None
