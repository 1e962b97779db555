# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the cleaned survey may be written: a GeoPackage only (or, for a survey shared in PostgreSQL, its schema).

The cleaned GeoPackage carries what protects and describes the survey: the form's tables (its lists of
people, calculated positions, question types, read again when it is shared), its repeat tables and its
date-times to the millisecond with their zone. A CSV, spreadsheet or shapefile keeps none of them (a
shapefile also cuts names to 10 characters and texts to 254), nor does a memory layer: a copy shared
from one of them was shared with names and account names in clear (attack 16b). Such a destination is
refused before any work; a database table (another PostgreSQL database) is written by QGIS as before.
The Processing dialog's default, a temporary output, becomes a GeoPackage in QGIS's temporary folder
(``temporary_geopackage``): the dialog runs as it opens, and nothing of the survey is lost in it.
"""

from __future__ import annotations

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.outputs import source_file

_TEMPORARY = ("memory:", "TEMPORARY_OUTPUT")


def refuse_cleaned_destination(destination: str, into_schema: bool = False) -> None:
    """CartongError when the cleaned survey would go to a file other than a GeoPackage or to a temporary
    layer; ``into_schema``: a temporary output means the table of the shared survey's schema, accepted."""
    text = str(destination or "").strip()
    if text.startswith(_TEMPORARY):
        if into_schema:
            return
        raise CartongError(
            tr(
                "A temporary layer cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, "
                "repeat tables and date-times as they are (a copy shared from a temporary layer would lose the "
                "protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and "
                "export for sharing from it."
            )
        )
    path = source_file(text)
    if path is None or path.suffix.lower() == ".gpkg":
        return
    raise CartongError(
        tr(
            "{file} cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and "
            "date-times as they are (a CSV, spreadsheet or shapefile loses them, and a copy shared from it would "
            "lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and "
            "export for sharing from it."
        ).format(file=path.name),
        path=str(path),
    )


def is_temporary(parameters: dict, name: str = "OUTPUT") -> bool:
    """Whether the output ``name`` is QGIS's temporary output (the Processing dialog's default), as given:
    QGIS turns it into a memory layer's address, which a script may also give (refused)."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    return str(value or "").strip() == _TEMPORARY[1]


def temporary_geopackage(parameters: dict, name: str = "OUTPUT") -> tuple[dict, str]:
    """``parameters`` with the temporary output ``name`` replaced by a new GeoPackage in QGIS's temporary
    folder (deleted when QGIS closes), kept as a layer definition when it was one (loaded into its project)."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsProperty

    path = QgsProcessingUtils.generateTempFilename("cleaned_survey.gpkg")
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = QgsProcessingOutputLayerDefinition(value)
        value.sink = QgsProperty.fromValue(path)
    else:
        value = path
    return {**parameters, name: value}, path


def temporary_sentence(path: str) -> str:
    """What a run with the temporary output says of where the cleaned survey is."""
    return tr(
        "The cleaned survey was written to a temporary GeoPackage ({file}) that QGIS deletes when it closes. "
        "To keep it, run again with a GeoPackage file for the cleaned survey (the decisions stay in the "
        "cleaning log), or export it for sharing before closing QGIS."
    ).format(file=path)
