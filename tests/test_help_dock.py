# SPDX-License-Identifier: GPL-3.0-or-later
"""The help dock: offline page in the user's language, online guide when the server answers."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time

import pytest
from qgis.core import Qgis, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QMenu, QWizard, QWizardPage

from cartong_plugin.core.base.translation import SETTING_LOCALE
from cartong_plugin.core.learning.help_catalogue import (
    SETTING_CATALOGUE_PATH,
    TOPICS,
    help_dir,
    load_catalogue,
    topic_label,
)
from cartong_plugin.gui.learning.help_dock import HelpDock, install_wizard_help, show_help
from cartong_plugin.gui.learning.learn_menu import build_learn_menu, unload_help


class _GuideHandler(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture()
def online_checks():
    """The connection check on (conftest turns it off so that no test reaches the real site)."""
    from qgis.core import QgsSettings

    QgsSettings().setValue("cartong/help/check_online", True)
    yield
    QgsSettings().setValue("cartong/help/check_online", False)


@pytest.fixture()
def guide_server():
    """A real HTTP server on 127.0.0.1 standing in for the resource centre."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GuideHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture()
def french_locale():
    settings = QgsSettings()
    old = settings.value(SETTING_LOCALE, None)
    settings.setValue(SETTING_LOCALE, "fr")
    yield
    if old is None:
        settings.remove(SETTING_LOCALE)
    else:
        settings.setValue(SETTING_LOCALE, old)


