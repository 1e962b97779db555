# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: download (or update) a KoboToolbox survey into the survey GeoPackage."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

from ..core.base.i18n import tr
from .download_common import DownloadAlgorithm


class DownloadKoboAlgorithm(DownloadAlgorithm):
    NAME = "downloadkobo"

    def displayName(self):
        return tr("Download survey from KoboToolbox")

    def shortHelpString(self):
        return tr(
            "Downloads every submission of a deployed KoboToolbox form (API v2) into a survey "
            "GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of "
            "each sync. The API token is read from the QGIS authentication configuration; it is never "
            "saved elsewhere. With 'Update', the submissions newer than the last sync are downloaded and "
            "appended, and the GeoPackage is compared with the server's list: older submissions it lacks are "
            "added too; submissions deleted, edited or reviewed again on the server are named in a warning "
            "but kept as first downloaded (to get the server's current version, download into a new "
            "GeoPackage). If the download fails, the previous GeoPackage is left untouched."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(
                "SERVER",
                tr("Server address (kf.kobotoolbox.org, eu.kobotoolbox.org, your own server)"),
                "https://kf.kobotoolbox.org",
            )
        )
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                "AUTHCFG", tr("Authentication configuration holding the API token"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString("ASSET", tr("Form ID (asset uid)")))
        self.add_sync_parameters()
        self.add_headless_secret_parameter(
            tr(
                "Without a desktop: where the API token is, env:VARIABLE or "
                "file:PATH (used when no authentication configuration is chosen)"
            )
        )

    def execute(self, parameters, context, feedback):
        from ..core.base.errors import CartongError
        from ..core.servers.sync import sync_kobo

        authcfg = self.parameterAsString(parameters, "AUTHCFG", context)
        secret = self.read_login(
            parameters,
            context,
            tr("Choose the authentication configuration that holds your KoboToolbox API token."),
            feedback,
            tr("the KoboToolbox API token"),
        )
        token = secret.token or secret.password  # a Basic config with the token as password also works
        if not token:
            raise CartongError(tr("The authentication configuration {authcfg} holds no token.").format(authcfg=authcfg))
        target = self.postgis_target(parameters, context)  # a wrong connection fails before the download
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        result = sync_kobo(
            self.parameterAsString(parameters, "SERVER", context),
            token,
            self.parameterAsString(parameters, "ASSET", context).strip(),
            output,
            **self.sync_options(parameters, context, feedback),
        )
        return self.results(result, context, feedback, parameters, target)
