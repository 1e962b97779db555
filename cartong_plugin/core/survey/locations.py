# SPDX-License-Identifier: GPL-3.0-or-later
"""Locations of a whole table at once: the location column chosen (``choose_geometry``), geopoint
strings or coordinate columns to GeoPackage blobs.

Points are parsed column-wise (pandas' C reader splits "lat lon alt acc"), checked for range
with numpy and packed as GeoPackage blobs; rows the fast path cannot read get the careful
parser of ``geometry.py``, whose message names what is wrong. Lines and polygons are rare and
short, so they are parsed row by row. An export without any location column but Kobo's and ONA's
``_geolocation`` ("[lat, lon]", the submission's first geopoint; "[null, null]" without) gets its
points from it, and is told so.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..base.i18n import tr, trn
from .columns import Column
from .export_readers import TextTable
from .geometry import CoordinateError, gpkg_blob, odk_wkb, parse_geopoint

if TYPE_CHECKING:
    import numpy as np


def _to_float(series):
    """The numbers written in ``series`` (text), NaN where there is none; a decimal comma is read."""
    import pandas as pd

    numbers = pd.to_numeric(series, errors="coerce").astype(float)  # in C, spaces around too: most values
    missed = numbers.isna().to_numpy() & (series.to_numpy() != "")
    if missed.any():  # the rest as written by hand: other spaces, decimal commas
        numbers[missed] = _written_float(series[missed]).to_numpy(dtype=float)
    return numbers


def _written_float(series):
    import pandas as pd

    text = series.str.strip()
    if text.str.contains(",", regex=False).any():
        text = text.str.replace(r"^([+-]?\d*),(\d+)$", r"\1.\2", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _split_geopoints(text):
    """The 4 numeric parts of geopoint strings, parsed by pandas' C reader (fast path), or None."""
    import io

    import pandas as pd

    values = text.tolist()
    try:
        # a sentinel last line keeps a trailing empty value from being dropped
        # no dtype: the C reader turns clean numeric parts into floats itself
        parts = pd.read_csv(
            io.StringIO("\n".join(values) + "\n0 0"),
            sep=" ",
            header=None,
            names=range(5),
            skip_blank_lines=False,
            engine="c",
            keep_default_na=False,
            na_values=[""],
            quoting=3,
        )
    except (ValueError, pd.errors.ParserError):
        return None
    if len(parts) != len(values) + 1:
        return None
    return parts.iloc[:-1].reset_index(drop=True)


def geopoint_arrays(series):
    """lat, lon, alt, acc float arrays (NaN when empty or bad) and the mask of bad non-empty values."""
    import numpy as np

    text = series.str.strip()
    empty = (text == "").to_numpy()
    parts = _split_geopoints(text)
    if parts is None:
        parts = text.str.split(r"\s+", n=4, expand=True, regex=True)
        while parts.shape[1] < 5:
            parts[parts.shape[1]] = None
    lat, lon, alt, acc = (
        parts[i].to_numpy(dtype=float)
        if parts[i].dtype.kind in "fi"
        else _to_float(parts[i].fillna("").astype(str)).to_numpy(dtype=float)
        for i in range(4)
    )
    with np.errstate(invalid="ignore"):
        ok = parts[1].notna().to_numpy() & parts[4].isna().to_numpy()
        ok &= np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
        ok &= ~(parts[2].notna().to_numpy() & ~np.isfinite(alt))
        ok &= ~(parts[3].notna().to_numpy() & ~np.isfinite(acc))
    bad = ~empty & ~ok
    # odd spacing (tabs, double spaces) defeats the fast split: give those rows the careful parser
    for index in bad.nonzero()[0][:10000]:
        try:
            point = parse_geopoint(series.iloc[index])
        except CoordinateError:
            continue
        if point is None:  # blank to the careful parser: stays unreadable
            continue
        lat[index], lon[index] = point.lat, point.lon
        alt[index] = np.nan if point.alt is None else point.alt
        acc[index] = np.nan if point.acc is None else point.acc
        ok[index], bad[index] = True, False
    nan = np.nan
    return np.where(ok, lat, nan), np.where(ok, lon, nan), np.where(ok, alt, nan), np.where(ok, acc, nan), bad


