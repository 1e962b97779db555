# SPDX-License-Identifier: GPL-3.0-or-later
"""Downloads always end, and keep what they got (issue #13), against the local fake server.

Each fault as found: a ``next`` link to itself ran forever; one byte every two seconds never timed
out; a huge page was read whole into memory; a JSON page cut with status 200 failed the whole
download; "what was already downloaded is kept" was promised but nothing was; one missing
attachment aborted everything; items that are not JSON objects gave a traceback. Limits are made
small through options or monkeypatch: no real 600 MB page, no long sleep.
"""

from __future__ import annotations

import json

import pytest

from tests.servers.fake_kobo_odk import ASSET_UID, FORM_ID, KOBO_TOKEN, ODK_EMAIL, ODK_PASSWORD, PROJECT_ID
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, no_sleep


def _sync(server, gpkg, **options):
    from cartong_plugin.core.servers.sync import sync_kobo

    return sync_kobo(server.url, KOBO_TOKEN, ASSET_UID, gpkg, **options)


def _sync_odk(server, gpkg, **options):
    from cartong_plugin.core.servers.sync import sync_odk

    return sync_odk(server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, **options)


def _data_requests(server, suffix="/data/") -> list[dict]:
    """The pages asked (not ODK's list of ids that checks them afterwards: ``$select=__id``)."""
    return [r for r in server.state.requests if r["path"].endswith(suffix) and "$select" not in r["query"]]


# ----------------------------------------------------------------------------- pages that never end


def test_next_link_to_itself_stops_with_a_clear_message(qgis_app, fake_server, tmp_path):
    """When the links are followed: ids out of order (a Kobo that pages by _id never follows them)."""
    from cartong_plugin.core.servers.server_errors import ServerError

    fake_server.state.edit_record = lambda i, record, host: dict(record, _id=1000 - i)
    fake_server.inject("/data/", next_link="{self}", times=50)
    with pytest.raises(
        ServerError,
        match=r"'next page' link for the submissions of form .* leads back to a page "
        r"already downloaded",
    ):
        _sync(fake_server, tmp_path / "x.gpkg", page_size=100)
    assert len(_data_requests(fake_server)) <= 3
    assert not (tmp_path / "x.gpkg").exists()


