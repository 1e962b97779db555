# SPDX-License-Identifier: GPL-3.0-or-later
"""What an output was made from: the input's file name, the table read in it, and the file's SHA-256.

A shared copy (``protection.share_export``) and the counts of ``cartong:countbyadmin`` record it, so
that whoever holds them can tell which data they came from: the raw ``survey``, a cleaned table or a
repeat table of the same GeoPackage, and whether the file changed since. ``layer_provenance`` reads it
from a QGIS layer: only the file's name, never its folder (the record travels with shared data); a
database layer has its schema and table and no checksum.
"""

from __future__ import annotations

from dataclasses import dataclass

from .outputs import source_file
from .qgis_compat import decode_uri
from .safe_files import file_sha256


@dataclass(frozen=True)
class Provenance:
    file: str = ""  # the input file's name ("" for a database or memory layer)
    layer: str = ""  # the table or layer read (in the file, or schema.table of a database)
    sha256: str = ""  # of the file as it was read

    def as_dict(self) -> dict[str, str]:
        """The parts known, under the names the records use (file, layer, sha256)."""
        return {key: value for key, value in vars(self).items() if value}


def layer_provenance(layer, checksum: bool = True) -> Provenance:
    """The :class:`Provenance` of a QGIS vector layer (its name in QGIS when nothing better is known:
    a Processing run names a layer after its file, not its table); without ``checksum``, no SHA-256."""
    provider = layer.providerType()
    parts = decode_uri(provider, layer.source())
    path = source_file(layer.source()) if provider == "ogr" else None
    table = str(parts.get("layerName") or "")
    if path is not None and path.is_file():
        return Provenance(
            path.name, table or _first_layer(path, parts.get("layerId")) or layer.name(), file_sha256(path)
        )
    if parts.get("table"):  # PostgreSQL, SpatiaLite...
        schema = str(parts.get("schema") or "")
        table = f"{schema}.{parts['table']}" if schema else str(parts["table"])
    return Provenance("", table or layer.name(), "")


def _first_layer(path, layer_id) -> str:
    """The name of the layer a source without a layer name opens (its ``layerid``, else the first)."""
    from osgeo import ogr

    from .gdal_errors import gdal_exceptions

    try:
        with gdal_exceptions():
            dataset = ogr.Open(str(path))
            found = dataset.GetLayer(int(layer_id or 0)) if dataset is not None else None
            return found.GetName() if found is not None else ""
    except (RuntimeError, ValueError):
        return ""
