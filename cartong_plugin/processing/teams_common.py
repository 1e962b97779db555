# SPDX-License-Identifier: GPL-3.0-or-later
"""What the PostgreSQL (teams) algorithms share: the connection and schema parameters."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterProviderConnection, QgsProcessingParameterString

from ..core.base.i18n import tr
from .base import CartongAlgorithm


class TeamsAlgorithm(CartongAlgorithm):
    """An algorithm on a survey shared in PostgreSQL: CONNECTION and SCHEMA come first."""

    GROUP_ID = "teams"
    CONNECTION = "CONNECTION"
    SCHEMA = "SCHEMA"

    def add_connection_parameters(self, schema_optional: bool = False) -> None:
        connection = QgsProcessingParameterProviderConnection(self.CONNECTION, tr("PostgreSQL connection"), "postgres")
        connection.setHelp(
            tr(
                "A PostgreSQL connection of QGIS (Browser > PostgreSQL), or a connection string "
                "such as service=survey or dbname=surveys host=db.example.org sslmode=require. "
                "Passwords come from the connection's authentication configuration, never from "
                "this parameter."
            )
        )
        self.addParameter(connection)
        schema = QgsProcessingParameterString(self.SCHEMA, tr("Survey schema"), optional=schema_optional)
        schema.setHelp(tr("The PostgreSQL schema holding the survey: lower case letters, digits and _."))
        self.addParameter(schema)

    def target(self, parameters, context):
        from ..core.teams.connection import target_of_parameter

        return target_of_parameter(self.parameterAsConnectionName(parameters, self.CONNECTION, context))

    def schema(self, parameters, context) -> str:
        return self.parameterAsString(parameters, self.SCHEMA, context).strip()
