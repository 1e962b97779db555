# SPDX-License-Identifier: GPL-3.0-or-later
"""Test data for the map tests: real CAR admin boundaries and survey points placed inside them.

Points are drawn at random (fixed seed) inside chosen admin-2 polygons with OGR, so each test
knows exactly how many submissions fall in each area.
"""

from __future__ import annotations

import random
from pathlib import Path

from osgeo import ogr, osr

ogr.UseExceptions()

REPO = Path(__file__).resolve().parent.parent
SAMPLE_ADMIN = REPO / "resources" / "sample" / "admin_boundaries.gpkg"


def admin_source() -> tuple[Path, str, str]:
    """(gpkg, admin1 layer, admin2 layer): the bundled sample's real CAR COD-AB boundaries (committed)."""
    return SAMPLE_ADMIN, "admin1", "admin2"


def admin2_polygons() -> dict[str, ogr.Geometry]:
    path, _, layer_name = admin_source()
    ds = ogr.Open(str(path))
    return {f.GetField("adm2_pcode"): f.GetGeometryRef().Clone() for f in ds.GetLayerByName(layer_name)}


def random_points_in(geometry: ogr.Geometry, n: int, rng: random.Random) -> list[tuple[float, float]]:
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    out = []
    while len(out) < n:
        x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        if geometry.Contains(point):
            out.append((x, y))
    return out


def write_survey_points(path: Path, plan: dict[str, list[str]], seed: int = 7, extra_rows=()) -> Path:
    """A GeoPackage layer ``survey`` with one point per answer in ``plan`` {adm2_pcode: [water_source,...]}.

    Each point carries ``admin2`` (its P-code) and ``water_source``; ``extra_rows`` are
    (x, y, admin2, water_source) tuples for points outside, without location, or miscoded.
    """
    rng = random.Random(seed)
    polygons = admin2_polygons()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("survey", srs, ogr.wkbPoint)
    for name in ("admin2", "water_source", "_uuid"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    n = 0
    rows = []
    for code, answers in plan.items():
        for (x, y), answer in zip(random_points_in(polygons[code], len(answers), rng), answers):
            rows.append((x, y, code, answer))
    for x, y, code, answer in list(rows) + list(extra_rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("admin2", code)
        feature.SetField("water_source", answer)
        feature.SetField("_uuid", f"uuid-{n}")
        n += 1
        if x is not None:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(x, y)
            feature.SetGeometry(point)
        layer.CreateFeature(feature)
    ds = None
    return path


def write_many_points(path: Path, n: int, seed: int = 11) -> Path:
    """``n`` points spread over all admin-2 areas (for speed benchmarks), layer ``survey``."""
    rng = random.Random(seed)
    polygons = admin2_polygons()
    codes = sorted(polygons)
    weights = [rng.random() ** 2 for _ in codes]  # uneven, like a real survey
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = ds.CreateLayer("survey", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("admin2", ogr.OFTString))
    layer.StartTransaction()
    picks = rng.choices(codes, weights=weights, k=n)
    for code in codes:
        k = picks.count(code)
        for x, y in random_points_in(polygons[code], k, rng):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("admin2", code)
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(x, y)
            feature.SetGeometry(point)
            layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    return path
