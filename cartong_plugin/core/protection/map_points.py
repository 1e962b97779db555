# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether the survey points a map draws are a protected copy or households at their true place.

One decision for cartong:exportmappdf and the map wizard: points read from a GeoPackage written by
cartong:exportforsharing whose table ``cartong_protection`` records that the locations were removed,
counted by area, moved by at least PROTECTING_DISTANCE_M or snapped to a grid of at least that size are a
protected copy. Any other point layer (the raw ``survey`` of an import, a memory layer, a shapefile, a
copy made with "Keep exact locations" or a 1 m grid, a record that cannot be read) is taken as true
places. A map drawing those says so, and is not georeferenced: a GeoPDF lets anyone read each point back
as coordinates.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from ..base.i18n import tr
from ..base.outputs import source_file
from .share_export import COUNTS_LAYER, METADATA_TABLE, SHARED_LAYER

# Below 100 m a moved or snapped point still shows the household's compound or its neighbours' (a phone's
# GPS is within 5-10 m): no protection. The plugin's own defaults (moved 250-2000 m, 1 km grid) are well
# above it, so a copy made with them or with somewhat tighter settings still counts as protected.
PROTECTING_DISTANCE_M = 100.0
_REMOVED = {"drop_geometry", "aggregate"}  # no point left where a household is
_MOVED = {"displace": "min_distance_m", "snap_to_grid": "grid_size_m"}  # the distance that protects


def is_protected_copy(layer) -> bool:
    """True when ``layer`` comes from a GeoPackage written by cartong:exportforsharing whose record
    (``cartong_protection``) says its locations were removed, counted by area or moved far enough."""
    path = source_file(layer.source()) if layer.providerType() == "ogr" else None
    if path is None or not Path(path).is_file():
        return False
    from ..base.qgis_compat import decode_uri

    table = decode_uri("ogr", layer.source()).get("layerName")
    try:
        with closing(sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)) as db:
            steps = db.execute(f'SELECT action, parameters FROM "{METADATA_TABLE}"').fetchall()
            tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")}
    except (sqlite3.Error, ValueError):  # not a GeoPackage, no record or unreadable: not a protected copy
        return False
    # the record speaks of the table exportforsharing wrote, not of a layer saved into its file afterwards
    if not ({table} if table else tables) <= {SHARED_LAYER, COUNTS_LAYER}:
        return False
    actions = {str(action) for action, _parameters in steps}
    if "keep_location" in actions:
        return False
    return any(_protects(str(action), parameters) for action, parameters in steps)


def _protects(action: str, parameters) -> bool:
    """Whether one recorded step leaves no point at a household's true place."""
    if action in _REMOVED:
        return True
    if action not in _MOVED:
        return False
    try:
        distance = float(json.loads(parameters or "{}").get(_MOVED[action]))
    except (TypeError, ValueError, AttributeError):  # no distance recorded, or not a number
        return False
    return distance >= PROTECTING_DISTANCE_M


def unprotected_points_warning(layer) -> str:
    """The warning for a map drawing the points of ``layer``, naming it; '' for a protected copy."""
    if layer is None or is_protected_copy(layer):
        return ""
    return tr(
        "The points of {layer} are not a protected copy: household locations are personal data, so this map "
        "is not georeferenced; share it only if that was decided, or give the points of a copy made by "
        "“Export for sharing” instead."
    ).format(layer=layer.name())
