# SPDX-License-Identifier: GPL-3.0-or-later
"""Each ``<question>_file`` link opens the file actually saved, and a link to nothing is listed as missing.

Found by the outside test of the download algorithms (attack 2, finding 5): Kobo stores an upload under
Django's ``get_valid_filename`` (``Photo point d'eau (1).jpg`` -> ``Photo_point_deau_1.jpg``) while the
answer keeps the phone's name; the file was saved under the stored name and the link built from the
answer, so the attribute form opened nothing, and the run said "3 attachments" with none missing.
"""

from __future__ import annotations

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import make_record
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server

NAMES = {
    0: ("Photo point d'eau (1).jpg", "Photo_point_deau_1.jpg"),
    20: ("WhatsApp Image 2024-01-01 at 10.00.00.jpeg", "WhatsApp_Image_2024-01-01_at_10.00.00.jpeg"),
    30: ("photo (2).jpg", "photo_2_AbC1234.jpg"),  # Django added a suffix: the name was taken
    40: ("photo_40.jpg", None),  # the server lists no attachment for this answer
}


def test_links_open_the_files_saved_under_kobo_s_cleaned_names(cartong_provider, fake_server, tmp_path, monkeypatch):
    fake_server.state.attachment_names = dict(NAMES)
    gpkg = tmp_path / "household.gpkg"
    outcome, feedback = run_download(monkeypatch, "kobo", fake_server.url, gpkg, ATTACHMENTS=True)
    links = dict(gpkg_rows(gpkg, "SELECT _uuid, photo_file FROM survey WHERE photo_file IS NOT NULL"))
    for i, (_answer, stored) in NAMES.items():
        uuid = make_record(i, "")["_uuid"]
        if stored is not None:
            assert links[uuid] == f"household_attachments/{uuid}/{stored}"
    assert len(links) == 25 and [p for p in links.values() if not (tmp_path / p).is_file()] == [
        f"household_attachments/{make_record(40, '')['_uuid']}/photo_40.jpg"
    ]
    assert outcome["ATTACHMENTS"] == 24 and outcome["MISSING_ATTACHMENTS"] == ["photo_40.jpg"]
    assert any("photo_40.jpg" in w and "the server listed no attachment of that name" in w for w in feedback.warnings)


def test_odk_links_are_not_listed_as_missing(cartong_provider, fake_server, tmp_path, monkeypatch):
    outcome, feedback = run_download(monkeypatch, "odk", fake_server.url, tmp_path / "odk.gpkg", ATTACHMENTS=True)
    assert outcome["ATTACHMENTS"] == 25 and outcome["MISSING_ATTACHMENTS"] == []