@pytest.fixture()
def opened_urls(monkeypatch):
    """Record what would open in the browser instead of opening it."""
    urls = []

    def fake_open(url):
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def _wait_until(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    return condition()


def _trainer_catalogue(tmp_path, url, page="import_source"):
    path = tmp_path / "trainer.json"
    path.write_text(
        json.dumps(
            {
                "resources": [
                    {
                        "id": "local-guide",
                        "topic": "collection",
                        "url": url,
                        "language": "fr",
                        "title": {"en": "Local guide", "fr": "Guide local"},
                        "pages": [page],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    return load_catalogue(user_path=path)


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_dock_shows_the_french_page_when_the_language_is_french(qgis_iface, french_locale):
    try:
        dock = show_help("clean_log", qgis_iface)
        assert dock.language == "fr"
        assert dock.browser.source().toLocalFile() == str(help_dir() / "fr" / "clean_log.html")
        text = dock.browser.toPlainText()
        assert "Nettoyage : relire le journal de nettoyage" in text
        assert "Good practice" not in text and "Bonne pratique" in text
    finally:
        unload_help(qgis_iface)


def test_online_button_opens_the_catalogue_url_when_the_server_answers(
    qgis_app, online_checks, tmp_path, guide_server, opened_urls
):
    url = guide_server + "/learning-corner/guide"
    dock = HelpDock(catalogue=_trainer_catalogue(tmp_path, url), language="en")
    dock.show_page("import_source")
    assert dock.current_url() == url  # the trainer's entry comes first
    assert _wait_until(lambda: dock.online is not None)
    assert dock.online is True and dock.online_button.isEnabled()
    dock.online_button.click()
    assert opened_urls == [url]


def test_online_button_stays_disabled_when_the_server_does_not_answer(qgis_app, online_checks, tmp_path, opened_urls):
    url = f"http://127.0.0.1:{_closed_port()}/guide"
    dock = HelpDock(catalogue=_trainer_catalogue(tmp_path, url), language="en")
    dock.show_page("import_source")
    assert _wait_until(lambda: dock.online is not None)
    assert dock.online is False and not dock.online_button.isEnabled()
    dock.online_button.click()
    assert opened_urls == []
    assert dock.browser.toPlainText().startswith("Import: choose the export")  # offline page still there


def test_learn_menu_lists_the_catalogue_by_topic_and_opens_the_url(qgis_iface, opened_urls):
    catalogue = load_catalogue(user_path="")
    parent = QMenu()
    menu = build_learn_menu(parent, qgis_iface, catalogue=catalogue, language="en")
    assert menu.menuAction() in parent.actions()
    submenus = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert [m.title() for m in submenus] == [topic_label(t) for t in TOPICS]
    listed = [a for m in submenus for a in m.actions()]
    assert len(listed) == len(catalogue.resources)
    tutorial = next(a for a in listed if a.data() == catalogue.get("lc-qgis-tutorial").url("en"))
    tutorial.trigger()
    assert opened_urls == [catalogue.get("lc-qgis-tutorial").url("en")]


def test_wizard_help_button_shows_the_current_pages_help(qgis_iface):
    wizard = QWizard()
    page = QWizardPage()
    page.setObjectName("clean_checks")
    wizard.addPage(page)
    install_wizard_help(wizard, qgis_iface)
    wizard.show()
    try:
        wizard.helpRequested.emit()
        dock = qgis_iface.mainWindow().findChild(HelpDock)
        assert dock is not None and dock.page_id == "clean_checks"
        assert dock.browser.source().fileName() == "clean_checks.html"
    finally:
        wizard.close()
        unload_help(qgis_iface)


@pytest.fixture()
def catalogue_setting():
    settings = QgsSettings()
    old = settings.value(SETTING_CATALOGUE_PATH, None)
    yield lambda value: settings.setValue(SETTING_CATALOGUE_PATH, str(value))
    if old is None:
        settings.remove(SETTING_CATALOGUE_PATH)
    else:
        settings.setValue(SETTING_CATALOGUE_PATH, old)


def test_broken_trainer_catalogue_is_reported_in_the_message_bar(qgis_iface, tmp_path, catalogue_setting):
    broken = tmp_path / "trainer.json"
    broken.write_text('{"resources": [', encoding="utf-8")
    catalogue_setting(broken)
    qgis_iface.messageBar().clear_messages()
    parent = QMenu()
    menu = build_learn_menu(parent, qgis_iface)
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert len(warnings) == 1 and "1 problem(s) in the help catalogue" in warnings[0]
    assert "Problems in the help catalogue…" in [a.text() for a in menu.actions()]
    submenus = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert len(submenus) == len(TOPICS)  # the bundled catalogue still fills the menu


def test_dock_follows_a_trainer_catalogue_set_after_it_opened(qgis_iface, tmp_path, catalogue_setting):
    catalogue_setting("")
    try:
        dock = show_help("map_layout", qgis_iface)
        assert dock.current_resource().origin == "bundled"
        path = tmp_path / "trainer.json"
        path.write_text(
            json.dumps(
                {
                    "resources": [
                        {
                            "id": "our-layout-sop",
                            "topic": "visualisation",
                            "url": "https://intranet.example.org/sop",
                            "title": {"en": "Our layout SOP"},
                            "pages": ["map_layout"],
                        }
                    ]
                }
            ),
            encoding="utf-8",
        )
        catalogue_setting(path)
        show_help("map_layout", qgis_iface)
        assert dock.current_url() == "https://intranet.example.org/sop"
    finally:
        unload_help(qgis_iface)


def test_following_a_link_between_offline_pages_lists_the_new_pages_resources(qgis_app):
    catalogue = load_catalogue(user_path="")
    dock = HelpDock(catalogue=catalogue, language="en")
    dock.show_page("import_summary")
    dock.browser.setSource(dock.browser.source().resolved(QUrl("clean_layer.html")))  # the "Next" link
    assert dock.page_id == "clean_layer"
    assert {r.id for r in dock.resources} == {r.id for r in catalogue.for_page("clean_layer")}
    assert dock.browser.toPlainText().startswith("Cleaning: choose the survey to check")
    dock.stop_probe()


def test_overview_diagram_is_not_cut_at_the_docks_first_width(qgis_app):
    from cartong_plugin.gui.learning.help_dock import HelpDock

    dock = HelpDock(language="fr")
    dock.show_page("index")
    dock.show()
    QCoreApplication.processEvents()
    document = dock.browser.document()
    document.setTextWidth(1)
    widest = document.idealWidth()  # the diagram (360 px) or the longest word: what cannot wrap
    document.setTextWidth(dock.browser.viewport().width())
    assert widest >= 360
    assert dock.browser.viewport().width() >= widest
    dock.close()
