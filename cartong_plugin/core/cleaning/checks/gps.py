# SPDX-License-Identifier: GPL-3.0-or-later
"""GPS checks: missing, (0,0), impossible, swapped latitude/longitude, outside the area of interest,
poor precision, and points lying in another admin area than the one answered.

Point-in-polygon runs in numpy (ray casting on horizontal slabs of each polygon's edges), so
100,000 points against a country's admin-2 areas take well under a second without GEOS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...base.i18n import tr
from .common import add_note, column_holding, make_entries, to_number

if TYPE_CHECKING:
    import numpy as np


@dataclass
class _Area:
    code: str
    name: str
    bbox: tuple[float, float, float, float]
    x1: np.ndarray  # edge start/end coordinates (numpy arrays), horizontal edges removed
    y1: np.ndarray
    x2: np.ndarray
    y2: np.ndarray
    slab_height: float
    slab_start: np.ndarray  # CSR index: edges of slab s are slab_edges[slab_start[s]:slab_start[s+1]]
    slab_edges: np.ndarray


@dataclass
class AdminAreas:
    """Polygons keyed by P-code, with a fast vectorised ``locate(lon, lat)``."""

    areas: list = field(default_factory=list)

    @classmethod
    def from_rings(cls, items) -> AdminAreas:
        """``items``: iterable of (code, name, rings), rings = list of [(x, y), ...] (outer and holes, any part)."""
        return cls([_build_area(code, name, rings) for code, name, rings in items if rings])

    @classmethod
    def from_wkb(cls, items) -> AdminAreas:
        """``items``: iterable of (code, name, wkb bytes) of (multi)polygons."""
        from osgeo import ogr

        out = []
        for code, name, wkb in items:
            if not wkb:
                continue
            geom = ogr.CreateGeometryFromWkb(bytes(wkb))
            out.append((code, name, _rings(geom)))
        return cls.from_rings(out)

    @classmethod
    def from_ogr(cls, path, layer_name: str | None, code_field: str, name_field: str = "") -> AdminAreas:
        """Read polygons from a vector file with OGR (e.g. admin_boundaries.gpkg, layer admin2)."""
        from osgeo import ogr

        ds = ogr.Open(str(path))
        layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
        items = []
        for feature in layer:
            geom = feature.GetGeometryRef()
            if geom is not None:
                name = feature.GetFieldAsString(name_field) if name_field else ""
                items.append((feature.GetFieldAsString(code_field), name, _rings(geom)))
        return cls.from_rings(items)

    @property
    def codes(self) -> set[str]:
        return {a.code for a in self.areas}

    def bbox(self):
        import numpy as np

        boxes = np.array([a.bbox for a in self.areas])
        return boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()

    def locate(self, lon, lat):
        """Code of the area holding each point (object array, None outside every area)."""
        import numpy as np

        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        result = np.full(len(lon), None, dtype=object)
        open_points = ~(np.isnan(lon) | np.isnan(lat))  # valid and not located yet
        for area in self.areas:
            xmin, ymin, xmax, ymax = area.bbox
            candidates = np.flatnonzero(open_points & (lon >= xmin) & (lon <= xmax) & (lat >= ymin) & (lat <= ymax))
            if len(candidates):
                hits = candidates[_inside(area, lon[candidates], lat[candidates])]
                result[hits] = area.code
                open_points[hits] = False
        return result


def _rings(geom) -> list:
    from osgeo import ogr

    out = []
    kind = ogr.GT_Flatten(geom.GetGeometryType())
    if kind == ogr.wkbPolygon:
        for i in range(geom.GetGeometryCount()):
            out.append(geom.GetGeometryRef(i).GetPoints() or [])
    elif kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            out += _rings(geom.GetGeometryRef(i))
    return out


def _build_area(code, name, rings) -> _Area:
    import numpy as np

    x1s, y1s, x2s, y2s = [], [], [], []
    for ring in rings:
        pts = np.asarray([p[:2] for p in ring], dtype=float)
        if len(pts) < 3:
            continue
        if not np.array_equal(pts[0], pts[-1]):
            pts = np.vstack([pts, pts[:1]])
        x1s.append(pts[:-1, 0])
        y1s.append(pts[:-1, 1])
        x2s.append(pts[1:, 0])
        y2s.append(pts[1:, 1])
    x1, y1, x2, y2 = (np.concatenate(a) for a in (x1s, y1s, x2s, y2s))
    keep = y1 != y2
    x1, y1, x2, y2 = x1[keep], y1[keep], x2[keep], y2[keep]
    bbox = (
        float(min(x1.min(), x2.min())),
        float(min(y1.min(), y2.min())),
        float(max(x1.max(), x2.max())),
        float(max(y1.max(), y2.max())),
    )
    slabs = int(min(max(len(x1) // 8, 1), 1024))
    height = (bbox[3] - bbox[1]) / slabs or 1.0
    low = np.clip(((np.minimum(y1, y2) - bbox[1]) / height).astype(int), 0, slabs - 1)
    high = np.clip(((np.maximum(y1, y2) - bbox[1]) / height).astype(int), 0, slabs - 1)
    counts = high - low + 1
    edge_ids = np.repeat(np.arange(len(x1)), counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    slab_ids = np.repeat(low, counts) + offsets
    order = np.argsort(slab_ids, kind="stable")
    slab_edges = edge_ids[order]
    slab_start = np.searchsorted(slab_ids[order], np.arange(slabs + 1))
    return _Area(str(code), str(name or ""), bbox, x1, y1, x2, y2, height, slab_start, slab_edges)


def _inside(area: _Area, px, py):
    """Even-odd rule, each point tested only against the edges of its horizontal slab."""
    import numpy as np

    slabs = len(area.slab_start) - 1
    slab = np.clip(((py - area.bbox[1]) / area.slab_height).astype(int), 0, slabs - 1)
    inside = np.zeros(len(px), dtype=bool)
    order = np.argsort(slab, kind="stable")
    bounds = np.searchsorted(slab[order], np.arange(slabs + 1))
    for s in np.flatnonzero(np.diff(bounds)):
        points = order[bounds[s] : bounds[s + 1]]
        edges = area.slab_edges[area.slab_start[s] : area.slab_start[s + 1]]
        if len(edges) == 0:
            continue
        x1, y1, x2, y2 = area.x1[edges], area.y1[edges], area.x2[edges], area.y2[edges]
        x, y = px[points][:, None], py[points][:, None]
        crosses = ((y1 > y) != (y2 > y)) & (x < x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        inside[points] = (crosses.sum(axis=1) % 2) == 1
    return inside


# -- the check ----------------------------------------------------------------------------------


# WGS 84 coordinates of a point layer's geometry, added by layers.layer_to_frame (NaN where it has none)
GEOMETRY_LATITUDE = "_geometry_latitude"  # the source named when the layer's points stood in
# in a frame's attrs: a callable giving (longitudes, latitudes) of the layer's points, or None (see layer_to_frame)
POINT_READER = "cartong_point_reader"


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


def read_coordinates(df, form, config):
    """(lat, lon, precision, sources) as float arrays: the coordinate columns where they are filled, else the
    geopoint answer's text, else the layer's point geometry. ``sources``: what was found (empty: nothing)."""
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
    geopoint = lat_col[1 : -len("_latitude")] if lat_col.startswith("_") and lat_col.endswith("_latitude") else ""

    def from_text(empty):
        if not geopoint or geopoint not in df.columns:
            return None
        parts = [nothing.copy(), nothing.copy(), nothing.copy()]  # parsed only where still empty
        for whole, found in zip(parts, _geopoint_text_parts(df[geopoint][empty])):
            whole[empty] = found
        return parts

    def from_geometry(empty):
        reader = df.attrs.get(POINT_READER)
        points = reader(empty) if reader is not None else None
        return None if points is None else (points[1], points[0], nothing)

    # each fallback is read only when cells are still empty (most surveys have every coordinate column filled)
    for source, read in ((geopoint, from_text), (GEOMETRY_LATITUDE, from_geometry)):
        empty = np.isnan(lat) | np.isnan(lon)
        if not empty.any():
            break
        found = read(empty)
        if found is None:
            continue
        other_lat, other_lon, other_precision = found
        sources.append(source)
        lat, lon = np.where(empty, other_lat, lat), np.where(empty, other_lon, lon)
        precision = np.where(empty & np.isnan(precision), other_precision, precision)
    return lat, lon, precision, sources


def _cells(df, column, numbers):
    """Old values of a coordinate: the column's own text where it is filled, else the number read elsewhere."""
    import numpy as np

    if column not in df.columns:
        return numbers
    filled = ~np.isnan(to_number(df[column]).to_numpy())
    return np.where(filled, df[column].to_numpy(dtype=object), numbers.astype(object))


