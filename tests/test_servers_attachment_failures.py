# SPDX-License-Identifier: GPL-3.0-or-later
"""One bad attachment, a file storage that is down, a page that never ends: the download still ends, and
keeps what it got.

Found by the outside test of the downloads against misbehaving servers (attack 16c): one attachment item
whose link was not an http(s) address (``file:///etc/passwd``, ``ftp://``, a number) or that announced more
bytes than the free disk stopped the whole download and threw away every submission, leaving the photos
saved so far beside no GeoPackage (finding 6); a file storage answering 503 to every file cost 16 seconds
a file, one after another: 9 hours for 2000 photos (finding 7); a page trickling white space just above the
stall limit was never given up (finding 8). Waits and limits are lowered with monkeypatch.
"""

from __future__ import annotations

import time

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import attachment_bytes, make_record

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, waits


def _file_requests(server) -> list[str]:
    return [r["path"] for r in server.state.requests if "/attachments/" in r["path"]]


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# ----------------------------------------------------------------------------- finding 6: one bad item


@pytest.mark.parametrize("link", ["file:///etc/passwd", "ftp://127.0.0.1/photo.jpg", 12345, {"href": "x"}])
def test_an_attachment_without_an_http_address_is_skipped_and_named(
    cartong_provider, fake_server, tmp_path, monkeypatch, link
):
    fake_server.state.count = 30  # photos of submissions 0, 10 and 20

    def edit(i, record, host):
        if i == 10:
            record["_attachments"][0]["download_url"] = link
        return record

    fake_server.state.edit_record = edit
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert outcome["TOTAL_RECORDS"] == 30 and outcome["ATTACHMENTS"] == 2
    assert outcome["MISSING_ATTACHMENTS"] == ["photo_10.jpg"]
    uuid = make_record(10, "")["_uuid"]
    assert any(
        f"gave no usable address for attachment photo_10.jpg of submission {uuid}" in w
        and "not an http or https address" in w
        for w in feedback.warnings
    ), feedback.warnings
    assert not any("/500010/" in path for path in _file_requests(fake_server))
    assert _files(tmp_path / "survey_attachments") == ["photo_0.jpg", "photo_20.jpg"]


