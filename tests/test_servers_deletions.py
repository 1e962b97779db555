# SPDX-License-Identifier: GPL-3.0-or-later
"""Submissions deleted on the server while a Kobo download runs or waits to be resumed.

Found by the outside test of the download algorithms (attack 2, findings 2 and 7): pages asked by
position (``start``) skipped for good the submission that a deletion moved into a page already read,
with the same count at the end, so nothing was said; a download resumed after a deletion counted the
kept submissions twice and told the user that 19 were missing and that the server repeated 19.
"""

from __future__ import annotations

import json

import pytest

from tests.field_data import RecordingFeedback
from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN, FakeServer, make_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # no_sleep


@pytest.fixture()
def small_pages(monkeypatch):
    """A server of 30 submissions that sends at most 10 a page (a real Kobo: 1,000 a page)."""
    monkeypatch.setenv("CARTONG_TEST_KOBO_TOKEN", KOBO_TOKEN)
    server = FakeServer(records=30).start()
    server.state.page_limit = 10
    try:
        yield server
    finally:
        server.stop()


def _download(server, gpkg, update: bool = False):
    import processing

    feedback = RecordingFeedback()
    result = processing.run(
        "cartong:downloadkobo",
        {
            "SERVER": server.url,
            "ASSET": ASSET_UID,
            "SECRET": "env:CARTONG_TEST_KOBO_TOKEN",
            "UPDATE": update,
            "OUTPUT": str(gpkg),
        },
        feedback=feedback,
    )
    return result, feedback


def _ids(gpkg) -> list[int]:
    return sorted(int(v) for (v,) in gpkg_rows(gpkg, "SELECT _id FROM raw_survey"))


def _count_warnings(feedback) -> list[str]:
    return [w for w in feedback.warnings if "missing" in w or "more than once" in w]


def test_a_deletion_and_a_new_submission_between_pages_skip_no_submission(cartong_provider, small_pages, tmp_path):
    # right after page 1: submission 3 (already downloaded) is deleted and one new arrives; by position,
    # submission 10 moved into page 1 and was never downloaded, nor by any update
    small_pages.inject("/data/", delete=[3], count_delta=1)
    gpkg = tmp_path / "household.gpkg"
    result, feedback = _download(small_pages, gpkg)
    assert _ids(gpkg) == [make_record(i, "")["_id"] for i in range(31)]  # 3 too: it was downloaded
    assert result["NEW_RECORDS"] == 31 and _count_warnings(feedback) == []
    asked = [r["query"] for r in small_pages.state.requests if r["path"].endswith("/data/")]
    assert json.loads(asked[1]["query"]) == {"_id": {"$gt": make_record(9, "")["_id"]}} and "start" not in asked[1]

    result, _feedback = _download(small_pages, gpkg, update=True)
    assert result["NEW_RECORDS"] == 0 and len(_ids(gpkg)) == 31


def test_submissions_deleted_before_they_were_reached_are_no_error(cartong_provider, small_pages, tmp_path):
    small_pages.inject("/data/", delete=[15, 16])  # after page 1, two of page 2 go
    gpkg = tmp_path / "household.gpkg"
    result, feedback = _download(small_pages, gpkg)
    assert _ids(gpkg) == [make_record(i, "")["_id"] for i in range(30) if i not in (15, 16)]
    assert _count_warnings(feedback) == []


def test_a_resume_after_a_deletion_counts_the_kept_submissions_once(cartong_provider, small_pages, tmp_path, no_sleep):
    from cartong_plugin.core.servers.geopackage import read_metadata
    from cartong_plugin.core.servers.server_errors import ServerBusy
    from cartong_plugin.core.servers.sync import sync_kobo

    gpkg = tmp_path / "household.gpkg"
    small_pages.inject("/data/", status=503, times=100, after=2)  # page 3 keeps failing
    with pytest.raises(ServerBusy, match="20 submissions already downloaded are kept"):
        sync_kobo(small_pages.url, KOBO_TOKEN, ASSET_UID, gpkg, max_retries=0, sleep=no_sleep)
    small_pages.clear()
    small_pages.state.deleted.add(3)  # one kept submission deleted, two new ones: the resume starts again
    small_pages.add_records(2)
    result, feedback = _download(small_pages, gpkg)
    assert result["RESUMED_RECORDS"] == 20 and _count_warnings(feedback) == []
    assert read_metadata(gpkg)[-1]["server_count"] == "31"  # not 31 + the 20 kept
    assert _ids(gpkg) == [make_record(i, "")["_id"] for i in range(32)]  # 3 kept: it was downloaded
