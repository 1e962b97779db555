# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: download (or update) an ODK Central form into the survey GeoPackage."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.base.i18n import tr
from ..core.base.qgis_compat import mark_advanced
from ..core.survey.xlsform import xlsform_file_filter
from .download_common import DownloadAlgorithm


class DownloadOdkAlgorithm(DownloadAlgorithm):
    NAME = "downloadodk"

    def displayName(self):
        return tr("Download survey from ODK Central")

    def shortHelpString(self):
        return tr(
            "Downloads every submission of an ODK Central form (OData, repeats included) into a survey "
            "GeoPackage. The authentication configuration holds either your email and password (Basic) "
            "or an app-user token. Labels and choices are read from the form on the server; give the "
            "XLSForm as well to keep its constraints and required flags. With 'Update', the submissions "
            "newer than the last sync are downloaded and appended, and the GeoPackage is compared with the "
            "server's list: older submissions it lacks are added too; submissions deleted, edited or "
            "reviewed again on the server are named in a warning but kept as first downloaded (to get the "
            "server's current version, download into a new GeoPackage). A failed download leaves the "
            "previous GeoPackage untouched."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString("SERVER", tr("ODK Central server address")))
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                "AUTHCFG", tr("Authentication configuration (email and password, or app-user token)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "PROJECT", tr("Project ID"), QgsProcessingParameterNumber.Type.Integer, 1, minValue=1
            )
        )
        self.addParameter(QgsProcessingParameterString("FORM", tr("Form ID (xmlFormId)")))
        self.addParameter(
            QgsProcessingParameterFile(
                "XLSFORM",
                tr("XLSForm of the form (optional: adds constraints and required flags)"),
                fileFilter=xlsform_file_filter(),
                optional=True,
            )
        )
        self.add_sync_parameters()
        self.add_headless_secret_parameter(
            tr(
                "Without a desktop: where the password or app-user token is, "
                "env:VARIABLE or file:PATH (used when no authentication "
                "configuration is chosen)"
            )
        )
        self.addParameter(
            mark_advanced(
                QgsProcessingParameterString(
                    "USERNAME",
                    tr("Without a desktop: the email the password above belongs to (empty: it is an app-user token)"),
                    optional=True,
                )
            )
        )

    def execute(self, parameters, context, feedback):
        from ..core.servers.sync import sync_odk

        secret = self.read_login(
            parameters,
            context,
            tr("Choose the authentication configuration that holds your ODK Central login."),
            feedback,
            tr("the ODK Central password or app-user token"),
        )
        target = self.postgis_target(parameters, context)  # a wrong connection fails before the download
        form_spec = None
        xlsform = self.parameterAsFile(parameters, "XLSFORM", context)
        if xlsform:
            from ..core.survey.xlsform import read_xlsform

            form_spec = read_xlsform(xlsform)
        result = sync_odk(
            self.parameterAsString(parameters, "SERVER", context),
            self.parameterAsInt(parameters, "PROJECT", context),
            self.parameterAsString(parameters, "FORM", context).strip(),
            self.parameterAsFileOutput(parameters, "OUTPUT", context),
            email=secret.username,
            password=secret.password,
            app_user_token=secret.token,
            form_spec=form_spec,
            **self.sync_options(parameters, context, feedback),
        )
        return self.results(result, context, feedback, parameters, target)
