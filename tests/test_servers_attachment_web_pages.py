# SPDX-License-Identifier: GPL-3.0-or-later
"""An attachment answered with a web page (a login page) is never kept as the file.

Found by the outside test of the downloads (attack 7, finding 1): older and self-hosted KoboToolbox servers
give attachment links on their kobocat host (``kc.<domain>/media/original?media_file=...``); without the
token kc redirects to ``/accounts/login/`` and answers its sign-in page with status 200. That page was saved
as every photo, counted as downloaded, and never asked again (a file on disk was skipped). The token may go
to the ``kc.`` sibling of a ``kf.`` server (the way Kobo is deployed), and to no other host.
"""

from __future__ import annotations

import socket

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import FORMHUB_UUID, KOBO_TOKEN, attachment_bytes, make_record

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, other

LOGIN_PAGE = (
    b"<!DOCTYPE html><html><head><title>Sign in | KoboToolbox</title></head>"
    b"<body><form action='/accounts/login/'>login</form></body></html>"
)
PHOTOS = [0, 10, 20]  # the photos of the first 30 submissions


def kobocat(handler, path, query):
    """What kc does: the file with the token, else a redirect to its login page, which answers 200 HTML."""
    if path.startswith("/media/"):
        if handler.headers.get("Authorization") == f"Token {KOBO_TOKEN}":
            return 200, attachment_bytes(int(query["i"])), "image/jpeg", {}
        host = handler.headers.get("Host")
        return 302, b"", "text/html", {"Location": f"http://{host}/accounts/login/?next={path}"}
    if path.startswith("/accounts/login/"):
        return 200, LOGIN_PAGE, "text/html; charset=utf-8", {}
    return None


def on_files_host(files_host: str):
    """Kobo records whose photo links are on ``files_host`` (host:port), as kpi wrote them before 2024."""

    def edit(i, record, _host):
        for attachment in record["_attachments"]:
            media = f"cartong_officer%2Fattachments%2F{FORMHUB_UUID}%2F{record['_uuid']}%2Fphoto_{i}.jpg"
            attachment["download_url"] = f"http://{files_host}/media/original?media_file={media}&i={i}"
        return record

    return edit


def _photo(tmp_path, i: int):
    return tmp_path / "k_attachments" / make_record(i, "")["_uuid"] / f"photo_{i}.jpg"


def test_a_login_page_on_the_files_host_is_not_kept_as_the_photo(
    cartong_provider, fake_server, other, tmp_path, monkeypatch
):
    fake_server.state.count = 30
    fake_server.state.edit_record = on_files_host(f"127.0.0.1:{other.port}")
    other.state.route = kobocat
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["TOTAL_RECORDS"] == 30 and outcome["ATTACHMENTS"] == 0
    assert outcome["MISSING_ATTACHMENTS"] == [f"photo_{i}.jpg" for i in PHOTOS]
    assert not any(_photo(tmp_path, i).exists() for i in PHOTOS)
    assert not any(r["auth"] for r in other.state.requests)  # the token never went there
    assert (
        f"Attachment photo_0.jpg of submission {make_record(0, '')['_uuid']} was skipped: 127.0.0.1:{other.port} "
        "answered attachment photo_0.jpg with a web page (a login page, for example) instead of the file, so it "
        f"was not kept: the file is on 127.0.0.1:{other.port}, which is not 127.0.0.1:{fake_server.port}"
    ) in "\n".join(feedback.warnings)


@pytest.mark.parametrize("how", ["text/html", "html sent as a photo"])
def test_a_web_page_answered_for_an_attachment_on_the_server_is_refused(
    cartong_provider, fake_server, tmp_path, monkeypatch, how
):
    fake_server.state.count = 30
    if how == "text/html":  # a proxy's captive portal, an expired SSO session
        fake_server.inject("/attachments/", html=True, times=1)
    else:
        fake_server.inject("/attachments/", status=200, body=LOGIN_PAGE, times=1)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 2 and outcome["MISSING_ATTACHMENTS"] == ["photo_0.jpg"]
    assert not _photo(tmp_path, 0).exists()
    assert any(
        "answered attachment photo_0.jpg with a web page (a login page, for example) instead of the file" in w
        and "run an update with attachments to fetch it" in w
        for w in feedback.warnings
    )


