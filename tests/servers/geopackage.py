# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading back what a download wrote into a GeoPackage (for the server tests)."""

from __future__ import annotations

from pathlib import Path


def gpkg_rows(gpkg: Path, sql: str) -> list[tuple]:
    """The rows of an SQL query on a GeoPackage (attribute fields only), as tuples."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    result = ds.ExecuteSQL(sql)
    try:
        return [tuple(f.GetField(i) for i in range(f.GetFieldCount())) for f in result]
    finally:
        ds.ReleaseResultSet(result)