def test_an_attachment_with_a_number_for_its_link_and_no_file_name_is_skipped_too(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    fake_server.state.count = 30

    def edit(i, record, host):
        if i == 10:
            record["_attachments"][0] = {"download_url": 12345, "question_xpath": "photo"}
        return record

    fake_server.state.edit_record = edit
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "s.gpkg", ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert outcome["TOTAL_RECORDS"] == 30 and outcome["ATTACHMENTS"] == 2
    assert outcome["MISSING_ATTACHMENTS"] == ["attachment"]  # no name given: the one files get
    assert any("(12345: not an http or https address)" in w for w in feedback.warnings), feedback.warnings


def test_an_attachment_bigger_than_the_free_disk_is_skipped_and_the_others_come(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    fake_server.state.count = 30

    def route(handler, path, query):
        if "/data/500010/attachments/" not in path:
            return None
        handler.send_response(200)  # a storage server or proxy announcing a petabyte
        handler.send_header("Content-Type", "image/jpeg")
        handler.send_header("Content-Length", str(10**15))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(b"\xff\xd8\xff\xe0 partial")
        handler.close_connection = True
        return (200, b"", "image/jpeg", {})  # not read: the client has hung up

    fake_server.state.route = route
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert outcome["TOTAL_RECORDS"] == 30 and outcome["ATTACHMENTS"] == 2
    assert outcome["MISSING_ATTACHMENTS"] == ["photo_10.jpg"]
    assert any(
        "attachment photo_10.jpg is 953674317 MB, more than the free space on the disk of" in w
        for w in feedback.warnings
    ), feedback.warnings
    assert _files(tmp_path / "survey_attachments") == ["photo_0.jpg", "photo_20.jpg"]


def test_a_disk_that_fails_while_writing_a_photo_keeps_the_submissions_and_no_half_made_folder(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    from cartong_plugin.core.servers import bounds

    fake_server.state.count = 30
    written = []

    class FullDisk:  # the disk fills up during the second photo
        def __init__(self, handle):
            self.handle, self.name = handle, handle.name

        def write(self, data):
            if written and self.name not in written:
                raise OSError(28, "No space left on device")
            written.append(self.name)
            return self.handle.write(data)

    real = bounds.read_body
    monkeypatch.setattr(
        bounds,
        "read_body",
        lambda response, sink=None, **kw: real(response, sink=FullDisk(sink) if sink is not None else None, **kw),
    )
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    assert isinstance(outcome, Exception)
    message = said(outcome, feedback)
    assert "photo_10.jpg could not be written ([Errno 28] No space left on device)" in message
    assert "30 submissions already downloaded are kept beside survey.gpkg" in message
    assert "unexpected" not in message
    assert not gpkg.exists() and not (tmp_path / "survey_attachments").exists()  # photo_0.jpg went too
    assert (tmp_path / ".survey.gpkg.partial.jsonl").exists()

    monkeypatch.setattr(bounds, "read_body", real)  # space freed
    fake_server.clear()
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert outcome["RESUMED_RECORDS"] == 30 and outcome["TOTAL_RECORDS"] == 30 and outcome["ATTACHMENTS"] == 3
    assert not (tmp_path / ".survey.gpkg.partial.jsonl").exists()


def test_an_update_whose_geopackage_cannot_be_renamed_keeps_no_new_attachment(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    """review 17, item 7: the files of the run were removed only when the writing failed, not the final rename."""
    import os

    from cartong_plugin.core.base import atomic

    fake_server.state.count = 30  # photos 0, 10, 20
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    fake_server.add_records(20)  # photos 30 and 40
    real = os.replace

    def refused(source, target, *args, **kwargs):
        if os.fspath(target) == os.fspath(gpkg):  # another program holds the GeoPackage, say
            raise PermissionError(13, "Permission denied", os.fspath(target))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "replace", refused)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True, UPDATE=True)
    assert isinstance(outcome, Exception) and "survey.gpkg is open in QGIS" in str(outcome)
    assert _files(tmp_path / "survey_attachments") == ["photo_0.jpg", "photo_10.jpg", "photo_20.jpg"]


# ----------------------------------------------------------------------------- finding 7: storage down


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_a_file_storage_that_is_down_is_given_up_after_three_files_in_a_row(
    cartong_provider, fake_server, tmp_path, monkeypatch, waits, kind
):
    fake_server.state.count = 100  # 10 photos
    fake_server.inject("/attachments/", status=503, headers={"Retry-After": "60"}, times=1000)
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert outcome["TOTAL_RECORDS"] == 100 and outcome["ATTACHMENTS"] == 0
    assert sorted(outcome["MISSING_ATTACHMENTS"]) == sorted(f"photo_{i}.jpg" for i in range(0, 100, 10))
    assert len(_file_requests(fake_server)) == 3 * 5  # 3 files, each asked 5 times, then none
    assert waits and max(waits) <= 10  # the server's Retry-After of 60 s, capped for a file
    host = fake_server.url.split("://", 1)[1]
    assert (
        f"{host}'s file storage answered HTTP 503 for 3 attachments in a row: the remaining 7 attachments were "
        "not asked." in "\n".join(feedback.warnings)
    )
    assert sum("was skipped:" in w for w in feedback.warnings) == 3  # not one warning per file left


def test_a_file_that_comes_starts_the_count_of_failures_again(
    cartong_provider, fake_server, tmp_path, monkeypatch, waits
):
    fake_server.state.count = 100
    failing = {0, 10, 30, 40, 60, 70, 90}  # never 3 in a row

    def route(handler, path, query):
        parts = path.split("/data/")
        if "/attachments/" in path and int(parts[1].split("/")[0]) - 500000 in failing:
            return (503, b'{"detail": "Service unavailable"}', "application/json", {})
        return None

    fake_server.state.route = route
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "s.gpkg", ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert outcome["ATTACHMENTS"] == 3 and len(outcome["MISSING_ATTACHMENTS"]) == 7
    assert not any("were not asked" in w for w in feedback.warnings)


# ----------------------------------------------------------------------------- finding 8: a page never ends


def _slow_page(pieces: list[bytes], pause: float, seconds: float):
    """A route answering the data page with ``pieces`` one by one, ``pause`` apart, then spaces (each well
    above the stall limit) for ``seconds`` more."""

    def route(handler, path, query):
        if not path.endswith("/data/"):
            return None
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Connection", "close")
        if not seconds:  # a whole page, slowly
            handler.send_header("Content-Length", str(sum(len(piece) for piece in pieces)))
        handler.end_headers()
        handler.close_connection = True
        end = time.monotonic() + seconds
        try:
            for piece in pieces:
                handler.wfile.write(piece)
                handler.wfile.flush()
                time.sleep(pause)
            while time.monotonic() < end:
                handler.wfile.write(b" " * 40)
                handler.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass
        return (200, b"", "application/json", {})  # not read: the answer was written above

    return route


@pytest.mark.timeout(120)
def test_a_page_that_trickles_for_ever_is_given_up_with_a_sentence(
    cartong_provider, fake_server, tmp_path, monkeypatch, waits
):
    from cartong_plugin.core.servers import bounds

    monkeypatch.setattr(bounds, "MAX_PAGE_SECONDS", 1.0)
    fake_server.state.route = _slow_page([b'{"count": 30, "next": null, "previous": null, "results": ['], 0, 8)
    started = time.monotonic()
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "s.gpkg")
    assert isinstance(outcome, Exception)
    assert time.monotonic() - started < 20
    host = fake_server.url.split("://", 1)[1]
    assert f"{host} was still sending a page of the submissions of form" in str(outcome)
    assert "after 1 seconds" in str(outcome) and "Try again later" in str(outcome)
    assert sum(r["path"].endswith("/data/") for r in fake_server.state.requests) == 1  # not asked again
    assert not (tmp_path / "s.gpkg").exists()


@pytest.mark.timeout(120)
def test_a_slow_page_within_the_time_limit_is_downloaded(cartong_provider, fake_server, tmp_path, monkeypatch):
    import json

    from cartong_plugin.core.servers import bounds

    monkeypatch.setattr(bounds, "MAX_PAGE_SECONDS", 5.0)
    host = fake_server.url.split("://", 1)[1]
    body = json.dumps({"count": 2, "next": None, "previous": None, "results": [make_record(i, host) for i in (0, 1)]})
    pieces = [body[i : i + 200].encode() for i in range(0, len(body), 200)]
    fake_server.state.route = _slow_page(pieces, 1.5 / len(pieces), 0)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "s.gpkg")
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert outcome["TOTAL_RECORDS"] == 2


