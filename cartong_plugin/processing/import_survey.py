# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: import a Kobo/ODK/ONA export and its XLSForm into a survey GeoPackage."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.base.i18n import tr, trn
from ..core.survey.xlsform import xlsform_file_filter
from .base import CartongAlgorithm
from .postgis_destination import PostgisDestination


def label_language_parameter() -> QgsProcessingParameterString:
    """LANGUAGE, the language of the labels: of this import, and of the downloads too."""
    return QgsProcessingParameterString(
        "LANGUAGE", tr("Label language (e.g. English (en), fr; empty: the form's default)"), optional=True
    )


class ImportSurveyAlgorithm(PostgisDestination, CartongAlgorithm):
    NAME = "importsurvey"
    GROUP_ID = "import"

    def displayName(self):
        return tr("Import survey data (KoboToolbox, ODK, ONA)")

    def shortHelpString(self):
        return tr(
            "Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central "
            "zip, KoboToolbox or ODK Central submissions saved as JSON, or a GeoJSON file) and, when "
            "given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly "
            "as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language "
            "beside the codes, points in EPSG:4326), one table per repeat group (also for repeats "
            "flattened into columns such as kids[1]/name), a metadata table and the columns as received "
            "(cartong_columns: names, HXL hashtags). Rows without a location are kept without geometry "
            "and counted; HXL hashtag rows and empty rows at the end are not submissions. Without a "
            "form, column types are inferred from the values. An XLSX is read from its first visible "
            "sheet (hidden sheets are skipped) unless SHEET names another."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                "DATA",
                tr("Survey export (CSV, XLSX, zip or JSON)"),
                QgsProcessingParameterFile.Behavior.File,
                fileFilter=tr("Survey exports (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;All files (*)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "FORM",
                tr("XLSForm (optional)"),
                QgsProcessingParameterFile.Behavior.File,
                fileFilter=xlsform_file_filter(),
                optional=True,
            )
        )
        self.addParameter(label_language_parameter())
        self.addParameter(
            QgsProcessingParameterString(
                "SHEET", tr("Sheet holding the submissions (XLSX; empty: the first visible sheet)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", tr("Survey GeoPackage"), tr("GeoPackage (*.gpkg *.GPKG)"))
        )
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Submissions imported")))
        self.addOutput(QgsProcessingOutputNumber("ROWS_WITHOUT_LOCATION", tr("Submissions without location")))
        self.addOutput(
            QgsProcessingOutputString("HIGH_RISK_COLUMNS", tr("Columns likely holding personal data at high risk"))
        )
        self.add_postgis_destination()

    def execute(self, parameters, context, feedback):
        from ..core.survey.importer import import_survey

        data = self.parameterAsFile(parameters, "DATA", context)
        form = self.parameterAsFile(parameters, "FORM", context) or None
        language = self.parameterAsString(parameters, "LANGUAGE", context) or None
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        sheet = self.parameterAsString(parameters, "SHEET", context).strip() or None
        target = self.postgis_target(parameters, context)
        report = import_survey(data, form, output, language, sheet=sheet, feedback=feedback)
        for warning in report.warnings:
            feedback.pushWarning(warning)
        if report.items_of:  # a repeat's table saved alone: its rows are no submissions (see its warning)
            done = trn(
                "%n item of the repeat {repeat} imported ({missing} without location) into {file} in {seconds:.1f} s; "
                "it is not a submission.",
                "%n items of the repeat {repeat} imported ({missing} without location) into {file} in "
                "{seconds:.1f} s; they are not submissions.",
                report.rows,
            )
        else:
            done = trn(
                "%n submission imported ({missing} without location) into {file} in {seconds:.1f} s.",
                "%n submissions imported ({missing} without location) into {file} in {seconds:.1f} s.",
                report.rows,
            )
        feedback.pushInfo(
            done.format(
                repeat=report.items_of,
                missing=report.rows_without_location,
                file=report.output,
                seconds=report.seconds,
            )
        )
        high = self._log_personal_data(report.output, form, feedback)
        from pathlib import Path

        shared = self.share_in_postgis(target, report.output, parameters, context, feedback, Path(data).stem)
        return {
            "OUTPUT": report.output,
            "ROWS": report.rows,
            **shared,
            "ROWS_WITHOUT_LOCATION": report.rows_without_location,
            "HIGH_RISK_COLUMNS": ",".join(high),
        }

    @staticmethod
    def _log_personal_data(output, form, feedback) -> list[str]:
        """Log the columns likely holding personal data (as the wizard's summary lists them).

        The import has succeeded by then: a detection problem is a warning, not a failure.
        """
        from ..core.base.errors import CartongError
        from ..core.protection.survey_findings import detect_in_survey, high_risk_columns, risk_label

        try:
            findings = detect_in_survey(output, form)
        except CartongError as err:
            feedback.pushWarning(str(err))
            return []
        high = high_risk_columns(findings)
        if high:
            feedback.pushWarning(
                tr(
                    "Personal data at high risk in the survey layer: {columns}. Protect these "
                    "columns (Data protection, or cartong:exportforsharing) before sharing "
                    "the file."
                ).format(columns=", ".join(high))
            )
        for finding in findings:
            if finding.risk != "high":
                feedback.pushInfo(
                    tr("Possible personal data ({risk} risk): {column}. {reason}").format(
                        risk=risk_label(finding.risk), column=finding.column, reason=finding.explanation
                    )
                )
        return high