def test_odk_next_link_looping_between_two_pages_stops(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import ServerError

    # every page says its next page is the first one: page 1 -> page 2 -> page 1 ...
    first = (
        f"http://{{host}}/v1/projects/{PROJECT_ID}/forms/{FORM_ID}.svc/Submissions"
        "?%24wkt=false&%24expand=%2A&%24top=100&%24count=true&%24skip=0"
    )
    fake_server.inject(".svc/Submissions", next_link=first, times=50)
    with pytest.raises(ServerError, match=r"leads back to a page already downloaded"):
        _sync_odk(fake_server, tmp_path / "x.gpkg", page_size=100)
    assert len(_data_requests(fake_server, ".svc/Submissions")) <= 3


def test_endless_pages_stop_at_the_page_limit(qgis_app, fake_server, tmp_path, monkeypatch):
    from cartong_plugin.core.servers import bounds
    from cartong_plugin.core.servers.server_errors import ServerError

    monkeypatch.setattr(bounds, "MAX_PAGES", 3)
    with pytest.raises(ServerError, match=r"more than 3 pages for the submissions of form"):
        _sync(fake_server, tmp_path / "x.gpkg", page_size=10)
    assert len(_data_requests(fake_server)) == 3


# ----------------------------------------------------------------------------- answers that never end


@pytest.mark.timeout(60)  # the bug: an answer that never ends (not a timed assertion)
def test_one_byte_at_a_time_is_a_stalled_download(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import ServerTimeout

    fake_server.inject("/data/", drip=0.02, times=10)
    with pytest.raises(
        ServerTimeout,
        match=r"sends the submissions of form .* too slowly: \d+ bytes in the last "
        r"\d+ seconds.*stalled",
    ):
        _sync(
            fake_server,
            tmp_path / "x.gpkg",
            page_size=100,
            stall_seconds=0.3,
            min_bytes_per_second=1000,
            max_retries=1,
            sleep=no_sleep,
        )
    assert len(_data_requests(fake_server)) == 2  # asked again once, then given up
    assert not (tmp_path / "x.gpkg").exists()


def test_a_page_bigger_than_the_limit_is_refused_before_it_fills_memory(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import ServerError

    fake_server.inject("/data/", padding=3_000_000)
    with pytest.raises(ServerError, match=r"sent more than 1 MB for the submissions of form .* before it filled"):
        _sync(fake_server, tmp_path / "x.gpkg", max_page_bytes=1024**2)
    assert not (tmp_path / "x.gpkg").exists()


def test_page_cut_mid_json_with_status_200_is_asked_again(qgis_app, fake_server, tmp_path, no_sleep):
    fake_server.inject("/data/", truncate=True, after=1)  # the second page arrives cut, once
    result = _sync(fake_server, tmp_path / "x.gpkg", page_size=100, sleep=no_sleep)
    assert result.total_records == 250
    assert len(_data_requests(fake_server)) == 4  # 3 pages, the second one twice
    assert gpkg_rows(tmp_path / "x.gpkg", "SELECT COUNT(DISTINCT _uuid) FROM raw_survey") == [(250,)]


# ----------------------------------------------------------------------------- what came is kept


def test_interrupted_kobo_download_resumes_from_what_was_written(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import ServerBusy

    gpkg = tmp_path / "household.gpkg"
    fake_server.inject("/data/", status=503, times=100, after=2)  # two pages, then the server fails
    with pytest.raises(
        ServerBusy,
        match=r"what was already downloaded is kept.*100 submissions already downloaded "
        r"are kept beside household.gpkg",
    ):
        _sync(fake_server, gpkg, page_size=50, max_retries=0, sleep=no_sleep)
    assert not gpkg.exists()
    kept = tmp_path / ".household.gpkg.partial.jsonl"
    assert len(kept.read_text(encoding="utf-8").splitlines()) == 100

    fake_server.clear()
    result = _sync(fake_server, gpkg, page_size=50)
    asked = _data_requests(fake_server)
    assert len(asked) == 4  # how many up to the last one kept (all 100: none skipped), then pages 3 to 5 only
    assert json.loads(asked[0]["query"]["query"]) == {"_id": {"$lte": 500099}}
    assert json.loads(asked[1]["query"]["query"]) == {"_id": {"$gt": 500099}}  # after the last one kept
    assert (result.total_records, result.new_records, result.resumed_records) == (250, 250, 100)
    assert gpkg_rows(gpkg, "SELECT COUNT(DISTINCT _uuid), COUNT(*) FROM raw_survey") == [(250, 250)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["household.gpkg"]  # the kept part is gone


def test_interrupted_odk_download_resumes_from_what_was_written(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import ServerBusy

    gpkg = tmp_path / "odk.gpkg"
    fake_server.inject(".svc/Submissions", status=503, times=100, after=2)
    with pytest.raises(ServerBusy, match=r"100 submissions already downloaded are kept beside odk.gpkg"):
        _sync_odk(fake_server, gpkg, page_size=50, max_retries=0, sleep=no_sleep)
    fake_server.clear()
    result = _sync_odk(fake_server, gpkg, page_size=50)
    asked = _data_requests(fake_server, ".svc/Submissions")
    assert asked[0]["query"]["$skip"] == "100" and len(asked) == 3
    assert (result.total_records, result.resumed_records) == (250, 100)
    assert gpkg_rows(gpkg, "SELECT COUNT(DISTINCT _uuid), COUNT(*) FROM raw_survey") == [(250, 250)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odk.gpkg"]


def test_what_was_kept_for_another_form_is_not_mixed_in(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import ServerBusy

    gpkg = tmp_path / "household.gpkg"
    fake_server.inject("/data/", status=503, times=100, after=1)
    with pytest.raises(ServerBusy):
        _sync(fake_server, gpkg, page_size=50, max_retries=0, sleep=no_sleep)
    fake_server.clear()
    result = _sync_odk(fake_server, gpkg, page_size=50)  # another server kind and form into the same file
    assert result.resumed_records == 0 and len(_data_requests(fake_server, ".svc/Submissions")) == 5
    assert gpkg_rows(gpkg, "SELECT COUNT(*) FROM raw_survey") == [(250,)]
    assert not (tmp_path / ".household.gpkg.partial.jsonl").exists()


def test_refused_credentials_keep_nothing_behind(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import AuthenticationFailed

    fake_server.inject("/data/", status=401, after=1)
    with pytest.raises(AuthenticationFailed):
        _sync(fake_server, tmp_path / "x.gpkg", page_size=50, sleep=no_sleep)
    assert list(tmp_path.iterdir()) == []  # personal data is never left without a use


# ----------------------------------------------------------------------------- attachments


class Feedback:
    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        self.warnings = []
        outer = self

        class Recording(QgsProcessingFeedback):
            def pushWarning(self, warning):  # noqa: N802
                outer.warnings.append(warning)

        self.qgis = Recording()


def test_a_missing_or_cut_attachment_is_skipped_listed_and_the_rest_is_written(
    cartong_provider, fake_server, tmp_path, no_sleep, monkeypatch
):
    import processing

    from cartong_plugin.core.servers import credentials
    from cartong_plugin.core.servers.geopackage import read_metadata

    monkeypatch.setattr(credentials, "read_secret", lambda authcfg: credentials.Secret(token=KOBO_TOKEN))
    fake_server.inject("/attachments/9010/", status=404)  # photo_10.jpg is gone from the server
    fake_server.inject("/attachments/9020/", cut=True, times=100)  # photo_20.jpg always arrives cut
    feedback = Feedback()
    gpkg = tmp_path / "household.gpkg"
    result = processing.run(
        "cartong:downloadkobo",
        {"SERVER": fake_server.url, "AUTHCFG": "test", "ASSET": ASSET_UID, "ATTACHMENTS": True, "OUTPUT": str(gpkg)},
        feedback=feedback.qgis,
    )
    assert result["TOTAL_RECORDS"] == 250 and result["ATTACHMENTS"] == 23
    assert result["MISSING_ATTACHMENTS"] == ["photo_10.jpg", "photo_20.jpg"]
    assert gpkg_rows(gpkg, "SELECT COUNT(*) FROM raw_survey") == [(250,)]
    assert any("photo_10.jpg" in w and "HTTP 404" in w for w in feedback.warnings)
    assert any("photo_20.jpg" in w and "cut in the middle" in w for w in feedback.warnings)
    assert json.loads(read_metadata(gpkg)[-1]["attachments_missing"]) == ["photo_10.jpg", "photo_20.jpg"]
    folder = tmp_path / "household_attachments"
    files = sorted(p.name for p in folder.rglob("*") if p.is_file())
    assert len(files) == 23 and not any(name.endswith(".part") for name in files)


def test_odk_missing_attachment_is_skipped_too(qgis_app, fake_server, tmp_path):
    fake_server.inject("/attachments/photo_30.jpg", status=404)
    result = _sync_odk(fake_server, tmp_path / "odk.gpkg", attachments=True)
    assert result.total_records == 250 and result.attachments == 24
    assert [name for _, name, _ in result.missing_attachments] == ["photo_30.jpg"]


# ----------------------------------------------------------------------------- items that are not submissions


@pytest.mark.parametrize("item, kind", [("just text", "text"), (3, "number"), ([1, 2], "list"), (None, "null")])
def test_kobo_items_that_are_not_json_objects_are_named(qgis_app, fake_server, tmp_path, item, kind):
    from cartong_plugin.core.servers.server_errors import ServerError

    fake_server.inject("/data/", results=[{"_id": 1}, item])
    with pytest.raises(
        ServerError,
        match=rf"an item that is not a submission \(page 1, item 2: {kind} instead of "
        r"a JSON object\)",
    ):
        _sync(fake_server, tmp_path / "x.gpkg")
    assert not (tmp_path / "x.gpkg").exists()


def test_odk_items_that_are_not_json_objects_are_named(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import ServerError

    fake_server.inject(".svc/Submissions", results=["uuid:abc"])
    with pytest.raises(ServerError, match=r"page 1, item 1: text instead of a JSON object"):
        _sync_odk(fake_server, tmp_path / "x.gpkg")


def test_a_full_disk_is_not_mistaken_for_a_cut_connection(qgis_app, fake_server, tmp_path, no_sleep, monkeypatch):
    from cartong_plugin.core.base.errors import CartongError
    from cartong_plugin.core.servers import bounds
    from cartong_plugin.core.servers.http import ServerClient

    class FullDisk:
        def __init__(self, handle):
            self.name = handle.name

        def write(self, data):
            raise OSError(28, "No space left on device")

    real = bounds.read_body
    monkeypatch.setattr(
        bounds,
        "read_body",
        lambda response, sink=None, **kw: real(response, sink=FullDisk(sink) if sink is not None else None, **kw),
    )
    client = ServerClient(fake_server.url, headers={"Authorization": f"Token {KOBO_TOKEN}"}, sleep=no_sleep)
    with pytest.raises(
        CartongError,
        match=r"photo.jpg could not be written \(.*No space left.*\): check the free "
        r"disk space",
    ):
        client.download_file(f"/api/v2/assets/{ASSET_UID}/data/500000/attachments/9000/", tmp_path / "photo.jpg")
    assert no_sleep.waits == [] and list(tmp_path.iterdir()) == []  # not asked again, no .part left


def test_an_attachment_on_another_origin_gets_no_token_and_is_skipped_not_fatal(qgis_app, fake_server, tmp_path):
    """Old Kobo records may link attachments on another host (kc.): no token goes there; if that host
    refuses without it, the file is listed as skipped and the download still ends with every submission."""
    from tests.servers.fake_kobo_odk import FakeServer

    other = FakeServer(records=1).start()
    try:
        elsewhere = f"{other.url}/api/v2/assets/{ASSET_UID}/data/500000/attachments/9000/"
        fake_server.inject(
            "/data/",
            results=[
                {
                    "_id": 500000,
                    "_uuid": "u-1",
                    "_submission_time": "2026-03-02T08:00",
                    "_attachments": [{"download_url": elsewhere, "filename": "a/p.jpg"}],
                }
            ],
        )
        result = _sync(fake_server, tmp_path / "x.gpkg", attachments=True)
        assert other.state.requests and not any(r["auth"] for r in other.state.requests)
    finally:
        other.stop()
    assert result.total_records == 1 and result.attachments == 0
    assert [(uuid, name) for uuid, name, _ in result.missing_attachments] == [("u-1", "p.jpg")]
    assert "HTTP 401" in result.missing_attachments[0][2]
