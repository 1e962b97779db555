# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard's last pages: the import in a QgsTask (progress, Cancel), then a summary.

The summary lists the columns likely holding personal data and opens the data protection wizard
on the imported layer.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsTask
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import left_to_right, left_to_right_names, tr, trn
from ..shared_database import sharing_summary
from ..wizard_common import (
    WizardPage,
    follow_layout_direction,
    left_to_right_columns,
    plain_label,
    risk_item,
    text_item,
)

LOG_TAG = "CartONG"


class ImportTask(QgsTask):
    """Runs import_survey off the GUI thread; the task is its own feedback (setProgress, isCanceled)."""

    def __init__(self, data, form, output, language, geometry_field, share=None):
        super().__init__(tr("Importing {file}").format(file=Path(data).name), QgsTask.Flag.CanCancel)
        self.args = (data, form, output, language, geometry_field)
        self.share = share  # (PgTarget, schema): also copy the survey into that schema, or None
        self.shared = None  # the TransferReport of that copy
        self.share_error = ""
        self.report = None
        self.error = ""
        self.findings = []  # columns likely holding personal data, for the summary
        self.findings_error = ""

    def run(self):
        from ...core.survey.import_report import ImportCancelled
        from ...core.survey.importer import import_survey

        data, form, output, language, geometry_field = self.args
        try:
            self.report = import_survey(
                data, form or None, output, language or None, geometry_field=geometry_field or None, feedback=self
            )
            self._detect_personal_data(self.report.output, form or None)
            self._share(self.report.output)
            return True
        except ImportCancelled as err:
            self.error = str(err)
        except CartongError as err:
            self.error = str(err)
        except Exception as err:  # noqa: BLE001  (shown to the user, details in the log)
            self.error = tr("Unexpected error during the import: {error}. Details are in the log.").format(error=err)
            QgsMessageLog.logMessage(repr(err), LOG_TAG, Qgis.MessageLevel.Critical)
        return False

    def _share(self, output) -> None:
        """Copy the survey into the shared database (one transaction); the import stands if this fails."""
        if self.share is None:
            return
        from ...core.teams.transfer import survey_to_postgis

        target, schema = self.share
        try:
            self.shared = survey_to_postgis(output, target, schema, feedback=self)
        except CartongError as err:
            self.share_error = str(err)

    def _detect_personal_data(self, output, form) -> None:
        """Findings on the imported layer (here, off the GUI thread); the import stands if this fails."""
        from ...core.protection.survey_findings import detect_in_survey

        try:
            self.findings = detect_in_survey(output, form)
        except CartongError as err:
            self.findings_error = str(err)


class RunPage(WizardPage):
    finished_import = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__("import_run", tr("Import"), parent=parent)
        layout = QVBoxLayout(self)
        self.status = plain_label("", self, "status")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.cancel = QPushButton(tr("Cancel the import"), self)
        self.cancel.setObjectName("cancel")
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        self.task = None  # the running task; QGIS's task manager deletes it once finished
        self.report = None
        self.findings = []
        self.findings_error = ""
        self.shared, self.share_error = None, ""  # the copy into the shared database, if asked
        self.survey_layer = None  # the survey layer added to the project, if it was
        self.cancel.clicked.connect(self._cancel)

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        self.report = None
        self.findings, self.findings_error, self.survey_layer = [], "", None
        self.shared, self.share_error = None, ""
        source, options = wizard.source_page, wizard.options_page
        try:
            output = source.check_output()
            share = options.sharing.chosen(output.stem)
        except CartongError as err:
            self.task = None
            self.status.setText(str(err))
            self.cancel.setEnabled(False)
            self.completeChanged.emit()
            return
        self.task = ImportTask(
            source.data.filePath(),
            source.form.filePath(),
            str(output),
            options.language.currentData(),
            options.geometry.currentData(),
            share,
        )
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.taskCompleted.connect(self._done)
        self.task.taskTerminated.connect(self._done)
        self.status.setText(tr("Importing… QGIS stays usable meanwhile."))
        self.cancel.setEnabled(True)
        self.progress.setValue(0)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def _cancel(self):
        if self.task is not None:
            self.task.cancel()

    def is_running(self) -> bool:
        return self.task is not None

    def task_running(self) -> bool:  # Back and Next held meanwhile (CartongWizard)
        return self.is_running()

    def _done(self):
        task, self.task = self.task, None
        self.report = task.report
        self.findings, self.findings_error = task.findings, task.findings_error
        self.shared, self.share_error = task.shared, task.share_error
        self.cancel.setEnabled(False)
        if task.report is not None:
            self.progress.setValue(100)
            self.status.setText(tr("Import finished."))
            wizard = self.wizard()
            from ..survey_sources import remember_form

            remember_form(wizard.source_page.form.filePath())  # the other wizards find it again
            if wizard.options_page.add_to_project.isChecked():
                from ...core.maps.survey_project import add_survey_to_project

                self.survey_layer = add_survey_to_project(
                    task.report.output, QgsProject.instance(), show_labels=wizard.options_page.show_labels.isChecked()
                ).survey
        else:
            self.status.setText(task.error or tr("Import cancelled: nothing was written."))
        self.completeChanged.emit()
        self.finished_import.emit()
        if task.report is not None:
            self.wizard().next()

    def isComplete(self):  # noqa: N802
        return self.report is not None


class SummaryPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__("import_summary", tr("Summary"), parent=parent)
        layout = QVBoxLayout(self)
        self.counts = plain_label("", self, "counts")
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QPlainTextEdit(self)
        follow_layout_direction(self.warnings)
        self.warnings.setObjectName("warnings")
        self.warnings.setReadOnly(True)
        # A few lines, scrollable: the findings below keep most of the page.
        self.warnings.setMaximumHeight(self.warnings.fontMetrics().lineSpacing() * 4 + 12)
        self.privacy = plain_label("", self, "personal_data_note")
        self.findings = QTableWidget(0, 3, self)
        self.findings.setObjectName("personal_data")
        self.findings.setHorizontalHeaderLabels([tr("Column"), tr("Risk"), tr("Why")])
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.verticalHeader().setVisible(False)
        self.findings.horizontalHeader().setStretchLastSection(True)
        self.findings.setWordWrap(False)
        self.findings.verticalHeader().setDefaultSectionSize(self.findings.fontMetrics().height() + 6)
        self.findings.setMinimumHeight(self.findings.fontMetrics().lineSpacing() * 8)
        left_to_right_columns(self.findings, 0)
        self.protect = QPushButton(tr("Protect personal data…"), self)
        self.protect.setObjectName("open_protection")
        self.protect.setToolTip(tr("Open the Data protection wizard on the imported survey layer."))
        self.protect.clicked.connect(self.open_protection_wizard)
        self.protection_wizard = None
        self.learn = QLabel(self)
        self.learn.setObjectName("learn")
        self.learn.setTextFormat(Qt.TextFormat.RichText)  # our link; titles and URL are escaped
        self.learn.setOpenExternalLinks(True)
        self.learn.setWordWrap(True)  # a long resource title wraps instead of running off the page
        layout.addWidget(self.counts)
        layout.addWidget(self.warnings)
        layout.addWidget(self.privacy)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.protect, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.learn)

    def initializePage(self):  # noqa: N802
        report = self.wizard().run_page.report
        done = (
            trn(
                "%n item of the repeat {repeat} (not a submission) imported into {file}; {missing} without "
                "location. Tables: {tables}. Language: {language}.",
                "%n items of the repeat {repeat} (not submissions) imported into {file}; {missing} without "
                "location. Tables: {tables}. Language: {language}.",
                report.rows,
            )
            if report.items_of  # a repeat's table saved alone (see the warnings)
            else trn(
                "%n submission imported into {file}; {missing} without location. "
                "Tables: {tables}. Language: {language}.",
                "%n submissions imported into {file}; {missing} without location. "
                "Tables: {tables}. Language: {language}.",
                report.rows,
            )
        )
        self.counts.setText(
            done.format(
                repeat=report.items_of,
                file=left_to_right(report.output),
                missing=report.rows_without_location,
                tables=", ".join(f"{name} ({count})" for name, count in report.tables.items()),
                language=report.language or tr("no form"),
            )
        )
        run = self.wizard().run_page
        sharing = sharing_summary(run.shared, run.share_error)
        if sharing:
            self.counts.setText(self.counts.text() + " " + sharing)
        self.warnings.setPlainText("\n".join(report.warnings) or tr("No warnings."))
        self._show_findings()
        self.learn.setText(_resource_link("import_summary"))

    def _show_findings(self) -> None:
        """The columns likely holding personal data, highest risk first, with the reason."""
        run = self.wizard().run_page
        findings = run.findings
        self.findings.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            self.findings.setItem(row, 0, text_item(finding.column))  # drawn left to right (delegate)
            self.findings.setItem(row, 1, risk_item(finding.risk))
            names = [f.column for f in findings]  # drawn as typed in Arabic (``_uuid``, not ``uuid_``)
            self.findings.setItem(row, 2, text_item(left_to_right_names(finding.explanation, names)))
        self.findings.resizeColumnToContents(0)
        self.findings.resizeColumnToContents(1)
        self.findings.setVisible(bool(findings))
        self.protect.setEnabled(bool(findings))
        if run.findings_error:
            self.privacy.setText(tr("Personal data could not be looked for: {error}").format(error=run.findings_error))
        elif findings:
            high = sum(1 for f in findings if f.risk == "high")
            self.privacy.setText(
                trn(
                    "%n column likely holds personal data ({high} at high risk). Protect it before sharing the file.",
                    "%n columns likely hold personal data ({high} at high risk). Protect them before sharing the file.",
                    len(findings),
                ).format(high=high)
            )
        else:
            self.privacy.setText(tr("No column looks like personal data. The check helps; it does not guarantee."))

    def open_protection_wizard(self) -> None:
        """The Data protection wizard on the imported survey layer (added to the project if needed)."""
        from ..protection.wizard import ProtectionWizard

        wizard = self.wizard()
        layer = wizard.run_page.survey_layer
        if layer is None or layer.id() not in QgsProject.instance().mapLayers():
            from qgis.core import QgsVectorLayer

            layer = QgsVectorLayer(f"{wizard.run_page.report.output}|layername=survey", "survey", "ogr")
            QgsProject.instance().addMapLayer(layer)
            wizard.run_page.survey_layer = layer
        self.protection_wizard = ProtectionWizard(wizard.iface, wizard)
        self.protection_wizard.source_page.layer.setLayer(layer)
        self.protection_wizard.source_page.form.setFilePath(wizard.source_page.form.filePath())
        self.protection_wizard.show()


def _resource_link(page_id: str) -> str:
    """An HTML link to the first resource-centre entry for ``page_id`` ("" without catalogue)."""
    from html import escape

    try:
        from ...core.base.translation import preferred_language
        from ...core.learning.help_catalogue import load_catalogue

        resources = load_catalogue(log=False).for_page(page_id)
    except Exception as err:  # noqa: BLE001  (the summary works without the catalogue)
        QgsMessageLog.logMessage(repr(err), LOG_TAG, Qgis.MessageLevel.Warning)
        return ""
    if not resources:
        return ""
    language = preferred_language()
    resource = resources[0]
    return tr("Learn more: {link}").format(
        link=f'<a href="{escape(resource.url(language))}">{escape(resource.title(language))}</a>'
    )
