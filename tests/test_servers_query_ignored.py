# SPDX-License-Identifier: GPL-3.0-or-later
"""An update from a Kobo server that ignores ``query`` says nothing is missing when nothing is.

Found by the outside test of the downloads (attack 7, finding 5): such a server sends every submission
(newest first) and counts them all; the update left out those already in the GeoPackage but did not count
them as received, so it warned "announced 38 submissions but sent 3: 35 are missing ... download again"
and kept that warning in cartong_metadata, while the GeoPackage held all 38.
"""

from __future__ import annotations

import json

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import make_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


def test_an_update_from_a_server_ignoring_the_query_warns_of_nothing_missing(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    fake_server.state.count, fake_server.state.kobo_query = 35, False
    gpkg = tmp_path / "k.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 35 and not feedback.warnings
    fake_server.add_records(3)
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 3 and outcome["TOTAL_RECORDS"] == 38
    assert not any("missing" in warning for warning in feedback.warnings), feedback.warnings
    (warnings,) = gpkg_rows(gpkg, "SELECT warnings FROM cartong_metadata ORDER BY rowid DESC LIMIT 1")[0]
    assert json.loads(warnings) == []
    assert len({record_id for (record_id,) in gpkg_rows(gpkg, "SELECT _id FROM raw_survey")}) == 38


def test_a_new_submission_a_server_ignoring_the_query_did_not_send_is_still_said(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    fake_server.state.count, fake_server.state.kobo_query = 35, False
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    fake_server.add_records(3)
    host = f"127.0.0.1:{fake_server.port}"
    fake_server.inject("/data/", results=[make_record(i, host) for i in reversed(range(38)) if i != 36])
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 2
    assert any("announced 38 submissions" in w and "sent 37: 1 are missing" in w for w in feedback.warnings)
