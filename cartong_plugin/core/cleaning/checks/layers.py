# SPDX-License-Identifier: GPL-3.0-or-later
"""QGIS layers as the checks want them: a survey layer as a DataFrame, admin polygons as
AdminAreas and a gazetteer. Shared by the Processing algorithms and the cleaning wizard."""

from __future__ import annotations

import re
from contextlib import closing
from pathlib import Path

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ...base.errors import CartongError
from ...base.i18n import tr
from ...base.qgis_compat import decode_uri, field_kind
from ...survey.gpkg_writer import quote
from .admin_areas import AdminAreas
from .admin_names import Place
from .durations import LOCAL_START_DATE
from .gps_points import POINT_READER
from .layer_points import layer_points, ogr_source, to_wgs84
from .question_columns import RECEIVED_HEADERS

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _to_python(value):
    """One attribute as plain Python: None, numbers, str; dates and times as ISO text (offset kept)."""
    if _is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toString(Qt.DateFormat.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString(Qt.DateFormat.ISODateWithMs) if value.isValid() else None
    if isinstance(value, QVariant):
        return value.value()
    return value


def layer_to_frame(layer, feedback=None):
    """Every attribute of ``layer`` (geometry left out) as a DataFrame in feature order.

    Numeric fields become numeric columns (NaN for NULL); datetimes become UTC timestamps; dates
    ISO text; other fields objects (None for NULL). GeoPackages and other OGR files are read with
    GDAL's columnar (Arrow) interface when available: ten times faster than feature by feature.
    A typed survey layer of an imported GeoPackage also gets the column LOCAL_START_DATE: the
    calendar date of ``start`` as the enumerator's device wrote it (the typed column is UTC).
    """
    frame = _read_with_arrow(layer)
    from_arrow = frame is not None
    frame = frame if from_arrow else _read_with_qgis(layer, feedback)
    _read_zones_again(layer, frame, from_arrow)
    local = _local_start_dates(layer, frame)
    if local is not None:
        frame[LOCAL_START_DATE] = local
    # which column holds which question when two groups share a name (question_columns.by_question_name)
    frame.attrs[RECEIVED_HEADERS] = _received_headers(layer)
    # the GPS checks read the points (and compare them with the coordinate columns) only when they run
    rows = len(frame)
    fids = frame["fid"].to_numpy() if "fid" in frame.columns else None
    frame.attrs[POINT_READER] = lambda: layer_points(layer, rows, fids)
    return frame


def _local_start_dates(layer, frame):
    """``start`` dates (YYYY-MM-DD) read from the raw table's original text, matched by fid, or None.

    The import writes ``raw_<table>`` with the export's text and gives each typed row the fid of its
    raw row. None when the layer has no such raw table (a CSV, a layer saved elsewhere).
    """
    import sqlite3

    import pandas as pd

    gpkg = layer_geopackage(layer)
    table = decode_uri("ogr", layer.source()).get("layerName", "") if gpkg else ""
    if not table or "start" not in frame.columns or "fid" not in frame.columns:
        return None
    raw = f"raw_{table}"
    try:
        with _read_only(gpkg) as db:
            columns = db.execute(f"PRAGMA table_info({quote(raw)})").fetchall()
            key = next((c[1] for c in columns if c[5]), "")
            # the metadata column "start" keeps its bare header; a grouped copy would end in "/start"
            text = next((c[1] for c in columns if c[1] == "start"), "") or next(
                (c[1] for c in columns if c[1].endswith("/start")), ""
            )
            if not key or not text:
                return None
            rows = db.execute(f"SELECT {quote(key)}, substr({quote(text)}, 1, 10) FROM {quote(raw)}").fetchall()
    except sqlite3.Error:
        return None
    days = {fid: day for fid, day in rows if isinstance(day, str) and _ISO_DAY.fullmatch(day)}
    return pd.Series([days.get(fid) for fid in frame["fid"].tolist()], index=frame.index, dtype=object)


def _received_headers(layer) -> dict[str, str]:
    """{typed column: the export's header it was made from} as the import recorded it (``cartong_columns``,
    see survey.column_notes); empty when the layer is no imported survey."""
    import sqlite3

    from ...survey.column_notes import COLUMNS_TABLE

    gpkg = layer_geopackage(layer)
    table = decode_uri("ogr", layer.source()).get("layerName", "") if gpkg else ""
    if not table:
        return {}
    try:
        with _read_only(gpkg) as db:
            rows = db.execute(
                f"SELECT typed_column, column_name FROM {quote(COLUMNS_TABLE)} "
                "WHERE lower(typed_table) = lower(?) AND typed_column IS NOT NULL",
                (table,),
            ).fetchall()
    except sqlite3.Error:
        return {}
    return {column: header for column, header in rows if isinstance(header, str)}


def _read_only(gpkg: str):
    """A read-only SQLite connection to ``gpkg``, closed at the end of the ``with`` block."""
    import sqlite3

    return closing(sqlite3.connect(f"{Path(gpkg).resolve().as_uri()}?mode=ro", uri=True))


# a time (hh:mm) followed by an offset, +01:00, -0500 or +03, other than a zero one (UTC is read right)
_OFFSET_SQL = (
    "{c} GLOB '*[0-9]:[0-9][0-9]*[+-][0-9][0-9]*' AND NOT "
    "({c} GLOB '*[+-]00' OR {c} GLOB '*[+-]0000' OR {c} GLOB '*[+-]00:00')"
)


def _read_zones_again(layer, frame, from_arrow: bool) -> None:
    """Date-time columns of a GeoPackage read again from their text where the reader got the zone wrong.

    GDAL 3.6's Arrow stream drops an offset (2026-02-26T09:05:35.199+01:00 read as 09:05 UTC; 3.10 reads it
    right, the versions between are not trusted): one SQL look per date-time column tells whether any value
    holds one, and only those columns are read again.
    QGIS 3.22 reads every date-time as the computer's local time, its offset dropped (3.40 reads them right,
    the versions between are not trusted): feature by feature, every date-time column is read again.
    ``frame`` is changed in place.
    """
    import sqlite3

    import pandas as pd
    from osgeo import gdal
    from qgis.core import Qgis

    from .dates import iso_text_to_utc

    wrong = int(gdal.VersionInfo()) < 3100000 if from_arrow else Qgis.versionInt() < 34000
    gpkg = layer_geopackage(layer) if wrong and not layer.isModified() else ""  # edits: QGIS's, not the file's
    table = decode_uri("ogr", layer.source()).get("layerName", "") if gpkg else ""
    kinds = _column_kinds(layer)
    names = [name for name in frame.columns if kinds.get(name) == "datetime"] if table else []
    if not names:
        return
    try:
        with _read_only(gpkg) as db:
            key = next((c[1] for c in db.execute(f"PRAGMA table_info({quote(table)})") if c[5]), "")
            if key not in frame.columns:
                return
            if from_arrow:
                looks = ", ".join(
                    f"EXISTS (SELECT 1 FROM {quote(table)} WHERE {_OFFSET_SQL.format(c=quote(n))})" for n in names
                )
                names = [name for name, found in zip(names, db.execute(f"SELECT {looks}").fetchone()) if found]
                if not names:
                    return
            rows = db.execute(f"SELECT {', '.join(quote(n) for n in [key, *names])} FROM {quote(table)}").fetchall()
    except sqlite3.Error:
        return
    stored = pd.DataFrame(rows, columns=[key, *names]).set_index(key)
    stored = stored[~stored.index.duplicated()].reindex(frame[key].to_numpy())
    for name in names:
        texts = stored[name].where(stored[name].map(lambda v: isinstance(v, str)), None).reset_index(drop=True)
        parsed = iso_text_to_utc(texts)
        parsed.index = frame.index
        frame[name] = parsed


def _column_kinds(layer) -> dict[str, str]:
    kinds = {}
    for field in layer.fields():
        kind = field_kind(field)
        kinds[field.name()] = (
            "number" if kind in ("int", "double") else kind if kind in ("datetime", "date") else "other"
        )
    return kinds


def _read_with_qgis(layer, feedback=None):
    import numpy as np
    import pandas as pd

    names = layer.fields().names()
    kinds = _column_kinds(layer)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    total = max(layer.featureCount(), 1)
    rows = []
    for number, feature in enumerate(layer.getFeatures(request)):
        rows.append(feature.attributes())
        if feedback is not None and number % 5000 == 0:
            if feedback.isCanceled():
                raise CartongError(tr("Cancelled."))
            feedback.setProgress(20.0 * number / total)
    columns = {}
    for i, name in enumerate(names):
        values = [row[i] for row in rows]
        kind = kinds[name]
        if kind == "datetime":
            valid = np.array([isinstance(v, QDateTime) and v.isValid() for v in values], dtype=bool)
            millis = np.array([v.toMSecsSinceEpoch() if ok else 0 for v, ok in zip(values, valid)], dtype=np.int64)
            columns[name] = pd.Series(pd.to_datetime(millis, unit="ms", utc=True)).where(valid)
        elif kind == "number":
            plain = [None if v.__class__ is QVariant else v for v in values]  # NULL comes as a null QVariant
            columns[name] = pd.to_numeric(pd.Series(plain, dtype=object), errors="coerce")
        elif kind == "date":
            columns[name] = pd.Series([_to_python(v) for v in values], dtype=object)
        else:
            columns[name] = pd.Series(
                [None if v.__class__ is QVariant else _to_python(v) for v in values], dtype=object
            )
    return _frame(columns)


def _frame(columns: dict):
    """A DataFrame of the Series in ``columns`` (field name -> Series), in their order.

    Not ``DataFrame(columns, columns=names)``: given the names, pandas first puts the Series in an
    object array, which turns every timestamp into a Python object (a second per 100,000 rows).
    """
    import pandas as pd

    return pd.DataFrame(columns) if columns else pd.DataFrame()


# GDAL's GeoPackage Arrow reader passes every field to one SQLite function, and SQLite takes at most 127
# arguments: a REACH survey of 400 columns gave 0 rows and an unbounded allocation (GDAL 3.6)
_ARROW_MAX_FIELDS = 100
_ARROW_BATCH_ROWS = 65536  # GDAL's default; rows of one Arrow batch held as bytes at a time
# mixes the 8-byte words of a text value into one number (the golden ratio, as in Fibonacci hashing)
_MIX = 0x9E3779B97F4A7C15


def _read_with_arrow(layer):
    """The attributes of an OGR-backed layer through GDAL's Arrow stream (GDAL >= 3.6), else None."""
    import numpy as np
    import pandas as pd
    from osgeo import ogr

    if (
        layer is None
        or layer.providerType() != "ogr"
        or layer.subsetString()
        or layer.isModified()  # edits not saved yet: QGIS has them, the file not
        or not hasattr(ogr.Layer, "GetArrowStreamAsNumPy")
        or layer.fields().count() > _ARROW_MAX_FIELDS
    ):
        return None
    opened = ogr_source(layer)
    if opened is None:
        return None
    dataset, source = opened
    names = layer.fields().names()
    kinds = _column_kinds(layer)
    rows = layer.featureCount()
    if rows < 0:
        return None
    # text columns go straight into one 2-D object array: no concatenation of batches, and pandas keeps
    # it as the frame's single object block instead of copying every column into one (consolidation)
    texts = [name for name in names if kinds[name] not in ("datetime", "number")]
    table = np.empty((len(texts), rows), dtype=object)
    pieces: dict[str, list] = {name: [] for name in names if kinds[name] in ("datetime", "number")}
    done = 0
    source.SetIgnoredFields(["OGR_GEOMETRY"])
    try:
        for batch in source.GetArrowStreamAsNumPy(
            options=["USE_MASKED_ARRAYS=YES", f"MAX_FEATURES_IN_BATCH={_ARROW_BATCH_ROWS}"]
        ):
            if any(name not in batch for name in names):
                return None  # a field QGIS adds (joins, expressions): read feature by feature instead
            size = len(next(iter(batch.values()), ()))
            if done + size > rows:
                return None
            for row, name in enumerate(texts):
                table[row, done : done + size] = _arrow_text(batch[name])
            for name, parts_ in pieces.items():
                parts_.append(_arrow_column(batch[name], kinds[name]))
            done += size
    except (RuntimeError, TypeError, ValueError):
        return None
    finally:
        del source, dataset  # the OGR layer first: it belongs to the dataset
    if done != rows:
        return None  # GDAL reported its failure as an error message, not an exception
    frame = pd.DataFrame(table.T, columns=texts, dtype=object, copy=False)
    for position, name in enumerate(names):
        if name in pieces:
            parts_ = pieces.pop(name)
            frame.insert(
                position, name, pd.concat(parts_, ignore_index=True) if parts_ else pd.Series([], dtype=object)
            )
    frame.index = np.arange(len(frame))
    return frame


def _arrow_column(values, kind: str):
    """One numeric or date-time Arrow batch column (numpy, masked where NULL) as _read_with_qgis makes it."""
    import numpy as np
    import pandas as pd

    mask = np.ma.getmaskarray(values)
    # a copy: GDAL's numbers are a view of the whole Arrow batch, text included, which a view would keep
    # alive until every batch is read (a third of the peak memory at 500,000 submissions)
    data = np.ma.getdata(values).copy()
    if kind == "datetime":
        series = pd.Series(pd.to_datetime(data, utc=True))
        return series.where(~mask)
    return pd.Series(data) if not mask.any() else pd.Series(np.where(mask, np.nan, data.astype(float)))


def _arrow_text(values):
    """One other Arrow batch column as an object array: str (dates as ISO text), None where NULL."""
    import numpy as np

    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if data.dtype.kind == "M":  # dates
        text = np.datetime_as_string(data, unit="D").astype(object)
    elif data.dtype.kind == "S":
        text = _decode_utf8(data)
    elif data.dtype == object:
        text = np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in data], dtype=object)
    else:
        text = data.astype(object)
    text[mask] = None
    return text


