# SPDX-License-Identifier: GPL-3.0-or-later
"""tests/tools/check_links.py against a local server (the real catalogue is never asked in tests)."""

from __future__ import annotations

import http.server
import importlib.util
import json
import socket
import threading
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent / "tools" / "check_links.py"


@pytest.fixture(scope="module")
def check_links():
    spec = importlib.util.spec_from_file_location("check_links", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Handler(http.server.BaseHTTPRequestHandler):
    """/ok answers, /gone is 404, /no-head refuses HEAD but answers GET, /moved redirects to /ok."""

    def do_HEAD(self):  # noqa: N802
        if self.path == "/no-head":
            self.send_response(405)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        else:
            self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    def do_GET(self):  # noqa: N802
        self.send_response(200 if self.path in ("/ok", "/no-head") else 404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_answering_links_pass_and_dead_links_fail(check_links, server):
    assert check_links.check_url(server + "/ok", timeout=5) == (True, "200")
    assert check_links.check_url(server + "/gone", timeout=5) == (False, "404")
    assert check_links.check_url(server + "/no-head", timeout=5) == (True, "200")
    answers, detail = check_links.check_url(server + "/moved", timeout=5)
    assert answers and detail.endswith("/ok")


def test_unreachable_server_is_a_connection_error(check_links):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert check_links.check_url(f"http://127.0.0.1:{port}/", timeout=5) == (False, "ConnectionError")


def test_trainer_catalogue_links_are_checked_and_broken_ones_fail_the_run(
    check_links, server, tmp_path, capsys, monkeypatch
):
    catalogue = tmp_path / "trainer.json"
    catalogue.write_text(
        json.dumps(
            {
                "resources": [
                    {"id": "alive", "topic": "cleaning", "title": {"en": "Alive"}, "url": server + "/ok"},
                    {"id": "dead", "topic": "cleaning", "title": {"en": "Dead"}, "url": server + "/gone"},
                ]
            }
        ),
        encoding="utf-8",
    )
    # Only the trainer's file: the bundled catalogue points to the internet.
    monkeypatch.setattr(check_links, "bundled_catalogue_path", lambda: catalogue)
    assert check_links.main(["--timeout", "5"]) == 1
    out = capsys.readouterr().out
    assert f"BROKEN  404          {server}/gone  [dead]" in out
    assert f"OK      200          {server}/ok  [alive]" in out
