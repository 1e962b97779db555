# SPDX-License-Identifier: GPL-3.0-or-later
"""Small survey tables for the cartong:countbyadmin tests, and a run that keeps its warnings."""

from __future__ import annotations

import sqlite3

from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext

from tests.field_data import RecordingFeedback
from tests.mapdata import admin_source

ogr.UseExceptions()


def write_table(path, columns: dict[str, list], choices: dict[str, list[tuple[str, str]]] | None = None) -> str:
    """A GeoPackage table ``survey`` without geometry: one text field per column; with ``choices``
    {question: [(name, label)]}, the form_questions and form_choices tables an import keeps."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("survey", None, ogr.wkbNone)
    for name in columns:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for row in zip(*columns.values()):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(columns, row):
            if value is not None:
                feature.SetField(name, value)
        layer.CreateFeature(feature)
    if choices:
        _write_rows(
            ds,
            "form_questions",
            ("name", "type", "list_name", "label"),
            [(question, "select_one", f"list_{question}", question) for question in choices],
        )
        _write_rows(
            ds,
            "form_choices",
            ("list_name", "name", "label"),
            [(f"list_{question}", code, label) for question, pairs in choices.items() for code, label in pairs],
        )
    ds = None
    return f"{path}|layername=survey"


def _write_rows(ds, name: str, columns: tuple, rows: list) -> None:
    layer = ds.CreateLayer(name, None, ogr.wkbNone)
    for column in columns:
        layer.CreateField(ogr.FieldDefn(column, ogr.OFTString))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for column, value in zip(columns, row):
            feature.SetField(column, value)
        layer.CreateFeature(feature)


def run_count(tmp_path, survey: str, **more):
    """cartong:countbyadmin by P-code: (results, warnings, infos, rows by P-code), or the exception."""
    path, _, admin2 = admin_source()
    feedback = RecordingFeedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:countbyadmin")
    output = tmp_path / "counts.gpkg"
    parameters = {
        "POINTS": survey,
        "ADMIN": f"{path}|layername={admin2}",
        "JOIN_FIELD": "admin2",
        "MIN_COUNT": 1,
        "OUTPUT": str(output),
        **more,
    }
    results, ok = QgsProcessingAlgorithm.run(algorithm, parameters, QgsProcessingContext(), feedback, {}, False)
    assert ok
    with sqlite3.connect(output) as db:
        db.row_factory = sqlite3.Row
        rows = {row["adm2_pcode"]: dict(row) for row in db.execute("SELECT * FROM counts WHERE submissions > 0")}
    db.close()
    return results, feedback.warnings, feedback.infos, rows