def _decode_utf8(data):
    """A numpy array of UTF-8 bytes (dtype S) as an object array of str.

    Answers repeat (choices, villages, enumerators): each distinct value is decoded once and the cells
    share its str, in a third of the time and a fraction of the memory of one str per cell. The values
    are told apart by a number mixed from their bytes, and the result is compared with the bytes, so a
    collision only costs the plain decoding. Columns of mostly distinct values (uuids, names) are
    decoded whole.
    """
    import numpy as np
    import pandas as pd

    rows, width = len(data), data.dtype.itemsize
    if rows <= 2000 or width == 0 or len(pd.unique(data[:1000].astype(object))) > 500:
        return _decode_each(data.astype(object))
    words = -(-width // 8)
    padded = np.zeros((rows, words * 8), dtype=np.uint8)
    padded[:, :width] = np.ascontiguousarray(data).view(np.uint8).reshape(rows, width)
    blocks = padded.view(np.uint64)
    key = blocks[:, 0].copy()
    for word in range(1, words):
        key = key * np.uint64(_MIX) ^ blocks[:, word]
    codes, _ = pd.factorize(key)
    first = np.zeros(codes.max() + 1, dtype=np.intp)
    first[codes] = np.arange(rows)  # one row holding each value
    distinct = data[first]
    if not np.array_equal(distinct[codes], data):  # two values with the same number
        return _decode_each(data.astype(object))
    return _decode_each(distinct.astype(object))[codes]


def _decode_each(values):
    """An object array of UTF-8 bytes as an object array of str.

    The values are joined, decoded and split at once (C speed, twice numpy's np.char.decode); GDAL's
    strings end at a NUL, so NUL separates them, unless a value holds one (then value by value).
    """
    import numpy as np

    values = values.tolist()
    joined = b"\x00".join(values)
    if joined.count(b"\x00") != max(len(values) - 1, 0):
        return np.array([v.decode("utf-8") for v in values] + [None], dtype=object)[:-1]
    text = np.empty(len(values), dtype=object)
    text[:] = joined.decode("utf-8").split("\x00") if values else []
    return text


def layer_uuids(layer, uuid_column: str) -> list:
    """The values of one field in feature order (for applying a log without reading everything)."""
    index = layer.fields().indexOf(uuid_column)
    if index < 0:
        raise CartongError(tr("The layer {layer} has no field {field}.").format(layer=layer.name(), field=uuid_column))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    return [_to_python(f.attributes()[index]) for f in layer.getFeatures(request)]


def layer_table_name(layer) -> str:
    """The table ``layer`` reads ("survey" of survey.gpkg), else its name in QGIS (the file's, for one table)."""
    return decode_uri(layer.providerType(), layer.source()).get("layerName") or layer.name()


def refuse_repeat_table(layer) -> None:
    """CartongError unless ``layer`` has the _uuid that names submissions in the cleaning log; a repeat table
    (rows keyed by _submission__uuid and _index) is named by its table, with what to do."""
    from ..log import UUID_COLUMN

    fields = layer.fields()
    if fields.indexOf(UUID_COLUMN) >= 0:
        return
    name = layer_table_name(layer)
    if fields.indexOf("_submission__uuid") >= 0:
        raise CartongError(
            tr(
                "{layer} is a repeat table: its rows belong to submissions by _submission__uuid and _index, and "
                "the cleaning log names submissions (_uuid), not repeat rows, so it cannot be applied to it. Apply "
                "the log to the survey layer; correct a repeat answer in a copy of {layer} in QGIS, or remove the "
                "whole submission with remove_survey."
            ).format(layer=name)
        )
    raise CartongError(
        tr("The layer {layer} has no field {field}: the cleaning log names each submission by it.").format(
            layer=name, field=UUID_COLUMN
        )
    )


def layer_geopackage(layer) -> str:
    """Path of the GeoPackage holding ``layer``, or '' when it is not in a GeoPackage."""
    if layer is None or layer.providerType() != "ogr":
        return ""
    path = decode_uri("ogr", layer.source()).get("path", "")
    return path if path.lower().endswith(".gpkg") else ""


def _require(layer, field: str, what: str) -> int:
    index = layer.fields().indexOf(field)
    if index < 0:
        raise CartongError(
            tr("The layer {layer} has no field {field} ({what}).").format(layer=layer.name(), field=field, what=what)
        )
    return index


def areas_from_layer(layer, code_field: str, name_field: str = "") -> AdminAreas:
    """Admin polygons of a QGIS layer, in WGS 84, keyed by ``code_field``."""
    _require(layer, code_field, tr("P-code"))
    transform = to_wgs84(layer)
    items = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        name = _to_python(feature[name_field]) if name_field else ""
        items.append((str(_to_python(feature[code_field]) or ""), name or "", bytes(geometry.asWkb())))
    return AdminAreas.from_wkb(items)


def gazetteer_from_layer(layer, code_field: str, name_field: str, parent_field: str = "") -> tuple[Place, ...]:
    """(P-code, name, parent P-code) of every feature of an admin layer."""
    _require(layer, code_field, tr("P-code"))
    _require(layer, name_field, tr("name"))
    if parent_field and layer.fields().indexOf(parent_field) < 0:
        parent_field = ""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return tuple(
        Place(
            str(_to_python(f[code_field]) or ""),
            str(_to_python(f[name_field]) or ""),
            str(_to_python(f[parent_field]) or "") if parent_field else "",
        )
        for f in layer.getFeatures(request)
    )
