# SPDX-License-Identifier: GPL-3.0-or-later
"""Read a GeoJSON export into a text table: properties as text, each geometry as WKT.

GDAL parses the file; Python's JSON parser reads it too when GDAL may have hidden something: a
number no float holds (``1e400``) makes GDAL refuse the whole file, and a geometry it cannot
read (``"coordinates": ["abc", 4]``, ``[NaN, 4]``) becomes a missing or empty one. Such a geometry is kept in the
table as written, so the import names its row and leaves it without a point; its neighbours
keep theirs. Properties holding such numbers keep them as text, like every raw value.
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

_MARK = "\ue000"  # private-use character around the index of an unreadable number while dumping
_NOT_FINITE = re.compile(r"\b(?:nan|inf)\b", re.IGNORECASE)


class _Unreadable:
    """A number of a JSON file that no float holds (1e400, NaN, Infinity), as written."""

    def __init__(self, text: str):
        self.text = text


# without exceptions whatever the caller chose: GDAL's complaint about one geometry it cannot read (a row
# the import reports) must not abort the whole file
@gdal_exceptions(False)
def read_geojson_text(path) -> list[TextTable]:
    """A GeoJSON file as one table: its properties as text, and its geometries as WKT in a column
    ``geometry`` (``geometry_wkt`` when a property already has that name). A geometry that cannot
    be read is kept as written (JSON), for the import to report."""
    import pandas as pd
    from osgeo import gdal

    path = Path(str(path))
    features, written, memory = None, {}, ""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = _open(str(path))
        if ds is None:  # a number no float holds (1e400) makes GDAL refuse the file: read it without them
            features, text, written, problem = _python_reading(path)
            if text is not None:
                memory = f"/vsimem/cartong_{uuid.uuid4().hex}.geojson"
                gdal.FileFromMemBuffer(memory, text.encode("utf-8"))
                ds = _open(memory)
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
        geometry_header = "geometry_wkt" if "geometry" in headers else "geometry"
        rows, suspects = [], []  # suspects: rows whose geometry GDAL lost or could not hold
        for index, feature in enumerate(layer):
            values = [
                feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(len(headers))
            ]
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
    if suspects:  # only then is the file read a second time, by Python, to keep those geometries as written
        if features is None:
            features = _python_reading(path)[0]
        if features is not None and len(features) == len(rows):
            for index in suspects:
                if _has_geometry(features[index]):
                    rows[index][-1] = _as_written(features[index]["geometry"])
    headers.append(geometry_header)
    warnings: list[str] = []
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


def _python_reading(path: Path):
    """(features, text for GDAL or None, {feature index: geometry as written}, problem) from Python's parser.

    The text is given only when the file holds numbers no float holds: their geometries are set to
    null in it (and listed), such numbers of the properties become text. When Python cannot parse
    the file, ``problem`` says where (GDAL, more lenient, may still read it).
    """

    def number(token: str):
        value = float(token)
        return value if math.isfinite(value) else _Unreadable(token)

    try:
        with open(path, encoding="utf-8-sig") as handle:
            data = json.load(handle, parse_float=number, parse_constant=_Unreadable)
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
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        return None, None, {}, ""
    written = {
        index: _as_written(feature["geometry"])
        for index, feature in enumerate(features)
        if isinstance(feature, dict) and _unreadable_inside(feature.get("geometry"))
    }
    if not written and not _unreadable_inside(data):
        return features, None, {}, ""
    data = dict(
        data,
        features=[
            dict(feature, geometry=None) if index in written else feature for index, feature in enumerate(features)
        ],
    )
    text = json.dumps(
        data, default=lambda value: value.text if isinstance(value, _Unreadable) else None, ensure_ascii=False
    )
    return features, text, written, ""


def _unreadable_inside(value) -> bool:
    if isinstance(value, _Unreadable):
        return True
    if isinstance(value, dict):
        return any(_unreadable_inside(v) for v in value.values())
    if isinstance(value, list):
        return any(_unreadable_inside(v) for v in value)
    return False


def _has_geometry(feature) -> bool:
    return isinstance(feature, dict) and feature.get("geometry") not in (None, {})


def _as_written(value) -> str:
    """JSON text of ``value`` with its unreadable numbers as the file wrote them."""
    tokens: list[str] = []

    def placeholder(item):
        if isinstance(item, _Unreadable):
            tokens.append(item.text)
            return f"{_MARK}{len(tokens) - 1}{_MARK}"
        raise TypeError(type(item).__name__)

    text = json.dumps(value, default=placeholder, ensure_ascii=False)
    return re.sub(f'"{_MARK}(\\d+){_MARK}"', lambda match: tokens[int(match.group(1))], text)
