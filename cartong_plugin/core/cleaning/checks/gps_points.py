# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the GPS checks take each submission's point from.

The coordinate columns (``_<geopoint>_latitude`` / ``_longitude``) where they are filled, else the
geopoint answer's text ("lat lon alt precision"), else the layer's point geometry. A point moved by
hand in QGIS after the import changes the geometry and leaves the columns as they were: where the
geometry lies more than MOVED_METRES from the columns, the geometry is the point checked, and the
check says so. Unless most points disagree: then the geometry is another point than these columns
(another geopoint, a layer built otherwise) and the columns stay the point checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .admin_areas import METRES_PER_DEGREE
from .common import to_number

if TYPE_CHECKING:
    import numpy as np

# the source named when the layer's points stood in
GEOMETRY_LATITUDE = "_geometry_latitude"
# in a frame's attrs: a callable giving (longitudes, latitudes) in WGS 84 of the layer's points in the
# frame's row order (NaN where a feature has none), or None when the layer has no points (see layer_to_frame)
POINT_READER = "cartong_point_reader"
# columns and geometry further apart than this were moved apart: more than a rounding of the columns
# (5 decimals of a degree are 1.1 m at most; a point moved by hand goes much further)
MOVED_METRES = 1.0


@dataclass
class Points:
    """Each submission's point (float arrays, NaN where it has none) and where it came from."""

    lat: np.ndarray
    lon: np.ndarray
    precision: np.ndarray
    sources: list = field(default_factory=list)  # what was found (empty: no coordinates at all)
    moved: np.ndarray | None = None  # True where the geometry was preferred to the columns it left
    answered_lat: np.ndarray | None = None  # the columns' (or text's) coordinates, before the geometry
    answered_lon: np.ndarray | None = None


def _geopoint_questions(form) -> list[str]:
    if form is None:
        return []
    return [n for n, q in form.questions.items() if q.type == "geopoint" and q.repeat is None]


def coordinate_columns(df, form, config):
    """(latitude, longitude, precision) column names, from the config, the form's geopoint or Kobo's default."""
    geopoints = _geopoint_questions(form)
    base = geopoints[0] if geopoints else "location"
    lat = config.latitude_column or f"_{base}_latitude"
    lon = config.longitude_column or f"_{base}_longitude"
    precision = config.precision_column or f"_{base}_precision"
    return lat, lon, precision


def geopoint_column(lat_col: str) -> str:
    """The geopoint answer whose split latitude column is ``lat_col`` ('' when it is not named so)."""
    return lat_col[1 : -len("_latitude")] if lat_col.startswith("_") and lat_col.endswith("_latitude") else ""


def _geopoint_text_parts(series):
    """(latitude, longitude, precision) numbers of a geopoint answer 'lat lon [alt [precision]]' (NaN if not)."""
    import numpy as np
    import pandas as pd

    parts = series.astype(object).where(series.notna(), "").astype(str).str.split(expand=True)
    out = []
    for position in (0, 1, 3):
        column = parts[position] if position in parts.columns else pd.Series([None] * len(series))
        out.append(pd.to_numeric(column, errors="coerce").to_numpy(dtype=float))
    good = ~(np.isnan(out[0]) | np.isnan(out[1]))
    return [np.where(good, values, np.nan) for values in out]


def distance_m(lat1, lon1, lat2, lon2):
    """Distances in metres between two arrays of WGS 84 points (flat approximation: short distances)."""
    import numpy as np

    scale_x = np.cos(np.radians(lat1)) * METRES_PER_DEGREE
    return np.hypot((lon2 - lon1) * scale_x, (lat2 - lat1) * METRES_PER_DEGREE)


def read_points(df, form, config) -> Points:
    """Each submission's point: see the module's text."""
    import numpy as np

    lat_col, lon_col, precision_col = coordinate_columns(df, form, config)
    nothing = np.full(len(df), np.nan)
    sources = []
    lat, lon, precision = nothing.copy(), nothing.copy(), nothing.copy()
    if lat_col in df.columns and lon_col in df.columns:
        sources.append(lat_col)
        lat, lon = to_number(df[lat_col]).to_numpy(), to_number(df[lon_col]).to_numpy()
        if precision_col in df.columns:
            precision = to_number(df[precision_col]).to_numpy()
    geopoint = geopoint_column(lat_col)
    empty = np.isnan(lat) | np.isnan(lon)
    if empty.any() and geopoint and geopoint in df.columns:  # parsed only where the columns are empty
        sources.append(geopoint)
        text_lat, text_lon, text_precision = nothing.copy(), nothing.copy(), nothing.copy()
        for whole, found in zip((text_lat, text_lon, text_precision), _geopoint_text_parts(df[geopoint][empty])):
            whole[empty] = found
        lat, lon = np.where(empty, text_lat, lat), np.where(empty, text_lon, lon)
        precision = np.where(empty & np.isnan(precision), text_precision, precision)
    points = Points(lat, lon, precision, sources, answered_lat=lat, answered_lon=lon)
    reader = df.attrs.get(POINT_READER)
    found = reader() if reader is not None else None
    if found is None:
        return points
    point_lon, point_lat = found
    has_point = ~(np.isnan(point_lat) | np.isnan(point_lon))
    answered = ~(np.isnan(lat) | np.isnan(lon))
    both = has_point & answered
    with np.errstate(invalid="ignore"):
        apart = both & (distance_m(lat, lon, point_lat, point_lon) > MOVED_METRES)
    # most points elsewhere than the columns: not moved by hand, but another point (see the module's text)
    moved = apart if 2 * apart.sum() <= both.sum() else np.zeros(len(df), dtype=bool)
    use = has_point & (~answered | moved)
    if use.any():
        points.sources.append(GEOMETRY_LATITUDE)
        points.lat, points.lon = np.where(use, point_lat, lat), np.where(use, point_lon, lon)
    points.moved = moved
    return points
