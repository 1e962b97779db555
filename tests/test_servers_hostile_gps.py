# SPDX-License-Identifier: GPL-3.0-or-later
"""Kobo API JSON with one unreadable geopoint: the download keeps every other point, and says which
submission lost its point (issue #13: the warning used to be dropped, the point lost silently)."""

from __future__ import annotations

import json

import pytest

from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN
from tests.servers.geopackage import gpkg_rows as _rows

pytest_plugins = ["tests.servers.fixtures"]


class Recorder:
    """The feedback a download reports to (progress, information, warnings)."""

    def __init__(self):
        self.warnings: list[str] = []

    def setProgress(self, value):  # noqa: N802
        pass

    def pushInfo(self, text):  # noqa: N802
        pass

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)

    def isCanceled(self):  # noqa: N802
        return False


@pytest.mark.parametrize("bad", ["NaN 18.55 443.1 19.8", "4.97 Infinity 443.1 19.8", "1e400 18.55 0 0"])
def test_one_unreadable_kobo_geopoint_costs_only_its_row_the_point(bad, qgis_app, tmp_path):
    from cartong_plugin.core.servers.sync import sync_kobo
    from tests.servers.fake_kobo_odk import FakeServer

    server = FakeServer(sample=True)
    records = server.httpd.state.sample
    records[4]["location"] = bad  # the fifth submission, as the API would send a corrupted value
    server.start()
    feedback = Recorder()
    try:
        gpkg = tmp_path / "sample.gpkg"
        sync_kobo(server.url, KOBO_TOKEN, ASSET_UID, gpkg, page_size=100, feedback=feedback)
    finally:
        server.stop()
    without = {uuid for (uuid,) in _rows(gpkg, "SELECT _uuid FROM survey WHERE geom IS NULL")}
    empty = {record["_uuid"] for record in records if not (record.get("location") or "").strip()}
    assert without == empty | {records[4]["_uuid"]}
    ((warnings,),) = _rows(gpkg, "SELECT warnings FROM cartong_metadata")
    (warning,) = [w for w in json.loads(warnings or "[]") if "cannot be read" in w]
    assert "column location" in warning and "row 5" in warning
    assert warning in feedback.warnings  # shown to the user, not only kept in the GeoPackage
