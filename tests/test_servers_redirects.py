# SPDX-License-Identifier: GPL-3.0-or-later
"""A redirect to another server gets neither the password nor the trust of the download.

Found by the outside test of the download algorithms (attack 2, findings 1 and 8): ODK Central's login
answered ``307`` to another port, and the e-mail and password went there in the body (only the
``Authorization`` header was kept back); a Kobo data page redirected to another server was taken as the
form's data (0 submissions, no word).
Attack 16c, finding 4: the ODK app-user token is in the path of every address (``/v1/key/<token>/``), so a GET
redirected to the same path on another server took it there, although the answer was refused afterwards.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import ODK_APP_TOKEN, ODK_PASSWORD

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, other


@pytest.mark.parametrize("status", [307, 308, 302])
def test_a_login_redirected_to_another_server_sends_it_nothing(
    cartong_provider, fake_server, other, tmp_path, monkeypatch, status
):
    fake_server.inject(
        "/v1/sessions", status=status, headers={"Location": f"http://127.0.0.1:{other.port}/v1/sessions"}
    )
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "odk.gpkg")
    assert isinstance(outcome, Exception) and other.state.requests == []  # not even without the body
    message = said(outcome, feedback)
    assert f"127.0.0.1:{fake_server.port} redirected the login to another server (127.0.0.1:{other.port})" in message
    assert "your e-mail and password" in message and ODK_PASSWORD not in message
    assert not (tmp_path / "odk.gpkg").exists()


def test_a_login_redirected_on_its_own_server_still_logs_in(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.inject("/v1/sessions", status=307, headers={"Location": "http://{host}/v1/sessions"})
    outcome, _feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "odk.gpkg")
    assert outcome["TOTAL_RECORDS"] == 250
    assert [r["method"] for r in fake_server.state.requests if r["path"] == "/v1/sessions"] == ["POST", "POST"]


@pytest.mark.parametrize("status", [302, 307])
def test_a_kobo_data_page_redirected_to_another_server_is_not_taken_as_data(
    cartong_provider, fake_server, other, tmp_path, monkeypatch, status
):
    other.inject("/data/", status=200, body=b'{"count": 0, "next": null, "previous": null, "results": []}')
    fake_server.inject("/data/", status=status, headers={"Location": f"http://127.0.0.1:{other.port}/api/v2/x/data/"})
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg")
    assert isinstance(outcome, Exception) and not (tmp_path / "k.gpkg").exists()
    assert (
        f"127.0.0.1:{fake_server.port} redirected the submissions of form aHhWashCaf2026Sample to another server "
        f"(127.0.0.1:{other.port}); its answer was not taken as the data of 127.0.0.1:{fake_server.port}"
    ) in said(outcome, feedback)
    assert [r["auth"] for r in other.state.requests] == [False]  # and it got no token


def test_a_kobo_page_redirected_on_its_own_server_is_data(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.inject(
        "/data/", status=302, headers={"Location": "http://{host}/api/v2/assets/aHhWashCaf2026Sample/data/"}
    )
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg")
    assert outcome["TOTAL_RECORDS"] == 250


def test_an_app_user_address_redirected_to_another_server_is_not_followed(
    cartong_provider, fake_server, other, tmp_path, monkeypatch
):
    def moved(handler, path, query):  # the Central moved: the same path on the new host
        if path.startswith("/v1/key/"):
            return 301, b"", "text/html", {"Location": f"http://127.0.0.1:{other.port}{handler.path}"}
        return None

    fake_server.state.route = moved
    monkeypatch.setenv("CARTONG_TEST_APP_USER", ODK_APP_TOKEN)
    outcome, feedback = run_download(
        monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg", SECRET="env:CARTONG_TEST_APP_USER", USERNAME=""
    )
    assert isinstance(outcome, Exception) and other.state.requests == []  # the token never went there
    message = said(outcome, feedback)
    assert (
        f"127.0.0.1:{fake_server.port} redirected form household_wash_caf to another server (127.0.0.1:{other.port}); "
        "it was not followed, because the app-user token is part of every address"
    ) in message
    assert ODK_APP_TOKEN not in message and not (tmp_path / "o.gpkg").exists()
