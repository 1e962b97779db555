# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Prepare for the field" wizard: preselects the survey the user works on, packages it in a task."""

from __future__ import annotations

import time
import zipfile

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from cartong_plugin.gui.field.wizard import FieldWizard, project_survey_geopackages
from tests.field_data import SAMPLE_ADMIN, import_sample


def _wait(condition, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        QgsApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture(scope="module")
def survey_gpkg(tmp_path_factory):
    return import_sample(tmp_path_factory.mktemp("survey") / "household.gpkg")


@pytest.fixture()
def wizard(qgis_iface, qgis_new_project, survey_gpkg):
    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer(str(SAMPLE_ADMIN) + "|layername=admin2", "Countries", "ogr"))
    project.addMapLayer(QgsVectorLayer(f"{survey_gpkg}|layername=survey", "Survey", "ogr"))
    wizard = FieldWizard(qgis_iface, None)
    wizard.show()
    yield wizard
    wizard.reject()
    wizard.deleteLater()
    project.clear()


def test_wizard_preselects_the_survey_geopackage_of_the_project(wizard, survey_gpkg):
    assert project_survey_geopackages() == [str(survey_gpkg)]
    assert wizard.content_page.survey_paths() == [str(survey_gpkg)]
    assert wizard.content_page.isComplete()


def test_wizard_packages_the_survey_into_a_zip_that_opens_offline(wizard, survey_gpkg, tmp_path):
    wizard.content_page.boundaries.setFilePath(str(SAMPLE_ADMIN))
    wizard.next()
    assert wizard.currentPage() is wizard.basemap_page
    assert wizard.basemap_page.source.currentData() == ""  # no tile layer in the project: vector background
    wizard.next()
    wizard.output_page.folder.setFilePath(str(tmp_path / "out"))
    wizard.output_page.name.setText("kaga_bandoro")
    assert wizard.output_page.isComplete()
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page or wizard.run_page.error)
    assert wizard.run_page.error == ""
    report = wizard.run_page.report
    assert report.zip == tmp_path / "out" / "kaga_bandoro.zip"
    with zipfile.ZipFile(report.zip) as archive:
        names = archive.namelist()
    assert any(name.endswith("household.gpkg") for name in names)
    assert any(name.endswith(".qgz") for name in names) and any(name.endswith("manifest.json") for name in names)
    assert str(report.zip) in wizard.summary_page.summary.text()
    assert "countries and admin boundaries" in wizard.summary_page.summary.text()


def test_wizard_refuses_a_folder_that_is_not_empty_and_says_so(wizard, tmp_path):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "report.docx").write_bytes(b"x")
    wizard.next()
    wizard.next()
    wizard.output_page.folder.setFilePath(str(busy))
    wizard.next()
    _wait(lambda: wizard.run_page.error)
    assert wizard.currentPage() is wizard.run_page and not wizard.run_page.isComplete()
    assert str(busy) in wizard.run_page.message.text() or "empty" in wizard.run_page.message.text()
    assert sorted(p.name for p in busy.iterdir()) == ["report.docx"]
