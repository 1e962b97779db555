# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: list the columns of a survey layer likely holding personal data."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.i18n import tr
from ..core.base.qgis_compat import new_field
from ..core.survey.xlsform import xlsform_file_filter
from .base import CartongAlgorithm

FINDING_FIELDS = ("column", "risk", "category", "reason", "suggested_action", "explanation")


class DetectPersonalDataAlgorithm(CartongAlgorithm):
    NAME = "detectpersonaldata"
    GROUP_ID = "export"

    def displayName(self):
        return tr("Detect personal data")

    def shortHelpString(self):
        return tr(
            "Lists the columns of a survey layer that likely hold personal data (names, phone "
            "numbers, ID numbers, precise GPS locations, free text, photos and attachment links), "
            "with a risk level (high, medium, low), the reason and a suggested protection. Columns "
            "are found by their XLSForm type (when the form is given), by words of their names and "
            "labels in English, French, Spanish, Portuguese and Arabic (an editable keyword list) and by "
            "the pattern of their values (phone numbers in any digits). "
            "Read the list before sharing: it helps, it does not guarantee."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer("INPUT", tr("Survey layer"), [QgsProcessing.SourceType.TypeVector])
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "FORM", tr("XLSForm of the survey (optional)"), fileFilter=xlsform_file_filter(), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", tr("Personal data found"), QgsProcessing.SourceType.TypeVector)
        )

    def execute(self, parameters, context, feedback):
        from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsFields, QgsWkbTypes

        from ..core.protection.detect import detect_in_layer
        from .atomic_sink import atomic_sink

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        form_path = self.parameterAsFile(parameters, "FORM", context)
        form = None
        if form_path:
            from ..core.survey.xlsform import read_xlsform

            form = read_xlsform(form_path)
        findings = detect_in_layer(layer, form=form, feedback=feedback)  # Cancel stops it

        fields = QgsFields()
        for name in FINDING_FIELDS:
            fields.append(new_field(name, "string"))
        # written whole or not at all; a CSV's cells (a column named "=HYPERLINK(...)") cannot run as formulas
        no_crs = QgsCoordinateReferenceSystem()
        with atomic_sink(self, parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry, no_crs) as written:
            for finding in findings:
                feature = QgsFeature(fields)
                feature.setAttributes([getattr(finding, name) for name in FINDING_FIELDS])
                written.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            written.close()
        dest_id = written.dest_id
        counts = {risk: sum(1 for f in findings if f.risk == risk) for risk in ("high", "medium", "low")}
        feedback.pushInfo(
            tr("{high} columns at high risk, {medium} at medium risk, {low} at low risk.").format(**counts)
        )
        return {
            "OUTPUT": dest_id,
            "HIGH": counts["high"],
            "MEDIUM": counts["medium"],
            "LOW": counts["low"],
            "HIGH_RISK_COLUMNS": [f.column for f in findings if f.risk == "high"],
        }
