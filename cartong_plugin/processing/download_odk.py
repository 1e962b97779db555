# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: download (or update) an ODK Central form into the survey GeoPackage."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from .base import CartongAlgorithm
from .download_kobo import _results


class DownloadOdkAlgorithm(CartongAlgorithm):
    NAME = "downloadodk"
    GROUP_ID = "import"

    def displayName(self):
        return tr("Download survey from ODK Central")

    def shortHelpString(self):
        return tr("Downloads every submission of an ODK Central form (OData, repeats included) into a survey "
                  "GeoPackage. The authentication configuration holds either your email and password (Basic) "
                  "or an app-user token. Labels and choices are read from the form on the server; give the "
                  "XLSForm as well to keep its constraints and required flags. With 'Update', only "
                  "submissions newer than the last sync are downloaded and appended; a failed download leaves "
                  "the previous GeoPackage untouched.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString("SERVER", tr("ODK Central server address")))
        self.addParameter(QgsProcessingParameterAuthConfig(
            "AUTHCFG", tr("Authentication configuration (email and password, or app-user token)")))
        self.addParameter(QgsProcessingParameterNumber(
            "PROJECT", tr("Project ID"), QgsProcessingParameterNumber.Type.Integer, 1, minValue=1))
        self.addParameter(QgsProcessingParameterString("FORM", tr("Form ID (xmlFormId)")))
        self.addParameter(QgsProcessingParameterFile(
            "XLSFORM", tr("XLSForm of the form (optional: adds constraints and required flags)"),
            extension="xlsx", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "UPDATE", tr("Update: download only new submissions and append them"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "ATTACHMENTS", tr("Download attachments (photos) beside the GeoPackage"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Survey GeoPackage"), tr("GeoPackage (*.gpkg)")))

    def execute(self, parameters, context, feedback):
        from ..core.errors import CartongError
        from ..core.servers.credentials import read_secret
        from ..core.servers.sync import sync_odk

        authcfg = self.parameterAsString(parameters, "AUTHCFG", context)
        if not authcfg:
            raise CartongError(tr("Choose the authentication configuration that holds your ODK Central login."))
        secret = read_secret(authcfg)
        form_spec = None
        xlsform = self.parameterAsFile(parameters, "XLSFORM", context)
        if xlsform:
            from ..core.xlsform import read_xlsform

            form_spec = read_xlsform(xlsform)
        result = sync_odk(self.parameterAsString(parameters, "SERVER", context),
                          self.parameterAsInt(parameters, "PROJECT", context),
                          self.parameterAsString(parameters, "FORM", context).strip(),
                          self.parameterAsFileOutput(parameters, "OUTPUT", context),
                          email=secret.username, password=secret.password, app_user_token=secret.token,
                          form_spec=form_spec, update=self.parameterAsBool(parameters, "UPDATE", context),
                          attachments=self.parameterAsBool(parameters, "ATTACHMENTS", context), feedback=feedback)
        return _results(result, context, feedback)