def _guess_code_column(df, areas, config):
    """The answered question holding the same P-codes as the areas."""
    if config.admin_code_column:
        return config.admin_code_column if config.admin_code_column in df.columns else ""
    return column_holding(df, areas.codes)


def find_gps_problems(df, form, config):
    """GPS entries, at most one per submission and problem; suggestions for swapped points."""
    import numpy as np

    lat_col, lon_col, precision_col = coordinate_columns(df, form, config)
    if config.uuid_column not in df.columns:
        return []
    lat, lon, precision, sources = read_coordinates(df, form, config)
    if not sources:
        add_note(
            config,
            tr(
                "GPS check not run: the layer has no {latitude}/{longitude} columns, no geopoint answer and no "
                "point geometry. Run the checks on the survey layer that holds the GPS points."
            ).format(latitude=lat_col, longitude=lon_col),
        )
        return []
    if lat_col not in df.columns:  # the log names a question the layer has: the geopoint, else the latitude
        geopoint = lat_col[1 : -len("_latitude")] if lat_col.endswith("_latitude") else ""
        lat_col = lon_col = geopoint if geopoint in df.columns else lat_col
    common = {"uuid_column": config.uuid_column, "when": config.when, "who": config.who}

    def where(i):
        return tr("Point: latitude {lat}, longitude {lon}.").format(lat=lat[i], lon=lon[i])

    entries = []
    missing = np.isnan(lat) | np.isnan(lon)
    entries += make_entries(
        df,
        missing,
        question=lat_col,
        issue=tr("GPS point missing"),
        check_id="gps.missing",
        explanations=tr("The submission has no GPS point."),
        **common,
    )
    zero = ~missing & (lat == 0) & (lon == 0)
    entries += make_entries(
        df,
        zero,
        question=lat_col,
        issue=tr("GPS point at (0, 0)"),
        check_id="gps.zero",
        explanations=tr("Latitude and longitude are both 0: the GPS had no fix."),
        **common,
    )
    impossible = ~missing & ~zero & ((np.abs(lat) > 90) | (np.abs(lon) > 180))
    usable = ~missing & ~zero

    areas = (
        config.admin_areas if config.admin_areas is not None and getattr(config.admin_areas, "areas", None) else None
    )
    if areas is not None or config.bbox is not None:

        def in_aoi(x, y):
            if areas is not None:
                found = areas.locate(x, y)
                return np.fromiter((c is not None for c in found), dtype=bool, count=len(found)), found
            xmin, ymin, xmax, ymax = config.bbox
            with np.errstate(invalid="ignore"):
                return (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax), None

        inside, located = in_aoi(np.where(usable, lon, np.nan), np.where(usable, lat, np.nan))
        swapped_inside, _ = in_aoi(np.where(usable & ~inside, lat, np.nan), np.where(usable & ~inside, lon, np.nan))
        swapped = usable & ~inside & swapped_inside
        outside = usable & ~inside & ~swapped & ~impossible  # impossible points get their own entry
        explain = tr("Latitude and longitude seem swapped: swapped, the point falls in the area of interest.")
        entries += make_entries(
            df,
            swapped,
            question=lat_col,
            issue=tr("latitude and longitude swapped"),
            check_id="gps.swapped",
            old_values=_cells(df, lat_col, lat),
            new_values=_cells(df, lon_col, lon),
            explanations=explain,
            **common,
        )
        entries += make_entries(
            df,
            swapped,
            question=lon_col,
            issue=tr("latitude and longitude swapped"),
            check_id="gps.swapped",
            old_values=_cells(df, lon_col, lon),
            new_values=_cells(df, lat_col, lat),
            explanations=explain,
            **common,
        )
        entries += make_entries(
            df,
            outside,
            question=lat_col,
            issue=tr("GPS point outside the area of interest"),
            check_id="gps.outside_area",
            explanations=where,
            **common,
        )
        impossible &= ~swapped
        if located is not None:
            code_col = _guess_code_column(df, areas, config)
            if code_col:
                answered = df[code_col].astype(object).where(df[code_col].notna(), None).to_numpy()
                answered_text = np.array([str(a) if a is not None else "" for a in answered], dtype=object)
                other = inside & (answered_text != "") & (answered_text != located)

                def explain_admin(i):
                    return tr("The point lies in {found}, the answer is {answered}.").format(
                        found=located[i], answered=answered_text[i]
                    )

                entries += make_entries(
                    df,
                    other,
                    question=code_col,
                    issue=tr("GPS point in another admin area"),
                    check_id="gps.admin_mismatch",
                    new_values=located,
                    explanations=explain_admin,
                    **common,
                )
    entries += make_entries(
        df,
        impossible,
        question=lat_col,
        issue=tr("impossible coordinates"),
        check_id="gps.invalid",
        explanations=where,
        **common,
    )
    if not np.isnan(precision).all():
        with np.errstate(invalid="ignore"):
            poor = usable & (precision > config.max_precision_m)
        entries += make_entries(
            df,
            poor,
            question=precision_col,
            issue=tr("poor GPS precision"),
            check_id="gps.precision",
            explanations=tr("Precision worse than {limit} m.").format(limit=f"{config.max_precision_m:g}"),
            **common,
        )
    return entries
