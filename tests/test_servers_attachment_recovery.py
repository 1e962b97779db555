# SPDX-License-Identifier: GPL-3.0-or-later
"""An update with attachments also fetches the files that earlier downloads skipped.

Found by the outside test of the downloads (attack 7, finding 2): the Wi-Fi lost during the photo phase
(or a storage server failing for a while) skipped the rest of the photos; "Update with attachments" then
asked only the files of the new submissions, said nothing was missing, and the skipped photos were never
fetched. The first warning did not say how to get them, and a 404 on a photo read "the form may have
been deleted".
"""

from __future__ import annotations

import json

import pytest

from tests.servers.algorithms import run_download
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


def _links(gpkg, tmp_path) -> tuple[int, int]:
    """(photo links in the survey, those that open a file)."""
    links = [path for (path,) in gpkg_rows(gpkg, "SELECT photo_file FROM survey WHERE photo_file IS NOT NULL")]
    return len(links), sum((tmp_path / path).is_file() for path in links)


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_an_update_with_attachments_fetches_the_files_skipped_before(
    cartong_provider, fake_server, tmp_path, monkeypatch, kind
):
    fake_server.state.count = 100  # 10 photos
    fake_server.inject("/attachments/", status=404, after=3, times=7)  # 3 photos came, then none
    gpkg = tmp_path / "survey.gpkg"
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 3 and len(outcome["MISSING_ATTACHMENTS"]) == 7
    warnings = "\n".join(feedback.warnings)
    assert "to fetch the files later, run the download again into this GeoPackage with Update and attachments" in (
        warnings
    )
    assert "(HTTP 404): it may have been deleted from its submission, or not uploaded yet" in warnings
    assert "the form may have been deleted" not in warnings
    assert _links(gpkg, tmp_path) == (10, 3)

    fake_server.add_records(5)  # submission 100 has a photo
    fake_server.inject("/attachments/", status=404, after=2, times=2)  # 2 still fail
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 5 and outcome["ATTACHMENTS"] == 1 + 5
    assert len(outcome["MISSING_ATTACHMENTS"]) == 2
    assert "7 attachments were missing after earlier downloads: 5 fetched now, 2 still missing." in feedback.infos
    assert _links(gpkg, tmp_path) == (11, 9)
    (recorded,) = gpkg_rows(gpkg, "SELECT attachments_missing FROM cartong_metadata ORDER BY rowid DESC LIMIT 1")[0]
    assert json.loads(recorded) == outcome["MISSING_ATTACHMENTS"]

    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg, ATTACHMENTS=True, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 0 and outcome["ATTACHMENTS"] == 2 and outcome["MISSING_ATTACHMENTS"] == []
    assert "2 attachments were missing after earlier downloads: 2 fetched now, 0 still missing." in feedback.infos
    assert _links(gpkg, tmp_path) == (11, 11)


def test_an_update_without_attachments_asks_for_no_file(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.count = 30
    gpkg = tmp_path / "survey.gpkg"
    run_download(monkeypatch, "kobo", fake_server.url, gpkg)
    fake_server.clear()
    outcome, _feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, UPDATE=True)
    assert outcome["ATTACHMENTS"] == 0 and outcome["MISSING_ATTACHMENTS"] == []
    assert not [r for r in fake_server.state.requests if "/attachments/" in r["path"]]
