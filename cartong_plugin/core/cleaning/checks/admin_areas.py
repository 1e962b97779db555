# SPDX-License-Identifier: GPL-3.0-or-later
"""Admin polygons for the GPS checks: which area holds a point, which area a typed P-code names,
and whether a point lies within a few metres of an area.

Point-in-polygon runs in numpy (ray casting on horizontal slabs of each polygon's edges), so
100,000 points against a country's admin-2 areas take well under a second without GEOS. Distances
are in metres on a local flat approximation of the sphere around each point (well under 1 % off at
the tens of metres they are used for), whatever the boundaries' own units were (they are read in
WGS 84 degrees).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..pcode_keys import exact_key, loose_key

if TYPE_CHECKING:
    import numpy as np

# metres in one degree of a great circle (mean Earth radius 6,371,009 m)
METRES_PER_DEGREE = 111_195.0


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
    edges: np.ndarray  # every edge, horizontal ones too (4 rows: x1, y1, x2, y2), for distances


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

    def named(self, answers):
        """The area code each typed answer names (object array, None when blank or naming no area).

        As the maps count them: without case or surrounding spaces, else by an obvious variant
        ("CF-111", "CF111.0") naming one area only (see cleaning.pcode_keys)."""
        import numpy as np
        import pandas as pd

        exact = {exact_key(code): code for code in sorted(self.codes)}
        loose: dict[str, set[str]] = {}
        for code in self.codes:
            loose.setdefault(loose_key(code), set()).add(code)

        def area_code(text: str):
            if not text.strip():
                return None
            code = exact.get(exact_key(text))
            if code is None:
                candidates = loose.get(loose_key(text), set())
                code = next(iter(candidates)) if len(candidates) == 1 else None
            return code

        codes, uniques = pd.factorize(pd.Series(answers, dtype=object))  # each distinct answer once
        found = np.array([area_code(str(u)) for u in uniques] + [None], dtype=object)
        return found[codes]

    def near(self, lon, lat, codes, metres: float):
        """True where point i lies in an area whose code is ``codes[i]``, or within ``metres`` of its boundary."""
        import numpy as np

        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        codes = np.asarray(codes, dtype=object)
        result = np.zeros(len(lon), dtype=bool)
        named = np.fromiter((code is not None for code in codes), dtype=bool, count=len(codes))
        wanted = np.flatnonzero(named & ~(np.isnan(lon) | np.isnan(lat)))  # usually a few points
        for area in self.areas:
            rows = wanted[(codes[wanted] == area.code) & ~result[wanted]]
            if len(rows):
                result[rows] = _near_area(area, lon[rows], lat[rows], metres)
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
    edges = np.vstack([np.concatenate(a) for a in (x1s, y1s, x2s, y2s)])
    x1, y1, x2, y2 = edges
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
    return _Area(str(code), str(name or ""), bbox, x1, y1, x2, y2, height, slab_start, slab_edges, edges)


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


# points x edges compared at once: ~32 MB of float64 per intermediate array
_BLOCK = 4_000_000


def _near_area(area: _Area, px, py, metres: float):
    """True where a point lies inside ``area`` or within ``metres`` of one of its edges."""
    import numpy as np

    dy = metres / METRES_PER_DEGREE
    dx = dy / np.maximum(np.cos(np.radians(py)), 1e-6)
    xmin, ymin, xmax, ymax = area.bbox
    near = np.zeros(len(px), dtype=bool)
    close = np.flatnonzero((px >= xmin - dx) & (px <= xmax + dx) & (py >= ymin - dy) & (py <= ymax + dy))
    if len(close) == 0:
        return near
    near[close] = _inside(area, px[close], py[close])
    rest = close[~near[close]]
    rest = rest[np.argsort(py[rest], kind="stable")]  # neighbours in latitude share their edges
    ex1, ey1, ex2, ey2 = area.edges
    pending = [rest]
    while pending:
        points = pending.pop()
        if len(points) == 0:
            continue
        x, y, wide = px[points], py[points], dx[points]
        edges = np.flatnonzero(
            (np.maximum(ey1, ey2) >= y.min() - dy)
            & (np.minimum(ey1, ey2) <= y.max() + dy)
            & (np.maximum(ex1, ex2) >= (x - wide).min())
            & (np.minimum(ex1, ex2) <= (x + wide).max())
        )
        if len(edges) == 0:
            continue
        if len(points) > 1 and len(points) * len(edges) > _BLOCK:
            half = len(points) // 2
            pending += [points[:half], points[half:]]
            continue
        near[points] = _distance_m(x, y, ex1[edges], ey1[edges], ex2[edges], ey2[edges]).min(axis=1) <= metres
    return near


def _distance_m(x, y, x1, y1, x2, y2):
    """Distances in metres (points x segments) from points (x, y) to segments, in degrees of WGS 84."""
    import numpy as np

    scale_x = (np.cos(np.radians(y)) * METRES_PER_DEGREE)[:, None]
    ax, ay = (x1 - x[:, None]) * scale_x, (y1 - y[:, None]) * METRES_PER_DEGREE
    bx, by = (x2 - x[:, None]) * scale_x, (y2 - y[:, None]) * METRES_PER_DEGREE
    vx, vy = bx - ax, by - ay
    length2 = vx * vx + vy * vy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.where(length2 > 0, -(ax * vx + ay * vy) / length2, 0.0), 0.0, 1.0)
    return np.hypot(ax + t * vx, ay + t * vy)
