# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:mergefieldpackage on copies a team reworked: fids renumbered, packages merged twice or from
another survey, rows without a _uuid, values the column cannot hold (attack-field2 findings)."""

from __future__ import annotations

from tests.field_data import ogr_execute, ogr_rows
from tests.test_field_merge import _conflict_rows, _merge, case, prepared  # noqa: F401 (fixtures)

SURVEY_ROWS = "SELECT fid + 0, _uuid, village, hh_size FROM survey ORDER BY fid"


def _renumber(gpkg, layer="survey"):
    """Rewrite ``layer`` with new fids 1..n, as ogr2ogr without -preserve_fid or 'save as' do."""
    from osgeo import gdal

    scratch = gpkg.with_name("scratch.gpkg")
    gdal.VectorTranslate(str(scratch), str(gpkg), layers=[layer], options=["-unsetFid"])
    gdal.VectorTranslate(str(gpkg), str(scratch), layers=[layer], accessMode="overwrite", options=["-unsetFid"])
    scratch.unlink()


def test_renumbered_fids_in_the_field_copy_shift_no_answer_onto_another_submission(cartong_provider, case):  # noqa: F811
    office, returned, field_gpkg, _uuids = case
    before = ogr_rows(office, SURVEY_ROWS)
    deleted, edited = before[5], before[99]
    ogr_execute(
        field_gpkg,
        f"DELETE FROM survey WHERE fid = {deleted[0]}",
        f"UPDATE survey SET village = 'Edited' WHERE fid = {edited[0]}",
    )
    _renumber(field_gpkg)
    assert ogr_rows(field_gpkg, f"SELECT _uuid FROM survey WHERE fid = {deleted[0]}") != [(deleted[1],)]
    result = _merge(returned / "manifest.json", office)
    assert (result["EDITS"], result["NEW_SUBMISSIONS"]) == (1, 0)
    after = ogr_rows(office, SURVEY_ROWS)
    assert after == [(*row[:2], "Edited", row[3]) if row == edited else row for row in before]
    deletions = [row for row in _conflict_rows(office) if row[-1] == "deleted_in_field"]
    assert (deleted[1], str(deleted[0])) in [(row[0], row[5]) for row in deletions]
