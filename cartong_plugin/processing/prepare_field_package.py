# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: a field package (project, data, basemap, help) in one folder and one zip."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core.base.i18n import tr, trn
from .base import CartongAlgorithm
from .offline_basemap import add_basemap_parameters


class PrepareFieldPackageAlgorithm(CartongAlgorithm):
    NAME = "preparefieldpackage"
    GROUP_ID = "field"

    def displayName(self):
        return tr("Prepare a field package (offline)")

    def shortHelpString(self):
        return tr(
            "Puts everything a field team needs to work without network in one folder and one zip: the QGIS "
            "project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, "
            "the styles, the print layouts, an offline basemap of the area (or a vector background when no "
            "tile can be made), the offline help in the chosen language and the learning catalogue. "
            "manifest.json lists the size and sha256 of every file. The output folder must be empty or new. "
            "Attachments that are missing are listed in the log and the manifest. The personal data at high "
            "risk (names, phone numbers, GPS coordinates written out, photo links) and the raw tables stay at "
            "the office unless you include them; the manifest says what was left out. Bring the package back "
            "with 'Merge a returned field package'."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterMultipleLayers("SURVEYS", tr("Survey GeoPackages"), QgsProcessing.SourceType.TypeFile)
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "BOUNDARIES",
                tr("Admin boundaries (GeoPackage, optional)"),
                QgsProcessingParameterFile.Behavior.File,
                extension="gpkg",
                optional=True,
            )
        )
        add_basemap_parameters(self, optional=True)
        self.addParameter(
            QgsProcessingParameterExtent(
                "EXTENT", tr("Area of the basemap (empty: the surveys and boundaries)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "LANGUAGE", tr("Language of the offline help (en, fr…; empty: QGIS's)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString("NAME", tr("Package name"), defaultValue="field_package"))
        self.addParameter(
            QgsProcessingParameterString(
                "TIME_ZONE",
                tr("Time zone of the field laptops (e.g. Africa/Bangui; empty: this computer's)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "INCLUDE_PERSONAL_DATA",
                tr("Include the personal data at high risk and the raw tables (encrypted laptop only)"),
                defaultValue=False,
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder (empty or new)")))
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr("Package folder")))
        self.addOutput(QgsProcessingOutputFile("ZIP", tr("Package zip")))
        self.addOutput(QgsProcessingOutputFile("MANIFEST", tr("Manifest")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files in the package")))
        self.addOutput(QgsProcessingOutputNumber("BYTES", tr("Size of the package (bytes)")))
        self.addOutput(QgsProcessingOutputString("BASEMAP_KIND", tr("Kind of basemap (mbtiles or vector)")))
        self.addOutput(QgsProcessingOutputNumber("MISSING_ATTACHMENTS", tr("Attachments missing")))
        self.addOutput(
            QgsProcessingOutputNumber(
                "PERSONAL_COLUMNS", tr("Columns of personal data at high risk (left out or carried)")
            )
        )

    def execute(self, parameters, context, feedback):
        from ..core.field.package import PackageOptions, prepare_field_package

        extent = None
        if parameters.get("EXTENT"):
            extent = self.parameterAsExtent(parameters, "EXTENT", context, QgsCoordinateReferenceSystem("EPSG:4326"))
        language = self.parameterAsString(parameters, "LANGUAGE", context) or _qgis_language()
        options = PackageOptions(
            surveys=self.parameterAsFileList(parameters, "SURVEYS", context),
            boundaries=self.parameterAsFile(parameters, "BOUNDARIES", context) or None,
            basemap_source=self.parameterAsString(parameters, "SOURCE", context),
            extent=extent,
            zoom_min=self.parameterAsInt(parameters, "ZOOM_MIN", context),
            zoom_max=self.parameterAsInt(parameters, "ZOOM_MAX", context),
            max_tiles=self.parameterAsInt(parameters, "MAX_TILES", context),
            language=language,
            name=self.parameterAsString(parameters, "NAME", context),
            time_zone=self.parameterAsString(parameters, "TIME_ZONE", context),
            include_personal_data=self.parameterAsBool(parameters, "INCLUDE_PERSONAL_DATA", context),
        )
        report = prepare_field_package(options, self.parameterAsString(parameters, "OUTPUT", context), feedback)
        missing = sum(len(paths) for paths in report.missing_attachments.values())
        feedback.pushInfo(
            trn(
                "Field package written: %n file, {size} MB, in {seconds} s: {zip}",
                "Field package written: %n files, {size} MB, in {seconds} s: {zip}",
                report.files,
            ).format(size=f"{report.bytes / 1e6:.1f}", seconds=f"{report.seconds:.1f}", zip=report.zip)
        )
        return {
            "OUTPUT": str(report.folder.parent),
            "FOLDER": str(report.folder),
            "ZIP": str(report.zip),
            "MANIFEST": str(report.manifest),
            "FILES": report.files,
            "BYTES": report.bytes,
            "BASEMAP_KIND": report.basemap.kind,
            "MISSING_ATTACHMENTS": missing,
            "PERSONAL_COLUMNS": len(report.personal.column_names()),
        }


def _qgis_language() -> str:
    from qgis.core import QgsSettings

    return (QgsSettings().value("locale/userLocale", "en") or "en")[:2]
