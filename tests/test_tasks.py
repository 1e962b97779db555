# SPDX-License-Identifier: GPL-3.0-or-later
"""CoreTask: a core callable in the QGIS task manager, its outcome handed back on the main thread."""

from __future__ import annotations

import threading
import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QThread

from cartong_plugin.core.base.errors import CartongError
from cartong_plugin.gui.tasks import CoreTask


def _start(task):
    outcome = []
    task.done.connect(lambda result: outcome.append(("done", result, QThread.currentThread())))
    task.failed.connect(lambda message: outcome.append(("failed", message, QThread.currentThread())))
    task.cancelled.connect(lambda: outcome.append(("cancelled", None, QThread.currentThread())))
    QgsApplication.taskManager().addTask(task)
    return outcome


def _wait(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def test_result_comes_back_on_the_main_thread(qgis_app):
    worker = []

    def work(feedback):
        worker.append(QThread.currentThread())
        feedback.setProgress(40)
        return {"rows": 3}

    task = CoreTask("test", work)
    outcome = _start(task)
    _wait(lambda: outcome)
    kind, result, thread = outcome[0]
    assert (kind, result) == ("done", {"rows": 3})
    assert thread is QCoreApplication.instance().thread() and worker[0] is not thread


def test_progress_of_the_feedback_is_the_task_progress(qgis_app):
    seen = []
    release = threading.Event()

    def work(feedback):
        feedback.setProgress(40)
        release.wait(10)
        return None

    task = CoreTask("test", work)
    task.progressChanged.connect(seen.append)
    outcome = _start(task)
    _wait(lambda: 40 in seen)
    release.set()
    _wait(lambda: outcome)
    assert outcome[0][0] == "done"


def test_cartong_error_is_reported_as_its_message(qgis_app):
    def work(feedback):
        raise CartongError("Row 3 of log.csv: bad uuid")

    outcome = _start(CoreTask("test", work))
    _wait(lambda: outcome)
    assert outcome[0][:2] == ("failed", "Row 3 of log.csv: bad uuid")


def test_cancel_reaches_the_running_work_through_its_feedback(qgis_app):
    started, stopped = threading.Event(), []

    def work(feedback):
        started.set()
        deadline = time.monotonic() + 10
        while not feedback.isCanceled() and time.monotonic() < deadline:
            time.sleep(0.01)
        stopped.append(feedback.isCanceled())
        return "finished anyway"

    task = CoreTask("test", work)
    outcome = _start(task)
    assert started.wait(10)
    task.cancel()
    _wait(lambda: outcome)
    assert outcome[0][0] == "cancelled" and stopped == [True]


def test_file_layer_is_reopened_in_the_task_with_its_filter(qgis_app, sample_copy):
    from qgis.core import QgsVectorLayer

    from cartong_plugin.gui.tasks import layer_for_task, open_in_task

    sample_dir = sample_copy  # QGIS may touch a GeoPackage's header when it filters a layer
    layer = QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "admin2", "ogr")
    layer.setSubsetString("adm1_pcode = 'CF11'")
    spec = layer_for_task(layer)

    def reopen(_feedback):
        copy = open_in_task(spec)
        return copy.name(), sum(1 for _ in copy.getFeatures()), copy.crs().authid()

    task = CoreTask("reopen", reopen)
    outcome = _start(task)
    _wait(lambda: outcome)
    assert outcome[0][0] == "done"
    # counted by reading: with a filter, featureCount() may still be -1 (not counted yet)
    filtered = sum(1 for _ in layer.getFeatures())
    assert outcome[0][1] == ("admin2", filtered, "EPSG:4326")
    assert (
        0
        < filtered
        < QgsVectorLayer(f"{sample_dir / 'admin_boundaries.gpkg'}|layername=admin2", "all", "ogr").featureCount()
    )


def test_memory_layer_is_copied_for_the_task(qgis_app):
    from qgis.core import QgsFeature, QgsVectorLayer

    from cartong_plugin.gui.tasks import layer_for_task, open_in_task

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "points", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["a"])
    layer.dataProvider().addFeatures([feature])
    copy = open_in_task(layer_for_task(layer))
    assert copy is not layer and copy.name() == "points" and [f["name"] for f in copy.getFeatures()] == ["a"]
    assert layer_for_task(None) is None and open_in_task(None) is None


def test_vanished_layer_source_is_a_clear_error(qgis_app, tmp_path):
    import pytest
    from qgis.core import QgsVectorLayer

    from cartong_plugin.gui.tasks import layer_for_task, open_in_task

    gpkg = tmp_path / "gone.gpkg"
    layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    with pytest.raises(CartongError, match="could not be reopened"):
        open_in_task(layer_for_task(layer))
