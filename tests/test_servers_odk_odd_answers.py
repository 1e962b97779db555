# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central answers that used to change the GeoPackage without a word, or stop the run with a traceback.

Found by the outside test of misbehaving servers (attack 19): the XForm answered by a login page or cut (no
labels, no choice lists, only a line in the QGIS log: finding 4); without ``$expand``, a submission deleted
before its repeat table was read kept with no repeats, and repeat rows of a submission not read dropped, both
silently (finding 5); ``@odata.count`` as a string: "unexpected error (TypeError)" (finding 6); a repeat with no
items: a stray empty column and "not in the form" (finding 8).
"""

from __future__ import annotations

import json
import re

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import FORM_ID, PROJECT_ID, odata_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

XFORM = f"/v1/projects/{PROJECT_ID}/forms/{FORM_ID}.xml"
FEED = f"/v1/projects/{PROJECT_ID}/forms/{FORM_ID}.svc/Submissions"


def _columns(gpkg, table="survey") -> list[str]:
    from osgeo import ogr

    dataset = ogr.Open(str(gpkg))  # kept while its layer is read
    definition = dataset.GetLayerByName(table).GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def test_an_xform_answered_by_a_login_page_is_said(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 6
    fake_server.inject(XFORM, html=True, times=99)
    gpkg = tmp_path / "o.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 6  # the submissions are all there
    host = f"127.0.0.1:{fake_server.port}"
    (warning,) = [w for w in feedback.warnings if "XForm" in w]
    assert f"The XForm of form {FORM_ID} on {host} could not be read (a web page came instead" in warning
    assert "no labels and no choice lists" in warning
    (kept,) = gpkg_rows(gpkg, "SELECT warnings FROM cartong_metadata")[0]
    assert warning in json.loads(kept)


def test_a_cut_xform_refuses_an_update_of_a_labelled_geopackage(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 6
    gpkg = tmp_path / "o.gpkg"
    run_download(monkeypatch, "odk", fake_server.url, gpkg)
    before = gpkg.read_bytes()
    fake_server.add_records(2)
    fake_server.inject(XFORM, truncate=True, times=99)
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg, UPDATE=True)
    assert isinstance(outcome, Exception)
    assert "not a whole XForm: cut or damaged" in str(outcome) and "nothing was changed" in str(outcome)
    assert gpkg.read_bytes() == before  # no rows without labels next to labelled ones


def test_a_submission_deleted_before_its_repeat_table_is_said(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count, fake_server.state.expand = 12, "ignore"  # Central before 1.2: no $expand
    fake_server.inject(FEED, delete=[5], after=1)  # deleted right after the Submissions page
    gpkg = tmp_path / "o.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 12
    uuid = odata_record(5)["__id"]
    assert any(
        f"was deleted on 127.0.0.1:{fake_server.port} during the download, before its repeats (members) could "
        f"be read: {uuid}" in w
        for w in feedback.warnings
    ), feedback.warnings


def test_repeat_rows_of_a_submission_not_read_are_said(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count, fake_server.state.expand = 12, "ignore"

    def arrives(handler, path, query):  # a submission sent after the Submissions page, before its repeat table
        if path.endswith("Submissions.members") and fake_server.state.count == 12:
            fake_server.state.count = 13
        return None

    fake_server.state.route = arrives
    gpkg = tmp_path / "o.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 12
    rows = len(odata_record(12)["members"])
    assert any(
        f"{rows} repeat rows of form {FORM_ID}" in w and odata_record(12)["__id"] in w for w in feedback.warnings
    ), feedback.warnings
    fake_server.state.route = None
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg, UPDATE=True)  # it comes now
    assert outcome["NEW_RECORDS"] == 1 and not any("repeat row" in w for w in feedback.warnings), feedback.warnings
    (members,) = gpkg_rows(gpkg, "SELECT count(*) FROM raw_members")[0]
    assert members == sum(len(odata_record(i)["members"]) for i in range(13))


def _page(count) -> bytes:
    rows = []
    for i in range(3):
        row = odata_record(i)
        row.pop("members@odata.navigationLink", None)
        rows.append(row)
    return json.dumps({"value": rows, "@odata.count": count}).encode()


def test_a_count_sent_as_text_is_read(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 3
    fake_server.inject(FEED, status=200, body=_page("3"))
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg")
    assert outcome["TOTAL_RECORDS"] == 3 and not [w for w in feedback.warnings if "not in the form" not in w]


def test_a_count_that_is_no_number_is_said_not_fatal(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 3
    fake_server.inject(FEED, status=200, body=_page("many"))
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg")
    assert outcome["TOTAL_RECORDS"] == 3
    assert any("as many, which is not a number" in w for w in feedback.warnings), feedback.warnings


def test_a_repeat_with_no_items_adds_no_column(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 12

    def no_members(i, row):
        if i == 5:
            row["members"] = []
        return row

    fake_server.state.edit_odata = no_members
    gpkg = tmp_path / "o.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 12
    assert "members" not in _columns(gpkg) and "members" not in _columns(gpkg, "raw_survey")
    assert not any(re.search(r"[:,] members(,|$)", w) for w in feedback.warnings), feedback.warnings
    (members,) = gpkg_rows(gpkg, "SELECT count(*) FROM raw_members")[0]
    assert members == sum(len(odata_record(i)["members"]) for i in range(12) if i != 5)


def test_a_download_with_repeats_says_no_column_is_out_of_the_form(
    cartong_provider, fake_server, tmp_path, monkeypatch
):
    """The id of each repeat row (members/__id) is the server's, as __id is: no "not in the form" noise on
    every download with repeats (attack 19server, finding 8's note)."""
    fake_server.state.count = 4
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg")
    assert outcome["TOTAL_RECORDS"] == 4
    assert not [w for w in feedback.warnings if "not in the form" in w], feedback.warnings


@pytest.mark.parametrize("as_text", [False, True], ids=["count as a number", "count as text"])
def test_without_select_deletions_during_the_repeats_are_said_whatever_the_count_s_type(
    cartong_provider, fake_server, tmp_path, monkeypatch, as_text
):
    """Central before v2022.3 (no ``$select``: no list of ids) and before 1.2 (no ``$expand``): only the count
    asked after the repeat tables tells that submissions were deleted meanwhile. Review 19: a count sent as
    text (OData's ``IEEE754Compatible``) was not read there (``isinstance(count, int)``), and nothing was said."""
    fake_server.state.count, fake_server.state.expand, fake_server.state.select = 12, "ignore", False
    fake_server.inject(FEED, delete=[5], after=1)  # deleted right after the Submissions page

    def count(handler, path, query):  # the count alone ($top=0), as a server with IEEE754Compatible writes it
        if as_text and path.endswith("Submissions") and query.get("$top") == "0":
            number = str(len(list(fake_server.state.ids())))
            return 200, json.dumps({"value": [], "@odata.count": number}).encode(), "application/json", {}
        return None

    fake_server.state.route = count
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "o.gpkg")
    assert outcome["TOTAL_RECORDS"] == 12
    said = [w for w in feedback.warnings if "were deleted on" in w and "while the download read their repeats" in w]
    assert said == [
        f"Submissions of form {FORM_ID} were deleted on 127.0.0.1:{fake_server.port} while the download read their "
        "repeats: some submissions downloaded may lack their repeat rows. Download again."
    ], feedback.warnings
