# SPDX-License-Identifier: GPL-3.0-or-later
"""Submissions of an encrypted ODK form are never written as blank households.

Found by the outside test of the download algorithms (attack 2, finding 4): Central's OData feed gives
the submissions of an encrypted form without their data (``__system/status`` ``notDecrypted``); they
were written as submissions with every answer empty and no location, without a word, and an update
never asked for them again.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download
from tests.servers.fake_kobo_odk import FakeServer, make_record
from tests.servers.geopackage import gpkg_rows


@pytest.fixture()
def encrypted():
    """12 submissions; 8 of them sent after encryption was switched on (all but 0, 3, 6 and 9)."""
    server = FakeServer(records=12).start()
    server.state.encrypted = {i for i in range(12) if i % 3}
    try:
        yield server
    finally:
        server.stop()


def _uuids(gpkg) -> list[str]:
    return sorted(v for (v,) in gpkg_rows(gpkg, "SELECT _uuid FROM raw_survey"))


def test_encrypted_submissions_are_left_out_and_said(cartong_provider, encrypted, tmp_path, monkeypatch):
    gpkg = tmp_path / "odk.gpkg"
    outcome, feedback = run_download(monkeypatch, "odk", encrypted.url, gpkg)
    assert outcome["NEW_RECORDS"] == 4 and _uuids(gpkg) == sorted(make_record(i, "")["_uuid"] for i in (0, 3, 6, 9))
    assert gpkg_rows(gpkg, "SELECT COUNT(*) FROM survey WHERE admin1 IS NULL") == [(0,)]  # no blank household
    said = [w for w in feedback.warnings if "encrypted" in w]
    assert said == [
        f"8 submissions of form household_wash_caf on 127.0.0.1:{encrypted.port} are encrypted and could not be "
        "read, so they were not imported: download the form's submissions from ODK Central with the encryption "
        "passphrase (or decrypt them with ODK Briefcase) and import that export; every update asks for them again."
    ]
    assert [w for w in feedback.warnings if "missing" in w] == []


def test_an_update_asks_again_for_the_encrypted_submissions(cartong_provider, encrypted, tmp_path, monkeypatch):
    gpkg = tmp_path / "odk.gpkg"
    run_download(monkeypatch, "odk", encrypted.url, gpkg)
    outcome, feedback = run_download(monkeypatch, "odk", encrypted.url, gpkg, UPDATE=True)
    assert outcome["NEW_RECORDS"] == 0 and any("8 submissions" in w for w in feedback.warnings)
    encrypted.state.encrypted.clear()  # readable now
    outcome, feedback = run_download(monkeypatch, "odk", encrypted.url, gpkg, UPDATE=True)
    assert (outcome["NEW_RECORDS"], outcome["TOTAL_RECORDS"]) == (8, 12)
    assert _uuids(gpkg) == sorted(make_record(i, "")["_uuid"] for i in range(12))
    assert not [w for w in feedback.warnings if "encrypted" in w]
