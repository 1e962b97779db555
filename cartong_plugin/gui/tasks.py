# SPDX-License-Identifier: GPL-3.0-or-later
"""A QgsTask that runs one core callable off the GUI thread and hands its result back.

``CoreTask(description, work)`` calls ``work(feedback)`` in the task thread; ``feedback`` is a
QgsProcessingFeedback whose progress drives the task's progress and which is cancelled with the
task, so core functions and Processing algorithms that take a feedback work unchanged. When the
task ends, ``done(result)``, ``failed(message)`` or ``cancelled()`` is emitted on the main thread.

``layer_for_task(layer)`` / ``open_in_task(spec)`` hand a project layer to a task (which must open
its own copy); ``cancel_and_wait(task)`` stops a task before its page is left or its wizard closed
(nothing keeps writing behind a page no longer shown); ``follow_task(page, ...)`` wires a task to a
wizard page's progress bar and slots; ``ReadingPage`` is what a wizard page reading in a task (a
preview, the personal data found) shares.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsMessageLog,
    QgsProcessingFeedback,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QProgressBar

from ..core.base.errors import CartongError
from ..core.base.i18n import tr

LOG_TAG = "CartONG"
# Python keeps a QgsTask subclass alive only while it is referenced; the task manager's C++ ownership
# is not enough (run() and finished() would be lost). Tasks stay here until they finish.
_ALIVE: set = set()
_ACTIVE = (QgsTask.TaskStatus.Queued, QgsTask.TaskStatus.OnHold, QgsTask.TaskStatus.Running)
# Leaving a page or closing a wizard waits this long at most for its cancelled task to end: the work
# checks for cancellation often (a request blocked on a silent server ends within a second too).
CANCEL_WAIT_MS = 5000


class CoreTask(QgsTask):
    """Run ``work(feedback)`` in the background; see the module docstring."""

    done = pyqtSignal(object)
    failed = pyqtSignal(str)
    cancelled = pyqtSignal()

    def __init__(self, description: str, work, flags=QgsTask.Flag.CanCancel):
        super().__init__(description, flags)
        self.work = work
        self.result = None
        self.error = ""
        self._feedback = None
        _ALIVE.add(self)

    def run(self):
        # The feedback lives in the task thread; progress is forwarded directly (setProgress is thread-safe).
        self._feedback = QgsProcessingFeedback()
        self._feedback.progressChanged.connect(self.setProgress, Qt.ConnectionType.DirectConnection)
        if self.isCanceled():
            return False
        try:
            self.result = self.work(self._feedback)
        except CartongError as err:
            self.error = str(err)
        except Exception as err:  # noqa: BLE001  (shown to the user; details in the log)
            self.error = tr("Unexpected error: {error}. Details are in the message log.").format(error=err)
            QgsMessageLog.logMessage(repr(err), LOG_TAG, Qgis.MessageLevel.Critical)
        finally:
            self._feedback = None
        return not self.error and not self.isCanceled()

    def cancel(self):
        feedback = self._feedback
        if feedback is not None:
            feedback.cancel()
        super().cancel()

    def finished(self, result):  # noqa: A003  (QgsTask's hook, called on the main thread)
        _ALIVE.discard(self)
        if result:
            self.done.emit(self.result)
        elif self.isCanceled():
            self.cancelled.emit()
        else:
            self.failed.emit(self.error or tr("The task failed."))

    def is_running(self) -> bool:
        """Queued, on hold or running (False once the task manager has deleted the finished task)."""
        return not sip.isdeleted(self) and self.status() in _ACTIVE


def cancel_and_wait(task: CoreTask | None, timeout_ms: int = CANCEL_WAIT_MS) -> None:
    """Cancel ``task`` (None, ended or deleted: nothing to do) and wait until it has stopped.

    Its end is still reported on the main thread afterwards; a page that no longer wants it ignores it.
    """
    if task is None or not task.is_running():
        return
    task.cancel()
    if not sip.isdeleted(task):
        task.waitForFinished(timeout_ms)


def layer_for_task(layer) -> tuple | None:
    """What a task needs to open its own copy of ``layer`` (None for no layer).

    A project layer belongs to the GUI thread; reading it from a task is not safe. File layers
    are reopened from their source (with their filter and CRS); memory layers are copied here.
    """
    if layer is None:
        return None
    if layer.providerType() == "memory":
        copy = layer.materialize(QgsFeatureRequest())
        copy.setName(layer.name())
        return ("copy", copy)
    return ("source", layer.source(), layer.name(), layer.providerType(), layer.subsetString(), layer.crs())


def open_in_task(spec):
    """The layer described by :func:`layer_for_task`, opened in the calling (task) thread."""
    if spec is None:
        return None
    if spec[0] == "copy":
        return spec[1]
    _kind, source, name, provider, subset, crs = spec
    layer = QgsVectorLayer(source, name, provider)
    if subset:
        layer.setSubsetString(subset)
    if not layer.isValid():
        raise CartongError(
            tr("The layer {layer} could not be reopened from {source}.").format(layer=name, source=source)
        )
    layer.setCrs(crs)
    return layer


def follow_task(page, task: CoreTask, done, failed, cancelled) -> None:
    """Show the task's progress on ``page.progress`` and call back when it ends, unless the page
    has started another task meanwhile (Back then Next: the old run's end must not show)."""

    def current(callback):
        return lambda *args: callback(*args) if page.task is task else None

    task.progressChanged.connect(current(lambda value: page.progress.setValue(int(value))))
    task.done.connect(current(done))
    task.failed.connect(current(failed))
    task.cancelled.connect(current(cancelled))


class ReadingPage:
    """Mixed into a wizard page (before it) that reads in a CoreTask, Next disabled meanwhile.

    ``add_busy_widgets`` makes ``self.status`` and ``self.progress`` (shown only while reading);
    ``start_reading`` runs ``work(feedback)``; its result goes to the page's ``_done(result)``, a
    failure's sentence to ``self.problem``. A new read (Back then Next) replaces the old one, whose
    result is then ignored. A page whose work stops soon after its feedback is cancelled sets
    ``STOPS_WHEN_CANCELLED``: Back, Cancel and closing then cancel the read and wait for it.
    """

    task = None
    STOPS_WHEN_CANCELLED = False

    def add_busy_widgets(self, layout, name: str) -> None:
        """The status line ``<name>_status`` and the busy bar ``<name>_busy`` added to ``layout``."""
        from .wizard_common import plain_label

        self.status = plain_label("", self, f"{name}_status")
        self.progress = QProgressBar(self)  # busy indicator (range 0..0): reading gives no progress
        self.progress.setObjectName(f"{name}_busy")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        self._show_busy(False)

    def start_reading(self, description: str, work) -> None:
        self.stop()
        self.status.setText(tr("Reading the file…"))
        self._show_busy(True)
        self.task = CoreTask(description, work)
        follow_task(self, self.task, self._done, self._failed, self._cancelled)
        QgsApplication.taskManager().addTask(self.task)
        self.completeChanged.emit()

    def cleanupPage(self):  # noqa: N802  (Back, Cancel or a restart: QWizard cleans up; the read is unwanted)
        self.stop()
        super().cleanupPage()

    def stop(self) -> None:
        """Forget the running read (its result will be ignored) and cancel it: one that checks its
        feedback is waited for (``STOPS_WHEN_CANCELLED``), the others are left to end unseen."""
        task, self.task = self.task, None
        if task is not None and self.STOPS_WHEN_CANCELLED:
            cancel_and_wait(task)
        elif task is not None and task.is_running():
            task.cancel()
        self._show_busy(False)

    def is_reading(self) -> bool:
        return self.task is not None

    def _show_busy(self, busy: bool) -> None:
        self.status.setVisible(busy)
        self.progress.setVisible(busy)

    def _read(self) -> None:
        """The read has ended: no longer busy."""
        self.task = None
        self._show_busy(False)

    def _failed(self, message: str) -> None:
        self._read()
        self.problem.setText(message)  # the CartongError's text, shown as plain text
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self._failed(tr("Reading the file was cancelled. Click Back, then Next to read it again."))
