# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard: source and files -> preview -> options -> run (QgsTask) -> summary.

A thin layer over ``core.survey_import``: the preview calls ``preview_export`` in a CoreTask (large
workbooks and zips take seconds to read; QGIS stays responsive), the run calls
``import_survey`` in a QgsTask (QGIS stays responsive, the user can cancel), the summary shows
the ImportReport and adds the layers to the project with ``add_survey_to_project``.
"""
from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsTask
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.base.errors import CartongError
from ..core.base.i18n import tr, trn
from .tasks import CoreTask, follow_task
from .wizard_common import CartongWizard, WizardPage, optional_file_ok, plain_label, risk_item, text_item

LOG_TAG = "CartONG"
PREVIEW_ROWS = 20



def kind_label(kind: str) -> str:
    """The detected type of a column (survey_columns' kind code) in words, for the preview headers."""
    return {
        "text": tr("text"), "integer": tr("whole number"), "decimal": tr("decimal number"), "date": tr("date"),
        "datetime": tr("date and time"), "select_one": tr("one choice"), "select_multiple": tr("several choices"),
        "flag": tr("yes/no (0/1)"), "geopoint": tr("GPS point"), "geotrace": tr("GPS line"),
        "geoshape": tr("GPS polygon"), "coordinate": tr("coordinate"), "wkt": tr("geometry (WKT)"),
    }.get(kind, kind)

class ImportTask(QgsTask):
    """Runs import_survey off the GUI thread; the task is its own feedback (setProgress, isCanceled)."""

    def __init__(self, data, form, output, language, geometry_field):
        super().__init__(tr("Importing {file}").format(file=Path(data).name), QgsTask.Flag.CanCancel)
        self.args = (data, form, output, language, geometry_field)
        self.report = None
        self.error = ""
        self.findings = []  # columns likely holding personal data, for the summary
        self.findings_error = ""

    def run(self):
        from ..core.survey.importer import ImportCancelled, import_survey

        data, form, output, language, geometry_field = self.args
        try:
            self.report = import_survey(data, form or None, output, language or None,
                                        geometry_field=geometry_field or None, feedback=self)
            self._detect_personal_data(self.report.output, form or None)
            return True
        except ImportCancelled as err:
            self.error = str(err)
        except CartongError as err:
            self.error = str(err)
        except Exception as err:  # noqa: BLE001  (shown to the user, details in the log)
            self.error = tr("Unexpected error during the import: {error}. Details are in the log.").format(
                error=err)
            QgsMessageLog.logMessage(repr(err), LOG_TAG, Qgis.MessageLevel.Critical)
        return False

    def _detect_personal_data(self, output, form) -> None:
        """Findings on the imported layer (here, off the GUI thread); the import stands if this fails."""
        from ..core.protection.survey_findings import detect_in_survey

        try:
            self.findings = detect_in_survey(output, form)
        except CartongError as err:
            self.findings_error = str(err)


class SourcePage(WizardPage):
    def __init__(self, parent=None):
        super().__init__("import_source", tr("Survey export and its form"),
                         tr("Choose the export downloaded from KoboToolbox, ODK Central or ONA (CSV, XLSX "
                            "or zip) and, if you have it, the XLSForm it was collected with."), parent)
        layout = QFormLayout(self)
        self.data = QgsFileWidget(self)
        self.data.setObjectName("data_file")
        self.data.setFilter(tr("Survey exports (*.csv *.xlsx *.zip *.geojson *.json);;All files (*)"))
        self.form = QgsFileWidget(self)
        self.form.setObjectName("form_file")
        from ..core.survey.xlsform import xlsform_file_filter

        self.form.setFilter(xlsform_file_filter())  # .xlsx and legacy .xls
        self.output = QgsFileWidget(self)
        self.output.setObjectName("output_file")
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg)"))
        layout.addRow(tr("Survey export"), self.data)
        layout.addRow(tr("XLSForm (optional)"), self.form)
        layout.addRow(tr("Output GeoPackage"), self.output)
        self.data.fileChanged.connect(self._suggest_output)
        for widget in (self.data, self.form, self.output):
            widget.fileChanged.connect(self.completeChanged)

    def _suggest_output(self, path: str) -> None:
        if path and not self.output.filePath():
            self.output.setFilePath(str(Path(path).with_suffix(".gpkg")))

    def isComplete(self):  # noqa: N802
        data = self.data.filePath()
        return bool(data) and Path(data).is_file() and optional_file_ok(self.form) and bool(self.output.filePath())


class PreviewPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__("import_preview", tr("Preview"),
                         tr("The first rows as read, and what was detected. Check that the columns are "
                            "split correctly before importing."), parent)
        layout = QVBoxLayout(self)
        # column and sheet names, file names in errors: the file's own text, never rendered as HTML
        self.status = plain_label("", self, "preview_status")
        self.progress = QProgressBar(self)  # busy indicator (range 0..0): reading gives no progress
        self.progress.setObjectName("preview_busy")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.detected = plain_label("", self, "detected")
        self.table = QTableWidget(self)
        self.table.setObjectName("preview_table")
        self.problem = plain_label("", self, "problem")
        self.problem.setStyleSheet("color: #b30000")
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.detected)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        self.preview = None
        self.task = None  # the task reading the current file; an older task's result is ignored
        self._show_busy(False)

    def initializePage(self):  # noqa: N802
        # Large XLSX workbooks and ODK zips take seconds to read: off the GUI thread, Next disabled meanwhile.
        from ..core.survey.importer import preview_export

        source = self.wizard().source_page
        data, form = source.data.filePath(), source.form.filePath() or None
        self.stop()
        self.preview = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.problem.clear()
        self.detected.clear()
        self.status.setText(tr("Reading the file…"))
        self._show_busy(True)
        self.task = CoreTask(tr("Reading {file}").format(file=Path(data).name),
                             lambda _feedback: preview_export(data, form, PREVIEW_ROWS))
        follow_task(self, self.task, self._done, self._failed, self._cancelled)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802  (Back: the file may change; this read is no longer wanted)
        self.stop()
        super().cleanupPage()

    def stop(self) -> None:
        """Forget the running read (its result will be ignored) and cancel it if it has not started."""
        task, self.task = self.task, None
        if task is not None and task.is_running():
            task.cancel()
        self._show_busy(False)

    def is_reading(self) -> bool:
        return self.task is not None

    def _show_busy(self, busy: bool) -> None:
        self.status.setVisible(busy)
        self.progress.setVisible(busy)

    def _done(self, preview) -> None:
        self.task = None
        self._show_busy(False)
        self.preview = preview
        self.table.setColumnCount(len(preview.headers))
        self.table.setRowCount(len(preview.rows))
        self.table.setHorizontalHeaderLabels([f"{h}\n({kind_label(preview.kinds.get(h, 'text'))})"
                                              for h in preview.headers])
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        delimiter = {";": ";", ",": ",", "\t": tr("tab"), "|": "|", "": tr("none (Excel)")}[preview.delimiter]
        self.detected.setText(tr("{columns} columns; encoding {encoding}; delimiter {delimiter}; location: "
                                 "{location}; repeat tables: {repeats}; form languages: {languages}.").format(
            columns=len(preview.headers), encoding=preview.encoding, delimiter=delimiter,
            location=preview.geometry_default or tr("none found"), repeats=", ".join(preview.repeats) or tr("none"),
            languages=", ".join(preview.languages) or tr("no form")))
        if preview.warnings:
            self.problem.setText("\n".join(preview.warnings))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.task = None
        self._show_busy(False)
        self.problem.setText(message)  # the CartongError's text, shown as plain text
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._failed(tr("Reading the file was cancelled. Click Back, then Next to read it again."))

    def isComplete(self):  # noqa: N802
        return self.preview is not None


class OptionsPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__("import_options", tr("Options"),
                         tr("Choice labels are written in the chosen language beside the codes; the codes "
                            "are always kept."), parent)
        layout = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.geometry = QComboBox(self)
        self.geometry.setObjectName("geometry")
        self.add_to_project = QCheckBox(tr("Add the layers to the project"), self)
        self.add_to_project.setObjectName("add_to_project")
        self.add_to_project.setChecked(True)
        self.show_labels = QCheckBox(tr("Show choice labels instead of codes in forms and tables"), self)
        self.show_labels.setObjectName("show_labels")
        self.show_labels.setChecked(True)
        self.add_to_project.toggled.connect(self.show_labels.setEnabled)
        layout.addRow(tr("Label language"), self.language)
        layout.addRow(tr("Location column"), self.geometry)
        layout.addRow(self.add_to_project)
        layout.addRow(self.show_labels)

    def initializePage(self):  # noqa: N802
        preview = self.wizard().preview_page.preview
        self.language.clear()
        for lang in preview.languages:
            self.language.addItem(lang, lang)
        if preview.default_language:
            self.language.setCurrentIndex(max(0, self.language.findData(preview.default_language)))
        self.language.setEnabled(bool(preview.languages))
        self.geometry.clear()
        self.geometry.addItem(tr("Automatic ({column})").format(column=preview.geometry_default or tr("none")), "")
        for header in preview.geometry_candidates:
            self.geometry.addItem(header, header)


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
        self.survey_layer = None  # the survey layer added to the project, if it was
        self.cancel.clicked.connect(self._cancel)

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        self.report = None
        self.findings, self.findings_error, self.survey_layer = [], "", None
        source, options = wizard.source_page, wizard.options_page
        self.task = ImportTask(source.data.filePath(), source.form.filePath(), source.output.filePath(),
                               options.language.currentData(), options.geometry.currentData())
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

    def _done(self):
        task, self.task = self.task, None
        self.report = task.report
        self.findings, self.findings_error = task.findings, task.findings_error
        self.cancel.setEnabled(False)
        if task.report is not None:
            self.progress.setValue(100)
            self.status.setText(tr("Import finished."))
            wizard = self.wizard()
            if wizard.options_page.add_to_project.isChecked():
                from ..core.maps.survey_project import add_survey_to_project

                self.survey_layer = add_survey_to_project(
                    task.report.output, QgsProject.instance(),
                    show_labels=wizard.options_page.show_labels.isChecked()).survey
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
        self.warnings.setObjectName("warnings")
        self.warnings.setReadOnly(True)
        self.privacy = plain_label("", self, "personal_data_note")
        self.findings = QTableWidget(0, 3, self)
        self.findings.setObjectName("personal_data")
        self.findings.setHorizontalHeaderLabels([tr("Column"), tr("Risk"), tr("Why")])
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.verticalHeader().setVisible(False)
        self.findings.horizontalHeader().setStretchLastSection(True)
        self.protect = QPushButton(tr("Protect personal data…"), self)
        self.protect.setObjectName("open_protection")
        self.protect.setToolTip(tr("Open the Data protection wizard on the imported survey layer."))
        self.protect.clicked.connect(self.open_protection_wizard)
        self.protection_wizard = None
        self.learn = QLabel(self)
        self.learn.setObjectName("learn")
        self.learn.setTextFormat(Qt.TextFormat.RichText)  # our link; titles and URL are escaped
        self.learn.setOpenExternalLinks(True)
        layout.addWidget(self.counts)
        layout.addWidget(self.warnings)
        layout.addWidget(self.privacy)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.protect, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.learn)

    def initializePage(self):  # noqa: N802
        report = self.wizard().run_page.report
        self.counts.setText(trn("%n submission imported into {file}; {missing} without location. "
                                "Tables: {tables}. Language: {language}.",
                                "%n submissions imported into {file}; {missing} without location. "
                                "Tables: {tables}. Language: {language}.", report.rows).format(
            file=report.output, missing=report.rows_without_location,
            tables=", ".join(f"{name} ({count})" for name, count in report.tables.items()),
            language=report.language or tr("no form")))
        self.warnings.setPlainText("\n".join(report.warnings) or tr("No warnings."))
        self._show_findings()
        self.learn.setText(_resource_link("import_summary"))

    def _show_findings(self) -> None:
        """The columns likely holding personal data, highest risk first, with the reason."""
        run = self.wizard().run_page
        findings = run.findings
        self.findings.setRowCount(len(findings))
        for row, finding in enumerate(findings):
            self.findings.setItem(row, 0, text_item(finding.column))
            self.findings.setItem(row, 1, risk_item(finding.risk))
            self.findings.setItem(row, 2, text_item(finding.explanation))
        self.findings.resizeColumnToContents(0)
        self.findings.resizeColumnToContents(1)
        self.findings.setVisible(bool(findings))
        self.protect.setEnabled(bool(findings))
        if run.findings_error:
            self.privacy.setText(tr("Personal data could not be looked for: {error}").format(
                error=run.findings_error))
        elif findings:
            high = sum(1 for f in findings if f.risk == "high")
            self.privacy.setText(trn("%n column likely holds personal data ({high} at high risk). Protect it "
                                     "before sharing the file.",
                                     "%n columns likely hold personal data ({high} at high risk). Protect "
                                     "them before sharing the file.", len(findings)).format(high=high))
        else:
            self.privacy.setText(tr("No column looks like personal data. The check helps; it does not "
                                    "guarantee."))

    def open_protection_wizard(self) -> None:
        """The Data protection wizard on the imported survey layer (added to the project if needed)."""
        from .protection_wizard import ProtectionWizard

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
        from ..core.base.translation import preferred_language
        from ..core.learning.help_catalogue import load_catalogue

        resources = load_catalogue(log=False).for_page(page_id)
    except Exception as err:  # noqa: BLE001  (the summary works without the catalogue)
        QgsMessageLog.logMessage(repr(err), LOG_TAG, Qgis.MessageLevel.Warning)
        return ""
    if not resources:
        return ""
    language = preferred_language()
    resource = resources[0]
    return tr("Learn more: {link}").format(
        link=f'<a href="{escape(resource.url(language))}">{escape(resource.title(language))}</a>')


class ImportWizard(CartongWizard):
    """Import a survey export in five pages; see the module docstring."""

    def __init__(self, iface=None, parent=None):
        super().__init__("CartongImportWizard", tr("Import survey data"), iface, parent)
        self.source_page = SourcePage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        self.add_pages(self.source_page, self.preview_page, self.options_page, self.run_page, self.summary_page)
        self.install_help()

    def reject(self):
        self.preview_page.stop()  # a preview still reading is not shown on a closed wizard
        if self.run_page.task is not None:  # closing the wizard cancels a running import
            self.run_page.task.cancel()
        super().reject()
