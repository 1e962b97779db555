# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers of a misbehaving server or proxy that are not what they say: never kept, never a traceback.

Found by the outside test of the downloads with misbehaving servers (attack 19server):
finding 1, an attachment answered ``200`` with an empty body or a JSON error (``{"detail":"Not found."}``, what
API gateways and media proxies send), also ``204`` or a ``302`` without Location, was saved as the photo,
counted as downloaded and never asked again by an update.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import (
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
