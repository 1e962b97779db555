# SPDX-License-Identifier: GPL-3.0-or-later
"""An update adds only the new submissions of the form the GeoPackage was downloaded from, each once.

Found by the outside test of the download algorithms (attack 2, findings 3 and 6): an update from
another server (a cloned form, a wrong asset uid) started after the other form's last _id, skipped
most of it and mixed the rest in; ODK Central before v2023.1 reads ``gt`` on the submission date as
``ge``, so every update added the newest submission again, with its repeat rows.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import ASSET_UID, FORM_ID, PROJECT_ID, make_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, other


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_an_update_from_another_server_is_refused_by_name(
    cartong_provider, fake_server, other, tmp_path, monkeypatch, kind
):
    gpkg = tmp_path / "survey.gpkg"
    outcome, _feedback = run_download(monkeypatch, kind, fake_server.url, gpkg)
    assert outcome["TOTAL_RECORDS"] == 250
    before = gpkg.read_bytes()
    outcome, feedback = run_download(monkeypatch, kind, other.url, gpkg, UPDATE=True)
    assert isinstance(outcome, Exception) and gpkg.read_bytes() == before
    form = f"form {ASSET_UID}" if kind == "kobo" else f"form {FORM_ID} of project {PROJECT_ID}"
    assert (f"survey.gpkg holds the submissions of {form} on {fake_server.url}, not of {form} on {other.url}") in said(
        outcome, feedback
    )
    data = "/data/" if kind == "kobo" else ".svc/Submissions"
    assert not [r for r in other.state.requests if r["path"].endswith(data)]  # nothing was asked


def test_an_update_of_the_same_form_written_differently_goes_on(cartong_provider, fake_server, tmp_path, monkeypatch):
    gpkg = tmp_path / "survey.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    fake_server.add_records(3)
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url.upper() + "/", gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 3 and outcome["TOTAL_RECORDS"] == 253


def test_an_odk_update_never_adds_the_newest_submission_again(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.gt_is_ge = True  # Central before v2023.1
    gpkg = tmp_path / "odk.gpkg"
    run_download(monkeypatch, "odk", fake_server.url, gpkg)
    fake_server.add_records(5)
    first, feedback = run_download(monkeypatch, "odk", fake_server.url, gpkg, UPDATE=True)
    second, _ = run_download(monkeypatch, "odk", fake_server.url, gpkg, UPDATE=True)
    assert (first["NEW_RECORDS"], second["NEW_RECORDS"], second["TOTAL_RECORDS"]) == (5, 0, 255)
    assert gpkg_rows(gpkg, 'SELECT COUNT(*), COUNT(DISTINCT "__id") FROM raw_survey') == [(255, 255)]
    assert gpkg_rows(gpkg, "SELECT COUNT(*) FROM survey") == [(255,)]
    members = sum(len(make_record(i, "")["members"]) for i in range(255))
    assert gpkg_rows(gpkg, "SELECT COUNT(*) FROM raw_members") == [(members,)]
    assert [w for w in feedback.warnings if "missing" in w or "more than once" in w] == []
