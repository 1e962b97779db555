# SPDX-License-Identifier: GPL-3.0-or-later
"""Put an imported survey GeoPackage into a QGIS project: layers, default style, repeat relations.

The relations (survey ``_index`` -> members ``_parent_index``, or ODK ``KEY`` -> ``PARENT_KEY``)
are read from ``cartong_metadata``, so the attribute form of a household shows its members; a field
package's project links Kobo's by the submission's ``_uuid`` instead, which a household added in the field has.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from qgis.core import (
    QgsEditorWidgetSetup,
    QgsMapLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRelation,
    QgsRelationContext,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..base.errors import CartongError
from ..base.i18n import tr
from ..base.qgis_compat import decode_uri

MAIN_LAYER = "survey"


@dataclass
class SurveyLayers:
    survey: QgsVectorLayer | None = None
    children: dict[str, QgsVectorLayer] = field(default_factory=dict)
    relations: list[QgsRelation] = field(default_factory=list)


def import_relations(gpkg) -> list[dict]:
    """The relations recorded by the last import ({parent, child, parent_key, child_key}, and
    ``also_keys`` [[parent column, child column]] when the key is composite)."""
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


def _form_display(gpkg) -> tuple[dict[str, dict], dict[str, list[tuple[str, str]]]]:
    """Questions {name: {label, type, list_name}} and choices {list: [(code, label)]} kept by the import."""
    questions: dict[str, dict] = {}
    choices: dict[str, list[tuple[str, str]]] = {}
    layer = QgsVectorLayer(f"{gpkg}|layername=form_questions", "form_questions", "ogr")
    if layer.isValid():
        for feature in layer.getFeatures():
            questions.setdefault(
                feature["name"], {"label": feature["label"], "type": feature["type"], "list_name": feature["list_name"]}
            )
    layer = QgsVectorLayer(f"{gpkg}|layername=form_choices", "form_choices", "ogr")
    if layer.isValid():
        for feature in layer.getFeatures():
            choices.setdefault(feature["list_name"], []).append((feature["name"], feature["label"]))
    return questions, choices


def apply_form_display(layer: QgsVectorLayer, questions: dict, choices: dict, show_labels: bool = True) -> None:
    """Question labels as field aliases; with ``show_labels``, select_one codes shown as their labels
    (a Value Map: the code stays stored, the form and attribute table show the label)."""
    fields = layer.fields()
    for index in range(fields.count()):
        qgs_field = fields.at(index)
        question = questions.get(qgs_field.name())
        if question is None and qgs_field.name().endswith("_label"):
            base = questions.get(qgs_field.name()[: -len("_label")])
            if base and base["label"]:
                layer.setFieldAlias(index, tr("{label} (label)").format(label=base["label"]))
            continue
        if question is None:
            continue
        if question["label"]:
            layer.setFieldAlias(index, question["label"])
        pairs = choices.get(question["list_name"] or "")
        if show_labels and question["type"] == "select_one" and pairs:
            layer.setEditorWidgetSetup(
                index, QgsEditorWidgetSetup("ValueMap", {"map": [{label or code: code} for code, label in pairs]})
            )


# What a user styles by hand and an update must not lose; the fields and form come from the new
# data instead (a new form version may add questions and choices).
_KEPT_STYLE = (
    QgsMapLayer.StyleCategory.Symbology
    | QgsMapLayer.StyleCategory.Symbology3D
    | QgsMapLayer.StyleCategory.Labeling
    | QgsMapLayer.StyleCategory.Diagrams
    | QgsMapLayer.StyleCategory.Rendering
    | QgsMapLayer.StyleCategory.MapTips
)


@dataclass
class SavedLook:
    """A project layer's name and hand-made style, kept while its GeoPackage is replaced."""

    name: str
    style: QDomDocument


def save_looks(layers) -> dict[str, SavedLook]:
    """The name and style of each layer, by the GeoPackage table it shows (survey, members...)."""
    looks = {}
    for layer in layers:
        table = decode_uri("ogr", layer.source()).get("layerName") or ""
        if not table:
            continue
        doc = QDomDocument()
        layer.exportNamedStyle(doc, QgsReadWriteContext(), _KEPT_STYLE)
        looks[table] = SavedLook(layer.name(), doc)
    return looks


