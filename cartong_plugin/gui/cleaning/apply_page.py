# SPDX-License-Identifier: GPL-3.0-or-later
"""The cleaning wizard's last page: the reviewed log saved, then applied by ``cartong:applycleaninglog``.

The cleaned copy replaces ``survey_cleaned`` in the survey's GeoPackage only when complete; the
raw tables are never written.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout

from ...core.base.errors import CartongError
from ...core.base.gdal_errors import gdal_exceptions
from ...core.base.i18n import listed, tr, trn
from ..tasks import CoreTask, follow_task
from ..wizard_common import PROBLEM_STYLE, WizardPage, plain_label
from .survey_layers import CLEANED_LAYER, survey_geopackage

# -- page 5 ------------------------------------------------------------------------------------


def build_cleaned_layer(source: str, gpkg: str, feedback) -> dict:
    """Run cartong:applycleaninglog on ``source`` with the log of ``gpkg``; store its output as
    CLEANED_LAYER in ``gpkg`` only when complete (a cancelled or failed run leaves the old one)."""
    from osgeo import gdal
    from qgis.core import QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingException

    from ...processing.apply_log import ApplyCleaningLogAlgorithm

    algorithm = ApplyCleaningLogAlgorithm()
    algorithm.initAlgorithm({})
    said = _Warnings(feedback)  # what the algorithm warns about is shown on the page, not only in a log
    with tempfile.TemporaryDirectory(prefix="cartong_clean_") as folder:
        output = str(Path(folder) / "cleaned.gpkg")
        try:
            results, ok = QgsProcessingAlgorithm.run(
                algorithm, {"INPUT": source, "OUTPUT": output}, QgsProcessingContext(), said, {}, False
            )
        except QgsProcessingException as err:
            raise CartongError(str(err)) from err
        if not ok or feedback.isCanceled():
            raise CartongError(tr("Cancelled."))
        with gdal_exceptions():  # the cleaned layer alone: the survey's GeoPackage has its own repeat tables
            copied = gdal.VectorTranslate(
                gpkg,
                output,
                format="GPKG",
                accessMode="overwrite",
                layerName=CLEANED_LAYER,
                layers=["cleaned"],
                options=["-preserve_fid"],
            )
        if copied is None:
            raise CartongError(tr("The cleaned layer could not be written into {file}.").format(file=gpkg))
        copied = None
        from ...core.cleaning.cleaned_repeats import left_out_counts, left_out_sentence

        text, _warning = left_out_sentence(left_out_counts(output, gpkg), False, CLEANED_LAYER)
        if text:  # the survey's repeat tables still hold the rows of the submissions removed
            said.pushWarning(text)
    results["OUTPUT"] = f"{gpkg}|layername={CLEANED_LAYER}"
    results["WARNINGS"] = list(said.warnings)
    return results


class _Warnings(QgsProcessingFeedback):
    """A feedback that keeps the warnings and passes progress and cancel on to the task's own."""

    def __init__(self, outer):
        super().__init__()
        self.outer, self.warnings = outer, []
        self.progressChanged.connect(outer.setProgress, Qt.ConnectionType.DirectConnection)
        outer.canceled.connect(self.cancel, Qt.ConnectionType.DirectConnection)
        if outer.isCanceled():
            self.cancel()

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        self.outer.pushWarning(warning)


def plan_text(counts: dict[str, int]) -> str:
    """What building the cleaned layer will do with the decisions of the log (``counts`` per change_type)."""
    pending, total = counts.get("pending", 0), sum(counts.values())
    if total == 0:
        return tr("The cleaning log is empty: the cleaned layer will be a copy of the survey.")
    if pending == total:
        return trn(
            "The %n decision of the log is still pending: the cleaned layer would be identical to the raw "
            "data, yet maps would pick it as cleaned. Decide the rows first (Back).",
            "All %n decisions of the log are still pending: the cleaned layer would be identical to the "
            "raw data, yet maps would pick it as cleaned. Decide the rows first (Back).",
            total,
        )
    text = (
        listed(
            [
                trn(
                    "%n value will be changed",
                    "%n values will be changed",
                    counts.get("change_response", 0) + counts.get("blank_response", 0),
                ),
                trn("%n submission will be removed", "%n submissions will be removed", counts.get("remove_survey", 0)),
                trn("%n row is kept as it is", "%n rows are kept as they are", counts.get("no_action", 0)),
            ]
        )
        + "."
    )
    if pending:
        text += " " + trn(
            "%n decision is still pending: it changes nothing.",
            "%n decisions are still pending: they change nothing.",
            pending,
        )
    return text


