# SPDX-License-Identifier: GPL-3.0-or-later
"""Which admin area a survey submission is counted in: the one its P-code names, or the one holding
its location. A location on the border two areas share is inside neither: it is counted in the area
whose P-code sorts first and said as a border point, apart from real overlaps (a location inside two
areas), which tell the boundaries are wrong.
"""

from __future__ import annotations

import qgis.core
from qgis.core import QgsPoint, QgsPointXY, QgsRectangle

# QGIS's transform error (in qgis.core, not in its type stubs)
CS_EXCEPTION = qgis.core.QgsCsException  # type: ignore[attr-defined]


def point_code(point, join_field, index, engines, transform, result) -> str | None:
    """The key of the area counting ``point`` (its P-code), or None when it is counted in none (the
    reason tallied in ``result``, an ``aggregate.AdminCounts``). ``engines``: feature id -> (key, prepared
    geometry engine) of the areas ``index`` holds; ``transform``: from the points' CRS to theirs."""
    if join_field:
        value = point[join_field]
        if value is None or (hasattr(value, "isNull") and value.isNull()) or not str(value).strip():
            result.no_location += 1
            return None
        code = result.pcodes.match(value, point.id())
        if code is None:
            result.outside += 1
        return code
    geometry = point.geometry()
    if geometry.isNull() or geometry.isEmpty():
        result.no_location += 1
        return None
    xy = geometry.asPoint() if not geometry.isMultipart() else QgsPointXY(geometry.constGet().geometryN(0))
    if transform is not None:
        try:
            xy = transform.transform(xy)
        except CS_EXCEPTION:  # a latitude past 90 (a mistyped GPS answer) has no place on the map
            result.no_location += 1
            result.off_earth.append((point.id(), xy.x(), xy.y()))
            return None
    # every area holding the point, its border included (a point never falls between two areas)
    location = QgsPoint(xy.x(), xy.y())
    within = {
        fid: engines[fid][0]
        for fid in sorted(index.intersects(QgsRectangle(xy.x(), xy.y(), xy.x(), xy.y())))
        if engines[fid][1].intersects(location)
    }
    if not within:
        result.outside += 1
        return None
    if len(set(within.values())) == 1:
        return next(iter(within.values()))
    return _shared_point_code(location, within, engines, result)


def _shared_point_code(location, within: dict, engines, result) -> str:
    """The area counting a point several areas hold. Inside two of them (their interiors overlap):
    the first in the layer's order, said as an overlap. Right on the border they share (inside none):
    the one whose P-code sorts first, so the count never hangs on the order of the layer; said as a
    border point, since correct adjacent boundaries do not overlap."""
    inside = list(dict.fromkeys(code for fid, code in within.items() if engines[fid][1].contains(location)))
    if len(inside) > 1:
        result.overlaps[tuple(inside)] = result.overlaps.get(tuple(inside), 0) + 1
    if inside:
        return inside[0]
    areas = tuple(sorted(set(within.values()), key=lambda code: (code.startswith("\0"), code.casefold(), code)))
    result.borders[areas] = result.borders.get(areas, 0) + 1
    return areas[0]