def restore_looks(added: SurveyLayers, looks: dict[str, SavedLook]) -> None:
    """Give the layers just added the name and style their table had before (see save_looks)."""
    for table, layer in ((MAIN_LAYER, added.survey), *added.children.items()):
        look = looks.get(table)
        if layer is None or look is None:
            continue
        layer.importNamedStyle(look.style, _KEPT_STYLE)
        layer.setName(look.name)
        layer.triggerRepaint()


_SUBMISSION = "_submission__uuid"


def _key_pairs(rel: dict, parent: QgsVectorLayer, child: QgsVectorLayer, by_submission: bool) -> list[tuple[str, str]]:
    """(child column, parent column) of the relation ``rel``: its key, then those of ``also_keys`` (a composite key,
    repeat_checks). With ``by_submission``, a Kobo repeat of the survey links by the survey's ``_uuid`` (its
    ``_index`` is no key a new submission has: every household added in the field would share the empty one),
    and a nested repeat (``_index`` -> ``_parent_index`` of its parent repeat) by ``_submission__uuid`` too."""
    pairs = [(rel["child_key"], rel["parent_key"])] + [(c, p) for p, c in rel.get("also_keys", [])]
    if not by_submission or child.fields().indexOf(_SUBMISSION) < 0:
        return pairs
    if rel["parent"] == MAIN_LAYER and parent.fields().indexOf("_uuid") >= 0:
        return [(_SUBMISSION, "_uuid")]
    if parent.fields().indexOf(_SUBMISSION) >= 0 and (_SUBMISSION, _SUBMISSION) not in pairs:
        pairs.append((_SUBMISSION, _SUBMISSION))
    return pairs


def add_survey_to_project(
    gpkg,
    project: QgsProject | None = None,
    group_name: str | None = None,
    show_labels: bool = True,
    looks: dict[str, SavedLook] | None = None,
    by_submission: bool = False,
) -> SurveyLayers:
    """Add the typed survey layer and its repeat tables to ``project`` and link them by relations.

    Fields get the question labels as aliases; ``show_labels`` shows choice labels for codes.
    The raw tables stay in the GeoPackage (they are the archive, not a working layer).
    ``looks`` (from :func:`save_looks`) gives the layers the names and styles they had before an update.
    ``by_submission`` (a field package, where rows are added): Kobo's relations also name the submission
    (:func:`_key_pairs`), so that a row added under its parent gets the ``_submission__uuid`` the merge reads.
    """
    from .styles import points_renderer

    project = project or QgsProject.instance()
    survey = QgsVectorLayer(f"{gpkg}|layername={MAIN_LAYER}", group_name or MAIN_LAYER, "ogr")
    if not survey.isValid():
        raise CartongError(
            tr("{file} has no 'survey' layer: import the survey first.").format(file=str(gpkg)), path=str(gpkg)
        )
    if survey.geometryType() == QgsWkbTypes.GeometryType.PointGeometry:  # type: ignore[attr-defined]
        survey.setRenderer(points_renderer())
    result = SurveyLayers(survey=survey)
    layers = [survey]
    relations = import_relations(gpkg)
    for rel in relations:
        child = QgsVectorLayer(f"{gpkg}|layername={rel['child']}", rel["child"], "ogr")
        if child.isValid():
            result.children[rel["child"]] = child
            layers.append(child)
    form = _form_display(gpkg)
    for layer in layers:
        apply_form_display(layer, *form, show_labels=show_labels)
    if looks:
        restore_looks(result, looks)
    project.addMapLayers(layers)
    by_table = {MAIN_LAYER: survey, **result.children}
    for rel in relations:
        parent, child = by_table.get(rel["parent"]), result.children.get(rel["child"])
        if parent is None or child is None:
            continue
        relation = QgsRelation(QgsRelationContext(project))  # checked against ``project``, not the open one
        relation.setId(f"cartong_{parent.id()}_{child.id()}")
        relation.setName(tr("{parent} → {child}").format(parent=parent.name(), child=child.name()))
        relation.setReferencingLayer(child.id())
        relation.setReferencedLayer(parent.id())
        for child_key, parent_key in _key_pairs(rel, parent, child, by_submission):
            relation.addFieldPair(child_key, parent_key)
        if relation.isValid():
            project.relationManager().addRelation(relation)
            result.relations.append(relation)
    return result
