# SPDX-License-Identifier: GPL-3.0-or-later
"""The points of a QGIS point layer in WGS 84, in the row order of its frame (layers.layer_to_frame),
for the GPS checks; and what the reading of layers shares: an OGR file opened through GDAL, the
transformation to WGS 84."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsProject

from ...base.qgis_compat import decode_uri


def layer_points(layer, rows: int, fids=None):
    """(longitudes, latitudes) in WGS 84 of a point layer's features in the frame's row order (NaN where a
    feature has no point), or None when the layer holds no points or changed while it was read. ``fids``:
    the frame's fid column, which places each feature on its row.

    Read through GDAL's Arrow stream, geometry only, for an OGR file without pending edits (0.1 s for
    100,000 points); else feature by feature, edits included (about 0.4 s for 100,000 points).
    """
    import numpy as np
    import pandas as pd
    from qgis.core import QgsWkbTypes

    points = QgsWkbTypes.GeometryType.PointGeometry  # type: ignore[attr-defined]
    if layer is None or not layer.isSpatial() or layer.geometryType() != points:
        return None
    found = _arrow_points(layer)
    read_fids, x, y = found if found is not None else _qgis_points(layer)
    if fids is not None and len(fids) == rows:
        positions = pd.Index(read_fids).get_indexer(fids)
        if (positions < 0).any():
            return None  # a feature that was not read: no guess
    elif len(x) == rows:
        positions = np.arange(rows)
    else:
        return None
    return _to_wgs84_points(layer, x[positions], y[positions])


def _qgis_points(layer):
    """(fids, x, y) of every feature, in the layer's CRS, read by QGIS (edits not saved yet included)."""
    import numpy as np

    fids, xs, ys = [], [], []
    for feature in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geometry = feature.geometry()
        fids.append(feature.id())
        if geometry.isNull() or geometry.isEmpty():
            xs.append(np.nan)
            ys.append(np.nan)
        else:
            point = geometry.vertexAt(0)
            xs.append(point.x())
            ys.append(point.y())
    return np.asarray(fids, dtype=np.int64), np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


# a little-endian WKB point: byte order 1, type 1, x, y (21 bytes)
_WKB_POINT = [("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")]


def _arrow_points(layer):
    """(fids, x, y) of an OGR layer's features through GDAL's Arrow stream, geometry only, in the layer's
    CRS; None when the layer is not such a file as saved (a filter, pending edits) or GDAL cannot."""
    import numpy as np
    from osgeo import ogr

    if (
        layer.providerType() != "ogr"
        or layer.subsetString()
        or layer.isModified()
        or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy")
    ):
        return None
    opened = ogr_source(layer)
    if opened is None:
        return None
    dataset, source = opened
    definition = source.GetLayerDefn()
    geometry, fid = source.GetGeometryColumn() or "wkb_geometry", source.GetFIDColumn() or "OGC_FID"
    source.SetIgnoredFields([definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())])
    fids, xs, ys = [], [], []
    try:
        for batch in source.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"]):
            if geometry not in batch or fid not in batch:
                return None
            x, y = _wkb_points(batch[geometry])
            fids.append(np.asarray(batch[fid], dtype=np.int64))
            xs.append(x)
            ys.append(y)
    except (RuntimeError, TypeError, ValueError):
        return None
    finally:
        del source, dataset  # the OGR layer first: it belongs to the dataset
    if not fids:
        return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0)
    return np.concatenate(fids), np.concatenate(xs), np.concatenate(ys)


def _wkb_points(column):
    """(x, y) of a column of WKB geometries (NaN where NULL or empty): plain points at numpy speed, the
    others (3D, big-endian, multipoints: their first point) one by one."""
    import numpy as np
    from osgeo import ogr

    data, null = np.ma.getdata(column), np.ma.getmaskarray(column)
    size = len(data)
    x, y = np.full(size, np.nan), np.full(size, np.nan)
    plain = np.zeros(size, dtype=bool)
    valid = np.flatnonzero(~null)
    lengths = np.fromiter(map(len, data[valid]), dtype=np.int64, count=len(valid))
    plain[valid[lengths == 21]] = True
    if plain.any():
        rows = np.flatnonzero(plain)
        points = np.frombuffer(b"".join(data[rows]), dtype=_WKB_POINT)
        simple = (points["order"] == 1) & (points["kind"] == 1)
        x[rows[simple]], y[rows[simple]] = points["x"][simple], points["y"][simple]
        plain[rows[~simple]] = False
    for row in np.flatnonzero(~plain & ~null):
        geometry = ogr.CreateGeometryFromWkb(bytes(data[row])) if data[row] is not None else None
        while geometry is not None and geometry.GetPointCount() == 0 and geometry.GetGeometryCount() > 0:
            geometry = geometry.GetGeometryRef(0)  # a multipoint: its first point
        if geometry is not None and geometry.GetPointCount() > 0:
            x[row], y[row] = geometry.GetX(0), geometry.GetY(0)
    return x, y


def _to_wgs84_points(layer, x, y):
    """(longitudes, latitudes) in WGS 84 of points in the layer's CRS (NaN stays NaN)."""
    import numpy as np
    from qgis.core import QgsGeometry, QgsPointXY

    transform = to_wgs84(layer)
    if transform is None:
        return x, y
    lon, lat = np.full(len(x), np.nan), np.full(len(x), np.nan)
    good = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    # all points as one multipoint: one transformation in C++ instead of one call per point
    single = np.zeros(len(good), dtype=_WKB_POINT)
    single["order"], single["kind"], single["x"], single["y"] = 1, 1, x[good], y[good]
    multipoint = QgsGeometry()
    multipoint.fromWkb(np.array([1], "u1").tobytes() + np.array([4, len(good)], "<u4").tobytes() + single.tobytes())
    try:
        multipoint.transform(transform)
        done = np.frombuffer(bytes(multipoint.asWkb())[9:], dtype=_WKB_POINT)
        lon[good], lat[good] = done["x"], done["y"]
    except Exception:  # noqa: BLE001 (QgsCsException: a point the CRS cannot take; then point by point)
        for row in good:
            try:
                point = transform.transform(QgsPointXY(x[row], y[row]))
            except Exception:  # noqa: BLE001, S112
                continue
            lon[row], lat[row] = point.x(), point.y()
    return lon, lat


def ogr_source(layer):
    """(dataset, OGR layer) of an OGR-backed QGIS layer, opened read-only, or None."""
    from osgeo import gdal

    parts = decode_uri("ogr", layer.source())
    try:
        # the layer's open options too: a workbook read with its header row forced (survey.spreadsheet_layers)
        options = list(parts.get("openOptions") or [])
        dataset = gdal.OpenEx(parts.get("path", ""), gdal.OF_VECTOR | gdal.OF_READONLY, open_options=options)
    except RuntimeError:
        return None
    if dataset is None:
        return None
    source = (
        dataset.GetLayerByName(parts["layerName"])
        if parts.get("layerName")
        else dataset.GetLayer(int(parts.get("layerId") or 0))
    )
    return None if source is None else (dataset, source)


def to_wgs84(layer):
    """The transformation from the layer's CRS to WGS 84, None when it is WGS 84 already (or unknown)."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if not layer.crs().isValid() or layer.crs() == wgs84:
        return None
    return QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance())
