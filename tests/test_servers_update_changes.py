# SPDX-License-Identifier: GPL-3.0-or-later
"""An Update says what changed on the server besides the new submissions, and brings the older ones it lacked.

Found by the outside test of the server downloads (attack 16c, findings 1 and 2): an Update asked only for
the submissions after the newest one held (Kobo ``_id``, Central submission date). A submission that showed
up later with an older id or date (restored from Central's trash, committed late by Kobo) never came, and an
edit, a review decision or a deletion made on the server after the download was never known: the deleted
submission (consent withdrawn) stayed in the GeoPackage and its exports, with nothing said. Now the update
compares the GeoPackage with the server's light list of submissions: older ones it lacks are added; deleted,
edited and re-reviewed ones are named in a warning and in the outputs, and kept as first downloaded.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import FakeServer, make_record
from tests.servers.geopackage import gpkg_rows

EDITED_UUID = "eeeeeeee-0000-4000-8000-000000000005"


@pytest.fixture()
def server():
    server = FakeServer(records=30).start()
    try:
        yield server
    finally:
        server.stop()


def _uuid(i: int) -> str:
    return make_record(i, "")["_uuid"]


def _held(gpkg) -> list[str]:
    return sorted(v for (v,) in gpkg_rows(gpkg, "SELECT _uuid FROM raw_survey"))


def _kobo_edits(i, record, host):
    """On the server after the first download: 5 edited in Enketo (new instance id, hh_size 99), 7 not approved."""
    if i == 5:
        record["household/hh_size"] = "99"
        record["meta/deprecatedID"] = record["meta/instanceID"]
        record["meta/instanceID"] = f"uuid:{EDITED_UUID}"
        record["_uuid"] = EDITED_UUID
    if i == 7:
        record["_validation_status"] = {"uid": "validation_status_not_approved", "label": "Not approved"}
    return record


def _odk_edits(i, row):
    """The same on Central: 5 edited (same instance id, a new version), 7 rejected."""
    if i == 5:
        row["household"]["hh_size"] = 99
        row["__system"].update(updatedAt="2026-03-05T10:00:00.000Z", reviewState="edited", edits=1)
    if i == 7:
        row["__system"].update(updatedAt="2026-03-05T10:00:00.000Z", reviewState="rejected")
    return row


def _said(feedback, words: str) -> list[str]:
    return [w for w in feedback.warnings if words in w]


def _about_changes(feedback) -> list[str]:
    """The warnings about the server's list (not the import's own, e.g. Central's repeat ids as text)."""
    words = ("deleted on", "edited or reviewed", "could not be downloaded", "could not check", "missing")
    return [w for w in feedback.warnings if any(word in w for word in words)]


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_an_update_names_submissions_deleted_edited_or_reviewed_on_the_server(
    cartong_provider, server, tmp_path, monkeypatch, kind
):
    gpkg = tmp_path / f"{kind}.gpkg"
    outcome, _feedback = run_download(monkeypatch, kind, server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 30
    if kind == "kobo":
        server.state.edit_record = _kobo_edits
    else:
        server.state.edit_odata = _odk_edits
    server.state.deleted = {3}  # consent withdrawn: deleted on the server
    server.add_records(2)
    outcome, feedback = run_download(monkeypatch, kind, server.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 2 and outcome["TOTAL_RECORDS"] == 32
    assert outcome["DELETED_ON_SERVER"] == [_uuid(3)]
    assert sorted(outcome["CHANGED_ON_SERVER"]) == sorted([_uuid(5), _uuid(7)])
    (deleted,) = _said(feedback, "deleted on")
    assert "1 submission in" in deleted and _uuid(3) in deleted and "remove_survey" in deleted
    (changed,) = _said(feedback, "edited or reviewed again")
    assert "2 submissions" in changed and _uuid(5) in changed and _uuid(7) in changed
    # raw rows are never changed: the deleted one and the first versions stay, as the warnings say
    assert _uuid(3) in _held(gpkg) and len(_held(gpkg)) == 32
    assert gpkg_rows(gpkg, f"SELECT \"household/hh_size\" FROM raw_survey WHERE _uuid = '{_uuid(5)}'") != [("99",)]


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_an_update_adds_a_submission_older_than_the_newest_one_held(
    cartong_provider, server, tmp_path, monkeypatch, kind
):
    # Kobo: 25 committed after a later one was downloaded; Central: 25 in the trash, then restored
    server.state.deleted = {25}
    gpkg = tmp_path / f"{kind}.gpkg"
    outcome, _feedback = run_download(monkeypatch, kind, server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 29
    server.state.deleted = set()
    server.add_records(3)
    outcome, feedback = run_download(monkeypatch, kind, server.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 4 and outcome["OLDER_RECORDS"] == 1 and outcome["TOTAL_RECORDS"] == 33
    assert _held(gpkg) == sorted(_uuid(i) for i in range(33))
    assert any("older than the newest one held" in line for line in feedback.infos)
    assert outcome["DELETED_ON_SERVER"] == [] and outcome["CHANGED_ON_SERVER"] == [] and _about_changes(feedback) == []
    # its members came with it
    assert gpkg_rows(gpkg, f"SELECT COUNT(*) FROM raw_members WHERE _submission__uuid = '{_uuid(25)}'") == [
        (len(make_record(25, "")["members"]),)
    ]

    outcome, feedback = run_download(monkeypatch, kind, server.url, gpkg, UPDATE=True)  # nothing more to add
    assert outcome["NEW_RECORDS"] == 0 and outcome["OLDER_RECORDS"] == 0 and len(_held(gpkg)) == 33
    assert _about_changes(feedback) == []


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_the_server_list_is_asked_by_updates_only(cartong_provider, server, tmp_path, monkeypatch, kind):
    gpkg = tmp_path / f"{kind}.gpkg"

    def light_lists() -> int:
        asked = [r["query"] for r in server.state.requests]
        return sum(1 for query in asked if "fields" in query or "__system" in query.get("$select", ""))

    run_download(monkeypatch, kind, server.url, gpkg)
    assert light_lists() == 0  # a first download holds the server's current version: no second pass
    outcome, feedback = run_download(monkeypatch, kind, server.url, gpkg, UPDATE=True)
    light = {"kobo": 1, "odk": 2}[kind]  # one page; Central: a probe of one row ($select answered?), then the list
    assert light_lists() == light and outcome["NEW_RECORDS"] == 0 and _about_changes(feedback) == []


def test_a_central_without_select_is_said_not_checked(cartong_provider, server, tmp_path, monkeypatch):
    gpkg = tmp_path / "odk.gpkg"
    run_download(monkeypatch, "odk", server.url, gpkg)
    server.state.select = False  # Central before v2022.3: $select ignored, whole rows
    server.state.deleted = {3}
    outcome, feedback = run_download(monkeypatch, "odk", server.url, gpkg, UPDATE=True)
    (warning,) = _said(feedback, "could not check")
    assert "download the form into a new GeoPackage" in warning and outcome["DELETED_ON_SERVER"] == []
