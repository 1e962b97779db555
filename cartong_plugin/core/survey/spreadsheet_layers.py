# SPDX-License-Identifier: GPL-3.0-or-later
"""A workbook export (.xlsx, .ods, .xls) given as a QGIS layer, read with row 1 as its header.

GDAL's spreadsheet drivers take row 1 as the header only when it looks like one: in a raw Kobo XLSX whose
every cell is text (the bundled sample), the header row is read as data and the columns are named
Field1..FieldN, so the checks found no ``_uuid`` and the group-path renaming never ran. ``with_header_row``
gives such a layer again, opened with the header forced; ``headers_forced`` keeps GDAL reading it so (in
this thread) for as long as the layer is read: QGIS opens the file again for each reading.
Only a row 1 that names an export's own columns (``_uuid``, ``KEY``, ``SubmissionDate``...) is taken as the
header: in a sheet without header row, the first submission's values would become column names (a phone
number written into a shared README) and the submission would be lost.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..base.gdal_errors import gdal_options
from ..base.qgis_compat import decode_uri
from .submission_ids import INSTANCE_ID_COLUMNS, is_instance_id

_DRIVERS = {".xlsx": "XLSX", ".ods": "ODS", ".xls": "XLS"}
_HEADER_OPTION = "HEADERS=FORCE"  # read by GDAL 3.7 and later; 3.6 reads only the configuration option
_GDAL_NAME = re.compile(r"Field\d+")  # the names GDAL gives the columns of a sheet read without header
# columns every Kobo, ONA or ODK Central export has one of: a row 1 naming one is that export's header
_EXPORT_COLUMNS = {"_uuid", "_id", "_index", "_submission_time", "_submission__uuid", "_parent_index", "__version__"}
_EXPORT_COLUMNS |= {*INSTANCE_ID_COLUMNS, "KEY", "PARENT_KEY"}
_EXPORT_COLUMNS |= {"SubmissionDate"}


def _sheet_without_names(layer) -> dict | None:
    """The decoded source of ``layer`` when it is a workbook sheet whose every column GDAL named Field<n>
    (row 1 read as data), else None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    parts = decode_uri("ogr", layer.source())
    names = layer.fields().names()
    if Path(parts.get("path") or "").suffix.lower() not in _DRIVERS or not names:
        return None
    return parts if all(_GDAL_NAME.fullmatch(name) for name in names) else None


def headers_forced():
    """GDAL's spreadsheet drivers take row 1 as the header in this thread, until the block ends."""
    return gdal_options(**{f"OGR_{driver}_HEADERS": "FORCE" for driver in _DRIVERS.values()})


def with_header_row(layer):
    """``layer`` opened again with row 1 as its header when it is a workbook sheet GDAL read without one
    (every column named Field<n>), else ``layer`` itself. A layer opened again is read within
    ``headers_forced()``."""
    parts = _sheet_without_names(layer)
    options = list(parts.get("openOptions") or []) if parts else []
    if parts is None or _HEADER_OPTION in options:
        return layer
    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    parts["openOptions"] = [*options, _HEADER_OPTION]  # also a source of its own: QGIS shares no handle with it
    registry = QgsProviderRegistry.instance()
    assert registry is not None, "QGIS is running"
    source = registry.encodeUri("ogr", parts)
    with headers_forced():
        reopened = QgsVectorLayer(source, layer.name(), "ogr")
    names = reopened.fields().names() if reopened.isValid() else []
    if not any(name in _EXPORT_COLUMNS or is_instance_id(name) for name in names):
        return layer  # row 1 is no export's header: a sheet of data without one keeps every row
    return reopened


def unnamed_sheet_error(layer):
    """A CartongError naming ``layer`` when it is a workbook sheet whose columns have no names (GDAL read every
    row as data, Field1..FieldN, and row 1 names no export column), else None. Its columns cannot be told
    apart by name: a name, a phone number or a GPS point would be shared as "protected" (attack 12)."""
    from ..base.errors import CartongError
    from ..base.i18n import tr

    parts = _sheet_without_names(layer)
    if parts is None:
        return None
    path = Path(parts.get("path") or "")
    return CartongError(
        tr(
            "{file}, sheet {sheet}: every cell is text, so its first row cannot be told from a row of answers and "
            "its columns have no names (Field1, Field2...): the plugin cannot tell which hold personal data or "
            "which question each one answers. Save the sheet as a CSV file (UTF-8) and give that file, or import "
            "the workbook with Import survey data."
        ).format(
            file=path.name, sheet=parts.get("layerName") or _sheet_name(path, parts.get("layerId")) or layer.name()
        ),
        path=str(path),
    )


def _sheet_name(path: Path, layer_id) -> str:
    """The name of the sheet GDAL gives as ``layer_id`` (the first when None) of the workbook ``path``."""
    from osgeo import ogr

    try:
        workbook = ogr.Open(str(path))
        sheet = workbook.GetLayer(int(layer_id or 0)) if workbook is not None else None
        return sheet.GetName() if sheet is not None else ""
    except RuntimeError:  # GDAL's exceptions on in this thread (GDAL >= 3.7): the name is only for the sentence
        return ""
