# SPDX-License-Identifier: GPL-3.0-or-later
"""Read a GeoJSON export into a text table: properties as text, each geometry as WKT.

Python's JSON parser reads the properties, each as the file writes it (``geojson_properties``: GDAL
would rewrite numbers, lists and booleans, and let a flattened nested property overwrite another).
GDAL reads the geometries; when the file holds a number no float holds (``1e400``), which makes GDAL
refuse the whole file, GDAL is given the file without the geometries holding one. A geometry GDAL
cannot read (``"coordinates": ["abc", 4]``, ``[NaN, 4]``) becomes a missing or empty one: such a
geometry is kept in the table as written, so the import names its row and leaves it without a point;
its neighbours keep theirs. When Python cannot parse a file GDAL reads (not UTF-8...), the
properties are GDAL's.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from pathlib import Path

from ..base.gdal_errors import gdal_exceptions
from ..base.i18n import tr
from .export_readers import TextTable, _fail
from .export_shape import ColumnNotes, unique_headers
from .geojson_properties import property_table
from .json_export import JsonNumber, dumps_as_written, loads_as_written

_NOT_FINITE = re.compile(r"\b(?:nan|inf)\b", re.IGNORECASE)


# without exceptions whatever the caller chose: GDAL's complaint about one geometry it cannot read (a row
# the import reports) must not abort the whole file
@gdal_exceptions(False)
def read_geojson_text(path, data=None) -> list[TextTable]:
    """A GeoJSON file as one table: its properties as text, and its geometries as WKT in a column
    ``geometry`` (``geometry_wkt`` when a property already has that name). A geometry that cannot
    be read is kept as written (JSON), for the import to report. ``data``: the file already parsed by
    ``loads_as_written``, if it was."""
    import pandas as pd
    from osgeo import gdal

    path = Path(str(path))
    features, text, written, problem = _python_reading(path, data)
    warnings: list[str] = []
    properties: tuple[list[str], list[list[str]]] | None = None
    geometries: list = []  # each feature's parsed geometry: the parse itself is let go (memory)
    if features is not None:
        properties = property_table(features, path.name, warnings)
        geometries = [feature.get("geometry") for feature in features]
    features = data = None
    memory = ""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        if text is not None:  # a number no float holds (1e400) makes GDAL refuse the file: read it without them
            memory = f"/vsimem/cartong_{uuid.uuid4().hex}.geojson"
            gdal.FileFromMemBuffer(memory, text.encode("utf-8"))
        ds = _open(memory or str(path))
        if ds is None:
            raise _fail(
                tr("{file} cannot be read as GeoJSON: {reason}").format(
                    file=path.name, reason=problem or gdal.GetLastErrorMsg() or tr("no layer")
                ),
                path,
            )
        layer = ds.GetLayer(0)
        defn = layer.GetLayerDefn()
        headers = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        if properties is not None and len(geometries) != layer.GetFeatureCount():
            properties, warnings = None, []  # not the features GDAL reads: GDAL's properties then
        if properties is not None:  # GDAL's reading of the properties is not used: skipped, for speed
            layer.SetIgnoredFields(headers)
        rows, suspects = [], []  # suspects: rows whose geometry GDAL lost or could not hold
        for index, feature in enumerate(layer):
            values = (
                []
                if properties is not None
                else [
                    feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(len(headers))
                ]
            )
            geometry = feature.GetGeometryRef()
            wkt = written.get(index) or (geometry.ExportToIsoWkt() if geometry is not None else "")
            if index not in written and (geometry is None or geometry.IsEmpty() or _NOT_FINITE.search(wkt)):
                suspects.append(index)
            rows.append(values + [wkt])
        ds = None
    finally:
        gdal.PopErrorHandler()
        if memory:
            gdal.Unlink(memory)
    if properties is not None:
        headers = properties[0]
        rows = [values + row for values, row in zip(properties[1], rows)]
        for index in suspects:  # kept as written, for the import to name the row
            if geometries[index] not in (None, {}):
                rows[index][-1] = dumps_as_written(geometries[index])
    geometry_header = "geometry_wkt" if any(h.casefold() == "geometry" for h in headers) else "geometry"
    headers.append(geometry_header)
    received = list(headers)
    headers = unique_headers(headers, path.name, warnings)  # a name used twice gets _2 (export_shape)
    if not rows:
        raise _fail(tr("{file} has no features.").format(file=path.name), path)
    frame = pd.DataFrame(rows, columns=list(range(len(headers))), dtype=str)
    return [
        TextTable(
            name="",
            headers=headers,
            frame=frame,
            source=path.name,
            geometry_header=geometry_header,
            warnings=warnings,
            notes=ColumnNotes(received=received),
        )
    ]


def _open(path: str):
    from osgeo import gdal

    try:
        ds = gdal.OpenEx(
            path,
            gdal.OF_VECTOR | gdal.OF_READONLY,
            allowed_drivers=["GeoJSON"],
            open_options=["FLATTEN_NESTED_ATTRIBUTES=YES"],
        )
    except RuntimeError:
        return None
    return ds if ds is not None and ds.GetLayerCount() else None


def _python_reading(path: Path, data=None):
    """(features, text for GDAL or None, {feature index: geometry as written}, problem) from Python's parser.

    The text is given only when the file holds numbers no float holds: their geometries are set to
    null in it (and listed), such numbers elsewhere become strings. When Python cannot parse the
    file, ``problem`` says where (GDAL, more lenient, may still read it).
    """
    unreadable: list | None = None  # found while parsing, else looked for in ``data``
    if data is None:
        unreadable = []
        try:
            with open(path, encoding="utf-8-sig") as handle:
                data = loads_as_written(handle.read(), unreadable)
        except json.JSONDecodeError as err:
            return (
                None,
                None,
                {},
                tr("it is not valid JSON at line {line}, column {column} ({reason}).").format(
                    line=err.lineno, column=err.colno, reason=err.msg
                ),
            )
        except UnicodeDecodeError:
            return None, None, {}, tr("it is not UTF-8 text.")
        except (OSError, ValueError, RecursionError):
            return None, None, {}, ""
    single = isinstance(data, dict) and data.get("type") == "Feature"
    features = [data] if single else data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        return None, None, {}, ""
    features = [feature for feature in features if isinstance(feature, dict)]  # GDAL skips the others too
    if not (unreadable if unreadable is not None else _unreadable_inside(data)):
        return features, None, {}, ""
    written = {
        index: dumps_as_written(feature["geometry"])
        for index, feature in enumerate(features)
        if _unreadable_inside(feature.get("geometry"))
    }
    if single:
        data = dict(data, geometry=None) if written else data
    else:
        data = dict(
            data,
            features=[
                dict(feature, geometry=None) if index in written else feature for index, feature in enumerate(features)
            ],
        )
    text = dumps_as_written(data, number=lambda n: n if _finite(n) else json.dumps(n))
    return features, text, written, ""


def _finite(number: JsonNumber) -> bool:
    return math.isfinite(float(number))


def _unreadable_inside(value) -> bool:
    """Whether ``value`` holds a number no float holds (1e400, NaN, Infinity)."""
    if isinstance(value, JsonNumber):
        return not _finite(value)
    if isinstance(value, dict):
        return any(_unreadable_inside(v) for v in value.values())
    if isinstance(value, list):
        return any(_unreadable_inside(v) for v in value)
    return False
