# SPDX-License-Identifier: GPL-3.0-or-later
"""The download wizard driven with real widgets against the local Kobo/ODK server (127.0.0.1 only).

The credential store is replaced by an in-memory one in this process (the shared test profile has no
auth master password); one test runs this module as a script in a brand-new QGIS profile with a real
authentication database, saves a connection through the wizard and searches every file for the token.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a script (isolated profile): the tests package must import

from tests.servers.fake_kobo_odk import (  # noqa: E402
    ASSET_UID,
    FORM_ID,
    KOBO_PASSWORD,
    KOBO_TOKEN,
    KOBO_USER,
    ODK_APP_TOKEN,
    ODK_EMAIL,
    ODK_PASSWORD,
    PROJECT_ID,
    FakeServer,
    make_record,
)

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

SCREENSHOT = REPO / "out" / "download-wizard.png"
SECRETS = (KOBO_TOKEN, KOBO_PASSWORD, ODK_PASSWORD, ODK_APP_TOKEN)


# -- helpers (also used by the isolated-profile script at the bottom) ------------------------------


def _wait(condition, timeout=60.0):
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def _idle(page):
    _wait(lambda: not page.running())


def _fill_server(wizard, url, *, kind="kobo", token="", username="", password="", save_as=""):
    """Fill the server page with a typed (not saved) login."""
    page = wizard.server_page
    page.platform.setCurrentIndex(page.platform.findData(kind))
    page.saved.setCurrentIndex(0)
    page.preset.setCurrentIndex(page.preset.count() - 1)  # another server
    page.url.setText(url)
    page.method.setCurrentIndex(
        page.method.findData("password" if username else ("token" if kind == "kobo" else "app_token"))
    )
    page.token.setText(token)
    page.username.setText(username)
    page.password.setText(password)
    page.save.setChecked(bool(save_as))
    page.save_name.setText(save_as)


def _next_from_server(wizard):
    """Next on the server page: the check runs in a task, then the wizard moves on by itself."""
    wizard.next()
    _idle(wizard.server_page)


def _choose_form(wizard, key):
    assert wizard.currentPage() is wizard.form_page, wizard.server_page.status.text()
    assert wizard.form_page.select(key)
    wizard.next()
    assert wizard.currentPage() is wizard.output_page


def _download(wizard, output, *, update=None, attachments=False):
    """Output page -> run page; wait for the download to end; return the page it ended on."""
    page = wizard.output_page
    page.output.setFilePath(str(output))
    if update is not None:
        (page.update_mode if update else page.replace_mode).setChecked(True)
    page.attachments.setChecked(attachments)
    wizard.next()
    assert wizard.currentPage() is wizard.run_page
    _idle(wizard.run_page)
    _wait(lambda: wizard.run_page.task is None)
    return wizard.currentPage()


def _count(gpkg, table):
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    try:
        return ds.GetLayerByName(table).GetFeatureCount()
    finally:
        ds = None


def _project_layers_from(gpkg):
    from qgis.core import QgsProject

    return sorted(
        layer.name()
        for layer in QgsProject.instance().mapLayers().values()
        if layer.source().split("|")[0] == str(gpkg)
    )


def _closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


# -- fixtures ---------------------------------------------------------------------------------------


@pytest.fixture()
def credential_store(monkeypatch):
    """An in-memory stand-in for the auth manager (the shared test profile has no master password)."""
    from cartong_plugin.core.servers import credentials

    connections, secrets = {}, {}

    def save_connection(name, kind, url, *, token="", username="", password=""):
        authcfg = f"cfg{len(secrets):04d}"
        secrets[authcfg] = credentials.Secret(token=token, username=username, password=password)
        connections[name] = credentials.ServerConnection(name=name, kind=kind, url=url, authcfg=authcfg)
        return connections[name]

    monkeypatch.setattr(credentials, "save_connection", save_connection)
    monkeypatch.setattr(credentials, "load_connection", lambda name: connections.get(name))
    monkeypatch.setattr(credentials, "list_connections", lambda: list(connections.values()))
    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: secrets[authcfg])
    return secrets


@pytest.fixture()
def clean_settings(qgis_app):
    from qgis.core import QgsSettings

    QgsSettings().remove("cartong/download")
    yield
    QgsSettings().remove("cartong/download")


@pytest.fixture()
def wizard(qgis_iface, qgis_new_project, credential_store, clean_settings):
    from cartong_plugin.gui.download.wizard import DownloadWizard

    wizard = DownloadWizard(qgis_iface)
    wizard.resize(960, 620)
    wizard.show()
    yield wizard
    wizard.reject()
    _wait(lambda: not wizard.running())
    wizard.deleteLater()


@pytest.fixture()
def kobo_copy(wizard, fake_server, tmp_path):
    """A first full Kobo download through the wizard; the wizard is then back on its first page."""
    gpkg = tmp_path / "kobo.gpkg"
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    assert _download(wizard, gpkg) is wizard.summary_page, wizard.run_page.status.text()
    wizard.restart()
    return gpkg


# -- Kobo ---------------------------------------------------------------------------------------------


def test_kobo_download_through_the_wizard_puts_the_layers_in_the_project(wizard, fake_server, tmp_path):
    gpkg = tmp_path / "kobo.gpkg"
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    assert not wizard.output_page.existing_box.isVisible()  # a new file: nothing to update or replace

    lines = []
    wizard.run_page.relay.message.connect(lines.append)
    assert _download(wizard, gpkg, attachments=True) is wizard.summary_page, wizard.run_page.status.text()

    assert _count(gpkg, "raw_survey") == 250 and _count(gpkg, "survey") == 250
    assert _project_layers_from(gpkg) == ["members", "survey"]
    assert len(list((tmp_path / "kobo_attachments").rglob("*.jpg"))) == 25  # every 10th submission has a photo
    counts = wizard.summary_page.counts.text()
    assert "250 new submissions, 250 submissions in all" in counts and "25 attachments" in counts
    assert str(gpkg) in wizard.summary_page.where.text()
    assert "Page 1: 250 of 250 submissions downloaded." in lines  # progress in records and pages


def test_the_summary_names_the_attachments_that_could_not_be_downloaded(wizard, fake_server, tmp_path):
    """They were said only in the log: the summary read as if every photo had come."""
    fake_server.state.route = lambda handler, path, query: (
        (404, b"gone", "text/plain", {}) if "/attachments/" in path and "/500010/" in path else None
    )
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    assert _download(wizard, tmp_path / "kobo.gpkg", attachments=True) is wizard.summary_page
    counts = wizard.summary_page.counts.text()
    assert "24 attachments" in counts
    assert (
        "1 attachment could not be downloaded and was skipped: " in counts and "with Update and attachments" in counts
    )


def test_update_downloads_only_the_new_submissions_and_reloads_the_layers(wizard, fake_server, kobo_copy):
    fake_server.add_records(7)
    fake_server.clear()
    _next_from_server(wizard)  # the server page remembered the address and token of the first run
    _choose_form(wizard, ASSET_UID)
    page = wizard.output_page
    page.output.setFilePath(str(kobo_copy))
    assert page.existing_box.isVisibleTo(wizard) and page.update_mode.isEnabled() and page.update_mode.isChecked()

    assert _download(wizard, kobo_copy, update=True) is wizard.summary_page, wizard.run_page.status.text()

    data = [r for r in fake_server.state.requests if r["path"].endswith("/data/")]
    assert json.loads(data[0]["query"]["query"]) == {"_id": {"$gt": 500249}}  # after the last _id downloaded
    assert "7 new submissions, 257 submissions in all" in wizard.summary_page.counts.text()
    assert _count(kobo_copy, "raw_survey") == 257
    assert _project_layers_from(kobo_copy) == ["members", "survey"]  # old layers removed, not doubled


def test_update_keeps_the_style_and_name_set_by_hand(wizard, fake_server, kobo_copy):
    from qgis.core import QgsProject, QgsSingleSymbolRenderer, QgsSymbol, QgsWkbTypes
    from qgis.PyQt.QtGui import QColor

    from cartong_plugin.gui.download.jobs import layers_of_geopackage

    (survey,) = [layer for layer in layers_of_geopackage(kobo_copy) if layer.name() == "survey"]
    symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PointGeometry)
    symbol.setColor(QColor("#123456"))
    survey.setRenderer(QgsSingleSymbolRenderer(symbol))
    survey.setName("Households (my style)")
    survey.setMapTipTemplate("[% _uuid %]")
    old_id = survey.id()
    fake_server.add_records(3)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    wizard.output_page.output.setFilePath(str(kobo_copy))
    assert _download(wizard, kobo_copy, update=True) is wizard.summary_page, wizard.run_page.status.text()

    layers = {layer.name(): layer for layer in layers_of_geopackage(kobo_copy)}
    assert set(layers) == {"Households (my style)", "members"} and old_id not in QgsProject.instance().mapLayers()
    again = layers["Households (my style)"]
    assert again.featureCount() == 253  # the new data, the old look
    assert again.renderer().symbol().color().name() == "#123456"
    assert again.mapTipTemplate() == "[% _uuid %]"


def test_wrong_token_says_401_on_the_server_page_and_next_stays(wizard, fake_server):
    _fill_server(wizard, fake_server.url, token="not-the-right-token-123")
    _next_from_server(wizard)
    text = wizard.server_page.status.text()
    assert wizard.currentPage() is wizard.server_page
    assert "HTTP 401" in text and "wrong or has expired" in text
    assert "not-the-right-token-123" not in text
    _next_from_server(wizard)  # trying again checks again, and still does not move on
    assert wizard.currentPage() is wizard.server_page and not wizard.server_page.verified


def test_a_token_pasted_with_an_ellipsis_is_refused_before_any_request(wizard, fake_server):
    # attack 16c, finding 5: a token copied from a shortened display gave a bare UnicodeEncodeError
    _fill_server(wizard, fake_server.url, token="kobo-test-token-5e1f0c9a7b3d\u2026")
    _next_from_server(wizard)
    assert wizard.currentPage() is wizard.server_page and fake_server.state.requests == []
    assert wizard.server_page.status.text() == (
        "The token or password typed holds a character that is not part of a token (U+2026 HORIZONTAL "
        "ELLIPSIS): copy it again, in full and on one line, from where it was created."
    )


def test_offline_server_is_reported_at_once(wizard):
    _fill_server(wizard, _closed_port_url(), token=KOBO_TOKEN)
    started = time.monotonic()
    _next_from_server(wizard)
    assert time.monotonic() - started < 10  # no retries with back-off for a server that is not there
    assert wizard.currentPage() is wizard.server_page
    assert "offline" in wizard.server_page.status.text()
    assert not wizard.server_page.last_copy_button.isVisibleTo(wizard)  # nothing downloaded from it yet


def test_offline_server_offers_the_last_downloaded_copy(wizard, fake_server, kobo_copy):
    from qgis.core import QgsProject

    QgsProject.instance().removeAllMapLayers()
    fake_server.stop()  # same address, nobody answers any more
    _next_from_server(wizard)
    page = wizard.server_page
    assert wizard.currentPage() is page and "offline" in page.status.text()
    assert "last downloaded copy is still available: kobo.gpkg (250 submissions" in page.status.text()
    assert page.last_copy_button.isVisibleTo(wizard)
    page.last_copy_button.click()
    assert _project_layers_from(kobo_copy) == ["members", "survey"]


def test_server_gone_during_the_run_offers_the_last_copy(wizard, fake_server, kobo_copy):
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    fake_server.stop()
    assert _download(wizard, kobo_copy, update=True) is wizard.run_page
    page = wizard.run_page
    assert "offline" in page.status.text() and "kobo.gpkg (250 submissions" in page.status.text()
    assert page.last_copy_button.isVisibleTo(wizard) and not page.isComplete()
    assert _project_layers_from(kobo_copy) == ["members", "survey"]  # put back after the failed update


def test_cancel_leaves_no_geopackage(wizard, fake_server, tmp_path):
    fake_server.inject("/data/", delay=3)
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    wizard.output_page.output.setFilePath(str(tmp_path / "new.gpkg"))
    wizard.next()
    _wait(lambda: any(r["path"].endswith("/data/") for r in fake_server.state.requests))
    wizard.run_page.cancel_button.click()
    _idle(wizard.run_page)
    _wait(lambda: wizard.run_page.task is None)
    assert wizard.currentPage() is wizard.run_page and not wizard.run_page.isComplete()
    assert "no GeoPackage was written" in wizard.run_page.status.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no file, no spool, no temporary copy


def test_cancel_stops_a_download_from_a_server_that_stopped_answering(wizard, fake_server, tmp_path):
    fake_server.inject("/data/", delay=600)  # the read timeout is 120 seconds: the cancel must not wait for it
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    wizard.output_page.output.setFilePath(str(tmp_path / "new.gpkg"))
    wizard.next()
    _wait(lambda: any(r["path"].endswith("/data/") for r in fake_server.state.requests))
    started = time.monotonic()
    wizard.run_page.cancel_button.click()
    _wait(lambda: wizard.run_page.task is None, timeout=30)
    assert time.monotonic() - started < 10
    assert "no GeoPackage was written" in wizard.run_page.status.text()


def test_closing_the_wizard_stops_a_login_check_the_server_never_answers(wizard, fake_server):
    fake_server.inject("/token/", delay=600)
    _fill_server(wizard, fake_server.url, username=KOBO_USER, password=KOBO_PASSWORD)
    wizard.next()
    _wait(lambda: any(r["path"] == "/token/" for r in fake_server.state.requests))
    task = wizard.server_page.task
    started = time.monotonic()
    wizard.reject()  # the wizard's Cancel: cancels the check and waits for it
    assert time.monotonic() - started < 10
    from qgis.PyQt import sip

    assert sip.isdeleted(task) or not task.is_running()  # nothing left for QGIS to wait for when it quits


def test_form_is_chosen_by_its_key_in_a_right_to_left_wizard(wizard, fake_server):
    from qgis.PyQt.QtCore import Qt

    wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # Arabic
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    page = wizard.form_page
    assert page.select(ASSET_UID)
    assert page.selected_form().key == ASSET_UID and page.isComplete()
    page.refresh()  # Refresh keeps the form chosen
    _idle(page)
    assert page.selected_form() is not None and page.selected_form().key == ASSET_UID
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


# A run-page error in Arabic: host, form ID and "(proxy)" are Latin runs inside Arabic (attack finding 5).
ARABIC_ERROR = (
    "‏127.0.0.1:44447 مشغول أو معطّل (HTTP 500) وظل كذلك بعد 5 محاولات لإرسالات النموذج aHhWashCaf2026Sample. "
    "أعد المحاولة لاحقًا؛ يُحتفظ بما تم تنزيله. ربما انقطع الاتصال أو ردّ وكيل (proxy) بدلًا من الخادم؛ "
    "أعد المحاولة. جرت المحاولة 5 مرات خلال 15 ثانية إجمالًا."
)


def test_run_page_message_wraps_inside_the_page_in_arabic(wizard):
    from qgis.PyQt.QtCore import Qt

    wizard.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label = wizard.run_page.status
    label.setText(ARABIC_ERROR)
    clipped = []
    for width in range(300, 1000, 7):  # some widths end a full line with a space: Qt pushes it left
        label.resize(width, label.heightForWidth(width))
        image = label.grab().toImage()
        for x in (0, image.width() - 1):  # ink in the first or last column: a glyph cut by the edge
            if any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height())):
                clipped.append((width, x))
    assert clipped == []


def test_cancelled_update_leaves_the_previous_geopackage_untouched(wizard, fake_server, kobo_copy):
    before = hashlib.sha256(kobo_copy.read_bytes()).hexdigest()
    fake_server.add_records(5)
    fake_server.inject("/data/", delay=3)
    fake_server.state.requests.clear()
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    wizard.output_page.output.setFilePath(str(kobo_copy))
    wizard.output_page.update_mode.setChecked(True)
    wizard.next()
    _wait(lambda: any(r["path"].endswith("/data/") for r in fake_server.state.requests))
    wizard.run_page.cancel_button.click()
    _idle(wizard.run_page)
    _wait(lambda: wizard.run_page.task is None)
    assert "kobo.gpkg was left as it was" in wizard.run_page.status.text()
    assert _project_layers_from(kobo_copy) == ["members", "survey"]  # the layers removed for the run are back
    from qgis.core import QgsProject

    QgsProject.instance().removeAllMapLayers()  # let QGIS close the file before hashing it
    _wait(lambda: not Path(f"{kobo_copy}-wal").exists(), timeout=10)
    assert hashlib.sha256(kobo_copy.read_bytes()).hexdigest() == before


def test_username_and_password_fetch_the_token_once_and_only_the_token_is_saved(wizard, fake_server, credential_store):
    _fill_server(wizard, fake_server.url, username=KOBO_USER, password=KOBO_PASSWORD, save_as="Kobo CAR")
    _next_from_server(wizard)
    assert wizard.currentPage() is wizard.form_page, wizard.server_page.status.text()
    assert [(s.token, s.password) for s in credential_store.values()] == [(KOBO_TOKEN, "")]
    assert wizard.server_page.password.text() == ""  # the password is not kept in the form either
    assert wizard.server_page.method.currentData() == "token"
    assert wizard.server_page.saved.currentData() == "Kobo CAR"
    assert sum(1 for r in fake_server.state.requests if r["path"] == "/token/") == 1


def test_saved_connection_is_used_without_typing_the_token(wizard, fake_server, credential_store):
    from cartong_plugin.core.servers import credentials

    credentials.save_connection("Kobo CAR", "kobo", fake_server.url, token=KOBO_TOKEN)
    wizard.server_page.refresh_saved(select="Kobo CAR")
    assert not wizard.server_page.credentials_box.isEnabled()
    assert wizard.server_page.url.text() == fake_server.url
    _next_from_server(wizard)
    assert wizard.currentPage() is wizard.form_page, wizard.server_page.status.text()


def test_token_is_in_no_file_setting_label_or_log_message(wizard, fake_server, tmp_path, credential_store):
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel

    messages = []

    def keep(text, *_args):
        messages.append(text)

    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        _fill_server(wizard, fake_server.url, token=KOBO_TOKEN, save_as="Kobo CAR")
        _next_from_server(wizard)
        _choose_form(wizard, ASSET_UID)
        assert _download(wizard, tmp_path / "kobo.gpkg", attachments=True) is wizard.summary_page
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
    QgsSettings().sync()
    settings_file = Path(QgsSettings().fileName())
    files = [p for p in tmp_path.rglob("*") if p.is_file()] + [settings_file]
    assert len(files) > 20 and messages  # the GeoPackage, the photos and the settings are searched
    shown = [w.text() for w in wizard.findChildren(QLabel) + wizard.findChildren(QAbstractButton)]
    for secret in SECRETS:
        for path in files:
            assert secret.encode() not in path.read_bytes(), f"secret found in {path}"
        assert not any(secret in text for text in shown + messages)
    assert QgsSettings().value("cartong/download/url") == fake_server.url


def test_survey_list_page_shows_counts_and_deployment(wizard, fake_server):
    from qgis.PyQt.QtCore import QCoreApplication, Qt

    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    table = wizard.form_page.table
    rows = {table.item(r, 4).text(): [table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())}
    assert rows[ASSET_UID][:2] == ["Household WASH survey CAR", "250"] and rows[ASSET_UID][3] == "Yes"
    assert rows["aSecondSurvey02"][1] == "12"
    assert rows["aDraftSurvey01"][3].startswith("No")
    draft = next(r for r in range(table.rowCount()) if table.item(r, 4).text() == "aDraftSurvey01")
    assert not table.item(draft, 0).flags() & Qt.ItemFlag.ItemIsSelectable  # nothing to download from a draft
    wizard.form_page.filter.setText("market")
    assert [table.isRowHidden(r) for r in range(table.rowCount())].count(False) == 1
    wizard.form_page.filter.clear()
    wizard.form_page.select(ASSET_UID)
    QCoreApplication.processEvents()
    SCREENSHOT.parent.mkdir(exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOT))


def test_form_list_shows_the_last_submission_date(wizard, fake_server):
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    table = wizard.form_page.table
    shown = {table.item(r, 4).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    newest = make_record(249, "")["_submission_time"]  # 2026-03-02T10:33:33
    assert shown[ASSET_UID] == newest[:16].replace("T", " ")
    assert shown["aSecondSurvey02"] == "2026-02-27 16:41"
    assert shown["aDraftSurvey01"] == "—"


def test_odk_form_list_shows_the_last_submission_date(wizard, fake_server):
    _fill_server(wizard, fake_server.url, kind="odk", username=ODK_EMAIL, password=ODK_PASSWORD)
    _next_from_server(wizard)
    table = wizard.form_page.table
    shown = {table.item(r, 4).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert shown[FORM_ID] == make_record(249, "")["_submission_time"][:16].replace("T", " ")


def test_refresh_lists_the_forms_again_in_a_task(wizard, fake_server):
    _fill_server(wizard, fake_server.url, token=KOBO_TOKEN)
    _next_from_server(wizard)
    wizard.form_page.select(ASSET_UID)
    fake_server.add_records(3)
    wizard.form_page.refresh()
    assert wizard.form_page.running() or wizard.form_page.task is None
    _idle(wizard.form_page)
    _wait(lambda: wizard.form_page.task is None)
    assert wizard.form_page.selected_form().submissions == 253  # the selection is kept


def test_replace_downloads_everything_again_into_the_same_file(wizard, fake_server, kobo_copy):
    fake_server.add_records(5)
    _next_from_server(wizard)
    _choose_form(wizard, ASSET_UID)
    assert _download(wizard, kobo_copy, update=False) is wizard.summary_page, wizard.run_page.status.text()
    assert "255 new submissions, 255 submissions in all" in wizard.summary_page.counts.text()
    assert _count(kobo_copy, "raw_survey") == 255
    assert _project_layers_from(kobo_copy) == ["members", "survey"]
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()  # Back would download again


def test_saved_connection_with_an_expired_token_says_how_to_renew_it(wizard, fake_server, credential_store):
    from cartong_plugin.core.servers import credentials

    credentials.save_connection("Kobo old", "kobo", fake_server.url, token="expired-token-0000")
    wizard.server_page.refresh_saved(select="Kobo old")
    _next_from_server(wizard)
    text = wizard.server_page.status.text()
    assert wizard.currentPage() is wizard.server_page
    assert "HTTP 401" in text and "'Kobo old' holds an old token" in text and "expired-token-0000" not in text


def test_every_page_opens_the_download_help(wizard):
    from cartong_plugin.core.learning.help_catalogue import WIZARD_PAGES

    pages = [wizard.page(i) for i in wizard.pageIds()]
    assert len(pages) == 5
    assert {p.property("cartong_help_page") for p in pages} == {"download_server"} <= set(WIZARD_PAGES)


def test_existing_geopackage_of_another_form_can_only_be_replaced(wizard, fake_server, kobo_copy):
    _next_from_server(wizard)
    _choose_form(wizard, "aSecondSurvey02")
    page = wizard.output_page
    page.output.setFilePath(str(kobo_copy))
    assert not page.update_mode.isEnabled() and page.replace_mode.isChecked()
    assert "holds another form" in page.existing_note.text()


# -- ODK Central --------------------------------------------------------------------------------------


def test_odk_download_with_email_and_password(wizard, fake_server, tmp_path):
    gpkg = tmp_path / "odk.gpkg"
    _fill_server(wizard, fake_server.url, kind="odk", username=ODK_EMAIL, password=ODK_PASSWORD)
    _next_from_server(wizard)
    _choose_form(wizard, f"{PROJECT_ID}/{FORM_ID}")
    assert wizard.output_page.xlsform.isVisibleTo(wizard)
    assert _download(wizard, gpkg) is wizard.summary_page, wizard.run_page.status.text()
    assert _count(gpkg, "survey") == 250
    assert _project_layers_from(gpkg) == ["members", "survey"]


def test_pasted_app_user_link_keeps_the_token_out_of_the_address(wizard, fake_server):
    from qgis.core import QgsSettings

    _fill_server(wizard, "", kind="odk", username=ODK_EMAIL)
    page = wizard.server_page
    page.url.setText(f"{fake_server.url}/v1/key/{ODK_APP_TOKEN}/projects/{PROJECT_ID}/formList")
    page.url.editingFinished.emit()
    assert page.url.text() == fake_server.url
    assert page.method.currentData() == "app_token" and page.token.text() == ODK_APP_TOKEN
    _next_from_server(wizard)
    assert wizard.currentPage() is wizard.form_page, page.status.text()
    assert QgsSettings().value("cartong/download/url") == fake_server.url


def test_odk_app_user_without_permission_is_told_403(wizard, fake_server):
    fake_server.inject("/v1/key/", status=403)
    _fill_server(wizard, fake_server.url, kind="odk", token=ODK_APP_TOKEN)
    _next_from_server(wizard)
    text = wizard.server_page.status.text()
    assert wizard.currentPage() is wizard.server_page
    assert "HTTP 403" in text and "app users can send submissions but not read them" in text
    assert "Project Viewer" in text and "wrong or has expired" not in text


# -- a real save in a brand-new QGIS profile ------------------------------------------------------------


def test_real_save_in_an_isolated_profile_keeps_the_token_only_in_the_auth_database(tmp_path):
    profile, output = tmp_path / "profile", tmp_path / "output"
    profile.mkdir()
    output.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_AUTH_DB_DIR_PATH")}
    done = subprocess.run(
        [sys.executable, __file__, str(profile), str(output)], capture_output=True, text=True, timeout=300, env=env
    )
    assert done.returncode == 0, (done.stdout[-1500:], done.stderr[-3000:])
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (
        report["first"] == "250 new submissions, 250 submissions in all"
        and report["second"] == "0 new submissions, 250 submissions in all"
    )
    assert report["connections"] == ["Kobo CAR"] and report["round_trip"]
    server_keys = {k.rsplit("/", 1)[-1] for k in report["settings_keys"] if k.startswith("cartong/servers/")}
    assert server_keys == {"authcfg", "kind", "name", "url"}
    assert Path(report["auth_db"]).is_relative_to(profile) and Path(report["settings_file"]).is_relative_to(profile)
    files = [p for folder in (profile, output) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "qgis-auth.db" for p in files) and any(p.suffix == ".gpkg" for p in files)
    assert report["authcfg"] in Path(report["settings_file"]).read_text(encoding="utf-8")
    for path in files:
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in data and secret.encode("utf-16-le") not in data, f"secret in {path}"
    assert any("250 new submissions" in m for m in report["messages"])  # the log searched is the real one
    for message in report["messages"]:
        assert not any(secret in message for secret in SECRETS)


def _isolated_profile_run(profile: Path, output: Path) -> dict:
    """Two downloads through the wizard in a new profile: the first saves the login, the second uses it."""
    os.environ["QGIS_AUTH_DB_DIR_PATH"] = str(profile / "auth")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(profile)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["HOME"] = str(profile / "home")
    (profile / "auth").mkdir(parents=True, exist_ok=True)
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("QGIS")
    QCoreApplication.setApplicationName("QGIS3")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(profile / "settings"))
    app = QgsApplication([], True)
    app.initQgis()
    QgsApplication.authManager().setMasterPassword("master-password-of-the-test-profile", True)
    messages = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: messages.append(text))

    from cartong_plugin.core.servers import credentials
    from cartong_plugin.gui.download.wizard import DownloadWizard

    server = FakeServer(records=250).start()
    report = {}
    try:
        wizard = DownloadWizard(None)
        wizard.show()
        _fill_server(wizard, server.url, username=KOBO_USER, password=KOBO_PASSWORD, save_as="Kobo CAR")
        _next_from_server(wizard)
        _choose_form(wizard, ASSET_UID)
        _download(wizard, output / "kobo.gpkg", attachments=True)
        report["first"] = ", ".join(wizard.summary_page.counts.text().split(": ", 1)[1].split(", ")[:2])
        wizard.close()
        wizard.deleteLater()
        again = DownloadWizard(None)  # a new session: the saved connection is selected from the settings
        again.show()
        assert again.server_page.saved.currentData() == "Kobo CAR"
        _next_from_server(again)
        _choose_form(again, ASSET_UID)
        _download(again, output / "kobo.gpkg", update=True)
        report["second"] = ", ".join(again.summary_page.counts.text().split(": ", 1)[1].split(", ")[:2])
        again.close()
    finally:
        server.stop()
    connection = credentials.load_connection("Kobo CAR")
    report["authcfg"] = connection.authcfg
    report["round_trip"] = credentials.read_secret(connection.authcfg).token == KOBO_TOKEN
    report["connections"] = [c.name for c in credentials.list_connections()]
    QgsSettings().sync()
    report["settings_keys"] = QgsSettings().allKeys()
    report["settings_file"] = QgsSettings().fileName()
    report["auth_db"] = QgsApplication.authManager().authenticationDatabasePath()
    report["messages"] = messages
    return report


if __name__ == "__main__":
    print(json.dumps(_isolated_profile_run(Path(sys.argv[1]), Path(sys.argv[2]))), flush=True)
    os._exit(0)  # skip QGIS's slow teardown of a throw-away profile
