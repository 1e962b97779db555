# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers of a misbehaving server or proxy that are not what they say: never kept, never a traceback.

Found by the outside test of the downloads with misbehaving servers (attack 19server):
finding 1, an attachment answered ``200`` with an empty body or a JSON error (``{"detail":"Not found."}``, what
API gateways and media proxies send), also ``204`` or a ``302`` without Location, was saved as the photo,
counted as downloaded and never asked again by an update; finding 2, a redirect loop (a reverse proxy sending
http and https to each other) on one attachment or on a data page ended the whole run with "An unexpected
error stopped the run (TooManyRedirects)" and kept nothing; finding 7, an answer labelled gzip but not
compressed was told as a cut connection, "Try again", although trying again never helps.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import (
    ASSET_UID,
    FORM_ID,
    ODK_APP_TOKEN,
    PROJECT_ID,
    attachment_bytes,
    make_record,
)

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, waits

PHOTO_10 = "/500010/attachments/"  # the Kobo address of submission 10's photo (30 submissions: photos 0, 10, 20)


def _photo(tmp_path, i: int):
    return tmp_path / "k_attachments" / make_record(i, "")["_uuid"] / f"photo_{i}.jpg"


@pytest.mark.parametrize(
    "answer, sentence",
    [
        (dict(status=200, body=b""), "sent an empty answer for attachment photo_10.jpg instead of the file"),
        (
            dict(status=200, body=b'{"detail":"Not found."}'),
            'answered attachment photo_10.jpg with a message instead of the file ({"detail":"Not found."})',
        ),
        (  # a gateway that keeps the type of the file it failed to get
            dict(status=200, body=b'{"error": "upstream timed out"}', content_type="image/jpeg"),
            'with a message instead of the file ({"error": "upstream timed out"})',
        ),
        (  # the file storage behind the server (S3, MinIO) saying what it did not find
            dict(status=200, body=b"<?xml version='1.0'?>\n<Error><Code>NoSuchKey</Code></Error>\n"),
            "with a message instead of the file (<?xml version='1.0'?> <Error><Code>NoSuchKey</Code></Error>)",
        ),
        (dict(status=200, body=b"\r\n\r\n"), "sent an empty answer for attachment photo_10.jpg"),
        (dict(status=204, body=b""), "answered attachment photo_10.jpg with HTTP 204 and no file"),
        (dict(status=302, body=b"Found", content_type="text/plain"), "with HTTP 302 and no file"),
    ],
)
def test_an_attachment_answered_without_the_file_is_not_kept_and_an_update_fetches_it(
    cartong_provider, fake_server, tmp_path, monkeypatch, answer, sentence
):
    fake_server.state.count = 30
    fake_server.inject(PHOTO_10, times=1, **answer)
    gpkg = tmp_path / "k.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    assert outcome["TOTAL_RECORDS"] == 30
    assert outcome["ATTACHMENTS"] == 2 and outcome["MISSING_ATTACHMENTS"] == ["photo_10.jpg"]
    assert not _photo(tmp_path, 10).exists()
    assert not list(_photo(tmp_path, 10).parent.glob("*.part"))  # nothing half-written either
    assert _photo(tmp_path, 0).read_bytes() == attachment_bytes(0)
    warnings = "\n".join(feedback.warnings)
    assert sentence in warnings and "run the download again into this GeoPackage with Update" in warnings

    # the server works again: the update the warning advises fetches the photo
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True, UPDATE=True)
    assert outcome["MISSING_ATTACHMENTS"] == []
    assert _photo(tmp_path, 10).read_bytes() == attachment_bytes(10)
    assert "1 attachment was missing after earlier downloads: 1 fetched now, 0 still missing." in feedback.infos


@pytest.mark.parametrize("kind", ["kobo", "odk"])
@pytest.mark.parametrize("junk", [b"", b'{"detail":"Not found."}'])
def test_an_empty_file_or_error_message_kept_by_an_earlier_version_is_fetched_again(
    cartong_provider, fake_server, tmp_path, monkeypatch, kind, junk
):
    fake_server.state.count = 30
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True)
    _photo(tmp_path, 10).write_bytes(junk)  # what an earlier version kept as the photo
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True, UPDATE=True)
    assert outcome["MISSING_ATTACHMENTS"] == []
    assert _photo(tmp_path, 10).read_bytes() == attachment_bytes(10)
    assert "1 attachment was missing after earlier downloads: 1 fetched now, 0 still missing." in feedback.infos


