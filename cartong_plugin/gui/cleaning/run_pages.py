# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard's middle pages: the checks run in a CoreTask, then the log to review.

The run keeps the decisions of the log already in the GeoPackage (``merge_logs``); nothing is
written until the reviewer saves the log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsApplication, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.base.errors import CartongError
from ...core.base.i18n import tr, trn
from ...core.cleaning.checks import ChecksConfig
from ..tasks import CoreTask, follow_task, open_in_task
from ..wizard_common import WizardPage, plain_label
from .log_model import family_of
from .log_view import CleaningLogView
from .log_words import check_titles
from .survey_layers import survey_geopackage


@dataclass
class ChecksRun:
    """What the run page hands to the review page."""

    entries: list
    frame: object  # the survey as a DataFrame, to validate imported logs against
    counts: dict = field(default_factory=dict)  # check family -> rows raised by this run
    kept_decisions: int = 0  # rows whose decision came from the log already in the GeoPackage


# -- page 3 ------------------------------------------------------------------------------------


def run_checks_on_layer(
    source: str,
    provider: str,
    name: str,
    form_path: str,
    config: ChecksConfig,
    gpkg: str,
    feedback,
    admin: tuple | None = None,
) -> ChecksRun:
    """Read the layer, run the checks and keep the decisions of the log already in ``gpkg``.

    Runs in the task thread: the layer is opened again from its source there (QGIS layers belong
    to the main thread), and so is the ``admin`` layer ((layer_for_task spec, P-code, name, parent
    P-code fields), or None): its areas and names go into the config. Nothing is written.
    """
    import dataclasses

    from ...core.base.layer_filters import refuse_filtered
    from ...core.cleaning import log as cleaning_log
    from ...core.cleaning import log_files
    from ...core.cleaning.checks import run_checks
    from ...core.cleaning.checks.layers import areas_from_layer, gazetteer_from_layer, layer_to_frame
    from ...core.survey.xlsform import read_xlsform

    if admin is not None:
        spec, code, label, parent = admin
        admin_layer = open_in_task(spec)
        config = dataclasses.replace(
            config,
            admin_areas=areas_from_layer(admin_layer, code, label),
            gazetteer=gazetteer_from_layer(admin_layer, code, label, parent),
        )
    form = read_xlsform(form_path) if form_path else None
    layer = QgsVectorLayer(source, name, provider)
    if not layer.isValid():
        raise CartongError(tr("The layer {layer} cannot be read from {source}.").format(layer=name, source=source))
    refuse_filtered(layer, for_checks=True)  # its source keeps the project layer's filter: as cartong:runchecks
    frame = layer_to_frame(layer, feedback)
    if config.uuid_column not in frame.columns:
        raise CartongError(
            tr(
                "The layer {layer} has no field {field}: it is needed to name each submission in the cleaning log."
            ).format(layer=name, field=config.uuid_column)
        )

    def progress(fraction, check):
        if feedback.isCanceled():
            raise CartongError(tr("Cancelled."))
        feedback.setProgress(20 + 75 * fraction)
        feedback.pushInfo(tr("Check: {check}").format(check=check_titles().get(check, check)))

    fresh = run_checks(frame, form, config, progress=progress)
    counts = {name: 0 for name in config.enabled}
    for entry in fresh:
        counts[family_of(entry)] = counts.get(family_of(entry), 0) + 1
    previous = log_files.read_log_from_gpkg(gpkg) if Path(gpkg).exists() else []
    merged = cleaning_log.merge_logs(previous, fresh)
    kept = sum(1 for a, b in zip(merged, fresh) if a is not b)
    feedback.setProgress(100)
    return ChecksRun(merged, frame, counts, kept)


class RunPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__(
            "clean_run",
            tr("Run the checks"),
            tr("QGIS stays usable while the checks run. Nothing is written until you save the log on the next page."),
            parent,
        )
        layout = QVBoxLayout(self)
        self.status = plain_label("", self, "run_status")  # errors quote survey values
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("run_progress")
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("run_cancel")
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.summary = QTableWidget(0, 2, self)
        self.summary.setObjectName("run_summary")
        self.summary.setHorizontalHeaderLabels([tr("Check"), tr("Rows in the log")])
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.summary.verticalHeader().setVisible(False)
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setMaximumWidth(560)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)
        self.task = None
        self.result: ChecksRun | None = None

    def initializePage(self):  # noqa: N802
        wizard = self.wizard()
        layer = wizard.layer_page.survey.currentLayer()
        self.result = None
        self.summary.setRowCount(0)
        self.progress.setValue(0)
        try:
            admin = wizard.admin_layer()
        except CartongError as err:
            self._failed(str(err))
            return
        args = (
            layer.source(),
            layer.providerType(),
            layer.name(),
            wizard.layer_page.form.filePath(),
            wizard.checks_page.config(),
            survey_geopackage(layer),
        )
        self.task = CoreTask(
            tr("Checking {layer}").format(layer=layer.name()),
            lambda feedback: run_checks_on_layer(*args, feedback, admin=admin),
        )
        follow_task(self, self.task, self._done, self._failed, self._cancelled)
        self.status.setText(trn("Checking %n submission…", "Checking %n submissions…", layer.featureCount()))
        self.cancel_button.setEnabled(True)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802  (Back: stop a run that is no longer wanted)
        self.cancel()
        super().cleanupPage()

    def cancel(self) -> None:
        if self.task is not None and self.task.is_running():
            self.task.cancel()

    def running(self) -> bool:
        return self.task is not None and self.task.is_running()

    def task_running(self) -> bool:  # Back and Next held meanwhile (CartongWizard)
        return self.running()

    def _done(self, result: ChecksRun) -> None:
        self.result = result
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100)
        titles = check_titles()
        self.summary.setRowCount(len(result.counts))
        for row, (name, count) in enumerate(result.counts.items()):
            self.summary.setItem(row, 0, QTableWidgetItem(titles.get(name, name)))
            item = QTableWidgetItem(str(count))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary.setItem(row, 1, item)
        text = tr("{rows} rows for {submissions} submissions.").format(
            rows=len(result.entries), submissions=len({e.uuid for e in result.entries})
        )
        if result.kept_decisions:
            text += " " + trn(
                "%n decision of the saved log is kept.",
                "%n decisions of the saved log are kept.",
                result.kept_decisions,
            )
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(message)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._failed(tr("Checks cancelled: no cleaning log was written. Click Back, then Next to run them again."))

    def isComplete(self):  # noqa: N802
        return self.result is not None


# -- page 4 ------------------------------------------------------------------------------------


class ReviewPage(WizardPage):
    """The cleaning log of the run in a CleaningLogView (edits, export/import, save, zoom)."""

    def __init__(self, iface=None, parent=None):
        super().__init__(
            "clean_log",
            tr("Review the cleaning log"),
            tr(
                "Decide each row: change the value (type the new value), remove the submission, "
                "keep it as it is, or leave it to decide. Double-click a row to see the submission on "
                "the map. Field teams can edit an exported copy; import it back when they are "
                "done."
            ),
            parent,
        )
        self.view = CleaningLogView(iface, self)
        QVBoxLayout(self).addWidget(self.view)
        self._loaded = None  # the ChecksRun shown

    def initializePage(self):  # noqa: N802
        run = self.wizard().run_page.result
        if run is self._loaded:  # back from the apply page: keep the rows as reviewed (or imported)
            return
        self._loaded = run
        self.view.set_log(run.entries, run.frame, self.wizard().layer_page.survey.currentLayer())
