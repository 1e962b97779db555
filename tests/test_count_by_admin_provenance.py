# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:countbyadmin records what its counts were made from: the table and file of the submissions and
of the admin areas, with each file's SHA-256, as a shared copy records its source.

Found by an attack on the data cycle: the counts layer recorded nothing, so counts of the raw survey and
of its cleaned table (both in one GeoPackage) could not be told apart.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import processing
import pytest
from osgeo import ogr

from cartong_plugin.core.base.safe_files import file_sha256
from tests.field_data import RecordingFeedback
from tests.map_counts import run_count, write_table
from tests.mapdata import admin_source

pytestmark = pytest.mark.usefixtures("collect_cycles")


@pytest.fixture()
def survey(tmp_path):
    """s.gpkg with the raw table survey (3 submissions) and its cleaned table survey_clean (2)."""
    write_table(tmp_path / "s.gpkg", {"_uuid": ["u1", "u2", "u3"], "admin2": ["CF111", "CF111", "CF112"]})
    ds = ogr.Open(str(tmp_path / "s.gpkg"), update=1)
    cleaned = ds.CopyLayer(ds.GetLayerByName("survey"), "survey_clean")
    cleaned.DeleteFeature(3)
    ds = None
    return tmp_path / "s.gpkg"


def _description(gpkg, table="counts") -> dict:
    with closing(sqlite3.connect(gpkg)) as db:
        text = db.execute("SELECT description FROM gpkg_contents WHERE table_name = ?", (table,)).fetchone()[0]
    return json.loads(text)["cartong:countbyadmin"]


def _admin_areas() -> dict:
    path, _, admin2 = admin_source()
    return {"file": path.name, "layer": admin2, "sha256": file_sha256(path)}


def test_counts_record_the_table_and_file_of_the_submissions_and_admin_areas(cartong_provider, survey, tmp_path):
    digest = file_sha256(survey)
    for table, total in (("survey", 3), ("survey_clean", 2)):
        results, _, _, _ = run_count(tmp_path, f"{survey}|layername={table}")

        assert results["TOTAL"] == total
        assert _description(tmp_path / "counts.gpkg") == {
            "submissions": {"file": "s.gpkg", "layer": table, "sha256": digest},
            "admin_areas": _admin_areas(),
            "min_count": 1,  # the threshold of its statuses, for a map's legend
        }


def test_counts_added_to_the_survey_geopackage_record_their_sources(cartong_provider, survey, tmp_path):
    digest = file_sha256(survey)
    run_count(tmp_path, f"{survey}|layername=survey_clean", ANSWER_FIELD="admin2", ANSWER_VALUE="CF111")
    path, _, admin2 = admin_source()
    processing.run(
        "cartong:countbyadmin",
        {
            "POINTS": f"{survey}|layername=survey_clean",
            "ADMIN": f"{path}|layername={admin2}",
            "JOIN_FIELD": "admin2",
            "ANSWER_FIELD": "admin2",
            "ANSWER_VALUE": "CF111",
            "OUTPUT": f"ogr:dbname='{survey}' table=\"counts\" (geom)",
        },
        feedback=RecordingFeedback(),
    )

    expected = {
        "answer_field": "admin2",
        "answer_value": "CF111",
        "submissions": {"file": "s.gpkg", "layer": "survey_clean", "sha256": digest},
        "admin_areas": _admin_areas(),
    }
    assert _description(survey) == {**expected, "min_count": 5}  # MIN_COUNT's default
    assert _description(tmp_path / "counts.gpkg") == {**expected, "min_count": 1}
