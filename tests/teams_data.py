# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers of the teams (PostGIS) tests: run an algorithm, the checked sample, table-by-table dumps."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingFeedback

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample"


def execute(algorithm_id: str, parameters: dict, feedback=None) -> dict:
    """Run an algorithm as the Processing dialog and qgis_process do; its QgsProcessingException is raised."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), feedback or QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


def export_sheet(postgis, schema: str, user: str, path: Path) -> list[dict]:
    """cartong:exportreviewsheet as ``user`` to the CSV ``path``; its rows as dicts."""
    execute("cartong:exportreviewsheet", {"CONNECTION": postgis.conninfo(user), "SCHEMA": schema, "OUTPUT": str(path)})
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_sheet(path: Path, rows: list[dict]) -> None:
    """Review sheet rows (dicts, as export_sheet gives them) written back to the CSV ``path``."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def checked_sample(folder: Path) -> Path:
    """The sample survey imported with cartong:importsurvey, then checked with cartong:runchecks."""
    from tests.checks_sample import PERIOD

    gpkg = folder / "household_survey.gpkg"
    execute(
        "cartong:importsurvey",
        {
            "DATA": str(SAMPLE / "household_survey_kobo.csv"),
            "FORM": str(SAMPLE / "household_survey_form.xlsx"),
            "OUTPUT": str(gpkg),
        },
    )
    execute(
        "cartong:runchecks",
        {
            "INPUT": f"{gpkg}|layername=survey",
            "FORM": str(SAMPLE / "household_survey_form.xlsx"),
            "ADMIN": f"{SAMPLE / 'admin_boundaries.gpkg'}|layername=admin2",
            "PERIOD_START": PERIOD[0],
            "PERIOD_END": PERIOD[1],
        },
    )
    return gpkg


def dump(gpkg: Path) -> dict:
    """Every table of a GeoPackage as SQLite holds it: {table: (CREATE statement, data type, srs, rows)}."""
    with closing(sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)) as db:
        contents = db.execute("SELECT table_name, data_type, srs_id FROM gpkg_contents").fetchall()
        tables = {}
        for name, data_type, srs in contents:
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
            rows = db.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            tables[name] = (sql, data_type, srs, rows)
    return tables


def first_difference(expected: tuple, got: tuple) -> str:
    """Where two ``dump`` entries part: the statement, or the first row and column that differ (for messages)."""
    if expected[:3] != got[:3]:
        return f"\nexpected {expected[:3]}\ngot      {got[:3]}"
    if len(expected[3]) != len(got[3]):
        return f"\n{len(expected[3])} rows expected, {len(got[3])} found"
    for number, (want, have) in enumerate(zip(expected[3], got[3])):
        for column, (a, b) in enumerate(zip(want, have)):
            if a != b:
                return f"\nrow {number}, column {column}: expected {a!r}, got {b!r}"
    return ""
