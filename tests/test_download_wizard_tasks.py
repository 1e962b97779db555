# SPDX-License-Identifier: GPL-3.0-or-later
"""The download page while its task runs: Back is held (as on the other pages with a task) until the
download ends or the page's Cancel stops it, and a Back from code stops the download before the page is
left, so Next again never starts a second one writing beside the first (local fake server only)."""

from __future__ import annotations

import time

from qgis.PyQt.QtWidgets import QWizard

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN
from tests.test_download_wizard import (  # noqa: F401 (fixtures)
    _choose_form,
    _fill_server,
    _idle,
    _next_from_server,
    _project_layers_from,
    _wait,
    clean_settings,
    credential_store,
    kobo_copy,
    wizard,
)

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

BACK = QWizard.WizardButton.BackButton


def _start_download(wizard, fake_server, output):  # noqa: F811
    """To the run page with a server that does not answer the data request: the download runs on."""
    fake_server.inject("/data/", delay=600)
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    wizard.output_page.output.setFilePath(str(output))
    before = len(fake_server.state.requests)
    wizard.next()
    _wait(lambda: any(r["path"].endswith("/data/") for r in fake_server.state.requests[before:]))
    assert wizard.run_page.running()
    return wizard.run_page


def test_back_is_held_while_downloading_and_freed_by_cancel(wizard, fake_server, tmp_path):  # noqa: F811
    page = _start_download(wizard, fake_server, tmp_path / "new.gpkg")
    assert not wizard.button(BACK).isEnabled()
    wizard.button(BACK).click()  # disabled: the download goes on, on the page that shows it
    assert wizard.currentPage() is page and page.running()
    page.cancel_button.click()
    _wait(lambda: page.task is None, timeout=30)
    assert "no GeoPackage was written" in page.status.text()
    assert wizard.button(BACK).isEnabled()
    wizard.button(BACK).click()
    assert wizard.currentPage() is wizard.output_page
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_back_from_code_stops_the_update_and_puts_the_layers_back_at_once(wizard, fake_server, kobo_copy):  # noqa: F811
    """The update takes the survey's layers out of the project; leaving the page ends the run first and
    brings them back before Back returns. Next again starts one download, not a second beside the first."""
    fake_server.inject("/data/", delay=600)
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    wizard.output_page.output.setFilePath(str(kobo_copy))
    wizard.output_page.update_mode.setChecked(True)
    before = len(fake_server.state.requests)
    wizard.next()
    page = wizard.run_page
    _wait(lambda: any(r["path"].endswith("/data/") for r in fake_server.state.requests[before:]))
    assert page.running() and _project_layers_from(kobo_copy) == []  # out of the project while it runs
    task = page.task
    started = time.monotonic()
    wizard.back()
    assert time.monotonic() - started < 10
    assert wizard.currentPage() is wizard.output_page
    assert not task.is_running()  # stopped before Back returned
    assert _project_layers_from(kobo_copy) == ["members", "survey"]
    wizard.next()  # the fault was used once: this update goes through
    assert wizard.currentPage() is page
    _idle(page)
    _wait(lambda: page.task is None)
    assert wizard.currentPage() is wizard.summary_page, page.status.text()
    assert _project_layers_from(kobo_copy) == ["members", "survey"]
