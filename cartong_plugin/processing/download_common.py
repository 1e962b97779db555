# SPDX-License-Identifier: GPL-3.0-or-later
"""What the KoboToolbox and ODK Central download algorithms share: parameters, login, outputs."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.base.i18n import listed, tr, trn
from ..core.base.qgis_compat import mark_advanced
from .base import CartongAlgorithm
from .postgis_destination import PostgisDestination


class DownloadAlgorithm(PostgisDestination, CartongAlgorithm):
    """A server download into the survey GeoPackage; subclasses add their server parameters first."""

    GROUP_ID = "import"
    KEEPS_OUTPUT_TABLES = ("OUTPUT",)  # Update keeps the GeoPackage; a new download is checked in sync.py

    def add_sync_parameters(self) -> None:
        """LANGUAGE, UPDATE, ATTACHMENTS and OUTPUT, last in both dialogs."""
        from .import_survey import label_language_parameter

        self.addParameter(label_language_parameter())
        self.addParameter(
            QgsProcessingParameterBoolean("UPDATE", tr("Update: download new submissions and append them"), False)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "ATTACHMENTS", tr("Download attachments (photos) beside the GeoPackage"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Survey GeoPackage"), tr("GeoPackage (*.gpkg)"))
        )
        self.add_postgis_destination()
        self.add_sync_outputs()

    def add_sync_outputs(self) -> None:
        """What ``outputs`` returns besides OUTPUT and the schema, declared so that a model can use it."""
        for name, description in (
            ("NEW_RECORDS", tr("New submissions")),
            ("TOTAL_RECORDS", tr("Submissions in the GeoPackage")),
            ("ATTACHMENTS", tr("Attachments downloaded")),
            ("RESUMED_RECORDS", tr("Submissions kept from an interrupted download, not downloaded again")),
            ("OLDER_RECORDS", tr("Update: older submissions that were missing from the GeoPackage, added")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, description))
        for name, description in (  # lists of names (a string in a model)
            ("MISSING_ATTACHMENTS", tr("File names of the attachments skipped")),
            (
                "DELETED_ON_SERVER",
                tr("Update: uuids of the submissions deleted on the server (kept in the GeoPackage)"),
            ),
            (
                "CHANGED_ON_SERVER",
                tr("Update: uuids of the submissions edited or reviewed again on the server (kept as downloaded)"),
            ),
        ):
            self.addOutput(QgsProcessingOutputString(name, description))

    def add_headless_secret_parameter(self, help_text: str) -> None:
        """SECRET: where a run without a desktop finds the token or password (never the secret itself)."""
        self.addParameter(mark_advanced(QgsProcessingParameterString("SECRET", help_text, optional=True)))

    def read_login(self, parameters, context, missing: str, feedback=None, what: str = ""):
        """The login: from the AUTHCFG configuration, else from the place SECRET names (env:NAME or
        file:PATH: runs without a desktop, where the QGIS master password cannot be asked);
        ``missing`` is the message when neither is given. The secret is a token, or the password of
        USERNAME when the algorithm has that parameter and it is filled."""
        from ..core.base.errors import CartongError
        from ..core.base.named_secrets import check_sendable, read_named_secret
        from ..core.servers.credentials import Secret, read_secret

        authcfg = self.parameterAsString(parameters, "AUTHCFG", context)
        if authcfg:
            secret = read_secret(authcfg)
            where = tr("The secret of the authentication configuration {authcfg} ({what})").format(
                authcfg=authcfg, what=what
            )
            check_sendable(secret.token, where, token=True)
            check_sendable(secret.password, where, token=False)
            return secret
        source = self.parameterAsString(parameters, "SECRET", context)
        if not source:
            raise CartongError(missing)
        named = read_named_secret(source, what, parameter="SECRET")
        for warning in named.warnings:
            if feedback is not None:
                feedback.pushWarning(warning)
        username = (
            self.parameterAsString(parameters, "USERNAME", context)
            if self.parameterDefinition("USERNAME") is not None
            else ""
        ).strip()
        # a password goes in a JSON body (any letter), a token in a header or an address (ASCII only)
        where = tr("The secret named by {source} ({what})").format(source=named.source, what=what)
        check_sendable(named.value, where, token=not username)
        if username:
            return Secret(username=username, password=named.value)
        return Secret(token=named.value)

    def sync_options(self, parameters, context, feedback) -> dict:
        """The keyword arguments both ``sync_kobo`` and ``sync_odk`` take from the shared parameters."""
        return {
            "language": self.parameterAsString(parameters, "LANGUAGE", context).strip() or None,
            "update": self.parameterAsBool(parameters, "UPDATE", context),
            "attachments": self.parameterAsBool(parameters, "ATTACHMENTS", context),
            "feedback": feedback,
        }

    def results(self, result, context, feedback, parameters=None, target=None) -> dict:
        """Report, share in PostgreSQL when asked, queue the survey layer for loading, return the outputs."""
        from qgis.core import QgsProcessingContext

        from ..core.servers.attachments import missing_attachments_sentence
        from ..core.servers.server_changes import ServerChanges

        changes = result.changes or ServerChanges(checked=False)
        new = trn("%n new submission", "%n new submissions", result.new_records)
        if changes.added:  # fetched by id: older than the last sync, and missing from the GeoPackage
            new = trn(
                "{new} (%n of them older, missing from the GeoPackage)",
                "{new} (%n of them older, missing from the GeoPackage)",
                changes.added,
            ).format(new=new)
        feedback.pushInfo(
            listed(
                [
                    new,
                    trn("%n submission in all", "%n submissions in all", result.total_records),
                    trn("%n page", "%n pages", result.pages),
                    trn("%n attachment", "%n attachments", result.attachments),
                ]
            )
            + "."
        )
        missing = [name for _, name, _ in result.missing_attachments]
        if missing:  # each one was already logged with its reason
            feedback.pushWarning(missing_attachments_sentence(result.missing_attachments))
        from pathlib import Path

        shared = self.share_in_postgis(
            target,
            result.gpkg,
            parameters or {},
            context,
            feedback,
            Path(result.gpkg).stem,
            update=result.mode == "update",
        )
        uri = f"{result.gpkg}|layername=survey"
        context.addLayerToLoadOnCompletion(
            uri, QgsProcessingContext.LayerDetails(tr("Survey"), context.project(), "survey")
        )
        return {
            "OUTPUT": str(result.gpkg),
            **shared,
            "NEW_RECORDS": result.new_records,
            "TOTAL_RECORDS": result.total_records,
            "ATTACHMENTS": result.attachments,
            "MISSING_ATTACHMENTS": missing,
            "RESUMED_RECORDS": result.resumed_records,
            # an update: older submissions added, and the uuids of those deleted or changed on the server (kept)
            "OLDER_RECORDS": changes.added,
            "DELETED_ON_SERVER": changes.deleted,
            "CHANGED_ON_SERVER": changes.changed,
        }
