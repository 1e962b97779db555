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
    if Qgis.QGIS_VERSION_INT >= 33800:  # type: ignore[attr-defined]
        from qgis.PyQt.QtCore import QMetaType

        types = {"int": QMetaType.Type.Int, "double": QMetaType.Type.Double, "string": QMetaType.Type.QString}
    else:
        types = {"int": QVariant.Type.Int, "double": QVariant.Type.Double, "string": QVariant.Type.String}
    return QgsField(name, types[kind], len=length, prec=precision)


def field_kind(field: QgsField) -> str:
    """What a field holds: "int", "double", "string", "date", "datetime", "time", "bool" or "other".

    ``QgsField.type()`` is a QVariant type before QGIS 3.38 and a QMetaType type after; with Qt5 both
    are int enums with the same values, with Qt6 only QMetaType exists: compare with QMetaType."""
    return _field_kinds().get(field.type(), "other")


def _field_kinds() -> dict:
    from qgis.PyQt.QtCore import QMetaType

    kinds = {
        "int": ("Int", "UInt", "LongLong", "ULongLong"),
        "double": ("Double",),
        "string": ("QString",),
        "date": ("QDate",),
        "datetime": ("QDateTime",),
        "time": ("QTime",),
        "bool": ("Bool",),
    }
    return {getattr(QMetaType.Type, name): kind for kind, names in kinds.items() for name in names}


def _parameter_flag(name: str):
    """A Processing parameter flag: Qgis.ProcessingParameterFlag from 3.36, the class's enum before."""
    if Qgis.QGIS_VERSION_INT >= 33600:  # type: ignore[attr-defined]
        return getattr(Qgis.ProcessingParameterFlag, name)
    from qgis.core import QgsProcessingParameterDefinition

    return getattr(QgsProcessingParameterDefinition.Flag, f"Flag{name}")


def mark_advanced(parameter):
    """Put a Processing parameter under "Advanced parameters"; returns it."""
    parameter.setFlags(parameter.flags() | _parameter_flag("Advanced"))
    return parameter


def parameter_has_flag(parameter, name: str) -> bool:
    """Whether a parameter carries the flag ``name`` ("Advanced", "Optional", "Hidden")."""
    return bool(parameter.flags() & _parameter_flag(name))


def field_names_parameter(algorithm, parameters, name, context) -> list[str]:
    """The field names of a multiple QgsProcessingParameterField (parameterAsFields before 3.32)."""
    if Qgis.QGIS_VERSION_INT >= 33200:  # type: ignore[attr-defined]
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


def decode_uri(provider: str, source: str) -> dict:
    """The parts of a layer source ({"path", "layerName"...}) as the provider reads them."""
    from qgis.core import QgsProviderRegistry

    registry = QgsProviderRegistry.instance()
    return dict(registry.decodeUri(provider, source)) if registry is not None else {}


def size_legend_heading_gap() -> float:
    """Millimetres to add under a layer's heading in a legend holding a circle-size legend.

    From QGIS 3.30 legends draw their text with text formats, and the size legend's own title starts
    1.5 mm higher under the heading than on 3.22: the tall marks of Arabic ("ٱلقيمة") touched the
    heading. Found by the feature, not the version number.
    """
    from qgis.core import QgsLegendStyle

    return 1.5 if hasattr(QgsLegendStyle, "textFormat") else 0.0


def null_rectangle():
    """A QgsRectangle holding nothing yet, which ``combineExtentWith`` replaces by the first extent it is
    given: ``setNull()`` where QGIS has it (3.34 and later), ``setMinimal()`` before; setMinimal is deprecated
    (a DeprecationWarning in the run's log on 3.40) and removed in QGIS 4."""
    from qgis.core import QgsRectangle

    rectangle = QgsRectangle()
    if hasattr(rectangle, "setNull"):
        rectangle.setNull()
    else:
        rectangle.setMinimal()  # QGIS before 3.34
    return rectangle


def write_project_anonymously(project, path: str, author: str = "") -> bool:
    """Write ``project`` to ``path`` (as ``QgsProject.write``) without the computer account's names.

    A new project's author is the account's full name (QgsApplication.userFullName()), and writing it adds
    the login and full name (saveUser, saveUserFull) unless QGIS's setting projects/anonymize_saved_projects
    is on: the author is set to ``author`` and the setting is on for this write only, then put back.
    """
    from qgis.core import QgsSettings

    metadata = project.metadata()
    metadata.setAuthor(author)
    project.setMetadata(metadata)
    settings, key, section = QgsSettings(), "projects/anonymize_saved_projects", QgsSettings.Section.Core
    had = settings.contains(key, section)
    before = settings.value(key, False, section=section)
    settings.setValue(key, True, section)
    try:
        return project.write(path)
    finally:
        if had:
            settings.setValue(key, before, section)
        else:
            settings.remove(key, section)
