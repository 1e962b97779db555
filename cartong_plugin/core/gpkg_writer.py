# SPDX-License-Identifier: GPL-3.0-or-later
"""Fast GeoPackage writing: schema through OGR, rows through SQLite bulk inserts.

OGR creates the tables and registers them (gpkg_contents, geometry columns, SRS), so
QGIS and GDAL read them as any GeoPackage. Rows are then inserted with ``executemany``
on a plain SQLite connection, which is an order of magnitude faster than setting
fields feature by feature from Python. The triggers GDAL puts on the tables (R-tree and
feature counts) are suspended during the load, and the R-tree is filled in one statement.
"""
from __future__ import annotations

import contextlib
import sqlite3
import threading
from contextlib import closing

from .errors import CartongError
from .i18n import tr

FID = "fid"
GEOM = "geom"


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
        ds = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    if ds is None:
        raise CartongError(tr("The GeoPackage {file} cannot be created: {reason}")
                           .format(file=str(path), reason=gdal.GetLastErrorMsg()), path=str(path))
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
                raise CartongError(tr("The table {table} cannot be created in {file}: {reason}")
                                   .format(table=table["name"], file=str(path), reason=gdal.GetLastErrorMsg()),
                                   path=str(path))
            for name, field_type in table["fields"]:
                if layer.CreateField(ogr.FieldDefn(name, field_type)) != 0:
                    raise CartongError(tr("The column {column} cannot be created in {table}: {reason}")
                                       .format(column=name, table=table["name"], reason=gdal.GetLastErrorMsg()),
                                       path=str(path))
    finally:
        ds = None


_SQL_TYPES = {"OFTString": "TEXT", "OFTInteger": "INTEGER", "OFTInteger64": "INTEGER", "OFTReal": "REAL",
              "OFTDate": "DATE", "OFTDateTime": "DATETIME"}


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


def append_rtree(db: sqlite3.Connection, table: str, boxes: list[tuple]) -> bool:
    """Add (id, minx, maxx, miny, maxy) boxes to the R-tree of ``table``; False without SQLite's R-tree."""
    try:
        db.executemany(f"INSERT INTO {quote(f'rtree_{table}_{GEOM}')} VALUES (?, ?, ?, ?, ?)", boxes)
    except sqlite3.Error:
        return False
    return True


def connect(path) -> sqlite3.Connection:
    """A SQLite connection tuned for a bulk load into a file nobody else reads yet (atomic_output)."""
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("PRAGMA cache_size=-200000")
    return db


def insert_rows(db: sqlite3.Connection, table: str, columns: list[str], rows, chunk: int = 20000,
                on_chunk=None) -> int:
    """executemany ``rows`` (sequences) into ``table``; ``on_chunk(done)`` after each chunk (may raise)."""
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(table), ", ".join(quote(c) for c in columns), ", ".join("?" * len(columns)))
    done = 0
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        db.execute("BEGIN")
        db.executemany(sql, part)
        db.execute("COMMIT")
        done += len(part)
        if on_chunk is not None:
            on_chunk(done)
    return done


@contextlib.contextmanager
def triggers_suspended(db: sqlite3.Connection, tables: list[str]):
    """Drop the triggers of ``tables`` (feature counts, R-tree) during a bulk load, then restore them.

    GDAL's R-tree triggers call ST_* functions that a plain SQLite connection lacks, and the
    feature-count triggers would update gpkg_ogr_contents once per row.
    """
    wanted = {t.casefold() for t in tables}
    saved = [(name, sql) for name, table, sql in
             db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
             if table.casefold() in wanted]
    for name, _sql in saved:
        db.execute(f"DROP TRIGGER {quote(name)}")
    try:
        yield
    finally:
        for _name, sql in saved:
            db.execute(sql)


class RtreeBuilder(threading.Thread):
    """Builds a GeoPackage R-tree in memory, beside the bulk load, then copies it into the file.

    An R-tree insert costs as much as writing the rows; built in its own in-memory database on
    another thread (SQLite releases the GIL), it overlaps the table writes. The finished tree is
    copied as its three shadow tables, which is how SQLite stores any R-tree.
    """

    def __init__(self, boxes: list[tuple]):
        super().__init__(daemon=True)
        self.boxes = boxes  # (id, minx, maxx, miny, maxy)
        self.tables: dict[str, list[tuple]] | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            with closing(sqlite3.connect(":memory:", isolation_level=None)) as mem:
                mem.execute("CREATE TEMP TABLE boxes (id INTEGER PRIMARY KEY, minx, maxx, miny, maxy)")
                mem.execute("BEGIN")
                mem.executemany("INSERT INTO boxes VALUES (?, ?, ?, ?, ?)", self.boxes)
                mem.execute("CREATE VIRTUAL TABLE tree USING rtree(id, minx, maxx, miny, maxy)")
                mem.execute("INSERT INTO tree SELECT * FROM boxes")  # one long step, GIL released
                mem.execute("COMMIT")
                self.tables = {suffix: mem.execute(f"SELECT * FROM tree_{suffix}").fetchall()
                               for suffix in ("node", "parent", "rowid")}
        except sqlite3.Error as err:  # no R-tree module in this SQLite: GDAL fills the index instead
            self.error = err

    def copy_into(self, db: sqlite3.Connection, table: str) -> bool:
        """Replace the (empty) R-tree of ``table`` with the one built; False if it could not be built."""
        self.join()
        if self.tables is None:
            return False
        name = f"rtree_{table}_{GEOM}"
        db.execute("BEGIN")
        for suffix, rows in self.tables.items():
            shadow = quote(f"{name}_{suffix}")
            db.execute(f"DELETE FROM {shadow}")
            if rows:
                db.executemany(f"INSERT INTO {shadow} VALUES ({', '.join('?' * len(rows[0]))})", rows)
        db.execute("COMMIT")
        return True


def finish_gpkg(path, counts: dict[str, int], extents: dict[str, tuple[float, float, float, float] | None],
                needs_index: list[str] = (), after_fid: int = 0, grow: bool = False) -> None:
    """Record feature counts and extents (``grow``: widen the recorded extents, rows were appended);
    ``needs_index`` tables get the R-tree of their rows after ``after_fid`` filled by GDAL."""
    from osgeo import gdal

    with closing(connect(path)) as db:
        for table, count in counts.items():
            db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                       (count, table))
        for table, extent in extents.items():
            if extent is not None and not grow:  # GDAL records 0, 0 for a new table: replaced
                db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                           "WHERE lower(table_name) = lower(?)", (*extent, table))
            elif extent is not None:
                db.execute("UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?1), ?1), "
                           "min_y = min(coalesce(min_y, ?2), ?2), max_x = max(coalesce(max_x, ?3), ?3), "
                           "max_y = max(coalesce(max_y, ?4), ?4) WHERE lower(table_name) = lower(?5)",
                           (*extent, table))
    if needs_index:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            for table in needs_index:
                ds.ExecuteSQL(f"INSERT INTO \"rtree_{table}_{GEOM}\" SELECT fid, ST_MinX({GEOM}), ST_MaxX({GEOM}), "
                              f"ST_MinY({GEOM}), ST_MaxY({GEOM}) FROM \"{table}\" "
                              f"WHERE fid > {int(after_fid)} AND {GEOM} IS NOT NULL AND NOT ST_IsEmpty({GEOM})")
        finally:
            ds = None
