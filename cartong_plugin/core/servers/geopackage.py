# SPDX-License-Identifier: GPL-3.0-or-later
"""The survey GeoPackage as a file that a download replaces: safely, consistently, with a record.

``ensure_not_in_use`` refuses to replace a GeoPackage another program holds open in WAL mode,
``copy_geopackage`` copies it consistently (SQLite's backup API, ``-wal`` changes included),
``copy_geopackage_live_rows`` writes a copy afresh without the bytes of deleted rows (field packages),
``log_sync`` / ``read_metadata`` append and read the rows of ``cartong_metadata``; ``utc_now`` gives
their time stamps (``base.safe_files.file_sha256`` their checksums). The field packages (``field``) use them too.
"""

from __future__ import annotations

from pathlib import Path

from ..base.damaged_files import refuse_damaged
from ..base.outputs import in_use_error

METADATA = "cartong_metadata"


def log_sync(gpkg, entry: dict) -> None:
    """Append one row to ``cartong_metadata`` (columns added as needed, as text)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    layer = ds.GetLayerByName(METADATA) or ds.CreateLayer(METADATA, geom_type=ogr.wkbNone, options=["FID=fid"])
    defn = layer.GetLayerDefn()
    existing = {defn.GetFieldDefn(i).GetName().casefold() for i in range(defn.GetFieldCount())}
    for key in entry:
        if key.casefold() not in existing:
            layer.CreateField(ogr.FieldDefn(key, ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    for key, value in entry.items():
        if value is not None:
            feature.SetField(key, str(value))
    layer.CreateFeature(feature)
    ds = None


def read_metadata(gpkg) -> list[dict[str, str]]:
    """Every row of ``cartong_metadata`` as {column: value}, oldest first ([] if none)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 0) if Path(gpkg).exists() else None
    layer = ds.GetLayerByName(METADATA) if ds is not None else None
    if layer is None:
        return []
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    return [{n: feature.GetField(n) for n in names} for feature in layer]


def utc_now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()  # noqa: UP017 (Python 3.9)


def ensure_not_in_use(output: Path) -> None:
    """CartongError when another SQLite connection holds the GeoPackage in WAL mode.

    Replacing the file under such a connection would let its write-ahead log be replayed
    onto the new file and corrupt it; QGIS keeps one open while a layer is in the project.
    Leftover ``-wal``/``-shm`` files of closed read-only connections are cleaned first: a
    checkpointing connection that is the last one to close removes them.
    """
    import sqlite3
    from contextlib import closing

    side_files = (Path(f"{output}-wal"), Path(f"{output}-shm"))
    if not any(p.exists() for p in side_files):
        return
    try:
        with closing(sqlite3.connect(str(output), timeout=2)) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as err:
        raise in_use_error(output) from err
    if any(p.exists() for p in side_files):
        raise in_use_error(output)


def copy_geopackage(source: Path, target) -> None:
    """A consistent copy through SQLite's backup API: changes still in a ``-wal`` file are included.
    A damaged ``source`` is a CartongError naming it (``base.damaged_files``)."""
    import sqlite3
    from contextlib import closing

    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(str(target))) as dst,
        ):
            src.backup(dst)
    except sqlite3.DatabaseError as err:
        refuse_damaged(err, [source])
        raise


def copy_geopackage_live_rows(source: Path, target) -> None:
    """A consistent copy written afresh (SQLite's ``VACUUM INTO``): only what the tables hold now.

    The backup API copies pages as they are, so the bytes of a deleted row (consent withdrawn) travel
    in the copy's free space unless SQLite happened to zero them; a copy that leaves the office holds
    only the live rows. Every row keeps its fid (an INTEGER PRIMARY KEY), and the header (GeoPackage
    application id, version) is kept. ``target`` must not exist yet. A damaged ``source`` is a
    CartongError naming it, never SQLite's words about the copy (a hidden temporary path).
    """
    import sqlite3
    from contextlib import closing

    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src:
            src.execute("VACUUM INTO ?", (str(target),))
    except sqlite3.DatabaseError as err:
        refuse_damaged(err, [source])
        raise
