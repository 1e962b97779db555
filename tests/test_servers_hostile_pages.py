# SPDX-License-Identifier: GPL-3.0-or-later
"""A hostile or broken server cannot leak the credentials, duplicate, lose or hang a download.

Each case as found against the local fake server: a link hiding another port behind a backslash
(``http://127.0.0.1:OTHER\\@127.0.0.1:HOME/``: urllib3 connects to OTHER) got the token; ODK saved
a repeated page twice; Kobo lost submissions that came out of ``_id`` order or after an empty page,
and said nothing when fewer than announced arrived; links that change each time but bring nothing
ran for hours; one failing or big attachment failed the whole download; two attachments whose
names are the same once made safe shared one file; retries were silent.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from tests.servers.fake_kobo_odk import (
    ASSET_UID,
    FORM_ID,
    KOBO_TOKEN,
    ODK_APP_TOKEN,
    ODK_EMAIL,
    ODK_PASSWORD,
    PROJECT_ID,
    make_record,
)

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, no_sleep, other

DATA = f"/api/v2/assets/{ASSET_UID}/data/"
SVC = f"/v1/projects/{PROJECT_ID}/forms/{FORM_ID}.svc/Submissions"


class Feedback:
    """What the algorithms' feedback receives."""

    def __init__(self):
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def isCanceled(self):  # noqa: N802
        return False

    def setProgress(self, value):  # noqa: N802
        pass

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)


def _kobo(server, gpkg, **options):
    from cartong_plugin.core.servers.sync import sync_kobo

    return sync_kobo(server.url, KOBO_TOKEN, ASSET_UID, gpkg, **options)


def _odk(server, gpkg, **options):
    from cartong_plugin.core.servers.sync import sync_odk

    return sync_odk(server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, **options)


def _ids(gpkg, column="_id") -> list[str]:
    with closing(sqlite3.connect(gpkg)) as db:
        return [row[0] for row in db.execute(f'SELECT "{column}" FROM raw_survey ORDER BY fid')]


def _backslash(other, home_host: str, path: str) -> str:
    """A link urlsplit reads as ``home_host`` and urllib3 (what requests connects to) as ``other``."""
    return f"http://127.0.0.1:{other.port}\\@{home_host}{path}"


# ----------------------------------------------------------------------------- 1. credentials stay home


def test_urls_two_parsers_read_differently_are_never_the_same_origin(qgis_app):
    from cartong_plugin.core.servers.bounds import same_origin

    home = "http://127.0.0.1:8000"
    assert same_origin("http://127.0.0.1:8000/api/v2/assets/?start=2", home)
    for url in (
        "http://127.0.0.1:9000\\@127.0.0.1:8000/api/",
        "http://127.0.0.1:9000\\\\@127.0.0.1:8000/api/",
        "http://user@127.0.0.1:8000/api/",
        "http://127.0.0.1:9000@127.0.0.1:8000/api/",
        "http://127.0.0.1:8000/api/ x",
        "http://127.0.0.1:8000/api/\tx",
        "http://127.0.0.1:8000/a\x00b",
    ):
        assert not same_origin(url, home), url


def test_kobo_next_link_hiding_another_port_behind_a_backslash_is_not_followed(qgis_app, fake_server, other, tmp_path):
    """Kobo pages by _id: the link only says that more follow, and is never asked (attack 7, finding 3)."""
    fake_server.inject("/data/", next_link=_backslash(other, "{host}", DATA + "?start=100&limit=100"))
    result = _kobo(fake_server, tmp_path / "x.gpkg", page_size=100)
    assert result.total_records == 250
    assert other.state.requests == []  # neither the token nor the request


def test_kobo_attachment_url_hiding_another_port_gets_no_token(qgis_app, fake_server, other, tmp_path):
    from cartong_plugin.core.servers.kobo import KoboClient

    record = {
        "_id": 1,
        "_uuid": "u1",
        "_attachments": [
            {
                "download_url": _backslash(other, f"127.0.0.1:{fake_server.port}", DATA + "1/attachments/9/"),
                "filename": "p.jpg",
            }
        ],
    }
    missing: list = []
    client = KoboClient(fake_server.url, KOBO_TOKEN)
    try:
        saved = client.download_attachments([record], tmp_path / "files", missing)
    finally:
        client.close()
    assert saved == [] and [name for _, name, _ in missing] == ["p.jpg"]
    assert len(other.state.requests) == 1 and other.state.requests[0]["auth"] is False
    assert not any(r["auth"] for r in other.state.requests)


