# SPDX-License-Identifier: GPL-3.0-or-later
"""The personal-data detection of the sharing wizard stops within a second when the user goes Back or
closes the wizard, on a survey of 100,000 submissions (the detection checks the task's cancel as it
reads the rows and between columns); cartong:detectpersonaldata stops on Cancel the same way."""

from __future__ import annotations

import shutil
import threading
import time

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QWizard

from cartong_plugin.gui.protection.wizard import ProtectionWizard
from tests.test_protection_wizard import _wait, imported, key  # noqa: F401 (fixtures)

ROWS = 100_000
STOPPED_WITHIN = 1.0  # seconds between the click and the task's end


@pytest.fixture(scope="module")
def large_survey(imported, tmp_path_factory):  # noqa: F811
    """The imported sample, its submissions repeated up to 100,000 rows (names, phones, GPS in each)."""
    gpkg = tmp_path_factory.mktemp("large") / "survey.gpkg"
    shutil.copy(imported, gpkg)
    dataset = ogr.Open(str(gpkg), 1)
    table = dataset.GetLayerByName("survey")
    definition = table.GetLayerDefn()
    names = ", ".join(f'"{definition.GetFieldDefn(i).GetName()}"' for i in range(definition.GetFieldCount()))
    geometry = table.GetGeometryColumn()
    while table.GetFeatureCount() < ROWS:  # doubles each time, with GDAL's SQL functions for the R-tree
        missing = ROWS - table.GetFeatureCount()
        dataset.ExecuteSQL(
            f'INSERT INTO survey ({names}, "{geometry}") SELECT {names}, "{geometry}" FROM survey LIMIT {missing}'
        )
    assert table.GetFeatureCount() == ROWS
    dataset = None
    return gpkg


@pytest.fixture()
def wizard(qgis_iface, qgis_new_project, large_survey, sample_dir, key):  # noqa: F811
    layer = QgsVectorLayer(f"{large_survey}|layername=survey", "survey", "ogr")
    QgsProject.instance().addMapLayer(layer)
    wizard = ProtectionWizard(qgis_iface, None)
    wizard.source_page.layer.setLayer(layer)
    wizard.source_page.form.setFilePath(str(sample_dir / "household_survey_form.xlsx"))
    wizard.show()
    yield wizard
    wizard.reject()
    _wait(lambda: not QgsApplication.taskManager().countActiveTasks())
    wizard.deleteLater()
    QgsProject.instance().removeMapLayer(layer.id())
    QgsApplication.processEvents()


def _detecting(wizard):
    """Next to the findings page; returns once the detection has been reading for a while."""
    wizard.next()
    page = wizard.findings_page
    task = page.task
    _wait(lambda: task.status() == task.TaskStatus.Running)
    for _ in range(30):  # reading the 100,000 rows takes seconds: well inside it
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert task.is_running() and not page.isComplete()
    return page, task


def test_back_during_the_detection_cancels_it_within_a_second(wizard):
    page, task = _detecting(wizard)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isEnabled()  # Back is the way out of a long detection
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    started = time.monotonic()
    back.click()
    stopped = time.monotonic() - started
    assert wizard.currentPage() is wizard.source_page
    assert not task.is_running() and stopped < STOPPED_WITHIN, stopped
    assert task.isCanceled() and task.result is None  # stopped midway: nothing was found, nothing shown
    for _ in range(10):
        QgsApplication.processEvents()
    assert page.table.rowCount() == 0 and not page.detected


def test_closing_the_wizard_during_the_detection_cancels_it_within_a_second(wizard):
    _page, task = _detecting(wizard)
    started = time.monotonic()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    stopped = time.monotonic() - started
    assert not wizard.isVisible()
    assert not task.is_running() and stopped < STOPPED_WITHIN, stopped
    assert task.result is None


def test_detect_personal_data_algorithm_stops_on_cancel(large_survey, qgis_processing, cartong_provider, tmp_path):
    import processing

    feedback = QgsProcessingFeedback()
    timer = threading.Timer(0.3, feedback.cancel)  # the Cancel button of the algorithm's dialog
    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(QgsProcessingException, match="Cancelled"):
            processing.run(
                "cartong:detectpersonaldata",
                {"INPUT": f"{large_survey}|layername=survey", "OUTPUT": str(tmp_path / "found.csv")},
                feedback=feedback,
            )
    finally:
        timer.cancel()
    assert time.monotonic() - started < 0.3 + STOPPED_WITHIN
