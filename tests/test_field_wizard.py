# SPDX-License-Identifier: GPL-3.0-or-later
"""The "Prepare for the field" wizard: preselects the survey the user works on, packages it in a task."""

from __future__ import annotations

import time
import zipfile

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QLabel

from cartong_plugin.gui.field.wizard import FieldWizard, project_survey_geopackages
from tests.field_data import SAMPLE_ADMIN, damage_table, import_sample, ogr_rows


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


def test_the_time_zone_chosen_for_the_field_laptops_is_recorded_in_the_package(wizard, tmp_path):
    """Attack 9 finding 2: the package recorded this computer's zone, the laptops' may differ."""
    import json

    from cartong_plugin.core.field.field_times import machine_time_zone

    zone = wizard.content_page.time_zone
    assert zone.currentText() == machine_time_zone()["name"]  # this computer's, as before
    assert zone.findText("Africa/Bangui") >= 0
    zone.setCurrentText("Africa/Bangui")
    wizard.next()
    wizard.next()
    wizard.output_page.folder.setFilePath(str(tmp_path / "out"))
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page or wizard.run_page.error)
    assert wizard.run_page.error == ""
    manifest = json.loads(wizard.run_page.report.manifest.read_text(encoding="utf-8"))
    assert manifest["time_zone"] == {"name": "Africa/Bangui", "utc_offset": "+01:00"}


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


def test_a_damaged_survey_is_named_and_no_package_is_left(qgis_iface, qgis_new_project, survey_gpkg, tmp_path):
    """SQLite's words were about the hidden copy (".field_package.<pid>-….part/data/damaged.gpkg", attack8-ltr D)."""
    damaged = damage_table(survey_gpkg, "survey", tmp_path / "damaged.gpkg")
    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer(f"{damaged}|layername=survey", "Survey", "ogr"))
    wizard = FieldWizard(qgis_iface, None)
    wizard.show()
    try:
        assert wizard.content_page.survey_paths() == [str(damaged)]
        wizard.next()
        wizard.next()
        wizard.output_page.folder.setFilePath(str(tmp_path / "out"))
        wizard.next()
        _wait(lambda: wizard.run_page.error)
        assert wizard.run_page.error == (
            f"The GeoPackage {damaged} is damaged: SQLite cannot read all of it (a copy cut short, a failing disk "
            "or USB stick). Take it from a backup, or import the survey again into a new GeoPackage, then run again."
        )
        assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    finally:
        wizard.reject()
        wizard.deleteLater()
        project.clear()


# -- a build in progress cannot be left behind (attack_gui finding 6) --------------------------------------


@pytest.fixture()
def held_build(monkeypatch):
    """The package build waits for ``release`` (or its cancel) before building for real."""
    import threading

    import cartong_plugin.core.field.package as package

    release, real = threading.Event(), package.prepare_field_package

    def held(options, folder, feedback):
        while not release.is_set():
            if feedback.isCanceled():
                return None
            time.sleep(0.01)
        return real(options, folder, feedback)

    monkeypatch.setattr(package, "prepare_field_package", held)
    yield release
    release.set()  # a test that failed midway: the build ends before the wizard goes
    _wait(lambda: not QgsApplication.taskManager().activeTasks())


def _start_build(wizard, folder):
    wizard.next()
    wizard.next()
    wizard.output_page.folder.setFilePath(str(folder))
    wizard.next()
    run = wizard.run_page
    _wait(lambda: run.task is not None and run.task.status() == run.task.TaskStatus.Running)
    return run


def test_back_and_next_are_held_while_the_package_is_built(wizard, tmp_path, held_build):
    from qgis.PyQt.QtWidgets import QWizard

    run = _start_build(wizard, tmp_path / "out")
    QgsApplication.processEvents()
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
        assert not wizard.button(which).isEnabled()
    assert run.cancel.isEnabled()
    held_build.set()
    _wait(lambda: wizard.currentPage() is wizard.summary_page or run.error)
    assert run.error == "" and run.report.zip.is_file()
    assert str(run.report.zip) in wizard.summary_page.summary.text()


def test_cancel_stops_the_build_leaves_the_folder_empty_and_frees_back(wizard, tmp_path, held_build):
    from qgis.PyQt.QtWidgets import QWizard

    folder = tmp_path / "out"
    run = _start_build(wizard, folder)
    run.cancel.click()
    _wait(lambda: not run.task_running() and "Cancelled" in run.message.text())
    assert not folder.exists() or list(folder.iterdir()) == []
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled() and not run.cancel.isEnabled()
    wizard.back()
    held_build.set()
    wizard.next()  # the same folder again: it is empty, the build goes through
    _wait(lambda: wizard.currentPage() is wizard.summary_page or run.error)
    assert run.error == "" and run.report.zip.is_file()


# -- the admin boundaries loaded in the project are offered, as the map and cleaning wizards do ---------------


def _offered(wizard) -> list[str]:
    combo = wizard.content_page.admin
    return [combo.layer(i).name() for i in range(combo.count()) if combo.layer(i) is not None]


