# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog and cartong:countbyadmin write their layer whole or not at all (found by an
attack under hostile system conditions): a cancelled run, a full disk or another writer of the same
file never leaves a half-written output under the final name nor destroys the previous one, and a
full disk is a sentence, never a success. A full disk is made by GDAL's SQLite page limit
(``OGR_SQLITE_PRAGMA=max_page_count``), which fails the writes with SQLite's own "database or disk is
full", as a full disk does."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from tests.field_data import RecordingFeedback, import_sample
from tests.field_data import apply_cleaning_log as _apply

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("atomic_sinks") / "household.gpkg")


@pytest.fixture(params=[12, 60], ids=["full-at-creation", "full-while-writing"])
def full_disk(request):
    """A GeoPackage GDAL creates from now on cannot grow beyond ``param`` pages (12: not even its
    GeoPackage tables fit; 60: the layer is created and its rows fail, as in the attack, where QGIS's
    writer only failed its last COMMIT): writes fail with "database or disk is full"."""
    from osgeo import gdal

    previous = gdal.GetConfigOption("OGR_SQLITE_PRAGMA")
    gdal.SetConfigOption("OGR_SQLITE_PRAGMA", f"max_page_count={request.param}")
    try:
        yield
    finally:
        gdal.SetConfigOption("OGR_SQLITE_PRAGMA", previous)


def _log(folder: Path) -> Path:
    path = folder / "log.csv"
    path.write_text("uuid,question,old_value,new_value,change_type\n", encoding="utf-8")
    return path


def _count(survey: Path, output: str, feedback=None, admin="admin2") -> dict:
    import processing

    return processing.run(
        "cartong:countbyadmin",
        {
            "POINTS": f"{survey}|layername=survey",
            "ADMIN": f"{SAMPLE / 'admin_boundaries.gpkg'}|layername={admin}",
            "ADMIN_CODE": f"{admin}_pcode".replace("admin", "adm"),
            "ADMIN_NAME": f"{admin}_name".replace("admin", "adm"),
            "OUTPUT": output,
        },
        feedback=feedback or RecordingFeedback(),
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _previous(folder: Path, name: str) -> Path:
    """A previous good output: a GeoPackage nobody may lose."""
    folder.mkdir(exist_ok=True)
    path = folder / name
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE kept (answer TEXT)")
        db.execute("INSERT INTO kept VALUES ('previous good output')")
        db.commit()
    return path


def test_a_cancelled_cleaning_keeps_the_previous_output(cartong_provider, survey, tmp_path):
    previous = _previous(tmp_path / "out", "clean.gpkg")
    before = _digest(previous)

    class CancelledMidway(RecordingFeedback):
        """Cancelled once the writer has asked ten times: features are being written."""

        asked = 0

        def isCanceled(self):  # noqa: N802
            self.asked += 1
            return self.asked > 10 or super().isCanceled()

    with pytest.raises(QgsProcessingException, match="Cancelled: no cleaned layer was written"):
        _apply(survey, _log(tmp_path), previous, feedback=CancelledMidway())
    assert _digest(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == ["clean.gpkg"]


def test_a_cancelled_count_keeps_the_previous_output(cartong_provider, survey, tmp_path):
    previous = _previous(tmp_path / "out", "counts.gpkg")
    before = _digest(previous)
    feedback = RecordingFeedback()
    feedback.cancel()  # stopped while the areas are written: nothing is renamed
    with pytest.raises(QgsProcessingException, match="Cancelled: the counts were not written"):
        _count(survey, str(previous), feedback)
    assert _digest(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == ["counts.gpkg"]


@pytest.mark.parametrize("algorithm", ["applycleaninglog", "countbyadmin"])
def test_a_full_disk_is_a_sentence_and_keeps_the_previous_output(
    cartong_provider, survey, tmp_path, full_disk, algorithm
):
    previous = _previous(tmp_path / "out", "result.gpkg")
    before = _digest(previous)
    with pytest.raises(QgsProcessingException) as raised:
        if algorithm == "applycleaninglog":
            _apply(survey, _log(tmp_path), previous)
        else:
            _count(survey, str(previous))
    assert str(raised.value).startswith(
        f"result.gpkg could not be written: the disk holding the folder {previous.parent} is full. "
        "Nothing was written under that name and a previous result.gpkg is unchanged."
    )
    assert _digest(previous) == before
    assert sorted(p.name for p in previous.parent.iterdir()) == ["result.gpkg"]


def _tables(gpkg: Path) -> dict[str, int]:
    with closing(sqlite3.connect(gpkg)) as db:
        names = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]
        return {name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def test_counts_into_the_survey_geopackage_keep_its_tables_on_a_full_disk(cartong_provider, survey, tmp_path):
    """The demo's form: a table added to the survey's GeoPackage. On a full disk, neither the survey's
    tables nor the previous counts are lost, and the failure is a sentence."""
    from osgeo import gdal

    from cartong_plugin.processing import atomic_sink

    gpkg = tmp_path / "survey.gpkg"
    shutil.copy(survey, gpkg)
    output = f"ogr:dbname='{gpkg}' table=\"counts\" (geom)"
    assert _count(gpkg, output, admin="admin1")["OUTPUT"] == f"{gpkg}|layername=counts"
    tables = _tables(gpkg)
    assert tables["counts"] < 72 and tables["survey"] == 420

    original = atomic_sink._copy_into

    def copy_on_a_full_disk(*args):
        gdal.SetConfigOption("OGR_SQLITE_PRAGMA", "max_page_count=12")  # no page more for the survey's file
        try:
            original(*args)
        finally:
            gdal.SetConfigOption("OGR_SQLITE_PRAGMA", None)

    atomic_sink._copy_into = copy_on_a_full_disk
    try:
        with pytest.raises(QgsProcessingException) as raised:
            _count(gpkg, output)  # the 72 areas of admin2 need more pages than those of admin1 free
    finally:
        atomic_sink._copy_into = original
    assert str(raised.value).startswith(f"The table counts could not be written into {gpkg} (the disk is full).")
    assert _tables(gpkg) == tables
    assert sorted(p.name for p in tmp_path.iterdir()) == ["survey.gpkg"]


def test_another_writer_of_the_same_output_never_takes_the_place_of_a_run_reporting_success(
    cartong_provider, survey, tmp_path
):
    """Two runs on one output: the file a run reports is the complete layer it wrote (before, the other run
    recreated the file under it and the first reported success over the other's rows)."""
    output = tmp_path / "out" / "clean.gpkg"
    other = _previous(tmp_path / "other", "clean.gpkg")
    output.parent.mkdir()

    class OtherRun(RecordingFeedback):
        def setProgress(self, value):  # noqa: N802
            shutil.copy(other, tmp_path / "other.gpkg")
            os.replace(tmp_path / "other.gpkg", output)  # another run writes the same file meanwhile
            super().setProgress(value)

    result = _apply(survey, _log(tmp_path), output, feedback=OtherRun())
    assert result["OUTPUT"] == str(output)
    # its repeat table, the columns as received and the form beside it
    assert _tables(output) == {
        "clean": 420,
        "members": 2011,
        "cartong_metadata": 1,
        "cartong_columns": 43,
        "form_questions": 25,
        "form_choices": 107,
    }
