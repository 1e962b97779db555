# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether the survey points a map draws are a protected copy or households at their true place.

One decision for cartong:exportmappdf and the map wizard: points read from a GeoPackage written by
cartong:exportforsharing (it holds the table ``cartong_protection``, its points moved or snapped) are a
protected copy; any other point layer (the raw ``survey`` of an import, a memory layer, a shapefile) is
taken as true places. A map drawing those says so, and is not georeferenced: a GeoPDF lets anyone read
each point back as coordinates.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ..base.i18n import tr
from ..base.outputs import source_file
from .share_export import METADATA_TABLE


def is_protected_copy(layer) -> bool:
    """True when ``layer`` comes from a GeoPackage written by cartong:exportforsharing."""
    path = source_file(layer.source()) if layer.providerType() == "ogr" else None
    if path is None or not Path(path).is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)) as db:
            found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (METADATA_TABLE,))
            return found.fetchone() is not None
    except (sqlite3.Error, ValueError):  # not a GeoPackage (a shapefile, a CSV) or unreadable: not a protected copy
        return False


def unprotected_points_warning(layer) -> str:
    """The warning for a map drawing the points of ``layer``, naming it; '' for a protected copy."""
    if layer is None or is_protected_copy(layer):
        return ""
    return tr(
        "The points of {layer} are not a protected copy: household locations are personal data, so this map "
        "is not georeferenced; share it only if that was decided, or give the points of a copy made by "
        "“Export for sharing” instead."
    ).format(layer=layer.name())
