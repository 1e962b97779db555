# SPDX-License-Identifier: GPL-3.0-or-later
"""cartong:runchecks refuses settings that would make a check silently wrong, naming the parameters,
before anything is written; and says which P-codes the admin layer gives to several areas."""

from __future__ import annotations

import hashlib

import pytest
from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from cartong_plugin.core.survey.importer import import_survey
from tests.field_data import RecordingFeedback


def _run_checks(parameters, feedback=None):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("cartong:runchecks")
    results, ok = QgsProcessingAlgorithm.run(
        algorithm, parameters, QgsProcessingContext(), feedback or QgsProcessingFeedback(), {}, False
    )
    assert ok
    return results


@pytest.fixture()
def survey(tmp_path, sample_dir):
    gpkg = tmp_path / "survey.gpkg"
    import_survey(sample_dir / "household_survey_kobo.csv", sample_dir / "household_survey_form.xlsx", gpkg)
    return gpkg


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            {"PERIOD_START": "2026-03-20", "PERIOD_END": "2026-03-02"},
            r"ends \(2026-03-02, PERIOD_END\) before it starts \(2026-03-20, PERIOD_START\)",
        ),
        ({"PERIOD_START": "20/03/2026"}, r"first day of data collection \(PERIOD_START\) '20/03/2026' is not a date"),
        ({"PERIOD_END": "2026-02-30"}, r"last day of data collection \(PERIOD_END\) '2026-02-30' is not a date"),
        (
            {"MIN_DURATION": 90, "MAX_DURATION": 30},
            r"shortest plausible interview \(90 minutes, MIN_DURATION\) is longer than the longest "
            r"\(30 minutes, MAX_DURATION\)",
        ),
        ({"MAX_DURATION": "nan"}, r"MAX_DURATION is 'nan', not a number"),
        ({"ROBUST_Z": "inf"}, r"ROBUST_Z is 'inf', not a number"),
    ],
    ids=["reversed period", "day first", "30 February", "min above max", "nan", "inf"],
)
def test_impossible_settings_are_refused_before_anything_is_written(
    settings, message, cartong_provider, survey, tmp_path
):
    before = hashlib.sha256(survey.read_bytes()).hexdigest()
    export = tmp_path / "log.xlsx"
    with pytest.raises(QgsProcessingException, match=message):
        _run_checks({"INPUT": f"{survey}|layername=survey", "CHECKS": [4], "EXPORT_FILE": str(export), **settings})
    assert hashlib.sha256(survey.read_bytes()).hexdigest() == before  # no cleaning_log table added
    assert not export.exists()


def test_pcodes_shared_by_several_areas_are_named(cartong_provider, survey, sample_dir, tmp_path):
    admin = tmp_path / "admin.gpkg"
    gdal.VectorTranslate(str(admin), str(sample_dir / "admin_boundaries.gpkg"), layers=["admin2"])
    ds = ogr.Open(str(admin), 1)
    layer = ds.GetLayerByName("admin2")
    copy = layer.GetNextFeature().Clone()
    copy.SetFID(-1)
    layer.CreateFeature(copy)
    code = copy.GetField("adm2_pcode")
    ds = None
    feedback = RecordingFeedback()
    _run_checks(
        {"INPUT": f"{survey}|layername=survey", "CHECKS": [3, 6], "ADMIN": f"{admin}|layername=admin2"}, feedback
    )
    (warning,) = [w for w in feedback.warnings if "shared by several areas" in w]
    assert f"{code} (2 areas)" in warning
