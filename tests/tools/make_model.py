#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write ``resources/models/survey_to_map.model3``: import → checks → counts → map, as one Processing model.

Built with PyQGIS (QgsProcessingModelAlgorithm, its child algorithms and model parameters) so that it
can be rebuilt when an algorithm changes; ``tests/test_model.py`` fails when the committed file is not
what this script writes, and runs the model through ``qgis_process`` on the sample data.

The survey GeoPackage is a text parameter (SURVEY), not a model output: the later steps read its
layer 'survey' (``<path>|layername=survey``), and a model expression can name a text parameter but
not a file output. The counts go into the same GeoPackage (table ``submissions_by_admin``), and the
map is the model's output (``map:MAP`` on the command line). Survey points are not drawn on the map:
it is meant to be shared, and individual households are not shown on such maps unless someone
decides so (add POINTS to the map step in the Model Designer then).

Usage: make_model.py [--check]   (needs QGIS's Python)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODEL = REPO / "resources" / "models" / "survey_to_map.model3"
NAME, GROUP = "Survey to map", "CartONG Toolkit"
SURVEY_LAYER = "@SURVEY || '|layername=survey'"
COUNTS_TABLE = "submissions_by_admin"
# The counts as a table of the survey GeoPackage (quotes doubled inside the expression's string).
COUNTS_DESTINATION = f"'ogr:dbname=''' || @SURVEY || ''' table=\"{COUNTS_TABLE}\" (geom)'"

DESCRIPTION = (
    "Imports a KoboToolbox, ODK Central or ONA export with its XLSForm into a survey GeoPackage, runs the "
    "data-quality checks into its cleaning log, counts the submissions by admin area into the table "
    f"{COUNTS_TABLE} of the same GeoPackage, and exports a print-ready map of the counts (PDF, PNG or SVG). "
    "The export is only read. Review the cleaning log (layer cleaning_log) before sharing figures: the counts "
    "are made on the data as received."
)
HELP = {
    "DATA": "The survey export, e.g. household_survey_kobo.csv (CSV, XLSX, ODK Central zip or GeoJSON).",
    "FORM": "The XLSForm the survey was collected with, e.g. household_survey_form.xlsx (optional but best: "
    "types, labels, required questions and constraints).",
    "LABEL_LANGUAGE": "The language of the form's labels, e.g. English (en) or fr; empty: the form's default.",
    "ADMIN": "The admin areas with their P-codes, e.g. admin_boundaries.gpkg|layername=admin2.",
    "ADMIN_CODE": "The P-code field of the admin areas, e.g. adm2_pcode.",
    "ADMIN_NAME": "The name field of the admin areas, e.g. adm2_name.",
    "SURVEY": "The survey GeoPackage to write, e.g. household_survey.gpkg. It receives the cleaning log and the "
    f"table {COUNTS_TABLE} too.",
    "TITLE": "The map title; empty: a title saying what is mapped.",
    "MAP_LANGUAGE": "The language of the map texts, as a two-letter code, e.g. en or fr.",
    "map:MAP": "The map file, e.g. household_survey_map.pdf; the extension sets the format (.pdf, .png, .svg).",
}


def build_model():
    """The model, as a QgsProcessingModelAlgorithm (the cartong provider must be registered)."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildDependency,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterField,
        QgsProcessingParameterFile,
        QgsProcessingParameterString,
        QgsProcessingParameterVectorLayer,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm(NAME, GROUP, "cartong")
    parameters = [
        QgsProcessingParameterFile("DATA", "Survey export (CSV, XLSX or zip)"),
        QgsProcessingParameterFile("FORM", "XLSForm (optional)", optional=True),
        QgsProcessingParameterString(
            "LABEL_LANGUAGE", "Label language (e.g. English (en); empty: the form's default)", optional=True
        ),
        QgsProcessingParameterVectorLayer(
            "ADMIN", "Admin areas (polygons with P-codes)", [QgsProcessing.SourceType.TypeVectorPolygon]
        ),
        QgsProcessingParameterField(
            "ADMIN_CODE", "P-code field of the admin areas", "adm2_pcode", "ADMIN", optional=True
        ),
        QgsProcessingParameterField("ADMIN_NAME", "Name field of the admin areas", "adm2_name", "ADMIN", optional=True),
        QgsProcessingParameterString("SURVEY", "Survey GeoPackage to write (.gpkg)"),
        QgsProcessingParameterString("TITLE", "Map title", optional=True),
        QgsProcessingParameterString("MAP_LANGUAGE", "Language of the map texts (en, fr...)", "en"),
    ]
    for row, parameter in enumerate(parameters):
        parameter.setHelp(HELP[parameter.name()])
        component = QgsProcessingModelParameter(parameter.name())
        component.setPosition(QPointF(120, 60 + 70 * row))
        model.addModelParameter(parameter, component)

    def child(child_id, algorithm, description, column, sources, after=None):
        step = QgsProcessingModelChildAlgorithm(algorithm)
        step.setChildId(child_id)
        step.setDescription(description)
        step.setPosition(QPointF(420 + 260 * column, 120 + 120 * column))
        for name, source in sources.items():
            step.addParameterSources(name, [source])
        # as the Model Designer does: every other parameter keeps its default, written in the model
        for definition in step.algorithm().parameterDefinitions():
            if (
                definition.name() not in sources
                and not definition.isDestination()
                and definition.defaultValue() is not None
            ):
                step.addParameterSources(
                    definition.name(),
                    [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())],
                )
        if after:
            step.setDependencies([QgsProcessingModelChildDependency(after)])
        return step

    param = QgsProcessingModelChildParameterSource.fromModelParameter
    expression = QgsProcessingModelChildParameterSource.fromExpression
    admin = {"ADMIN": param("ADMIN"), "ADMIN_CODE": param("ADMIN_CODE"), "ADMIN_NAME": param("ADMIN_NAME")}
    steps = [
        child(
            "import",
            "cartong:importsurvey",
            "Import survey data",
            0,
            {
                "DATA": param("DATA"),
                "FORM": param("FORM"),
                "LANGUAGE": param("LABEL_LANGUAGE"),
                "OUTPUT": param("SURVEY"),
            },
        ),
        child(
            "checks",
            "cartong:runchecks",
            "Run data-quality checks",
            1,
            {"INPUT": expression(SURVEY_LAYER), "FORM": param("FORM"), **admin},
            after="import",
        ),
        child(
            "counts",
            "cartong:countbyadmin",
            "Count submissions by admin area",
            2,
            {"POINTS": expression(SURVEY_LAYER), **admin, "OUTPUT": expression(COUNTS_DESTINATION)},
            after="checks",
        ),
        child(
            "map",
            "cartong:exportmappdf",
            "Export a print-ready map",
            3,
            {
                "POLYGONS": QgsProcessingModelChildParameterSource.fromChildOutput("counts", "OUTPUT"),
                "TITLE": param("TITLE"),
                "LANGUAGE": param("MAP_LANGUAGE"),
            },
        ),
    ]
    output = QgsProcessingModelOutput("MAP", "Map file")
    output.setChildId("map")
    output.setChildOutputName("OUTPUT")
    output.setPosition(QPointF(420 + 260 * 4, 120 + 120 * 4))
    steps[-1].setModelOutputs({"MAP": output})
    for step in steps:
        model.addChildAlgorithm(step)
    model.updateDestinationParameters()
    # QGIS 3.22 names the output "map:MAP"; from 3.28 a new model names it after its description
    # ("map_file"), while a model file without "internal_version" (as committed) keeps "map:MAP"
    destination = next(
        d
        for d in model.destinationParameterDefinitions()
        if d.metadata().get("_modelChildId") == "map" or d.name() == "map:MAP"
    )
    destination.setHelp(HELP["map:MAP"])
    model.setHelpContent(
        {
            "ALG_DESC": DESCRIPTION,
            "ALG_CREATOR": "CartONG Toolkit for QGIS",
            "ALG_HELP_CREATOR": "CartONG Toolkit for QGIS",
            "ALG_VERSION": "1",
            **{name: text for name, text in HELP.items()},
        }
    )
    return model


def model_text() -> str:
    """The .model3 XML the generator writes."""
    import tempfile

    model = build_model()
    issues = model.validate()
    valid = issues[0] if isinstance(issues, tuple) else issues
    if not valid:
        raise SystemExit(f"the model is not valid: {issues}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.model3"
        if not model.toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        return _stable(path.read_text(encoding="utf-8"))


def _stable(text: str) -> str:
    """The same XML with each element's attributes in name order: Qt writes them in hash order, which
    changes from one run to the next, and the committed file must not."""
    import xml.etree.ElementTree as ET

    doctype, _, body = text.partition("\n")
    root = ET.fromstring(body)
    for element in root.iter():
        element.attrib = dict(sorted(element.attrib.items()))
    return f"{doctype}\n{ET.tostring(root, encoding='unicode')}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed model is stale")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from cartong_plugin.processing.standalone import qgis_session

    with qgis_session():
        text = model_text()
    if args.check:
        if not MODEL.is_file() or MODEL.read_text(encoding="utf-8") != text:
            print(f"{MODEL.relative_to(REPO)} is stale: run tests/tools/make_model.py")
            return 1
        return 0
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