@dataclass
class Located:
    """The located rows of a table, column by column: 1-based row numbers, GeoPackage blobs, the
    coordinates (NaN when unknown: SQLite stores a NaN as NULL) and each row's bounding box."""

    fid: np.ndarray  # numpy int64
    geom: Sequence[bytes | None]
    lat: np.ndarray
    lon: np.ndarray
    alt: np.ndarray
    acc: np.ndarray
    minx: np.ndarray
    maxx: np.ndarray
    miny: np.ndarray
    maxy: np.ndarray

    def __len__(self) -> int:
        return len(self.fid)

    def without(self, fids) -> tuple[Located, tuple | None]:
        """These located rows but those numbered ``fids``, and their extent (None when none is left)."""
        import numpy as np

        kept = ~np.isin(self.fid, list(fids))
        geom = [g for g, keep in zip(self.geom, kept.tolist()) if keep]
        arrays = [
            getattr(self, name)[kept] for name in ("fid", "lat", "lon", "alt", "acc", "minx", "maxx", "miny", "maxy")
        ]
        located = Located(arrays[0], geom, *arrays[1:])
        if not len(located):
            return located, None
        return located, (located.minx.min(), located.miny.min(), located.maxx.max(), located.maxy.max())

    def rows(self, columns: list[str], first_fid: int = 1):
        """An object array of the ``columns`` (``fid`` counted from ``first_fid``), for gpkg_writer.ArrayRows."""
        import numpy as np

        values = np.empty((len(self), len(columns)), dtype=object)
        for index, name in enumerate(columns):
            column = self.fid + (first_fid - 1) if name == "fid" else getattr(self, name)
            values[:, index] = column if name == "geom" else column.tolist()
        return values


def build_geometries(table: TextTable, how, first: Column, second: Column | None, warnings: list[str]):
    """The located rows (Located) and their extent (minx, miny, maxx, maxy) or None."""
    import numpy as np

    frame = table.frame
    n = len(frame)
    fids = np.arange(1, n + 1)
    if how == "geolocation":  # "[lat, lon]" read as the geopoint "lat lon"
        frame = frame.copy()
        frame[first.index] = geolocation_text(frame[first.index])
        how = "geopoint"
    if how in ("geopoint", "pair"):
        if how == "geopoint":
            lat, lon, alt, acc, bad = geopoint_arrays(frame[first.index])
        else:
            assert second is not None, "a pair of coordinate columns"
            lat = _to_float(frame[first.index]).to_numpy(dtype=float)
            lon = _to_float(frame[second.index]).to_numpy(dtype=float)
            with np.errstate(invalid="ignore"):
                ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
            empty = ((frame[first.index].str.strip() == "") & (frame[second.index].str.strip() == "")).to_numpy()
            bad = ~empty & ~ok
            lat, lon = np.where(ok, lat, np.nan), np.where(ok, lon, np.nan)
            alt = acc = np.full(n, np.nan)
        if bad.any():
            bad_rows = bad.nonzero()[0]
            first_bad = int(bad_rows[0])
            value = frame[first.index].iloc[first_bad]
            if second is not None:
                value = f"{value} {frame[second.index].iloc[first_bad]}"
            warnings.append(
                _unread_warning(table, first, len(bad_rows), bad_rows[:_LISTED].tolist(), _coordinate_reason(value))
            )
        idx = (np.isfinite(lat) & np.isfinite(lon)).nonzero()[0]
        lons, lats = lon[idx], lat[idx]
        located = Located(fids[idx], _point_blobs(lons, lats), lats, lons, alt[idx], acc[idx], lons, lons, lats, lats)
        extent = (lons.min(), lats.min(), lons.max(), lats.max()) if len(idx) else None
        return located, extent
    # geotrace / geoshape: rare and short lists, parsed row by row
    from osgeo import ogr

    rows, bad_rows = [], []
    for fid, value in zip(fids.tolist(), frame[first.index].tolist()):
        try:
            wkb = _wkt_wkb(value) if how == "wkt" else odk_wkb(value, how)
        except CoordinateError as err:
            bad_rows.append((fid, str(err)))
            continue
        if wkb is not None:
            minx, maxx, miny, maxy = ogr.CreateGeometryFromWkb(wkb).GetEnvelope()
            rows.append((fid, gpkg_blob(wkb), minx, maxx, miny, maxy))
    if bad_rows:
        warnings.append(
            _unread_warning(table, first, len(bad_rows), [fid - 1 for fid, _ in bad_rows[:_LISTED]], bad_rows[0][1])
        )
    nan = np.full(len(rows), np.nan)
    columns = [np.array([r[i] for r in rows], dtype=float if i else np.int64) for i in (0, 2, 3, 4, 5)]
    located = Located(columns[0], [r[1] for r in rows], nan, nan, nan, nan, *columns[1:])
    extent = (columns[1].min(), columns[3].min(), columns[2].max(), columns[4].max()) if rows else None
    return located, extent


def _point_blobs(lons, lats) -> list[bytes]:
    """GeoPackage point blobs (EPSG:4326, no envelope, little-endian WKB), packed by numpy."""
    import numpy as np

    packed = np.empty(len(lons), np.dtype([("head", "V13"), ("x", "<f8"), ("y", "<f8")]))
    packed["head"] = np.void(b"GP\x00\x01" + struct.pack("<i", 4326) + struct.pack("<BI", 1, 1))
    packed["x"], packed["y"] = lons, lats
    data = packed.tobytes()
    return [data[i : i + 29] for i in range(0, len(data), 29)]


