# SPDX-License-Identifier: GPL-3.0-or-later
"""Displaced points stay within the radius and never at their place; snapped points share cell centres."""

from __future__ import annotations

import math
import random

import pytest

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.core.protection.displace import (
    GridSnapper,
    PointDisplacer,
    geodesic_distance_m,
    snap_point,
    utm_epsg,
)
from tests.protection_data import aeqd_distance_m

# Bangui, Birao (north-east CAR), Kinshasa (south of the equator), a point on a UTM zone border
PLACES = [(18.5550, 4.3612), (22.7833, 10.2833), (15.3136, -4.3317), (18.0, 6.5)]


@pytest.mark.parametrize("lon, lat", PLACES)
def test_displaced_points_stay_in_the_ring(qgis_app, lon, lat):
    displace = PointDisplacer(300, 1500, random.Random(11))
    for _ in range(300):
        x, y = displace(lon, lat)
        distance = aeqd_distance_m(lon, lat, x, y)
        assert 300 - 0.5 <= distance <= 1500 + 0.5
        assert (x, y) != (lon, lat)


def test_displacement_spreads_over_the_ring_and_all_directions(qgis_app):
    displace = PointDisplacer(100, 2000, random.Random(5))
    lon0, lat0 = PLACES[0]
    moved = [displace(lon0, lat0) for _ in range(2000)]
    distances = [geodesic_distance_m(lon0, lat0, x, y) for x, y in moved]
    quadrants = {(x > lon0, y > lat0) for x, y in moved}
    assert quadrants == {(True, True), (True, False), (False, True), (False, False)}
    # uniform over the area: half the points beyond the radius splitting the ring in two equal areas
    median_radius = math.sqrt((100**2 + 2000**2) / 2)
    beyond = sum(d > median_radius for d in distances) / len(distances)
    assert 0.45 < beyond < 0.55


def test_default_random_source_is_not_replayable(qgis_app):
    first = PointDisplacer(100, 1000)(*PLACES[0])
    second = PointDisplacer(100, 1000)(*PLACES[0])
    assert first != second


@pytest.mark.parametrize("low, high", [(0, 1000), (500, 500), (800, 200), (-5, 10)])
def test_radius_without_a_positive_minimum_is_refused(qgis_app, low, high):
    with pytest.raises(CartongError, match="minimum distance above 0"):
        PointDisplacer(low, high)


@pytest.mark.parametrize("lon, lat", PLACES)
def test_snapped_points_stay_within_half_a_cell_diagonal(qgis_app, lon, lat):
    snap = GridSnapper(1000)
    rng = random.Random(3)
    for _ in range(200):
        x0, y0 = lon + rng.uniform(-0.05, 0.05), lat + rng.uniform(-0.05, 0.05)
        x, y = snap(x0, y0)
        assert aeqd_distance_m(x0, y0, x, y) <= 1000 * math.sqrt(2) / 2 * 1.002


def test_points_of_one_cell_share_one_snapped_point(qgis_app):
    snap = GridSnapper(1000)
    centre = snap(*PLACES[0])
    neighbours = [snap(centre[0] + dx, centre[1] + dy) for dx in (-0.003, 0.003) for dy in (-0.003, 0.003)]
    assert all(n == pytest.approx(centre, abs=1e-9) for n in neighbours)
    assert snap(*centre) == pytest.approx(centre, abs=1e-9)  # a centre snaps to itself
    assert snap(centre[0] + 0.01, centre[1]) != pytest.approx(centre, abs=1e-6)  # ~1.1 km east: next cell


def test_utm_zone_of_car_and_kinshasa():
    assert utm_epsg(18.555, 4.36) == 32634
    assert utm_epsg(15.31, -4.33) == 32733


def test_non_positive_grid_is_refused(qgis_app):
    with pytest.raises(CartongError, match="grid cell size must be above 0"):
        snap_point(18.5, 4.3, 0)
