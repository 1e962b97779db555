# SPDX-License-Identifier: GPL-3.0-or-later
"""What the KoboToolbox and ODK Central download algorithms share: parameters, login, outputs."""
from __future__ import annotations

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterFileDestination

from ..core.base.i18n import tr
from .base import CartongAlgorithm


class DownloadAlgorithm(CartongAlgorithm):
    """A server download into the survey GeoPackage; subclasses add their server parameters first."""

    GROUP_ID = "import"

    def add_sync_parameters(self) -> None:
        """UPDATE, ATTACHMENTS and OUTPUT, last in both dialogs."""
        self.addParameter(QgsProcessingParameterBoolean(
            "UPDATE", tr("Update: download only new submissions and append them"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "ATTACHMENTS", tr("Download attachments (photos) beside the GeoPackage"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Survey GeoPackage"), tr("GeoPackage (*.gpkg)")))

    def read_login(self, parameters, context, missing: str):
        """The secret of the AUTHCFG parameter; ``missing`` is the message when none is chosen."""
        from ..core.base.errors import CartongError
        from ..core.servers.credentials import read_secret

        authcfg = self.parameterAsString(parameters, "AUTHCFG", context)
        if not authcfg:
            raise CartongError(missing)
        return read_secret(authcfg)

    def sync_options(self, parameters, context, feedback) -> dict:
        """The keyword arguments both ``sync_kobo`` and ``sync_odk`` take from the shared parameters."""
        return {"update": self.parameterAsBool(parameters, "UPDATE", context),
                "attachments": self.parameterAsBool(parameters, "ATTACHMENTS", context), "feedback": feedback}

    @staticmethod
    def results(result, context, feedback) -> dict:
        """Report, queue the survey layer for loading, return the outputs."""
        from qgis.core import QgsProcessingContext

        feedback.pushInfo(tr("{new} new submissions, {total} in all, {pages} pages, {files} attachments.").format(
            new=result.new_records, total=result.total_records, pages=result.pages, files=result.attachments))
        missing = [name for _, name, _ in result.missing_attachments]
        if missing:  # each one was already logged with its reason
            feedback.pushWarning(tr("{count} attachments could not be downloaded and were skipped: {files}. The "
                                    "submissions are all in the GeoPackage.").format(
                count=len(missing), files=", ".join(missing)))
        uri = f"{result.gpkg}|layername=survey"
        context.addLayerToLoadOnCompletion(uri, QgsProcessingContext.LayerDetails(
            tr("Survey"), context.project(), "survey"))
        return {"OUTPUT": str(result.gpkg), "NEW_RECORDS": result.new_records,
                "TOTAL_RECORDS": result.total_records, "ATTACHMENTS": result.attachments,
                "MISSING_ATTACHMENTS": missing, "RESUMED_RECORDS": result.resumed_records}
