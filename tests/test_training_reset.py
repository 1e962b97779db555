# SPDX-License-Identifier: GPL-3.0-or-later
"""Training Reset from the panel: it never closes the participant's own project without asking (save,
discard or cancel, as when a session starts), and its question keeps the work when Enter is pressed."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from cartong_plugin.core.learning.training import TrainingSession


@pytest.fixture()
def session(tmp_path, sample_dir, qgis_app) -> TrainingSession:
    return TrainingSession.start(tmp_path / "training", sample=sample_dir)


@pytest.fixture()
def own_project(tmp_path, qgis_new_project):
    """The participant's own project, opened while the panel stays docked, with unsaved work in it."""
    project = QgsProject.instance()
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "my unsaved sketch", "memory"))
    assert project.write(str(tmp_path / "own.qgs"))
    project.addMapLayer(QgsVectorLayer("Point?crs=EPSG:4326", "drawn after saving", "memory"))
    project.setDirty(True)  # as the desktop marks it
    yield project
    project.clear()


@pytest.fixture()
def panel(session, qgis_iface):
    from cartong_plugin.gui.learning.training_panel import TrainingPanel

    panel = TrainingPanel(session, qgis_iface.mainWindow(), project=QgsProject.instance(), language="en")
    yield panel
    panel.close()
    panel.deleteLater()


def _names(project) -> set[str]:
    return {layer.name() for layer in project.mapLayers().values()}


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_reset_asks_before_closing_the_participants_own_project(
    panel, session, own_project, tmp_path, monkeypatch, answer
):
    import cartong_plugin.gui.learning.training_panel as training_panel

    asked = []
    monkeypatch.setattr(
        training_panel,
        "ask_to_close_project",
        lambda parent, project, for_reset=False: asked.append((project.fileName(), for_reset)) or answer,
    )
    trainee_output = session.output_dir / "survey.gpkg"
    trainee_output.write_bytes(b"the trainee's work")
    done = panel.reset()
    assert asked == [(str(tmp_path / "own.qgs"), True)]
    if answer == "cancel":
        assert not done
        assert own_project.fileName() == str(tmp_path / "own.qgs") and own_project.isDirty()
        assert _names(own_project) == {"my unsaved sketch", "drawn after saving"}
        assert trainee_output.is_file()  # nothing reset either
        return
    assert done and not trainee_output.exists()
    assert session.is_its_project(own_project) and _names(own_project) == {"admin1", "admin2"}
    saved = (tmp_path / "own.qgs").read_text(encoding="utf-8")
    assert ("drawn after saving" in saved) is (answer == "save")


def test_reset_of_the_training_project_asks_nothing_more(panel, session, qgis_new_project, monkeypatch):
    import cartong_plugin.gui.learning.training_panel as training_panel

    monkeypatch.setattr(training_panel, "ask_to_close_project", lambda *args, **kwargs: pytest.fail("asked"))
    project = QgsProject.instance()
    assert project.read(str(session.project_path))
    (session.output_dir / "map.pdf").write_bytes(b"%PDF")
    assert panel.reset()
    assert not (session.output_dir / "map.pdf").exists() and _names(project) == {"admin1", "admin2"}
    project.clear()


@pytest.mark.timeout(60)  # Qt's static question would wait for a click for ever
def test_the_reset_question_keeps_the_work_when_enter_is_pressed(panel, session, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    shown = []

    def press_enter(box):
        shown.append(box.text())
        return (
            QMessageBox.StandardButton.Yes
            if box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)
            else (QMessageBox.StandardButton.No)
        )

    monkeypatch.setattr(QMessageBox, "exec", press_enter)
    (session.output_dir / "map.pdf").write_bytes(b"%PDF")
    assert panel.confirm_reset() is False
    assert shown and "start again from the sample data?" in shown[0]
    assert (session.output_dir / "map.pdf").is_file()


def test_the_question_before_reset_names_the_project_and_its_buttons(qgis_app, own_project, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    import cartong_plugin.gui.learning.training_panel as training_panel

    shown = {}

    def answer(box):
        shown["text"], shown["buttons"] = box.text(), [b.text() for b in box.buttons()]
        shown["default"] = box.defaultButton().text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert training_panel.ask_to_close_project(None, own_project, for_reset=True) == "cancel"
    assert shown["text"].startswith("Reset opens the training project again: own, with its 2 layers, will be closed.")
    assert "2 temporary layers are held in memory only" in shown["text"]
    assert sorted(shown["buttons"]) == ["Cancel", "Reset without saving", "Save, then reset"]
    assert shown["default"] == "Save, then reset"