def test_odk_next_link_hiding_another_port_gets_no_bearer_token(qgis_app, fake_server, other, tmp_path):
    from cartong_plugin.core.servers.server_errors import InvalidResponse

    fake_server.inject(".svc/Submissions", next_link=_backslash(other, "{host}", SVC + "?x=1"))
    with pytest.raises(InvalidResponse, match="leads to another server"):
        _odk(fake_server, tmp_path / "x.gpkg")
    assert other.state.requests == []


@pytest.mark.parametrize("form", [FORM_ID, "another_form"])
def test_odk_app_user_next_link_to_another_origin_is_never_asked_there(qgis_app, fake_server, other, tmp_path, form):
    """The app-user token is in the link's path: following it even without a header would give it away. A link
    to the same list is asked of the configured server (attack 7, finding 3); one to another list is refused."""
    from cartong_plugin.core.servers.server_errors import InvalidResponse
    from cartong_plugin.core.servers.sync import sync_odk

    link = f"http://127.0.0.1:{other.port}/v1/key/{ODK_APP_TOKEN}/projects/{PROJECT_ID}/forms/{form}.svc/Submissions"
    fake_server.inject(".svc/Submissions", next_link=link + "?%24skip=250")
    if form == FORM_ID:
        result = sync_odk(fake_server.url, PROJECT_ID, FORM_ID, tmp_path / "x.gpkg", app_user_token=ODK_APP_TOKEN)
        assert result.total_records == 250
        assert {"$skip": "250"} in [r["query"] for r in fake_server.state.requests]  # the link, asked here
    else:
        with pytest.raises(InvalidResponse, match="leads to another server") as caught:
            sync_odk(fake_server.url, PROJECT_ID, FORM_ID, tmp_path / "x.gpkg", app_user_token=ODK_APP_TOKEN)
        assert ODK_APP_TOKEN not in str(caught.value) and f"127.0.0.1:{other.port}" in str(caught.value)
        assert "250 submissions already downloaded are kept" in str(caught.value)
    assert other.state.requests == []


# ----------------------------------------------------------------------------- 2-4. every submission once


def test_odk_page_sent_three_times_is_written_once_and_said(qgis_app, fake_server, tmp_path):
    for k in range(2):
        fake_server.inject(".svc/Submissions", next_link="{self}&k=" + str(k))
    feedback = Feedback()
    gpkg = tmp_path / "odk.gpkg"
    result = _odk(fake_server, gpkg, feedback=feedback)
    uuids = _ids(gpkg, "_uuid")
    assert result.total_records == 250 and len(uuids) == 250 and len(set(uuids)) == 250
    assert any("sent 500 submissions of form household_wash_caf more than once" in w for w in feedback.warnings)


def test_kobo_pages_out_of_id_order_lose_nothing(qgis_app, fake_server, tmp_path):
    """A server that ignores ``sort``: the second hundred comes first, then the first hundred."""
    host = f"127.0.0.1:{fake_server.port}"
    fake_server.inject("/data/", results=[make_record(i, host) for i in range(100, 200)])
    fake_server.inject("/data/", results=[make_record(i, host) for i in range(100)])
    feedback = Feedback()
    gpkg = tmp_path / "x.gpkg"
    result = _kobo(fake_server, gpkg, page_size=100, feedback=feedback)
    ids = _ids(gpkg)
    assert result.total_records == 250 and sorted(ids) == [str(500000 + i) for i in range(250)]
    assert [w for w in feedback.warnings if "announced" in w or "more than once" in w] == []


def test_kobo_empty_page_with_a_next_link_goes_on_and_fewer_than_announced_is_said(qgis_app, fake_server, tmp_path):
    fake_server.inject("/data/", results=[])  # the first hundred never come
    feedback = Feedback()
    gpkg = tmp_path / "x.gpkg"
    result = _kobo(fake_server, gpkg, page_size=100, feedback=feedback)
    assert result.total_records == 150 and _ids(gpkg) == [str(500000 + i) for i in range(100, 250)]
    assert [w for w in feedback.warnings if "announced" in w] == [
        f"127.0.0.1:{fake_server.port} announced 250 submissions of form {ASSET_UID} but sent 150: 100 are "
        "missing. Check the form on the server and download again."
    ]


