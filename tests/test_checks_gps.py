# SPDX-License-Identifier: GPL-3.0-or-later
"""GPS checks and the numpy point-in-polygon on hand-made squares and the real CAR boundaries."""

from __future__ import annotations

import numpy as np
import pandas as pd

from cartong_plugin.core.cleaning.checks import ChecksConfig
from cartong_plugin.core.cleaning.checks.gps import AdminAreas, find_gps_problems

# two squares side by side (A: x 0..10, B: x 10..20), A with a hole at 4..6
SQUARE_A = [[(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)], [(4, 4), (6, 4), (6, 6), (4, 6), (4, 4)]]
SQUARE_B = [[(10, 0), (20, 0), (20, 10), (10, 10), (10, 0)]]


def _areas():
    return AdminAreas.from_rings([("A", "Alpha", SQUARE_A), ("B", "Beta", SQUARE_B)])


def _df(lat, lon, **more):
    data = {"_uuid": [f"u{i}" for i in range(len(lat))], "_location_latitude": lat, "_location_longitude": lon}
    data.update(more)
    return pd.DataFrame(data)


def _found(entries):
    return sorted((e.uuid, e.check_id) for e in entries)


def test_locate_respects_holes_and_neighbours():
    codes = _areas().locate(np.array([2.0, 5.0, 15.0, 25.0, np.nan]), np.array([2.0, 5.0, 5.0, 5.0, 1.0]))
    assert codes.tolist() == ["A", None, "B", None, None]


def test_locate_matches_ogr_on_real_admin_boundaries(sample_dir):
    from osgeo import ogr

    areas = AdminAreas.from_ogr(sample_dir / "admin_boundaries.gpkg", "admin2", "adm2_pcode")
    rng = np.random.default_rng(0)
    lon, lat = rng.uniform(14, 27.5, 300), rng.uniform(2.2, 11, 300)
    ours = areas.locate(lon, lat)
    ds = ogr.Open(str(sample_dir / "admin_boundaries.gpkg"))  # kept: its layer dies with it
    polygons = [(f.GetField("adm2_pcode"), f.GetGeometryRef().Clone()) for f in ds.GetLayerByName("admin2")]
    for x, y, code in zip(lon, lat, ours):
        point = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})")
        expected = next((c for c, g in polygons if g.Contains(point)), None)
        assert code == expected


def test_missing_zero_and_impossible_points_are_flagged():
    df = _df([np.nan, 0.0, 95.0, 5.0], [np.nan, 0.0, 5.0, 5.0])
    assert _found(find_gps_problems(df, None, ChecksConfig())) == [
        ("u0", "gps.missing"),
        ("u1", "gps.zero"),
        ("u2", "gps.invalid"),
    ]


def test_swapped_point_gets_both_coordinates_suggested():
    df = _df([15.0, 5.0], [5.0, 2.0])  # u0: lat 15 lon 5 is outside; swapped (lat 5, lon 15) is in B
    entries = find_gps_problems(df, None, ChecksConfig(admin_areas=_areas()))
    swapped = [(e.question, e.old_value, e.new_value) for e in entries if e.check_id == "gps.swapped"]
    assert swapped == [("_location_latitude", "15", "5"), ("_location_longitude", "5", "15")]
    assert _found(entries) == [("u0", "gps.swapped"), ("u0", "gps.swapped")]


def test_point_outside_every_area_is_outside_the_area_of_interest():
    df = _df([2.0, 5.0, 50.0], [2.0, 5.0, 40.0])  # u1 lies in the hole of A
    entries = find_gps_problems(df, None, ChecksConfig(admin_areas=_areas()))
    assert _found(entries) == [("u1", "gps.outside_area"), ("u2", "gps.outside_area")]


def test_bounding_box_serves_as_area_of_interest():
    df = _df([5.0, 50.0], [5.0, 40.0])
    assert _found(find_gps_problems(df, None, ChecksConfig(bbox=(0, 0, 20, 10)))) == [("u1", "gps.outside_area")]


def test_point_in_another_area_than_answered_suggests_the_area():
    df = _df([5.0, 5.0], [2.0, 15.0], zone=["A", "A"])
    entries = find_gps_problems(df, None, ChecksConfig(admin_areas=_areas()))
    assert [(e.uuid, e.check_id, e.question, e.old_value, e.new_value) for e in entries] == [
        ("u1", "gps.admin_mismatch", "zone", "A", "B")
    ]


def test_poor_precision_is_flagged():
    df = _df([5.0, 5.0], [2.0, 3.0], _location_precision=[12.0, 800.0])
    assert _found(find_gps_problems(df, None, ChecksConfig(max_precision_m=50))) == [("u1", "gps.precision")]


def test_good_points_raise_nothing():
    df = _df([1.0, 9.0, 5.0], [1.0, 9.0, 15.0], zone=["A", "A", "B"], _location_precision=[5.0, 5.0, 5.0])
    assert find_gps_problems(df, None, ChecksConfig(admin_areas=_areas())) == []


def test_impossible_point_is_not_also_outside_the_area():
    df = _df([95.0], [5.0])
    assert _found(find_gps_problems(df, None, ChecksConfig(bbox=(0, 0, 20, 10)))) == [("u0", "gps.invalid")]
