# SPDX-License-Identifier: GPL-3.0-or-later
"""Inputs of the field-package tests: the sample survey imported, a recording feedback, OGR edits."""

from __future__ import annotations

import socket
from pathlib import Path

from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtCore import Qt

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample"
SAMPLE_ADMIN = SAMPLE / "admin_boundaries.gpkg"
# The Central African Republic, the sample's country (west, south, east, north)
CAF = (14.4, 2.2, 27.5, 11.0)


def import_sample(gpkg: Path) -> Path:
    """The bundled sample export and form imported into ``gpkg`` (420 submissions, members repeat)."""
    from cartong_plugin.core.survey.importer import import_survey

    import_survey(str(SAMPLE / "household_survey_kobo.xlsx"), str(SAMPLE / "household_survey_form.xlsx"), str(gpkg))
    return gpkg


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm said; cancels itself at the first progress report when ``cancel_at`` is set."""

    def __init__(self, cancel_at: float | None = None):
        super().__init__()
        self.infos, self.warnings, self.errors = [], [], []
        self.cancel_at = cancel_at
        # direct: QGIS's tile algorithm reports progress from its worker threads, with no event loop to queue to
        self.progressChanged.connect(self._progress, Qt.ConnectionType.DirectConnection)

    def _progress(self, value):
        if self.cancel_at is not None and value >= self.cancel_at:
            self.cancel()

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ogr_execute(gpkg: Path, *statements: str) -> None:
    """Run SQL statements on a GeoPackage through OGR (its triggers need GDAL's SQL functions)."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)
    for statement in statements:
        ds.ExecuteSQL(statement)
    ds = None


def ogr_rows(gpkg: Path, sql: str) -> list[tuple]:
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    result = ds.ExecuteSQL(sql)
    try:
        return [tuple(f.GetField(i) for i in range(f.GetFieldCount())) for f in result]
    finally:
        ds.ReleaseResultSet(result)


def returned_package(office: Path, archive: Path, folder: Path) -> tuple[Path, Path]:
    """(a fresh copy of ``office``, the package of ``archive`` unzipped as it comes back from the field) in
    ``folder``; the package's folder, to edit as a team would, is named after the zip."""
    import zipfile

    mine = folder / "office" / office.name
    mine.parent.mkdir()
    mine.write_bytes(office.read_bytes())
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(folder / "returned")
    return mine, folder / "returned" / archive.stem


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def apply_cleaning_log(gpkg: Path, log: Path, out: Path, feedback=None) -> dict:
    """``cartong:applycleaninglog`` on the ``survey`` layer of ``gpkg``, as a script runs it."""
    import processing

    return processing.run(
        "cartong:applycleaninglog",
        {"INPUT": f"{gpkg}|layername=survey", "LOG": str(log), "OUTPUT": str(out)},
        feedback=feedback or RecordingFeedback(),
    )


def write_text_file(folder: Path, text: str, name: str = "log.csv") -> Path:
    """``text`` written in UTF-8 as ``folder / name`` (a cleaning log, an export)."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def damage_table(gpkg: Path, table: str, damaged: Path) -> Path:
    """A copy ``damaged`` of ``gpkg`` whose ``table`` has its root page overwritten (a failing disk): the file
    opens and its layers load, but reading that table fails ("database disk image is malformed")."""
    import shutil
    import sqlite3
    from contextlib import closing

    shutil.copy(gpkg, damaged)
    with closing(sqlite3.connect(damaged)) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    with open(damaged, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(bytes(range(256)) * (size // 256))
    return damaged
