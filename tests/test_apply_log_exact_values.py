# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog gives back the survey's exact values (date-times with milliseconds and "Z",
NULL for rows without a location) or fails with a sentence: its "restore exact values" step never fails
silently (found by an attack under hostile system conditions). A survey GeoPackage in WAL mode in a
folder that cannot be written is read as it is; an output folder that cannot be written is a sentence.
Checked as an unprivileged user in a child process (root may write anywhere)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

from cartong_plugin.core.base.gdal_errors import gdal_exceptions
from tests.field_data import apply_cleaning_log as _apply
from tests.field_data import import_sample

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def survey(tmp_path_factory, qgis_app):
    return import_sample(tmp_path_factory.mktemp("exact") / "household.gpkg")


def _log(folder: Path) -> Path:
    path = folder / "log.csv"
    path.write_text("uuid,question,old_value,new_value,change_type\n", encoding="utf-8")
    return path


def _values(gpkg: Path, table: str) -> tuple:
    with closing(sqlite3.connect(gpkg)) as db:
        return (
            db.execute(f'SELECT start, _submission_time FROM "{table}" ORDER BY fid LIMIT 1').fetchone(),
            db.execute(f'SELECT count(*) FROM "{table}" WHERE geom IS NULL').fetchone()[0],
        )


def test_a_failed_restore_of_exact_values_is_a_sentence_and_keeps_the_previous_output(
    cartong_provider, survey, tmp_path, monkeypatch
):
    """Were the restore unable to write (a nearly full disk), the cleaned layer would hold date-times
    without milliseconds or zone and empty points: the run fails instead, and the previous output stays."""
    from cartong_plugin.core.cleaning import cleaned_layer

    def disk_full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    output = tmp_path / "out" / "clean.gpkg"
    output.parent.mkdir()
    _apply(survey, _log(tmp_path), output)
    before = hashlib.sha256(output.read_bytes()).hexdigest()
    monkeypatch.setattr(cleaned_layer, "_write_date_times", disk_full)
    with pytest.raises(QgsProcessingException) as raised:
        _apply(survey, _log(tmp_path), output)
    assert str(raised.value) == (
        f"The cleaned layer {output} could not get the survey's exact values back (date-times with their "
        "milliseconds and time zone, rows without a location) (the disk is full). Nothing was written under "
        "that name, as its values would differ from the survey's."
    )
    assert hashlib.sha256(output.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in output.parent.iterdir()) == ["clean.gpkg"]


_CHILD = """
import sys
sys.path[:0] = [{repo!r}, {plugins!r}]
from qgis.core import QgsApplication, QgsProcessingException
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
import processing
from cartong_plugin.processing.provider import CartongProvider
provider = CartongProvider()
QgsApplication.processingRegistry().addProvider(provider)
try:
    processing.run("cartong:applycleaninglog", {{"INPUT": {survey!r} + "|layername=survey", "OUTPUT": {output!r}}})
    print("DONE")
except QgsProcessingException as err:
    print("REFUSED:", err)
"""


def _run_locked(locked: Path, survey: Path, output: Path) -> subprocess.CompletedProcess:
    """applycleaninglog run where ``locked`` cannot be written: as user nobody when the tests run as root,
    else with the write bits taken away."""
    import processing

    plugins = str(Path(processing.__file__).resolve().parents[1])
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    else:
        prefix = []
        for path in locked.iterdir():
            os.chmod(path, 0o444)
        os.chmod(locked, 0o555)
    home = Path(tempfile.mkdtemp(prefix="cartong_home_"))
    os.chmod(home, 0o777)
    code = _CHILD.format(repo=str(REPO), plugins=plugins, survey=str(survey), output=str(output))
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    try:
        return subprocess.run(
            [*prefix, sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_a_wal_survey_in_a_read_only_folder_keeps_its_exact_values(survey, locked_folder):
    """The chain leaves the survey GeoPackage in WAL mode; copied to a place that cannot be written, the
    restore step used to fail without a word and the output lost milliseconds, "Z" and NULL locations."""
    wal = locked_folder / "survey.gpkg"
    shutil.copy(survey, wal)
    with closing(sqlite3.connect(wal)) as db:
        assert db.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    os.chmod(wal, 0o644)
    out = Path(tempfile.mkdtemp(prefix="cartong_out_"))
    os.chmod(out, 0o777)  # the child may write here
    try:
        done = _run_locked(locked_folder, wal, out / "clean.gpkg")
        assert "DONE" in done.stdout, done.stdout + done.stderr
        assert _values(out / "clean.gpkg", "clean") == _values(survey, "survey")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    (start, submitted), placeless = _values(survey, "survey")
    assert start.endswith("Z") and "." in start and placeless == 4


def test_an_output_folder_that_cannot_be_written_is_a_sentence(survey, locked_folder):
    gpkg = locked_folder / "survey.gpkg"
    shutil.copy(survey, gpkg)
    os.chmod(gpkg, 0o644)
    done = _run_locked(locked_folder, gpkg, locked_folder / "clean.gpkg")
    assert "Traceback" not in done.stderr, done.stderr
    assert (
        f"REFUSED: clean.gpkg cannot be written: the folder {locked_folder} cannot be written to (Permission "
        "denied). Choose a folder you can write to." in done.stdout
    ), done.stdout + done.stderr
    assert sorted(p.name for p in locked_folder.iterdir()) == ["survey.gpkg"]


def test_a_survey_keyed_by_objectid_keeps_its_exact_values(cartong_provider, survey, tmp_path):
    """A GeoPackage as ArcGIS writes it (primary key OBJECTID, ids with gaps): the cleaned layer lost the
    milliseconds and "Z" of every date-time without a word. Each row gets its own values back, the log's
    date-time lands on its submission and rows without a location keep no geometry."""
    from osgeo import gdal

    gapped = tmp_path / "gapped.gpkg"
    shutil.copy(survey, gapped)
    with closing(sqlite3.connect(gapped)) as db:
        db.execute("DELETE FROM survey WHERE fid IN (2, 3, 5, 8)")  # ids with gaps: row order is no key
        db.commit()
    arcgis = tmp_path / "arcgis.gpkg"
    with gdal_exceptions():
        gdal.VectorTranslate(
            str(arcgis),
            str(gapped),
            layers=["survey"],
            options=["-preserve_fid"],
            layerCreationOptions=["FID=OBJECTID"],
        )
    with closing(sqlite3.connect(arcgis)) as db:
        source = {
            row[0]: row[1:] for row in db.execute("SELECT _uuid, start, _submission_time, geom IS NULL FROM survey")
        }
    changed = sorted(source)[10]
    log = tmp_path / "log.csv"
    log.write_text(
        f"uuid,question,old_value,new_value,change_type\n{changed},start,,2026-03-01T10:00:00.250Z,change_response\n",
        encoding="utf-8",
    )
    out = tmp_path / "clean.gpkg"
    result = _apply(arcgis, log, out)
    assert result["CHANGED_VALUES"] == 1
    with closing(sqlite3.connect(out)) as db:
        cleaned = {
            row[0]: row[1:] for row in db.execute("SELECT _uuid, start, _submission_time, geom IS NULL FROM clean")
        }
    assert cleaned.pop(changed)[0] == "2026-03-01T10:00:00.250Z"
    source.pop(changed)
    assert cleaned == source  # milliseconds, "Z" and NULL locations as in the survey
    assert sum(row[2] for row in source.values()) > 0  # the sample has rows without a location
