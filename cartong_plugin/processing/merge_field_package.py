# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: merge a field package brought back into the office survey GeoPackage."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.base.i18n import tr, trn
from .base import CartongAlgorithm


class MergeFieldPackageAlgorithm(CartongAlgorithm):
    NAME = "mergefieldpackage"
    GROUP_ID = "field"

    def displayName(self):
        return tr("Merge a returned field package")

    def shortHelpString(self):
        return tr(
            "Brings the work of a field team back into the office survey GeoPackage: new submissions (by "
            "_uuid, with their raw rows and repeat rows as received), the values edited in the field, and "
            "the cleaning decisions taken there (with who and when). A value changed both in the office and "
            "in the field is a conflict: the office value is kept and the conflict is listed in the table "
            "field_conflicts and in the CSV. Raw rows already in the office never change. Give the "
            "package's zip, its manifest.json, or its survey GeoPackage."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFile(
                "PACKAGE",
                tr("Returned field package (zip, manifest.json or GeoPackage)"),
                QgsProcessingParameterFile.Behavior.File,
                fileFilter=tr("Field packages (*.zip *.ZIP manifest.json *.gpkg *.GPKG)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "OFFICE", tr("Office survey GeoPackage"), QgsProcessingParameterFile.Behavior.File, extension="gpkg"
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "CONFLICTS", tr("Conflicts (CSV)"), tr("CSV (*.csv *.CSV)"), optional=True, createByDefault=True
            )
        )
        for name, label in (
            ("NEW_SUBMISSIONS", tr("New submissions")),
            ("EDITS", tr("Values edited")),
            ("DECISIONS", tr("Cleaning decisions merged")),
            ("CONFLICT_COUNT", tr("Conflicts (office value kept)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def execute(self, parameters, context, feedback):
        from pathlib import Path

        from ..core.field.merge import CONFLICTS_TABLE, merge_field_package

        package = Path(self.parameterAsFile(parameters, "PACKAGE", context))
        if package.name.lower() == "manifest.json":
            package = package.parent
        office = self.parameterAsFile(parameters, "OFFICE", context)
        conflicts = self.parameterAsFileOutput(parameters, "CONFLICTS", context) or None
        report = merge_field_package(package, office, conflicts, feedback)
        for warning in report.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(
            tr(
                "{new} new submissions, {edits} values edited, {decisions} cleaning decisions merged into {file}."
            ).format(
                new=report.new_submissions,
                edits=report.edits,
                decisions=report.decisions_added + report.decisions_updated,
                file=Path(office).name,
            )
        )
        if report.unchanged():
            feedback.pushInfo(
                tr("The returned package brings nothing new (merged already?): {file} was left as it was.").format(
                    file=Path(office).name
                )
            )
        if report.conflicts:
            feedback.reportError(
                trn(
                    "%n conflict: a value was changed both in the office and in the field. The office value was "
                    "kept; see the table {table} and {csv}.",
                    "%n conflicts: values were changed both in the office and in the field. The office values were "
                    "kept; see the table {table} and {csv}.",
                    len(report.conflicts),
                ).format(table=CONFLICTS_TABLE, csv=conflicts or "-"),
                fatalError=False,
            )
        return {
            "CONFLICTS": conflicts,
            "NEW_SUBMISSIONS": report.new_submissions,
            "EDITS": report.edits,
            "DECISIONS": report.decisions_added + report.decisions_updated,
            "CONFLICT_COUNT": len(report.conflicts),
        }
