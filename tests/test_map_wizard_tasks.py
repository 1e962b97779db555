# SPDX-License-Identifier: GPL-3.0-or-later
"""The map wizard's export page while its counting task runs: Back, Next and Finish are held (as on the
other pages with a task), the page's Cancel frees them, and a Back from code stops the run first."""

from __future__ import annotations

import threading
import time

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QWizard

from tests.test_map_wizard import (  # noqa: F401 (fixtures)
    _to_export_page,
    _wait,
    french_qm,
    opened,
    project_layers,
    wizard,
)

HELD = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)


@pytest.fixture()
def held_counts(monkeypatch):
    """The counting task holds until ``release`` is set or it is cancelled; ``calls`` counts the runs."""
    import cartong_plugin.gui.maps.export_page as export_page

    real, release, state = export_page.count_in_task, threading.Event(), {"calls": 0, "running": 0}

    def held(*args, **kwargs):
        feedback = args[-1]
        state["calls"] += 1
        state["running"] += 1
        try:
            while not release.is_set():
                if feedback.isCanceled():
                    return None
                time.sleep(0.01)
            return real(*args, **kwargs)
        finally:
            state["running"] -= 1

    monkeypatch.setattr(export_page, "count_in_task", held)
    yield release, state
    release.set()
    _wait(lambda: not QgsApplication.taskManager().activeTasks())


def _start(wizard, output, state):  # noqa: F811
    page = _to_export_page(wizard, output)
    page.export_button.click()
    _wait(lambda: state["running"] == 1)
    QgsApplication.processEvents()
    return page


def test_back_next_and_finish_are_held_while_the_map_is_counted(wizard, tmp_path, held_counts):  # noqa: F811
    release, state = held_counts
    page = _start(wizard, tmp_path / "carte.pdf", state)
    for which in HELD:
        assert not wizard.button(which).isEnabled(), which
    wizard.button(QWizard.WizardButton.BackButton).click()  # a disabled button: nothing happens
    assert wizard.currentPage() is page and page.running()
    assert page.cancel_button.isEnabled()
    release.set()
    _wait(lambda: not page.running())
    assert page.result_path == tmp_path / "carte.pdf" and page.result_path.is_file(), page.status.text()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_cancel_on_the_page_frees_back(wizard, tmp_path, held_counts):  # noqa: F811
    _release, state = held_counts
    page = _start(wizard, tmp_path / "carte.pdf", state)
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    page.cancel_button.click()
    _wait(lambda: not page.running())
    assert "Annulé" in page.status.text() or "Cancelled" in page.status.text()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.button(QWizard.WizardButton.BackButton).click()
    assert wizard.currentPage() is wizard.layout_page
    assert not (tmp_path / "carte.pdf").exists()


def test_back_from_code_stops_the_count_before_the_page_is_left(wizard, tmp_path, held_counts):  # noqa: F811
    """Back called by code (or a restart) is not stopped by the disabled button: the run ends first, and
    Next again then starts only one."""
    _release, state = held_counts
    page = _start(wizard, tmp_path / "carte.pdf", state)
    task = page.task
    wizard.back()
    assert wizard.currentPage() is wizard.layout_page
    assert state["running"] == 0 and not task.is_running()  # stopped before Back returned
    assert not page.running()
    for _ in range(5):  # the cancelled task's end, delivered later, changes nothing
        QgsApplication.processEvents()
    wizard.next()
    assert wizard.currentPage() is page and not page.running() and page.export_button.isEnabled()
    page.export_button.click()
    _wait(lambda: state["running"] == 1)
    assert state["calls"] == 2 and QgsProject.instance().layoutManager().printLayouts() == []
