# SPDX-License-Identifier: GPL-3.0-or-later
"""A Kobo whose pages loop or never end is stopped the same way in an update's download and in its comparison.

Both read the data endpoint through one pager (``core/servers/kobo_pages.py``): a ``next`` link back to a
page already read stops the list at once, links that change each time but bring nothing stop it after three
pages. In the download, the update stops and says why; in the comparison with the server's light list
(``fields``), the new submissions are written all the same and the check is said not done, never a
submission said deleted because the list was cut.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import ASSET_UID, make_record

pytest_plugins = ["tests.servers.fixtures"]  # fake_server: 250 submissions

LIGHT = ["_id", "_uuid", "meta/instanceID", "_validation_status", "_last_edited"]
MOST_PAGES = 40  # the fake server's links end there: a pager without its guards ends instead of hanging


def _hostile(light: bool, loop: bool):
    """A route for the fake server: the light list (``light``) or the download's pages answer with ten
    submissions, newest first (not sorted as asked), and a next link to the same page (``loop``) or to a
    new address each time that gives them again."""

    def route(handler, path, query):
        if not path.endswith(f"/assets/{ASSET_UID}/data/") or ("fields" in query) != light:
            return None
        records = [make_record(i, "") for i in range(249, 239, -1)]
        if light:
            records = [{key: record[key] for key in LIGHT if key in record} for record in records]
        turn = int(query.get("k", 0))
        following = query if loop else {**query, "k": turn + 1}
        link = f"http://{handler.headers['Host']}{path}?{urlencode(following)}" if turn < MOST_PAGES else None
        page = {"count": 250, "next": link, "previous": None, "results": records}
        return 200, json.dumps(page).encode(), "application/json", {}

    return route


def _asked(server, light: bool) -> int:
    return sum(1 for r in server.state.requests if r["path"].endswith("/data/") and ("fields" in r["query"]) == light)


@pytest.mark.parametrize("loop", [True, False], ids=["link-back", "links-bringing-nothing"])
def test_an_update_comparison_with_pages_that_loop_is_said_not_done(
    cartong_provider, fake_server, tmp_path, monkeypatch, loop
):
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    fake_server.add_records(2)
    fake_server.clear()
    fake_server.state.route = _hostile(light=True, loop=loop)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["NEW_RECORDS"] == 2 and outcome["TOTAL_RECORDS"] == 252
    assert outcome["DELETED_ON_SERVER"] == [] and outcome["CHANGED_ON_SERVER"] == []  # no list cut short
    (warning,) = [w for w in feedback.warnings if "could not check" in w]
    what = f"the list of submissions of form {ASSET_UID}"
    if loop:
        assert f"sent a 'next page' link for {what} that leads back to a page already downloaded" in warning
        assert _asked(fake_server, light=True) == 1  # the link back to it is not asked
    else:
        assert f"sent 3 pages in a row for {what} that brought no new submission (10 of 250 received)" in warning
        assert _asked(fake_server, light=True) == 4


@pytest.mark.parametrize("loop", [True, False], ids=["link-back", "links-bringing-nothing"])
def test_an_update_download_with_pages_that_loop_stops_and_says_why(
    cartong_provider, fake_server, tmp_path, monkeypatch, loop
):
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    fake_server.clear()
    fake_server.state.route = _hostile(light=False, loop=loop)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert isinstance(outcome, Exception)
    what = f"the submissions of form {ASSET_UID}"
    if loop:
        assert f"sent a 'next page' link for {what} that leads back to a page already downloaded" in said(
            outcome, feedback
        )
        assert _asked(fake_server, light=False) == 1
    else:
        assert f"sent 3 pages in a row for {what} that brought no new submission (10 of 250 received)" in said(
            outcome, feedback
        )
        assert _asked(fake_server, light=False) == 3


def test_an_update_comparison_reads_on_past_an_empty_page_with_a_next_link(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    """A light list whose first page by ``_id`` comes empty but links to the rest (a server or proxy that
    does not filter as asked) is read on by its links, as the download reads on: before, the comparison
    stopped there and said every submission deleted on the server."""
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    fake_server.add_records(2)
    fake_server.clear()

    def route(handler, path, query):
        if not path.endswith(f"/assets/{ASSET_UID}/data/") or "fields" not in query:
            return None
        if "k" not in query:  # the first page: empty, with a link to the whole list
            link = f"http://{handler.headers['Host']}{path}?{urlencode({**query, 'k': 1})}"
            page = {"count": 252, "next": link, "previous": None, "results": []}
        else:
            records = [make_record(i, "") for i in range(252)]
            light = [{key: record[key] for key in LIGHT if key in record} for record in records]
            page = {"count": 252, "next": None, "previous": None, "results": light}
        return 200, json.dumps(page).encode(), "application/json", {}

    fake_server.state.route = route
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["NEW_RECORDS"] == 2 and outcome["TOTAL_RECORDS"] == 252
    assert outcome["DELETED_ON_SERVER"] == [], outcome["DELETED_ON_SERVER"][:5]
    assert not [w for w in feedback.warnings if "could not check" in w or "deleted" in w]
    assert _asked(fake_server, light=True) == 2