def test_odk_fewer_than_announced_is_said(qgis_app, fake_server, tmp_path):
    fake_server.inject(".svc/Submissions", results=[])
    feedback = Feedback()
    result = _odk(fake_server, tmp_path / "odk.gpkg", feedback=feedback)
    assert result.total_records == 0
    assert any("announced 250 submissions of form household_wash_caf but sent 0" in w for w in feedback.warnings)


def test_links_that_change_but_bring_nothing_new_stop_after_three_pages(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.server_errors import InvalidResponse

    for k in range(200):
        fake_server.inject(".svc/Submissions", next_link="{self}&k=" + str(k))
    with pytest.raises(InvalidResponse, match="sent 3 pages in a row") as caught:
        _odk(fake_server, tmp_path / "x.gpkg", page_size=100)
    assert "(100 of 250 received)" in str(caught.value)
    assert "100 submissions already downloaded are kept" in str(caught.value)
    assert len([r for r in fake_server.state.requests if r["path"].endswith("Submissions")]) == 4


def test_kobo_links_that_change_are_not_followed_while_pages_by_id_bring_submissions(qgis_app, fake_server, tmp_path):
    """Kobo's pages are asked by _id: such links only say that more follow; once nothing more comes
    they are followed, and stop after three pages that bring nothing."""
    for k in range(200):
        fake_server.inject("/data/", next_link="{self}&k=" + str(k))
    gpkg = tmp_path / "x.gpkg"
    result = _kobo(fake_server, gpkg, page_size=100)
    assert result.total_records == 250 and len(set(_ids(gpkg))) == 250
    asked = [r["query"] for r in fake_server.state.requests if r["path"].endswith("/data/")]
    assert "k" not in asked[1] and "k" not in asked[3] and len(asked) == 6  # 3 pages, then 3 bringing nothing


def test_links_that_bring_nothing_after_everything_came_end_the_list(qgis_app, fake_server, tmp_path):
    for k in range(200):
        fake_server.inject("/data/", next_link="{self}&k=" + str(k))
    feedback = Feedback()
    gpkg = tmp_path / "x.gpkg"
    result = _kobo(fake_server, gpkg, feedback=feedback)  # one page of 1000: all 250 on the first
    assert result.total_records == 250 and len(set(_ids(gpkg))) == 250 and result.pages == 4


# ----------------------------------------------------------------------------- 5-6. attachments


def test_an_attachment_failing_or_too_big_is_skipped_and_the_rest_written(
    qgis_app, fake_server, tmp_path, no_sleep, monkeypatch
):
    from cartong_plugin.core.servers import bounds

    monkeypatch.setattr(bounds, "MAX_FILE_BYTES", 32)  # photo_0..photo_90 (31-32 bytes) fit, photo_100... not
    fake_server.inject("/attachments/9010/", status=500, times=100)  # photo_10.jpg keeps failing
    gpkg = tmp_path / "x.gpkg"
    result = _kobo(fake_server, gpkg, attachments=True, sleep=no_sleep)
    assert result.total_records == 250 and len(_ids(gpkg)) == 250
    missing = {name: reason for _, name, reason in result.missing_attachments}
    assert sorted(missing) == sorted(["photo_10.jpg"] + [f"photo_{i}.jpg" for i in range(100, 250, 10)])
    assert "HTTP 500" in missing["photo_10.jpg"] and "tried 5 times" in missing["photo_10.jpg"]
    assert missing["photo_100.jpg"].endswith("for attachment photo_100.jpg: it was not kept.")
    files = sorted(p.name for p in (tmp_path / "x_attachments").rglob("*") if p.is_file())
    assert result.attachments == len(files) == 9
    assert files == sorted(f"photo_{i}.jpg" for i in range(0, 100, 10) if i != 10)


def test_attachments_whose_safe_names_collide_get_files_of_their_own(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.kobo import KoboClient
    from cartong_plugin.core.servers.records import attachment_link

    url = f"{fake_server.url}{DATA}{{}}/attachments/1/"
    records = [
        {"_uuid": "dup/x", "_attachments": [{"download_url": url.format(500000), "filename": "p.jpg"}]},
        {"_uuid": "dup_x", "_attachments": [{"download_url": url.format(500001), "filename": "p.jpg"}]},
        {
            "_uuid": "u3",
            "_attachments": [
                {"download_url": url.format(500002), "filename": "a/p.jpg"},
                {"download_url": url.format(500003), "filename": "b/p.jpg"},
            ],
        },
    ]
    folder = tmp_path / "x_attachments"
    client = KoboClient(fake_server.url, KOBO_TOKEN, max_page_bytes=20)  # a page limit, not a file's (31 bytes)
    try:
        saved = client.download_attachments(records, folder, [])
    finally:
        client.close()
    assert len(saved) == len(set(saved)) == 4 and all(p.exists() for p in saved)
    contents = [p.read_bytes() for p in saved]
    assert [b"submission %d" % i in c for i, c in enumerate(contents)] == [True] * 4
    for record, path in zip(records[:2], saved[:2]):  # each link opens its own submission's file
        assert (tmp_path / attachment_link("x_attachments", record["_uuid"], "p.jpg")).resolve() == path
    assert [p.name for p in saved[2:]] == ["p.jpg", "p_2.jpg"]


# ----------------------------------------------------------------------------- 8. retries are said


def test_each_retry_is_said_with_its_wait_and_the_total_in_the_end(qgis_app, fake_server, tmp_path, no_sleep):
    from cartong_plugin.core.servers.server_errors import ServerBusy

    fake_server.inject("/data/", status=503, times=100)
    feedback = Feedback()
    with pytest.raises(ServerBusy) as caught:
        _kobo(fake_server, tmp_path / "x.gpkg", feedback=feedback, sleep=no_sleep)
    retries = [line for line in feedback.infos if "retry" in line]
    assert [line.rsplit("; ", 1)[1] for line in retries] == [
        "retry 1 of 4 in 1 seconds.",
        "retry 2 of 4 in 2 seconds.",
        "retry 3 of 4 in 4 seconds.",
        "retry 4 of 4 in 8 seconds.",
    ]
    assert round(no_sleep.total) == 15
    assert str(caught.value).endswith("It was tried 5 times over 15 seconds in all.")


# ----------------------------------------------------------------------------- 7. a repeat the form lost


def test_a_repeat_the_form_no_longer_has_is_imported_as_text_with_a_warning(qgis_app, fake_server, tmp_path):
    from tests.servers.fake_kobo_odk import SURVEY, kobo_content

    without_members = [row for row in SURVEY if not str(row.get("name", "")).startswith("member")]
    without_members = [row for row in without_members if row.get("$kuid") != "e3"]  # its end_repeat
    fake_server.state.content = kobo_content(without_members)
    feedback = Feedback()
    gpkg = tmp_path / "x.gpkg"
    result = _kobo(fake_server, gpkg, feedback=feedback)
    assert result.total_records == 250 and len(_ids(gpkg)) == 250
    expected = sum(len(make_record(i, "")["members"]) for i in range(250))
    with closing(sqlite3.connect(gpkg)) as db:
        rows = db.execute('SELECT "members/member_age", "_parent_index" FROM raw_members ORDER BY fid').fetchall()
    assert len(rows) == expected and rows[0] == (make_record(0, "")["members"][0]["members/member_age"], "1")
    assert any(
        "none of the 3 columns of repeat members is a question of the form" in w and "imported as text" in w
        for w in feedback.warnings
    )


def test_a_download_cut_after_rows_out_of_order_resumes_from_the_start(qgis_app, fake_server, tmp_path, no_sleep):
    """Resuming after the largest _id kept would lose the first hundred, which never came yet."""
    from cartong_plugin.core.servers.server_errors import ServerBusy

    host = f"127.0.0.1:{fake_server.port}"
    fake_server.inject("/data/", results=[make_record(i, host) for i in range(100, 200)])
    fake_server.inject("/data/", status=503, times=5)  # the second page: every retry fails
    gpkg = tmp_path / "x.gpkg"
    with pytest.raises(ServerBusy, match="100 submissions already downloaded are kept"):
        _kobo(fake_server, gpkg, page_size=100, sleep=no_sleep)
    fake_server.clear()
    result = _kobo(fake_server, gpkg, page_size=100, sleep=no_sleep)
    assert result.resumed_records == 100 and result.total_records == 250
    assert sorted(_ids(gpkg)) == [str(500000 + i) for i in range(250)]
    asked = [r["query"] for r in fake_server.state.requests if r["path"].endswith("/data/")]
    assert asked[0]["query"] == '{"_id": {"$lte": 500199}}' and asked[0]["limit"] == "1"  # 200 there, 100 kept
    assert "query" not in asked[1] and len(asked) == 4  # so from the start, not after 500199
