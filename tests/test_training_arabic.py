# SPDX-License-Identifier: GPL-3.0-or-later
"""In Arabic the training panel and the help pages keep paths and code whole: each one is a
left-to-right run (LRI … PDI), so that the right-to-left sentence does not carry "data/" or "_label"'s
slash and underscore to the other end ("/data", "label_")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import QgsProject

from cartong_plugin.core.base.i18n import LEFT_TO_RIGHT_ISOLATE as LRI
from cartong_plugin.core.base.i18n import POP_ISOLATE as PDI
from cartong_plugin.core.learning.training import TrainingSession
from tests.test_training import plugin_language  # noqa: F401  (the fixture)

HELP = Path(__file__).resolve().parent.parent / "resources" / "help"


@pytest.fixture()
def panel_in(tmp_path, sample_dir, qgis_iface, qgis_new_project):
    from cartong_plugin.gui.learning.training_panel import TrainingPanel

    panels = []

    def make(language: str) -> TrainingPanel:
        session = TrainingSession.start(tmp_path / f"training-{language}", sample=sample_dir, language=language)
        panel = TrainingPanel(session, qgis_iface.mainWindow(), project=QgsProject.instance(), language=language)
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        panel.close()
        panel.deleteLater()


def test_the_arabic_panel_shows_paths_and_names_as_left_to_right_runs(panel_in, plugin_language):  # noqa: F811
    plugin_language("ar")
    panel = panel_in("ar")
    assert panel.folder_label.text() == f"المجلد: {LRI}{panel.session.folder}{PDI}"
    step = panel.step_items["import_survey"].text()
    assert step == (
        f"استورد {LRI}data/household_survey_kobo.csv{PDI} مع نموذجه {LRI}data/household_survey_form.xlsx{PDI} "
        f"إلى {LRI}outputs/survey.gpkg{PDI}"
    )
    assert f"{LRI}cleaning_log{PDI}" in panel.step_items["run_checks"].text()
    assert f"{LRI}adm2_pcode{PDI}" in panel.step_items["layout"].toolTip()


def test_the_arabic_reset_question_keeps_the_folder_whole(panel_in, plugin_language, monkeypatch):  # noqa: F811
    from qgis.PyQt.QtWidgets import QMessageBox

    plugin_language("ar")
    panel = panel_in("ar")
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.No)
    assert panel.confirm_reset() is False
    assert f"{LRI}{panel.session.folder}{PDI}" in asked[0]


def test_a_left_to_right_panel_has_no_marks(panel_in):
    panel = panel_in("en")
    texts = [panel.folder_label.text()] + [i.text() + i.toolTip() for i in panel.step_items.values()]
    assert not [text for text in texts if LRI in text or PDI in text]


def test_code_in_the_arabic_help_pages_is_a_left_to_right_run():
    loose = []
    for page in sorted((HELP / "ar").glob("*.html")):
        for code in re.findall(r"<code>(.*?)</code>", page.read_text(encoding="utf-8"), re.S):
            if not (code.startswith(LRI) and code.endswith(PDI)):
                loose.append(f"{page.name}: {code}")
    assert loose == []