class ApplyPage(WizardPage):
    def __init__(self, parent=None):
        super().__init__(
            "clean_apply",
            tr("Apply the cleaning log"),
            tr(
                "The reviewed log is saved; applying it writes the cleaned copy, the layer "
                "'survey_cleaned' of the same GeoPackage. The raw data stays as it was."
            ),
            parent,
        )
        layout = QVBoxLayout(self)
        self.plan = plain_label("", self, "apply_plan")  # said before anything is built
        self.build_button = QPushButton(tr("Build the cleaned layer"), self)
        self.build_button.setObjectName("build_cleaned")
        self.build_button.clicked.connect(self.build)
        row = QHBoxLayout()
        row.addWidget(self.build_button)
        row.addStretch(1)
        self.status = plain_label("", self, "apply_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("apply_progress")
        self.counts = plain_label("", self, "apply_counts")
        self.advice = plain_label("", self, "apply_advice")
        layout.addWidget(self.plan)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        self.task = None
        self.results: dict | None = None
        self.cleaned_layer = None

    def initializePage(self):  # noqa: N802
        """Save the log and say what building will do; nothing is built until the user asks."""
        review = self.wizard().review_page.view
        self.results = None
        for label in (self.counts, self.advice, self.status, self.plan):
            label.clear()
        self.progress.setValue(0)
        self.build_button.setEnabled(False)
        if not review.save():
            self.status.setText(tr("The cleaning log could not be saved; nothing was applied."))
            return
        counts = review.model.counts()
        all_pending = bool(counts) and counts.get("pending", 0) == sum(counts.values()) > 0
        self.plan.setText(plan_text(counts))
        self.plan.setStyleSheet(PROBLEM_STYLE if all_pending else "")
        self.build_button.setText(tr("Build it anyway") if all_pending else tr("Build the cleaned layer"))
        self.build_button.setEnabled(True)

    def build(self) -> bool:
        """Apply the saved log in a CoreTask; the cleaned layer is replaced only when complete."""
        if self.task is not None and self.task.is_running():
            return False
        layer = self.wizard().review_page.view.layer
        gpkg = survey_geopackage(layer)
        source = layer.source()
        self.results = None
        self.counts.clear()
        self.advice.clear()
        self.task = CoreTask(
            tr("Applying the cleaning log to {layer}").format(layer=layer.name()),
            lambda feedback: build_cleaned_layer(source, gpkg, feedback),
        )
        follow_task(
            self,
            self.task,
            self._done,
            self._failed,
            lambda: self._failed(tr("Cancelled: the cleaned layer was not changed.")),
        )
        self.status.setText(tr("Building the cleaned layer…"))
        self.build_button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()
        return True

    def cleanupPage(self):  # noqa: N802
        if self.task_running():
            self.task.cancel()
        super().cleanupPage()

    def task_running(self) -> bool:  # Back and Finish held while the cleaned layer is built (CartongWizard)
        return self.task is not None and self.task.is_running()

    def _done(self, results: dict) -> None:
        self.results = results
        self.progress.setValue(100)
        self.status.setText(
            tr("The cleaned layer 'survey_cleaned' is in {file} and in the project.").format(
                file=results["OUTPUT"].split("|")[0]
            )
        )
        self.counts.setText(
            listed(
                [
                    trn("%n value changed", "%n values changed", results["CHANGED_VALUES"]),
                    trn("%n submission removed", "%n submissions removed", results["REMOVED_SUBMISSIONS"]),
                    trn("%n log row still pending", "%n log rows still pending", results["PENDING"]),
                    trn("%n kept as it is", "%n kept as they are", results["NO_ACTION"]),
                ]
            )
            + "."
        )
        advice = list(results.get("WARNINGS", []))  # rows skipped, old values, choice columns
        if results["PENDING"]:
            advice.append(
                tr(
                    "Pending rows change nothing. Decide them (Back), or send the exported log to "
                    "the field team, then apply again: the cleaned layer is rebuilt from the "
                    "imported data each time."
                )
            )
        self.advice.setText("\n".join(advice))
        self.cleaned_layer = add_cleaned_layer(results["OUTPUT"])
        # The plan said what building *would* do, and the button invited a second build of the same log:
        # both now stale. Back to the review (new decisions, the field team's log) offers them again.
        self.plan.clear()
        self.plan.setStyleSheet("")
        self.build_button.setEnabled(False)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.build_button.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self):  # noqa: N802
        return self.results is not None


def add_cleaned_layer(uri: str):
    """Add the cleaned layer to the project, or reload it when it is already there."""
    project = QgsProject.instance()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.source() == uri:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
            return layer
    layer = QgsVectorLayer(uri, tr("survey (cleaned)"), "ogr")
    if layer.isValid():
        project.addMapLayer(layer)
        return layer
    return None