# ----------------------------------------------------------------------------- review 19, item 5: HTTP 206


def _whole(body: bytes) -> dict:
    return {"Content-Range": f"bytes 0-{len(body) - 1}/{len(body)}"}


@pytest.mark.parametrize("headers", [_whole, lambda body: {}], ids=["whole range", "no range"])
def test_a_whole_attachment_answered_206_is_kept(cartong_provider, fake_server, tmp_path, monkeypatch, headers):
    """Some media proxies answer 206 Partial Content with the whole file although no range was asked: it was
    refused as "HTTP 206 and no file", on every update."""
    fake_server.state.count = 30
    body = attachment_bytes(10)
    fake_server.inject("/500010/attachments/", status=206, body=body, content_type="image/jpeg", headers=headers(body))
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 3 and outcome["MISSING_ATTACHMENTS"] == []
    photo = tmp_path / "k_attachments" / make_record(10, "")["_uuid"] / "photo_10.jpg"
    assert photo.read_bytes() == body
    assert not any("photo_10" in w for w in feedback.warnings)


@pytest.mark.parametrize("part", ["start", "end"])
def test_part_of_an_attachment_answered_206_is_refused_and_listed(
    cartong_provider, fake_server, tmp_path, monkeypatch, part
):
    fake_server.state.count = 30
    whole = attachment_bytes(10)
    body, first = (whole[:10], 0) if part == "start" else (whole[10:], 10)
    content_range = {"Content-Range": f"bytes {first}-{first + len(body) - 1}/{len(whole)}"}
    fake_server.inject("/500010/attachments/", status=206, body=body, content_type="image/jpeg", headers=content_range)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 2 and outcome["MISSING_ATTACHMENTS"] == ["photo_10.jpg"]
    assert not (tmp_path / "k_attachments" / make_record(10, "")["_uuid"] / "photo_10.jpg").exists()
    assert any(
        "answered attachment photo_10.jpg with only part of the file (HTTP 206 Partial Content), so nothing was kept"
        in w
        for w in feedback.warnings
    )