def test_a_login_page_kept_as_the_photo_by_an_earlier_version_is_fetched_again(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    fake_server.state.count = 30
    _photo(tmp_path, 0).parent.mkdir(parents=True)
    _photo(tmp_path, 0).write_bytes(LOGIN_PAGE)
    _photo(tmp_path, 10).parent.mkdir(parents=True)
    _photo(tmp_path, 10).write_bytes(b"\xff\xd8 a real photo kept from before")
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 3 and outcome["MISSING_ATTACHMENTS"] == []
    assert _photo(tmp_path, 0).read_bytes() == attachment_bytes(0)
    assert _photo(tmp_path, 10).read_bytes() == b"\xff\xd8 a real photo kept from before"  # not asked again
    asked = [r["path"] for r in fake_server.state.requests if "/attachments/" in r["path"]]
    assert len(asked) == 2 and not any("/500010/" in path for path in asked)


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_an_update_with_attachments_fetches_a_login_page_kept_as_an_earlier_photo(
    cartong_provider, fake_server, tmp_path, monkeypatch, kind
):
    fake_server.state.count = 30
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True)
    _photo(tmp_path, 10).write_bytes(LOGIN_PAGE)  # what an earlier version kept
    fake_server.add_records(2)
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 2 and outcome["ATTACHMENTS"] == 1 + 1 and outcome["MISSING_ATTACHMENTS"] == []
    assert _photo(tmp_path, 10).read_bytes() == attachment_bytes(10)
    assert "1 attachment was missing after earlier downloads: 1 fetched now, 0 still missing." in feedback.infos


@pytest.fixture()
def kobo_names(monkeypatch):
    """The names of a Kobo deployment (and a stranger's) resolve to 127.0.0.1: nothing leaves this machine."""
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        if str(host).endswith(".test"):
            host = "127.0.0.1"
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


@pytest.mark.parametrize(
    "server, files, trusted",
    [
        ("kf.kobo.test", "kc.kobo.test", True),  # KoboToolbox's own pair: kf (kpi) and kc (kobocat)
        ("kobo.test", "kc.kobo.test", False),  # the server is not kf.<domain>
        ("kf.kobo.test", "kc.other.test", False),  # another domain
        ("kf.kobo.test", "kc.kf.kobo.test", False),  # not the sibling
        ("eu.kobo.test", "kc-eu.kobo.test", True),  # the EU server's pair: eu / kc-eu.kobotoolbox.org
        ("kobo.ngo.test", "kc-kobo.ngo.test", True),  # kobo-install's own names (kobo.drc.ngo / kc-kobo.drc.ngo)
        ("eu.kobo.test", "kc.kobo.test", False),  # the global server's file host is not the EU one's
        ("kf.kobo.test", "kc-kf.kobo.test", False),  # kf's sibling is kc only
        ("kc-eu.kobo.test", "kc-kc-eu.kobo.test", False),  # a file host has no file host
    ],
)
def test_the_token_goes_to_the_kc_sibling_of_a_kf_server_only(
    cartong_provider, fake_server, kobo_names, tmp_path, monkeypatch, server, files, trusted
):
    fake_server.state.count = 30
    fake_server.state.edit_record = on_files_host(f"{files}:{fake_server.port}")
    fake_server.state.route = kobocat
    url = f"http://{server}:{fake_server.port}"
    outcome, feedback = run_download(monkeypatch, "kobo", url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    on_files = [r for r in fake_server.state.requests if r["host"].startswith(files + ":")]
    assert on_files and all(r["auth"] is trusted for r in on_files)
    assert all(r["auth"] for r in fake_server.state.requests if r["host"].startswith(server + ":"))
    said = f"{server}:{fake_server.port} keeps its attachments on {files}:{fake_server.port}"
    if trusted:
        assert outcome["ATTACHMENTS"] == 3 and outcome["MISSING_ATTACHMENTS"] == []
        assert _photo(tmp_path, 20).read_bytes() == attachment_bytes(20)
        assert sum(said in line for line in feedback.infos) == 1
    else:
        assert outcome["ATTACHMENTS"] == 0 and len(outcome["MISSING_ATTACHMENTS"]) == 3
        assert not any(said in line for line in feedback.infos)


MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256))
FILES_CALLED_PAGES = {  # what a storage or proxy with wrong metadata sends as text/html
    "jpeg": attachment_bytes(10),
    "mp4": MP4,
    "amr": b"#!AMR\n" + bytes(range(64)),
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
}


@pytest.mark.parametrize("kind", sorted(FILES_CALLED_PAGES))
def test_a_real_file_labelled_text_html_is_kept(cartong_provider, fake_server, tmp_path, monkeypatch, kind):
    """Review 19, item 6: refused on the Content-Type alone, on every update, and the user told to check a login."""
    fake_server.state.count = 30
    body = FILES_CALLED_PAGES[kind]
    fake_server.inject("/500010/attachments/", status=200, body=body, content_type="text/html; charset=utf-8")
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 3 and outcome["MISSING_ATTACHMENTS"] == []
    assert _photo(tmp_path, 10).read_bytes() == body
    assert not any("photo_10" in w for w in feedback.warnings)


@pytest.mark.parametrize("body", [LOGIN_PAGE, b"Access denied", b""])
def test_a_body_labelled_text_html_that_is_no_file_is_still_refused(
    cartong_provider, fake_server, tmp_path, monkeypatch, body
):
    fake_server.state.count = 30
    fake_server.inject("/500010/attachments/", status=200, body=body, content_type="text/html")
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 2 and outcome["MISSING_ATTACHMENTS"] == ["photo_10.jpg"]
    assert not _photo(tmp_path, 10).exists()
    assert any("answered attachment photo_10.jpg with a web page (a login page" in w for w in feedback.warnings)
