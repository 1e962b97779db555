# SPDX-License-Identifier: GPL-3.0-or-later
"""Every network fault of the issue, injected by the local server, and what the user is told."""

from __future__ import annotations

import socket

import pytest

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer, make_record

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, no_sleep


def _sync(server, gpkg, **options):
    from cartong_plugin.core.servers.sync import sync_kobo

    return sync_kobo(server.url, KOBO_TOKEN, ASSET_UID, gpkg, **options)


def _data_requests(server) -> int:
    return sum(1 for r in server.state.requests if r["path"].endswith("/data/"))


@pytest.fixture()
def synced(fake_server, tmp_path):
    """A GeoPackage already downloaded (250 submissions) and its bytes, to prove it stays untouched."""
    gpkg = tmp_path / "household.gpkg"
    _sync(fake_server, gpkg)
    fake_server.add_records(20)
    fake_server.clear()
    return gpkg, gpkg.read_bytes()


def test_401_says_the_token_is_wrong_or_expired(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import AuthenticationFailed
    from cartong_plugin.core.servers.sync import sync_kobo

    with pytest.raises(AuthenticationFailed, match=r"refused the credentials \(HTTP 401\).*wrong or has expired"):
        sync_kobo(fake_server.url, "expired-token-000", ASSET_UID, tmp_path / "x.gpkg")
    assert not (tmp_path / "x.gpkg").exists()


def test_403_says_the_account_lacks_permission(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import PermissionDenied

    fake_server.inject("/data/", status=403)
    with pytest.raises(PermissionDenied, match=r"accepted the credentials, but this account lacks permission"):
        _sync(fake_server, tmp_path / "x.gpkg")


def test_404_says_the_form_is_gone(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import NotFound
    from cartong_plugin.core.servers.sync import sync_kobo

    with pytest.raises(NotFound, match=r"form aDeletedForm999 was not found .*HTTP 404.*deleted"):
        sync_kobo(fake_server.url, KOBO_TOKEN, "aDeletedForm999", tmp_path / "x.gpkg")


def test_429_waits_for_retry_after_then_succeeds(qgis_app, fake_server, tmp_path, no_sleep):
    fake_server.inject("/data/", status=429, headers={"Retry-After": "7"}, times=2)
    result = _sync(fake_server, tmp_path / "x.gpkg", sleep=no_sleep)
    assert result.total_records == 250
    assert no_sleep.total == pytest.approx(14.0)  # twice the server's Retry-After, not our back-off
    assert _data_requests(fake_server) == 3


def test_retry_after_is_capped(qgis_app, fake_server, tmp_path, no_sleep):
    fake_server.inject("/data/", status=429, headers={"Retry-After": "86400"})
    _sync(fake_server, tmp_path / "x.gpkg", sleep=no_sleep, max_retry_wait=30)
    assert no_sleep.total == pytest.approx(30.0)


def test_500_then_success_is_retried_with_backoff(qgis_app, fake_server, tmp_path, no_sleep):
    fake_server.inject("/data/", status=500, times=2)
    result = _sync(fake_server, tmp_path / "x.gpkg", sleep=no_sleep, backoff=1.0)
    assert result.total_records == 250
    assert no_sleep.total == pytest.approx(1.0 + 2.0)  # exponential back-off
    assert _data_requests(fake_server) == 3


def test_persistent_503_gives_up_after_bounded_retries(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import ServerBusy

    fake_server.inject("/data/", status=503, times=100)
    with pytest.raises(ServerBusy, match=r"HTTP 503\) and still was after 4 attempts"):
        _sync(fake_server, tmp_path / "x.gpkg", sleep=no_sleep, max_retries=3)
    assert _data_requests(fake_server) == 4


def test_slow_server_times_out_with_a_clear_message(qgis_app, fake_server, tmp_path, no_sleep):
    fake_server.inject("/data/", delay=1.5)
    with pytest.raises(Exception, match=r"did not answer within 0.5 seconds") as err:
        _sync(fake_server, tmp_path / "x.gpkg", timeout=(2.0, 0.5), max_retries=0, sleep=no_sleep)
    assert type(err.value).__name__ == "ServerTimeout"  # not "offline": the server exists, it is slow


def test_truncated_json_is_reported_as_incomplete_answer(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import InvalidResponse

    fake_server.inject("/data/", truncate=True, times=100)  # cut every time: asked again, then reported
    with pytest.raises(InvalidResponse, match=r"incomplete or invalid answer for the submissions of form"):
        _sync(fake_server, tmp_path / "x.gpkg", sleep=no_sleep, max_retries=2)
    assert _data_requests(fake_server) == 3


def test_html_page_instead_of_json_is_reported(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import InvalidResponse

    fake_server.inject("/api/v2/assets/", html=True)
    with pytest.raises(InvalidResponse, match=r"a proxy may have answered instead of the server"):
        _sync(fake_server, tmp_path / "x.gpkg")


def test_html_page_is_said_in_a_sentence_and_python_s_json_error_only_in_the_log(qgis_app, fake_server, tmp_path):
    from qgis.core import QgsApplication

    from cartong_plugin.core.servers.server_errors import InvalidResponse

    logged = []

    def keep(text, *_args):
        logged.append(text)

    QgsApplication.messageLog().messageReceived.connect(keep)
    fake_server.inject("/data/", html=True)
    try:
        with pytest.raises(InvalidResponse, match="with a web page, not data") as caught:
            _sync(fake_server, tmp_path / "x.gpkg")
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
    assert "Expecting value" not in str(caught.value) and "JSON" not in str(caught.value)
    assert any("Expecting value: line 1 column 1" in line for line in logged)  # the details stay in the log


def test_connection_cut_mid_answer_is_retried(qgis_app, fake_server, tmp_path, no_sleep):
    fake_server.inject("/data/", cut=True)
    result = _sync(fake_server, tmp_path / "x.gpkg", sleep=no_sleep)
    assert result.total_records == 250 and _data_requests(fake_server) == 2


def test_count_growing_mid_download_keeps_every_submission_once(qgis_app, fake_server, tmp_path):
    from tests.servers.geopackage import gpkg_rows as _rows

    fake_server.inject("/data/", count_delta=30)  # 30 submissions arrive after the first page
    gpkg = tmp_path / "x.gpkg"
    result = _sync(fake_server, gpkg, page_size=100)
    assert result.total_records == 280
    assert _rows(gpkg, "SELECT COUNT(DISTINCT _uuid), COUNT(*) FROM raw_survey") == [(280, 280)]


def test_kobo_submissions_deleted_mid_download_cost_no_other_submission(qgis_app, fake_server, synced):
    """Kobo's pages are asked by _id: five submissions deleted after the first page (already downloaded)
    move no other one out of reach, so nothing is missing and nothing is refused (ODK's pages by
    position are checked afterwards: the next test)."""
    from tests.servers.geopackage import gpkg_rows as _rows

    gpkg, _original = synced
    fake_server.inject("/data/", count_delta=-5)
    result = _sync(fake_server, gpkg, update=False, page_size=100)
    assert result.total_records == 270 and result.server_count == 270
    assert _rows(gpkg, "SELECT COUNT(DISTINCT _id) FROM raw_survey") == [(270,)]


def test_odk_count_shrinking_mid_download_is_no_longer_refused(qgis_app, fake_server, tmp_path):
    """ODK's pages by position were refused when the count went down (a row may have slipped into a page
    already read); they are now checked against the server's list of ids (``test_servers_odk_deletions``)."""
    from cartong_plugin.core.servers.odk_central import OdkCentralClient
    from cartong_plugin.core.servers.records import RecordSpool
    from tests.servers.fake_kobo_odk import FORM_ID, ODK_EMAIL, ODK_PASSWORD, PROJECT_ID

    fake_server.inject(".svc/Submissions", count_delta=-5)  # the five oldest go, not yet downloaded
    client = OdkCentralClient(fake_server.url, email=ODK_EMAIL, password=ODK_PASSWORD)
    with RecordSpool(tmp_path) as spool:
        stats = client.download_submissions(PROJECT_ID, FORM_ID, spool, page_size=100)
        uuids = {record["_uuid"] for record in spool}
    assert uuids == {make_record(i, "")["_uuid"] for i in range(5, 250)}
    assert (stats.server_count, stats.received, stats.warnings) == (245, 245, [])
    assert stats.count_changes == [(250, 245)]


def test_failed_update_leaves_the_geopackage_untouched(qgis_app, fake_server, synced, no_sleep):
    from cartong_plugin.core.servers.server_errors import ServerBusy

    gpkg, original = synced
    fake_server.inject("/data/", status=502, times=100)
    with pytest.raises(ServerBusy):
        _sync(fake_server, gpkg, update=True, sleep=no_sleep)
    assert gpkg.read_bytes() == original
    assert sorted(p.name for p in gpkg.parent.iterdir()) == [gpkg.name]


def test_offline_says_so_at_once_and_offers_the_last_copy(qgis_app, synced):
    from cartong_plugin.core.servers.sync import OfflineError, sync_kobo

    gpkg, original = synced
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there any more
    with pytest.raises(
        OfflineError,
        match=r"Cannot reach 127.0.0.1:\d+.*last downloaded copy is still available: "
        r"household.gpkg \(250 submissions",
    ) as err:
        sync_kobo(f"http://127.0.0.1:{port}", KOBO_TOKEN, ASSET_UID, gpkg, update=True)
    assert err.value.last_copy == gpkg
    assert gpkg.read_bytes() == original


def test_dns_failure_names_the_host(qgis_app, tmp_path, monkeypatch):
    from cartong_plugin.core.servers.server_errors import NetworkUnavailable
    from cartong_plugin.core.servers.sync import sync_kobo

    real = socket.getaddrinfo

    def no_such_host(host, *args, **kwargs):  # resolve nothing off this machine
        if host == "kobo.example.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(NetworkUnavailable, match=r"server name kobo.example.invalid could not be found \(DNS\)"):
        sync_kobo("https://kobo.example.invalid", KOBO_TOKEN, ASSET_UID, tmp_path / "x.gpkg")


def test_tls_error_is_explained(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import ServerError

    https_url = fake_server.url.replace("http://", "https://")  # a plain-HTTP server: the handshake fails
    from cartong_plugin.core.servers.sync import sync_kobo

    with pytest.raises(ServerError, match=r"secure connection \(HTTPS/TLS\) to 127.0.0.1:\d+ failed"):
        sync_kobo(https_url, KOBO_TOKEN, ASSET_UID, tmp_path / "x.gpkg")


def test_cancel_during_backoff_stops_at_once(qgis_app, fake_server, tmp_path):
    from qgis.core import QgsFeedback

    from cartong_plugin.core.servers.server_errors import DownloadCancelled

    feedback = QgsFeedback()
    waits = []

    def sleep_then_cancel(seconds):
        waits.append(seconds)
        feedback.cancel()

    fake_server.inject("/data/", status=429, headers={"Retry-After": "600"})
    with pytest.raises(DownloadCancelled):
        _sync(fake_server, tmp_path / "x.gpkg", feedback=feedback, sleep=sleep_then_cancel)
    assert waits == [0.2]  # not 600 seconds


def test_qgis_proxy_settings_are_honoured(qgis_app, fake_server, tmp_path, monkeypatch):
    import qgis.core

    proxy = FakeServer(records=250).start()  # a second local server, used as the HTTP proxy
    try:
        values = {
            "proxy/proxyEnabled": "true",
            "proxy/proxyType": "HttpProxy",
            "proxy/proxyHost": "127.0.0.1",
            "proxy/proxyPort": str(proxy.port),
            "proxy/proxyExcludedUrls": "",
        }

        class ProxySettings:  # the QGIS options, without writing the shared test profile
            def value(self, key, default=None):
                return values.get(key, default)

        monkeypatch.setattr(qgis.core, "QgsSettings", ProxySettings)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        result = _sync(fake_server, tmp_path / "x.gpkg")
        assert result.total_records == 250
        proxied = [r for r in proxy.state.requests if r["proxied"]]
        assert proxied and proxied[0]["raw"].startswith(fake_server.url + "/api/v2/assets/")
        assert not any(r["path"].endswith("/data/") for r in fake_server.state.requests)

        values["proxy/proxyExcludedUrls"] = fake_server.url  # excluded in QGIS: straight to the server
        proxy.clear()
        _sync(fake_server, tmp_path / "y.gpkg")
        assert proxy.state.requests == []
    finally:
        proxy.stop()


def test_page_after_page_is_not_duplicated_when_a_record_shifts(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.kobo import KoboClient
    from cartong_plugin.core.servers.records import RecordSpool

    fake_server.inject("/data/", count_delta=1)
    with RecordSpool(tmp_path) as spool:
        stats = KoboClient(fake_server.url, KOBO_TOKEN).download_submissions(ASSET_UID, spool, page_size=50)
        ids = [r["_id"] for r in spool]
    assert ids == sorted(set(ids)) and len(ids) == 251 and stats.count_changes == [(250, 251)]
    assert ids[-1] == make_record(250, "")["_id"]


def test_unreachable_proxy_is_named_and_its_password_hidden(qgis_app, fake_server, tmp_path, monkeypatch):
    from cartong_plugin.core.servers.server_errors import NetworkUnavailable

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    proxy = f"http://officer:Pr0xy-S3cret@127.0.0.1:{port}"
    with pytest.raises(NetworkUnavailable, match=r"The proxy set in QGIS .* does not answer") as err:
        _sync(fake_server, tmp_path / "x.gpkg", proxies={"http": proxy, "https": proxy}, max_retries=0)
    assert "Pr0xy-S3cret" not in str(err.value)


def test_http_links_from_an_https_server_are_followed_over_https(qgis_app):
    from cartong_plugin.core.servers.http import ServerClient

    client = ServerClient("kf.kobotoolbox.org")  # no scheme: https is assumed
    assert client.base_url == "https://kf.kobotoolbox.org"
    link = "http://kf.kobotoolbox.org/api/v2/assets/aX/data/?limit=1000&start=1000"
    assert client.url(link) == "https://kf.kobotoolbox.org/api/v2/assets/aX/data/?limit=1000&start=1000"
    assert client.url("/api/v2/assets/") == "https://kf.kobotoolbox.org/api/v2/assets/"


def test_links_to_another_site_are_recognised(qgis_app):
    from cartong_plugin.core.servers.bounds import same_origin

    assert same_origin("https://KF.kobotoolbox.org:443/api/v2/x", "https://kf.kobotoolbox.org")
    assert not same_origin("https://kc.kobotoolbox.org/media/x.jpg", "https://kf.kobotoolbox.org")
    assert not same_origin("http://127.0.0.1:8000/a", "http://127.0.0.1:9000")
    assert not same_origin("https://kobotoolbox.org.evil.example/x", "https://kf.kobotoolbox.org")
    assert not same_origin("https://odk.other-ngo.org/v1", "https://odk.example.org")


def test_token_is_not_sent_to_another_site(qgis_app, fake_server, monkeypatch):
    from cartong_plugin.core.servers import http
    from cartong_plugin.core.servers.kobo import KoboClient
    from cartong_plugin.core.servers.server_errors import AuthenticationFailed

    client = KoboClient(fake_server.url, KOBO_TOKEN)
    client.list_surveys()
    assert fake_server.state.requests[-1]["auth"]  # same site: the token goes with the request
    monkeypatch.setattr(http, "same_origin", lambda url, base: False)  # as if the link led elsewhere
    with pytest.raises(AuthenticationFailed):
        client.list_surveys()
    assert fake_server.state.requests[-1]["auth"] is False
