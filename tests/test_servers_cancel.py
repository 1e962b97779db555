# SPDX-License-Identifier: GPL-3.0-or-later
"""A cancel stops a request waiting on a silent server within seconds, not at the 2-minute read
timeout (``core.servers.interrupt``); what was received before is kept for the next attempt."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_PASSWORD, KOBO_TOKEN, KOBO_USER

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

BOUND = 10.0  # seconds: a hang guard, far below the 120-second read timeout


class SilentServer:
    """Accepts connections and never answers (``head`` is sent first, then nothing)."""

    def __init__(self, head: bytes = b""):
        self.head = head
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.held.append(conn)
            if self.head:
                conn.recv(65536)
                conn.sendall(self.head)

    def close(self) -> None:
        self.listener.close()
        for conn in self.held:
            conn.close()


@pytest.fixture()
def silent():
    server = SilentServer()
    yield server
    server.close()


def _cancel_after(feedback, seconds: float) -> None:
    threading.Timer(seconds, feedback.cancel).start()


def _timed(call):
    started = time.monotonic()
    call()
    return time.monotonic() - started


def test_cancel_stops_a_request_waiting_for_the_headers(qgis_app, silent, tmp_path):
    from qgis.core import QgsFeedback

    from cartong_plugin.core.servers.server_errors import DownloadCancelled
    from cartong_plugin.core.servers.sync import sync_kobo

    feedback = QgsFeedback()
    _cancel_after(feedback, 0.5)

    def run():
        with pytest.raises(DownloadCancelled):
            sync_kobo(silent.url, KOBO_TOKEN, ASSET_UID, tmp_path / "x.gpkg", feedback=feedback)

    assert _timed(run) < BOUND
    assert not (tmp_path / "x.gpkg").exists()


@pytest.mark.parametrize("to_file", [False, True], ids=["page", "attachment"])
def test_cancel_stops_a_body_that_stopped_arriving(qgis_app, tmp_path, to_file):
    from qgis.core import QgsFeedback

    from cartong_plugin.core.servers.http import ServerClient
    from cartong_plugin.core.servers.server_errors import DownloadCancelled

    server = SilentServer(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":')
    feedback = QgsFeedback()
    client = ServerClient(server.url, feedback=feedback)
    _cancel_after(feedback, 0.5)

    def run():
        with pytest.raises(DownloadCancelled):
            if to_file:
                client.download_file("/file.jpg", tmp_path / "file.jpg")
            else:
                client.get_json("/page")

    try:
        assert _timed(run) < BOUND
    finally:
        client.close()
        server.close()
    assert not list(tmp_path.iterdir())  # no file, no .part file


def test_cancel_while_the_server_hangs_after_a_page(qgis_app, fake_server, tmp_path):
    from qgis.core import QgsFeedback

    from cartong_plugin.core.servers.server_errors import DownloadCancelled
    from cartong_plugin.core.servers.sync import sync_kobo

    gpkg = tmp_path / "x.gpkg"
    fake_server.inject("/data/", delay=600, after=1)  # the first page comes, the second never does
    feedback = QgsFeedback()
    _cancel_after(feedback, 1.5)

    def run():
        with pytest.raises(DownloadCancelled):
            sync_kobo(fake_server.url, KOBO_TOKEN, ASSET_UID, gpkg, feedback=feedback, page_size=100)

    assert _timed(run) < BOUND
    assert not gpkg.exists()
    fake_server.clear()
    result = sync_kobo(fake_server.url, KOBO_TOKEN, ASSET_UID, gpkg, page_size=100)
    assert result.total_records == 250  # the connection pool is not left broken


def test_a_server_that_stops_answering_still_keeps_the_pages_received(qgis_app, fake_server, tmp_path):
    """Without a cancel, the read timeout ends the wait as before and the pages received are kept."""
    from cartong_plugin.core.servers.server_errors import ServerTimeout
    from cartong_plugin.core.servers.sync import sync_kobo

    gpkg = tmp_path / "x.gpkg"
    fake_server.inject("/data/", delay=600, after=1, times=99)
    with pytest.raises(ServerTimeout, match="kept"):
        sync_kobo(
            fake_server.url, KOBO_TOKEN, ASSET_UID, gpkg, page_size=100, timeout=(5, 0.5), max_retries=1, backoff=0
        )
    fake_server.clear()
    result = sync_kobo(fake_server.url, KOBO_TOKEN, ASSET_UID, gpkg, page_size=100)
    assert result.resumed_records == 100 and result.total_records == 250


def test_cancel_stops_the_login_check(qgis_app, silent):
    from qgis.core import QgsFeedback

    from cartong_plugin.core.servers.server_errors import DownloadCancelled
    from cartong_plugin.gui.download.jobs import KOBO, ServerLogin, check_connection

    feedback = QgsFeedback()
    _cancel_after(feedback, 0.5)
    login = ServerLogin(KOBO, silent.url, username=KOBO_USER, password=KOBO_PASSWORD)

    def run():
        with pytest.raises(DownloadCancelled):
            check_connection(login, feedback)

    assert _timed(run) < BOUND
