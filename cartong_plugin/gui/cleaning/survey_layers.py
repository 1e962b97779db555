# SPDX-License-Identifier: GPL-3.0-or-later
"""Which layers the cleaning wizard works on: surveys of a GeoPackage with a ``_uuid`` field, never
the cleaned copy (``survey_cleaned``) that it writes beside them.
"""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ...core.cleaning.log import UUID_COLUMN

CLEANED_LAYER = "survey_cleaned"


def survey_geopackage(layer) -> str:
    from ...core.cleaning.checks.layers import layer_geopackage

    return layer_geopackage(layer)


def is_survey_layer(layer) -> bool:
    """A vector layer of a GeoPackage with a ``_uuid`` field (what the checks and the log need),
    not the cleaned copy this wizard writes."""
    from qgis.core import QgsProviderRegistry

    if not isinstance(layer, QgsVectorLayer) or not survey_geopackage(layer):
        return False
    table = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName")
    return table != CLEANED_LAYER and layer.fields().indexOf(UUID_COLUMN) >= 0
