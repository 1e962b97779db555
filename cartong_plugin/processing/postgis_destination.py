# SPDX-License-Identifier: GPL-3.0-or-later
"""An optional PostGIS destination for the algorithms that write a survey GeoPackage.

The survey is still built as a GeoPackage first (OUTPUT: a file, or a temporary one), exactly as
without a database; when a PostgreSQL connection is chosen, that GeoPackage is then copied into a
new schema by ``core.teams.transfer.survey_to_postgis`` in ONE transaction, so a dropped
connection leaves nothing half-written in the database (the GeoPackage stays on disk). The
connection is a QGIS PostgreSQL connection (Browser) or a libpq string (``service=...``):
passwords come from its authentication configuration, never from a parameter.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ..core.base.i18n import tr, trn
from ..core.base.qgis_compat import mark_advanced

PG_CONNECTION = "POSTGIS_CONNECTION"
PG_SCHEMA = "POSTGIS_SCHEMA"
PG_REPLACE = "POSTGIS_REPLACE"
PG_REPLACE_ANYWAY = "POSTGIS_REPLACE_ANYWAY"


def replace_help() -> str:
    return tr(
        "Drop an existing schema of that name in the same transaction (it stays if the copy fails), when it "
        "holds the same survey (form id) and no decision this GeoPackage lacks; otherwise nothing is "
        "written. The members of its roles keep them and read the new survey."
    )


def replace_anyway_label() -> str:
    return tr("Replace it even when it holds another survey or decisions")


def replace_anyway_help() -> str:
    return tr(
        "With the replacement: replace the schema even when it holds another survey (another form id) or "
        "decisions saved there that this GeoPackage does not hold. They are lost: bring them back to a "
        "GeoPackage first."
    )


class PostgisDestination:
    """Mixin for a CartongAlgorithm: ``add_postgis_destination()`` in initAlgorithm, ``share_in_postgis()`` last."""

    def add_postgis_destination(self) -> None:
        connection = QgsProcessingParameterProviderConnection(
            PG_CONNECTION, tr("Also share it in a PostgreSQL database (optional)"), "postgres", optional=True
        )
        connection.setHelp(
            tr(
                "A PostgreSQL connection of QGIS (Browser > PostgreSQL), or a connection string such "
                "as service=survey. When chosen, the survey GeoPackage is copied into a new schema "
                "of that database in one transaction: if the connection drops, nothing is left there. "
                "Passwords come from the connection's authentication configuration."
            )
        )
        self.addParameter(mark_advanced(connection))
        schema = QgsProcessingParameterString(PG_SCHEMA, tr("Schema for the survey in PostgreSQL"), optional=True)
        schema.setHelp(tr("Lower case letters, digits and _. Empty: made from the survey's name."))
        self.addParameter(mark_advanced(schema))
        replace = QgsProcessingParameterBoolean(PG_REPLACE, tr("Replace the schema if it exists"), False)
        replace.setHelp(replace_help())
        self.addParameter(mark_advanced(replace))
        anyway = QgsProcessingParameterBoolean(PG_REPLACE_ANYWAY, replace_anyway_label(), False)
        anyway.setHelp(replace_anyway_help())
        self.addParameter(mark_advanced(anyway))
        self.addOutput(QgsProcessingOutputString(PG_SCHEMA, tr("Survey schema in PostgreSQL")))

    def postgis_target(self, parameters, context):
        """The chosen database (resolved before any work, so a wrong name fails first), or None."""
        from ..core.teams.connection import target_of_parameter

        name = self.parameterAsConnectionName(parameters, PG_CONNECTION, context)
        return target_of_parameter(name) if name and name.strip() else None

    def share_in_postgis(
        self, target, gpkg, parameters, context, feedback, survey_name: str, update: bool = False
    ) -> dict:
        """Copy ``gpkg`` into the chosen schema (``survey_name`` names it when empty); the extra outputs.

        ``update`` (an incremental sync): when the schema already holds the survey, only the new rows
        are added to it, and the decisions recorded there are kept.
        """
        from ..core.base.errors import CartongError
        from ..core.teams.append import share_survey
        from ..core.teams.replace import replacement_notes
        from ..core.teams.roles import schema_name

        if target is None:
            return {PG_SCHEMA: ""}
        schema = self.parameterAsString(parameters, PG_SCHEMA, context).strip() or schema_name(survey_name)
        try:
            report = share_survey(
                gpkg,
                target,
                schema,
                replace=self.parameterAsBool(parameters, PG_REPLACE, context),
                update=update,
                feedback=feedback,
                anyway=self.parameterAsBool(parameters, PG_REPLACE_ANYWAY, context),
            )
        except CartongError as err:
            raise CartongError(
                tr(
                    "The survey GeoPackage {file} was written, but it could not be shared in PostgreSQL: {reason}"
                ).format(file=Path(gpkg).name, reason=str(err))
            ) from err
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
        return {PG_SCHEMA: schema}
