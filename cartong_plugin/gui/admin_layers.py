# SPDX-License-Identifier: GPL-3.0-or-later
"""Which project layers are admin boundaries a field package can take along.

A polygon layer with a P-code field (``adm2_pcode``, ``ADM1_PCODE``...: OCHA COD-AB naming) read from a
file (GeoPackage, shapefile, GeoJSON...): the package copies that file. Layers of an imported survey's
GeoPackage are left out (the package already holds the survey; its points are not boundaries), and so
are layers held in memory or in a database, which have no file to copy.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer, QgsWkbTypes

PCODE = "pcode"  # in the name of a P-code field, whatever its case and level


def has_pcode_field(layer) -> bool:
    return any(PCODE in name.lower() for name in layer.fields().names())


def boundaries_file(layer) -> str:
    """The file behind ``layer`` (the whole GeoPackage for one of its tables), or '' when there is none."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return ""
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path", "")
    return path if path and Path(path).is_file() else ""


def admin_boundary_layers(layers=None) -> list:
    """The admin boundary layers among ``layers`` (default: the project's), in project order."""
    from .survey_sources import is_imported_survey

    layers = list(QgsProject.instance().mapLayers().values()) if layers is None else layers
    return [
        layer
        for layer in layers
        if isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        and has_pcode_field(layer)
        and boundaries_file(layer)
        and not is_imported_survey(layer)
    ]


def default_boundaries(layers: list):
    """The layer to preselect: the only one; or, when they all come from one file (admin1 and admin2 of a
    COD-AB GeoPackage, which the package copies whole), admin2 when there is one, else the first; else None
    (the user chooses)."""
    if len({boundaries_file(layer) for layer in layers}) != 1:
        return None
    return next((layer for layer in layers if layer.name() == "admin2"), layers[0])