def test_a_json_file_that_is_the_attachment_is_kept(cartong_provider, fake_server, tmp_path, monkeypatch):
    """A JSON body is refused only where the attachment is not JSON itself (a photo, a recording)."""
    fake_server.state.count = 30
    fake_server.state.attachment_names = {10: ("answers.json", "answers.json")}

    def as_json(i, record, _host):
        for attachment in record["_attachments"]:
            attachment["mimetype"] = "application/json"
        return record

    fake_server.state.edit_record = as_json
    fake_server.inject(PHOTO_10, status=200, body=b'{"detail":"Not found."}', times=1)
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 3 and outcome["MISSING_ATTACHMENTS"] == []
    kept = tmp_path / "k_attachments" / make_record(10, "")["_uuid"] / "answers.json"
    assert kept.read_bytes() == b'{"detail":"Not found."}'


def test_a_redirect_loop_on_one_attachment_skips_that_file_only(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 25
    loop = f"http://{{host}}/api/v2/assets/{ASSET_UID}/data/500010/attachments/9010/"
    fake_server.inject(PHOTO_10, status=302, headers={"Location": loop}, times=999)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["TOTAL_RECORDS"] == 25
    assert outcome["ATTACHMENTS"] == 2 and outcome["MISSING_ATTACHMENTS"] == ["photo_10.jpg"]
    assert (
        f"127.0.0.1:{fake_server.port} redirected attachment photo_10.jpg from address to address in a loop "
        f"(http://127.0.0.1:{fake_server.port}/api/v2/assets/{ASSET_UID}/data/500010/attachments/9010/), so it "
        "never arrived: the server, or a proxy in front of it, is misconfigured"
    ) in "\n".join(feedback.warnings)


def test_a_redirect_loop_on_a_data_page_is_said_and_what_came_is_kept(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    fake_server.state.count = 12
    fake_server.state.page_limit = 5
    data = f"/api/v2/assets/{ASSET_UID}/data/"
    fake_server.inject(data, status=302, headers={"Location": "http://{host}" + data}, times=999, after=1)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg")
    message = said(outcome, feedback)
    assert isinstance(outcome, Exception) and "unexpected error" not in message
    assert (
        f"127.0.0.1:{fake_server.port} redirected the submissions of form {ASSET_UID} from address to address in "
        f"a loop (http://127.0.0.1:{fake_server.port}{data}), so it never arrived"
    ) in message
    assert "5 submissions already downloaded are kept beside k.gpkg" in message
    assert (tmp_path / ".k.gpkg.partial.jsonl").exists() and not (tmp_path / "k.gpkg").exists()

    fake_server.clear()  # the proxy mended: the next download continues from there
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg")
    assert (outcome["TOTAL_RECORDS"], outcome["RESUMED_RECORDS"]) == (12, 5)


def test_a_redirect_loop_never_quotes_the_app_user_token(cartong_provider, fake_server, tmp_path, monkeypatch):
    svc = f"/projects/{PROJECT_ID}/forms/{FORM_ID}.svc/Submissions"
    fake_server.inject(svc, status=302, headers={"Location": f"http://{{host}}/v1/key/{ODK_APP_TOKEN}{svc}"}, times=999)
    monkeypatch.setenv("CARTONG_TEST_APP_USER", ODK_APP_TOKEN)
    outcome, feedback = run_download(
        monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg", SECRET="env:CARTONG_TEST_APP_USER", USERNAME=""
    )
    message = said(outcome, feedback)
    assert f"from address to address in a loop (http://127.0.0.1:{fake_server.port}/v1/key/***{svc})" in message
    assert ODK_APP_TOKEN not in message and "unexpected error" not in message


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_an_answer_said_gzip_but_not_compressed_is_the_servers_fault(
    cartong_provider, fake_server, tmp_path, monkeypatch, waits, kind
):
    fake_server.state.count = 12
    page = f"/api/v2/assets/{ASSET_UID}/data/" if kind == "kobo" else f"/forms/{FORM_ID}.svc/Submissions"
    fake_server.inject(page, status=200, headers={"Content-Encoding": "gzip"}, body=b'{"value": []}', times=99)
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, tmp_path / "k.gpkg")
    message = said(outcome, feedback)
    assert isinstance(outcome, Exception)
    assert "saying it is compressed (gzip) when it is not, so it cannot be read: the server, or a proxy in " in message
    assert "Report it to the server's administrator." in message
    assert "cut in the middle" not in message and "Try again" not in message


def test_an_answer_garbled_once_is_asked_again(cartong_provider, fake_server, tmp_path, monkeypatch, waits):
    fake_server.state.count = 12
    data = f"/api/v2/assets/{ASSET_UID}/data/"
    fake_server.inject(data, status=200, headers={"Content-Encoding": "gzip"}, body=b'{"results": []}', times=1)
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg")
    assert outcome["TOTAL_RECORDS"] == 12 and len(waits) == 1
