# SPDX-License-Identifier: GPL-3.0-or-later
"""Answers compressed with gzip, as KoboToolbox and ODK Central send their JSON to a client that accepts it.

requests opens a response with ``decode_content=False`` and decodes only in ``iter_content``; the download
reads the body as it arrives (``bounds._reader``), through urllib3 2's ``read1`` on QGIS 3.40 and later, which
then returned the compressed bytes: every page of a real server was "not a KoboToolbox list" there, while
QGIS 3.22's urllib3 1.26 path decoded them. The fake server compresses like a real one here, on both.
"""

from __future__ import annotations

import pytest

from tests.servers.algorithms import run_download
from tests.servers.geopackage import gpkg_rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server


@pytest.mark.parametrize("kind", ["kobo", "odk"])
def test_a_download_of_gzip_answers_brings_every_submission(cartong_provider, fake_server, tmp_path, monkeypatch, kind):
    fake_server.state.count, fake_server.state.page_limit, fake_server.state.gzip = 45, 20, True
    gpkg = tmp_path / "g.gpkg"
    outcome, feedback = run_download(monkeypatch, kind, fake_server.url, gpkg)
    assert not isinstance(outcome, Exception), outcome
    assert outcome["TOTAL_RECORDS"] == 45
    assert gpkg_rows(gpkg, "SELECT count(*) FROM survey") == [(45,)]
    assert fake_server.state.gzipped >= 3  # every page (20 + 20 + 5) came compressed
