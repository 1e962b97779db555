# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: share a survey GeoPackage in PostgreSQL/PostGIS (one schema per survey)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
)

from ..core.base.i18n import tr, trn
from ..core.base.qgis_compat import mark_advanced
from .postgis_destination import replace_anyway_help, replace_anyway_label, replace_help
from .teams_common import TeamsAlgorithm


class SurveyToPostgisAlgorithm(TeamsAlgorithm):
    NAME = "surveytopostgis"
    INPUT = "INPUT"
    REPLACE = "REPLACE"
    REPLACE_ANYWAY = "REPLACE_ANYWAY"

    def displayName(self):
        return tr("Share a survey in PostgreSQL (PostGIS)")

    def shortHelpString(self):
        return tr(
            "Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed "
            "survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) "
            "into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in "
            "one transaction: if anything fails or the connection drops, nothing is left in the database. "
            "Two roles are created for the schema, named after it (for a schema household_2026: "
            "household_2026_reviewer, who may record cleaning decisions, and household_2026_viewer, who may "
            "only read); the administrator grants them to people. Raw tables refuse "
            "any change. The GeoPackage is only read."
        )

    def initAlgorithm(self, config=None):
        source = QgsProcessingParameterFile(self.INPUT, tr("Survey GeoPackage"), extension="gpkg")
        source.setHelp(tr("A survey GeoPackage written by Import survey data or a download (it is not changed)."))
        self.addParameter(source)
        self.add_connection_parameters(schema_optional=True)
        self.parameterDefinition(self.SCHEMA).setHelp(
            tr("The new schema: lower case letters, digits and _. Empty: made from the GeoPackage's file name.")
        )
        replace = mark_advanced(
            QgsProcessingParameterBoolean(self.REPLACE, tr("Replace the schema if it exists"), False)
        )
        replace.setHelp(replace_help())
        self.addParameter(replace)
        anyway = mark_advanced(QgsProcessingParameterBoolean(self.REPLACE_ANYWAY, replace_anyway_label(), False))
        anyway.setHelp(replace_anyway_help())
        self.addParameter(anyway)
        self.addOutput(QgsProcessingOutputString(self.SCHEMA, tr("Survey schema")))
        self.addOutput(QgsProcessingOutputString("REVIEWER_ROLE", tr("Reviewer role")))
        self.addOutput(QgsProcessingOutputString("VIEWER_ROLE", tr("Viewer role")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows copied")))

    def execute(self, parameters, context, feedback):
        from pathlib import Path

        from ..core.teams.replace import replacement_notes
        from ..core.teams.roles import schema_name
        from ..core.teams.transfer import survey_to_postgis

        gpkg = self.parameterAsFile(parameters, self.INPUT, context)
        schema = self.schema(parameters, context) or schema_name(Path(gpkg).stem)
        target = self.target(parameters, context)
        report = survey_to_postgis(
            gpkg,
            target,
            schema,
            self.parameterAsBool(parameters, self.REPLACE, context),
            feedback=feedback,
            anyway=self.parameterAsBool(parameters, self.REPLACE_ANYWAY, context),
        )
        rows = sum(report.tables.values())
        feedback.pushInfo(
            trn(
                "%n row copied into {schema} of {target} in {seconds:.1f} s.",
                "%n rows copied into {schema} of {target} in {seconds:.1f} s.",
                rows,
            ).format(schema=schema, target=target.label, seconds=report.seconds)
        )
        feedback.pushInfo(
            tr("Grant the roles to people: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;").format(
                reviewer=report.reviewer_role, viewer=report.viewer_role
            )
        )
        for note in replacement_notes(report.replaced):
            feedback.pushWarning(note)
        return {
            self.SCHEMA: schema,
            "REVIEWER_ROLE": report.reviewer_role,
            "VIEWER_ROLE": report.viewer_role,
            "ROWS": rows,
        }
