# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: bring a survey shared in PostgreSQL back to a GeoPackage."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination

from ..core.base.i18n import tr, trn
from .teams_common import TeamsAlgorithm


class SurveyToGeopackageAlgorithm(TeamsAlgorithm):
    NAME = "surveytogeopackage"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return tr("Bring a shared survey back to a GeoPackage")

    def shortHelpString(self):
        return tr(
            "Writes the survey of a PostgreSQL schema (shared with 'Share a survey in PostgreSQL') to a "
            "GeoPackage with the same tables, names and values, the cleaning log with everyone's decisions "
            "included, read from one consistent snapshot while others keep working. The file is written "
            "to a temporary name and renamed when complete. Works offline afterwards, and with every other "
            "algorithm of the toolkit."
        )

    def initAlgorithm(self, config=None):
        self.add_connection_parameters()
        output = QgsProcessingParameterFileDestination(self.OUTPUT, tr("Survey GeoPackage"), tr("GeoPackage (*.gpkg)"))
        output.setHelp(tr("The GeoPackage to write; an existing file is replaced only when the new one is complete."))
        self.addParameter(output)
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows copied")))

    def execute(self, parameters, context, feedback):
        from ..core.teams.transfer import survey_to_geopackage

        target = self.target(parameters, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        report = survey_to_geopackage(target, self.schema(parameters, context), output, feedback=feedback)
        rows = sum(report.tables.values())
        feedback.pushInfo(
            trn(
                "%n row written to {file} in {seconds:.1f} s.", "%n rows written to {file} in {seconds:.1f} s.", rows
            ).format(file=output, seconds=report.seconds)
        )
        return {self.OUTPUT: output, "ROWS": rows}
