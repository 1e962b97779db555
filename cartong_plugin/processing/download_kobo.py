# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: download (or update) a KoboToolbox survey into the survey GeoPackage."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import CartongAlgorithm


class DownloadKoboAlgorithm(CartongAlgorithm):
    NAME = "downloadkobo"
    GROUP_ID = "import"

    def displayName(self):
        return tr("Download survey from KoboToolbox")

    def shortHelpString(self):
        return tr("Downloads every submission of a deployed KoboToolbox form (API v2) into a survey "
                  "GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of "
                  "each sync. The API token is read from the QGIS authentication configuration; it is never "
                  "saved elsewhere. With 'Update', only submissions newer than the last sync are downloaded "
                  "and appended. If the download fails, the previous GeoPackage is left untouched.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            "SERVER", tr("Server address (kf.kobotoolbox.org, eu.kobotoolbox.org, your own server)"),
            "https://kf.kobotoolbox.org"))
        self.addParameter(QgsProcessingParameterAuthConfig(
            "AUTHCFG", tr("Authentication configuration holding the API token")))
        self.addParameter(QgsProcessingParameterString("ASSET", tr("Form ID (asset uid)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "UPDATE", tr("Update: download only new submissions and append them"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "ATTACHMENTS", tr("Download attachments (photos) beside the GeoPackage"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Survey GeoPackage"), tr("GeoPackage (*.gpkg)")))

    def execute(self, parameters, context, feedback):
        from ..core.errors import CartongError
        from ..core.servers.credentials import read_secret
        from ..core.servers.sync import sync_kobo

        authcfg = self.parameterAsString(parameters, "AUTHCFG", context)
        if not authcfg:
            raise CartongError(tr("Choose the authentication configuration that holds your KoboToolbox API token."))
        secret = read_secret(authcfg)
        token = secret.token or secret.password  # a Basic config with the token as password also works
        if not token:
            raise CartongError(tr("The authentication configuration {authcfg} holds no token.").format(authcfg=authcfg))
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        result = sync_kobo(self.parameterAsString(parameters, "SERVER", context), token,
                           self.parameterAsString(parameters, "ASSET", context).strip(), output,
                           update=self.parameterAsBool(parameters, "UPDATE", context),
                           attachments=self.parameterAsBool(parameters, "ATTACHMENTS", context), feedback=feedback)
        return _results(result, context, feedback)


def _results(result, context, feedback) -> dict:
    """Shared by both download algorithms: report, queue the survey layer, return the outputs."""
    from qgis.core import QgsProcessingContext

    feedback.pushInfo(tr("{new} new submissions, {total} in all, {pages} pages, {files} attachments.").format(
        new=result.new_records, total=result.total_records, pages=result.pages, files=result.attachments))
    uri = f"{result.gpkg}|layername=survey"
    context.addLayerToLoadOnCompletion(uri, QgsProcessingContext.LayerDetails(
        tr("Survey"), context.project(), "survey"))
    return {"OUTPUT": str(result.gpkg), "NEW_RECORDS": result.new_records, "TOTAL_RECORDS": result.total_records,
            "ATTACHMENTS": result.attachments}