_LISTED = 10  # rows named in a warning


def _unread_warning(table: TextTable, column: Column, count: int, positions: list[int], reason: str) -> str:
    """The warning naming the rows at ``positions`` (0-based, the first few) whose location cannot be read."""
    rows = [table.file_row(p) for p in positions]
    listed = ", ".join(str(row) for row in rows) + (" ..." if count > len(rows) else "")
    return trn(
        "{file}, column {column}: %n location cannot be read and was imported without geometry "
        "(row {rows}: {reason}). The raw table keeps it.",
        "{file}, column {column}: %n locations cannot be read and were imported without geometry "
        "(rows {rows}; first at row {row}: {reason}). The raw table keeps them.",
        count,
    ).format(file=table.source, column=column.header, rows=listed, row=rows[0], reason=reason.rstrip("."))


def split_coordinates_disagreement(table: TextTable, plan: list[Column], first: Column, located: Located) -> str:
    """The warning naming the rows where the geopoint string giving the location and its own split
    latitude/longitude columns (Kobo's ``_q_latitude``) hold other places, else "". Both are kept as
    exported; the geometry is the string's."""
    import numpy as np

    base = first.question.name if first.question else first.name
    parts = {c.geo_part: c for c in plan if c.kind == "coordinate" and c.geo_question in (base, first.header)}
    if "latitude" not in parts or "longitude" not in parts or not len(located):
        return ""
    rows = located.fid - 1
    lat = _to_float(table.frame[parts["latitude"].index]).to_numpy(dtype=float)[rows]
    lon = _to_float(table.frame[parts["longitude"].index]).to_numpy(dtype=float)[rows]
    with np.errstate(invalid="ignore"):  # 1e-6 degrees (10 cm): rounding, not another place
        differ = np.isfinite(lat) & np.isfinite(lon)
        differ &= (np.abs(lat - located.lat) > 1e-6) | (np.abs(lon - located.lon) > 1e-6)
    found = located.fid[differ]
    if not len(found):
        return ""
    at = int(found[0]) - 1
    return trn(
        "{file}: on %n row the point of column {column} and the columns {lat} / {lon} are other places "
        "(row {rows}: '{value}' against {lat_value} / {lon_value}); the map uses {column}. The typed "
        "table keeps both as exported: check which one is right before using the coordinate columns.",
        "{file}: on %n rows the point of column {column} and the columns {lat} / {lon} are other places "
        "(rows {rows}; first at row {row}: '{value}' against {lat_value} / {lon_value}); the map uses "
        "{column}. The typed table keeps both as exported: check which one is right before using the "
        "coordinate columns.",
        len(found),
    ).format(
        file=table.source,
        column=first.header,
        lat=parts["latitude"].header,
        lon=parts["longitude"].header,
        rows=", ".join(str(table.file_row(int(r) - 1)) for r in found[:_LISTED])
        + (" ..." if len(found) > _LISTED else ""),
        row=table.file_row(at),
        value=table.frame[first.index].iloc[at].strip(),
        lat_value=table.frame[parts["latitude"].index].iloc[at].strip(),
        lon_value=table.frame[parts["longitude"].index].iloc[at].strip(),
    )


def read_wkt(text: str):
    """The OGR geometry of a WKT written by the GeoJSON reader, or None when empty; CoordinateError when
    it is unreadable, empty, not finite or outside WGS 84's -180..180 / -90..90."""
    import math

    if not text:
        return None
    shown = text[:80]
    geometry = quiet_wkt(text)
    if geometry is None:
        if re.search(r"nan|inf|\d[eE][+-]?\d{3}", text, re.IGNORECASE):
            raise CoordinateError(tr("'{value}' has a coordinate that is not a finite number.").format(value=shown))
        raise CoordinateError(tr("'{value}' is not a geometry.").format(value=shown))
    if geometry.IsEmpty():
        raise CoordinateError(
            tr("'{value}' is an empty geometry (a coordinate is missing or not a number).").format(value=shown)
        )
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    if not all(math.isfinite(v) for v in (minx, maxx, miny, maxy)):
        raise CoordinateError(tr("'{value}' has a coordinate that is not a finite number.").format(value=shown))
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        raise CoordinateError(
            tr(
                "'{value}' is outside -180..180 / -90..90: is the file in another coordinate "
                "system than WGS 84 (longitude, latitude)?"
            ).format(value=shown)
        )
    return geometry


def quiet_wkt(text: str):
    """ogr.CreateGeometryFromWkt without GDAL printing its complaint (None when not WKT)."""
    from osgeo import gdal, ogr

    from ..base.gdal_errors import gdal_exceptions

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        with gdal_exceptions(False):
            return ogr.CreateGeometryFromWkt(text)
    finally:
        gdal.PopErrorHandler()


