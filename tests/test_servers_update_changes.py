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

pytest_plugins = ["tests.servers.fixtures"]  # waits

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
    assert any("4 new submissions (1 of them older, missing from the GeoPackage)" in line for line in feedback.infos)
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


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_every_result_of_an_update_is_a_declared_output(cartong_provider, server, tmp_path, monkeypatch, kind):
    """review 17, item 10: the counts and uuids returned were not declared, so a model could not use them."""
    from qgis.core import QgsApplication

    gpkg = tmp_path / f"{kind}.gpkg"
    run_download(monkeypatch, kind, server.url, gpkg)
    server.state.deleted = {3}
    outcome, _feedback = run_download(monkeypatch, kind, server.url, gpkg, UPDATE=True)
    assert outcome["DELETED_ON_SERVER"] == [_uuid(3)]
    algorithm = QgsApplication.processingRegistry().algorithmById(f"cartong:download{kind}")
    declared = {output.name(): output.type() for output in algorithm.outputDefinitions()}
    assert set(outcome) <= set(declared), set(outcome) - set(declared)
    numbers = ("NEW_RECORDS", "TOTAL_RECORDS", "ATTACHMENTS", "RESUMED_RECORDS", "OLDER_RECORDS")
    assert {declared[name] for name in numbers} == {"outputNumber"}
    assert {declared[name] for name in ("MISSING_ATTACHMENTS", "DELETED_ON_SERVER", "CHANGED_ON_SERVER")} == {
        "outputString"
    }


def test_a_central_without_select_is_said_not_checked(cartong_provider, server, tmp_path, monkeypatch):
    gpkg = tmp_path / "odk.gpkg"
    run_download(monkeypatch, "odk", server.url, gpkg)
    server.state.select = False  # Central before v2022.3: $select ignored, whole rows
    server.state.deleted = {3}
    outcome, feedback = run_download(monkeypatch, "odk", server.url, gpkg, UPDATE=True)
    (warning,) = _said(feedback, "could not check")
    assert "download the form into a new GeoPackage" in warning and outcome["DELETED_ON_SERVER"] == []


def test_an_update_of_an_export_imported_from_a_file_adds_the_submissions_it_lacked(
    cartong_provider, tmp_path, monkeypatch
):
    """A Kobo export of 400 rows that lacks two of them, imported, then updated from the server (420)."""
    import csv

    from cartong_plugin.core.survey.importer import import_survey
    from tests.servers.fake_kobo_odk import SAMPLE_DIR

    def read(name):
        with open(SAMPLE_DIR / name, encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle, delimiter=";"))

    rows, members = read("household_survey_kobo.csv"), read("household_survey_kobo_members.csv")
    lacking = {rows[100]["_index"], rows[101]["_index"]}
    kept = [row for row in rows[:400] if row["_index"] not in lacking]
    for name, part in (
        ("household_survey_kobo.csv", kept),
        ("household_survey_kobo_members.csv", [m for m in members if int(m["_parent_index"]) <= 400]),
    ):
        with open(tmp_path / name, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(part[0]), delimiter=";")
            writer.writeheader()
            writer.writerows(part)
    gpkg = tmp_path / "household.gpkg"
    import_survey(tmp_path / "household_survey_kobo.csv", SAMPLE_DIR / "household_survey_form.xlsx", gpkg)
    server = FakeServer(sample=True).start()
    try:
        outcome, feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    finally:
        server.stop()
    assert outcome["NEW_RECORDS"] == 22 and outcome["OLDER_RECORDS"] == 2 and outcome["TOTAL_RECORDS"] == 420
    assert gpkg_rows(gpkg, "SELECT COUNT(DISTINCT _id) FROM raw_survey") == [(420,)]
    # what the export holds is what the server lists: nothing said deleted or changed
    assert outcome["DELETED_ON_SERVER"] == [] and outcome["CHANGED_ON_SERVER"] == [] and _about_changes(feedback) == []


