# SPDX-License-Identifier: GPL-3.0-or-later
"""The server token goes only to the exact origin configured (scheme, host, port), redirects included.

Found as issue #13: the same-site rule compared host names without the public-suffix list, so a
``next`` link to ``attacker.co.uk`` got the token configured for ``mykobo.co.uk``. Look-alike host
names are resolved to 127.0.0.1 here: every request still reaches only the local fake server.
"""

from __future__ import annotations

import socket

import pytest

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, no_sleep

HOME = "mykobo.co.uk"
LOOK_ALIKES = ("evilmykobo.co.uk", "attacker.co.uk", "mykobo.co.uk.evil.org")


@pytest.fixture()
def local_names(monkeypatch):
    """HOME and its look-alikes resolve to 127.0.0.1 (nothing leaves this machine)."""
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if host in (HOME, *LOOK_ALIKES):
            host = "127.0.0.1"
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


def _requests_to(server, host_prefix: str) -> list[dict]:
    return [r for r in server.state.requests if r["host"].startswith(host_prefix + ":")]


@pytest.mark.parametrize("look_alike", [*LOOK_ALIKES, "other port"])
@pytest.mark.parametrize("path", ["same list", "another list"])
def test_next_link_to_a_look_alike_origin_is_not_followed(
    qgis_app, fake_server, local_names, tmp_path, look_alike, path
):
    """Not even without the token (an ODK app-user token is in the link's path). The link of a Kobo that
    pages by _id is not followed at all, so it does not stop the download (attack 7, finding 3); one it must
    follow (a Kobo that ignores the query) is asked of the configured server when it leads to the same list,
    else the download stops, says why, and keeps what came for the next attempt."""
    from cartong_plugin.core.servers.server_errors import InvalidResponse
    from cartong_plugin.core.servers.sync import sync_kobo

    other = FakeServer(records=250).start()  # the same host on another port
    try:
        if look_alike == "other port":
            target, watched = f"http://{HOME}:{other.port}", other
        else:
            target, watched = f"http://{look_alike}:{fake_server.port}", fake_server
        listed = ASSET_UID if path == "same list" else "aSecondSurvey02"
        fake_server.inject("/data/", next_link=target + f"/api/v2/assets/{listed}/data/?start=100&limit=100")
        result = sync_kobo(
            f"http://{HOME}:{fake_server.port}", KOBO_TOKEN, ASSET_UID, tmp_path / "x.gpkg", page_size=100
        )
        assert result.total_records == 250  # by _id: the link is not even read
        fake_server.state.edit_record = lambda i, record, host: dict(record, _id=1000 - i)  # ids out of order
        fake_server.inject("/data/", next_link=target + f"/api/v2/assets/{listed}/data/?start=100&limit=100")
        if path == "same list":
            result = sync_kobo(
                f"http://{HOME}:{fake_server.port}", KOBO_TOKEN, ASSET_UID, tmp_path / "y.gpkg", page_size=100
            )
            assert result.total_records == 250
        else:
            with pytest.raises(InvalidResponse, match="that leads to another server") as caught:
                sync_kobo(
                    f"http://{HOME}:{fake_server.port}", KOBO_TOKEN, ASSET_UID, tmp_path / "y.gpkg", page_size=100
                )
            assert "100 submissions already downloaded are kept" in str(caught.value)
        host = target.split("//", 1)[1].rsplit(":", 1)[0]
        followed = _requests_to(watched, host) if look_alike != "other port" else watched.state.requests
        assert followed == []
        assert all(r["auth"] for r in _requests_to(fake_server, HOME))  # the real server did get it
    finally:
        other.stop()


def test_redirect_to_a_look_alike_host_gets_no_token(qgis_app, fake_server, local_names):
    from cartong_plugin.core.servers.kobo import KoboClient
    from cartong_plugin.core.servers.server_errors import AuthenticationFailed

    fake_server.inject(
        "/api/v2/assets/",
        status=302,
        headers={"Location": f"http://evilmykobo.co.uk:{fake_server.port}/api/v2/assets/"},
    )
    client = KoboClient(f"http://{HOME}:{fake_server.port}", KOBO_TOKEN)
    with pytest.raises(AuthenticationFailed):
        client.list_surveys()
    evil = _requests_to(fake_server, "evilmykobo.co.uk")
    assert evil and not any(r["auth"] for r in evil)


def test_redirect_that_stays_on_the_origin_keeps_the_token(qgis_app, fake_server, local_names):
    from cartong_plugin.core.servers.kobo import KoboClient

    fake_server.inject(
        "/api/v2/assets/", status=302, headers={"Location": "http://{host}/api/v2/assets/?limit=100&format=json"}
    )
    surveys = KoboClient(f"http://{HOME}:{fake_server.port}", KOBO_TOKEN).list_surveys()
    assert [s.uid for s in surveys][:1] == [ASSET_UID]
    assert all(r["auth"] for r in fake_server.state.requests)


@pytest.mark.parametrize(
    "new_url, keeps",
    [
        ("https://mykobo.co.uk/api/v2/assets/", True),
        ("https://mykobo.co.uk:443/x", True),
        ("http://mykobo.co.uk/api/v2/assets/", False),  # downgrade to clear text
        ("https://mykobo.co.uk:8443/x", False),  # another port
        ("https://evilmykobo.co.uk/x", False),
        ("https://attacker.co.uk/x", False),
        ("https://mykobo.co.uk.evil.org/x", False),
        ("https://kc.mykobo.co.uk/x", False),  # a sibling is another origin too
    ],
)
def test_redirects_keep_credentials_only_on_the_exact_origin(qgis_app, new_url, keeps):
    from cartong_plugin.core.servers.bounds import OriginSession

    session = OriginSession("https://mykobo.co.uk")
    assert session.should_strip_auth("https://mykobo.co.uk/api/v2/assets/", new_url) is (not keeps)


def test_an_http_next_link_from_an_https_server_is_another_origin_until_upgraded(qgis_app):
    from cartong_plugin.core.servers.bounds import same_origin
    from cartong_plugin.core.servers.http import ServerClient

    assert not same_origin("http://mykobo.co.uk/x", "https://mykobo.co.uk")
    client = ServerClient("https://mykobo.co.uk")
    assert same_origin(client.url("http://mykobo.co.uk/x"), client.base_url)  # followed over https only
