# SPDX-License-Identifier: GPL-3.0-or-later
"""Next-page links written for another address do not stop a download, and nothing is sent there.

Found by the outside test of the downloads (attack 7, finding 3): ODK Central writes every
``@odata.nextLink`` for its configured domain (``https://DOMAIN:PORT``), not the address the user typed (an
IP address on a LAN, an SSH tunnel, an internal name), and a Kobo behind a proxy that drops the port writes
its ``next`` links for port 80. Every form of more than one page stopped with "leads to another server"
(Kobo: for a link it does not even follow, as it pages by ``_id``; ODK: one run per 1000 submissions).
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import FORM_ID

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, other


@pytest.fixture()
def pages_of_100(monkeypatch):
    from cartong_plugin.core.servers import kobo, odk_central

    monkeypatch.setattr(kobo, "PAGE_SIZE", 100)
    monkeypatch.setattr(odk_central, "PAGE_SIZE", 100)


def test_kobo_next_links_for_another_port_do_not_stop_the_download(
    cartong_provider, fake_server, other, pages_of_100, tmp_path, monkeypatch
):
    fake_server.state.link_host = f"127.0.0.1:{other.port}"  # a proxy that gives the links another port
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, tmp_path / "k.gpkg")
    assert not isinstance(outcome, Exception), outcome
    assert outcome["TOTAL_RECORDS"] == 250 and not feedback.warnings
    assert other.state.requests == []


@pytest.mark.parametrize("links", ["skiptoken", "skip"])  # Central 2023.4 and later, and before
def test_odk_next_links_for_its_configured_domain_are_followed_on_the_server_given(
    cartong_provider, fake_server, other, pages_of_100, tmp_path, monkeypatch, links
):
    fake_server.state.next_links = links
    fake_server.state.link_host = f"127.0.0.1:{other.port}"  # Central's DOMAIN, not the address typed
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg")
    assert not isinstance(outcome, Exception), outcome
    assert outcome["TOTAL_RECORDS"] == 250 and outcome["NEW_RECORDS"] == 250
    assert other.state.requests == []  # neither the password's session nor the request
    queries = [r["query"] for r in fake_server.state.requests]  # the links as Central writes them, asked here:
    assert any("$skiptoken" in query or ("$skip" in query and "$top" not in query) for query in queries)
    said = (
        f"127.0.0.1:{fake_server.port} writes its 'next page' links for the submissions of form {FORM_ID} with "
        f"another address (127.0.0.1:{other.port})"
    )
    assert sum(said in line for line in feedback.infos) == 1
