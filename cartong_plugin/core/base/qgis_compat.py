# SPDX-License-Identifier: GPL-3.0-or-later
"""The few PyQGIS calls whose right form depends on the QGIS version (3.22 up to QGIS 4).

One place for them, so that no module needs a deprecated call on a recent QGIS nor a
missing one on the oldest supported (3.22).
"""
from __future__ import annotations

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QVariant


def new_field(name: str, kind: str, length: int = 0, precision: int = 0) -> QgsField:
    """A field of ``kind`` "int", "double" or "string" (QMetaType types from QGIS 3.38, QVariant before)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        types = {"int": QMetaType.Type.Int, "double": QMetaType.Type.Double, "string": QMetaType.Type.QString}
    else:
        types = {"int": QVariant.Type.Int, "double": QVariant.Type.Double, "string": QVariant.Type.String}
    return QgsField(name, types[kind], len=length, prec=precision)


def field_names_parameter(algorithm, parameters, name, context) -> list[str]:
    """The field names of a multiple QgsProcessingParameterField (parameterAsFields before 3.32)."""
    if Qgis.QGIS_VERSION_INT >= 33200:
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def xyz_tiles_algorithm_id() -> str:
    """The id of QGIS's "Generate XYZ tiles (MBTiles)" algorithm: ``native:`` once ported to C++
    (QGIS 3.26), ``qgis:`` (the Python processing plugin) before, as in 3.22."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for algorithm_id in ("native:tilesxyzmbtiles", "qgis:tilesxyzmbtiles"):
        if registry.algorithmById(algorithm_id) is not None:
            return algorithm_id
    return ""
