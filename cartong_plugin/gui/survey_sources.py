# SPDX-License-Identifier: GPL-3.0-or-later
"""Which project layers come from an imported survey, and which XLSForm the import used.

The import (and a server download) writes a ``cartong_metadata`` table in the survey's GeoPackage;
a layer of such a GeoPackage is a survey, whatever it is named, where a background layer added by
a map ("Countries") is not. The metadata names the form file (not its folder); the import wizard
remembers the full paths of the forms it used (QgsSettings ``cartong/import/forms``), so the other
wizards find the same file again, checked by its SHA-256 when the import recorded one.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsProviderRegistry, QgsSettings, QgsVectorLayer

from ..core.base.safe_files import file_sha256

SETTING_FORMS = "cartong/import/forms"
REMEMBERED_FORMS = 20
SURVEY_TABLE = "survey"
SURVEY_NAMES = ("survey_cleaned", SURVEY_TABLE)  # the cleaned copy first (the cleaning wizard's table)


def layer_geopackage(layer) -> str:
    from ..core.cleaning.checks.layers import layer_geopackage as geopackage

    return geopackage(layer)


def import_metadata(gpkg: str) -> list[dict]:
    """The rows of the GeoPackage's ``cartong_metadata``, oldest first ([] for another GeoPackage)."""
    if not gpkg or not Path(gpkg).is_file():
        return []
    from ..core.base.gdal_errors import gdal_exceptions
    from ..core.servers.geopackage import read_metadata

    try:
        with gdal_exceptions(False):
            return read_metadata(gpkg)
    except (OSError, RuntimeError):
        return []


def is_imported_survey(layer) -> bool:
    """A vector layer of a GeoPackage that the toolkit's import (or download) wrote."""
    return isinstance(layer, QgsVectorLayer) and bool(import_metadata(layer_geopackage(layer)))


def table_of(layer) -> str:
    return QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName") or ""


def default_survey_layer(layers: list):
    """The cleaned survey when there is one, else the survey (by layer or table name): maps and shared
    files show the cleaned data."""
    from ..core.base.i18n import tr

    points = [lyr for lyr in layers if isinstance(lyr, QgsVectorLayer) and lyr.isSpatial()]
    for wanted in SURVEY_NAMES:
        for layer in points:
            if wanted in (layer.name(), table_of(layer)):
                return layer
    cleaned = tr("survey (cleaned)")  # the cleaning wizard's layer name
    return next((lyr for lyr in points if lyr.name() == cleaned), None)


def preferred_survey_layer(active=None, layers=None):
    """The layer a wizard should start on: the active layer when it is an imported survey (its cleaned
    copy, when it is the raw ``survey`` table and the project has one), else the cleaned copy of an
    imported GeoPackage (``default_survey_layer``), else its ``survey`` table, else any layer of one;
    None when there is none."""
    layers = list(QgsProject.instance().mapLayers().values()) if layers is None else layers
    surveys = [layer for layer in layers if is_imported_survey(layer)]
    if active in surveys:
        if table_of(active) != SURVEY_TABLE:
            return active
        beside = [layer for layer in surveys if layer_geopackage(layer) == layer_geopackage(active)]
        return default_survey_layer(beside) or active
    main = [layer for layer in surveys if table_of(layer) == SURVEY_TABLE]
    return default_survey_layer(surveys) or (main or surveys or [None])[0]


def remember_form(path: str) -> None:
    """Keep the full path of a form the import used (most recent first)."""
    if not path:
        return
    full = str(Path(path).resolve())
    settings = QgsSettings()
    known = [p for p in settings.value(SETTING_FORMS, [], type=list) if p and p != full]
    settings.setValue(SETTING_FORMS, [full, *known][:REMEMBERED_FORMS])


def imported_form(gpkg: str) -> str:
    """The XLSForm the last import into ``gpkg`` used, when it can be found on this computer, else ''.

    Looked for among the forms the import wizard remembered, then beside the GeoPackage; a file of
    the same name but other content (another version of the form) is not taken.
    """
    rows = [row for row in import_metadata(gpkg) if row.get("form_file")]
    if not rows:
        return ""
    name, digest = rows[-1]["form_file"], rows[-1].get("form_sha256") or ""
    remembered = [Path(p) for p in QgsSettings().value(SETTING_FORMS, [], type=list) if p]
    for candidate in [p for p in remembered if p.name == name] + [Path(gpkg).parent / name]:
        try:
            if candidate.is_file() and (not digest or file_sha256(candidate) == digest):
                return str(candidate)
        except OSError:
            continue
    return ""
