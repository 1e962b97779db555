# SPDX-License-Identifier: GPL-3.0-or-later
"""Submissions deleted on ODK Central while a download runs cost no other submission.

Found by the outside test of the download algorithms ("never lose"): Central's feed was paged by
position (``$skip``, and the next links of Central before 2023.4), newest first. A submission deleted
after page 1 moved every later row up by one: the first row of page 2 slipped into page 1, already
read, and no page, nor any update, ever gave it. With one submission restored meanwhile the count
stayed right and nothing was said; deleted alone, the download was refused ("went down ... download
again"); by ``$skiptoken`` cursor (Central 2023.4 and later), a link whose submission was deleted
led to an empty page and the rest of the list never came. What came is now checked against the
server's list of ids and what the pages missed is fetched on its own (``odk_completeness``).
Newest first, submission ``i`` of 30 sits at position ``29 - i``: pages of 10 give 29..20, 19..10, 9..0.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import FakeServer, make_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # no_sleep


@pytest.fixture()
def central(monkeypatch):
    """An ODK Central of 30 submissions, read in pages of 10 (Central's default here: 1,000)."""
    from cartong_plugin.core.servers import odk_central

    monkeypatch.setattr(odk_central, "PAGE_SIZE", 10)
    server = FakeServer(records=30).start()
    try:
        yield server
    finally:
        server.stop()


def _uuids(numbers) -> list[str]:
    return sorted(make_record(i, "")["_uuid"] for i in numbers)


def _held(gpkg) -> list[str]:
    return sorted(v for (v,) in gpkg_rows(gpkg, "SELECT _uuid FROM raw_survey"))


def _alone(server) -> list[str]:
    """The submissions asked one by one (``Submissions('uuid:…')``)."""
    return [r["path"].rsplit("'uuid:", 1)[1][:-2] for r in server.state.requests if r["path"].endswith("')")]


def _missing_said(feedback) -> list[str]:
    return [w for w in feedback.warnings if "missing" in w or "more than once" in w]


def test_a_submission_deleted_after_page_one_costs_no_other(cartong_provider, central, tmp_path, monkeypatch):
    central.inject(".svc/Submissions", delete=[25])  # downloaded on page 1; 19 slips into page 1
    gpkg = tmp_path / "odk.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg)
    assert not isinstance(outcome, Exception), outcome  # was: "went down from 30 to 29 ... download again"
    assert _held(gpkg) == _uuids(range(30))  # 25 too: it was downloaded before it was deleted
    assert _alone(central) == _uuids([19]) and _missing_said(feedback) == []
    assert any("1 submission of form household_wash_caf was not in the pages" in i for i in feedback.infos)
    members = len(make_record(19, "")["members"])  # its repeat rows came with it, linked
    uuid = make_record(19, "")["_uuid"]
    assert gpkg_rows(gpkg, f"SELECT COUNT(*) FROM members WHERE _submission__uuid = '{uuid}'") == [(members,)]


@pytest.mark.parametrize("links", [None, "skip"], ids=["$skip", "Central's $skip links"])
def test_one_deleted_and_one_restored_leave_the_count_right_and_lose_nothing(
    cartong_provider, central, tmp_path, monkeypatch, links
):
    """Pages by position, asked by us or by the next links of Central before 2023.4 (the rest at once)."""
    central.state.next_links = links
    central.state.deleted.add(5)  # deleted before the download; restored in its place during it
    central.inject(".svc/Submissions", delete=[25], restore=[5])  # 29 before, 29 after: nothing to see
    gpkg = tmp_path / "odk.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg)
    assert _held(gpkg) == _uuids(range(30)) and outcome["NEW_RECORDS"] == 30  # 19 was lost without a word
    assert _alone(central) == _uuids([19]) and _missing_said(feedback) == []


@pytest.mark.parametrize(("deleted", "alone"), [(20, [19]), (25, [])], ids=["the cursor", "another"])
def test_skiptoken_links_lose_nothing_when_a_downloaded_submission_is_deleted(
    cartong_provider, central, tmp_path, monkeypatch, deleted, alone
):
    """Central 2023.4 and later: next links by cursor, the last row's id (20 on page 1); a cursor whose
    submission is gone leads to an empty page, and the rest is then asked by position (19 slips past:
    asked alone). Another deletion moves nothing: the cursor does not count positions."""
    central.state.next_links = "skiptoken"
    central.inject(".svc/Submissions", delete=[deleted])
    gpkg = tmp_path / "odk.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg)
    assert _held(gpkg) == _uuids(range(30)) and outcome["NEW_RECORDS"] == 30  # 20: 19..0 never came
    assert _missing_said(feedback) == [] and _alone(central) == _uuids(alone)
    assert any("$skiptoken" in r["query"] for r in central.state.requests)


def test_a_submission_that_cannot_be_fetched_alone_is_said_missing(cartong_provider, central, tmp_path, monkeypatch):
    central.inject(".svc/Submissions", delete=[25])
    central.inject("Submissions('", status=404)  # 19: gone, or an id the server cannot find alone
    gpkg = tmp_path / "odk.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg)
    assert _held(gpkg) == _uuids(i for i in range(30) if i != 19)
    host, uuid = f"127.0.0.1:{central.port}", make_record(19, "")["_uuid"]
    assert (
        f"could not be downloaded on its own from {host} (deleted meanwhile, or the server would not send it "
        f"alone): uuid:{uuid}. If it is still on the server, download the form again." in feedback.warnings[0]
    )
    assert _missing_said(feedback) == [  # 25 came, but is no longer on the server: it does not hide 19
        f"{host} announced 29 submissions of form household_wash_caf but sent 28: 1 are missing. Check the form "
        "on the server and download again."
    ]


def test_a_submission_deleted_before_it_could_be_fetched_alone_is_not_said_missing(
    cartong_provider, central, tmp_path, monkeypatch
):
    """The pages missed 19, which was then deleted on the server: a 404 alone. It was named missing ("download
    the form again"), though the server no longer had it; the list asked again tells the two apart."""
    uuid = make_record(19, "")["_uuid"]

    def gone(handler, path, query):
        if path.endswith(f"('uuid:{uuid}')"):
            central.state.deleted.add(19)  # deleted just before it was asked alone
            return 404, b'{"message": "Could not find the resource you were looking for."}', "application/json", {}
        return None

    central.inject(".svc/Submissions", delete=[25])
    central.state.route = gone
    gpkg = tmp_path / "odk.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg)
    assert _held(gpkg) == _uuids(i for i in range(30) if i != 19)
    assert _missing_said(feedback) == [] and not any(
        "could not be downloaded on its own" in w for w in feedback.warnings
    )
    host = f"127.0.0.1:{central.port}"
    assert any(
        f"1 submission of form household_wash_caf was deleted on {host} during the download, before it could be "
        f"downloaded: uuid:{uuid}." in line
        for line in feedback.infos
    )


def test_a_server_without_select_reads_its_pages_again(cartong_provider, central, tmp_path, monkeypatch):
    """Central before v2022.3 ignores $select (whole rows): no list of ids, so when the count moved the
    feed is read once more, leaving out what came; nothing is asked one by one."""
    central.state.select = False
    central.inject(".svc/Submissions", delete=[25])
    gpkg = tmp_path / "odk.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg)
    assert _held(gpkg) == _uuids(range(30)) and _missing_said(feedback) == []
    assert _alone(central) == [] and any("1 submission of form" in i for i in feedback.infos)


def test_without_expand_a_recovered_submission_keeps_its_repeats(cartong_provider, central, tmp_path, monkeypatch):
    central.state.expand = "refuse"  # Central before 1.2: the repeats come from their own table
    central.inject(".svc/Submissions", delete=[25], after=1)  # after the first page of the second attempt
    gpkg = tmp_path / "odk.gpkg"
    run_download(monkeypatch, "odk", central.url, gpkg)
    assert _held(gpkg) == _uuids(range(30)) and _alone(central) == _uuids([19])
    uuid = make_record(19, "")["_uuid"]
    members = len(make_record(19, "")["members"])
    assert gpkg_rows(gpkg, f"SELECT COUNT(*) FROM raw_members WHERE _submission__uuid = '{uuid}'") == [(members,)]


def test_an_update_recovers_what_it_missed_and_adds_nothing_twice(cartong_provider, central, tmp_path, monkeypatch):
    gpkg = tmp_path / "odk.gpkg"
    run_download(monkeypatch, "odk", central.url, gpkg)
    central.add_records(25)  # 30..54, newest first: pages 54..45, 44..35, 34..30 (+ 29 again)
    central.state.gt_is_ge = True  # Central before v2023.1: the last one downloaded (29) comes again
    central.inject(".svc/Submissions", delete=[50])
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 25 and _missing_said(feedback) == []
    assert _held(gpkg) == _uuids(range(55)) and _alone(central) == _uuids([44])


@pytest.mark.parametrize("restored", [True, False], ids=["the count right", "the count down"])
def test_a_download_resumed_after_a_deletion_loses_nothing(
    cartong_provider, central, tmp_path, monkeypatch, no_sleep, restored
):
    """20 submissions on a Central with cursor links: page 1 (19..10) is kept, then 15 is deleted. The cursor
    went with the failed attempt: the resume asks from position 10 (what was kept), where 9 was and 8 now
    is, for one page: 9 is asked alone. With one restored meanwhile the count says nothing; deleted alone,
    the resume was refused ("went down")."""
    from cartong_plugin.core.servers.server_errors import ServerBusy
    from cartong_plugin.core.servers.sync import sync_odk
    from tests.servers.fake_kobo_odk import FORM_ID, ODK_EMAIL, ODK_PASSWORD, PROJECT_ID

    gpkg = tmp_path / "odk.gpkg"
    central.state.count, central.state.deleted, central.state.next_links = 20, {5}, "skiptoken"
    central.inject(".svc/Submissions", status=503, times=100, after=1)  # page 2 keeps failing
    with pytest.raises(ServerBusy, match="10 submissions already downloaded are kept"):
        sync_odk(
            central.url,
            PROJECT_ID,
            FORM_ID,
            gpkg,
            email=ODK_EMAIL,
            password=ODK_PASSWORD,
            max_retries=0,
            sleep=no_sleep,
        )
    central.clear()
    central.state.deleted = {15} if restored else {5, 15}
    outcome, feedback = run_download(monkeypatch, "odk", central.url, gpkg)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["RESUMED_RECORDS"] == 10 and _missing_said(feedback) == []
    assert _held(gpkg) == _uuids(i for i in range(20) if restored or i != 5) and _alone(central) == _uuids([9])
