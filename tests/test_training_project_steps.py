# SPDX-License-Identifier: GPL-3.0-or-later
"""Training steps done in the project ("add the survey layer", "make a map by admin2") tick only in the
training project, on the training folder's survey, and on a layout that maps submissions by admin2 area."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsPrintLayout, QgsProject, QgsVectorLayer

from cartong_plugin.core.learning.training import TrainingSession
from cartong_plugin.core.maps import aggregate
from tests.test_training import _layout_of, _survey_geopackage

pytestmark = pytest.mark.usefixtures("collect_cycles")


@pytest.fixture()
def session(tmp_path, sample_dir, qgis_app) -> TrainingSession:
    session = TrainingSession.start(tmp_path / "training", sample=sample_dir)
    _survey_geopackage(session)
    session.evaluate()  # the import steps, out of the way
    return session


def _layer(path: Path, table: str, name: str | None = None) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={table}", name or table, "ogr")
    assert layer.isValid(), path
    return layer


def _counts(session: TrainingSession) -> QgsVectorLayer:
    """Submissions counted by admin2 area (a memory layer, as the map wizard makes it)."""
    survey = _layer(session.output_dir / "survey.gpkg", "survey")
    counts, _ = aggregate.count_layer(survey, _layer(session.data_dir / "admin_boundaries.gpkg", "admin2"))
    return counts


def test_the_participants_own_project_does_not_do_the_project_steps(session, tmp_path):
    """An unrelated project with a "survey" layer and a layout of counts, open while the panel is docked."""
    own = tmp_path / "own"
    own.mkdir()
    shutil.copy(session.output_dir / "survey.gpkg", own / "my_assessment.gpkg")
    project = QgsProject()
    project.addMapLayer(_layer(own / "my_assessment.gpkg", "survey"))
    _layout_of(project, _counts(session), "My own map")
    assert project.write(str(own / "own.qgs"))
    assert session.evaluate(project) == []
    assert not {"survey_on_map", "layout"} & set(TrainingSession.open(session.folder).done)


def test_the_panel_ignores_a_project_that_is_not_the_training_one(session, tmp_path, qgis_iface, qgis_new_project):
    from cartong_plugin.gui.learning.training_panel import TrainingPanel

    project = QgsProject.instance()
    project.addMapLayer(_layer(session.output_dir / "survey.gpkg", "survey"))
    _layout_of(project, _counts(session), "My own map")
    assert project.write(str(tmp_path / "own.qgs"))
    panel = TrainingPanel(session, qgis_iface.mainWindow(), project=project, language="en")
    try:
        panel.refresh()
        assert not panel.is_ticked("survey_on_map") and not panel.is_ticked("layout")
    finally:
        panel.close()
        panel.deleteLater()
        project.clear()


def test_the_survey_layer_must_come_from_the_training_folder(session, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(session.output_dir / "survey.gpkg", elsewhere / "survey.gpkg")
    project = QgsProject()
    assert project.read(str(session.project_path))
    project.addMapLayer(_layer(elsewhere / "survey.gpkg", "survey"))
    assert session.evaluate(project) == []
    project.addMapLayer(_layer(session.output_dir / "survey.gpkg", "survey", "Enquête"))  # renamed: its table counts
    assert session.evaluate(project) == ["survey_on_map"]


def test_the_layout_step_needs_a_map_of_submissions_by_admin2_area(session):
    project = QgsProject()
    assert project.read(str(session.project_path))
    _layout_of(project, None, "empty page (Project > New Print Layout)")
    _layout_of(project, _layer(session.data_dir / "admin_boundaries.gpkg", "admin2"), "boundaries only")
    assert session.evaluate(project) == []
    _layout_of(project, _counts(session), "submissions by sous-préfecture")
    assert session.evaluate(project) == ["layout"]


def test_the_layout_the_map_wizard_builds_ticks_the_step(session):
    from cartong_plugin.core.maps.layouts import build_choropleth_layout, keep_in_project
    from cartong_plugin.core.maps.map_texts import MapTexts

    project = QgsProject()
    assert project.read(str(session.project_path))
    layout = build_choropleth_layout(
        project, _counts(session), aggregate.COUNT_FIELD, MapTexts(title="Submissions"), with_basemap=False
    )
    assert isinstance(layout, QgsPrintLayout)
    keep_in_project(layout, project)
    assert session.evaluate(project) == ["layout"]
