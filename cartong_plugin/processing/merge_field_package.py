# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithm: merge a field package brought back into the office survey GeoPackage."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.base.i18n import listed, tr, trn
from .base import CartongAlgorithm


class MergeFieldPackageAlgorithm(CartongAlgorithm):
    NAME = "mergefieldpackage"
    REFUSES_FOLDER_ITSELF = ("CONFLICTS",)  # "The conflicts file {file} is a folder: give a file name..."
    GROUP_ID = "field"

    def displayName(self):
        return tr("Merge a returned field package")

    def shortHelpString(self):
        return tr(
            "Brings the work of a field team back into the office survey GeoPackage: new submissions (by "
            "_uuid, with their raw rows and repeat rows as received), the values edited in the field (in the "
            "survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions "
            "taken there (with who and when). Rows are matched by the identity the package recorded when it "
            "was prepared, so a row deleted on one side never moves an edit onto another. A value changed "
            "both in the office and in the field is a conflict: the office value is kept. A row deleted in "
            "the field is not deleted in the office (to remove a submission, record a remove_survey decision "
            "in the cleaning log); it is listed as not merged, like a change to a row the office removed. "
            "Conflicts and what was not merged are listed, with the reason, in the table field_conflicts "
            "and in the CSV. Raw rows already in the office never change. Photos and other files taken in "
            "the field are copied beside the office GeoPackage, into a folder named after it (survey_attachments "
            "for survey.gpkg) with one folder per submission, never over a different file. Copies of one "
            "package used on several laptops each bring their own new submissions; an answer changed "
            "differently on two copies is a conflict. Give the package's zip, "
            "its manifest.json, or its survey GeoPackage."
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
            ("NEW_REPEAT_ROWS", tr("Repeat rows added to submissions")),
            ("DECISIONS", tr("Cleaning decisions merged")),
            ("CONFLICT_COUNT", tr("Conflicts (office value kept)")),
            ("NOT_MERGED", tr("Field changes not merged (listed with the conflicts)")),
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
        for note in report.notes:
            feedback.pushInfo(note)
        feedback.pushInfo(
            tr("Merged into {file}: {counts}.").format(
                file=Path(office).name,
                counts=listed(
                    [
                        trn("%n new submission", "%n new submissions", report.new_submissions),
                        trn("%n value edited", "%n values edited", report.edits),
                        trn("%n repeat row added", "%n repeat rows added", report.new_repeat_rows),
                        trn(
                            "%n cleaning decision",
                            "%n cleaning decisions",
                            report.decisions_added + report.decisions_updated,
                        ),
                    ]
                ),
            )
        )
        if report.unchanged():
            feedback.pushInfo(
                tr("The returned package brings nothing new (merged already?): {file} was left as it was.").format(
                    file=Path(office).name
                )
            )
        if report.conflicts_csv:  # asked for and written
            where = tr("See the table {table} and {csv}.").format(table=CONFLICTS_TABLE, csv=report.conflicts_csv)
        else:
            where = tr("See the table {table} in {file}.").format(table=CONFLICTS_TABLE, file=Path(office).name)
        if report.conflicts:
            feedback.reportError(
                trn(
                    "%n conflict: a value was changed both in the office and in the field. The office value was kept.",
                    "%n conflicts: values were changed both in the office and in the field. The office values were "
                    "kept.",
                    len(report.conflicts),
                )
                + " "
                + where,
                fatalError=False,
            )
        if report.not_merged:
            feedback.reportError(
                trn(
                    "%n change made in the field was not merged (see the warnings above).",
                    "%n changes made in the field were not merged (see the warnings above).",
                    len(report.not_merged),
                )
                + " "
                + where,
                fatalError=False,
            )
        return {
            "CONFLICTS": str(report.conflicts_csv) if report.conflicts_csv else None,
            "NEW_SUBMISSIONS": report.new_submissions,
            "EDITS": report.edits,
            "NEW_REPEAT_ROWS": report.new_repeat_rows,
            "DECISIONS": report.decisions_added + report.decisions_updated,
            "CONFLICT_COUNT": len(report.conflicts),
            "NOT_MERGED": len(report.not_merged),
        }
