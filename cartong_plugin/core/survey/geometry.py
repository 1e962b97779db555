# SPDX-License-Identifier: GPL-3.0-or-later
"""Parse ODK geopoint, geotrace and geoshape strings into coordinates, WKB and QgsGeometry.

ODK writes a point as ``"lat lon alt acc"`` (altitude and accuracy optional) and a line or a
polygon as points joined by ``;``. Values typed or re-saved by hand may use a decimal comma
("4,36 18,55"), accepted when it cannot be a thousands separator. Coordinates are WGS 84.
"""

from __future__ import annotations

import math
import re
import struct
from typing import NamedTuple

from ..base.errors import CartongError
from ..base.i18n import tr

WKB_POINT, WKB_LINESTRING, WKB_POLYGON = 1, 2, 3
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")


class GeoPoint(NamedTuple):
    lat: float
    lon: float
    alt: float | None = None
    acc: float | None = None


class CoordinateError(CartongError):
    """A coordinate string that cannot be read; the caller adds the file, row and column."""


def parse_number(text: str, what: str) -> float:
    """A float from ``text``; a single decimal comma is accepted ("4,36"), "1,234.5" is not."""
    token = text.strip()
    if _DECIMAL_COMMA.match(token):
        token = token.replace(",", ".")
    try:
        value = float(token)
    except ValueError:
        raise CoordinateError(tr("'{value}' is not a number ({what}).").format(value=text, what=what)) from None
    if not math.isfinite(value):
        raise CoordinateError(tr("'{value}' is not a finite number ({what}).").format(value=text, what=what))
    return value


def check_lat_lon(lat: float, lon: float) -> None:
    if not -90.0 <= lat <= 90.0:
        raise CoordinateError(tr("Latitude {value} is outside -90..90.").format(value=lat))
    if not -180.0 <= lon <= 180.0:
        raise CoordinateError(tr("Longitude {value} is outside -180..180.").format(value=lon))


def parse_geopoint(text: str | None) -> GeoPoint | None:
    """``"lat lon [alt [acc]]"`` -> GeoPoint; None for an empty value; CoordinateError otherwise."""
    if text is None or not text.strip():
        return None
    parts = text.split()
    if len(parts) < 2 or len(parts) > 4:
        raise CoordinateError(
            tr("'{value}' is not a geopoint: expected 'latitude longitude altitude accuracy'.").format(value=text)
        )
    lat = parse_number(parts[0], tr("latitude"))
    lon = parse_number(parts[1], tr("longitude"))
    check_lat_lon(lat, lon)
    alt = parse_number(parts[2], tr("altitude")) if len(parts) > 2 else None
    acc = parse_number(parts[3], tr("accuracy")) if len(parts) > 3 else None
    return GeoPoint(lat, lon, alt, acc)


def parse_geotrace(text: str | None) -> list[GeoPoint] | None:
    """``"lat lon alt acc;lat lon alt acc;..."`` -> points (at least 2); None for an empty value."""
    if text is None or not text.strip():
        return None
    # every part is non-blank, so parse_geopoint gives a point or raises
    points = [point for part in text.split(";") if part.strip() and (point := parse_geopoint(part)) is not None]
    if len(points) < 2:
        raise CoordinateError(tr("'{value}' is not a line: it needs at least 2 points.").format(value=text))
    return points


def parse_geoshape(text: str | None) -> list[GeoPoint] | None:
    """A closed ring (the first point repeated at the end when ODK left it open); None for empty."""
    points = parse_geotrace(text)
    if points is None:
        return None
    if (points[0].lat, points[0].lon) != (points[-1].lat, points[-1].lon):
        points.append(points[0])
    if len({(p.lat, p.lon) for p in points}) < 3:
        raise CoordinateError(tr("'{value}' is not a polygon: it needs at least 3 distinct points.").format(value=text))
    return points


def point_wkb(lon: float, lat: float) -> bytes:
    """Little-endian 2D WKB of a point (x = longitude, y = latitude)."""
    return struct.pack("<BIdd", 1, WKB_POINT, lon, lat)


def line_wkb(points: list[GeoPoint]) -> bytes:
    return struct.pack("<BII", 1, WKB_LINESTRING, len(points)) + b"".join(
        struct.pack("<dd", p.lon, p.lat) for p in points
    )


def polygon_wkb(points: list[GeoPoint]) -> bytes:
    return struct.pack("<BIII", 1, WKB_POLYGON, 1, len(points)) + b"".join(
        struct.pack("<dd", p.lon, p.lat) for p in points
    )


def odk_wkb(text: str | None, kind: str) -> bytes | None:
    """WKB of a geopoint/geotrace/geoshape string (``kind`` is the XLSForm type); None when empty."""
    if kind == "geopoint":
        point = parse_geopoint(text)
        return None if point is None else point_wkb(point.lon, point.lat)
    if kind == "geotrace":
        points = parse_geotrace(text)
        return None if points is None else line_wkb(points)
    if kind == "geoshape":
        points = parse_geoshape(text)
        return None if points is None else polygon_wkb(points)
    raise ValueError(kind)


def odk_geometry(text: str | None, kind: str = "geopoint"):
    """QgsGeometry of a geopoint/geotrace/geoshape string (an empty QgsGeometry when empty)."""
    from qgis.core import QgsGeometry

    wkb = odk_wkb(text, kind)
    geometry = QgsGeometry()
    if wkb is not None:
        geometry.fromWkb(wkb)
    return geometry


def gpkg_blob(wkb: bytes | None, srs_id: int = 4326) -> bytes | None:
    """GeoPackage geometry blob (header without envelope + WKB), as stored in a GPKG table."""
    if wkb is None:
        return None
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + wkb
