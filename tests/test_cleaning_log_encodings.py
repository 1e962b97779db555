# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:applycleaninglog with logs saved by Excel in Windows-1252 or UTF-16: accents arrive intact."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from cartong_plugin.core.survey.importer import import_survey

NEW_VILLAGE = "Boléro-Kétté"  # what a field team types in French


def _execute(algorithm_id, parameters):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


@pytest.fixture()
def survey(sample_dir, tmp_path):
    gpkg = tmp_path / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    layer = QgsVectorLayer(f"{gpkg}|layername=survey", "survey", "ogr")
    first = next(layer.getFeatures())
    return f"{gpkg}|layername=survey", first["_uuid"], first["village"]


def _log(path, uuid, old, encoding, delimiter=","):
    rows = [
        ["uuid", "question", "old_value", "new_value", "issue", "change_type"],
        [uuid, "village", old, NEW_VILLAGE, "nom mal écrit", "change_response"],
    ]
    path.write_bytes("".join(delimiter.join(row) + "\r\n" for row in rows).encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("cp1252", ","),
        ("cp1252", ";"),  # Excel "CSV (comma/semicolon delimited)" on a French Windows
        ("utf-16", "\t"),
        ("utf-16", ","),  # Excel "Unicode text" (tab-separated, with a BOM)
    ],
)
def test_log_in_excel_encoding_keeps_its_accents(encoding, delimiter, cartong_provider, survey, tmp_path):
    layer, uuid, old = survey
    log = _log(tmp_path / "log.csv", uuid, old, encoding, delimiter)
    before = log.read_bytes()
    result = _execute(
        "cartong:applycleaninglog", {"INPUT": layer, "LOG": str(log), "OUTPUT": str(tmp_path / "clean.gpkg")}
    )
    assert result["CHANGED_VALUES"] == 1
    cleaned = QgsVectorLayer(result["OUTPUT"], "clean", "ogr")
    (village,) = [f["village"] for f in cleaned.getFeatures() if f["_uuid"] == uuid]
    assert village == NEW_VILLAGE
    assert log.read_bytes() == before  # the log itself is never rewritten


def test_log_that_is_not_text_is_named(cartong_provider, survey, tmp_path):
    layer, _uuid, _old = survey
    log = tmp_path / "log.csv"
    log.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(QgsProcessingException, match="log.csv"):
        _execute("cartong:applycleaninglog", {"INPUT": layer, "LOG": str(log), "OUTPUT": str(tmp_path / "c.gpkg")})
    assert not (tmp_path / "c.gpkg").exists()
