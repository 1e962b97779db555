# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:downloadkobo / cartong:downloadodk with a relative OUTPUT (a script, qgis_process): the survey and
its attachments are written where the path names, once, and the links open them.

The same join as the one the outside test found in cartong:exportforsharing (attack 19leak, finding 3):
``ensure_inside`` joined a relative folder twice, which would put the attachments one folder deeper.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers.algorithms import run_download, said
from tests.servers.fake_kobo_odk import FakeServer
from tests.servers.geopackage import gpkg_rows


@pytest.fixture()
def small_server():
    server = FakeServer(records=12).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_attachments_of_a_relative_output_are_beside_it(cartong_provider, small_server, tmp_path, monkeypatch, kind):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rel").mkdir()
    outcome, feedback = run_download(monkeypatch, kind, small_server.url, "rel/s.gpkg", ATTACHMENTS=True)
    assert not isinstance(outcome, Exception), said(outcome, feedback)
    assert Path(outcome["OUTPUT"]).resolve() == tmp_path / "rel" / "s.gpkg" and outcome["ATTACHMENTS"] > 0
    links = [row[0] for row in gpkg_rows(tmp_path / "rel" / "s.gpkg", "SELECT photo_file FROM survey")]
    saved = [link for link in links if link and (tmp_path / "rel" / link).is_file()]
    assert len(saved) == outcome["ATTACHMENTS"] and outcome["MISSING_ATTACHMENTS"] == []
    assert not (tmp_path / "rel" / "rel").exists()
    assert not any(p.name == "rel" for p in (tmp_path / "rel" / "s_attachments").rglob("*"))
