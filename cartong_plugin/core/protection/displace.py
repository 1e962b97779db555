# SPDX-License-Identifier: GPL-3.0-or-later
"""Move survey points so a home cannot be found from a shared map.

Two methods, both working in metres on the WGS 84 ellipsoid whatever the layer CRS:

* :func:`displace_point`: a random bearing and a random distance between a minimum and
  a maximum (the DHS approach: urban 0-2 km, rural 0-5 km), here with a minimum above
  zero so a point is never left at, or next to, its true place;
* :func:`snap_point`: the centre of a square grid cell in the local UTM zone, so all the
  points of a cell fall on one spot.

A shared survey's rows can be linked from one copy to the next (ids, row order), so a fresh random
offset in each copy lets anyone average copies back towards the true place (30 copies: about
200 m). :class:`KeyedDraws` fixes each submission's draws with a secret (HMAC-SHA256 of the
submission's id and the distances): every copy moves it the same way. Never the id alone: ids are
in the file, so the offset could be recomputed and taken off.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import random

from ..base.errors import CartongError
from ..base.i18n import tr

_WGS84 = "EPSG:4326"
_DRAWS_CONTEXT = b"cartong displacement draws v1"


def _distance_area():
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsDistanceArea

    area = QgsDistanceArea()
    area.setSourceCrs(QgsCoordinateReferenceSystem(_WGS84), QgsCoordinateTransformContext())
    area.setEllipsoid("WGS84")
    return area


def check_radius(min_distance_m: float, max_distance_m: float) -> None:
    """CartongError unless 0 < min < max (a zero minimum could leave a point in place)."""
    if not (min_distance_m > 0 and max_distance_m > min_distance_m):
        raise CartongError(
            tr(
                "Displacement needs a minimum distance above 0 and a maximum distance "
                "above the minimum (got {min} m and {max} m)."
            ).format(min=min_distance_m, max=max_distance_m)
        )


class KeyedDraws:
    """Numbers in [0, 1) fixed by a secret and a submission, drawn like ``random.Random.uniform``.

    The same secret, submission and distances give the same draws in every export, so copies agree
    and averaging them gives nothing back. ``label`` holds the distances too: two copies made with
    other distances but the same draws would line up with the true point and give it away.
    Without the secret the draws cannot be predicted; the repr never shows it.
    """

    def __init__(self, secret: bytes, label: str):
        if not secret:
            raise ValueError("KeyedDraws needs a secret")
        self._key = hmac.new(secret, _DRAWS_CONTEXT + b"\0" + label.encode("utf-8"), hashlib.sha256).digest()
        self._counter = 0

    def random(self) -> float:
        block = hmac.new(self._key, self._counter.to_bytes(8, "big"), hashlib.sha256).digest()
        self._counter += 1
        return (int.from_bytes(block[:8], "big") >> 11) / float(1 << 53)

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()

    def __repr__(self) -> str:
        return "KeyedDraws()"


class PointDisplacer:
    """Displace WGS 84 points by a random geodesic distance in [min, max] metres.

    The distance is drawn so points spread evenly over the ring's area (not crowded near
    the minimum). ``rng`` defaults to the operating system's random source, so the
    displacement cannot be replayed from a seed; tests pass a seeded ``random.Random``.
    """

    def __init__(self, min_distance_m: float, max_distance_m: float, rng: random.Random | None = None):
        check_radius(min_distance_m, max_distance_m)
        self.min_distance_m = float(min_distance_m)
        self.max_distance_m = float(max_distance_m)
        self.rng = rng or random.SystemRandom()
        self._area = _distance_area()

    def __call__(self, lon: float, lat: float, draws=None) -> tuple[float, float]:
        """The moved point; ``draws`` (a :class:`KeyedDraws`) fixes it, else ``rng`` draws afresh."""
        from qgis.core import QgsPointXY

        rng = draws or self.rng
        low, high = self.min_distance_m**2, self.max_distance_m**2
        distance = math.sqrt(rng.uniform(low, high))
        bearing = rng.uniform(0.0, 2.0 * math.pi)
        moved = self._area.computeSpheroidProject(QgsPointXY(lon, lat), distance, bearing)
        return moved.x(), moved.y()


def displace_point(
    lon: float, lat: float, min_distance_m: float, max_distance_m: float, rng: random.Random | None = None
) -> tuple[float, float]:
    """One point (WGS 84 degrees) moved between ``min_distance_m`` and ``max_distance_m``."""
    return PointDisplacer(min_distance_m, max_distance_m, rng)(lon, lat)


class AreaKeepingDisplacer:
    """Redraw a displacement until the point stays in the admin polygon it started in.

    Maps and counts by area then stay right after displacement (as in the DHS surveys). A point in
    no polygon, or in one too small for the ring, keeps its last draw; ``left`` counts them.
    """

    TRIES = 50

    def __init__(self, displacer, boundaries):
        from qgis.core import (
            QgsCoordinateReferenceSystem,
            QgsCoordinateTransform,
            QgsGeometry,
            QgsProject,
            QgsSpatialIndex,
        )

        self.displacer = displacer
        self.left = 0
        to_wgs84 = QgsCoordinateTransform(
            boundaries.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
        )
        self._polygons = {}
        self._index = QgsSpatialIndex()
        for feature in boundaries.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull():
                continue
            geometry.transform(to_wgs84)
            self._polygons[feature.id()] = geometry
            self._index.addFeature(feature.id(), geometry.boundingBox())

    def _area_of(self, lon: float, lat: float):
        from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle

        point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        for fid in self._index.intersects(QgsRectangle(lon, lat, lon, lat)):
            if self._polygons[fid].contains(point):
                return self._polygons[fid]
        return None

    def __call__(self, lon: float, lat: float, draws=None) -> tuple[float, float]:
        """As the displacer's; with ``draws``, every try is fixed too (the same try wins in every export)."""
        from qgis.core import QgsGeometry, QgsPointXY

        area = self._area_of(lon, lat)
        for _ in range(self.TRIES):
            moved = self.displacer(lon, lat, draws)
            if area is None or area.contains(QgsGeometry.fromPointXY(QgsPointXY(*moved))):
                return moved
        self.left += 1
        return moved


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone holding the point."""
    zone = min(60, max(1, int((lon + 180.0) // 6.0) + 1))
    return (32600 if lat >= 0 else 32700) + zone


class GridSnapper:
    """Snap WGS 84 points to the centre of ``cell_m`` metre cells of their UTM zone."""

    def __init__(self, cell_m: float):
        if not cell_m > 0:
            raise CartongError(tr("The grid cell size must be above 0 m (got {size} m).").format(size=cell_m))
        self.cell_m = float(cell_m)
        self._transforms: dict[int, tuple] = {}

    def _transform(self, epsg: int):
        if epsg not in self._transforms:
            from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

            wgs84 = QgsCoordinateReferenceSystem(_WGS84)
            utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
            self._transforms[epsg] = (
                QgsCoordinateTransform(wgs84, utm, QgsProject.instance()),
                QgsCoordinateTransform(utm, wgs84, QgsProject.instance()),
            )
        return self._transforms[epsg]

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        from qgis.core import QgsPointXY

        forward, back = self._transform(utm_epsg(lon, lat))
        projected = forward.transform(QgsPointXY(lon, lat))
        cell = self.cell_m
        x = (math.floor(projected.x() / cell) + 0.5) * cell
        y = (math.floor(projected.y() / cell) + 0.5) * cell
        snapped = back.transform(QgsPointXY(x, y))
        return snapped.x(), snapped.y()


def snap_point(lon: float, lat: float, cell_m: float) -> tuple[float, float]:
    """One point (WGS 84 degrees) moved to the centre of its ``cell_m`` grid cell."""
    return GridSnapper(cell_m)(lon, lat)


def geodesic_distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Ellipsoidal distance in metres between two WGS 84 points."""
    from qgis.core import QgsPointXY

    return _distance_area().measureLine(QgsPointXY(lon1, lat1), QgsPointXY(lon2, lat2))
