# SPDX-License-Identifier: GPL-3.0-or-later
"""The QGIS project of a field package: survey layers over admin boundaries over the offline basemap.

Written with relative paths, so the package folder opens wherever it is unzipped; each layer's style is
also saved as ``styles/<layer>.qml`` for partners who rebuild a project by hand. Layers are released
before returning, so no GeoPackage of the package is left open (or with a ``-wal`` file beside it).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ..base.errors import CartongError
from ..base.gdal_errors import gdal_options
from ..base.i18n import tr
from ..base.qgis_compat import write_project_anonymously
from ..base.safe_files import sanitise_filename
from .basemap import KIND_TILES

PROJECT_CRS = "EPSG:3857"  # the tiles' own CRS: the basemap is shown without resampling


def _basemap_layers(basemap):
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    from ..maps.styles import basemap_renderer

    if basemap.kind == KIND_TILES:
        return [QgsRasterLayer(str(basemap.path), tr("Offline basemap"), "gdal")]
    countries = QgsVectorLayer(f"{basemap.path}|layername=countries", tr("Countries (offline background)"), "ogr")
    countries.setRenderer(basemap_renderer())
    return [countries]


def _boundary_layers(boundaries):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    from ..maps.styles import boundary_renderer

    if boundaries is None:
        return []
    ds = ogr.Open(str(boundaries))
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()) if ds.GetLayer(i).GetGeomType() != ogr.wkbNone]
    ds = None
    layers = []
    for width, name in enumerate(reversed(names)):  # admin2 above admin1, finer lines on top
        layer = QgsVectorLayer(f"{boundaries}|layername={name}", name, "ogr")
        layer.setRenderer(boundary_renderer(width=0.3 + 0.3 * width))
        layers.append(layer)
    return layers


def write_field_project(path: Path, staging: Path, basemap, boundaries, title: str) -> None:
    """Write the project ``path`` (.qgz) of the package folder ``staging`` and a QML per layer."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRectangle,
        QgsReferencedRectangle,
    )

    from ..maps.survey_project import add_survey_to_project

    project = QgsProject()
    try:
        project.setTitle(title)
        project.setCrs(QgsCoordinateReferenceSystem(PROJECT_CRS))
        project.writeEntryBool("Paths", "/Absolute", False)  # relative paths: the folder can move
        for gpkg in sorted((staging / "data").glob("*.gpkg")):
            if boundaries is not None and gpkg == boundaries:
                continue
            add_survey_to_project(str(gpkg), project, group_name=gpkg.stem, by_submission=True)
        _give_new_rows_a_uuid(project)
        root = project.layerTreeRoot()
        # opened without GDAL's side files: QGIS computes the basemap's band statistics, and GDAL would
        # keep those of each zoom level in '<no name> - zoom_level=N.aux.xml' in the current folder
        # (QGIS's home, or wherever it was started), outside the folder the user chose
        with gdal_options(GDAL_PAM_ENABLED="NO"):
            background = _basemap_layers(basemap)
        admin = _boundary_layers(boundaries)
        for layer in admin + background:
            if not layer.isValid():
                raise CartongError(
                    tr("The layer {layer} of the field package cannot be read: {file}").format(
                        layer=layer.name(), file=layer.source()
                    ),
                    path=layer.source(),
                )
            project.addMapLayer(layer, False)
            root.addLayer(layer)  # appended: drawn below the survey
        styles = staging / "styles"
        styles.mkdir(exist_ok=True)
        extent = None
        backgrounds = {layer.id() for layer in background}
        # the view opens on the admin boundaries when there are some (wrong GPS fixes would widen it)
        framing = {layer.id() for layer in admin} or set(project.mapLayers()) - backgrounds
        for layer in project.mapLayers().values():
            layer.saveNamedStyle(str(styles / f"{sanitise_filename(layer.name(), 'layer')}.qml"))
            if layer.id() not in framing or not layer.isSpatial() or layer.extent().isEmpty():
                continue
            box = QgsCoordinateTransform(layer.crs(), project.crs(), project).transformBoundingBox(layer.extent())
            if extent is None:
                extent = QgsRectangle(box)
            else:
                extent.combineExtentWith(box)
        if extent is not None:
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
        # the package travels to partners: not the office account's name as author or last saver
        if not write_project_anonymously(project, str(path)):
            raise CartongError(
                tr("The project {file} could not be written: {error}").format(file=path.name, error=project.error()),
                path=str(path),
            )
    finally:
        project.clear()
    for gpkg in (staging / "data").glob("*.gpkg"):
        _close_wal(gpkg)
    for side in staging.rglob("*.aux.xml"):  # GDAL's statistics of the basemap, made again where needed
        side.unlink()


_NEW_UUID = "regexp_replace(uuid(), '[{}]', '')"
_NEXT_INDEX = 'coalesce(maximum("_index"), 0) + 1'


def _give_new_rows_a_uuid(project) -> None:
    """A row added in QField or QGIS gets its own _uuid (the merge's identity of a submission): without one,
    two laptops' new submissions at the same row number could not be told from one corrected. Not on update:
    a submission keeps its _uuid. The braces of QGIS's uuid() are removed (Kobo's _uuid has none).

    An ODK Central survey layer (``KEY`` beside ``_uuid``) links its repeat rows by ``PARENT_KEY`` -> ``KEY``:
    a new submission gets a KEY ("uuid:…", as Central writes it), so that the repeat rows added under it get
    its KEY as PARENT_KEY; its _uuid is that KEY without "uuid:" (QGIS fills the fields in their order, and
    the import put _uuid after KEY), as the import derives it.

    A row added to a Kobo repeat table gets the table's next ``_index``, which the rows of a repeat nested in
    it name as their ``_parent_index`` (another laptop may give the same one: the merge renumbers it)."""
    from qgis.core import QgsDefaultValue, QgsVectorLayer

    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf("_uuid") >= 0:
            index, key = layer.fields().indexOf("_uuid"), layer.fields().indexOf("KEY")
            made = _NEW_UUID
            if 0 <= key < index:
                layer.setDefaultValueDefinition(key, QgsDefaultValue(f"'uuid:' || {_NEW_UUID}", False))
                made = f"""coalesce(regexp_replace("KEY", '^uuid:', ''), {_NEW_UUID})"""
            layer.setDefaultValueDefinition(index, QgsDefaultValue(made, False))
        elif isinstance(layer, QgsVectorLayer) and layer.fields().indexOf("_submission__uuid") >= 0:
            number = layer.fields().indexOf("_index")
            if number >= 0:
                layer.setDefaultValueDefinition(number, QgsDefaultValue(_NEXT_INDEX, False))


def _close_wal(gpkg: Path) -> None:
    """Fold a ``-wal`` file QGIS left into the GeoPackage, so the package holds whole files only."""
    if Path(f"{gpkg}-wal").exists() or Path(f"{gpkg}-shm").exists():
        with closing(sqlite3.connect(str(gpkg))) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode=DELETE")
