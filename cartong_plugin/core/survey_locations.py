# SPDX-License-Identifier: GPL-3.0-or-later
"""Locations of a whole table at once: geopoint strings or coordinate columns to GeoPackage blobs.

Points are parsed column-wise (pandas' C reader splits "lat lon alt acc"), checked for range
with numpy and packed as GeoPackage blobs; rows the fast path cannot read get the careful
parser of ``geometry.py``, whose message names what is wrong. Lines and polygons are rare and
short, so they are parsed row by row.
"""
from __future__ import annotations

import math
import struct

from .export_readers import TextTable
from .geometry import CoordinateError, gpkg_blob, odk_wkb, parse_geopoint
from .i18n import tr
from .survey_columns import Column


def _to_float(series):
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
        parts = pd.read_csv(io.StringIO("\n".join(values) + "\n0 0"), sep=" ", header=None, names=range(5),
                            skip_blank_lines=False, engine="c", keep_default_na=False, na_values=[""],
                            quoting=3)
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
    lat, lon, alt, acc = (parts[i].to_numpy(dtype=float) if parts[i].dtype.kind in "fi"
                          else _to_float(parts[i].fillna("").astype(str)).to_numpy(dtype=float) for i in range(4))
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
        lat[index], lon[index] = point.lat, point.lon
        alt[index] = np.nan if point.alt is None else point.alt
        acc[index] = np.nan if point.acc is None else point.acc
        ok[index], bad[index] = True, False
    nan = np.nan
    return np.where(ok, lat, nan), np.where(ok, lon, nan), np.where(ok, alt, nan), np.where(ok, acc, nan), bad


def build_geometries(table: TextTable, how, first: Column, second: Column | None, warnings: list[str]):
    """Rows (fid, blob, lat, lon, alt, acc, minx, maxx, miny, maxy) of the located rows, and the extent."""
    import numpy as np

    frame = table.frame
    n = len(frame)
    fids = np.arange(1, n + 1)
    if how in ("geopoint", "pair"):
        if how == "geopoint":
            lat, lon, alt, acc, bad = geopoint_arrays(frame[first.index])
        else:
            lat = _to_float(frame[first.index]).to_numpy(dtype=float)
            lon = _to_float(frame[second.index]).to_numpy(dtype=float)
            with np.errstate(invalid="ignore"):
                ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
            empty = ((frame[first.index].str.strip() == "") & (frame[second.index].str.strip() == "")).to_numpy()
            bad = ~empty & ~ok
            lat, lon = np.where(ok, lat, np.nan), np.where(ok, lon, np.nan)
            alt = acc = np.full(n, np.nan)
        if bad.any():
            first_bad = int(bad.nonzero()[0][0])
            value = frame[first.index].iloc[first_bad]
            if second is not None:
                value = f"{value} {frame[second.index].iloc[first_bad]}"
            warnings.append(
                tr("{file}, column {column}: {count} location(s) cannot be read and were imported without "
                   "geometry (first at row {row}: {reason})")
                .format(file=table.source, column=first.header, count=int(bad.sum()), row=first_bad + 1,
                        reason=_coordinate_reason(value)))
        idx = (np.isfinite(lat) & np.isfinite(lon)).nonzero()[0]
        prefix = b"GP\x00\x01" + struct.pack("<i", 4326) + struct.pack("<BI", 1, 1)
        pack = struct.Struct("<dd").pack
        lons, lats = lon[idx].tolist(), lat[idx].tolist()
        blobs = [prefix + pack(x, y) for x, y in zip(lons, lats)]
        rows = list(zip(fids[idx].tolist(), blobs, lats, lons, _nan_none(alt[idx]), _nan_none(acc[idx]),
                        lons, lons, lats, lats))
        extent = (min(lons), min(lats), max(lons), max(lats)) if lons else None
        return rows, extent
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
            rows.append((fid, gpkg_blob(wkb), None, None, None, None, minx, maxx, miny, maxy))
    if bad_rows:
        warnings.append(tr("{file}, column {column}: {count} shape(s) cannot be read and were imported without "
                           "geometry (first at row {row}: {reason})")
                        .format(file=table.source, column=first.header, count=len(bad_rows), row=bad_rows[0][0],
                                reason=bad_rows[0][1]))
    extent = (min(r[6] for r in rows), min(r[8] for r in rows), max(r[7] for r in rows),
              max(r[9] for r in rows)) if rows else None
    return rows, extent


def _wkt_wkb(text: str) -> bytes | None:
    """2D ISO WKB of a WKT geometry written by the GeoJSON reader (None when empty)."""
    from osgeo import ogr

    if not text:
        return None
    geometry = ogr.CreateGeometryFromWkt(text)
    if geometry is None:
        raise CoordinateError(tr("'{value}' is not a geometry.").format(value=text[:80]))
    geometry.FlattenTo2D()
    return bytes(geometry.ExportToIsoWkb())


def _nan_none(values) -> list:
    return [None if math.isnan(v) else v for v in values.tolist()]


def _coordinate_reason(value: str) -> str:
    try:
        parse_geopoint(value)
    except CoordinateError as err:
        return str(err)
    return tr("'{value}' is not a location").format(value=value)