def _build(wizard, folder):
    wizard.next()
    wizard.next()
    wizard.output_page.folder.setFilePath(str(folder))
    wizard.next()
    _wait(lambda: wizard.currentPage() is wizard.summary_page or wizard.run_page.error)
    assert wizard.run_page.error == ""
    return wizard.run_page.report


def _tables(gpkg) -> dict[str, int]:
    from osgeo import ogr

    dataset = ogr.Open(str(gpkg))
    tables = {
        dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount() for i in range(dataset.GetLayerCount())
    }
    dataset = None
    return tables


def test_the_only_admin_boundaries_of_the_project_are_preselected_and_packaged(wizard, tmp_path):
    page = wizard.content_page
    assert _offered(wizard) == ["Countries"]  # admin2 of the sample, whatever its name; not the survey's points
    assert page.admin.currentLayer().name() == "Countries" and page.boundaries.filePath() == ""
    report = _build(wizard, tmp_path / "out")
    packaged = report.folder / "data" / "admin_boundaries.gpkg"
    assert _tables(packaged) == _tables(SAMPLE_ADMIN)  # the GeoPackage it comes from, every level


def test_boundaries_from_two_files_are_offered_and_the_chosen_shapefile_is_packaged(wizard, tmp_path):
    """No guess between two files; a COD-AB shapefile chosen is written into the package's GeoPackage. A
    polygon layer without P-code (a lake, a camp outline) is not offered."""
    from osgeo import gdal

    shapefile = tmp_path / "caf_adm1.shp"
    gdal.VectorTranslate(str(shapefile), str(SAMPLE_ADMIN), layers=["admin1"], format="ESRI Shapefile")
    lakes = tmp_path / "lakes.gpkg"
    gdal.VectorTranslate(
        str(lakes), str(SAMPLE_ADMIN), layers=["admin1"], layerName="lakes", selectFields=["adm1_name"]
    )
    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer(str(shapefile), "CAF admin 1", "ogr"))
    project.addMapLayer(QgsVectorLayer(f"{lakes}|layername=lakes", "Lakes", "ogr"))
    wizard.restart()  # opened again: the project's layers as they are now
    page = wizard.content_page
    assert sorted(_offered(wizard)) == ["CAF admin 1", "Countries"]
    assert page.admin.currentLayer() is None  # two files: the user chooses
    page.admin.setLayer(project.mapLayersByName("CAF admin 1")[0])
    assert page.boundaries_path() == str(shapefile)
    report = _build(wizard, tmp_path / "out")
    packaged = report.folder / "data" / "admin_boundaries.gpkg"
    assert _tables(packaged) == {"caf_adm1": _tables(SAMPLE_ADMIN)["admin1"]}
    package = QgsVectorLayer(f"{packaged}|layername=caf_adm1", "admin1", "ogr")
    assert package.crs().authid() == "EPSG:4326" and "adm1_pcode" in package.fields().names()


def test_a_file_chosen_replaces_the_preselected_layer(wizard, tmp_path):
    page = wizard.content_page
    other = tmp_path / "other_admin.gpkg"
    import shutil

    shutil.copy(SAMPLE_ADMIN, other)
    page.boundaries.setFilePath(str(other))
    assert page.admin.currentLayer() is None and page.boundaries_path() == str(other)
    page.admin.setLayer(QgsProject.instance().mapLayersByName("Countries")[0])
    assert page.boundaries.filePath() == "" and page.boundaries_path() == str(SAMPLE_ADMIN)


def test_by_default_the_wizard_leaves_the_personal_data_at_the_office_and_says_so(wizard, tmp_path):
    """Attack 19 (GUI) finding 1: Next, Next, Next copied names, phones and GPS columns onto the laptop, unsaid."""
    box = wizard.content_page.include_personal
    assert box.isVisible() and not box.isChecked()
    assert box.text() == "Include the personal data (names, phones, GPS coordinates, photos)"
    note = wizard.content_page.findChild(QLabel, "include_personal_data_note")
    assert note.isVisible()
    note = note.text()
    assert "the personal data at high risk and the raw tables stay at the office" in note
    assert "only for an encrypted laptop" in note
    _build(wizard, tmp_path / "out")
    summary = wizard.summary_page.summary.text()
    assert "Left out of the package to protect personal data: 7 columns at high risk (respondent_name, phone" in summary
    assert "raw_survey" in summary and "exact location of each submission" in summary
    packaged = wizard.run_page.report.folder / "data" / "household.gpkg"
    assert ogr_rows(packaged, "SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'raw_%'") == [(0,)]


def test_personal_data_included_in_the_wizard_is_said_on_the_summary(wizard, tmp_path):
    wizard.content_page.include_personal.setChecked(True)
    _build(wizard, tmp_path / "out")
    summary = wizard.summary_page.summary.text()
    assert "This package carries personal data: 7 columns at high risk (respondent_name, phone" in summary
    assert "Copy it only to an encrypted laptop, and delete it from the laptop after the merge." in summary
    assert wizard.run_page.report.personal.included
