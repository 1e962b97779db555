# SPDX-License-Identifier: GPL-3.0-or-later
"""A Kobo submission without a numeric ``_id`` is written once, even when the list is read again.

Found by the outside test of misbehaving servers (attack 19, finding 3): such a submission on page 2 puts
the page "out of order", so the list is read again from its start; the ids already received were
recognised, the submission without an id was written a second time (13 rows for 12 submissions, no word).
It is now recognised by its ``_uuid``; one with neither is said to be perhaps written twice.
"""

from __future__ import annotations

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import make_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


def _download(fake_server, tmp_path, monkeypatch, edit):
    fake_server.state.count, fake_server.state.page_limit = 12, 5
    fake_server.state.edit_record = edit
    gpkg = tmp_path / "k.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    return gpkg, outcome, feedback


def test_a_submission_without_an_id_on_page_two_is_written_once(cartong_provider, fake_server, tmp_path, monkeypatch):
    def no_id(i, record, host):
        if i == 7:
            record.pop("_id")
        return record

    gpkg, outcome, feedback = _download(fake_server, tmp_path, monkeypatch, no_id)
    assert outcome["TOTAL_RECORDS"] == 12 and outcome["NEW_RECORDS"] == 12
    assert gpkg_rows(gpkg, "SELECT count(*), count(DISTINCT _uuid) FROM raw_survey") == [(12, 12)]
    (members,) = gpkg_rows(gpkg, "SELECT count(*) FROM raw_members")[0]
    assert members == sum(len(make_record(i, "h")["members"]) for i in range(12))
    assert not feedback.warnings, feedback.warnings


def test_a_submission_with_neither_id_nor_uuid_is_said_to_be_perhaps_twice(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    def nothing(i, record, host):
        if i == 7:
            for key in ("_id", "_uuid", "meta/instanceID"):
                record.pop(key, None)
        return record

    gpkg, outcome, feedback = _download(fake_server, tmp_path, monkeypatch, nothing)
    host = f"127.0.0.1:{fake_server.port}"
    assert outcome["TOTAL_RECORDS"] == 13  # nothing tells its second copy from a new submission: kept, and said
    assert any(
        f"1 submission of form aHhWashCaf2026Sample on {host} came without an _id or _uuid" in w
        and "written twice" in w
        for w in feedback.warnings
    ), feedback.warnings
