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

_DRIVERS = {".xlsx": "XLSX", ".ods": "ODS", ".xls": "XLS"}
_HEADER_OPTION = "HEADERS=FORCE"  # read by GDAL 3.7 and later; 3.6 reads only the configuration option
_GDAL_NAME = re.compile(r"Field\d+")  # the names GDAL gives the columns of a sheet read without header
# columns every Kobo, ONA or ODK Central export has one of: a row 1 naming one is that export's header
_EXPORT_COLUMNS = {"_uuid", "_id", "_index", "_submission_time", "_submission__uuid", "_parent_index", "__version__"}
_EXPORT_COLUMNS |= {"meta/instanceID", "meta-instanceID", "meta.instanceID", "instanceID", "KEY", "PARENT_KEY"}
_EXPORT_COLUMNS |= {"SubmissionDate"}


def headers_forced():
    """GDAL's spreadsheet drivers take row 1 as the header in this thread, until the block ends."""
    return gdal_options(**{f"OGR_{driver}_HEADERS": "FORCE" for driver in _DRIVERS.values()})


def with_header_row(layer):
    """``layer`` opened again with row 1 as its header when it is a workbook sheet GDAL read without one
    (every column named Field<n>), else ``layer`` itself. A layer opened again is read within
    ``headers_forced()``."""
    if layer is None or layer.providerType() != "ogr":
        return layer
    parts = decode_uri("ogr", layer.source())
    names = layer.fields().names()
    options = list(parts.get("openOptions") or [])
    if (
        Path(parts.get("path") or "").suffix.lower() not in _DRIVERS
        or not names
        or not all(_GDAL_NAME.fullmatch(name) for name in names)
        or _HEADER_OPTION in options
    ):
        return layer
    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    parts["openOptions"] = [*options, _HEADER_OPTION]  # also a source of its own: QGIS shares no handle with it
    registry = QgsProviderRegistry.instance()
    assert registry is not None, "QGIS is running"
    source = registry.encodeUri("ogr", parts)
    with headers_forced():
        reopened = QgsVectorLayer(source, layer.name(), "ogr")
    if not reopened.isValid() or not _EXPORT_COLUMNS.intersection(reopened.fields().names()):
        return layer  # row 1 is no export's header: a sheet of data without one keeps every row
    return reopened