def test_an_update_of_two_joined_exports_counts_no_header_row_as_a_submission(cartong_provider, tmp_path, monkeypatch):
    """review 17, item 8: two weekly exports joined into one file (``copy /b``) hold the second header row,
    which the raw table keeps as received; "in all" counted it as a submission."""
    import csv

    from cartong_plugin.core.survey.importer import import_survey
    from tests.servers.fake_kobo_odk import SAMPLE_DIR

    def read(name):
        with open(SAMPLE_DIR / name, encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle, delimiter=";"))

    def export(rows) -> bytes:  # as Kobo gives it: BOM, ";" and its header row
        lines = [";".join(rows[0])] + [";".join(row.values()) for row in rows]
        return ("\ufeff" + "".join(line + "\r\n" for line in lines)).encode("utf-8")

    rows, members = read("household_survey_kobo.csv"), read("household_survey_kobo_members.csv")
    assert not any(";" in value or "\n" in value for row in rows[:400] for value in row.values())
    (tmp_path / "household_survey_kobo.csv").write_bytes(export(rows[:200]) + export(rows[200:400]))
    with open(tmp_path / "household_survey_kobo_members.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(members[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(m for m in members if int(m["_parent_index"]) <= 400)
    gpkg = tmp_path / "household.gpkg"
    import_survey(tmp_path / "household_survey_kobo.csv", SAMPLE_DIR / "household_survey_form.xlsx", gpkg)
    assert gpkg_rows(gpkg, "SELECT COUNT(*) FROM raw_survey") == [(401,)]  # the second header row too
    server = FakeServer(sample=True).start()
    try:
        outcome, feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    finally:
        server.stop()
    assert not isinstance(outcome, Exception), outcome
    assert outcome["NEW_RECORDS"] == 20 and outcome["TOTAL_RECORDS"] == 420
    assert any("20 new submissions, 420 submissions in all" in line for line in feedback.infos), feedback.infos
    # nor as a submission deleted on the server
    assert outcome["DELETED_ON_SERVER"] == [] and outcome["CHANGED_ON_SERVER"] == [] and _about_changes(feedback) == []


def test_a_kobo_ignoring_the_query_is_compared_through_its_next_links(cartong_provider, server, tmp_path, monkeypatch):
    server.state.kobo_query, server.state.page_limit = False, 10  # every submission, newest first, 10 a page
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", server.url, gpkg)
    server.state.deleted = {3}
    outcome, feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["DELETED_ON_SERVER"] == [_uuid(3)] and outcome["CHANGED_ON_SERVER"] == []
    assert outcome["OLDER_RECORDS"] == 0 and len(_said(feedback, "deleted on")) == 1


def test_an_update_cut_during_the_comparison_writes_the_new_ones_then_adds_the_older_one_once(
    cartong_provider, server, tmp_path, monkeypatch, waits
):
    """review 17, item 4: the fetch by id failing (HTTP 503 after the retries) no longer stops the update."""
    server.state.deleted = {25}
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", server.url, gpkg)
    server.state.deleted = set()
    server.add_records(3)
    server.inject("/data/", status=503, times=100, after=2)  # the new page and the list pass; the fetch by id fails
    outcome, feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["NEW_RECORDS"] == 3 and outcome["OLDER_RECORDS"] == 0 and len(_held(gpkg)) == 32
    (warning,) = _said(feedback, "could not check")
    assert "HTTP 503" in warning and "new GeoPackage" in warning
    server.clear()
    outcome, _feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 1 and outcome["OLDER_RECORDS"] == 1
    assert _held(gpkg) == sorted(_uuid(i) for i in range(33))  # each once


@pytest.mark.parametrize("status", [500, 403])
@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_a_server_failing_on_its_light_list_still_gets_the_update_written(
    cartong_provider, server, tmp_path, monkeypatch, waits, kind, status
):
    """review 17, item 4: an error on the optional comparison no longer stands between the user and the new
    submissions; it is said, with the server's reason."""
    gpkg = tmp_path / f"{kind}.gpkg"
    run_download(monkeypatch, kind, server.url, gpkg)
    server.state.deleted = {3}
    server.add_records(2)

    def light_list_fails(handler, path, query):
        if "fields" in query or "__system" in query.get("$select", ""):
            return status, b'{"detail": "failing"}', "application/json", {}
        return None

    server.state.route = light_list_fails
    outcome, feedback = run_download(monkeypatch, kind, server.url, gpkg, UPDATE=True)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["NEW_RECORDS"] == 2 and outcome["TOTAL_RECORDS"] == 32 and len(_held(gpkg)) == 32
    assert outcome["DELETED_ON_SERVER"] == [] and outcome["CHANGED_ON_SERVER"] == []
    (warning,) = _about_changes(feedback)
    assert "could not check" in warning and f"HTTP {status}" in warning and "new GeoPackage" in warning


def test_the_network_lost_during_the_comparison_still_offers_the_last_copy(
    cartong_provider, server, tmp_path, monkeypatch
):
    """review 17, item 4: only the server's failures are said "could not check"; no network stops the run."""
    from cartong_plugin.core.servers import server_changes
    from cartong_plugin.core.servers.server_errors import NetworkUnavailable

    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", server.url, gpkg)
    server.add_records(2)

    def offline(client, uid):
        raise NetworkUnavailable("Cannot reach the server: this computer seems to be offline.")

    monkeypatch.setattr(server_changes, "kobo_index", offline)
    outcome, _feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    assert isinstance(outcome, Exception) and "The last downloaded copy is still available: k.gpkg" in str(outcome)
    assert len(_held(gpkg)) == 30


def test_an_older_submission_the_server_will_not_send_by_id_is_named(cartong_provider, server, tmp_path, monkeypatch):
    server.state.deleted = {25}
    gpkg = tmp_path / "k.gpkg"
    run_download(monkeypatch, "kobo", server.url, gpkg)
    server.state.deleted = set()
    server.add_records(3)
    server.inject("/data/", status=400, after=2)  # the new page and the list pass; a query by `_id $in` is refused
    outcome, feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["NEW_RECORDS"] == 3 and outcome["OLDER_RECORDS"] == 0 and len(_held(gpkg)) == 32
    (warning,) = _said(feedback, "could not be downloaded on its own")
    assert _uuid(25) in warning and "new GeoPackage" in warning


def test_an_export_of_labels_holds_the_review_status_by_its_label_not_a_change(cartong_provider, tmp_path, monkeypatch):
    """attack 17, finding 2: Kobo's labels export writes 'Approved' where the server lists the status's uid."""
    import csv

    from cartong_plugin.core.survey.importer import import_survey
    from tests.servers.fake_kobo_odk import SAMPLE_DIR

    with open(SAMPLE_DIR / "household_survey_kobo.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    status = rows[0].index("_validation_status")
    approved = {row[rows[0].index("_id")] for row in rows[1:4]}
    for row in rows[1:4]:
        row[status] = "Approved"
    with open(tmp_path / "export.csv", "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    gpkg = tmp_path / "household.gpkg"
    import_survey(tmp_path / "export.csv", SAMPLE_DIR / "household_survey_form.xlsx", gpkg)
    server = FakeServer(sample=True).start()
    for record in server.state.sample:
        if str(record["_id"]) in approved:
            record["_validation_status"] = {"uid": "validation_status_approved", "label": "Approved", "by_whom": "sup"}
    record = next(r for r in server.state.sample if str(r["_id"]) not in approved)
    record["_validation_status"] = {"uid": "validation_status_not_approved", "label": "Not Approved"}
    try:
        outcome, _feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    finally:
        server.stop()
    assert outcome["CHANGED_ON_SERVER"] == [record["_uuid"]]  # reviewed on the server since: said; the others not


def test_a_kobo_api_file_holds_review_statuses_as_json_not_a_change(cartong_provider, tmp_path, monkeypatch):
    """review 17, item 1: a GeoPackage imported from a Kobo API JSON file holds '{}' or the status object."""
    import json

    from cartong_plugin.core.survey.importer import import_survey
    from tests.servers.fake_kobo_odk import SAMPLE_DIR

    server = FakeServer(sample=True).start()
    try:
        records = server.state.sample
        for record in records[:3]:
            record["_validation_status"] = {"uid": "validation_status_approved", "label": "Approved", "by_whom": "s"}
        for record in records[3:]:
            record["_validation_status"] = {}
        held = records[:400]
        (tmp_path / "api.json").write_text(json.dumps({"count": len(held), "results": held}), encoding="utf-8")
        gpkg = tmp_path / "household.gpkg"
        import_survey(tmp_path / "api.json", SAMPLE_DIR / "household_survey_form.xlsx", gpkg)
        records[5]["_validation_status"] = {"uid": "validation_status_on_hold", "label": "On Hold"}
        outcome, _feedback = run_download(monkeypatch, "kobo", server.url, gpkg, UPDATE=True)
    finally:
        server.stop()
    assert not isinstance(outcome, Exception), outcome
    assert outcome["CHANGED_ON_SERVER"] == [records[5]["_uuid"]]  # put on hold since; the others as held