def _wkt_wkb(text: str) -> bytes | None:
    """2D ISO WKB of a WKT geometry written by the GeoJSON reader (None when empty)."""
    geometry = read_wkt(text)
    if geometry is None:
        return None
    geometry.FlattenTo2D()
    return bytes(geometry.ExportToIsoWkb())


def _coordinate_reason(value: str) -> str:
    try:
        parse_geopoint(value)
    except CoordinateError as err:
        return str(err)
    return tr("'{value}' is not a location").format(value=value)


GEOLOCATION = "_geolocation"
# "[4.36, 18.55]" as Kobo's JSON and ONA's CSV write it; "[null, null]" ("[None, None]", "[]") without a point
_GEOLOCATION_PAIR = r"^\s*\[\s*([^\s,\[\]]+)\s*,\s*([^\s,\[\]]+)\s*\]\s*$"
_GEOLOCATION_NONE = r"^\s*\[\s*(?:(?:null|none|nan)?\s*,\s*(?:null|none|nan)?)?\s*\]\s*$"


def geolocation_text(series):
    """``_geolocation`` values as geopoint strings "lat lon" ("" without a point); a value of another
    shape is kept as written, so that the row is named as unreadable."""
    text = series.str.replace(_GEOLOCATION_NONE, "", regex=True, case=False)
    return text.str.replace(_GEOLOCATION_PAIR, r"\1 \2", regex=True)


def _geolocation(columns: list[Column], table: TextTable | None):
    """("geolocation", column, None) when the table has a ``_geolocation`` column holding a point, else None."""
    for column in columns:
        if column.name == GEOLOCATION and column.kind == "text" and table is not None:
            if (geolocation_text(table.frame.iloc[:, column.index]).str.strip() != "").any():
                return "geolocation", column, None
    return None


def geolocation_note(table: TextTable, column: Column) -> str:
    """The sentence saying the points come from ``_geolocation``, the export having no location column."""
    return tr(
        "{file}: the points were built from column {column}, the location the server keeps for each "
        "submission ([latitude, longitude], taken from its first geopoint), as no geopoint column was found "
        "or chosen. The column is kept as exported."
    ).format(file=table.source, column=column.header)


def choose_geometry(
    columns: list[Column],
    geometry_field: str | None = None,
    lat_field: str | None = None,
    lon_field: str | None = None,
    table: TextTable | None = None,
):
    """The geo column(s) giving the location: a geopoint/geotrace/geoshape column or a lat/lon pair, else
    ``_geolocation`` when ``table`` (whose plan ``columns`` is) holds a point in it.

    ``lat_field``/``lon_field`` name two columns of a plain table (decimal comma accepted).
    """
    if lat_field or lon_field:
        by_name = {c.header: c for c in columns} | {c.name: c for c in columns}
        lat, lon = by_name.get(lat_field or ""), by_name.get(lon_field or "")
        if lat is None or lon is None:
            return None, None, None
        for column, part in ((lat, "latitude"), (lon, "longitude")):
            column.kind, column.geo_part, column.geo_question = "coordinate", part, "_user"
        return "pair", lat, lon
    if geometry_field:
        for column in columns:
            if geometry_field in (column.header, column.name):
                if column.name == GEOLOCATION and column.kind == "text":
                    return "geolocation", column, None
                if column.kind not in ("geopoint", "geotrace", "geoshape"):
                    column.kind = "geopoint"  # the user says so: read it as "lat lon [alt acc]"
                return column.kind, column, None
        return None, None, None
    # the questions' own locations first (points, then lines and shapes), then the points of a question the
    # form now disables (collected by earlier versions); the device's start or background location
    # (start-geopoint, background-geopoint) only for a form without them
    own = [c for c in columns if not c.device_location and not c.disabled]
    found = _point_column(own)
    for column in own if found is None else ():
        if column.kind in ("geotrace", "geoshape"):
            return column.kind, column, None
    disabled = _point_column([c for c in columns if c.disabled and not c.device_location])
    device = _point_column([c for c in columns if c.device_location])
    return found or disabled or device or _geolocation(columns, table) or (None, None, None)


def _point_column(columns: list[Column]):
    """("geopoint"/"wkt", column, None) of the first point column, else ("pair", lat, lon) of the first
    question whose latitude and longitude are both there, else None."""
    for column in columns:
        if column.kind in ("geopoint", "wkt"):
            return column.kind, column, None
    pairs: dict[str, dict[str | None, Column]] = {}
    for column in columns:
        if column.kind == "coordinate":
            pairs.setdefault(column.geo_question, {})[column.geo_part] = column
    for parts in pairs.values():
        if "latitude" in parts and "longitude" in parts:
            return "pair", parts["latitude"], parts["longitude"]
    return None
