# SPDX-License-Identifier: GPL-3.0-or-later
"""Put an imported survey GeoPackage into a QGIS project: layers, default style, repeat relations.

The relations (survey ``_index`` -> members ``_parent_index``, or ODK ``KEY`` -> ``PARENT_KEY``)
are read from ``cartong_metadata``, so the attribute form of a household shows its members.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from qgis.core import QgsProject, QgsRelation, QgsVectorLayer

from .errors import CartongError
from .i18n import tr

MAIN_LAYER = "survey"


@dataclass
class SurveyLayers:
    survey: QgsVectorLayer | None = None
    children: dict[str, QgsVectorLayer] = field(default_factory=dict)
    relations: list[QgsRelation] = field(default_factory=list)


def import_relations(gpkg) -> list[dict]:
    """The relations recorded by the last import ({parent, child, parent_key, child_key})."""
    layer = QgsVectorLayer(f"{gpkg}|layername=cartong_metadata", "cartong_metadata", "ogr")
    if not layer.isValid():
        return []
    last = None
    for feature in layer.getFeatures():
        if feature["action"] == "import":
            last = feature
    if last is None or not last["relations"]:
        return []
    return json.loads(last["relations"])


def add_survey_to_project(gpkg, project: QgsProject | None = None, group_name: str | None = None) -> SurveyLayers:
    """Add the typed survey layer and its repeat tables to ``project`` and link them by relations.

    The raw tables stay in the GeoPackage (they are the archive, not a working layer).
    """
    from .styles import points_renderer

    project = project or QgsProject.instance()
    survey = QgsVectorLayer(f"{gpkg}|layername={MAIN_LAYER}", group_name or MAIN_LAYER, "ogr")
    if not survey.isValid():
        raise CartongError(tr("{file} has no 'survey' layer: import the survey first.").format(file=str(gpkg)),
                           path=str(gpkg))
    if survey.isSpatial():
        survey.setRenderer(points_renderer())
    result = SurveyLayers(survey=survey)
    layers = [survey]
    relations = import_relations(gpkg)
    for rel in relations:
        child = QgsVectorLayer(f"{gpkg}|layername={rel['child']}", rel["child"], "ogr")
        if child.isValid():
            result.children[rel["child"]] = child
            layers.append(child)
    project.addMapLayers(layers)
    by_table = {MAIN_LAYER: survey, **result.children}
    for rel in relations:
        parent, child = by_table.get(rel["parent"]), result.children.get(rel["child"])
        if parent is None or child is None:
            continue
        relation = QgsRelation()
        relation.setId(f"cartong_{parent.id()}_{child.id()}")
        relation.setName(tr("{parent} → {child}").format(parent=parent.name(), child=child.name()))
        relation.setReferencingLayer(child.id())
        relation.setReferencedLayer(parent.id())
        relation.addFieldPair(rel["child_key"], rel["parent_key"])
        if relation.isValid():
            project.relationManager().addRelation(relation)
            result.relations.append(relation)
    return result
