# SPDX-License-Identifier: GPL-3.0-or-later
"""Bulk GeoPackage writing: the R-tree built from numpy, multi-row inserts, appending through the import's writer."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest


def _point_table(path):
    from osgeo import ogr

    from cartong_plugin.core.survey import gpkg_writer as gw

    gw.create_gpkg(path, [{"name": "pts", "fields": [("n", ogr.OFTInteger)], "geometry": ogr.wkbPoint}])


def _grid_points(count: int, seed: int = 7):
    """Random points on a 1/1024 degree grid: exact in float32, so no rounding decides a query."""
    import numpy as np

    rng = np.random.default_rng(seed)
    return rng.integers(-180 * 1024, 180 * 1024, count) / 1024, rng.integers(-90 * 1024, 90 * 1024, count) / 1024


@pytest.mark.parametrize("count", [1, 40, 5000])
def test_bulk_loaded_rtree_passes_sqlite_check_and_finds_what_a_scan_finds(qgis_app, tmp_path, count):
    import numpy as np

    from cartong_plugin.core.survey import gpkg_writer as gw

    path = tmp_path / "p.gpkg"
    _point_table(path)
    x, y = _grid_points(count)
    ids = np.arange(1, count + 1)
    with closing(gw.connect(path)) as db:
        assert gw.write_rtree(db, "pts", ids, x, x, y, y)
        assert db.execute("SELECT rtreecheck('rtree_pts_geom')").fetchone() == ("ok",)
        for west, south, east, north in [
            (-10, -10, 10, 10),
            (100.5, 0, 179, 45.25),
            (-180, -90, 180, 90),
            (0, 0, 0.001, 0.001),
        ]:
            found = {
                row[0]
                for row in db.execute(
                    "SELECT id FROM rtree_pts_geom WHERE minx >= ? AND maxx <= ? AND miny >= ? AND maxy <= ?",
                    (west, east, south, north),
                )
            }
            inside = (x >= west) & (x <= east) & (y >= south) & (y <= north)
            assert found == set(ids[inside].tolist())


def test_bulk_load_refuses_an_rtree_that_already_has_entries(qgis_app, tmp_path):
    import numpy as np

    from cartong_plugin.core.survey import gpkg_writer as gw

    path = tmp_path / "p.gpkg"
    _point_table(path)
    with closing(gw.connect(path)) as db:
        db.execute("INSERT INTO rtree_pts_geom VALUES (1, 0, 0, 0, 0)")
        assert not gw.write_rtree(db, "pts", np.array([2]), *[np.array([1.0])] * 4)
        assert db.execute("SELECT count(*) FROM rtree_pts_geom").fetchone() == (1,)


@pytest.mark.parametrize("rows", [0, 1, 15, 16, 17, 31, 32, 33, 20001])
def test_multi_row_inserts_keep_every_row_in_order(qgis_app, tmp_path, rows):
    import numpy as np

    from cartong_plugin.core.survey import gpkg_writer as gw

    values = np.array([[f"r{i}", "", f"{i}\u00e9"] for i in range(rows)], dtype=object).reshape(rows, 3)
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as db:
        db.execute("CREATE TABLE t (fid INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
        assert gw.insert_rows(db, "t", ["a", "b", "c"], gw.ArrayRows(values)) == rows
        assert db.execute("SELECT a, b, c FROM t ORDER BY fid").fetchall() == [tuple(r) for r in values.tolist()]


def test_appended_frames_extend_raw_typed_and_spatial_index(qgis_app, tmp_path, sample_dir):
    """Two writes through write_survey_frames (the sync's path): rows, new columns and R-tree entries added."""
    import pandas as pd

    from cartong_plugin.core.survey.survey_tables import write_survey_frames
    from cartong_plugin.core.survey.xlsform import read_xlsform

    spec = read_xlsform(sample_dir / "household_survey_form.xlsx")
    export = pd.read_csv(
        sample_dir / "household_survey_kobo.csv", sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig"
    )
    path = tmp_path / "s.gpkg"
    write_survey_frames(path, [("", export.iloc[:300].drop(columns=["household/phone"]))], spec, form_tables=True)
    write_survey_frames(path, [("", export.iloc[300:].reset_index(drop=True))], spec, append=True)
    with closing(sqlite3.connect(path)) as db:
        raw = [row[0] for row in db.execute('SELECT "_uuid" FROM raw_survey ORDER BY fid')]
        assert raw == export["_uuid"].tolist()
        assert db.execute("SELECT count(phone), count(*) FROM survey").fetchone() == (
            int((export["household/phone"].iloc[300:] != "").sum()),
            len(export),
        )
        located = db.execute("SELECT count(*) FROM survey WHERE geom IS NOT NULL").fetchone()[0]
        assert db.execute("SELECT count(*) FROM rtree_survey_geom").fetchone() == (located,)
        assert db.execute("SELECT rtreecheck('rtree_survey_geom')").fetchone() == ("ok",)
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'survey'").fetchone() == (
            len(export),
        )
