# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard's last pages: the download in a CoreTask (progress, Cancel), then a summary.

The survey's layers leave the project during the download (QGIS keeps the file open while they
are there) and come back afterwards with the user's names and styles, or the old ones after a failure.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWizard, QWizardPage

from ...core.base.errors import CartongError
from ...core.base.i18n import listed, tr, trn
from ...core.base.translation import preferred_language
from ...core.maps.survey_project import save_looks
from ..shared_database import sharing_summary
from ..tasks import CoreTask, cancel_and_wait, follow_task
from ..wizard_common import message_label, plain_label
from .jobs import (
    ODK,
    DownloadOutcome,
    ProgressRelay,
    RelayFeedback,
    layers_of_geopackage,
    load_survey_layers,
    remember_last_copy,
    run_download,
)

# -- page 4: the download ------------------------------------------------------------------------------------


class RunPage(QWizardPage):
    """Runs the sync in a CoreTask with progress (records and pages) and Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_run")
        self.setCommitPage(True)  # once downloaded, Back would only download again
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Next >"))
        self.setTitle(tr("Download"))
        self.setSubTitle(
            tr("QGIS stays usable during the download. If it fails or is cancelled, the GeoPackage is left as it was.")
        )
        self.task = None
        self.outcome: DownloadOutcome | None = None
        self.removed_layers = False
        self.looks = {}  # names and styles of the layers replaced by the download
        self.loaded: list[str] = []
        layout = QVBoxLayout(self)
        self.status = message_label("", self, "run_status")  # errors name the host and form: mixed scripts
        self.pages = message_label("", self, "run_pages")
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("run_progress")
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("run_cancel")
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.last_copy_button = QPushButton(tr("Open the last downloaded copy"), self)
        self.last_copy_button.setObjectName("run_open_last_copy")
        self.last_copy_button.hide()
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.pages)
        layout.addWidget(self.last_copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.relay = ProgressRelay(self)
        self.relay.message.connect(self.pages.setText)
        self.cancel_button.clicked.connect(self.cancel)
        self.last_copy_button.clicked.connect(self._open_last_copy)

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        login, form = wizard.server_page.login, wizard.form_page.selected_form()
        output, update = wizard.output_page.output_path(), wizard.output_page.is_update()
        attachments = wizard.output_page.attachments.isChecked()
        xlsform = wizard.output_page.xlsform.filePath() if login.kind == ODK else ""
        self.outcome, self.loaded = None, []
        self.progress.setValue(0)
        self.pages.clear()
        self.last_copy_button.hide()
        try:  # resolved here, on the GUI thread: the authentication manager may ask for its password
            share = wizard.output_page.sharing.chosen(output.stem)
        except CartongError as err:
            self.task = None
            self.removed_layers = False
            self._failed(str(err))
            return
        # QGIS keeps a GeoPackage open while its layers are in the project: it cannot be replaced then.
        old = layers_of_geopackage(output)
        self.removed_layers = bool(old)
        self.looks = save_looks(old)  # the user's styles and names come back on the new layers
        if old:
            QgsProject.instance().removeMapLayers([layer.id() for layer in old])
        relay = self.relay
        language = preferred_language()  # labels in the user's language when the form has it, as the import's
        self.task = CoreTask(
            tr("Downloading {form}").format(form=form.name),
            lambda feedback: run_download(
                login,
                form,
                output,
                update=update,
                attachments=attachments,
                xlsform=xlsform,
                share=share,
                preferred_language=language,
                feedback=RelayFeedback(feedback, relay),
            ),
        )
        follow_task(self, self.task, self._done, self._failed, self._cancelled)
        self.status.setText(
            (
                tr("Downloading the new submissions of {form} into {file}…")
                if update
                else tr("Downloading every submission of {form} into {file}…")
            ).format(form=form.name, file=output)
        )
        self.cancel_button.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def task_running(self) -> bool:  # Back and Next held meanwhile (CartongWizard): Cancel stops it
        return self.running()

    def cancel(self) -> None:
        if self.running():
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Cancelling…"))
            self.task.cancel()

    def cleanupPage(self):  # noqa: N802  (Back is held while downloading; a Back from code stops it first)
        if self.running():
            task = self.task
            self.cancel()
            cancel_and_wait(task)  # it writes no more: Next again cannot start a second one beside it
            self.task = None  # its end, reported afterwards, is not shown again
            self._cancelled()  # the layers taken out of the project for the download come back now
        super().cleanupPage()

    def _done(self, outcome: DownloadOutcome) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        if outcome.result is None:  # offline
            self._failed(outcome.message, last_copy=outcome.last_copy)
            return
        self.outcome = outcome
        result = outcome.result
        wizard = self.wizard()
        remember_last_copy(wizard.server_page.login.url, result.gpkg)
        self.progress.setValue(100)
        try:
            self.loaded = load_survey_layers(result.gpkg, self.looks)
        except CartongError as err:
            self.status.setText(str(err))
        else:
            self.status.setText(tr("Download finished."))
        self._message(
            trn(
                "%n new submission downloaded into {file}.",
                "%n new submissions downloaded into {file}.",
                result.new_records,
            ).format(file=result.gpkg),
            Qgis.MessageLevel.Success,
        )
        self.completeChanged.emit()
        if wizard.currentPage() is self:
            wizard.next()

    def _failed(self, message: str, last_copy: Path | None = None) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(message)
        self._restore_layers()
        if last_copy is not None and Path(last_copy).is_file():
            self.last_copy_button.setProperty("gpkg", str(last_copy))
            self.last_copy_button.show()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        output = self.wizard().output_page.output_path()
        self._failed(
            tr("Download cancelled: {file} was left as it was.").format(file=output.name)
            if output.is_file()
            else tr("Download cancelled: no GeoPackage was written.")
        )

    def _restore_layers(self) -> None:
        """After a failure the previous GeoPackage is intact: put back the layers removed before the run."""
        output = self.wizard().output_page.output_path()
        if self.removed_layers and output.is_file() and not layers_of_geopackage(output):
            try:
                self.loaded = load_survey_layers(output, self.looks)
            except CartongError:
                pass
        self.removed_layers = False

    def _open_last_copy(self) -> None:
        gpkg = self.last_copy_button.property("gpkg")
        if gpkg and not layers_of_geopackage(gpkg):
            self.loaded = load_survey_layers(gpkg)
        self.status.setText(tr("The last downloaded copy {file} is in the project.").format(file=gpkg))

    def _message(self, text: str, level) -> None:
        iface = self.wizard().iface
        bar = iface.messageBar() if iface is not None and hasattr(iface, "messageBar") else None
        if bar is not None:
            bar.pushMessage(tr("CartONG"), text, level, 8)

    def isComplete(self):  # noqa: N802
        return self.outcome is not None


# -- page 5: summary ------------------------------------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("download_summary")
        self.setTitle(tr("Summary"))
        self.setSubTitle(
            tr("The survey is in the project. Next step: check and clean it (CartONG > 2. Check and clean…).")
        )
        layout = QVBoxLayout(self)
        self.counts = plain_label("", self, "summary_counts")
        self.where = plain_label("", self, "summary_where")
        self.layers = plain_label("", self, "summary_layers")
        self.language = message_label("", self, "summary_language")
        self.folder_button = QPushButton(tr("Open the folder"), self)
        self.folder_button.setObjectName("open_folder")
        for widget in (self.counts, self.where, self.layers, self.language):
            layout.addWidget(widget)
        layout.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.folder_button.clicked.connect(self._open_folder)

    def initializePage(self):  # noqa: N802
        from ...core.servers.attachments import attachments_dir, missing_attachments_sentence

        run = self.wizard().run_page
        result = run.outcome.result
        verb = tr("Update") if result.mode == "update" else tr("Download")
        self.counts.setText(
            tr("{mode} in {seconds} s: {counts}.").format(
                mode=verb,
                seconds=f"{result.seconds:.1f}",
                counts=listed(
                    [
                        trn("%n new submission", "%n new submissions", result.new_records),
                        trn("%n submission in all", "%n submissions in all", result.total_records),
                        trn("%n page", "%n pages", result.pages),
                        trn("%n attachment", "%n attachments", result.attachments),
                    ]
                ),
            )
        )
        missing = missing_attachments_sentence(result.missing_attachments)
        if missing:  # the files the next update will fetch: said here too, not only in the log
            self.counts.setText(self.counts.text() + "\n" + missing)
        sharing = sharing_summary(run.outcome.shared, run.outcome.share_error)
        if sharing:
            self.counts.setText(self.counts.text() + " " + sharing)
        where = tr("GeoPackage: {file}").format(file=result.gpkg)
        if result.attachments:
            where += "\n" + tr("Attachments: {folder}").format(folder=attachments_dir(result.gpkg))
        self.where.setText(where)
        if run.loaded:
            self.layers.setText(tr("Layers in the project: {layers}.").format(layers=", ".join(run.loaded)))
        else:
            self.layers.clear()
        # which language the labels are in, and the labels missing in it (a column may mix two languages)
        language = [tr("Labels: {language}.").format(language=result.language)] if result.language else []
        self.language.setText("\n".join(language + result.language_warnings))

    def _open_folder(self) -> None:
        result = self.wizard().run_page.outcome.result
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(result.gpkg).parent)))
