# SPDX-License-Identifier: GPL-3.0-or-later
"""A shared copy names the table and the file it was made from, with the file's SHA-256.

Found by an attack on the data cycle: sharing ``s.gpkg|layername=survey`` (raw), ``survey_clean``
(cleaned, in the same GeoPackage) and ``members`` all said "Source layer: s" (a Processing run names a
layer after its file), so nobody could tell whether a partner got raw or cleaned data.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import processing
import pytest

from cartong_plugin.core.base.safe_files import file_sha256
from tests.field_data import RecordingFeedback, import_sample, write_text_file
from tests.protection_data import share


@pytest.fixture()
def survey(cartong_provider, tmp_path):
    """The sample imported into s.gpkg, with one submission removed into its table survey_clean."""
    gpkg = import_sample(tmp_path / "s.gpkg")
    with closing(sqlite3.connect(gpkg)) as db:
        uuid = db.execute("SELECT _uuid FROM survey ORDER BY fid").fetchone()[0]
    log = write_text_file(tmp_path, f"uuid,question,old_value,new_value,change_type\n{uuid},start,,,remove_survey\n")
    processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{gpkg}|layername=survey", "LOG": str(log), "OUTPUT": f"ogr:dbname='{gpkg}' table=\"survey_clean\""},
        feedback=RecordingFeedback(),
    )
    return gpkg


def _protection_sources(gpkg) -> set[tuple]:
    with closing(sqlite3.connect(gpkg)) as db:
        return set(db.execute("SELECT source_layer, source_file, source_sha256 FROM cartong_protection"))


def test_shared_copy_names_the_table_and_file_it_was_made_from_with_its_checksum(survey, tmp_path):
    digest = file_sha256(survey)
    # the 420 submissions but the 4 that refused consent (never shared); the members' table has no consent
    for table, rows in (("survey", 416), ("survey_clean", 415), ("members", 2011)):
        result = share(survey, tmp_path / f"sh_{table}.gpkg", INPUT=f"{survey}|layername={table}")

        assert result["ROWS"] == rows
        readme = (tmp_path / f"sh_{table}.gpkg.README.txt").read_text(encoding="utf-8")
        assert f"Source: table {table} of the file s.gpkg (SHA-256 {digest}). Rows: {rows}." in readme
        assert f"Source : table {table} du fichier s.gpkg (SHA-256 {digest}). Lignes : {rows}." in readme
        assert _protection_sources(result["OUTPUT"]) == {(table, "s.gpkg", digest)}
    assert file_sha256(survey) == digest  # the input is never modified


def test_shared_csv_readme_names_the_table_and_file(survey, tmp_path):
    result = share(survey, tmp_path / "shared.csv", INPUT=f"{survey}|layername=survey_clean")

    readme = (tmp_path / "shared.csv.README.txt").read_text(encoding="utf-8")
    assert f"Source: table survey_clean of the file s.gpkg (SHA-256 {file_sha256(survey)}). Rows: 415." in readme
    assert result["ROWS"] == 415  # 419 cleaned submissions but the 4 refusals
