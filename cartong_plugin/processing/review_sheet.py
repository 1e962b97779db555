# SPDX-License-Identifier: GPL-3.0-or-later
"""Processing algorithms of the shared review: export a review sheet, save the decisions taken on it."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.base.i18n import tr, trn
from .teams_common import TeamsAlgorithm


class ExportReviewSheetAlgorithm(TeamsAlgorithm):
    NAME = "exportreviewsheet"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return tr("Export a review sheet of the shared cleaning log")

    def shortHelpString(self):
        return tr(
            "Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a "
            "CSV or XLSX sheet with three more columns, log_id, version and as_exported: fill change_type, "
            "new_value and explanation, then save them with 'Save review decisions'. The version lets the "
            "database refuse a decision on a row someone else decided meanwhile; as_exported tells the rows "
            "you edited from the ones you only read."
        )

    def initAlgorithm(self, config=None):
        self.add_connection_parameters()
        output = QgsProcessingParameterFileDestination(
            self.OUTPUT, tr("Review sheet"), tr("Spreadsheet (*.xlsx);;CSV (*.csv)")
        )
        output.setHelp(tr("A .xlsx or .csv file; cells starting like a formula are prefixed with an apostrophe."))
        self.addParameter(output)
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Log rows")))

    def execute(self, parameters, context, feedback):
        from pathlib import Path

        from ..core.cleaning.log import LOG_COLUMNS
        from ..core.teams.review import load_log
        from ..core.teams.review_sheet import export_review_sheet

        target = self.target(parameters, context)
        schema = self.schema(parameters, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        export_review_sheet(target, schema, output)
        rows = load_log(target, schema)
        if Path(output).suffix.lower() == ".xlsx":  # cells Excel would cut when the reviewer saves the sheet
            from ..core.cleaning.log_cells import excel_limit_warning, neutralise_formula, too_long_for_excel

            cells = [[neutralise_formula(getattr(row.entry, c)) for c in LOG_COLUMNS] for row in rows]
            warning = excel_limit_warning(too_long_for_excel(LOG_COLUMNS, cells), output)
            if warning:
                feedback.pushWarning(warning)
        return {self.OUTPUT: output, "ROWS": len(rows)}


class SaveDecisionsAlgorithm(TeamsAlgorithm):
    NAME = "savedecisions"
    SHEET = "SHEET"

    def displayName(self):
        return tr("Save review decisions in the shared cleaning log")

    def shortHelpString(self):
        return tr(
            "Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared "
            "in PostgreSQL. The database records who saved each decision and when. A decision on a row that "
            "someone else decided since the sheet was exported is refused, and both decisions are listed: "
            "export a new sheet to see theirs. A decision whose log row now holds another submission, "
            "question or old value is refused, and a sheet exported from another survey's log is refused "
            "whole. Rows left unchanged are not written. A decision held in a formula whose result the sheet "
            "never saved (a sheet written by a program, not opened and saved in a spreadsheet) is skipped and "
            "named. Needs the survey's reviewer role."
        )

    def initAlgorithm(self, config=None):
        self.add_connection_parameters()
        sheet = QgsProcessingParameterFile(
            self.SHEET, tr("Review sheet (CSV or XLSX)"), fileFilter=tr("Review sheets (*.xlsx *.csv)")
        )
        sheet.setHelp(
            tr(
                "The sheet written by 'Export a review sheet', with your decisions; keep its log_id, "
                "version, uuid, question, old_value and as_exported columns as they are."
            )
        )
        self.addParameter(sheet)
        self.addOutput(QgsProcessingOutputNumber("SAVED", tr("Decisions saved")))
        self.addOutput(QgsProcessingOutputNumber("CONFLICTS", tr("Decisions refused (someone decided first)")))
        self.addOutput(QgsProcessingOutputNumber("UNCHANGED", tr("Rows unchanged")))
        self.addOutput(
            QgsProcessingOutputNumber("MISMATCHED", tr("Decisions refused (the log row is another one now)"))
        )

    def execute(self, parameters, context, feedback):
        from pathlib import Path

        from ..core.teams.review import conflicts_message, mismatches_message, save_decisions, unreadable_message
        from ..core.teams.review_sheet import read_review_sheet

        target = self.target(parameters, context)
        sheet = self.parameterAsFile(parameters, self.SHEET, context)
        report = save_decisions(
            target, self.schema(parameters, context), read_review_sheet(sheet), source=Path(sheet).name
        )
        feedback.pushInfo(trn("%n decision saved.", "%n decisions saved.", len(report.saved)))
        if report.unreadable:  # a formula without a saved result: read as empty, it would blank the value
            feedback.reportError(unreadable_message(report.unreadable, Path(sheet).name), False)
        if report.mismatched:
            feedback.reportError(mismatches_message(report.mismatched), False)
        if report.conflicts:
            feedback.reportError(conflicts_message(report.conflicts), False)
        return {
            "SAVED": len(report.saved),
            "CONFLICTS": len(report.conflicts),
            "UNCHANGED": report.unchanged,
            "MISMATCHED": len(report.mismatched),
        }
